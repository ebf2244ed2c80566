/// What a filled canvas shows: counts per domain and field, coverage, the palette, the strongest and weakest
/// domain, and the reflection questions of LIM §7.4 tied to what the canvas shows.
public struct CanvasEvaluation: Equatable, Sendable {
    public enum Coverage: String, Sendable {
        /// At least one card in each of the three fields.
        case covered
        /// Some cards, but at least one field empty.
        case partial
        /// No cards at all.
        case empty

        /// One word for tables and summaries.
        public var label: LocalizedText {
            switch self {
            case .covered: return LocalizedText(nl: "gedekt", en: "covered")
            case .partial: return LocalizedText(nl: "deels", en: "partial")
            case .empty: return LocalizedText(nl: "leeg", en: "empty")
            }
        }
    }

    public struct DomainFigures: Equatable, Sendable {
        public var domain: Domain
        public var activity: Int
        public var place: Int
        public var result: Int
        public var cards: Int { activity + place + result }
        public var missing: [Field] {
            Field.allCases.filter { count(in: $0) == 0 }
        }
        public var filledFields: Int { 3 - missing.count }
        public var coverage: Coverage {
            cards == 0 ? .empty : (missing.isEmpty ? .covered : .partial)
        }

        public func count(in field: Field) -> Int {
            switch field {
            case .activity: return activity
            case .place: return place
            case .result: return result
            }
        }
    }

    /// A domain that stands out, and the domains tied with it on the same figures.
    public struct Standout: Equatable, Sendable {
        public var domain: String
        public var cards: Int
        public var tiedWith: [String]
    }

    /// One reflection question with what the canvas shows about it.
    public struct Prompt: Equatable, Sendable {
        public var question: ReflectionQuestion
        /// Why this question matters for this canvas, in nl and en.
        public var basis: LocalizedText
        /// The domains the basis refers to.
        public var domains: [String]
    }

    public var domains: [DomainFigures]
    public var strongest: Standout?
    public var weakest: Standout?
    /// The §7.4 questions with what this canvas shows about each. Computed on use: figures are needed far more
    /// often (comparisons, cohorts) than these texts, and building them is most of an evaluation's cost.
    public var prompts: [Prompt] { reflectionPrompts() }

    public var totalCards: Int { domains.reduce(0) { $0 + $1.cards } }
    public func total(in field: Field) -> Int { domains.reduce(0) { $0 + $1.count(in: field) } }
    public func domains(_ coverage: Coverage) -> [String] {
        domains.filter { $0.coverage == coverage }.map(\.domain.id)
    }

    /// The share of all cards in a domain, rounded half up to four decimals (0 for an empty canvas).
    public func share(of figures: DomainFigures) -> Double {
        let total = totalCards
        guard total > 0 else { return 0 }
        return Double((figures.cards * 20_000 + total) / (2 * total)) / 10_000
    }

    /// The same share in whole percent, rounded once (half up) from the counts, for texts.
    public func percent(of figures: DomainFigures) -> Int { WholePercent.of(figures.cards, totalCards) }

    public init(_ canvas: Canvas) {
        var figures = canvas.domains.map { DomainFigures(domain: $0, activity: 0, place: 0, result: 0) }
        let slots = DomainSlots(canvas.domains.map(\.id))
        canvas.store.forEachSlot { domain, field in
            // Canvas keeps placements inside domains in use; the guard only protects against a future change.
            guard let index = slots.slot(of: domain) else { return }
            switch field {
            case .activity: figures[index].activity += 1
            case .place: figures[index].place += 1
            case .result: figures[index].result += 1
            }
        }
        domains = figures
        (strongest, weakest) = CanvasEvaluation.standouts(figures)
    }

    /// Strongest: most cards; weakest: fewest cards. Every domain with the same count is named (`tiedWith`, in
    /// template order after the first): a text that says "most cards lie in X" while Y has as many hides a tie.
    /// Neither exists when fewer than two domains are in use or all domains hold the same number of cards, because
    /// then nothing stands out.
    static func standouts(_ figures: [DomainFigures]) -> (Standout?, Standout?) {
        guard figures.count >= 2 else { return (nil, nil) }
        let counts = figures.map(\.cards)
        guard let high = counts.max(), let low = counts.min(), high != low else { return (nil, nil) }
        func standout(_ target: Int) -> Standout? {
            let tied = figures.filter { $0.cards == target }
            guard let first = tied.first else { return nil }
            return Standout(domain: first.domain.id, cards: first.cards, tiedWith: tied.dropFirst().map(\.domain.id))
        }
        return (standout(high), standout(low))
    }

    /// The standout's domain and every domain tied with it.
    static func domains(of standout: Standout) -> [String] { [standout.domain] + standout.tiedWith }

    private func figures(_ id: String) -> DomainFigures? {
        domains.first { $0.domain.id == id }
    }

    private func reflectionPrompts() -> [Prompt] {
        var prompts: [Prompt] = []
        let cardCount = totalCards
        let covered = domains(.covered)
        let empty = domains(.empty)
        func names(_ ids: [String], _ language: Language) -> String {
            ids.compactMap { figures($0)?.domain.name[language] }.joined(separator: ", ")
        }
        func fieldNames(_ fields: [Field], _ language: Language) -> String {
            fields.map { $0.label[language] }.joined(separator: ", ")
        }

        // What strikes you? — what is there and what is not.
        if cardCount == 0 {
            prompts.append(
                Prompt(
                    question: ReflectionQuestions.notice,
                    basis: LocalizedText(nl: "Het canvas is nog leeg.", en: "The canvas is still empty."),
                    domains: []))
        } else {
            var nl =
                domains.count == 1
                ? "\(covered.count) van het ene domein is gedekt (alle drie velden gevuld)."
                : "\(covered.count) van de \(domains.count) domeinen \(covered.count == 1 ? "is" : "zijn") gedekt (alle drie velden gevuld)."
            var en =
                "\(covered.count) of \(counted(domains.count, "domain", "domains")) \(covered.count == 1 ? "is" : "are") covered (all three fields filled)."
            if !empty.isEmpty {
                nl += " Nog leeg: \(names(empty, .nl))."
                en += " Still empty: \(names(empty, .en))."
            }
            if total(in: .result) == 0 {
                nl += " Er ligt nog geen enkele opbrengst."
                en += " No result has been laid yet."
            }
            prompts.append(
                Prompt(question: ReflectionQuestions.notice, basis: LocalizedText(nl: nl, en: en), domains: empty))
        }

        // What do you think of your impact? — the balance of doing, places and yields.
        if cardCount > 0 {
            let a = total(in: .activity), p = total(in: .place), r = total(in: .result)
            func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
            var nl =
                count(cardCount, "kaart", "kaarten") + ": " + count(a, "activiteit", "activiteiten") + ", "
                + count(p, "plaats", "plaatsen") + ", " + count(r, "opbrengst", "opbrengsten") + "."
            var en =
                count(cardCount, "card", "cards") + ": " + count(a, "activity", "activities") + ", "
                + count(p, "place", "places") + ", " + count(r, "result", "results") + "."
            if r < a {
                nl += " Er liggen minder opbrengsten dan activiteiten."
                en += " There are fewer results than activities."
            }
            prompts.append(
                Prompt(question: ReflectionQuestions.judge, basis: LocalizedText(nl: nl, en: en), domains: []))
        }

        // Where do you make the most impact? — the strongest domain.
        if let strongest, let top = figures(strongest.domain) {
            let percent = percent(of: top)
            prompts.append(
                Prompt(
                    question: ReflectionQuestions.most,
                    basis: LocalizedText(
                        nl:
                            "De meeste kaarten liggen bij \(top.domain.name.nl) (\(top.cards), \(percent)% van alle kaarten)"
                            + (strongest.tiedWith.isEmpty
                                ? "." : ", evenveel als bij \(names(strongest.tiedWith, .nl))."),
                        en: "Most cards lie in \(top.domain.name.en) (\(top.cards), \(percent)% of all cards)"
                            + (strongest.tiedWith.isEmpty ? "." : ", as many as in \(names(strongest.tiedWith, .en)).")),
                    domains: [strongest.domain] + strongest.tiedWith))
        }

        // Where can you still gain? — the weakest domain and every field still open.
        let open = domains.filter { $0.coverage != .covered }
        if weakest != nil || !open.isEmpty {
            var nl: [String] = []
            var en: [String] = []
            var ids: [String] = []
            if let weakest, let low = figures(weakest.domain) {
                let alsoNL = weakest.tiedWith.isEmpty ? "" : ", net als bij \(names(weakest.tiedWith, .nl))"
                let alsoEN = weakest.tiedWith.isEmpty ? "" : ", as in \(names(weakest.tiedWith, .en))"
                nl.append("De minste kaarten liggen bij \(low.domain.name.nl) (\(low.cards))\(alsoNL).")
                en.append("Fewest cards lie in \(low.domain.name.en) (\(low.cards))\(alsoEN).")
                ids.append(weakest.domain)
                ids.append(contentsOf: weakest.tiedWith)
            }
            for item in open where !item.missing.isEmpty && item.coverage == .partial {
                nl.append("Bij \(item.domain.name.nl) ontbreekt nog: \(fieldNames(item.missing, .nl)).")
                en.append("\(item.domain.name.en) still lacks: \(fieldNames(item.missing, .en)).")
                if !ids.contains(item.domain.id) { ids.append(item.domain.id) }
            }
            for item in open where item.coverage == .empty && !ids.contains(item.domain.id) {
                ids.append(item.domain.id)
            }
            if nl.isEmpty {
                nl.append("Nog leeg: \(names(ids, .nl)).")
                en.append("Still empty: \(names(ids, .en)).")
            }
            prompts.append(
                Prompt(
                    question: ReflectionQuestions.gain,
                    basis: LocalizedText(nl: nl.joined(separator: " "), en: en.joined(separator: " ")),
                    domains: ids))
        }
        return prompts
    }
}

extension Canvas {
    public func evaluate() -> CanvasEvaluation {
        CanvasEvaluation(self)
    }
}
