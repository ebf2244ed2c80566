/// What an SROI result hangs on, the way an assurance review asks it: a tornado (every parameter of every outcome at
/// a low and a high value, sorted by how far the ratio swings), the break-even value of each parameter (where the
/// ratio crosses 1:1, or never within the parameter's range), and ranges by simulation (Monte Carlo over host-given
/// distributions, seeded so that a run repeats exactly). Every figure is a recalculation of the study's own model
/// (`SROIValuation.calculate`), nothing else.
public struct SROIAssurance: Equatable, Sendable {
    public struct Point: Equatable, Sendable {
        public var value: Double
        public var ratio: Double
    }

    public struct TornadoRow: Equatable, Sendable {
        /// nil for the discount rate, which is the study's, not an outcome's.
        public var outcome: String?
        public var parameter: SROIValuation.Parameter
        public var base: Double
        public var low: Point
        public var high: Point
        public var swing: Double { abs(high.ratio - low.ratio) }
    }

    public struct BreakEven: Equatable, Sendable {
        public var parameter: SROIValuation.Parameter
        /// Quantity and proxy: the factor on every outcome's own value (0.625 = at 62.5 % of them). Percentages and
        /// the discount rate: the value set for every outcome. Duration: the fewest whole years that still reach
        /// 1:1. nil: the ratio does not cross 1:1 anywhere in the parameter's range.
        public var value: Double?
    }

    public struct Simulation: Equatable, Sendable {
        public var runs: Int
        public var seed: UInt64
        public var p5: Double
        public var p50: Double
        public var p95: Double
        public var below: Int
        public var shareBelow: Double { Double(below) / Double(runs) }
    }

    public var baseRatio: Double
    public var tornado: [TornadoRow]
    public var breakEven: [BreakEven]
    public var simulation: Simulation?

    public init(_ valuation: SROIValuation, settings: SROIAssuranceSettings) throws {
        guard let ratio = valuation.calculate().ratio else {
            throw ImpactKitError(.invalidArgument, "the study has no inputs, so there is no ratio to test")
        }
        for distribution in settings.distributions {
            if let outcome = distribution.outcome, !valuation.outcomes.contains(where: { $0.id == outcome }) {
                throw ImpactKitError(
                    .notFound, "no SROI outcome \"\(outcome.prefix(40))\"", path: "/simulate/distributions")
            }
        }
        let work = Self.work(valuation, settings)
        guard work <= settings.maxOutcomeYears else {
            throw ImpactKitError(
                .limit,
                "this assurance run would compute \(work) outcome-years, more than the limit of \(settings.maxOutcomeYears); use fewer simulation runs or raise \"max_outcome_years\"",
                path: "/max_outcome_years")
        }
        baseRatio = ratio
        tornado = Self.tornado(valuation, settings)
        breakEven = SROIValuation.Parameter.allCases.map { Self.breakEven(valuation, $0, base: ratio) }
        simulation = settings.runs > 0 ? Self.simulate(valuation, settings) : nil
    }

    /// The outcome-years a run computes, bounded from above (each outcome counted a year more, for its own
    /// bookkeeping): the tornado's rows (one outcome each, ~60 outcome-years per outcome-year of the study) and the
    /// break-even searches' ~310 whole calculations, together under 400 whole calculations; the duration search,
    /// up to 50 whole calculations at 1…50 years (1 325 per outcome); every simulation run's whole calculation
    /// (drawn durations counted at the most, 50 years) and its draws. Saturating: a hostile study cannot overflow it.
    static func work(_ valuation: SROIValuation, _ settings: SROIAssuranceSettings) -> Int {
        let drawsDuration = settings.distributions.contains { $0.parameter == .duration }
        var years = 0, drawnYears = 0
        for outcome in valuation.outcomes {
            years = years.addingSaturated(outcome.duration + 1)
            drawnYears = drawnYears.addingSaturated((drawsDuration ? 50 : outcome.duration) + 1)
        }
        let perRun = drawnYears.addingSaturated(settings.distributions.count)
        return years.multipliedSaturated(by: 400)
            .addingSaturated(valuation.outcomes.count.multipliedSaturated(by: 1_325))
            .addingSaturated(perRun.multipliedSaturated(by: settings.runs))
    }

    // MARK: Tornado

    private static func tornado(_ valuation: SROIValuation, _ settings: SROIAssuranceSettings) -> [TornadoRow] {
        var rows: [TornadoRow] = []
        let perOutcome: [SROIValuation.Parameter] = [
            .quantity, .proxy, .deadweight, .attribution, .displacement, .dropOff, .duration,
        ]
        let unchanged = valuation.calculate()
        for outcome in valuation.outcomes {
            for parameter in perOutcome {
                let base = value(of: parameter, in: outcome)
                let range =
                    settings.ranges[parameter] ?? SROIAssuranceSettings.defaultRanges[parameter]
                    ?? .init(down: 0, up: 0)
                let (low, high) = bounds(parameter, base: base, range: range)
                func ratio(_ value: Double) -> Double {
                    valuation.ratio(changing: outcome, from: unchanged) { which, _ in which == parameter ? value : nil }
                        ?? 0
                }
                rows.append(
                    TornadoRow(
                        outcome: outcome.id, parameter: parameter, base: base,
                        low: Point(value: low, ratio: ratio(low)),
                        high: Point(value: high, ratio: ratio(high))))
            }
        }
        let rate = valuation.discountRate
        let (low, high) = bounds(
            .discountRate, base: rate, range: settings.ranges[.discountRate] ?? .init(down: 1.5, up: 1.5))
        func ratio(_ value: Double) -> Double {
            valuation.calculate(overriding: .discountRate, value: value, outcome: nil).ratio ?? 0
        }
        rows.append(
            TornadoRow(
                outcome: nil, parameter: .discountRate, base: rate, low: Point(value: low, ratio: ratio(low)),
                high: Point(value: high, ratio: ratio(high))))
        // Largest swing first; equal swings keep outcome and parameter order (a stable sort), so the order repeats.
        // A swing that is not a number (an overflowing study: inf − inf) sorts last, so the order stays total.
        func key(_ row: TornadoRow) -> Double { row.swing.isNaN ? -.infinity : row.swing }
        return rows.enumerated().sorted { (key($0.element), -$0.offset) > (key($1.element), -$1.offset) }.map(\.element)
    }

    static func value(of parameter: SROIValuation.Parameter, in outcome: SROIValuation.Outcome) -> Double {
        switch parameter {
        case .quantity: return outcome.quantity
        case .proxy: return outcome.proxy
        case .deadweight: return outcome.deadweight
        case .attribution: return outcome.attribution
        case .displacement: return outcome.displacement
        case .dropOff: return outcome.dropOff
        case .duration: return Double(outcome.duration)
        case .discountRate: return 0
        }
    }

    /// The low and high value of a parameter around its base, kept inside what the parameter can be.
    private static func bounds(
        _ parameter: SROIValuation.Parameter, base: Double, range: SROIAssuranceSettings.Range
    ) -> (Double, Double) {
        switch parameter {
        case .quantity, .proxy:
            return (max(0, base * (1 - range.down / 100)), base * (1 + range.up / 100))
        case .duration:
            return (max(1, (base - range.down).rounded()), min(50, (base + range.up).rounded()))
        case .deadweight, .attribution, .displacement, .dropOff, .discountRate:
            return (min(100, max(0, base - range.down)), min(100, max(0, base + range.up)))
        }
    }

    // MARK: Break-even

    private static func breakEven(
        _ valuation: SROIValuation, _ parameter: SROIValuation.Parameter, base: Double
    ) -> BreakEven {
        // Each probe is the whole study with one parameter set for every outcome, without its tables.
        let slots = valuation.slots(everyOutcomeSetBy: parameter)
        let rateSlot = parameter == .discountRate ? 0 : -1
        func probe(_ value: Double) -> Double {
            valuation.ratio(drawing: [value], slots: slots, rateSlot: rateSlot) ?? 0
        }
        switch parameter {
        case .quantity, .proxy:
            // The value of every outcome is proportional to its quantity and to its proxy: scaling all of them by f
            // scales the ratio by f, so 1:1 lies at f = 1 / ratio, exactly.
            return BreakEven(parameter: parameter, value: base > 0 ? 1 / base : nil)
        case .duration:
            func ratio(_ years: Int) -> Double { probe(Double(years)) }
            let reaching = (1...50).first { ratio($0) >= 1 }
            // Crossing means: shorter than the first duration that reaches 1:1, it falls below.
            guard let years = reaching, years > 1 else { return BreakEven(parameter: parameter, value: nil) }
            return BreakEven(parameter: parameter, value: Double(years))
        case .deadweight, .attribution, .displacement, .dropOff, .discountRate:
            // These only lower the value as they rise: bisect on 0–100 where the ratio crosses 1.
            func ratio(_ value: Double) -> Double { probe(value) }
            var low = 0.0, high = 100.0
            let atLow = ratio(low), atHigh = ratio(high)
            guard (atLow - 1) * (atHigh - 1) <= 0, atLow != atHigh else {
                return BreakEven(parameter: parameter, value: nil)
            }
            for _ in 0..<60 {
                let middle = (low + high) / 2
                if (ratio(middle) - 1) * (atLow - 1) > 0 { low = middle } else { high = middle }
            }
            return BreakEven(parameter: parameter, value: (low + high) / 2)
        }
    }

    // MARK: Simulation

    private static func simulate(_ valuation: SROIValuation, _ settings: SROIAssuranceSettings) -> Simulation {
        var generator = SplitMix64(seed: settings.seed)
        var ratios: [Double] = []
        ratios.reserveCapacity(settings.runs)
        // Which draw sets each parameter, found once rather than by a scan of every distribution for every
        // parameter of every outcome of every run: an outcome's own distribution wins (the first given), else the
        // last one for every outcome.
        var everyOutcome: [SROIValuation.Parameter: Int] = [:]
        var ownOutcome: [String: [SROIValuation.Parameter: Int]] = [:]
        for (index, distribution) in settings.distributions.enumerated() {
            if let outcome = distribution.outcome {
                if ownOutcome[outcome]?[distribution.parameter] == nil {
                    ownOutcome[outcome, default: [:]][distribution.parameter] = index
                }
            } else {
                everyOutcome[distribution.parameter] = index
            }
        }
        let drawn = SROIValuation.drawnPerOutcome
        var slots: [Int] = []
        slots.reserveCapacity(valuation.outcomes.count * drawn.count)
        for outcome in valuation.outcomes {
            for parameter in drawn { slots.append(ownOutcome[outcome.id]?[parameter] ?? everyOutcome[parameter] ?? -1) }
        }
        let rateSlot = everyOutcome[.discountRate] ?? -1
        var draws = [Double](repeating: 0, count: settings.distributions.count)
        for _ in 0..<settings.runs {
            // One draw per distribution per run, in the order given: the same seed, the same draws.
            for (index, distribution) in settings.distributions.enumerated() {
                draws[index] = distribution.value(at: generator.unit())
            }
            ratios.append(valuation.ratio(drawing: draws, slots: slots, rateSlot: rateSlot) ?? 0)
        }
        // Not-a-number ratios (an overflowing study) are counted as 0, so the order is total and they count below 1.
        ratios = ratios.map { $0.isNaN ? 0 : $0 }
        ratios.sort()
        func percentile(_ p: Double) -> Double {
            // Nearest rank: the smallest value with at least p % of the runs at or below it.
            ratios[max(0, min(ratios.count - 1, Int((p / 100 * Double(ratios.count)).rounded(.up)) - 1))]
        }
        return Simulation(
            runs: settings.runs, seed: settings.seed, p5: percentile(5), p50: percentile(50), p95: percentile(95),
            below: ratios.prefix { $0 < 1 }.count)
    }

    // MARK: Report

    /// The report, with the tornado picture when `settings.picture` asked for it.
    public func jsonValue(
        for valuation: SROIValuation, settings: SROIAssuranceSettings, language: Language
    ) -> JSONValue {
        guard settings.picture, case .object(var object) = jsonValue else { return jsonValue }
        let names = Dictionary(valuation.outcomes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        object.append("svg", .string(tornadoSVG(outcomeNames: names, language: language)))
        return .object(object)
    }

    public var jsonValue: JSONValue {
        func number(_ value: Double) -> JSONValue { value.isFinite ? .double(value) : .null }
        func point(_ point: Point) -> JSONValue {
            .object(
                JSONObject([
                    .init(key: "value", value: number(point.value)), .init(key: "ratio", value: number(point.ratio)),
                ]))
        }
        var object = JSONObject()
        object.append("schema", .string("impactkit/sroi-assurance/1"))
        object.append("ratio", number(baseRatio))
        object.append(
            "tornado",
            .array(
                tornado.map { row in
                    var item = JSONObject()
                    item.append("outcome", row.outcome.map(JSONValue.string) ?? .null)
                    item.append("parameter", .string(row.parameter.rawValue))
                    item.append("base", number(row.base))
                    item.append("low", point(row.low))
                    item.append("high", point(row.high))
                    item.append("swing", number(row.swing))
                    return .object(item)
                }))
        object.append(
            "break_even",
            .array(
                breakEven.map { item in
                    var entry = JSONObject()
                    entry.append("parameter", .string(item.parameter.rawValue))
                    entry.append(
                        "kind",
                        .string(
                            [.quantity, .proxy].contains(item.parameter)
                                ? "factor" : item.parameter == .duration ? "years" : "percent"))
                    // Whole years are written as integers.
                    entry.append(
                        "value", item.value.map { item.parameter == .duration ? .int(Int64($0)) : number($0) } ?? .null)
                    return .object(entry)
                }))
        if let simulation {
            var sim = JSONObject()
            sim.append("runs", .int(Int64(simulation.runs)))
            sim.append("seed", .int(Int64(clamping: simulation.seed)))
            sim.append("p5", number(simulation.p5))
            sim.append("p50", number(simulation.p50))
            sim.append("p95", number(simulation.p95))
            sim.append("below_one", .int(Int64(simulation.below)))
            sim.append("share_below_one", number(simulation.shareBelow))
            object.append("simulation", .object(sim))
        }
        return .object(object)
    }
}
