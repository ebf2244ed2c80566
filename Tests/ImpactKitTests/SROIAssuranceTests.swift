import Testing
@testable import ImpactKit

/// Tornado, break-even and simulation on a study small enough to work by hand: one outcome, 10 × €100,
/// deadweight 20 %, nothing else deducted, one year, no discounting, €500 invested:
/// value = 10 × 100 × 0.8 = 800, ratio 800 / 500 = 1.6.
@Suite("SROI assurance")
struct SROIAssuranceTests {
    static func study(discountRate: Double = 0) -> SROIValuation {
        SROIValuation(
            currency: "EUR", discountRate: discountRate, inputs: [.init(name: "hours", value: 500)],
            outcomes: [
                .init(
                    id: "o1", name: "Confidence", group: nil, quantity: 10, proxy: 100, proxySource: nil, duration: 1,
                    deadweight: 20,
                    attribution: 0, displacement: 0, dropOff: 0)
            ])
    }

    @Test func splitMix64KnownAnswers() {
        // The reference implementation's first outputs for seed 0 (as in xoshiro's seeding and Java's SplittableRandom).
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func tornadoIsSortedBySwing() throws {
        let assurance = try SROIAssurance(Self.study(), settings: SROIAssuranceSettings())
        #expect(assurance.baseRatio == 1.6)
        // duration 1 → 2 years doubles the value (no drop-off, no discounting): 1.6 → 3.2, swing 1.6;
        // quantity and proxy ±20 %: 1.28 … 1.92 (0.64); deadweight 10 … 30 %: 1.8 … 1.4 (0.4);
        // attribution and displacement 0 … 10 %: 1.6 … 1.44 (0.16); the discount rate 0 … 1.5 %: 1.6 … 800 / 1.015 / 500;
        // drop-off changes nothing in a one-year outcome.
        #expect(
            assurance.tornado.map(\.parameter) == [
                .duration, .quantity, .proxy, .deadweight, .attribution, .displacement, .discountRate, .dropOff,
            ])
        let swings = assurance.tornado.map(\.swing)
        let expected = [1.6, 0.64, 0.64, 0.4, 0.16, 0.16, 1.6 - 800 / 1.015 / 500, 0]
        for (swing, hand) in zip(swings, expected) { #expect(abs(swing - hand) < 1e-12, "\(swing) vs \(hand)") }
        let deadweight = try #require(assurance.tornado.first { $0.parameter == .deadweight })
        #expect(deadweight.low == .init(value: 10, ratio: 1.8) && deadweight.outcome == "o1")
        #expect(abs(deadweight.high.ratio - 1.4) < 1e-12 && deadweight.high.value == 30)
    }

    @Test func breakEvenValues() throws {
        let assurance = try SROIAssurance(Self.study(), settings: SROIAssuranceSettings())
        func value(_ parameter: SROIValuation.Parameter) -> Double? {
            assurance.breakEven.first { $0.parameter == parameter }?.value
        }
        // 1000 × (1 − d) = 500 → d = 50 %; 800 × (1 − a) = 500 → a = 37.5 % (the same for displacement);
        // proxies or quantities at 1 / 1.6 = 62.5 %; 800 / (1 + r) = 500 → r = 60 %.
        #expect(abs((value(.deadweight) ?? 0) - 50) < 1e-9)
        #expect(abs((value(.attribution) ?? 0) - 37.5) < 1e-9)
        #expect(abs((value(.displacement) ?? 0) - 37.5) < 1e-9)
        #expect(value(.proxy) == 0.625 && value(.quantity) == 0.625)
        #expect(abs((value(.discountRate) ?? 0) - 60) < 1e-9)
        // One year already reaches 1:1, and drop-off cannot lower a one-year outcome: neither crosses.
        #expect(value(.duration) == nil && value(.dropOff) == nil)
    }

    @Test func simulationMatchesTheClosedForm() throws {
        // Proxy uniform on €50–150: the ratio is proxy × 10 × 0.8 / 500 = 0.016 × proxy, uniform on 0.8–2.4, so
        // P5 = 0.88, P50 = 1.6, P95 = 2.32 and P(ratio < 1) = 0.2 / 1.6 = 0.125.
        var settings = SROIAssuranceSettings()
        settings.runs = 10_000
        settings.seed = 42
        settings.distributions = [.init(parameter: .proxy, outcome: nil, kind: .uniform, low: 50, mode: nil, high: 150)]
        let simulation = try #require(try SROIAssurance(Self.study(), settings: settings).simulation)
        #expect(
            abs(simulation.p5 - 0.88) < 0.02 && abs(simulation.p50 - 1.6) < 0.02 && abs(simulation.p95 - 2.32) < 0.02)
        #expect(abs(simulation.shareBelow - 0.125) < 0.01)
        // The same seed, the same run; another seed, other draws.
        #expect(try SROIAssurance(Self.study(), settings: settings).simulation == simulation)
        settings.seed = 43
        #expect(try SROIAssurance(Self.study(), settings: settings).simulation != simulation)
    }

    @Test func triangularDrawsFollowTheInverseDistribution() {
        let triangle = SROIAssuranceSettings.Distribution(
            parameter: .proxy, outcome: nil, kind: .triangular, low: 0, mode: 25, high: 100)
        // F(x) = x² / (100 × 25) below the mode: u = 0.25 is the mode; u = 0.01 → x = √(0.01 × 2500) = 5.
        #expect(triangle.value(at: 0.25) == 25 && triangle.value(at: 0.01) == 5 && triangle.value(at: 0) == 0)
        #expect(abs(triangle.value(at: 0.9999) - (100 - (0.0001 * 100 * 75).squareRoot())) < 1e-9)
    }

    @Test func settingsAreChecked() throws {
        func refused(_ text: String) -> ImpactKitError? {
            caught { try SROIAssuranceSettings(jsonValue: try JSONParser.parse(text)) }
        }
        #expect(refused(#"{"ranges": {"proxy": [10]}}"#)?.path == "/ranges/proxy")
        #expect(refused(#"{"ranges": {"price": [10, 10]}}"#)?.path == "/ranges/price")
        #expect(refused(#"{"simulate": {"runs": 0, "distributions": []}}"#)?.path == "/simulate/runs")
        let mode = refused(
            #"{"simulate": {"runs": 5, "distributions": [{"parameter": "proxy", "kind": "triangular", "low": 1, "high": 2}]}}"#
        )
        #expect(mode?.path == "/simulate/distributions/0/mode")
        let percent = refused(
            #"{"simulate": {"runs": 5, "distributions": [{"parameter": "deadweight", "kind": "uniform", "low": 10, "high": 120}]}}"#
        )
        #expect(percent?.path == "/simulate/distributions/0/high" && percent?.code == .range)
        #expect(refused(#"{"simulation": {}}"#)?.path == "/simulation")
        var noInputs = Self.study()
        noInputs.inputs = []
        #expect(caught { try SROIAssurance(noInputs, settings: SROIAssuranceSettings()) }?.code == .invalidArgument)
    }

    /// A study of `count` outcomes with different durations, drop-offs and discounting (so every year counts).
    static func large(_ count: Int) -> SROIValuation {
        SROIValuation(
            currency: "EUR", discountRate: 3.5, inputs: [.init(name: "hours", value: 1_000 * Double(count))],
            outcomes: (0..<count).map { index in
                .init(
                    id: "o\(index)", name: "Outcome \(index)", group: nil, quantity: Double(5 + index % 7),
                    proxy: Double(100 + 37 * (index % 11)), proxySource: nil, duration: 1 + index % 5,
                    deadweight: Double(index % 30), attribution: 10, displacement: Double(index % 4),
                    dropOff: Double(index % 20))
            })
    }

    /// Issue 37, item 5: the tornado changes one outcome at a time, so it recomputes that outcome only (it recomputed
    /// the whole study per row: quadratic, 15 s at 1 600 outcomes). Every row equals the whole recomputation.
    @Test func tornadoRowsEqualTheWholeRecomputation() throws {
        let study = Self.large(40)
        let assurance = try SROIAssurance(study, settings: SROIAssuranceSettings())
        #expect(assurance.tornado.count == 40 * 7 + 1)
        for row in assurance.tornado where row.outcome != nil {
            for point in [row.low, row.high] {
                let whole = study.calculate { which, candidate in
                    which == row.parameter && candidate?.id == row.outcome ? point.value : nil
                }
                let expected = try #require(whole.ratio)
                #expect(abs(point.ratio - expected) <= 1e-12 * expected, "\(row.parameter) of \(row.outcome ?? "")")
            }
        }
    }

    /// A simulation run computes its ratio without the per-year tables; it equals the whole calculation.
    @Test func aSimulationRunEqualsTheWholeCalculation() throws {
        let study = Self.large(40)
        let drawn = SROIValuation.drawnPerOutcome
        // Draw 0 sets every proxy, draw 1 the duration of o3 only, draw 2 the discount rate.
        let draws = [137.5, 4.4, 6.0]
        var slots: [Int] = []
        for outcome in study.outcomes {
            for parameter in drawn {
                slots.append(parameter == .proxy ? 0 : parameter == .duration && outcome.id == "o3" ? 1 : -1)
            }
        }
        let fast = try #require(study.ratio(drawing: draws, slots: slots, rateSlot: 2))
        let result = study.calculate { parameter, outcome in
            switch parameter {
            case .proxy: return draws[0]
            case .duration where outcome?.id == "o3": return draws[1]
            case .discountRate: return draws[2]
            default: return nil
            }
        }
        let whole = try #require(result.ratio)
        #expect(abs(fast - whole) <= 1e-12 * whole)
    }

    /// Work is bounded before it starts: a run over the limit is IK_ELIMIT at once, and the estimate saturates.
    @Test func aRunOverTheWorkLimitIsRefusedBeforeItStarts() throws {
        let study = Self.large(2_000)
        var settings = try SROIAssuranceSettings(
            jsonValue: try JSONParser.parse(
                #"{"simulate": {"runs": 1000000, "distributions": [{"parameter": "proxy", "kind": "uniform", "low": 50, "high": 150}]}}"#
            ))
        // 2 000 outcomes of 1–5 years (3 on average), each counted with one more: 8 000 outcome-years a whole
        // calculation; the tornado and break-even 400 of those (3 200 000), the duration search 1 325 per outcome
        // (2 650 000), each of the 10⁶ runs one and its draw (8 001): 8 006 850 000, over the default 10⁹.
        let refused = caught { try SROIAssurance(study, settings: settings) }
        #expect(refused?.code == .limit && refused?.path == "/max_outcome_years")
        #expect(
            refused?.message.hasPrefix(
                "this assurance run would compute 8006850000 outcome-years, more than the limit of 1000000000") == true)
        settings.runs = 10
        #expect(caught { try SROIAssurance(study, settings: settings) } == nil)
        settings.maxOutcomeYears = 1_000
        #expect(caught { try SROIAssurance(study, settings: settings) }?.code == .limit)
        #expect(Int.max.addingSaturated(1) == .max && (Int.max / 2).multipliedSaturated(by: 3) == .max)
        let given = try SROIAssuranceSettings(jsonValue: try JSONParser.parse(#"{"max_outcome_years": 5}"#))
        #expect(given.maxOutcomeYears == 5)
        #expect(
            caught { try SROIAssuranceSettings(jsonValue: try JSONParser.parse(#"{"max_outcome_years": 0}"#)) }?.path
                == "/max_outcome_years")
    }
}
