import CJansson
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import ImpactKit
import ImpactKitABI

// ik_document_*: one handle and one verb set for every document type, through the core's ImpactDocument
// protocol and DocumentRegistry — adding a document type adds nothing here.

typealias DocumentBox = HandleBox<any ImpactDocument>

extension HandleMagic {
    static let document: UInt64 = 0x494B_444F_4355_4D54  // "IKDOCUMT"
}

func documentHandle(_ document: any ImpactDocument, options: HostOptions) -> OpaquePointer {
    makeHandle(DocumentBox(document, options: options), magic: HandleMagic.document)
}

func documentBox(_ handle: OpaquePointer?, name: String = "doc") throws -> DocumentBox {
    try box(handle, magic: HandleMagic.document, name: name)
}

/// The schema ids as C strings with static lifetime, for ik_document_kind (made once, never freed).
nonisolated(unsafe) private let kindStrings: [String: UnsafeMutablePointer<CChar>] = {
    var strings: [String: UnsafeMutablePointer<CChar>] = [:]
    for schema in DocumentRegistry.schemaIDs { strings[schema] = strdup(schema) }
    return strings
}()

/// ik_report_options over the document's own open options: an explicit field wins, then the open options.
struct ReportOptions {
    static func settings(_ pointer: UnsafePointer<ik_report_options>?, defaults: HostOptions) throws -> ReportSettings {
        var settings = ReportSettings(language: defaults.language)
        guard let options = pointer?.pointee else { return settings }
        guard options.version >= 1 else {
            throw ImpactKitError(.range, "ik_report_options.version is 0; initialise with IK_REPORT_OPTIONS_INIT")
        }
        guard options.version <= UInt32(IK_REPORT_OPTIONS_VERSION) else {
            throw ImpactKitError(
                .range,
                "ik_report_options.version \(options.version) is newer than this library (\(IK_REPORT_OPTIONS_VERSION))"
            )
        }
        if let chosen = try languageArgument(options.lang, "ik_report_options.lang") { settings.language = chosen }
        // A setting has one effect in one place: as_of is checked by the dated plan that reads it (at /as_of),
        // dimensions by a change log, xAPI settings by the xAPI verbs; any other verb ignores them, as documented.
        settings.asOf = try optionalArgument(options.as_of, "ik_report_options.as_of", limit: 32)
        do {
            if let list = try optionalArgument(options.dimensions, "ik_report_options.dimensions", limit: 256) {
                settings.dimensions = try list.split(separator: ",", omittingEmptySubsequences: false).map {
                    try IDGDimension(id: String($0))
                }
            }
        } catch let error as ImpactKitError {
            settings.refusedDimensions = error
        }
        do {
            if options.xapi_settings != nil || options.xapi_settings_len != 0 {
                guard options.xapi_settings_len != 0 else {
                    throw ImpactKitError(
                        .invalidArgument,
                        "ik_report_options.xapi_settings is empty (0 bytes); give a JSON object, or NULL and 0 for none"
                    )
                }
                let bytes = try document(
                    options.xapi_settings, options.xapi_settings_len, "ik_report_options.xapi_settings")
                settings.xapi = try XAPISettings(jsonValue: try JSONParser.parse(bytes, limits: defaults.limits))
            }
        } catch let error as ImpactKitError {
            settings.refusedXAPI = error  // its pointer is into the settings' own JSON ("/homepage")
        }
        return settings
    }
}

@c @implementation
public func ik_report_options_init(_ opts: UnsafeMutablePointer<ik_report_options>?, _ version: UInt32) -> Int32 {
    guard let opts else { return ErrorCode.invalidArgument.rawValue }
    guard version >= 1, version <= UInt32(IK_REPORT_OPTIONS_VERSION) else { return ErrorCode.range.rawValue }
    opts.pointee = ik_report_options(
        version: UInt32(IK_REPORT_OPTIONS_VERSION), lang: nil, as_of: nil, dimensions: nil, xapi_settings: nil,
        xapi_settings_len: 0)
    return 0
}

@c @implementation
public func ik_document_from_json(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<CChar>?, _ len: Int,
    _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?
) -> Int32 {
    readDocument(
        out, json, len, opts, error, decode: { try DocumentRegistry.open($0, limits: $1) }, handle: documentHandle)
}

@c @implementation
public func ik_document_from_jansson(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<json_t>?, _ opts: UnsafePointer<ik_options>?,
    _ error: ErrorOut?
) -> Int32 {
    readJansson(out, json, opts, error, decode: DocumentRegistry.open, handle: documentHandle)
}

@c @implementation
public func ik_document_template(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ kind: UnsafePointer<CChar>?, _ opts: UnsafePointer<ik_options>?,
    _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        let options = try HostOptions(opts)
        let type = try DocumentRegistry.type(named: try argument(kind, "kind", limit: 64))
        out.pointee = documentHandle(try DocumentRegistry.template(type, language: options.language), options: options)
    }
}

@c @implementation
public func ik_document_kind(_ doc: OpaquePointer?) -> UnsafePointer<CChar>? {
    guard let box = try? documentBox(doc) else { return nil }
    return kindStrings[type(of: box.value).schemaID].map { UnsafePointer($0) }
}

@c @implementation
public func ik_document_to_json(_ doc: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let box = try documentBox(doc)
        out.pointee = try cString(box.value.jsonOutput(within: box.options.limits))
    }
}

@c @implementation
public func ik_document_save(_ doc: OpaquePointer?, _ path: UnsafePointer<CChar>?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let file = try pathArgument(path)
        let box = try documentBox(doc)
        try box.value.save(to: file, within: box.options.limits)
    }
}

@c @implementation
public func ik_document_revision(_ doc: OpaquePointer?, _ out_revision: OutString?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_revision, "out_revision")
        out.pointee = try cString(try documentBox(doc).value.revision)
    }
}

@c @implementation
public func ik_canvas_revision(_ canvas: OpaquePointer?, _ out_revision: OutString?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_revision, "out_revision")
        out.pointee = try cString(try canvasBox(canvas).value.revision)
    }
}

@c @implementation
public func ik_document_to_jansson(
    _ doc: OpaquePointer?, _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<json_t>?>?, _ error: ErrorOut?
) -> Int32 {
    writeJansson(out_json, error) { try documentBox(doc).value.jsonValue }
}

/// The body every report-like verb shares: check the out parameter, resolve the settings over the document's
/// open options, copy what `make` gives into the caller's buffer.
private func documentOutput(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out: OutString?, _ name: String,
    _ error: ErrorOut?,
    _ make: (any ImpactDocument, ReportSettings) throws -> UnsafeMutablePointer<CChar>
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, name)
        let box = try documentBox(doc)
        out.pointee = try make(box.value, try ReportOptions.settings(ropts, defaults: box.options))
    }
}

/// A verb whose result is text (a report, SVG, CSV).
private func documentText(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out: OutString?, _ name: String,
    _ error: ErrorOut?,
    _ make: (any ImpactDocument, ReportSettings) throws -> String
) -> Int32 {
    documentOutput(doc, ropts, out, name, error) { try cString(try make($0, $1)) }
}

/// A verb whose result is JSON: the writer's bytes go straight into the caller's buffer.
private func documentJSON(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out: OutString?, _ name: String,
    _ error: ErrorOut?,
    _ make: (any ImpactDocument, ReportSettings) throws -> JSONValue
) -> Int32 {
    documentOutput(doc, ropts, out, name, error) { try cString(json: try make($0, $1)) }
}

@c @implementation
public func ik_document_evaluate(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 {
    documentOutput(doc, ropts, out_report, "out_report", error) { try cString(try $0.report($1).jsonOutput()) }
}

@c @implementation
public func ik_document_report_text(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out_text: OutString?, _ error: ErrorOut?
) -> Int32 {
    documentText(doc, ropts, out_text, "out_text", error) { try $0.report($1).text }
}

@c @implementation
public func ik_document_render_svg(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out_svg: OutString?, _ error: ErrorOut?
) -> Int32 {
    documentText(doc, ropts, out_svg, "out_svg", error) { try $0.svg($1) }
}

@c @implementation
public func ik_document_to_csv(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out_csv: OutString?, _ error: ErrorOut?
) -> Int32 {
    documentText(doc, ropts, out_csv, "out_csv", error) { try $0.csv($1) }
}

@c @implementation
public func ik_document_to_xapi(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out_json: OutString?, _ error: ErrorOut?
) -> Int32 {
    documentJSON(doc, ropts, out_json, "out_json", error) { try $0.xapiStatements($1) }
}

@c @implementation
public func ik_document_to_xapi_multipart(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out_body: OutString?,
    _ out_content_type: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let body = try outParameter(out_body, "out_body")
        let contentType = try outParameter(out_content_type, "out_content_type")
        let box = try documentBox(doc)
        let multipart = try box.value.xapiMultipart(try ReportOptions.settings(ropts, defaults: box.options))
        // Both or neither: a host never receives half a request.
        let bodyText = try cString(multipart.body)
        do { contentType.pointee = try cString(multipart.contentType) } catch { free(bodyText); throw error }
        body.pointee = bodyText
    }
}

@c @implementation
public func ik_document_to_ob3(
    _ doc: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ settings_json: UnsafePointer<CChar>?,
    _ settings_len: Int, _ out_json: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let box = try documentBox(doc)
        let badges = try badgeSettings(settings_json, settings_len, box)
        let credentials = try box.value.credentials(
            try ReportOptions.settings(ropts, defaults: box.options), badges: badges)
        out.pointee = try cString(json: credentials)
    }
}

@c @implementation
public func ik_document_copy(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ doc: OpaquePointer?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        let box = try documentBox(doc)
        // Swift values: the copy shares storage until one of them is changed, then they part (copy on write).
        out.pointee = documentHandle(box.value, options: box.options)
    }
}

@c @implementation
public func ik_document_free(_ doc: OpaquePointer?) {
    freeHandle(doc, magic: HandleMagic.document)
}

// MARK: Typed handles to and from documents (copies: Swift values share storage until one is changed)

/// The document's value as `T`, or IK_ENOTSUP naming what it is.
func documentValue<T: ImpactDocument>(
    _ doc: OpaquePointer?, as _: T.Type, name: String = "doc"
) throws -> (T, HostOptions) {
    let box = try documentBox(doc, name: name)
    guard let value = box.value as? T else {
        let kind = DocumentRegistry.described(DocumentRegistry.kindName(of: type(of: box.value).schemaID))
        throw ImpactKitError(.notSupported, "\(name) is \(kind), not \(DocumentRegistry.described(T.kindName))")
    }
    return (value, box.options)
}

@c @implementation
public func ik_canvas_from_document(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ doc: OpaquePointer?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        let (canvas, options) = try documentValue(doc, as: Canvas.self)
        out.pointee = canvasHandle(canvas, options: options)
    }
}

@c @implementation
public func ik_canvas_to_document(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ canvas: OpaquePointer?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        let box = try canvasBox(canvas)
        out.pointee = documentHandle(box.value, options: box.options)
    }
}

@c @implementation
public func ik_journey_from_document(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ doc: OpaquePointer?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        let (journey, options) = try documentValue(doc, as: Journey.self)
        out.pointee = journeyHandle(journey, options: options)
    }
}

@c @implementation
public func ik_journey_to_document(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ journey: OpaquePointer?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        let box = try journeyBox(journey)
        out.pointee = documentHandle(box.value, options: box.options)
    }
}

// MARK: Analyses of one or two documents

@c @implementation
public func ik_document_compare(
    _ from: OpaquePointer?, _ to: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out_report: OutString?,
    _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_report, "out_report")
        let (old, options) = try documentValue(from, as: Canvas.self, name: "from")
        let (new, _) = try documentValue(to, as: Canvas.self, name: "to")
        let settings = try ReportOptions.settings(ropts, defaults: options)
        out.pointee = try cString(json: old.compare(to: new).reportValue(language: settings.language))
    }
}

@c @implementation
public func ik_canvas_merge(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ base: OpaquePointer?, _ ours: OpaquePointer?,
    _ theirs: OpaquePointer?,
    _ ropts: UnsafePointer<ik_report_options>?, _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 {
    merged(out, base, ours, theirs, ropts, out_report, error, as: Canvas.self) { base, ours, theirs, language in
        let merge = try CanvasMerge(base: base, ours: ours, theirs: theirs)
        return (merge.canvas, merge.reportValue(language: language))
    }
}

@c @implementation
public func ik_journey_merge(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ base: OpaquePointer?, _ ours: OpaquePointer?,
    _ theirs: OpaquePointer?,
    _ ropts: UnsafePointer<ik_report_options>?, _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 {
    merged(out, base, ours, theirs, ropts, out_report, error, as: Journey.self) { base, ours, theirs, language in
        let merge = try JourneyMerge(base: base, ours: ours, theirs: theirs)
        return (merge.journey, merge.reportValue(language: language))
    }
}

/// The body both merges share: three documents of kind T in, the merged document and (when asked) its report
/// out. The report is made first: when it cannot be, nothing is handed out.
private func merged<T: ImpactDocument>(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ base: OpaquePointer?, _ ours: OpaquePointer?,
    _ theirs: OpaquePointer?,
    _ ropts: UnsafePointer<ik_report_options>?, _ out_report: OutString?, _ error: ErrorOut?, as _: T.Type,
    _ merge: (T, T, T, Language) throws -> (any ImpactDocument, JSONValue)
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        if let out_report { out_report.pointee = nil }
        let (common, options) = try documentValue(base, as: T.self, name: "base")
        let (mine, _) = try documentValue(ours, as: T.self, name: "ours")
        let (other, _) = try documentValue(theirs, as: T.self, name: "theirs")
        let settings = try ReportOptions.settings(ropts, defaults: options)
        let (document, report) = try merge(common, mine, other, settings.language)
        var text: UnsafeMutablePointer<CChar>? = nil
        if out_report != nil { text = try cString(json: report) }
        out.pointee = documentHandle(document, options: options)
        out_report?.pointee = text
    }
}

@c @implementation
public func ik_actiescan_compare(
    _ scan: OpaquePointer?, _ from_label: UnsafePointer<CChar>?, _ to_label: UnsafePointer<CChar>?,
    _ ropts: UnsafePointer<ik_report_options>?, _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_report, "out_report")
        let (document, options) = try documentValue(scan, as: Actiescan.self, name: "scan")
        let settings = try ReportOptions.settings(ropts, defaults: options)
        let comparison = try document.compare(
            from: try argument(from_label, "from_label", limit: 200), to: try argument(to_label, "to_label", limit: 200)
        )
        out.pointee = try cString(json: comparison.jsonValue(for: document, language: settings.language))
    }
}

@c @implementation
public func ik_changelog_assurance(
    _ log: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ settings_json: UnsafePointer<CChar>?,
    _ settings_len: Int, _ out_json: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let (document, options) = try documentValue(log, as: ChangeLog.self, name: "log")
        let report = try ReportOptions.settings(ropts, defaults: options)
        guard let sroi = document.sroi else {
            throw ImpactKitError(.invalidArgument, "this study has no SROI valuation")
        }
        let settings =
            try optionalDocument(settings_json, settings_len, "settings_json", limits: options.limits)
            .map(SROIAssuranceSettings.init(jsonValue:)) ?? SROIAssuranceSettings()
        let assurance = try SROIAssurance(sroi, settings: settings)
        out.pointee = try cString(json: assurance.jsonValue(for: sroi, settings: settings, language: report.language))
    }
}

@c @implementation
public func ik_changelog_sensitivity(
    _ log: OpaquePointer?, _ parameter: UnsafePointer<CChar>?, _ values: UnsafePointer<Double>?, _ count: Int,
    _ outcome_id: UnsafePointer<CChar>?, _ ropts: UnsafePointer<ik_report_options>?, _ out_json: OutString?,
    _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let (document, options) = try documentValue(log, as: ChangeLog.self, name: "log")
        let settings = try ReportOptions.settings(ropts, defaults: options)
        guard let sroi = document.sroi else {
            throw ImpactKitError(.invalidArgument, "this study has no SROI valuation")
        }
        let parameter = try SROIValuation.Parameter(id: try argument(parameter, "parameter", limit: 64))
        guard count > 0, count <= 1000 else {
            throw ImpactKitError(.invalidArgument, "give 1–1000 values (count is \(count))")
        }
        guard let values else { throw ImpactKitError(.invalidArgument, "values must not be NULL") }
        let numbers = Array(UnsafeBufferPointer(start: values, count: count))
        let outcome = try optionalArgument(outcome_id, "outcome_id", limit: Identifier.maxLength)
        let runs = try sroi.sensitivity(parameter, values: numbers, outcome: outcome)
        out.pointee = try cString(
            json: sroi.sensitivityJSON(runs, parameter: parameter, outcome: outcome, language: settings.language))
    }
}
