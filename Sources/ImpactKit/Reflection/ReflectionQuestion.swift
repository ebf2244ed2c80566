/// A reflection question with a stable id, in Dutch and English, and the LIM section it comes from.
public struct ReflectionQuestion: Equatable, Sendable {
    public var id: String
    public var text: LocalizedText
    /// The section of the LIM manual (seed 000), e.g. "7.4".
    public var section: String

    public init(id: String, text: LocalizedText, section: String) {
        self.id = id
        self.text = text
        self.section = section
    }

    var jsonValue: JSONValue {
        var item = JSONObject()
        item.append("id", .string(id))
        item.append("section", .string(section))
        item.append("text", text.json)
        return .object(item)
    }
}
