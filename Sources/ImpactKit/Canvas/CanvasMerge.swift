/// Three-way merge of two copies of one canvas: what each side changed since their common base is kept;
/// where both changed the same thing differently, one version is kept by a rule that does not depend on which side
/// is "ours" — the later `at` where both have one, else the version whose JSON sorts last — and the other is
/// reported, never silently lost. So `merge(base, a, b)` and `merge(base, b, a)` give the same canvas.
public struct CanvasMerge: Sendable {
    public struct Conflict: Equatable, Sendable {
        public enum Kind: String, Sendable {
            /// Both sides changed a placement (its field, domain, note, effect …) differently.
            case placementEditedTwice = "placement-edited-twice"
            /// One side changed a placement the other removed: the changed one is kept.
            case editedAndRemoved = "edited-and-removed"
            /// Both sides laid the same card in the same field of a domain (two placements are kept).
            case samePlacedTwice = "same-card-placed-twice"
            case chainEditedTwice = "chain-edited-twice"
            /// A chain links a placement that is gone after the merge: the chain is dropped.
            case chainLostPlacement = "chain-lost-placement"
            /// Both sides answered one question (for one member, or as the group) differently.
            case answeredTwice = "answered-twice"
            case cardEditedTwice = "card-edited-twice"
            /// Title, moment, variant, purpose, selected domains, team or an unknown member changed on both sides.
            case fieldEditedTwice = "field-edited-twice"
            /// A placement whose domain is no longer in use after the merge: it is kept and the domain with it.
            case domainKeptForPlacement = "domain-kept-for-placement"
            /// A journey's evidence link to a card that is gone after the merge: the link is dropped.
            case evidenceLostPlacement = "evidence-lost-placement"
        }
        public var kind: Kind
        /// The placement, chain or card id, the question (and member), or the member name.
        public var subject: String
        /// The version kept and the one not kept, as JSON (null where there is none).
        public var kept: JSONValue
        public var dropped: JSONValue
    }

    public var canvas: Canvas
    public var conflicts: [Conflict]

    public static let reportSchemaID = "impactkit/merge-report/1"

    /// Merges `ours` and `theirs`, both edited from `base`. The three must be the same canvas (same id).
    public init(base: Canvas, ours: Canvas, theirs: Canvas) throws {
        guard base.id == ours.id, base.id == theirs.id else {
            throw ImpactKitError(
                .invalidArgument,
                "a merge takes three versions of one canvas; the ids are \"\(base.id)\", \"\(ours.id)\" and \"\(theirs.id)\""
            )
        }
        var conflicts: [Conflict] = []
        let b = Self.members(base), o = Self.members(ours), t = Self.members(theirs)
        var merged = JSONObject()
        // Top-level members other than the lists merged item by item: three-way, one by one.
        let lists: Set<String> = ["placements", "chains", "reflections", "cards"]
        for key in Self.keys(b, o, t) where !lists.contains(key) {
            if let value = Self.threeWay(
                b[key], o[key], t[key], subject: key, kind: .fieldEditedTwice, into: &conflicts)
            {
                merged.append(key, value)
            }
        }
        merged.append(
            "cards",
            .array(
                Self.mergeByKey(
                    Self.items(b["cards"]), Self.items(o["cards"]), Self.items(t["cards"]),
                    key: { Self.string($0, "id") },
                    kinds: (.cardEditedTwice, .editedAndRemoved, nil), into: &conflicts)))
        let placements = Self.mergeByKey(
            Self.items(b["placements"]), Self.items(o["placements"]), Self.items(t["placements"]),
            key: { Self.string($0, "id") },
            kinds: (.placementEditedTwice, .editedAndRemoved, .samePlacedTwice), into: &conflicts)
        // A placement kept in a domain one side stopped using keeps its domain in use (a card is never lost).
        if case .array(let selected)? = merged["domains"] {
            var inUse = selected
            for placement in placements {
                let domain = JSONValue.string(Self.string(placement, "domain"))
                if !inUse.contains(domain) {
                    inUse.append(domain)
                    conflicts.append(
                        Conflict(
                            kind: .domainKeptForPlacement, subject: Self.string(placement, "domain"),
                            kept: placement, dropped: .null))
                }
            }
            merged = JSONObject(
                merged.members.map { $0.key == "domains" ? .init(key: "domains", value: .array(inUse)) : $0 })
        }
        merged.append("placements", .array(placements))
        let ids = Set(placements.map { Self.string($0, "id") })
        var chains = Self.mergeByKey(
            Self.items(b["chains"]), Self.items(o["chains"]), Self.items(t["chains"]), key: { Self.string($0, "id") },
            kinds: (.chainEditedTwice, .editedAndRemoved, nil), into: &conflicts)
        chains.removeAll { chain in
            let linked =
                [Self.string(chain, "activity")] + Self.strings(chain, "places") + Self.strings(chain, "results")
            guard linked.allSatisfy(ids.contains) else {
                conflicts.append(
                    Conflict(kind: .chainLostPlacement, subject: Self.string(chain, "id"), kept: .null, dropped: chain))
                return true
            }
            return false
        }
        merged.append("chains", .array(chains))
        merged.append(
            "reflections",
            .array(
                Self.mergeByKey(
                    Self.items(b["reflections"]), Self.items(o["reflections"]), Self.items(t["reflections"]),
                    key: { Self.string($0, "question") + "\u{1F}" + Self.string($0, "by") },
                    kinds: (.answeredTwice, .editedAndRemoved, nil), into: &conflicts)))
        // Read back through the one decoder: the merged canvas obeys every rule a canvas read from a file does.
        canvas = try Canvas(jsonValue: .object(merged))
        self.conflicts = conflicts
    }

    // MARK: Report

    package func reportValue(language: Language) -> JSONValue {
        Self.report(of: "canvas", canvas.id, revision: canvas.revision, conflicts, language: language)
    }

    package func reportText(language: Language) -> String { Self.text(conflicts, language: language) }

    /// The merge report of a canvas or a journey ("impactkit/merge-report/1"): what was merged, its revision, each
    /// conflict with the version kept and the one not kept, and the text.
    static func report(
        of kind: String, _ id: String, revision: String, _ conflicts: [Conflict], language: Language
    ) -> JSONValue {
        var object = JSONObject()
        object.append("schema", .string(reportSchemaID))
        object.append(kind, .string(id))
        object.append("revision", .string(revision))
        object.append(
            "conflicts",
            .array(
                conflicts.map { conflict in
                    var item = JSONObject()
                    item.append("kind", .string(conflict.kind.rawValue))
                    item.append("subject", .string(conflict.subject))
                    item.append("kept", conflict.kept)
                    item.append("dropped", conflict.dropped)
                    return .object(item)
                }))
        object.append("text", .string(text(conflicts, language: language)))
        return .object(object)
    }

    static func text(_ conflicts: [Conflict], language: Language) -> String {
        let words = MergeWords.of(language)
        guard !conflicts.isEmpty else { return words.clean + "\n" }
        return ([words.heading(conflicts.count)] + conflicts.map { "  • " + words.describe($0.kind, $0.subject) })
            .joined(separator: "\n") + "\n"
    }

    // MARK: The rules

    /// The version to keep of one value changed on both sides: the later `at` where both carry one, else the one
    /// whose JSON sorts last — the same whichever side is "ours".
    static func pick(_ one: JSONValue, _ other: JSONValue) -> (kept: JSONValue, dropped: JSONValue) {
        if case .string(let a)? = member(one, "at"), case .string(let b)? = member(other, "at"), a != b {
            return a > b ? (one, other) : (other, one)
        }
        return JSONWriter.string(one, pretty: false) >= JSONWriter.string(other, pretty: false)
            ? (one, other) : (other, one)
    }

    /// Three-way of one value (nil = absent): a change on one side wins; the same change on both is one; two
    /// different changes keep one by `pick` and report the other.
    static func threeWay(
        _ base: JSONValue?, _ ours: JSONValue?, _ theirs: JSONValue?, subject: String,
        kind: Conflict.Kind, into conflicts: inout [Conflict]
    ) -> JSONValue? {
        if ours == theirs { return ours }
        if ours == base { return theirs }
        if theirs == base { return ours }
        guard let ours, let theirs else {
            // Changed on one side, removed on the other: the change is kept.
            let kept = ours ?? theirs
            conflicts.append(Conflict(kind: .editedAndRemoved, subject: subject, kept: kept ?? .null, dropped: .null))
            return kept
        }
        let (kept, dropped) = pick(ours, theirs)
        conflicts.append(Conflict(kind: kind, subject: subject, kept: kept, dropped: dropped))
        return kept
    }

    /// Items of a list merged by key: those of the base in the base's order (where they survive), then the new
    /// ones of both sides ordered by key, so that the order, too, does not depend on which side is "ours".
    static func mergeByKey(
        _ base: [JSONValue], _ ours: [JSONValue], _ theirs: [JSONValue], key: (JSONValue) -> String,
        kinds: (edited: Conflict.Kind, removed: Conflict.Kind, twice: Conflict.Kind?), into conflicts: inout [Conflict]
    ) -> [JSONValue] {
        let o = Dictionary(ours.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let t = Dictionary(theirs.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let b = Dictionary(base.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        var result: [JSONValue] = []
        for item in base {
            let id = key(item)
            if let value = threeWay(item, o[id], t[id], subject: id, kind: kinds.edited, into: &conflicts) {
                result.append(value)
            }
        }
        let fresh = Set(o.keys).union(t.keys).subtracting(b.keys).sorted()
        for id in fresh {
            if let value = threeWay(nil, o[id], t[id], subject: id, kind: kinds.edited, into: &conflicts) {
                result.append(value)
            }
        }
        if let twice = kinds.twice {
            // The same card laid in the same slot on both sides under two ids: both are kept, and said.
            let newOurs = Set(o.keys).subtracting(b.keys), newTheirs = Set(t.keys).subtracting(b.keys)
            func slot(_ value: JSONValue) -> String? {
                guard case .string(let card)? = member(value, "card") else { return nil }
                return card + "|" + string(value, "domain") + "|" + string(value, "field")
            }
            var bySlot: [String: (ours: [String], theirs: [String])] = [:]
            for id in newOurs.subtracting(newTheirs) {
                if let place = o[id].flatMap(slot) { bySlot[place, default: ([], [])].ours.append(id) }
            }
            for id in newTheirs.subtracting(newOurs) {
                if let place = t[id].flatMap(slot) { bySlot[place, default: ([], [])].theirs.append(id) }
            }
            for place in bySlot.keys.sorted() {
                guard let entry = bySlot[place], let mine = entry.ours.min(), let other = entry.theirs.min(),
                    let a = o[mine], let b = t[other]
                else { continue }
                let (kept, dropped) = pick(a, b)
                conflicts.append(Conflict(kind: twice, subject: place, kept: kept, dropped: dropped))
            }
        }
        return result
    }

    // MARK: JSON helpers

    static func member(_ value: JSONValue, _ key: String) -> JSONValue? {
        if case .object(let object) = value { return object[key] }
        return nil
    }

    static func members(_ canvas: Canvas) -> JSONObject {
        guard case .object(let object) = canvas.jsonValue else { return JSONObject() }
        return object
    }

    /// The members of a three-way merge: the base's in its order, then those new on either side ordered by name,
    /// so that the order, too, does not depend on which side is "ours" (as `mergeByKey` orders new items).
    static func keys(_ base: JSONObject, _ ours: JSONObject, _ theirs: JSONObject) -> [String] {
        let known = base.members.map(\.key)
        let seen = Set(known)
        let fresh = Set(ours.members.map(\.key) + theirs.members.map(\.key)).subtracting(seen)
        return known + fresh.sorted()
    }

    static func items(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let items)? = value { return items }
        return []
    }

    static func string(_ value: JSONValue, _ key: String) -> String {
        if case .string(let text)? = member(value, key) { return text }
        return ""
    }

    static func strings(_ value: JSONValue, _ key: String) -> [String] {
        items(member(value, key)).compactMap { if case .string(let text) = $0 { return text } else { return nil } }
    }
}

extension CanvasMerge.Conflict.Kind {
    static let allNames: [Self] = [
        .placementEditedTwice, .editedAndRemoved, .samePlacedTwice, .chainEditedTwice,
        .chainLostPlacement, .answeredTwice, .cardEditedTwice, .fieldEditedTwice, .domainKeptForPlacement,
        .evidenceLostPlacement,
    ]
}
