/// One impact domain of a canvas template, with its central starting question (centrale vertrekvraag).
public struct Domain: Equatable, Sendable {
    public var id: String
    public var name: LocalizedText
    public var question: LocalizedText
    /// A colour for pictures, "#rrggbb".
    public var color: String?

    public init(id: String, name: LocalizedText, question: LocalizedText, color: String? = nil) {
        self.id = id
        self.name = name
        self.question = question
        self.color = color
    }
}
