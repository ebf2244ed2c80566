/// What a journey shows for one learning outcome (LIM §10.3): which moments, how many pieces, which domains —
/// the part a portfolio puts next to the outcome.
public struct EvidenceSummary: Equatable, Sendable {
    /// One piece of evidence with what it points at.
    public struct Piece: Equatable, Sendable {
        public var link: EvidenceLink
        /// The card text or free text of a placement, the answer of a question, the title of a canvas.
        public var content: LocalizedText
        /// The domain and field of a placement.
        public var domain: String?
        public var field: Field?
        /// Since 1.3: who made it — the placement's `by`, or the answers' when one member gave them all; nil for a
        /// whole canvas and for what no one is recorded for (the team's).
        public var by: String? = nil
    }

    public var outcome: LearningOutcome
    public var pieces: [Piece]
    /// Moment labels in journey order.
    public var moments: [String]
    /// Domains of the placements linked, in the order of the template of the moment they first appear in.
    public var domains: [String]
    /// The same domains' names, for texts.
    public var domainNames: [LocalizedText]

    public func count(_ kind: EvidenceLink.Kind) -> Int {
        pieces.filter { $0.link.kind == kind }.count
    }
}

extension Journey {
    /// The evidence summary of every learning outcome, in the order the outcomes are listed.
    public var evidenceSummaries: [EvidenceSummary] {
        outcomes.map { outcome in
            var pieces: [EvidenceSummary.Piece] = []
            var moments: [String] = []
            var domains: [String] = []
            var domainNames: [LocalizedText] = []
            for canvas in self.moments {
                guard let label = canvas.moment?.label else { continue }
                let links = evidence.filter { $0.outcome == outcome.id && $0.moment == label }
                if !links.isEmpty { moments.append(label) }
                for link in links {
                    pieces.append(Journey.piece(link, in: canvas))
                }
                let linkedDomains = Set(links.compactMap { $0.placement.flatMap(canvas.placement)?.domain })
                for domain in canvas.domains where !domains.contains(domain.id) {
                    if linkedDomains.contains(domain.id) {
                        domains.append(domain.id)
                        domainNames.append(domain.name)
                    }
                }
            }
            return EvidenceSummary(
                outcome: outcome, pieces: pieces, moments: moments, domains: domains, domainNames: domainNames)
        }
    }

    private static func piece(_ link: EvidenceLink, in canvas: Canvas) -> EvidenceSummary.Piece {
        if let id = link.placement, let placement = canvas.placement(id) {
            let content =
                placement.card.flatMap { canvas.card($0)?.text }
                ?? LocalizedText(nl: placement.text ?? "", en: placement.text ?? "")
            return EvidenceSummary.Piece(
                link: link, content: content, domain: placement.domain, field: placement.field, by: placement.by)
        }
        if let question = link.question {
            let given = canvas.reflections.filter { $0.question == question }
            let answers = given.map(\.answer).joined(separator: " / ")
            let authors = Set(given.map(\.by))
            return EvidenceSummary.Piece(
                link: link, content: LocalizedText(nl: answers, en: answers),
                by: authors.count == 1 ? (authors.first ?? nil) : nil)
        }
        return EvidenceSummary.Piece(link: link, content: LocalizedText(nl: canvas.title, en: canvas.title))
    }
}
