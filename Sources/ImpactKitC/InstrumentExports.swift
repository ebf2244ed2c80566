import CJansson
import ImpactKit
import ImpactKitABI

// The instruments' exports: each translates nothing itself and calls its InstrumentKind (InstrumentKind.swift).

// MARK: ik_kirkpatrick

@c @implementation
public func ik_kirkpatrick_from_json(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<CChar>?, _ len: Int, _ opts: UnsafePointer<ik_options>?,
    _ error: ErrorOut?
) -> Int32 { kirkpatrick.fromJSON(out, json, len, opts, error) }

@c @implementation
public func ik_kirkpatrick_from_jansson(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<json_t>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?
) -> Int32 { kirkpatrick.fromJansson(out, json, opts, error) }

@c @implementation
public func ik_kirkpatrick_template(_ out: UnsafeMutablePointer<OpaquePointer?>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?) -> Int32 {
    kirkpatrick.template(out, opts, error)
}

@c @implementation
public func ik_kirkpatrick_to_json(_ plan: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    kirkpatrick.toJSON(plan, out_json, error)
}

@c @implementation
public func ik_kirkpatrick_to_jansson(
    _ plan: OpaquePointer?, _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<json_t>?>?, _ error: ErrorOut?
) -> Int32 { kirkpatrick.toJansson(plan, out_json, error) }

@c @implementation
public func ik_kirkpatrick_evaluate(
    _ plan: OpaquePointer?, _ as_of: UnsafePointer<CChar>?, _ opts: UnsafePointer<ik_options>?, _ out_report: OutString?,
    _ error: ErrorOut?
) -> Int32 { kirkpatrick.report(plan, asOf: as_of, opts, out_report, error, text: false) }

@c @implementation
public func ik_kirkpatrick_report_text(
    _ plan: OpaquePointer?, _ as_of: UnsafePointer<CChar>?, _ opts: UnsafePointer<ik_options>?, _ out_text: OutString?,
    _ error: ErrorOut?
) -> Int32 { kirkpatrick.report(plan, asOf: as_of, opts, out_text, error, text: true) }

@c @implementation
public func ik_kirkpatrick_free(_ plan: OpaquePointer?) {
    freeHandle(plan, magic: HandleMagic.kirkpatrick)
}

// MARK: ik_actiescan

@c @implementation
public func ik_actiescan_from_json(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<CChar>?, _ len: Int, _ opts: UnsafePointer<ik_options>?,
    _ error: ErrorOut?
) -> Int32 { actiescan.fromJSON(out, json, len, opts, error) }

@c @implementation
public func ik_actiescan_from_jansson(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<json_t>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?
) -> Int32 { actiescan.fromJansson(out, json, opts, error) }

@c @implementation
public func ik_actiescan_template(_ out: UnsafeMutablePointer<OpaquePointer?>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?) -> Int32 {
    actiescan.template(out, opts, error)
}

@c @implementation
public func ik_actiescan_to_json(_ scan: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    actiescan.toJSON(scan, out_json, error)
}

@c @implementation
public func ik_actiescan_to_jansson(
    _ scan: OpaquePointer?, _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<json_t>?>?, _ error: ErrorOut?
) -> Int32 { actiescan.toJansson(scan, out_json, error) }

@c @implementation
public func ik_actiescan_evaluate(
    _ scan: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 { actiescan.report(scan, opts, out_report, error, text: false) }

@c @implementation
public func ik_actiescan_report_text(
    _ scan: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_text: OutString?, _ error: ErrorOut?
) -> Int32 { actiescan.report(scan, opts, out_text, error, text: true) }

@c @implementation
public func ik_actiescan_compare(
    _ scan: OpaquePointer?, _ from_label: UnsafePointer<CChar>?, _ to_label: UnsafePointer<CChar>?,
    _ opts: UnsafePointer<ik_options>?, _ out_json: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let options = try HostOptions(opts)
        let document = try actiescan.value(scan)
        let comparison = try document.compare(
            from: try argument(from_label, "from_label", limit: 200), to: try argument(to_label, "to_label", limit: 200))
        out.pointee = try cString(JSONWriter.string(comparison.jsonValue(for: document, language: options.language)))
    }
}

@c @implementation
public func ik_actiescan_free(_ scan: OpaquePointer?) {
    freeHandle(scan, magic: HandleMagic.actiescan)
}

// MARK: ik_fasemodel

@c @implementation
public func ik_fasemodel_from_json(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<CChar>?, _ len: Int, _ opts: UnsafePointer<ik_options>?,
    _ error: ErrorOut?
) -> Int32 { fasemodel.fromJSON(out, json, len, opts, error) }

@c @implementation
public func ik_fasemodel_from_jansson(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<json_t>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?
) -> Int32 { fasemodel.fromJansson(out, json, opts, error) }

@c @implementation
public func ik_fasemodel_template(_ out: UnsafeMutablePointer<OpaquePointer?>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?) -> Int32 {
    fasemodel.template(out, opts, error)
}

@c @implementation
public func ik_fasemodel_to_json(_ model: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    fasemodel.toJSON(model, out_json, error)
}

@c @implementation
public func ik_fasemodel_to_jansson(
    _ model: OpaquePointer?, _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<json_t>?>?, _ error: ErrorOut?
) -> Int32 { fasemodel.toJansson(model, out_json, error) }

@c @implementation
public func ik_fasemodel_evaluate(
    _ model: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 { fasemodel.report(model, opts, out_report, error, text: false) }

@c @implementation
public func ik_fasemodel_report_text(
    _ model: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_text: OutString?, _ error: ErrorOut?
) -> Int32 { fasemodel.report(model, opts, out_text, error, text: true) }

@c @implementation
public func ik_fasemodel_free(_ model: OpaquePointer?) {
    freeHandle(model, magic: HandleMagic.fasemodel)
}

// MARK: ik_lin

@c @implementation
public func ik_lin_from_json(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<CChar>?, _ len: Int, _ opts: UnsafePointer<ik_options>?,
    _ error: ErrorOut?
) -> Int32 { linPlan.fromJSON(out, json, len, opts, error) }

@c @implementation
public func ik_lin_from_jansson(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<json_t>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?
) -> Int32 { linPlan.fromJansson(out, json, opts, error) }

@c @implementation
public func ik_lin_template(_ out: UnsafeMutablePointer<OpaquePointer?>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?) -> Int32 {
    linPlan.template(out, opts, error)
}

@c @implementation
public func ik_lin_to_json(_ plan: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    linPlan.toJSON(plan, out_json, error)
}

@c @implementation
public func ik_lin_to_jansson(
    _ plan: OpaquePointer?, _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<json_t>?>?, _ error: ErrorOut?
) -> Int32 { linPlan.toJansson(plan, out_json, error) }

@c @implementation
public func ik_lin_evaluate(
    _ plan: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 { linPlan.report(plan, opts, out_report, error, text: false) }

@c @implementation
public func ik_lin_report_text(
    _ plan: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_text: OutString?, _ error: ErrorOut?
) -> Int32 { linPlan.report(plan, opts, out_text, error, text: true) }

@c @implementation
public func ik_lin_free(_ plan: OpaquePointer?) {
    freeHandle(plan, magic: HandleMagic.lin)
}

// MARK: ik_factsheet

@c @implementation
public func ik_factsheet_from_json(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<CChar>?, _ len: Int, _ opts: UnsafePointer<ik_options>?,
    _ error: ErrorOut?
) -> Int32 { factsheet.fromJSON(out, json, len, opts, error) }

@c @implementation
public func ik_factsheet_from_jansson(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<json_t>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?
) -> Int32 { factsheet.fromJansson(out, json, opts, error) }

@c @implementation
public func ik_factsheet_template(_ out: UnsafeMutablePointer<OpaquePointer?>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?) -> Int32 {
    factsheet.template(out, opts, error)
}

@c @implementation
public func ik_factsheet_to_json(_ sheet: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    factsheet.toJSON(sheet, out_json, error)
}

@c @implementation
public func ik_factsheet_to_jansson(
    _ sheet: OpaquePointer?, _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<json_t>?>?, _ error: ErrorOut?
) -> Int32 { factsheet.toJansson(sheet, out_json, error) }

@c @implementation
public func ik_factsheet_evaluate(
    _ sheet: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 { factsheet.report(sheet, opts, out_report, error, text: false) }

@c @implementation
public func ik_factsheet_report_text(
    _ sheet: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_text: OutString?, _ error: ErrorOut?
) -> Int32 { factsheet.report(sheet, opts, out_text, error, text: true) }

@c @implementation
public func ik_factsheet_free(_ sheet: OpaquePointer?) {
    freeHandle(sheet, magic: HandleMagic.factsheet)
}

// MARK: ik_iwp

@c @implementation
public func ik_iwp_from_json(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<CChar>?, _ len: Int, _ opts: UnsafePointer<ik_options>?,
    _ error: ErrorOut?
) -> Int32 { iwpModel.fromJSON(out, json, len, opts, error) }

@c @implementation
public func ik_iwp_from_jansson(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<json_t>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?
) -> Int32 { iwpModel.fromJansson(out, json, opts, error) }

@c @implementation
public func ik_iwp_template(_ out: UnsafeMutablePointer<OpaquePointer?>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?) -> Int32 {
    iwpModel.template(out, opts, error)
}

@c @implementation
public func ik_iwp_to_json(_ model: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    iwpModel.toJSON(model, out_json, error)
}

@c @implementation
public func ik_iwp_to_jansson(
    _ model: OpaquePointer?, _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<json_t>?>?, _ error: ErrorOut?
) -> Int32 { iwpModel.toJansson(model, out_json, error) }

@c @implementation
public func ik_iwp_evaluate(
    _ model: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 { iwpModel.report(model, opts, out_report, error, text: false) }

@c @implementation
public func ik_iwp_report_text(
    _ model: OpaquePointer?, _ opts: UnsafePointer<ik_options>?, _ out_text: OutString?, _ error: ErrorOut?
) -> Int32 { iwpModel.report(model, opts, out_text, error, text: true) }

@c @implementation
public func ik_iwp_free(_ model: OpaquePointer?) {
    freeHandle(model, magic: HandleMagic.iwp)
}
