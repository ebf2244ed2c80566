import ImpactKit
import ImpactKitABI

// ik_*_to_csv: the tables of Export/CSV.swift as text.

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
