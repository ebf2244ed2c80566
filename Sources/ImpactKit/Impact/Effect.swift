/// What a result is as an effect (LIM §3 and design principle 2: "intended and unintended effects"): each part
/// is optional, and absent means "not recorded", never "no".
public struct Effect: Equatable, Sendable {
    public enum Valence: String, Vocabulary {
        public static let vocabularyName = "valence"
        case positive
        case negative
    }

    /// True: intended; false: unintended; nil: not recorded.
    public var intended: Bool?
    public var valence: Valence?
    /// The stakeholder groups that value this change (impact is value "according to stakeholders").
    public var valuedBy: [Stakeholder]
    /// Where the change lands; empty when not recorded.
    public var spheres: [Sphere]
    /// Who recorded the effect (a team member's id) and when (RFC 3339, from the host); nil = not recorded.
    public var by: String?
    public var at: String?
    public var unknown: JSONObject

    public init(
        intended: Bool? = nil, valence: Valence? = nil, valuedBy: [Stakeholder] = [], spheres: [Sphere] = [],
        by: String? = nil, at: String? = nil, unknown: JSONObject = JSONObject()
    ) {
        self.intended = intended
        self.valence = valence
        self.valuedBy = valuedBy
        self.spheres = spheres
        self.by = by
        self.at = at
        self.unknown = unknown
    }
}

/// How an activity reached people (LIM §3): directly (personal contact) or indirectly through a carrier (report,
/// video, poster, …), and who took part as co-creation partners. Each part is optional.
public struct Interaction: Equatable, Sendable {
    public enum Mode: String, Vocabulary {
        public static let vocabularyName = "interaction mode"
        case direct
        case indirect
    }

    public var mode: Mode?
    /// The carrier of an indirect interaction, e.g. "rapport", "video", "poster".
    public var carrier: String?
    /// Who created it together with the group.
    public var partners: [Stakeholder]
    /// Who recorded the interaction (a team member's id) and when (RFC 3339, from the host); nil = not recorded.
    public var by: String?
    public var at: String?
    public var unknown: JSONObject

    public init(
        mode: Mode? = nil, carrier: String? = nil, partners: [Stakeholder] = [], by: String? = nil, at: String? = nil,
        unknown: JSONObject = JSONObject()
    ) {
        self.mode = mode
        self.carrier = carrier
        self.partners = partners
        self.by = by
        self.at = at
        self.unknown = unknown
    }
}

/// An impact chain (LIM: a domain's three fields read as "what → where → what it yields"): one activity, the
/// place(s) where it happened and the result(s) it yielded, by placement id. Chains are optional (the paper
/// canvas has none) and may cross domains.
public struct ImpactChain: Equatable, Sendable {
    public var id: String
    public var activity: String
    public var places: [String]
    public var results: [String]
    public var note: String?
    /// Who drew it (a team member's id) and when (RFC 3339, from the host); nil = not recorded.
    public var by: String?
    public var at: String?
    public var unknown: JSONObject

    public init(
        id: String, activity: String, places: [String] = [], results: [String] = [], note: String? = nil,
        by: String? = nil, at: String? = nil, unknown: JSONObject = JSONObject()
    ) {
        self.id = id
        self.activity = activity
        self.places = places
        self.results = results
        self.note = note
        self.by = by
        self.at = at
        self.unknown = unknown
    }
}
