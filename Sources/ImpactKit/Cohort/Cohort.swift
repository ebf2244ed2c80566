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
                    nl: "Bij het laatste moment nog leeg: \(names(.nl)).",
                    en: "Still empty at the latest moment: \(names(.en)).")
            case .fewResults:
                return figure == 1
                    ? LocalizedText(nl: "Geen opbrengstkaarten bij \(list).", en: "No result cards at \(list).")
                    : LocalizedText(
                        nl: "Minder dan \(figure) opbrengstkaarten bij \(list).",
                        en: "Fewer than \(figure) result cards at \(list).")
            case .noProgress:
                let a = moments.first ?? "", b = moments.last ?? ""
                return LocalizedText(
                    nl:
                        "Geen voortgang van \(a) naar \(b): \(figure) \(figure == 1 ? "kaart" : "kaarten") erbij, geen domein nieuw gedekt.",
                    en:
                        "No progress from \(a) to \(b): \(figure) \(figure == 1 ? "card" : "cards") added, no domain newly covered."
                )
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
            add(try Cohort.summary(json: bytes, limits: limits), source: source)
        } catch let error as ImpactKitError {
            skip(source: source, error: error)
            throw error
        }
    }

    /// As `add(json:source:limits:)`, reading the document only when `cache` has no summary of these exact bytes,
    /// and keeping the summary of a document read for the next run.
    public mutating func add(
        json bytes: UnsafeRawBufferPointer, source: String, limits: Limits = .default,
        cache: inout CohortCache
    ) throws {
        do {
            let found = try cache.summary(json: bytes, limits: limits)
            cache.keep(found.summary, for: found.digest, cached: found.cached)
            add(found.summary, source: source)
        } catch let error as ImpactKitError {
            skip(source: source, error: error)
            throw error
        }
    }

    /// A canvas's or journey's cohort summary, from its JSON. Thread-safe (it touches no cohort): a host may read
    /// documents on several threads and add the summaries in order.
    public static func summary(json bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws -> CohortSummary {
        // Decoded as its own type straight from jansson's tree: no document wrapper, no JSONValue tree.
        if let canvas = Canvas.piecewise(bytes, limits: limits) {
            return CohortSummary(canvases: [canvas], id: canvas.id, title: canvas.title)
        }
        return try JSONParser.withTree(bytes, limits: limits) { tree in
            let root = JanssonView(json: tree)
            switch try DocumentRegistry.schema(of: root) {
            case Canvas.schemaID:
                let canvas = try Canvas(node: root)
                return CohortSummary(canvases: [canvas], id: canvas.id, title: canvas.title)
            case Journey.schemaID:
                let journey = try Journey(node: root)
                return CohortSummary(canvases: journey.moments, id: journey.id, title: journey.title)
            case let schema:
                throw ImpactKitError(
                    .schema,
                    "a cohort takes canvases and journeys, not a \(DocumentRegistry.kindName(of: schema).prefix(40)) document",
                    path: "/schema")
            }
        }
    }

    /// Records a document that could not be read (e.g. a file that could not be opened).
    public mutating func skip(source: String, error: ImpactKitError) {
        skipped.append(Skipped(source: source, error: error))
    }

    /// Adds one group that filled a single canvas.
    public mutating func add(_ canvas: Canvas, source: String) {
        add(CohortSummary(canvases: [canvas], id: canvas.id, title: canvas.title), source: source)
    }

    /// Adds one group's journey; its latest moment counts for the heat map.
    public mutating func add(_ journey: Journey, source: String) {
        add(CohortSummary(canvases: journey.moments, id: journey.id, title: journey.title), source: source)
    }

    /// Adds one group by its summary: fresh from its document, or kept from an earlier run (CohortCache). Both
    /// come through here, so a report is the same however its groups were read.
    public mutating func add(_ summary: CohortSummary, source: String) {
        groups += 1
        moments += summary.moments.count
        guard let latest = summary.moments.last else {
            let reason = Reason(code: .noMoments)
            attention.append(
                Attention(source: source, id: summary.id, title: summary.title, moment: nil, reasons: [reason]))
            return
        }
        var covered = 0
        for figures in summary.latest {
            let row = position(of: figures.id, name: figures.name)
            domains[row].groupsInUse += 1
            switch figures.coverage {
            case .covered:
                domains[row].covered += 1
                covered += 1
            case .partial: domains[row].partial += 1
            case .empty: domains[row].empty += 1
            }
            for (index, count) in figures.counts.enumerated() where index < domains[row].cells.count {
                domains[row].cells[index].cards += count
                if count > 0 { domains[row].cells[index].groups += 1 }
            }
        }
        while coverageDistribution.count <= covered { coverageDistribution.append(0) }
        coverageDistribution[covered] += 1

        let reasons = self.reasons(summary)
        if !reasons.isEmpty {
            attention.append(
                Attention(source: source, id: summary.id, title: summary.title, moment: latest.label, reasons: reasons))
        }
    }

    private mutating func position(of id: String, name: LocalizedText) -> Int {
        if let row = domainPosition[id] { return row }
        domainPosition[id] = domains.count
        domains.append(DomainRow(id: id, name: name))
        return domains.count - 1
    }

    // MARK: Attention

    /// The reasons a group needs attention, from its summary and this cohort's thresholds.
    private func reasons(_ summary: CohortSummary) -> [Reason] {
        var reasons: [Reason] = []
        let empty = summary.latest.filter { $0.coverage == .empty }
        if empty.count > thresholds.maxEmptyDomains {
            reasons.append(Reason(code: .emptyDomains, domains: empty.map(\.id), domainNames: empty.map(\.name)))
        }

        let expected = thresholds.resultsExpectedFromMoment - 1
        if summary.moments.count > expected {
            let short = summary.moments.dropFirst(expected).filter { $0.results < thresholds.minResultCards }
            if !short.isEmpty {
                reasons.append(
                    Reason(code: .fewResults, moments: short.map(\.label), figure: thresholds.minResultCards))
            }
        }

        for (index, step) in summary.steps.enumerated() where index + 1 < summary.moments.count {
            guard step.added < thresholds.minCardsAdded, step.newlyCovered == 0 else { continue }
            reasons.append(
                Reason(
                    code: .noProgress, moments: [summary.moments[index].label, summary.moments[index + 1].label],
                    figure: step.added))
        }
        return reasons
    }
}
