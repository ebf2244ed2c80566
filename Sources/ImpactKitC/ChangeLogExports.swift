import CJansson
import ImpactKit
import ImpactKitABI

// ik_changelog_*: translate arguments, call the core, translate results.

@c @implementation
public func ik_changelog_from_json(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<CChar>?, _ len: Int,
    _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?
) -> Int32 {
    readDocument(out, json, len, opts, error, decode: ChangeLog.init(jsonValue:), handle: changeLogHandle)
}

@c @implementation
public func ik_changelog_from_jansson(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<json_t>?, _ opts: UnsafePointer<ik_options>?,
    _ error: ErrorOut?
) -> Int32 {
    readJansson(out, json, opts, error, decode: ChangeLog.init(jsonValue:), handle: changeLogHandle)
}

@c @implementation
public func ik_changelog_to_json(_ log: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    writeDocument(out_json, error) { try changeLogBox(log).value.jsonValue }
}

@c @implementation
public func ik_changelog_to_jansson(
    _ log: OpaquePointer?, _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<json_t>?>?, _ error: ErrorOut?
) -> Int32 {
    writeJansson(out_json, error) { try changeLogBox(log).value.jsonValue }
}

/// "relating,collaborating" → dimensions; NULL → the default pair.
private func dimensions(_ text: UnsafePointer<CChar>?) throws -> [IDGDimension] {
    guard let list = try optionalArgument(text, "dimensions", limit: 256) else {
        return ChangeLogReport.collaboratingAndConnecting
    }
    return try list.split(separator: ",").map { try IDGDimension(id: String($0)) }
}

@c @implementation
public func ik_changelog_evaluate(
    _ log: OpaquePointer?, _ dimensions_list: UnsafePointer<CChar>?, _ opts: UnsafePointer<ik_options>?,
    _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_report, "out_report")
        let options = try HostOptions(opts)
        let log = try changeLogBox(log).value
        let report = log.report(dimensions: try dimensions(dimensions_list))
        out.pointee = try cString(JSONWriter.string(report.jsonValue(for: log, language: options.language)))
    }
}

@c @implementation
public func ik_changelog_report_text(
    _ log: OpaquePointer?, _ dimensions_list: UnsafePointer<CChar>?, _ opts: UnsafePointer<ik_options>?,
    _ out_text: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_text, "out_text")
        let options = try HostOptions(opts)
        let log = try changeLogBox(log).value
        out.pointee = try cString(log.report(dimensions: try dimensions(dimensions_list)).text(for: log, language: options.language))
    }
}

@c @implementation
public func ik_changelog_sensitivity(
    _ log: OpaquePointer?, _ parameter: UnsafePointer<CChar>?, _ values: UnsafePointer<Double>?, _ count: Int,
    _ outcome_id: UnsafePointer<CChar>?, _ out_json: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let log = try changeLogBox(log).value
        guard let sroi = log.sroi else { throw ImpactKitError(.invalidArgument, "this study has no SROI valuation") }
        let parameter = try SROIValuation.Parameter(id: try argument(parameter, "parameter", limit: 64))
        guard count > 0, count <= 1000 else { throw ImpactKitError(.invalidArgument, "give 1–1000 values (count is \(count))") }
        guard let values else { throw ImpactKitError(.invalidArgument, "values must not be NULL") }
        let numbers = Array(UnsafeBufferPointer(start: values, count: count))
        let runs = try sroi.sensitivity(
            parameter, values: numbers, outcome: try optionalArgument(outcome_id, "outcome_id", limit: Identifier.maxLength))
                let outcome = try optionalArgument(outcome_id, "outcome_id", limit: Identifier.maxLength)
        out.pointee = try cString(JSONWriter.string(sroi.sensitivityJSON(runs, parameter: parameter, outcome: outcome, language: .en)))
    }
}

@c @implementation
public func ik_changelog_free(_ log: OpaquePointer?) {
    freeHandle(log, magic: HandleMagic.changeLog)
}
