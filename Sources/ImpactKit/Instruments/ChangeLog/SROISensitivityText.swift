/// The sensitivity run and the assurance figures as text for people (the CLI's default), beside their JSON forms
/// (`sensitivityJSON`, `SROIAssurance.jsonValue`): the same figures, rounded as the report rounds them.
extension SROIValuation {
    public func sensitivityText(_ runs: [(value: Double, result: Result)], parameter: Parameter, outcome: String?,
                                language: Language) -> String {
        let words = SROITextWords.of(language)
        let scope = outcome.map { id in "\(id) " + (outcomes.first { $0.id == id }?.name ?? "") } ?? words.allOutcomes
        let unit = [.quantity, .proxy, .duration].contains(parameter) ? "" : "%"
        var lines = [words.sensitivity + parameter.label[language] + " (\(scope))"]
        lines.append("  " + words.theStudy + resultText(calculate(), words, language))
        for run in runs {
            lines.append("  \(figure(run.value, language))\(unit): " + resultText(run.result, words, language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func resultText(_ result: Result, _ words: SROITextWords, _ language: Language) -> String {
        let ratio = result.ratio.map { "ratio " + ratioText($0, language) + " : 1" } ?? Self.noRatio(language)
        return ratio + words.presentValue + money(result.totalPresentValue, language) + words.net + money(result.netPresentValue, language)
    }
}

extension SROIAssurance {
    /// The parts asked for: tornado rows (largest swing first), break-even values, the simulation's percentiles.
    public func text(for valuation: SROIValuation, tornado showTornado: Bool, breakEven showBreakEven: Bool,
                     language: Language) -> String {
        let words = SROITextWords.of(language)
        let names = Dictionary(valuation.outcomes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func ratio(_ value: Double) -> String { value.isFinite ? ratioText(value, language) : "–" }
        var lines = [words.studyRatio + ratio(baseRatio) + " : 1"]
        if showTornado {
            lines += ["", words.tornado]
            for row in tornado {
                let subject = row.outcome.map { "\($0) \(names[$0] ?? "")" } ?? words.study
                lines.append("  \(subject) — \(row.parameter.label[language]): "
                    + "\(figure(row.low.value, language)) → \(ratio(row.low.ratio)), \(figure(row.high.value, language)) → \(ratio(row.high.ratio))"
                    + " (\(words.swing) \(ratio(row.swing)))")
            }
        }
        if showBreakEven {
            lines += ["", words.breakEven]
            for item in breakEven {
                let name = item.parameter.label[language]
                guard let value = item.value else {
                    lines.append("  \(name): " + words.doesNotCross)
                    continue
                }
                switch item.parameter {
                case .quantity, .proxy: lines.append("  \(name): " + words.atShare(figure(value * 100, language)))
                case .duration: lines.append("  \(name): " + words.years(Int(value)))
                default: lines.append("  \(name): \(figure(value, language))%")
                }
            }
        }
        if let simulation {
            lines.append("")
            lines.append(words.simulation(simulation.runs, simulation.seed)
                + ": P5 \(ratio(simulation.p5)), P50 \(ratio(simulation.p50)), P95 \(ratio(simulation.p95)); "
                + words.below(figure(simulation.shareBelow * 100, language)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The words of these texts, one table per language (as PosterWords and ChartWords are for the pictures).
struct SROITextWords: WordTable {
    var sensitivity: String
    var allOutcomes: String
    var theStudy: String
    var presentValue: String
    var net: String
    var studyRatio: String
    var tornado: String
    var study: String
    var swing: String
    var breakEven: String
    var doesNotCross: String
    var atShare: @Sendable (String) -> String
    var years: @Sendable (Int) -> String
    var simulation: @Sendable (Int, UInt64) -> String
    var below: @Sendable (String) -> String

    static let nl = SROITextWords(
        sensitivity: "SROI-gevoeligheid: ", allOutcomes: "alle uitkomsten", theStudy: "Studie zelf: ",
        presentValue: ", contante waarde ", net: ", netto ", studyRatio: "SROI-ratio van de studie: ",
        tornado: "Tornado (grootste uitslag eerst): de ratio bij de lage en de hoge waarde", study: "studie",
        swing: "uitslag", breakEven: "Omslagpunt (ratio 1 : 1):", doesNotCross: "komt binnen het bereik niet onder 1 : 1",
        atShare: { "bij \($0)% van de eigen waarde van elke uitkomst" }, years: { counted($0, "jaar", "jaar") },
        simulation: { "Simulatie: \($0) trekkingen (seed \($1))" }, below: { "\($0)% onder 1 : 1" })

    static let en = SROITextWords(
        sensitivity: "SROI sensitivity: ", allOutcomes: "all outcomes", theStudy: "The study: ",
        presentValue: ", present value ", net: ", net ", studyRatio: "The study's SROI ratio: ",
        tornado: "Tornado (largest swing first): the ratio at the low and the high value", study: "study",
        swing: "swing", breakEven: "Break-even (ratio 1 : 1):", doesNotCross: "does not cross 1 : 1 within its range",
        atShare: { "at \($0)% of every outcome's own value" }, years: { counted($0, "year", "years") },
        simulation: { "Simulation: \($0) draws (seed \($1))" }, below: { "\($0)% below 1 : 1" })


    var all: [String] {
        [sensitivity, allOutcomes, theStudy, presentValue, net, studyRatio, tornado, study, swing, breakEven, doesNotCross,
         atShare("50"), years(1), years(2), simulation(100, 1), below("5")]
    }
}
