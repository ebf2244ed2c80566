/// One filled LIM canvas "Impact in Beeld": a group's cards laid in the fields of the impact domains at one
/// moment, with their reflection answers.
///
/// A value type: every mutating method checks everything first and changes nothing when it throws.
public struct Canvas: Equatable, Sendable {
    public static let schemaID = "impactkit/canvas/1"

    public var id: String
    public var title: String
    public internal(set) var template: CanvasTemplate
    /// True when the template is a built-in one, written as its id rather than in full.
    public internal(set) var templateIsBuiltin: Bool
    public private(set) var variant: Variant
    /// The didactic purpose (LIM §9) the coach chose, if any; with the variant it picks the question set.
    public private(set) var purpose: Purpose?
    /// The domains in use, in template order; nil means all domains of the template.
    public internal(set) var selectedDomains: [String]?
    public var moment: Moment?
    public var team: [TeamMember]
    public internal(set) var customCards: [CustomCard]
    /// The placements in the order they were laid (a move keeps a placement's place in it).
    public var placements: [Placement] { store.ordered }
    public internal(set) var reflections: [ReflectionAnswer]
    /// Impact chains: activity → place(s) → result(s), by placement id. Optional; may cross domains.
    public internal(set) var chains: [ImpactChain]
    /// Top-level fields this version does not know, kept for the round trip.
    public var unknown: JSONObject
    /// The placements themselves, by id and in order: every edit by id is O(1) at any canvas size.
    var store = PlacementStore()
    /// Own-card positions, (card, domain, field) slots and chain links, so each check is O(1), not a scan.
    var index = CanvasIndex()

    /// A new, empty canvas on the LIM template (or another template).
    public init(id: String? = nil, title: String, template: CanvasTemplate = LIMTemplate.template) throws {
        // Checked here with their paths, as a reader would name them ("must not be empty" alone said not what).
        _ = try id.map { id in try at("id") { try Identifier.validate(id) } }
        _ = try at("title") { try JSONValue.string(title).nonEmptyString() }
        try self.init(id: id, title: title, template: template, builtin: nil)
    }

    /// `builtin`: whether the template is written as its id; nil to find out by comparing with the built-in one
    /// (a deep comparison, which the decoder, already knowing, skips).
    init(id: String?, title: String, template: CanvasTemplate, builtin: Bool?) throws {
        self.id = try id.map(Identifier.validate) ?? Canvas.randomID()
        self.title = try JSONValue.string(title).nonEmptyString()
        self.template = template
        self.templateIsBuiltin = builtin ?? (CanvasTemplate.builtin(template.id) == template)
        self.variant = .standard
        self.purpose = nil
        self.selectedDomains = nil
        self.moment = nil
        self.team = []
        self.customCards = []
        self.reflections = []
        self.chains = []
        self.unknown = JSONObject()
    }

    static func randomID() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let hex = String(value, radix: 16)
        return "canvas-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: Looking things up

    /// The domains in use, in template order.
    public var domains: [Domain] {
        guard let selectedDomains else { return template.domains }
        return template.domains.filter { selectedDomains.contains($0.id) }
    }

    /// A card from the template's deck or from the group's own cards.
    public func card(_ id: String) -> Card? {
        template.card(id) ?? index.customCards[id].map { customCards[$0].card }
    }

    /// The placement with this id, if it lies on the canvas (O(1)).
    public func placement(_ id: String) -> Placement? {
        store[id]
    }

    /// The team member a `by` names: by id (what `by` holds since team members have ids), else by name (answers
    /// of canvases from before, whose `by` was a person's name).
    public func member(by author: String) -> TeamMember? {
        team.first { $0.id == author } ?? team.first { $0.name == author }
    }

    /// How many placements lie on the canvas (O(1)).
    public var placementCount: Int { store.count }

    /// Every card the group can lay: the template's deck, then its own cards.
    public var availableCards: [Card] {
        template.cards + customCards.map(\.card)
    }

    // MARK: Changing the canvas

    /// Chooses how the canvas is used: the variant and, for student groups, the didactic purpose (LIM §9).
    public mutating func use(_ variant: Variant, purpose: Purpose? = nil) throws {
        _ = try QuestionSet.questions(variant: variant, purpose: purpose)
        self.variant = variant
        self.purpose = purpose
    }

    /// The questions this canvas's group is asked (variant + purpose).
    public var questions: [ReflectionQuestion] {
        // `use` and decoding admit only combinations that have a set, so the fallback is never taken.
        (try? QuestionSet.questions(variant: variant, purpose: purpose)) ?? ReflectionQuestions.students
    }

    /// LIM §8.2, working on one or some domains: selects them and switches to the "selected-domains" variant
    /// (keeping the purpose); nil goes back to all domains and, from that variant, to "standard". The same meaning
    /// as `ik_canvas_select_domains`, Python's `select_domains`, PHP's `selectDomains` and the "domains" operation.
    /// Fails if a placement would be left in a domain no longer in use; nothing changes when it fails.
    public mutating func selectDomains(_ ids: [String]?) throws {
        try setDomainsInUse(ids)
        if ids != nil {
            variant = .selectedDomains
        } else if variant == .selectedDomains {
            variant = .standard
        }
    }

    /// The name `selectDomains` had in 1.0–1.2, when `selectDomains` did not switch the variant.
    @available(*, deprecated, renamed: "selectDomains")
    public mutating func useSelectedDomains(_ ids: [String]?) throws {
        try selectDomains(ids)
    }

    /// Sets the domains in use and nothing else (reading a document: its variant is read on its own).
    mutating func setDomainsInUse(_ ids: [String]?) throws {
        if let ids {
            guard !ids.isEmpty else { throw ImpactKitError(.invalidArgument, "select at least one domain") }
            var seen = Set<String>()
            for (index, id) in ids.enumerated() {
                try at(index) {
                    guard template.domain(id) != nil else {
                        throw ImpactKitError(
                            .notFound, "unknown domain \"\(id.prefix(40))\" in template \"\(template.id)\"")
                    }
                    guard seen.insert(id).inserted else {
                        throw ImpactKitError(.exists, "domain \"\(id)\" is selected twice")
                    }
                }
            }
            if let stray = placements.first(where: { !seen.contains($0.domain) }) {
                throw ImpactKitError(
                    .invalidArgument,
                    "placement \"\(stray.id)\" lies in domain \"\(stray.domain)\", which would no longer be in use")
            }
        }
        selectedDomains = ids
    }

    /// Lays a card (or, without cards, a free text) in a field of a domain and returns the placement with its
    /// new id.
    @discardableResult
    public mutating func place(
        card cardID: String? = nil, text: String? = nil, domain: String, field: Field, note: String? = nil,
        id: String? = nil, by author: String? = nil, at time: String? = nil
    ) throws -> Placement {
        let placementID = try id.map { id in try at("id") { try Identifier.validate(id) } } ?? nextPlacementID()
        let placement = Placement(
            id: placementID, card: cardID, text: text, domain: domain, field: field, note: note, by: author, at: time)
        try add(placement)
        return placement
    }

    /// Takes a placement off the canvas. A placement that an impact chain uses stays until the chain is removed
    /// (removing it would silently change the chain). O(1).
    @discardableResult
    public mutating func unplace(_ placementID: String) throws -> Placement {
        if let chain = chain(holding: placementID) {
            throw ImpactKitError(
                .invalidArgument,
                "placement \"\(placementID)\" is part of impact chain \"\(chain.id)\"; remove the chain first")
        }
        guard let removed = store.remove(placementID) else {
            throw ImpactKitError(.notFound, "no placement \"\(placementID.prefix(40))\" on this canvas")
        }
        return removed
    }

    /// Moves a placement to another field and/or domain, keeping its id, card or text, note and its place in the
    /// order. The same rules as laying it there hold (the card's kind fits the field, the domain is in use); an effect stays only on a result and an interaction only on an activity, and a placement that
    /// an impact chain uses keeps its field (the chain links it as activity, place or result). O(1).
    @discardableResult
    public mutating func move(_ placementID: String, domain: String, field: Field) throws -> Placement {
        let position = try existingPosition(placementID)
        let old = store[position: position]
        if field != old.field, let chain = chain(holding: placementID) {
            throw ImpactKitError(
                .invalidArgument,
                "placement \"\(placementID)\" is part of impact chain \"\(chain.id)\" as \(old.field.rawValue); remove the chain first"
            )
        }
        var moved = old
        moved.domain = domain
        moved.field = field
        // Checked as a new placement before anything changes: a refused move leaves the canvas as it was.
        try check(moved, moving: true)
        store.replace(at: position, with: moved)
        return moved
    }

    /// Adds a card the group wrote itself.
    public mutating func addCard(_ card: CustomCard) throws {
        try addCard(card, parts: .given)
    }

    mutating func addCard(_ card: CustomCard, parts: EditedPart.Origin) throws {
        if parts == .given { try EditedPart.check(card.sinkTree, depth: 3) { _ = try Canvas.decodeCustomCard($0) } }
        try add(card)
    }

    /// The one way a placement enters a canvas (editing and decoding): check it, then add it and its index entry.
    mutating func add(_ placement: Placement) throws {
        try check(placement)
        store.append(placement)
    }

    /// The one way an own card enters a canvas (editing and decoding).
    mutating func add(_ card: CustomCard) throws {
        try check(card)
        index.customCards[card.id] = customCards.count
        customCards.append(card)
    }

    /// Records (or replaces) the answer to a reflection question.
    public mutating func answer(
        _ questionID: String, _ text: String, by person: String? = nil, at time: String? = nil
    ) throws {
        let answer = ReflectionAnswer(question: questionID, answer: text, by: person, at: time)
        try check(answer)
        if let index = reflections.firstIndex(where: { $0.question == questionID && $0.by == person }) {
            reflections[index] = answer
        } else {
            reflections.append(answer)
        }
    }

    /// Withdraws the answer of `person` (nil: the group) to a question.
    public mutating func unanswer(_ questionID: String, by person: String? = nil) throws {
        guard let index = reflections.firstIndex(where: { $0.question == questionID && $0.by == person }) else {
            throw ImpactKitError(.notFound, "no answer to \"\(questionID.prefix(40))\" to withdraw")
        }
        reflections.remove(at: index)
    }

    /// "p" and one more than the highest number used so far: ids are not reused while a canvas is open.
    /// A new placement id that no copy of this canvas gives another placement: "p-" and 12 hex digits from the
    /// operating system's random source (48 bits: two copies that each add a thousand cards share one with a chance
    /// of about 1 in 10⁸; a clash within one canvas is drawn again). Sequential ids ("p13") made two copies name
    /// their next cards alike, so they could not be merged. Hosts may pass their own.
    func nextPlacementID() -> String {
        while true {
            let id = RandomID.make(prefix: "p-")
            if !store.contains(id) { return id }
        }
    }

    // MARK: Rules

    /// `moving`: the placement is one already on the canvas, moved — its id is its own, and its id, text and note
    /// were checked when it was laid (a move changes only where it lies), so only the rules of the place are.
    func check(_ placement: Placement, moving: Bool = false) throws {
        if !moving {
            _ = try at("id") { try Identifier.validate(placement.id) }
            if store.contains(placement.id) {
                throw ImpactKitError(.exists, "placement id \"\(placement.id)\" is already used", path: "/id")
            }
        }
        try at("domain") {
            guard template.hasDomain(placement.domain) else {
                throw ImpactKitError(
                    .notFound, "unknown domain \"\(placement.domain.prefix(40))\" in template \"\(template.id)\"")
            }
            if let selectedDomains, !selectedDomains.contains(placement.domain) {
                throw ImpactKitError(.notFound, "domain \"\(placement.domain)\" is not in use on this canvas")
            }
        }
        switch (placement.card, placement.text) {
        case (let cardID?, nil):
            let kind = try at("card") { () throws -> CardKind in
                guard let kind = template.cardKind(cardID) ?? index.customCards[cardID].map({ customCards[$0].kind })
                else {
                    throw ImpactKitError(.notFound, "unknown card \"\(cardID.prefix(40))\"")
                }
                return kind
            }
            guard kind.fits(placement.field) else {
                let home = Field.allCases.first(where: kind.fits).map(\.rawValue) ?? "any"
                throw ImpactKitError(
                    .invalidArgument,
                    "\(kind.rawValue) cards go in the \(home) field, not in \(placement.field.rawValue)",
                    path: "/field")
            }
        case (nil, let text?):
            if !moving { _ = try at("text") { try JSONValue.string(text).nonEmptyString() } }
        case (nil, nil):
            throw ImpactKitError(.invalidArgument, "a placement needs a card or a text")
        case (_?, _?):
            throw ImpactKitError(.invalidArgument, "a placement has either a card or a text, not both")
        }
        if !moving, let note = placement.note {
            _ = try at("note") { try JSONValue.string(note).nonEmptyString() }
        }
        try at("effect") { try Canvas.check(placement.effect, on: placement) }
        try at("interaction") { try Canvas.check(placement.interaction, on: placement) }
        if !moving {
            try checkAuthorship(by: placement.by, at: placement.at)
            try at("effect") { try checkAuthorship(by: placement.effect?.by, at: nil) }
            try at("interaction") { try checkAuthorship(by: placement.interaction?.by, at: nil) }
        }
    }

    /// `by` names a team member by id (when the team has ids, one of them); `at` is an RFC 3339 time. Placements
    /// and chains carry both; an answer's `by` may be a name (1.0 documents) and is checked apart.
    func checkAuthorship(by author: String?, at time: String?) throws {
        if let author {
            try at("by") {
                _ = try Identifier.validate(author)
                let ids = team.compactMap(\.id)
                guard ids.isEmpty || ids.contains(author) else {
                    throw ImpactKitError(
                        .notFound,
                        "no team member \"\(author.prefix(40))\" (the team's ids: \(ids.prefix(8).joined(separator: ", ")))"
                    )
                }
            }
        }
        if let time { _ = try at("at") { try Timestamp.validate(time) } }
    }

    func check(_ card: CustomCard) throws {
        _ = try at("id") { try Identifier.validate(card.id) }
        if template.card(card.id) != nil {
            throw ImpactKitError(.exists, "card id \"\(card.id)\" is already a card of the template", path: "/id")
        }
        if index.customCards[card.id] != nil {
            throw ImpactKitError(.exists, "card id \"\(card.id)\" is already used", path: "/id")
        }
        _ = try at("text") { try JSONValue.string(card.text).nonEmptyString() }
    }

    func check(_ answer: ReflectionAnswer) throws {
        guard ReflectionQuestions.question(answer.question) != nil else {
            throw ImpactKitError(
                .notFound, "unknown reflection question \"\(answer.question.prefix(40))\"", path: "/question")
        }
        _ = try at("answer") { try JSONValue.string(answer.answer).nonEmptyString(maxLength: 16384) }
        // The same rules as reading: an edit the library accepts gives a document it reads back.
        if let author = answer.by { _ = try at("by") { try JSONValue.string(author).nonEmptyString(maxLength: 200) } }
        if let time = answer.at { _ = try at("at") { try Timestamp.validate(time) } }
    }
}

/// What `Canvas` needs to find quickly among its own cards and placements.
struct CanvasIndex: Equatable, Sendable {
    var chainIDs: Set<String> = []
    /// Placement id → how many impact chains list it, so that unplace and move know in O(1) whether one does.
    var chainUses: [String: Int] = [:]
    /// Own card id → position in `customCards` (own cards are only ever appended).
    var customCards: [String: Int] = [:]

}
