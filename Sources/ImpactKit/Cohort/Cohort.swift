/// A coach's view over many groups (LIM §9.1): a domain × field heat map, how coverage is distributed, and the
/// groups that need attention, with the reason.
///
/// Documents are folded in one at a time and dropped: the cohort keeps counters and the list of groups that need
/// attention, never the documents, so memory stays flat however many groups there are. A document that cannot
/// be read is listed under `skipped` and the rest goes on.
public struct Cohort: Sendable {
    public struct Cell: Equatable, Sendable {
        /// Cards in this domain and field over all groups' latest canvases.
        public var cards = 0
        /// Groups with at least one card here.
        public var groups = 0
    }

    public struct DomainRow: Equatable, Sendable {
        public var id: String
        public var name: LocalizedText
        /// Groups whose latest canvas uses this domain.
        public var groupsInUse = 0
        public var covered = 0
        public var partial = 0
        public var empty = 0
        /// Activity, place, result.
        public var cells = [Cell](repeating: Cell(), count: Field.allCases.count)
    }

    /// Why a group needs attention.
    public struct Reason: Equatable, Sendable {
        public enum Code: String, Sendable {
            case emptyDomains = "empty-domains"
            case fewResults = "few-results"
            case noProgress = "no-progress"
            case noMoments = "no-moments"
        }
        public var code: Code
        public var domains: [String] = []
        public var moments: [String] = []
        /// The names of `domains` (shared with the template, not copied).
        var domainNames: [LocalizedText] = []
        /// few-results: the threshold; no-progress: the cards added.
        var figure = 0

        /// The reason in words. Built when asked, not stored: a cohort of many groups keeps only codes, ids and
        /// shared names per flagged group, so its memory hardly grows with the cohort.
        public var text: LocalizedText {
            func names(_ language: Language) -> String { domainNames.map { $0[language] }.joined(separator: ", ") }
            let list = moments.joined(separator: ", ")
            switch code {
            case .emptyDomains:
                return LocalizedText(
                    nl: "Bij het laatste moment nog leeg: \(names(.nl)).", en: "Still empty at the latest moment: \(names(.en)).")
            case .fewResults:
                return figure == 1
                    ? LocalizedText(nl: "Geen opbrengstkaarten bij \(list).", en: "No result cards at \(list).")
                    : LocalizedText(
                        nl: "Minder dan \(figure) opbrengstkaarten bij \(list).", en: "Fewer than \(figure) result cards at \(list).")
            case .noProgress:
                let a = moments.first ?? "", b = moments.last ?? ""
                return LocalizedText(
                    nl: "Geen voortgang van \(a) naar \(b): \(figure) \(figure == 1 ? "kaart" : "kaarten") erbij, geen domein nieuw gedekt.",
                    en: "No progress from \(a) to \(b): \(figure) \(figure == 1 ? "card" : "cards") added, no domain newly covered.")
            case .noMoments:
                return LocalizedText(nl: "De reis heeft nog geen enkel canvas.", en: "The journey has no canvas yet.")
            }
        }
    }

    public struct Attention: Equatable, Sendable {
        /// Where the document came from (file name, or the host's label).
        public var source: String
        public var id: String
        public var title: String
        /// The latest moment's label.
        public var moment: String?
        public var reasons: [Reason]
    }

    public struct Skipped: Equatable, Sendable {
        public var source: String
        public var error: ImpactKitError
    }

    public let thresholds: CohortThresholds
    public private(set) var groups = 0
    public private(set) var moments = 0
    public private(set) var domains: [DomainRow] = []
    /// Number of groups by number of covered domains in their latest canvas (index = covered domains).
    public private(set) var coverageDistribution: [Int] = []
    public private(set) var attention: [Attention] = []
    public private(set) var skipped: [Skipped] = []
    private var domainPosition: [String: Int] = [:]

    public init(thresholds: CohortThresholds = .default) throws {
        self.thresholds = try thresholds.validated()
    }

    // MARK: Adding groups

    /// Adds a document (a canvas or a journey) read from JSON. On failure the document is listed under
    /// `skipped`, the error is rethrown, and no figure changes.
    public mutating func add(json bytes: UnsafeRawBufferPointer, source: String, limits: Limits = .default) throws {
        do {
            // Decoded as its own type directly: no document wrapper, one copy fewer of each document.
            let value = try JSONParser.parse(bytes, limits: limits)
            guard case .object(let object) = value, case .string(let schema)? = object["schema"] else {
                throw ImpactKitError(.schema, "not an ImpactKit document (no \"schema\" string)", path: "/schema")
            }
            switch schema {
            case Canvas.schemaID: add(try Canvas(jsonValue: value), source: source)
            case Journey.schemaID: add(try Journey(jsonValue: value), source: source)
            default:
                throw ImpactKitError(
                    .schema, "a cohort takes canvases and journeys, not a \(DocumentRegistry.kindName(of: schema).prefix(40)) document",
                    path: "/schema")
            }
        } catch let error as ImpactKitError {
            skip(source: source, error: error)
            throw error
        }
    }

    /// Records a document that could not be read (e.g. a file that could not be opened).
    public mutating func skip(source: String, error: ImpactKitError) {
        skipped.append(Skipped(source: source, error: error))
    }

    /// Adds one group that filled a single canvas.
    public mutating func add(_ canvas: Canvas, source: String) {
        fold(moments: [canvas], id: canvas.id, title: canvas.title, source: source)
    }

    /// Adds one group's journey; its latest moment counts for the heat map.
    public mutating func add(_ journey: Journey, source: String) {
        fold(moments: journey.moments, id: journey.id, title: journey.title, source: source)
    }

    private mutating func fold(moments canvases: [Canvas], id: String, title: String, source: String) {
        groups += 1
        moments += canvases.count
        guard let latest = canvases.last else {
            let reason = Reason(code: .noMoments)
            attention.append(Attention(source: source, id: id, title: title, moment: nil, reasons: [reason]))
            return
        }
        let evaluations = canvases.map { $0.evaluate() }
        guard let evaluation = evaluations.last else { return }
        var covered = 0
        for figures in evaluation.domains {
            let row = position(of: figures.domain)
            domains[row].groupsInUse += 1
            switch figures.coverage {
            case .covered:
                domains[row].covered += 1
                covered += 1
            case .partial: domains[row].partial += 1
            case .empty: domains[row].empty += 1
            }
            for (index, field) in Field.allCases.enumerated() {
                let count = figures.count(in: field)
                domains[row].cells[index].cards += count
                if count > 0 { domains[row].cells[index].groups += 1 }
            }
        }
        while coverageDistribution.count <= covered { coverageDistribution.append(0) }
        coverageDistribution[covered] += 1

        let reasons = self.reasons(canvases, evaluations)
        if !reasons.isEmpty {
            attention.append(
                Attention(source: source, id: id, title: title, moment: latest.summary.label, reasons: reasons))
        }
    }

    private mutating func position(of domain: Domain) -> Int {
        if let row = domainPosition[domain.id] { return row }
        domainPosition[domain.id] = domains.count
        domains.append(DomainRow(id: domain.id, name: domain.name))
        return domains.count - 1
    }

    // MARK: Attention

    /// `evaluations[i]` is the evaluation of `canvases[i]`; neither is empty.
    private func reasons(_ canvases: [Canvas], _ evaluations: [CanvasEvaluation]) -> [Reason] {
        var reasons: [Reason] = []
        guard let latest = evaluations.last, evaluations.count == canvases.count else { return reasons }
        let empty = latest.domains.filter { $0.coverage == .empty }
        if empty.count > thresholds.maxEmptyDomains {
            reasons.append(Reason(code: .emptyDomains, domains: empty.map(\.domain.id), domainNames: empty.map(\.domain.name)))
        }

        let expected = thresholds.resultsExpectedFromMoment - 1
        if canvases.count > expected {
            let short = canvases.indices.dropFirst(expected)
                .filter { evaluations[$0].total(in: .result) < thresholds.minResultCards }
            if !short.isEmpty {
                reasons.append(
                    Reason(code: .fewResults, moments: short.map { canvases[$0].summary.label }, figure: thresholds.minResultCards))
            }
        }

        for index in canvases.indices.dropFirst() {
            let old = canvases[index - 1], new = canvases[index]
            let step = CanvasComparison(from: old, evaluations[index - 1], to: new, evaluations[index])
            guard step.added < thresholds.minCardsAdded, step.newlyCovered.isEmpty else { continue }
            reasons.append(Reason(code: .noProgress, moments: [old.summary.label, new.summary.label], figure: step.added))
        }
        return reasons
    }
}
