import ImpactKit
import ImpactKitABI

/// Analytics rows: the C layer only reads the arguments and hands the writer's buffer over.
@c @implementation
public func ik_document_analytics_rows(
    _ doc: OpaquePointer?, _ table: UnsafePointer<CChar>?, _ settings_json: UnsafePointer<CChar>?, _ settings_len: Int,
    _ out_ndjson: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_ndjson, "out_ndjson")
        let box = try documentBox(doc)
        let table = try AnalyticsTable(id: try argument(table, "table", limit: 64))
        guard
            let settings = try optionalDocument(
                settings_json, settings_len, "settings_json", limits: box.options.limits)
        else {
            throw ImpactKitError(
                .invalidArgument,
                "settings_json must not be NULL: give at least {\"pseudonym_salt\": …} or {\"names\": \"real\"}")
        }
        out.pointee = try cString(
            try AnalyticsRows.output(box.value, table: table, settings: try AnalyticsSettings(jsonValue: settings)))
    }
}

@c @implementation
public func ik_analytics_schema(_ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        out.pointee = try cString(json: AnalyticsTable.schemaJSON)
    }
}
