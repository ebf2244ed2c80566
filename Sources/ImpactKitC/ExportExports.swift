import ImpactKit
import ImpactKitABI

// ik_*_to_csv, ik_*_render_svg and ik_*_to_xapi: the exports of Export/ as text.

/// The body every text export shares: check the out parameter, read the host's options, write what `text` gives
/// for the host's language.
private func exportText(
    _ opts: UnsafePointer<ik_options>?, _ out: OutString?, _ name: String, _ error: ErrorOut?,
    _ text: (Language) throws -> String
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, name)
        let options = try HostOptions(opts)
        out.pointee = try cString(try text(options.language))
    }
}

@c @implementation
public func ik_canvas_to_csv(
    _ canvas: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_csv: OutString?, _ error: ErrorOut?
) -> Int32 {
    exportText(opts, out_csv, "out_csv", error) { try canvasBox(canvas).value.placementsCSV(language: $0).text }
}

@c @implementation
public func ik_cohort_to_csv(
    _ cohort: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_csv: OutString?, _ error: ErrorOut?
) -> Int32 {
    exportText(opts, out_csv, "out_csv", error) { try cohortBox(cohort).value.heatMapCSV(language: $0).text }
}

@c @implementation
public func ik_changelog_to_csv(_ log: OpaquePointer?, _ out_csv: OutString?, _ error: ErrorOut?) -> Int32 {
    exportText(nil, out_csv, "out_csv", error) { _ in try changeLogBox(log).value.changesCSV().text }
}

@c @implementation
public func ik_canvas_render_svg(
    _ canvas: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_svg: OutString?, _ error: ErrorOut?
) -> Int32 {
    exportText(opts, out_svg, "out_svg", error) { try canvasBox(canvas).value.svg(language: $0) }
}

/// ik_canvas_to_xapi / ik_journey_to_xapi: reads the settings object with the host's limits, then writes the
/// statements the handle's value gives.
private func exportXAPI(
    _ json: UnsafePointer<CChar>?, _ len: Int, _ opts: UnsafePointer<ik_options>?, _ out_json: OutString?,
    _ error: ErrorOut?, _ statements: (XAPISettings, Language) throws -> JSONValue
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let options = try HostOptions(opts)
        guard json != nil else { throw ImpactKitError(.invalidArgument, "settings must not be NULL (at least {\"homepage\": …})") }
        let settings = try XAPISettings(jsonValue: try JSONParser.parse(try document(json, len, "settings"), limits: options.limits))
        out.pointee = try cString(JSONWriter.string(try statements(settings, options.language)))
    }
}

@c @implementation
public func ik_canvas_to_xapi(
    _ canvas: OpaquePointer?, _ settings: UnsafePointer<CChar>?, _ settings_len: Int, _ opts: UnsafePointer<ik_options>?,
    _ out_json: OutString?, _ error: ErrorOut?
) -> Int32 {
    exportXAPI(settings, settings_len, opts, out_json, error) {
        XAPI.statements(for: try canvasBox(canvas).value, settings: $0, language: $1)
    }
}

@c @implementation
public func ik_journey_to_xapi(
    _ journey: OpaquePointer?, _ settings: UnsafePointer<CChar>?, _ settings_len: Int, _ opts: UnsafePointer<ik_options>?,
    _ out_json: OutString?, _ error: ErrorOut?
) -> Int32 {
    exportXAPI(settings, settings_len, opts, out_json, error) {
        XAPI.statements(for: try journeyBox(journey).value, settings: $0, language: $1)
    }
}

@c @implementation
public func ik_journey_render_svg(
    _ journey: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_svg: OutString?, _ error: ErrorOut?
) -> Int32 {
    exportText(opts, out_svg, "out_svg", error) { try journeyBox(journey).value.progressSVG(language: $0) }
}

@c @implementation
public func ik_cohort_render_svg(
    _ cohort: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_svg: OutString?, _ error: ErrorOut?
) -> Int32 {
    exportText(opts, out_svg, "out_svg", error) { try cohortBox(cohort).value.heatMapSVG(language: $0) }
}

@c @implementation
public func ik_actiescan_render_svg(
    _ scan: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_svg: OutString?, _ error: ErrorOut?
) -> Int32 {
    exportText(opts, out_svg, "out_svg", error) { try actiescan.value(scan).radarSVG(language: $0) }
}

@c @implementation
public func ik_changelog_render_svg(
    _ log: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_svg: OutString?, _ error: ErrorOut?
) -> Int32 {
    exportText(opts, out_svg, "out_svg", error) { try changeLogBox(log).value.idgSVG(language: $0) }
}
