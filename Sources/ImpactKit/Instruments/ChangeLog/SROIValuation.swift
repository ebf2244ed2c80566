/// The SROI valuation of a study (Social Value International, "A guide to Social Return on Investment", 2012,
/// stages 4–5: establishing impact and calculating the SROI). Percentages are given as 0–100.
///
/// Per outcome o (guide, stage 4 "establishing impact"):
///   impact I_o = quantity × financial proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution)
/// The guide's worked examples deduct deadweight, displacement and attribution one after the other from what is
/// left, which is this product; some calculators subtract them from the gross value instead — ImpactKit does not.
/// Per year t = 1 … duration (stage 5 "projecting into the future", drop-off applied from the second year):
///   value_o(t) = I_o × (1 − drop-off)^(t − 1)
/// Present value (stage 5 "calculating the net present value", discount rate r, discounting from year 1):
///   PV = Σ_t Σ_o value_o(t) / (1 + r)^t;  NPV = PV − value of inputs;  SROI ratio = PV / value of inputs.
public struct SROIValuation: Equatable, Sendable {
    public struct Input: Equatable, Sendable {
        public var name: String
        public var value: Double
        public var unknown = JSONObject()
    }

    /// An entry of the study's own proxy catalogue: where a financial proxy comes from and under which licence it
    /// may be used. ImpactKit bundles no values (licensed value banks, such as the UK Social Value Bank, forbid it):
    /// the host or the study supplies them.
    public struct Proxy: Equatable, Sendable {
        public var id: String
        public var description: String
        public var value: Double
        /// What one unit is ("per student per year").
        public var unit: String?
        public var year: Int?
        public var source: String
        public var licence: String
        public var unknown = JSONObject()
    }

    public struct Outcome: Equatable, Sendable {
        public var id: String
        public var name: String
        /// The stakeholder group it belongs to (a group id of the study), if given.
        public var group: String?
        public var quantity: Double
        /// Financial proxy: value of one unit of the outcome, in the study's currency.
        public var proxy: Double
        public var proxySource: String?
        /// The catalogue entry the proxy comes from; without its own "proxy" the outcome takes the entry's value.
        public var proxyID: String?
        /// Whether the document gave the proxy value itself (else it is the catalogue's and is not written back).
        public var proxyGiven = true
        /// Years the outcome lasts (1–50).
        public var duration: Int
        public var deadweight: Double
        public var attribution: Double
        public var displacement: Double
        public var dropOff: Double
        public var unknown = JSONObject()
    }

    /// What a sensitivity run can vary.
    public enum Parameter: String, Vocabulary {
        public static let vocabularyName = "SROI parameter"
        case deadweight, attribution, displacement
        case dropOff = "drop-off"
        case discountRate = "discount-rate"
        case duration, quantity, proxy

        /// Checks a value for this parameter (percentages 0–100, duration 1–50 whole years, amounts ≥ 0).
        func validate(_ value: Double) throws {
            guard value.isFinite else { throw ImpactKitError(.range, "\(rawValue) must be a finite number") }
            switch self {
            case .deadweight, .attribution, .displacement, .dropOff, .discountRate:
                guard (0...100).contains(value) else {
                    throw ImpactKitError(.range, "\(rawValue) is \(value)%; it must be 0–100 %")
                }
                // Every percentage in ImpactKit's documents is 0–100. A value strictly between 0 and 1 is almost
                // always a fraction meant as a percentage (0.25 for 25 %); read silently it would be 0.25 %.
                guard value == 0 || value >= 1 else {
                    throw ImpactKitError(
                        .range,
                        """
                        \(rawValue) is \(value): percentages are written 0–100 here (25 for 25 %), so \(value) \
                        would mean \(value) %; values between 0 and 1 are refused as probable fractions
                        """)
                }
            case .duration:
                guard value == value.rounded(), (1...50).contains(value) else {
                    throw ImpactKitError(.range, "duration is \(value); it must be a whole number of years, 1–50")
                }
            case .quantity, .proxy:
                guard value >= 0 else { throw ImpactKitError(.range, "\(rawValue) cannot be negative (\(value))") }
            }
        }
    }

    public struct OutcomeResult: Equatable, Sendable {
        public var id: String
        public var impact: Double
        /// Value in each year 1 … duration, before discounting.
        public var values: [Double]
        public var presentValue: Double
    }

    public struct Result: Equatable, Sendable {
        public var outcomes: [OutcomeResult]
        /// Discounted value per year 1 … the longest duration, over all outcomes.
        public var presentValuePerYear: [Double]
        public var totalPresentValue: Double
        public var inputs: Double
        public var netPresentValue: Double
        /// nil when the inputs are worth 0 (no ratio exists).
        public var ratio: Double?
    }

    public var currency: String
    /// Percent a year, 0–100; 3.5 when the study gives none (`discountRateGiven` false, and the report says so).
    public var discountRate: Double
    public var inputs: [Input]
    public var outcomes: [Outcome]
    public var proxies: [Proxy] = []
    public var unknown = JSONObject()

    public func proxy(of outcome: Outcome) -> Proxy? {
        outcome.proxyID.flatMap { id in proxies.first { $0.id == id } }
    }
    /// False when the document gave no discount rate and the default applies (it is then not written back).
    public var discountRateGiven = true

    /// The discount rate applied when a study gives none: the UK Treasury Green Book's 3.5 %.
    public static let defaultDiscountRate = 3.5

    public func calculate() -> Result {
        calculate(overriding: nil, value: 0, outcome: nil)
    }

    /// The calculation with one parameter set to `value` (for all outcomes, or only `outcome`).
    func calculate(overriding parameter: Parameter?, value: Double, outcome only: String?) -> Result {
        calculate { which, outcome in
            parameter == which && (which == .discountRate || only == nil || only == outcome?.id) ? value : nil
        }
    }

    /// The calculation with any parameter of any outcome replaced where `override` gives a value (the discount
    /// rate is asked with no outcome): what tornado rows, break-even searches and simulation runs all need.
    func calculate(_ override: (Parameter, Outcome?) -> Double?) -> Result {
        let rate = (override(.discountRate, nil) ?? discountRate) / 100
        var results: [OutcomeResult] = []
        var perYear: [Double] = []
        for outcome in outcomes {
            let (result, discounted) = value(of: outcome, rate: rate, override)
            for (year, amount) in discounted.enumerated() {
                if perYear.count == year { perYear.append(0) }
                perYear[year] += amount
            }
            results.append(result)
        }
        return result(results, perYear: perYear)
    }

    /// The ratio when only `outcome`'s parameters change (by `override`) from `base` (the calculation with no
    /// override): that outcome is computed again and its years replaced in the totals, O(its duration) rather
    /// than O(every outcome). The tornado moves one outcome at a time, and recomputing the whole study for each
    /// of its 14 rows per outcome made it quadratic: 15 s at 1 600 outcomes.
    func ratio(changing outcome: Outcome, from base: Result, _ override: (Parameter, Outcome?) -> Double?) -> Double? {
        let rate = discountRate / 100
        let (_, old) = value(of: outcome, rate: rate) { _, _ in nil }
        let (_, new) = value(of: outcome, rate: rate, override)
        var total = 0.0
        for year in 0..<max(base.presentValuePerYear.count, new.count) {
            let before = year < base.presentValuePerYear.count ? base.presentValuePerYear[year] : 0
            total += before - (year < old.count ? old[year] : 0) + (year < new.count ? new[year] : 0)
        }
        return base.inputs > 0 ? total / base.inputs : nil
    }

    /// The parameters a simulation may draw per outcome, in the order of `ratio(drawing:)`'s slots.
    static let drawnPerOutcome: [Parameter] = [
        .quantity, .proxy, .deadweight, .displacement, .attribution, .dropOff, .duration,
    ]

    /// The ratio of one simulation run: `slots` holds, per outcome, for each of `drawnPerOutcome` the index of the
    /// draw that sets it (-1: the outcome's own value); `rateSlot` the discount rate's. The same arithmetic as
    /// `calculate` without its per-year tables and results: a run allocated them for every outcome, ~80 ns per
    /// outcome-year, where the figure itself needs a few.
    func ratio(drawing draws: [Double], slots: [Int], rateSlot: Int) -> Double? {
        let invested = inputs.reduce(0) { $0 + $1.value }
        guard invested > 0 else { return nil }
        let rate = (rateSlot >= 0 ? draws[rateSlot] : discountRate) / 100
        let width = SROIValuation.drawnPerOutcome.count
        var total = 0.0
        for (index, outcome) in outcomes.enumerated() {
            let base = index * width
            @inline(__always) func value(_ slot: Int, _ own: Double) -> Double {
                let draw = slots[base + slot]
                return draw >= 0 ? draws[draw] : own
            }
            let impact =
                value(0, outcome.quantity) * value(1, outcome.proxy) * (1 - value(2, outcome.deadweight) / 100)
                * (1 - value(3, outcome.displacement) / 100) * (1 - value(4, outcome.attribution) / 100)
            let dropOff = value(5, outcome.dropOff) / 100
            let duration = Int(min(50, max(1, value(6, Double(outcome.duration)).rounded())))
            var remaining = impact
            var discount = 1.0
            for year in 1...duration {
                if year > 1 { remaining *= (1 - dropOff) }
                discount *= (1 + rate)
                total += remaining / discount
            }
        }
        return total / invested
    }

    /// The slots of `ratio(drawing:)` that set `parameter` of every outcome from draw 0 (none for the discount
    /// rate, which has its own slot): one whole-study ratio with one parameter changed, without tables.
    func slots(everyOutcomeSetBy parameter: Parameter) -> [Int] {
        let row = SROIValuation.drawnPerOutcome.map { $0 == parameter ? 0 : -1 }
        return Array(repeating: row, count: outcomes.count).flatMap { $0 }
    }

    /// One outcome's result and its discounted value per year, with `override` for its parameters.
    private func value(
        of outcome: Outcome, rate: Double, _ override: (Parameter, Outcome?) -> Double?
    ) -> (OutcomeResult, discounted: [Double]) {
        func setting(_ which: Parameter, _ own: Double) -> Double { override(which, outcome) ?? own }
        let quantity = setting(.quantity, outcome.quantity)
        let proxy = setting(.proxy, outcome.proxy)
        let deadweight = setting(.deadweight, outcome.deadweight) / 100
        let displacement = setting(.displacement, outcome.displacement) / 100
        let attribution = setting(.attribution, outcome.attribution) / 100
        let dropOff = setting(.dropOff, outcome.dropOff) / 100
        // Whole years, 1–50 as validated; a simulated value is rounded, never trusted to fit an Int.
        let duration = Int(min(50, max(1, setting(.duration, Double(outcome.duration)).rounded())))
        let impact = quantity * proxy * (1 - deadweight) * (1 - displacement) * (1 - attribution)
        var values: [Double] = []
        var discounted: [Double] = []
        values.reserveCapacity(duration)
        discounted.reserveCapacity(duration)
        var present = 0.0
        var remaining = impact
        var discount = 1.0
        for year in 1...duration {
            if year > 1 { remaining *= (1 - dropOff) }
            discount *= (1 + rate)
            values.append(remaining)
            present += remaining / discount
            discounted.append(remaining / discount)
        }
        return (OutcomeResult(id: outcome.id, impact: impact, values: values, presentValue: present), discounted)
    }

    private func result(_ results: [OutcomeResult], perYear: [Double]) -> Result {
        let total = perYear.reduce(0, +)
        let invested = inputs.reduce(0) { $0 + $1.value }
        return Result(
            outcomes: results, presentValuePerYear: perYear, totalPresentValue: total, inputs: invested,
            netPresentValue: total - invested, ratio: invested > 0 ? total / invested : nil)
    }

    /// Recalculates with one parameter at each of `values` (for every outcome, or only `outcome`).
    public func sensitivity(
        _ parameter: Parameter, values: [Double], outcome: String? = nil
    ) throws -> [(value: Double, result: Result)] {
        if let outcome, !outcomes.contains(where: { $0.id == outcome }) {
            throw ImpactKitError(.notFound, "no SROI outcome \"\(outcome.prefix(40))\"")
        }
        guard !values.isEmpty, values.count <= 1000 else {
            throw ImpactKitError(.invalidArgument, "give 1–1000 values for a sensitivity run")
        }
        for (index, value) in values.enumerated() {
            try at(index) { try parameter.validate(value) }
        }
        return values.map { ($0, calculate(overriding: parameter, value: $0, outcome: outcome)) }
    }
}
