/// One impact domain of a canvas template, with its central starting question (centrale vertrekvraag).
public struct Domain: Equatable, Sendable {
    public var id: String
    public var name: LocalizedText
    public var question: LocalizedText
    /// A colour for pictures, "#rrggbb".
    public var color: String?
    /// Where the name and the central question come from; nil in a host's own template that does not say.
    public var nameSource: Provenance?
    public var questionSource: Provenance?

    public init(
        id: String, name: LocalizedText, question: LocalizedText, color: String? = nil,
        nameSource: Provenance? = nil, questionSource: Provenance? = nil
    ) {
        self.id = id
        self.name = name
        self.question = question
        self.color = color
        self.nameSource = nameSource
        self.questionSource = questionSource
    }
}
