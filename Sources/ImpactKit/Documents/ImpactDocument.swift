/// What every ImpactKit document is — canvas, journey, change log and the six instruments: a JSON document with a
/// schema id, read all-or-nothing and written back losslessly, with one report (as JSON and as text) and, where
/// the type has them, a picture, a table and learning-record statements. Hosts (the C ABI, the CLI, Swift apps)
/// work through this protocol and the registry, so a new document type is its type, its conformance and its
/// schema — nothing else.
public protocol ImpactDocument: Reportable, Codable {
    /// "impactkit/<kind>/1".
    static var schemaID: String { get }
    /// What this kind is called, for people ("LIM canvas", "Change log (SROI and IDG)").
    static var kindTitle: LocalizedText { get }
    /// What it offers beyond its report (a picture, a table, statements, credentials, operations).
    static var verbs: DocumentVerbs { get }
    /// Whether `template(language:)` starts one (the instruments); the others start empty or are built.
    static var hasTemplate: Bool { get }
    /// A new document prefilled with what the seed gives; IK_ENOTSUP for types that start empty or are built.
    static func template(language: Language) throws -> Self
    init(jsonValue: JSONValue) throws
    var jsonValue: JSONValue { get }
    /// The document as a picture (SVG); IK_ENOTSUP where the type has none.
    func svg(_ settings: ReportSettings) throws -> String
    /// The document as an RFC 4180 table; IK_ENOTSUP where the type has none.
    func csv(_ settings: ReportSettings) throws -> String
    /// xAPI statements (a JSON array); IK_ENOTSUP where the type has none. Needs `settings.xapi`.
    func xapiStatements(_ settings: ReportSettings) throws -> JSONValue
    /// The same statements with their attachments as one multipart/mixed request body.
    func xapiMultipart(_ settings: ReportSettings) throws -> XAPIMultipart
    /// Open Badges 3.0 credentials (a JSON array), one per learning outcome with evidence; IK_ENOTSUP where the
    /// type has no learning outcomes (only journeys have).
    func credentials(_ settings: ReportSettings, badges: OpenBadgesSettings) throws -> JSONValue
}

/// A computed report that carries what it needs to be written: nothing is passed back in.
public protocol DocumentReport: Sendable {
    var jsonValue: JSONValue { get }
    var text: String { get }
}

/// How a report, picture, table or statement set is made: one setting, one place, one effect.
public struct ReportSettings: Sendable {
    public var language: Language
    /// The day the report is read on ("YYYY-MM-DD"); nil = today (UTC). Used by dated plans (Kirkpatrick).
    public var asOf: String?
    /// The IDG dimensions whose share a change-log report states; nil = Relating + Collaborating (seed 001).
    public var dimensions: [IDGDimension]?
    /// For xAPI statements: the LMS, actor and attachment settings.
    public var xapi: XAPISettings?
    /// A setting the host gave in a form that was refused, kept for the verb that uses it: a setting has one
    /// effect in one place, so a bad xAPI setting does not fail a canvas's evaluation.
    package var refusedDimensions: ImpactKitError?
    package var refusedXAPI: ImpactKitError?

    public init(
        language: Language = .en, asOf: String? = nil, dimensions: [IDGDimension]? = nil, xapi: XAPISettings? = nil
    ) {
        self.language = language
        self.asOf = asOf
        self.dimensions = dimensions
        self.xapi = xapi
    }

    /// The IDG dimensions a change-log report states, or the error they were refused with.
    func chosenDimensions() throws -> [IDGDimension]? {
        if let refusedDimensions { throw refusedDimensions }
        return dimensions
    }

    /// The validated day the report is read on: `asOf`, or today (UTC).
    public func day() throws -> String {
        guard let asOf else { return CalendarDate.today() }
        return try at("as_of") { try CalendarDate.validate(asOf) }
    }

    /// The xAPI settings, or IK_EINVAL naming what is missing.
    func requireXAPI() throws -> XAPISettings {
        if let refusedXAPI { throw refusedXAPI }
        guard let xapi else {
            throw ImpactKitError(.invalidArgument, "xAPI statements need settings (at least {\"homepage\": …})")
        }
        return xapi
    }
}

extension DocumentReport {
    /// The report as JSON text in the buffer the C layer hands to its caller: written straight from the computed
    /// value where the report can (the canvas report), else from its tree.
    package func jsonOutput() -> OutputBytes { JSONWriter.output(of: self, tree: jsonValue) }
}

/// A report made of its JSON and a text writer over the same computed value.
struct ComputedReport: DocumentReport {
    let jsonValue: JSONValue
    let write: @Sendable () -> String
    var text: String { write() }
}

extension ImpactDocument {
    public static var verbs: DocumentVerbs { [] }
    public static var hasTemplate: Bool { false }

    public static func template(language: Language) throws -> Self {
        throw ImpactKitError(
            .notSupported,
            "\(DocumentRegistry.described(kindName)) has no template here; start one with its constructor")
    }

    public func svg(_ settings: ReportSettings) throws -> String {
        throw ImpactKitError(.notSupported, "\(DocumentRegistry.described(Self.kindName)) has no picture")
    }

    public func csv(_ settings: ReportSettings) throws -> String {
        throw ImpactKitError(.notSupported, "\(DocumentRegistry.described(Self.kindName)) has no CSV export")
    }

    public func xapiStatements(_ settings: ReportSettings) throws -> JSONValue {
        throw ImpactKitError(
            .notSupported,
            "\(DocumentRegistry.described(Self.kindName)) has no xAPI statements (canvases and journeys have)")
    }

    public func credentials(_ settings: ReportSettings, badges: OpenBadgesSettings) throws -> JSONValue {
        throw ImpactKitError(
            .notSupported,
            "\(DocumentRegistry.described(Self.kindName)) has no learning outcomes to credential (journeys have)")
    }

    public func xapiMultipart(_ settings: ReportSettings) throws -> XAPIMultipart {
        _ = try xapiStatements(settings)  // the same refusal
        throw ImpactKitError(.notSupported, "\(DocumentRegistry.described(Self.kindName)) has no xAPI statements")
    }

    /// "canvas" for "impactkit/canvas/1".
    public static var kindName: String { DocumentRegistry.kindName(of: schemaID) }

    /// Reads a document of this type from UTF-8 JSON text, within `limits`.
    public static func read(_ bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws -> Self {
        try Self(jsonValue: try JSONParser.parse(bytes, limits: limits))
    }
}

extension ImpactDocument {
    /// Reads a document from JSON text (UTF-8) with every check of `limits`. The six instruments and generic code
    /// read through here; `Canvas`, `Journey` and `ChangeLog` have their own, faster readers of the same name.
    /// (Declared on this public protocol: on the instruments' internal one no app could reach it.)
    public init(json bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws {
        try self.init(jsonValue: try JSONParser.parse(bytes, limits: limits))
    }

    public init(json text: String, limits: Limits = .default) throws {
        var text = text
        self = try text.withUTF8 { try Self(json: UnsafeRawBufferPointer($0), limits: limits) }
    }

    /// The document as JSON text (UTF-8, two-space indentation, final newline): what `JSONWriter` writes for
    /// `jsonValue`, written straight from the model where the type can (canvases and journeys).
    public func jsonBytes() -> [UInt8] { jsonOutput().array() }

    /// The same text in the buffer the C layer hands to its caller.
    package func jsonOutput() -> OutputBytes { JSONWriter.output(of: self, tree: jsonValue) }

    /// The document as JSON text (two-space indentation, stable key order, final newline).
    public func json() -> String { String(decoding: jsonBytes(), as: UTF8.self) }

    /// The text a reader with `limits` accepts again: indented as `json()` when that fits `maxDocumentBytes`,
    /// else compact (no indentation, no final newline). Indentation adds about a third to a large canvas, so a
    /// document accepted just under the limit was written over it and could not be read back with the limits it
    /// was read with. What counts is the same either way: the revision does not change.
    public func json(within limits: Limits) -> String {
        String(decoding: jsonOutput(within: limits).array(), as: UTF8.self)
    }

    package func jsonOutput(within limits: Limits) -> OutputBytes {
        let pretty = jsonOutput()
        guard pretty.count > limits.maxDocumentBytes else { return pretty }
        if let writable = self as? any JSONSinkWritable { return writable.sinkOutput(pretty: false) }
        return JSONWriter.output(jsonValue, pretty: false)
    }
}
