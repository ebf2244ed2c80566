/// One edit of a canvas as data: what a member's browser sends, what a host stores in its log, what
/// undo replays. Every edit the Swift API, the C ABI, the bindings and the CLI offer is one of these, and
/// `Canvas.apply` applies a batch all or nothing and gives back the operations that undo it.
///
/// JSON: an object with "op" and the operation's members (schema/operations.schema.json), e.g.
/// `{"op": "place", "card": "act.workshop", "domain": "partners", "field": "activity", "by": "s1"}`.
/// Unknown members are refused: an operation with a typo must not half-apply.
public enum CanvasOperation: DocumentOperation {
    /// Lays a card or a free text; the placement's id is generated when the operation has none.
    case place(Placement)
    case unplace(id: String)
    case move(id: String, domain: String?, field: Field?)
    /// Sets (nil: clears) the note of a placement.
    case note(id: String, note: String?)
    case effect(id: String, effect: Effect?)
    case interaction(id: String, interaction: Interaction?)
    case chain(ImpactChain)
    case unchain(id: String)
    case answer(ReflectionAnswer)
    case withdraw(question: String, by: String?)
    case addCard(CustomCard)
    case removeCard(id: String)
    case use(variant: Variant, purpose: Purpose?)
    case selectDomains([String]?)
    /// Replaces the team list (ids and names).
    case team([TeamMember])
}

extension CanvasOperation {
    /// The operation's name in JSON ("op").
    public var name: String {
        switch self {
        case .place: return "place"
        case .unplace: return "unplace"
        case .move: return "move"
        case .note: return "note"
        case .effect: return "effect"
        case .interaction: return "interaction"
        case .chain: return "chain"
        case .unchain: return "unchain"
        case .answer: return "answer"
        case .withdraw: return "withdraw"
        case .addCard: return "card"
        case .removeCard: return "uncard"
        case .use: return "use"
        case .selectDomains: return "domains"
        case .team: return "team"
        }
    }

    static let names = [
        "place", "unplace", "move", "note", "effect", "interaction", "chain", "unchain", "answer",
        "withdraw", "card", "uncard", "use", "domains", "team",
    ]

    /// Reads one operation; a member the operation does not have is refused with its pointer.
    public init(jsonValue value: JSONValue) throws {
        try self.init(node: value)
    }

    /// The one reader, for a `JSONValue` and for jansson's tree read in place (`ik_canvas_apply` builds no
    /// `JSONValue` for an operation that carries no item: a move, a note, an unplace).
    init<Node: JSONNode>(node value: Node) throws {
        var reader = try ObjectReader(value)
        let name = try reader.required("op") { try $0.stringValue() }
        func id(_ reader: inout ObjectReader<Node>) throws -> String {
            try reader.required("id") { try $0.identifier() }
        }
        switch name {
        case "place":
            self = .place(
                try Canvas.readPlacement(
                    try OperationItem.read(try value.jsonValue(), known: Self.placementMembers), idRequired: false))
            return  // every member was read (or refused) as the item's
        case "unplace": self = .unplace(id: try id(&reader))
        case "move":
            let target = try id(&reader)
            let domain = try reader.optional("domain") { try $0.stringValue() }
            let field = try reader.optional("field") { try Field(id: try $0.stringValue()) }
            guard domain != nil || field != nil else {
                throw ImpactKitError(.invalidArgument, "a move needs a domain, a field or both")
            }
            self = .move(id: target, domain: domain, field: field)
        case "note": self = .note(id: try id(&reader), note: try reader.optional("note") { try $0.stringValue() })
        case "effect": self = .effect(id: try id(&reader), effect: try reader.optional("effect", Effect.init(node:)))
        case "interaction":
            self = .interaction(
                id: try id(&reader), interaction: try reader.optional("interaction", Interaction.init(node:)))
        case "chain":
            guard case .object(var object) = try OperationItem.read(try value.jsonValue(), known: Self.chainMembers)
            else { throw ImpactKitError(.schema, "expected an object") }
            if object["id"] == nil { object.append("id", .string(CanvasOperation.pendingID)) }
            self = .chain(try ImpactChain(jsonValue: .object(object)))
            return
        case "unchain": self = .unchain(id: try id(&reader))
        case "answer":
            self = .answer(
                try Canvas.decodeAnswer(
                    try OperationItem.read(try value.jsonValue(), known: ["question", "answer", "by", "at"])))
            return
        case "withdraw":
            self = .withdraw(
                question: try reader.required("question") { try $0.stringValue() },
                by: try reader.optional("by") { try $0.stringValue() })
        case "card":
            self = .addCard(
                try Canvas.decodeCustomCard(
                    try OperationItem.read(try value.jsonValue(), known: ["id", "kind", "text"])))
            return
        case "uncard": self = .removeCard(id: try id(&reader))
        case "use":
            self = .use(
                variant: try reader.required("variant") { try Variant(id: try $0.stringValue()) },
                purpose: try reader.optional("purpose") { try Purpose(id: try $0.stringValue()) })
        case "domains": self = .selectDomains(try reader.optional("domains") { try $0.array { try $0.stringValue() } })
        case "team": self = .team(try reader.required("team") { try $0.array(Canvas.decodeMember) })
        default:
            throw ImpactKitError(
                .notFound,
                "unknown operation \"\(name.prefix(40))\" (use \(CanvasOperation.names.joined(separator: ", ")))",
                path: "/op")
        }
        if let stray = reader.unknown.members.first {
            throw OperationItem.stray(stray.key, in: name)
        }
    }

    static let placementMembers = [
        "id", "card", "text", "domain", "field", "note", "by", "at", "effect", "interaction",
    ]
    static let chainMembers = ["id", "activity", "places", "results", "note", "by", "at"]

    /// A chain operation without an id gets one when it is applied; this marks it until then.
    static let pendingID = "pending.chain"

    public var jsonValue: JSONValue {
        var object = JSONObject()
        object.append("op", .string(name))
        switch self {
        case .place(let placement):
            // An id left to the canvas ("") is not written: the operation reads back as it was given.
            var given = OperationItem.members(of: placement.jsonValue, unknown: placement.unknown)
            if placement.id.isEmpty { given = JSONObject(given.members.filter { $0.key != "id" }) }
            object.append(contentsOf: given)
        case .unplace(let id), .unchain(let id), .removeCard(let id): object.append("id", .string(id))
        case .move(let id, let domain, let field):
            object.append("id", .string(id))
            object.append("domain", ifPresent: domain.map(JSONValue.string))
            object.append("field", ifPresent: field.map { .string($0.rawValue) })
        case .note(let id, let note):
            object.append("id", .string(id))
            object.append("note", note.map(JSONValue.string) ?? .null)
        case .effect(let id, let effect):
            object.append("id", .string(id))
            object.append("effect", effect?.jsonValue ?? .null)
        case .interaction(let id, let interaction):
            object.append("id", .string(id))
            object.append("interaction", interaction?.jsonValue ?? .null)
        case .chain(let chain):
            object.append(contentsOf: OperationItem.members(of: chain.jsonValue, unknown: chain.unknown))
        case .answer(let answer):
            var item = JSONObject()
            item.append("question", .string(answer.question))
            item.append("answer", .string(answer.answer))
            item.append("by", ifPresent: answer.by.map(JSONValue.string))
            item.append("at", ifPresent: answer.at.map(JSONValue.string))
            item.append(contentsOf: answer.unknown)
            object.append(contentsOf: OperationItem.members(of: .object(item), unknown: answer.unknown))
        case .withdraw(let question, let by):
            object.append("question", .string(question))
            object.append("by", ifPresent: by.map(JSONValue.string))
        case .addCard(let card):
            var item = JSONObject()
            item.append("id", .string(card.id))
            item.append("kind", .string(card.kind.rawValue))
            item.append("text", .string(card.text))
            item.append(contentsOf: card.unknown)
            object.append(contentsOf: OperationItem.members(of: .object(item), unknown: card.unknown))
        case .use(let variant, let purpose):
            object.append("variant", .string(variant.rawValue))
            object.append("purpose", purpose.map { .string($0.rawValue) } ?? .null)
        case .selectDomains(let ids): object.append("domains", ids.map { .array($0.map(JSONValue.string)) } ?? .null)
        case .team(let members):
            object.append(
                "team",
                .array(
                    members.map { member in
                        var item = JSONObject()
                        item.append("id", ifPresent: member.id.map(JSONValue.string))
                        item.append("name", .string(member.name))
                        item.append("role", ifPresent: member.role.map(JSONValue.string))
                        item.append(contentsOf: member.unknown)
                        return .object(item)
                    }))
        }
        return .object(object)
    }

}

extension CanvasOperation {
    /// A batch read from JSON text in place, with every check of `JSONParser.parse` (the C layer's reader).
    package static func batch(json bytes: UnsafeRawBufferPointer, limits: Limits) throws -> [CanvasOperation] {
        try JSONParser.withTree(bytes, limits: limits) { tree in
            try JanssonView(json: tree).array { try CanvasOperation(node: $0) }
        }
    }
}

extension Canvas {
    /// Applies `operations` in order, all or nothing: when one is refused nothing changes, and the error's pointer
    /// names it ("/3/domain"). Returns the operations that undo the batch (apply them to undo it; a placement,
    /// answer or chain that comes back returns at the end of its list).
    ///
    /// `baseRevision` is the revision the operations were made on. When the canvas has moved on since, they are
    /// still applied if they still apply — a card laid while a teammate moved another is kept — and an operation
    /// on something that is gone since (a placement a teammate removed) is refused as IK_ECONFLICT, not as a
    /// missing id: the caller reads the canvas again and decides.
    @discardableResult
    public mutating func apply(_ operations: [CanvasOperation], baseRevision: String? = nil) throws -> [CanvasOperation]
    {
        try apply(operations, baseRevision: baseRevision, parts: .given)
    }

    /// `apply` for operations read from JSON (`parts: .read`, the C ABI's): their parts passed the reader, and
    /// EditedPart's second look would cost more than the operation (+40 % instructions a place).
    package mutating func apply(
        _ operations: [CanvasOperation], baseRevision: String?, parts: EditedPart.Origin
    ) throws -> [CanvasOperation] {
        try Revision.checkBase(baseRevision)
        // Whether the canvas moved on is asked only when an operation's target is missing: computing the revision
        // hashes the whole document, and an operation that goes through does not need it (O(1), not O(n)).
        // (On a refusal the canvas is as it was, so `revision` is the one the operations met.)
        func conflict(_ error: ImpactKitError, current: () -> String) -> ImpactKitError {
            Revision.conflict(error, base: baseRevision, what: "canvas", isTarget: { $0 == "id" }, current: current)
        }
        // One operation (a member laying one card, the usual request) is applied in place: each operation checks
        // everything before it changes anything, so a refusal leaves the canvas as it was without a copy — O(1)
        // at any size. A batch works on a copy (O(n)) and replaces the canvas only when all of it went through.
        if operations.count == 1 {
            do {
                var undo: [CanvasOperation] = []
                try at(0) { try perform(operations[0], undo: &undo, parts: parts) }
                return undo.reversed()
            } catch let error as ImpactKitError {
                let now = revision
                throw conflict(error) { now }
            }
        }
        var working = self
        var undo: [CanvasOperation] = []
        for (index, operation) in operations.enumerated() {
            do {
                try at(index) { try working.perform(operation, undo: &undo, parts: parts) }
            } catch let error as ImpactKitError {
                let now = revision
                throw conflict(error) { now }
            }
        }
        self = working
        return undo.reversed()
    }

    /// Performs one operation and appends what undoes it to `undo` (in reverse: the batch's undo is `undo`
    /// reversed). Nearly every operation has one inverse; selecting domains has two, because it may switch the
    /// variant too.
    mutating func perform(
        _ operation: CanvasOperation, undo: inout [CanvasOperation], parts: EditedPart.Origin = .given
    ) throws {
        undo.append(try performOne(operation, undo: &undo, parts: parts))
    }

    private mutating func performOne(
        _ operation: CanvasOperation, undo: inout [CanvasOperation], parts: EditedPart.Origin
    ) throws -> CanvasOperation {
        switch operation {
        case .place(let placement):
            // Laid whole, effect and interaction included, by the one checked way in: all of it or nothing.
            var placed = placement
            placed.id =
                placement.id.isEmpty ? nextPlacementID() : try at("id") { try Identifier.validate(placement.id) }
            if parts == .given {
                try EditedPart.check(placed.jsonValue, depth: 3) { _ = try Canvas.decodePlacement($0) }
            }
            try add(placed)
            return .unplace(id: placed.id)
        case .unplace(let id):
            return .place(try existing(id) { try unplace(id) })
        case .move(let id, let domain, let field):
            let old = try existing(id) { try existingPlacement(id) }
            try move(id, domain: domain ?? old.domain, field: field ?? old.field)
            return .move(id: id, domain: old.domain, field: old.field)
        case .note(let id, let note):
            let position = try existing(id) { try existingPosition(id) }
            var placement = store[position: position]
            let old = placement.note
            if let note { _ = try at("note") { try JSONValue.string(note).nonEmptyString() } }
            placement.note = note
            store.replace(at: position, with: placement)
            return .note(id: id, note: old)
        case .effect(let id, let effect):
            let old = try existing(id) { try existingPlacement(id) }.effect
            try at("effect") { try setEffect(effect, of: id, parts: parts) }
            return .effect(id: id, effect: old)
        case .interaction(let id, let interaction):
            let old = try existing(id) { try existingPlacement(id) }.interaction
            try at("interaction") { try setInteraction(interaction, of: id, parts: parts) }
            return .interaction(id: id, interaction: old)
        case .chain(var chain):
            // Whole, members of its own ("extra") included, by the one checked way in.
            if chain.id == CanvasOperation.pendingID { chain.id = nextChainID() }
            try addChain(chain, parts: parts)
            return .unchain(id: chain.id)
        case .unchain(let id):
            return .chain(try existing(id) { try removeChain(id) })
        case .answer(let answer):
            if parts == .given { try EditedPart.check(answer.sinkTree, depth: 3) { _ = try Canvas.decodeAnswer($0) } }
            let previous = reflections.first { $0.question == answer.question && $0.by == answer.by }
            try self.answer(answer.question, answer.answer, by: answer.by, at: answer.at)
            if !answer.unknown.isEmpty,
                let index = reflections.firstIndex(where: { $0.question == answer.question && $0.by == answer.by })
            {
                reflections[index].unknown = answer.unknown
            }
            return previous.map { .answer($0) } ?? .withdraw(question: answer.question, by: answer.by)
        case .withdraw(let question, let by):
            guard let previous = reflections.first(where: { $0.question == question && $0.by == by }) else {
                throw ImpactKitError(
                    .notFound, "no answer to \"\(question.prefix(40))\" to withdraw", path: "/question")
            }
            try unanswer(question, by: by)
            return .answer(previous)
        case .addCard(let card):
            try addCard(card, parts: parts)
            return .removeCard(id: card.id)
        case .removeCard(let id):
            return .addCard(try existing(id) { try removeCard(id) })
        case .use(let variant, let purpose):
            let old = (self.variant, self.purpose)
            try use(variant, purpose: purpose)
            return .use(variant: old.0, purpose: old.1)
        case .selectDomains(let ids):
            let old = (domains: selectedDomains, variant: variant, purpose: purpose)
            try at("domains") { try selectDomains(ids) }
            // Undone as the domains first, then the variant they may have switched (reversed below).
            if variant != old.variant { undo.append(.use(variant: old.variant, purpose: old.purpose)) }
            return .selectDomains(old.domains)
        case .team(let members):
            let old = team
            try at("team") { try replaceTeam(members, parts: parts) }
            return .team(old)
        }
    }

    /// `body`, with a missing id reported at the operation's "/id".
    private func existing<T>(_ id: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as ImpactKitError where error.code == .notFound && error.path.isEmpty {
            var named = error
            named.path = "/id"
            throw named
        }
    }

    private func existingPlacement(_ id: String) throws -> Placement {
        store[position: try existingPosition(id)]
    }

    /// Removes an own card no placement uses.
    @discardableResult
    public mutating func removeCard(_ id: String) throws -> CustomCard {
        guard let position = index.customCards[id] else {
            throw ImpactKitError(.notFound, "no own card \"\(id.prefix(40))\" on this canvas")
        }
        if let user = placements.first(where: { $0.card == id }) {
            throw ImpactKitError(
                .invalidArgument, "own card \"\(id)\" lies on the canvas as \"\(user.id)\"; take it off first")
        }
        let removed = customCards.remove(at: position)
        index.customCards = Dictionary(uniqueKeysWithValues: customCards.enumerated().map { ($1.id, $0) })
        return removed
    }

    /// Replaces the team list: member ids unique, and every id a placement or chain names still in it (when the
    /// new team has ids at all).
    public mutating func replaceTeam(_ members: [TeamMember]) throws {
        try replaceTeam(members, parts: .given)
    }

    mutating func replaceTeam(_ members: [TeamMember], parts: EditedPart.Origin) throws {
        for (index, member) in members.enumerated() where parts == .given {
            try at(index) { try EditedPart.check(member.sinkTree, depth: 3) { _ = try Canvas.decodeMember($0) } }
        }
        try requireDistinct(members.filter { $0.id != nil }, list: "team", what: "team member") { $0.id ?? "" }
        let ids = Set(members.compactMap(\.id))
        if !ids.isEmpty {
            let named = placements.compactMap(\.by) + chains.compactMap(\.by)
            if let missing = named.first(where: { !ids.contains($0) }) {
                throw ImpactKitError(
                    .invalidArgument, "team member \"\(missing)\" made part of the canvas; keep them in the team")
            }
        }
        team = members
    }
}
