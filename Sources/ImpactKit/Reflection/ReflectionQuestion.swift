/// A reflection question with a stable id, in Dutch and English, and the LIM section it comes from.
public struct ReflectionQuestion: Equatable, Sendable {
    public var id: String
    public var text: LocalizedText
    /// The section of the LIM manual (seed 000), e.g. "7.4".
    public var section: String
    /// The manual's own question (`.seed`), or a conversation topic of the manual put as a question (`.derived`).
    public var source: Provenance

    public init(id: String, text: LocalizedText, section: String, source: Provenance = .seed) {
        self.id = id
        self.text = text
        self.section = section
        self.source = source
    }

    var jsonValue: JSONValue {
        var item = JSONObject()
        item.append("id", .string(id))
        item.append("section", .string(section))
        item.append("text", text.json)
        item.append("source", .string(source.rawValue))
        return .object(item)
    }
}
