/// JSON text in and out for apps: the parser and writer themselves (and jansson under them) stay inside the
/// package, so an app that also imports CryptoKit or another JSON library meets no second `JSONParser`.
extension JSONValue {
    /// Parses UTF-8 JSON text as ImpactKit reads documents: within `limits`, duplicate keys and lone surrogates
    /// refused, integers beyond 64 bits refused (IK_ERANGE), member order kept.
    public init(jsonText text: String, limits: Limits = .default) throws {
        self = try JSONParser.parse(text, limits: limits)
    }

    /// The value as JSON text: two-space indentation, members in their order, a final newline (`pretty`), or
    /// compact.
    public func jsonText(pretty: Bool = true) -> String { JSONWriter.string(self, pretty: pretty) }
}
