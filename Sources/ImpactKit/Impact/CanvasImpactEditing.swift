/// Recording effects, interactions and impact chains on a canvas. Like every canvas change: checked first, and
/// nothing changes when it throws.
extension Canvas {
    /// Sets (or, with nil, clears) the effect of a result placement.
    public mutating func setEffect(_ effect: Effect?, of placementID: String) throws {
        try setEffect(effect, of: placementID, parts: .given)
    }

    /// `parts: .read` for an effect the reader made from JSON (the C ABI's): see `EditedPart.Origin`.
    package mutating func setEffect(_ effect: Effect?, of placementID: String, parts: EditedPart.Origin) throws {
        let position = try existingPosition(placementID)
        var placement = store[position: position]
        if let effect, parts == .given { try EditedPart.check(effect.jsonValue, depth: 4) { _ = try Effect(node: $0) } }
        try Canvas.check(effect, on: placement)
        try checkAuthorship(by: effect?.by, at: effect?.at)
        placement.effect = effect
        store.replace(at: position, with: placement)
    }

    /// Sets (or, with nil, clears) the interaction of an activity placement.
    public mutating func setInteraction(_ interaction: Interaction?, of placementID: String) throws {
        try setInteraction(interaction, of: placementID, parts: .given)
    }

    package mutating func setInteraction(
        _ interaction: Interaction?, of placementID: String, parts: EditedPart.Origin
    ) throws {
        let position = try existingPosition(placementID)
        var placement = store[position: position]
        if let interaction, parts == .given {
            try EditedPart.check(interaction.jsonValue, depth: 4) { _ = try Interaction(node: $0) }
        }
        try Canvas.check(interaction, on: placement)
        try checkAuthorship(by: interaction?.by, at: interaction?.at)
        placement.interaction = interaction
        store.replace(at: position, with: placement)
    }

    /// The rules for an effect, shared by `setEffect` and decoding: only a result has one.
    static func check(_ effect: Effect?, on placement: Placement) throws {
        guard effect == nil || placement.field == .result else {
            throw ImpactKitError(
                .invalidArgument,
                "an effect describes a result; placement \"\(placement.id)\" lies in the \(placement.field.rawValue) field"
            )
        }
    }

    /// The rules for an interaction, shared by `setInteraction` and decoding: only an activity has one, and it
    /// must be consistent in itself.
    static func check(_ interaction: Interaction?, on placement: Placement) throws {
        guard let interaction else { return }
        guard placement.field == .activity else {
            throw ImpactKitError(
                .invalidArgument,
                "an interaction describes an activity; placement \"\(placement.id)\" lies in the \(placement.field.rawValue) field"
            )
        }
        try interaction.check()
    }

    /// Adds an impact chain as given (its id must be free).
    public mutating func addChain(_ chain: ImpactChain) throws {
        try addChain(chain, parts: .given)
    }

    package mutating func addChain(_ chain: ImpactChain, parts: EditedPart.Origin) throws {
        if parts == .given { try EditedPart.check(chain.jsonValue, depth: 3) { _ = try ImpactChain(node: $0) } }
        try add(chain)
    }

    /// Adds an impact chain; without an id it gets the next free "c<n>". Returns the chain as stored.
    @discardableResult
    public mutating func addChain(
        activity: String, places: [String] = [], results: [String] = [], note: String? = nil,
        id: String? = nil, by author: String? = nil, at time: String? = nil
    ) throws -> ImpactChain {
        let chain = ImpactChain(
            id: try id.map(Identifier.validate) ?? nextChainID(), activity: activity, places: places,
            results: results, note: note, by: author, at: time)
        try addChain(chain)
        return chain
    }

    @discardableResult
    public mutating func removeChain(_ id: String) throws -> ImpactChain {
        guard let index = chains.firstIndex(where: { $0.id == id }) else {
            throw ImpactKitError(.notFound, "no impact chain \"\(id.prefix(40))\" on this canvas")
        }
        let removed = chains.remove(at: index)
        self.index.chainIDs.remove(removed.id)
        for id in removed.placementIDs {
            if let uses = self.index.chainUses[id], uses > 1 {
                self.index.chainUses[id] = uses - 1
            } else {
                self.index.chainUses[id] = nil
            }
        }
        return removed
    }

    /// The one way a chain enters a canvas (editing and decoding).
    mutating func add(_ chain: ImpactChain) throws {
        try check(chain)
        chains.append(chain)
        index.chainIDs.insert(chain.id)
        for id in chain.placementIDs { index.chainUses[id, default: 0] += 1 }
    }

    func check(_ chain: ImpactChain) throws {
        _ = try at("id") { try Identifier.validate(chain.id) }
        if index.chainIDs.contains(chain.id) {
            throw ImpactKitError(.exists, "impact chain id \"\(chain.id)\" is already used", path: "/id")
        }
        guard !chain.places.isEmpty || !chain.results.isEmpty else {
            throw ImpactKitError(.invalidArgument, "an impact chain links its activity to at least one place or result")
        }
        try at("activity") { try requirePlacement(chain.activity, in: .activity) }
        for (name, ids, field) in [("places", chain.places, Field.place), ("results", chain.results, Field.result)] {
            var seen = Set<String>()
            try at(name) {
                for (index, id) in ids.enumerated() {
                    try at(index) {
                        try requirePlacement(id, in: field)
                        guard seen.insert(id).inserted else {
                            throw ImpactKitError(.exists, "placement \"\(id)\" is listed twice")
                        }
                    }
                }
            }
        }
        if let note = chain.note { _ = try at("note") { try JSONValue.string(note).nonEmptyString() } }
        try checkAuthorship(by: chain.by, at: chain.at)
    }

    private func requirePlacement(_ id: String, in field: Field) throws {
        guard let actual = store[id]?.field else {
            throw ImpactKitError(.notFound, "no placement \"\(id.prefix(40))\" on this canvas")
        }
        guard actual == field else {
            throw ImpactKitError(
                .invalidArgument, "placement \"\(id)\" lies in the \(actual.rawValue) field, not in \(field.rawValue)")
        }
    }

    /// An impact chain that links this placement, if any (O(1) when none does).
    func chain(holding placementID: String) -> ImpactChain? {
        guard !index.chainUses.isEmpty, index.chainUses[placementID] != nil else { return nil }
        return chains.first { $0.uses(placementID) }
    }

    /// Where placement `id` lies in the store, or the error every edit by id gives.
    func existingPosition(_ id: String) throws -> Int {
        guard let position = store.position(of: id) else {
            throw ImpactKitError(.notFound, "no placement \"\(id.prefix(40))\" on this canvas")
        }
        return position
    }

    /// "c" and one more than the highest "c<n>" in use.
    /// A new chain id no copy of this canvas gives another chain ("c-" and 12 random hex digits).
    public func nextChainID() -> String {
        while true {
            let id = RandomID.make(prefix: "c-")
            if !index.chainIDs.contains(id) { return id }
        }
    }
}

extension ImpactChain {
    func uses(_ placementID: String) -> Bool {
        activity == placementID || places.contains(placementID) || results.contains(placementID)
    }

    /// Every placement the chain links (each once: a chain lists a placement at most once).
    var placementIDs: [String] { [activity] + places + results }
}
