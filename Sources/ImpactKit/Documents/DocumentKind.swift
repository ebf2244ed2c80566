/// What one kind of document offers beyond reading, writing and its report, as hosts see it through the C ABI:
/// `ik_document_kinds` lists every kind with these, so a binding, the CLI's help and the docs never keep a list
/// of their own.
public struct DocumentVerbs: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `ik_document_render_svg`.
    public static let renderSVG = DocumentVerbs(rawValue: 1 << 0)
    /// `ik_document_to_csv`.
    public static let toCSV = DocumentVerbs(rawValue: 1 << 1)
    /// `ik_document_to_xapi` and `ik_document_to_xapi_multipart`.
    public static let toXAPI = DocumentVerbs(rawValue: 1 << 2)
    /// `ik_document_to_ob3`.
    public static let toOB3 = DocumentVerbs(rawValue: 1 << 3)
    /// Edits as operations with undo (`ik_canvas_apply`, `ik_journey_apply`) and three-way merge.
    public static let apply = DocumentVerbs(rawValue: 1 << 4)

    /// The C verbs, by their names in `ik_document_kinds` (every kind also has evaluate and report_text).
    static let named: [(verb: DocumentVerbs, names: [String])] = [
        (.renderSVG, ["render_svg"]), (.toCSV, ["to_csv"]), (.toXAPI, ["to_xapi", "to_xapi_multipart"]),
        (.toOB3, ["to_ob3"]), (.apply, ["apply", "merge"]),
    ]

    /// "evaluate", "report_text", then this kind's verbs in the header's order.
    public var names: [String] {
        ["evaluate", "report_text"] + Self.named.filter { contains($0.verb) }.flatMap(\.names)
    }
}

/// A kind that reads itself from jansson's tree in place (and, for large documents, maybe from the bytes without
/// a whole tree) rather than through a `JSONValue`: the registry asks each kind how it reads, and holds no
/// kind-specific code.
protocol DirectlyRead: ImpactDocument {
    static func read(tree: JanssonView) throws -> Self
    /// The document read without building jansson's whole tree; nil when this path does not apply (too small, not
    /// this kind) and the tree is read instead.
    static func readWithoutTree(_ bytes: UnsafeRawBufferPointer, limits: Limits) -> Self?
}

extension DirectlyRead {
    static func readWithoutTree(_ bytes: UnsafeRawBufferPointer, limits: Limits) -> Self? { nil }
}
