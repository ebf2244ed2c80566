import ImpactKit
import ImpactKitABI

// ik_*_to_csv and ik_canvas_render_svg: the exports of Export/ as text.

@c @implementation
public func ik_canvas_to_csv(
    _ canvas: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_csv: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_csv, "out_csv")
        let options = try HostOptions(opts)
        out.pointee = try cString(try canvasBox(canvas).value.placementsCSV(language: options.language).text)
    }
}

@c @implementation
public func ik_cohort_to_csv(
    _ cohort: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_csv: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_csv, "out_csv")
        let options = try HostOptions(opts)
        out.pointee = try cString(try cohortBox(cohort).value.heatMapCSV(language: options.language).text)
    }
}

@c @implementation
public func ik_changelog_to_csv(_ log: OpaquePointer?, _ out_csv: OutString?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_csv, "out_csv")
        out.pointee = try cString(try changeLogBox(log).value.changesCSV().text)
    }
}

@c @implementation
public func ik_canvas_render_svg(
    _ canvas: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_svg: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_svg, "out_svg")
        let options = try HostOptions(opts)
        out.pointee = try cString(try canvasBox(canvas).value.svg(language: options.language))
    }
}
