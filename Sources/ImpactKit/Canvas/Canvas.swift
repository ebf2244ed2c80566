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
    public internal(set) var placements: [Placement]
    public internal(set) var reflections: [ReflectionAnswer]
    /// Impact chains: activity → place(s) → result(s), by placement id. Optional; may cross domains.
    public internal(set) var chains: [ImpactChain]
    /// Top-level fields this version does not know, kept for the round trip.
    public var unknown: JSONObject
    /// Own-card positions, placement ids and (card, domain, field) slots, so each check is O(1), not a scan.
    var index = CanvasIndex()

    /// A new, empty canvas on the LIM template (or another template).
    public init(id: String? = nil, title: String, template: CanvasTemplate = LIMTemplate.template) throws {
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
        self.placements = []
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
    /// (keeping the purpose); nil goes back to all domains and, from that variant, to "standard". Nothing changes
    /// when it fails.
    public mutating func useSelectedDomains(_ ids: [String]?) throws {
        try selectDomains(ids)
        if ids != nil {
            variant = .selectedDomains
        } else if variant == .selectedDomains {
            variant = .standard
        }
    }

    /// Chooses the domains in use (variant "selected-domains"); nil means all. Fails if a placement would be
    /// left in a domain no longer in use.
    public mutating func selectDomains(_ ids: [String]?) throws {
        if let ids {
            guard !ids.isEmpty else { throw ImpactKitError(.invalidArgument, "select at least one domain") }
            var seen = Set<String>()
            for (index, id) in ids.enumerated() {
                try at(index) {
                    guard template.domain(id) != nil else {
                        throw ImpactKitError(.notFound, "unknown domain \"\(id.prefix(40))\" in template \"\(template.id)\"")
                    }
                    guard seen.insert(id).inserted else {
                        throw ImpactKitError(.exists, "domain \"\(id)\" is selected twice")
                    }
                }
            }
            if let stray = placements.first(where: { !seen.contains($0.domain) }) {
                throw ImpactKitError(
                    .invalidArgument, "placement \"\(stray.id)\" lies in domain \"\(stray.domain)\", which would no longer be in use")
            }
        }
        selectedDomains = ids
    }

    /// Lays a card (or, without cards, a free text) in a field of a domain and returns the placement with its
    /// new id.
    @discardableResult
    public mutating func place(
        card cardID: String? = nil, text: String? = nil, domain: String, field: Field, note: String? = nil,
        id: String? = nil
    ) throws -> Placement {
        let placementID = try id.map(Identifier.validate) ?? nextPlacementID()
        let placement = Placement(id: placementID, card: cardID, text: text, domain: domain, field: field, note: note)
        try add(placement)
        return placement
    }

    /// Takes a placement off the canvas. A placement that an impact chain uses stays until the chain is removed
    /// (removing it would silently change the chain).
    @discardableResult
    public mutating func unplace(_ placementID: String) throws -> Placement {
        guard let index = placements.firstIndex(where: { $0.id == placementID }) else {
            throw ImpactKitError(.notFound, "no placement \"\(placementID.prefix(40))\" on this canvas")
        }
        if let chain = chains.first(where: { $0.uses(placementID) }) {
            throw ImpactKitError(
                .invalidArgument, "placement \"\(placementID)\" is part of impact chain \"\(chain.id)\"; remove the chain first")
        }
        let removed = placements.remove(at: index)
        self.index.remove(removed)
        return removed
    }

    /// Adds a card the group wrote itself.
    public mutating func addCard(_ card: CustomCard) throws {
        try add(card)
    }

    /// The one way a placement enters a canvas (editing and decoding): check it, then add it and its index entry.
    mutating func add(_ placement: Placement) throws {
        try check(placement)
        placements.append(placement)
        index.insert(placement)
    }

    /// The one way an own card enters a canvas (editing and decoding).
    mutating func add(_ card: CustomCard) throws {
        try check(card)
        index.customCards[card.id] = customCards.count
        customCards.append(card)
    }

    /// Records (or replaces) the answer to a reflection question.
    public mutating func answer(_ questionID: String, _ text: String, by person: String? = nil) throws {
        let answer = ReflectionAnswer(question: questionID, answer: text, by: person)
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
    private func nextPlacementID() -> String {
        "p\(index.highestNumber &+ 1)"
    }

    // MARK: Rules

    func check(_ placement: Placement) throws {
        _ = try at("id") { try Identifier.validate(placement.id) }
        if index.fields[placement.id] != nil {
            throw ImpactKitError(.exists, "placement id \"\(placement.id)\" is already used", path: "/id")
        }
        try at("domain") {
            guard template.domain(placement.domain) != nil else {
                throw ImpactKitError(
                    .notFound, "unknown domain \"\(placement.domain.prefix(40))\" in template \"\(template.id)\"")
            }
            if let selectedDomains, !selectedDomains.contains(placement.domain) {
                throw ImpactKitError(.notFound, "domain \"\(placement.domain)\" is not in use on this canvas")
            }
        }
        switch (placement.card, placement.text) {
        case (let cardID?, nil):
            let card = try at("card") { () throws -> Card in
                guard let card = self.card(cardID) else {
                    throw ImpactKitError(.notFound, "unknown card \"\(cardID.prefix(40))\"")
                }
                return card
            }
            guard card.kind.fits(placement.field) else {
                let home = Field.allCases.first(where: card.kind.fits).map(\.rawValue) ?? "any"
                throw ImpactKitError(
                    .invalidArgument,
                    "\(card.kind.rawValue) cards go in the \(home) field, not in \(placement.field.rawValue)",
                    path: "/field")
            }
            if index.slots.contains(CanvasIndex.Slot(placement)) {
                throw ImpactKitError(
                    .exists,
                    "card \"\(cardID)\" already lies in \(placement.domain)/\(placement.field.rawValue)", path: "/card")
            }
        case (nil, let text?):
            _ = try at("text") { try JSONValue.string(text).nonEmptyString() }
        case (nil, nil):
            throw ImpactKitError(.invalidArgument, "a placement needs a card or a text")
        case (_?, _?):
            throw ImpactKitError(.invalidArgument, "a placement has either a card or a text, not both")
        }
        if let note = placement.note {
            _ = try at("note") { try JSONValue.string(note).nonEmptyString() }
        }
        try at("effect") { try Canvas.check(placement.effect, on: placement) }
        try at("interaction") { try Canvas.check(placement.interaction, on: placement) }
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
            throw ImpactKitError(.notFound, "unknown reflection question \"\(answer.question.prefix(40))\"", path: "/question")
        }
        _ = try at("answer") { try JSONValue.string(answer.answer).nonEmptyString(maxLength: 16384) }
    }
}

/// What `Canvas` needs to find quickly among its own cards and placements.
struct CanvasIndex: Equatable, Sendable {
    struct Slot: Hashable, Sendable {
        var card: String
        var domain: String
        var field: Field

        init(_ placement: Placement) {
            card = placement.card ?? ""
            domain = placement.domain
            field = placement.field
        }
    }

    /// Placement id → its field: ids in use, and what impact chains need to check their links in O(1).
    var fields: [String: Field] = [:]
    var chainIDs: Set<String> = []
    var slots: Set<Slot> = []
    /// Own card id → position in `customCards` (own cards are only ever appended).
    var customCards: [String: Int] = [:]

    /// The highest n of the ids "p<n>" ever inserted.
    var highestNumber = 0

    mutating func insert(_ placement: Placement) {
        fields[placement.id] = placement.field
        if placement.id.hasPrefix("p"), let number = Int(placement.id.dropFirst()), number > highestNumber {
            highestNumber = number
        }
        if placement.card != nil { slots.insert(Slot(placement)) }
    }

    mutating func remove(_ placement: Placement) {
        fields[placement.id] = nil
        if placement.card != nil { slots.remove(Slot(placement)) }
    }
}
