/// What an assurance run varies: for the tornado, how far each parameter goes down and up from the study's own
/// value; for the simulation, how many draws, the seed, and a distribution per parameter (and outcome). Read from
/// a JSON object (schema/sroi-assurance-settings.schema.json); unknown keys are refused.
public struct SROIAssuranceSettings: Equatable, Sendable {
    /// How far a parameter goes below and above each outcome's own value: percent of it for quantity and proxy,
    /// percentage points for the percentages, years for duration.
    public struct Range: Equatable, Sendable {
        public var down: Double
        public var up: Double
    }

    /// A parameter's distribution in the simulation, in the parameter's own unit (a proxy in money, a deadweight in
    /// percent …); for one outcome or, without an outcome, for every outcome.
    public struct Distribution: Equatable, Sendable {
        public enum Kind: String, Vocabulary, Sendable {
            case uniform, triangular
            public static let vocabularyName = "distribution"
        }
        public var parameter: SROIValuation.Parameter
        public var outcome: String?
        public var kind: Kind
        public var low: Double
        public var mode: Double?
        public var high: Double

        /// A draw by the inverse of the distribution function at `u` in [0, 1).
        func value(at u: Double) -> Double {
            switch kind {
            case .uniform:
                return low + u * (high - low)
            case .triangular:
                let mode = self.mode ?? (low + high) / 2
                let width = high - low
                guard width > 0 else { return low }
                let cut = (mode - low) / width
                return u < cut
                    ? low + (u * width * (mode - low)).squareRoot()
                    : high - ((1 - u) * width * (high - mode)).squareRoot()
            }
        }
    }

    /// The documented defaults: quantity and proxy ±20 %, the percentages ±10 points, duration ±1 year, the
    /// discount rate ±1.5 points (SVI's guide asks for the assumptions a result is most sensitive to; these are
    /// starting widths, not evidence — give the study's own).
    public static let defaultRanges: [SROIValuation.Parameter: Range] = [
        .quantity: Range(down: 20, up: 20), .proxy: Range(down: 20, up: 20),
        .deadweight: Range(down: 10, up: 10), .attribution: Range(down: 10, up: 10),
        .displacement: Range(down: 10, up: 10), .dropOff: Range(down: 10, up: 10),
        .duration: Range(down: 1, up: 1), .discountRate: Range(down: 1.5, up: 1.5),
    ]

    public var ranges: [SROIValuation.Parameter: Range] = defaultRanges
    public var runs = 0
    public var seed: UInt64 = 1
    public var distributions: [Distribution] = []
    /// Also draw the tornado (SVG, in the report's language).
    public var picture = false
    /// The most work one run may do, in outcome-years computed (a simulation run over 100 outcomes of 5 years
    /// counts 500): a run that would do more is refused before it starts, with IK_ELIMIT, rather than holding the
    /// host for hours in a call it cannot cancel. About 3 ns each on one core here.
    public var maxOutcomeYears = SROIAssuranceSettings.defaultMaxOutcomeYears
    /// 10⁹: a few seconds.
    public static let defaultMaxOutcomeYears = 1_000_000_000

    public init() {}

    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        if let given = try reader.optional("ranges", { $0 }) {
            guard case .object(let object) = given else {
                throw ImpactKitError(.schema, "expected an object", path: "/ranges")
            }
            for member in object.members {
                try at("ranges") {
                    try at(member.key) {
                        let parameter = try SROIValuation.Parameter(id: member.key)
                        guard case .array(let pair) = member.value, pair.count == 2 else {
                            throw ImpactKitError(.schema, "expected [down, up]")
                        }
                        func width(_ index: Int) throws -> Double {
                            try at(index) {
                                let value = try pair[index].number()
                                guard value.isFinite, value >= 0 else {
                                    throw ImpactKitError(.range, "a range width must be 0 or more")
                                }
                                return value
                            }
                        }
                        let down = try width(0)
                        let up = try width(1)
                        ranges[parameter] = Range(down: down, up: up)
                    }
                }
            }
        }
        picture = try reader.optional("picture") { try $0.boolValue() } ?? false
        maxOutcomeYears =
            try reader.optional("max_outcome_years") { Int(try $0.integer(in: 1...1_000_000_000_000)) }
            ?? Self.defaultMaxOutcomeYears
        if let simulation = try reader.optional("simulate", { $0 }) {
            var sim = try at("simulate") { try ObjectReader(simulation) }
            runs = try at("simulate") {
                try sim.required("runs") { value in
                    Int(try value.integer(in: 1...1_000_000))
                }
            }
            seed = try at("simulate") {
                try sim.optional("seed") { value in
                    UInt64(try value.integer(in: 0...Int64.max))
                } ?? 1
            }
            distributions = try at("simulate") {
                try sim.required("distributions") { value in
                    guard case .array(let items) = value, !items.isEmpty, items.count <= 1000 else {
                        throw ImpactKitError(.schema, "expected 1–1000 distributions")
                    }
                    return try items.enumerated().map { index, item in try at(index) { try Self.distribution(item) } }
                }
            }
            if let first = sim.unknown.members.first {
                throw ImpactKitError(
                    .invalidArgument, "unknown simulation setting \"\(first.key.prefix(40))\"",
                    path: "/simulate/" + first.key)
            }
        }
        if let first = reader.unknown.members.first {
            throw ImpactKitError(
                .invalidArgument, "unknown assurance setting \"\(first.key.prefix(40))\"", path: "/" + first.key)
        }
    }

    private static func distribution(_ value: JSONValue) throws -> Distribution {
        var reader = try ObjectReader(value)
        let parameter = try reader.required("parameter") { try SROIValuation.Parameter(id: try $0.stringValue()) }
        let outcome = try reader.optional("outcome") { try $0.identifier() }
        let kind = try reader.required("kind") { try Distribution.Kind(id: try $0.stringValue()) }
        let low = try reader.required("low") { try $0.number() }
        let high = try reader.required("high") { try $0.number() }
        let mode = try reader.optional("mode") { try $0.number() }
        // Every value a draw can take must be one the parameter allows, so both ends are checked as such.
        try at("low") { try parameter.validate(low) }
        try at("high") { try parameter.validate(high) }
        guard low <= high else { throw ImpactKitError(.range, "low (\(low)) is above high (\(high))", path: "/high") }
        if kind == .triangular {
            guard let mode, (low...high).contains(mode) else {
                throw ImpactKitError(
                    .range, "a triangular distribution needs a mode between low and high", path: "/mode")
            }
        } else if mode != nil {
            throw ImpactKitError(.invalidArgument, "a uniform distribution has no mode", path: "/mode")
        }
        if let first = reader.unknown.members.first {
            throw ImpactKitError(
                .invalidArgument, "unknown distribution setting \"\(first.key.prefix(40))\"", path: "/" + first.key)
        }
        return Distribution(parameter: parameter, outcome: outcome, kind: kind, low: low, mode: mode, high: high)
    }
}
