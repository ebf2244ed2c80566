/// The sensitivity run and the assurance figures as text for people (the CLI's default), beside their JSON forms
/// (`sensitivityJSON`, `SROIAssurance.jsonValue`): the same figures, rounded as the report rounds them.
extension SROIValuation {
    public func sensitivityText(
        _ runs: [(value: Double, result: Result)], parameter: Parameter, outcome: String?,
        language: Language
    ) -> String {
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
        return ratio + words.presentValue + money(result.totalPresentValue, language) + words.net
            + money(result.netPresentValue, language)
    }
}

extension SROIAssurance {
    /// The parts asked for: tornado rows (largest swing first), break-even values, the simulation's percentiles.
    public func text(
        for valuation: SROIValuation, tornado showTornado: Bool, breakEven showBreakEven: Bool,
        language: Language
    ) -> String {
        let words = SROITextWords.of(language)
        let names = Dictionary(valuation.outcomes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func ratio(_ value: Double) -> String { value.isFinite ? ratioText(value, language) : "–" }
        var lines = [words.studyRatio + ratio(baseRatio) + " : 1"]
        if showTornado {
            lines += ["", words.tornado]
            for row in tornado {
                let subject = row.outcome.map { "\($0) \(names[$0] ?? "")" } ?? words.study
                lines.append(
                    "  \(subject) — \(row.parameter.label[language]): "
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
                case .duration: lines.append("  \(name): " + CommonWords.of(language).years(Int(value)))
                default: lines.append("  \(name): \(figure(value, language))%")
                }
            }
        }
        if let simulation {
            lines.append("")
            lines.append(
                words.simulation(simulation.runs, simulation.seed)
                    + ": P5 \(ratio(simulation.p5)), P50 \(ratio(simulation.p50)), P95 \(ratio(simulation.p95)); "
                    + words.below(figure(simulation.shareBelow * 100, language)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
