/// An SROI-route study with Inner Development Goals (seed 001, Fontys PWMI): the five steps, the stakeholder
/// groups and people (pseudonymous), and the changes they experienced, each in their own words, classified by IDG
/// dimension and skill, with SDGs and helix actors; optionally an SROI valuation.
/// Document: "schema": "impactkit/changelog/1". Read all or nothing.
public struct ChangeLog: Equatable, Sendable {
    public static let schemaID = "impactkit/changelog/1"

    public enum Route: String, Vocabulary {
        public static let vocabularyName = "route"
        case linear
        case nonLinear = "non-linear"
    }

    /// The five steps of seed 001, as the study recorded them.
    public struct Steps: Equatable, Sendable {
        /// 1. Question articulation and route choice.
        public var question: String?
        public var route: Route?
        /// 2. Scope: what is measured and what is not.
        public var inScope: [String] = []
        public var outOfScope: [String] = []
        /// 4. Broader impact: derived effects.
        public var derivedEffects: [String] = []
        /// 5. Decisions: what we learn, where we focus, how we scale.
        public var learn: [String] = []
        public var focus: [String] = []
        public var scale: [String] = []
        public var unknown = JSONObject()

        public init() {}
    }

    public struct Group: Equatable, Sendable {
        public var id: String
        public var name: String
        /// The roles people in this group have (e.g. "student social work"); empty = any.
        public var roles: [String]
        /// Stakeholders consulted (step 2) or named as out of scope.
        public var inScope: Bool
        public var unknown = JSONObject()
    }

    public struct Person: Equatable, Sendable {
        /// Pseudonymous id, never a name.
        public var id: String
        public var group: String
        public var role: String?
        public var unknown = JSONObject()
    }

    /// Who confirmed that a change happened and how (Outcome Harvesting's substantiation: someone independent of
    /// the person who reported it agrees it is accurate), which SVI's principle "verify the result" asks for.
    public struct Verification: Equatable, Sendable {
        /// Who verified it: a role or stakeholder, not a name ("wijkverpleegkundige", "docent-onderzoeker").
        public var by: String
        /// How: an interview, a document, an observation …
        public var how: String
        /// "YYYY-MM-DD".
        public var date: String?
        public var unknown = JSONObject()

        public init(by: String, how: String, date: String? = nil) {
            self.by = by
            self.how = how
            self.date = date
        }
    }

    public struct Change: Equatable, Sendable {
        public var id: String
        public var person: String
        /// The change in the person's words ("Ik ervaar meer betekenis …").
        public var statement: String
        public var quote: String?
        /// How many people in the group voted this change among the most important.
        public var votes: Int?
        /// A weight the study gave it (≥ 0).
        public var weight: Double?
        public var dimension: IDGDimension?
        public var skill: String?
        public var sdgs: [Int]
        public var helices: [HelixActor]
        public var verified: Verification?
        public var unknown = JSONObject()

        public init(
            id: String, person: String, statement: String, quote: String? = nil, votes: Int? = nil,
            weight: Double? = nil, dimension: IDGDimension? = nil, skill: String? = nil, sdgs: [Int] = [],
            helices: [HelixActor] = []
        ) {
            self.id = id
            self.person = person
            self.statement = statement
            self.quote = quote
            self.votes = votes
            self.weight = weight
            self.dimension = dimension
            self.skill = skill
            self.sdgs = sdgs
            self.helices = helices
        }
    }

    public var id: String
    public var title: String
    public var steps = Steps()
    public var helixModel: HelixModel = .quadruple
    public internal(set) var groups: [Group] = []
    public internal(set) var people: [Person] = []
    public internal(set) var changes: [Change] = []
    public var sroi: SROIValuation?
    public var unknown = JSONObject()

    public init(id: String, title: String) throws {
        self.id = try Identifier.validate(id)
        self.title = try JSONValue.string(title).nonEmptyString()
    }

    // MARK: Rules (used by decoding; everything is checked before anything is kept)

    mutating func add(_ group: Group) throws {
        _ = try at("id") { try Identifier.validate(group.id) }
        guard !groups.contains(where: { $0.id == group.id }) else {
            throw ImpactKitError(.exists, "stakeholder group \"\(group.id)\" is listed twice", path: "/id")
        }
        groups.append(group)
    }

    mutating func add(_ person: Person) throws {
        guard let group = groups.first(where: { $0.id == person.group }) else {
            throw ImpactKitError(.notFound, "unknown stakeholder group \"\(person.group.prefix(40))\"", path: "/group")
        }
        if let role = person.role, !group.roles.isEmpty, !group.roles.contains(role) {
            throw ImpactKitError(
                .notFound,
                "role \"\(role.prefix(40))\" is not a role of group \"\(group.id)\" (\(group.roles.joined(separator: ", ")))",
                path: "/role")
        }
        people.append(person)
    }

    func check(_ change: Change, people index: [String: Int]) throws {
        guard index[change.person] != nil else {
            throw ImpactKitError(.notFound, "unknown person \"\(change.person.prefix(40))\"", path: "/person")
        }
        if let votes = change.votes, votes < 0 {
            throw ImpactKitError(.range, "votes cannot be negative (\(votes))", path: "/votes")
        }
        if let weight = change.weight, !(weight >= 0 && weight.isFinite) {
            throw ImpactKitError(.range, "weight must be a finite number ≥ 0", path: "/weight")
        }
        if let skillID = change.skill {
            let skill = try at("skill") { try IDGSkill.skill(skillID) }
            if let dimension = change.dimension, dimension != skill.dimension {
                throw ImpactKitError(
                    .invalidArgument,
                    "skill \"\(skillID)\" belongs to \(skill.dimension.rawValue), not to \(dimension.rawValue)",
                    path: "/skill")
            }
        }
        for (position, sdg) in change.sdgs.enumerated() where !(1...17).contains(sdg) {
            throw ImpactKitError(.range, "SDG \(sdg) does not exist (1–17)", path: "/sdgs/\(position)")
        }
        let allowed = helixModel.actors
        for (position, actor) in change.helices.enumerated() where !allowed.contains(actor) {
            throw ImpactKitError(
                .invalidArgument, "\(actor.rawValue) is not a helix of the \(helixModel.rawValue) model",
                path: "/helices/\(position)")
        }
    }

    /// The dimension of a change: given, or that of its skill.
    public func dimension(of change: Change) -> IDGDimension? {
        change.dimension ?? change.skill.flatMap { id in IDGSkill.all.first { $0.id == id }?.dimension }
    }
}
