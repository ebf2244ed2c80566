/// What a cohort needs of one group's document, and nothing more: the latest canvas's figures per domain, each
/// moment's label and result cards, and for each step between moments the cards added and the domains newly
/// covered. Independent of the thresholds, so a summary kept from an earlier run (CohortCache) serves any
/// thresholds; a cohort folds fresh and cached summaries the same way, so its report is the same either way.
public struct CohortSummary: Equatable, Sendable {
    public struct DomainFigures: Equatable, Sendable {
        public var id: String
        public var name: LocalizedText
        public var coverage: CanvasEvaluation.Coverage
        /// Cards in activity, place, result.
        public var counts: [Int]
    }

    public struct Step: Equatable, Sendable {
        public var added: Int
        public var newlyCovered: Int
    }

    public var id: String
    public var title: String
    /// Each moment's label (the canvas id where it has no moment) and its result cards, oldest first.
    public var moments: [(label: String, results: Int)]
    /// The latest canvas's domains in use, in template order; empty when there is no moment.
    public var latest: [DomainFigures]
    /// Between moment i and i+1; one fewer than the moments.
    public var steps: [Step]

    public static func == (lhs: CohortSummary, rhs: CohortSummary) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.latest == rhs.latest && lhs.steps == rhs.steps
            && lhs.moments.map(\.label) == rhs.moments.map(\.label)
            && lhs.moments.map(\.results) == rhs.moments.map(\.results)
    }

    /// The summary of a group's canvases (one for a single canvas, a journey's moments oldest first).
    public init(canvases: [Canvas], id: String, title: String) {
        self.id = id
        self.title = title
        let evaluations = canvases.map { $0.evaluate() }
        moments = zip(canvases, evaluations).map { ($0.summary.label, $1.total(in: .result)) }
        latest =
            evaluations.last.map { evaluation in
                evaluation.domains.map { figures in
                    DomainFigures(
                        id: figures.domain.id, name: figures.domain.name, coverage: figures.coverage,
                        counts: Field.allCases.map { figures.count(in: $0) })
                }
            } ?? []
        steps = canvases.indices.dropFirst().map { index in
            let step = CanvasComparison(
                from: canvases[index - 1], evaluations[index - 1], to: canvases[index], evaluations[index])
            return Step(added: step.added, newlyCovered: step.newlyCovered.count)
        }
    }

    init(id: String, title: String, moments: [(label: String, results: Int)], latest: [DomainFigures], steps: [Step]) {
        self.id = id
        self.title = title
        self.moments = moments
        self.latest = latest
        self.steps = steps
    }
}

// MARK: As a row of the cache

extension CohortSummary {
    /// `[id, title, [[label, results], …], [[domain, name, coverage, activity, place, result], …], [[added, newly
    /// covered], …]]`, compact: a cache holds one row per group of a cohort. Domain names go into `names` once
    /// (every group of a programme shares them) and the row holds their index.
    func cacheRow(names: inout [LocalizedText], index: inout [LocalizedText: Int]) -> JSONValue {
        func name(_ text: LocalizedText) -> Int {
            if let known = index[text] { return known }
            index[text] = names.count
            names.append(text)
            return names.count - 1
        }
        return .array([
            .string(id), .string(title),
            .array(moments.map { .array([.string($0.label), .int(Int64($0.results))]) }),
            .array(
                latest.map { domain in
                    .array(
                        [.string(domain.id), .int(Int64(name(domain.name))), .string(domain.coverage.rawValue)]
                            + domain.counts.map { .int(Int64($0)) })
                }),
            .array(steps.map { .array([.int(Int64($0.added)), .int(Int64($0.newlyCovered))]) }),
        ])
    }

    /// A row read back in place from jansson's tree: every figure checked (counts 0…10⁹, each shape exact, name
    /// indexes in range), so that a damaged cache is refused as a whole rather than folded in.
    init(cacheRow row: JanssonView, names: [LocalizedText]) throws {
        func count(_ value: JanssonView) throws -> Int { Int(try value.integer(in: 0...1_000_000_000)) }
        let fields = try row.items(count: 5)
        let moments = try fields[2].items().map { item -> (label: String, results: Int) in
            let pair = try item.items(count: 2)
            return (try pair[0].stringValue(), try count(pair[1]))
        }
        let latest = try fields[3].items().map { item -> DomainFigures in
            let parts = try item.items(count: 3 + Field.allCases.count)
            let name = try count(parts[1])
            guard name < names.count, let coverage = CanvasEvaluation.Coverage(rawValue: try parts[2].stringValue())
            else {
                throw ImpactKitError(.schema, "a cache row of the wrong shape")
            }
            let counts = try parts[3...].map(count)
            // Cross-checked: the coverage is what the counts make it (a cache edited to hide a gap shows here).
            let total = counts.reduce(0, +)
            guard coverage == (total == 0 ? .empty : (counts.contains(0) ? .partial : .covered)) else {
                throw ImpactKitError(.schema, "a cache row whose coverage does not match its counts")
            }
            return DomainFigures(id: try parts[0].stringValue(), name: names[name], coverage: coverage, counts: counts)
        }
        // The latest moment's result cards are the results in its domains.
        if let last = moments.last, !latest.isEmpty,
            let resultIndex = Field.allCases.firstIndex(of: .result),
            last.results != latest.reduce(0, { $0 + $1.counts[resultIndex] })
        {
            throw ImpactKitError(.schema, "a cache row whose coverage does not match its counts")
        }
        let steps = try fields[4].items().map { item -> Step in
            let pair = try item.items(count: 2)
            return Step(added: try count(pair[0]), newlyCovered: try count(pair[1]))
        }
        guard steps.count == max(0, moments.count - 1) else {
            throw ImpactKitError(.schema, "a cache row of the wrong shape")
        }
        self.init(
            id: try fields[0].stringValue(), title: try fields[1].stringValue(), moments: moments, latest: latest,
            steps: steps)
    }
}
