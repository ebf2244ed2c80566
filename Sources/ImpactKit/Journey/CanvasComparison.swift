/// What changed between two moments of a group's canvas (LIM §6–§7.4: "see whether and where they made steps"):
/// cards added, removed and moved per domain and field, domains newly covered or no longer covered, the change
/// in the palette, and what could not be compared.
///
/// Cards are matched by card id, free texts (variant without cards) by their exact text; a card and a text are
/// never taken for each other. Only domains in use at both moments are compared; the others are listed with the
/// reason, never guessed.
public struct CanvasComparison: Equatable, Sendable {
    /// What lies in a field: a card, or a free text.
    public struct Item: Hashable, Sendable {
        public var card: String?
        public var text: String?

        init(_ placement: Placement) {
            card = placement.card
            text = placement.card == nil ? placement.text : nil
        }
    }

    /// A domain and field.
    public struct Slot: Hashable, Sendable {
        public var domain: String
        public var field: Field
    }

    public struct Move: Equatable, Sendable {
        public var item: Item
        public var from: Slot
        public var to: Slot
    }

    public struct FieldChange: Equatable, Sendable {
        public var field: Field
        public var added: [Item] = []
        public var removed: [Item] = []
        /// Moves that arrive in this field, with where they came from.
        public var movedIn: [Move] = []
        /// Moves that leave this field, with where they went.
        public var movedOut: [Move] = []

        public var isEmpty: Bool { added.isEmpty && removed.isEmpty && movedIn.isEmpty && movedOut.isEmpty }
    }

    public struct DomainChange: Equatable, Sendable {
        public var domain: Domain
        public var cardsBefore: Int
        public var cardsAfter: Int
        public var coverageBefore: CanvasEvaluation.Coverage
        public var coverageAfter: CanvasEvaluation.Coverage
        /// Share of the compared cards, in ten-thousandths (half up), before and after.
        public var shareBefore: Int
        public var shareAfter: Int
        public var fields: [FieldChange]

        public var shareChange: Int { shareAfter - shareBefore }
    }

    /// Something that could not be compared, or is compared with a caveat.
    public struct Caveat: Equatable, Sendable {
        public enum Code: String, Sendable {
            case templateDiffers = "template-differs"
            case variantDiffers = "variant-differs"
            case domainNotInUse = "domain-not-in-use"
            case domainNotInTemplate = "domain-not-in-template"
        }
        public var code: Code
        public var domains: [String]
        public var text: LocalizedText
    }

    public var before: Canvas.Summary
    public var after: Canvas.Summary
    public var domains: [DomainChange]
    public var caveats: [Caveat]
    /// The impact figures (LIM §3) at both moments, so reports can show how they moved.
    public var impactBefore: ImpactFigures
    public var impactAfter: ImpactFigures
    /// The card texts of the compared cards (the later canvas's deck first), for reports.
    var cardTexts: [String: LocalizedText] = [:]

    /// The text to show for an item: its card's text, or the free text.
    public func text(of item: Item) -> LocalizedText {
        if let card = item.card { return cardTexts[card] ?? LocalizedText(nl: card, en: card) }
        let text = item.text ?? ""
        return LocalizedText(nl: text, en: text)
    }

    public var added: Int { domains.reduce(0) { $0 + $1.fields.reduce(0) { $0 + $1.added.count } } }
    public var removed: Int { domains.reduce(0) { $0 + $1.fields.reduce(0) { $0 + $1.removed.count } } }
    public var moved: Int { domains.reduce(0) { $0 + $1.fields.reduce(0) { $0 + $1.movedIn.count } } }
    public var newlyCovered: [String] {
        domains.filter { $0.coverageAfter == .covered && $0.coverageBefore != .covered }.map(\.domain.id)
    }
    public var lostCoverage: [String] {
        domains.filter { $0.coverageBefore == .covered && $0.coverageAfter != .covered }.map(\.domain.id)
    }
    public var cardsBefore: Int { domains.reduce(0) { $0 + $1.cardsBefore } }
    public var cardsAfter: Int { domains.reduce(0) { $0 + $1.cardsAfter } }

    public init(from old: Canvas, to new: Canvas) {
        self.init(from: old, old.evaluate(), to: new, new.evaluate())
    }

    /// As `init(from:to:)`, with evaluations the caller already has (a cohort evaluates each moment once).
    init(from old: Canvas, _ oldEvaluation: CanvasEvaluation, to new: Canvas, _ newEvaluation: CanvasEvaluation) {
        before = old.summary
        after = new.summary
        impactBefore = old.impact
        impactAfter = new.impact
        let oldDomains = Set(old.domains.map(\.id))
        let newDomains = Set(new.domains.map(\.id))
        let compared = new.domains.filter { oldDomains.contains($0.id) }
        let comparedIDs = Set(compared.map(\.id))
        caveats = CanvasComparison.caveats(old, new, oldDomains: oldDomains, newDomains: newDomains)

        // Where each item lies, before and after, in document order; duplicates (the same free text twice in a
        // field) are kept as multiset entries.
        var order: [Item] = []
        var slotsBefore: [Item: [Slot]] = [:]
        var slotsAfter: [Item: [Slot]] = [:]
        for placement in old.placements where comparedIDs.contains(placement.domain) {
            let item = Item(placement)
            if slotsBefore[item] == nil && slotsAfter[item] == nil { order.append(item) }
            slotsBefore[item, default: []].append(Slot(domain: placement.domain, field: placement.field))
        }
        for placement in new.placements where comparedIDs.contains(placement.domain) {
            let item = Item(placement)
            if slotsBefore[item] == nil && slotsAfter[item] == nil { order.append(item) }
            slotsAfter[item, default: []].append(Slot(domain: placement.domain, field: placement.field))
        }

        var changes: [Slot: FieldChange] = [:]
        for item in order {
            var gone = slotsBefore[item] ?? []
            var arrived = slotsAfter[item] ?? []
            // Multiset difference: a slot present at both moments did not change.
            for slot in arrived {
                if let index = gone.firstIndex(of: slot) {
                    gone.remove(at: index)
                    arrived.remove(at: arrived.firstIndex(of: slot) ?? arrived.startIndex)
                }
            }
            let moves = min(gone.count, arrived.count)
            for index in 0..<moves {
                let move = Move(item: item, from: gone[index], to: arrived[index])
                changes[move.from, default: FieldChange(field: move.from.field)].movedOut.append(move)
                changes[move.to, default: FieldChange(field: move.to.field)].movedIn.append(move)
            }
            for slot in gone.dropFirst(moves) {
                changes[slot, default: FieldChange(field: slot.field)].removed.append(item)
            }
            for slot in arrived.dropFirst(moves) {
                changes[slot, default: FieldChange(field: slot.field)].added.append(item)
            }
            // Texts only for cards that changed: reports show those, and unchanged cards are most of a canvas.
            if let card = item.card, !(gone.isEmpty && arrived.isEmpty), cardTexts[card] == nil,
                let text = (new.card(card) ?? old.card(card))?.text
            {
                cardTexts[card] = text
            }
        }

        let oldFigures = Dictionary(oldEvaluation.domains.map { ($0.domain.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newFigures = Dictionary(newEvaluation.domains.map { ($0.domain.id, $0) }, uniquingKeysWith: { a, _ in a })
        let totalBefore = compared.reduce(0) { $0 + (oldFigures[$1.id]?.cards ?? 0) }
        let totalAfter = compared.reduce(0) { $0 + (newFigures[$1.id]?.cards ?? 0) }
        func share(_ cards: Int, _ total: Int) -> Int { total == 0 ? 0 : (cards * 20_000 + total) / (2 * total) }
        domains = compared.map { domain in
            let before = oldFigures[domain.id]
            let after = newFigures[domain.id]
            return DomainChange(
                domain: domain,
                cardsBefore: before?.cards ?? 0, cardsAfter: after?.cards ?? 0,
                coverageBefore: before?.coverage ?? .empty, coverageAfter: after?.coverage ?? .empty,
                shareBefore: share(before?.cards ?? 0, totalBefore), shareAfter: share(after?.cards ?? 0, totalAfter),
                fields: Field.allCases.map { changes[Slot(domain: domain.id, field: $0)] ?? FieldChange(field: $0) })
        }
    }

    private static func caveats(
        _ old: Canvas, _ new: Canvas, oldDomains: Set<String>, newDomains: Set<String>
    )
        -> [Caveat]
    {
        var caveats: [Caveat] = []
        let a = old.summary.label, b = new.summary.label
        if old.template.id != new.template.id {
            caveats.append(
                Caveat(
                    code: .templateDiffers, domains: [],
                    text: LocalizedText(
                        nl:
                            "De sjablonen verschillen (\(old.template.id) en \(new.template.id)); domeinen zijn op id gekoppeld.",
                        en:
                            "The templates differ (\(old.template.id) and \(new.template.id)); domains are matched by id."
                    )))
        }
        if old.variant != new.variant {
            caveats.append(
                Caveat(
                    code: .variantDiffers, domains: [],
                    text: LocalizedText(
                        nl:
                            "De varianten verschillen (\(old.variant.rawValue) en \(new.variant.rawValue)); kaarten en vrije teksten worden niet aan elkaar gekoppeld, een kaart die een tekst vervangt telt als weg en erbij.",
                        en:
                            "The variants differ (\(old.variant.rawValue) and \(new.variant.rawValue)); cards and free texts are not matched to each other, so a card replacing a text counts as removed and added."
                    )))
        }
        func missing(_ domains: [Domain], absentFrom canvas: Canvas, present: Set<String>, label: String) {
            let gone = domains.filter { !present.contains($0.id) }
            let notInTemplate = gone.filter { canvas.template.domain($0.id) == nil }.map(\.id)
            let notInUse = gone.filter { canvas.template.domain($0.id) != nil }.map(\.id)
            if !notInUse.isEmpty {
                caveats.append(
                    Caveat(
                        code: .domainNotInUse, domains: notInUse,
                        text: LocalizedText(
                            nl: "Niet vergeleken: \(notInUse.joined(separator: ", ")) (niet in gebruik bij \(label)).",
                            en: "Not compared: \(notInUse.joined(separator: ", ")) (not in use at \(label)).")))
            }
            if !notInTemplate.isEmpty {
                caveats.append(
                    Caveat(
                        code: .domainNotInTemplate, domains: notInTemplate,
                        text: LocalizedText(
                            nl:
                                "Niet vergeleken: \(notInTemplate.joined(separator: ", ")) (niet in het sjabloon van \(label)).",
                            en:
                                "Not compared: \(notInTemplate.joined(separator: ", ")) (not in the template of \(label))."
                        )))
            }
        }
        missing(old.domains, absentFrom: new, present: newDomains, label: b)
        missing(new.domains, absentFrom: old, present: oldDomains, label: a)
        return caveats
    }
}

extension Canvas {
    /// Which canvas and moment a comparison or report speaks of.
    public struct Summary: Equatable, Sendable {
        public var canvas: String
        public var moment: Moment?
        public var variant: Variant

        /// The moment's label, or the canvas id when the canvas has no moment.
        public var label: String { moment?.label ?? canvas }
    }

    public var summary: Summary {
        Summary(canvas: id, moment: moment.map { Moment(label: $0.label, date: $0.date) }, variant: variant)
    }

    /// Compares this canvas (the earlier moment) with a later one.
    public func compare(to later: Canvas) -> CanvasComparison {
        CanvasComparison(from: self, to: later)
    }
}
