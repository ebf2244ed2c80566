import CJansson
import ImpactKit
import ImpactKitABI

// ik_kirkpatrick_*, ik_actiescan_*, ik_fasemodel_*, ik_lin_*, ik_factsheet_*, ik_iwp_*: the same eight functions
// for every instrument (docs/design-notes.md, "C ABI"), each a one-line call into the shared bodies below with its type and magic.

/// What tells one instrument's handles apart: its Swift type, its handle magic and its name in messages.
struct InstrumentKind<Value: Instrument> {
    let magic: UInt64
    let name: String

    func handle(_ value: Value, _ options: HostOptions) -> OpaquePointer {
        makeHandle(HandleBox(value, options: options), magic: magic)
    }

    func value(_ handle: OpaquePointer?) throws -> Value {
        let box: HandleBox<Value> = try box(handle, magic: magic, name: name)
        return box.value
    }

    func fromJSON(
        _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<CChar>?, _ len: Int,
        _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?
    ) -> Int32 {
        readDocument(out, json, len, opts, error, decode: Value.init(jsonValue:), handle: handle)
    }

    func fromJansson(
        _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<json_t>?, _ opts: UnsafePointer<ik_options>?,
        _ error: ErrorOut?
    ) -> Int32 {
        readJansson(out, json, opts, error, decode: Value.init(jsonValue:), handle: handle)
    }

    func template(_ out: UnsafeMutablePointer<OpaquePointer?>?, _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?) -> Int32 {
        boundary(error) {
            let out = try outParameter(out, "out")
            let options = try HostOptions(opts)
            out.pointee = handle(Value.template(language: options.language), options)
        }
    }

    func toJSON(_ handle: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
        writeDocument(out_json, error) { try value(handle).jsonValue }
    }

    func toJansson(
        _ handle: OpaquePointer?, _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<json_t>?>?, _ error: ErrorOut?
    ) -> Int32 {
        writeJansson(out_json, error) { try value(handle).jsonValue }
    }

    /// _evaluate (JSON) and _report_text (text): the report as of `asOf` (NULL = today) in the host's language.
    func report(
        _ handle: OpaquePointer?, asOf: UnsafePointer<CChar>? = nil, _ opts: UnsafePointer<ik_options>?, _ out: OutString?,
        _ error: ErrorOut?, text: Bool
    ) -> Int32 {
        boundary(error) {
            let out = try outParameter(out, text ? "out_text" : "out_report")
            let options = try HostOptions(opts)
            let document = try value(handle)
            let context = ReportContext(language: options.language, asOf: try optionalArgument(asOf, "as_of", limit: 32))
            out.pointee = try cString(text ? try document.text(context) : JSONWriter.string(try document.report(context)))
        }
    }
}

let kirkpatrick = InstrumentKind<KirkpatrickPlan>(magic: HandleMagic.kirkpatrick, name: "plan")
let actiescan = InstrumentKind<Actiescan>(magic: HandleMagic.actiescan, name: "scan")
let fasemodel = InstrumentKind<Fasemodel>(magic: HandleMagic.fasemodel, name: "model")
let linPlan = InstrumentKind<LINPlan>(magic: HandleMagic.lin, name: "plan")
let factsheet = InstrumentKind<Factsheet>(magic: HandleMagic.factsheet, name: "sheet")
let iwpModel = InstrumentKind<IWPModel>(magic: HandleMagic.iwp, name: "model")
