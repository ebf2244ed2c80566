/// A member of the group that fills the canvas.
public struct TeamMember: Equatable, Sendable {
    /// The member's id, what `by` on placements, chains and answers names (a platform's user id or pseudonym,
    /// never the name: names stay here, in the team list, and only here). Optional for teams without ids.
    public var id: String?
    public var name: String
    /// Free text, e.g. "student verpleegkunde", "coach", "opdrachtgever".
    public var role: String?
    public var unknown: JSONObject

    public init(id: String? = nil, name: String, role: String? = nil, unknown: JSONObject = JSONObject()) {
        self.id = id
        self.name = name
        self.role = role
        self.unknown = unknown
    }
}

/// When the canvas was filled (LIM §6: e.g. after 4–5 weeks and at the end).
public struct Moment: Equatable, Sendable {
    public var label: String
    /// Calendar date "YYYY-MM-DD".
    public var date: String?
    public var unknown: JSONObject

    public init(label: String, date: String? = nil, unknown: JSONObject = JSONObject()) {
        self.label = label
        self.date = date
        self.unknown = unknown
    }
}

extension Moment {
    /// {"label", "date"?}, followed by the unknown members when `keepingUnknown`.
    func jsonValue(keepingUnknown: Bool) -> JSONValue {
        var item = JSONObject()
        item.append("label", .string(label))
        item.append("date", ifPresent: date.map(JSONValue.string))
        if keepingUnknown { item.append(contentsOf: unknown) }
        return .object(item)
    }
}

/// A card (or, without cards, a free text) laid in one field of one domain.
public struct Placement: Equatable, Sendable {
    public var id: String
    /// The card's id; nil for a free-text placement (variant "without-cards").
    public var card: String?
    /// Free text written in the field instead of a card.
    public var text: String?
    public var domain: String
    public var field: Field
    public var note: String?
    /// Who laid it: a team member's id (authorship, the basis of individual evidence); nil = not recorded.
    public var by: String?
    /// When it was laid, as the host gives it (RFC 3339); nil = not recorded.
    public var at: String?
    /// For a result: what kind of effect it is (intended?, valued by whom, where it lands); nil = not recorded.
    public var effect: Effect?
    /// For an activity: direct or indirect, and with whom it was created; nil = not recorded.
    public var interaction: Interaction?
    public var unknown: JSONObject

    public init(
        id: String, card: String? = nil, text: String? = nil, domain: String, field: Field, note: String? = nil,
        by: String? = nil, at: String? = nil, effect: Effect? = nil, interaction: Interaction? = nil,
        unknown: JSONObject = JSONObject()
    ) {
        self.id = id
        self.card = card
        self.text = text
        self.domain = domain
        self.field = field
        self.note = note
        self.by = by
        self.at = at
        self.effect = effect
        self.interaction = interaction
        self.unknown = unknown
    }
}

/// A group's answer to a reflection question.
public struct ReflectionAnswer: Equatable, Sendable {
    public var question: String
    public var answer: String
    /// Who answered, when it was one person.
    public var by: String?
    /// When, as the host gives it (RFC 3339); nil = not recorded.
    public var at: String?
    public var unknown: JSONObject

    public init(
        question: String, answer: String, by: String? = nil, at: String? = nil, unknown: JSONObject = JSONObject()
    ) {
        self.question = question
        self.answer = answer
        self.by = by
        self.at = at
        self.unknown = unknown
    }
}
