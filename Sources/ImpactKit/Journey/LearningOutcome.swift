/// A learning outcome of a programme (LIM §10.2), to which a group links evidence from its journey.
public struct LearningOutcome: Equatable, Sendable {
    /// The three kinds of outcome LIM §10.2 names.
    public enum Category: String, Vocabulary {
        public static let vocabularyName = "outcome category"
        /// Defining, applying and accounting for impact in relation to professional practice.
        case impact
        /// Insight into collaboration, stakeholder management and the effectiveness of the approach.
        case process
        /// Reflection on personal and professional growth.
        case reflective
    }

    public var id: String
    public var title: String
    public var category: Category?
    public var unknown: JSONObject

    public init(id: String, title: String, category: Category? = nil, unknown: JSONObject = JSONObject()) {
        self.id = id
        self.title = title
        self.category = category
        self.unknown = unknown
    }
}

/// A link from a learning outcome to evidence in a journey (LIM §9.3, §10.3): a placement or a reflection answer
/// at a moment, or the whole canvas of that moment (the photo of the filled canvas), with a justification.
public struct EvidenceLink: Equatable, Sendable {
    public var outcome: String
    /// The label of the moment.
    public var moment: String
    /// A placement id on that moment's canvas.
    public var placement: String?
    /// A reflection question answered at that moment.
    public var question: String?
    /// Why this shows the outcome, in the student's words.
    public var justification: String
    public var unknown: JSONObject

    public init(
        outcome: String, moment: String, placement: String? = nil, question: String? = nil, justification: String,
        unknown: JSONObject = JSONObject()
    ) {
        self.outcome = outcome
        self.moment = moment
        self.placement = placement
        self.question = question
        self.justification = justification
        self.unknown = unknown
    }

    /// What kind of evidence this is.
    public var kind: Kind {
        if placement != nil { return .placement }
        if question != nil { return .answer }
        return .canvas
    }

    public enum Kind: String, Sendable {
        case placement
        case answer
        case canvas
    }
}
