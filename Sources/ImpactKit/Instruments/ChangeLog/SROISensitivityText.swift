/// The sensitivity run and the assurance figures as text for people (the CLI's default), beside their JSON forms
/// (`sensitivityJSON`, `SROIAssurance.jsonValue`): the same figures, rounded as the report rounds them.
extension SROIValuation {
    public func sensitivityText(_ runs: [(value: Double, result: Result)], parameter: Parameter, outcome: String?,
                                language: Language) -> String {
        let nl = language == .nl
        let scope = outcome.map { id in "\(id) " + (outcomes.first { $0.id == id }?.name ?? "") }
            ?? (nl ? "alle uitkomsten" : "all outcomes")
        let unit = [.quantity, .proxy, .duration].contains(parameter) ? "" : "%"
        var lines = [(nl ? "SROI-gevoeligheid: " : "SROI sensitivity: ") + parameter.label[language] + " (\(scope))"]
        let base = calculate()
        lines.append((nl ? "  Studie zelf: " : "  The study: ") + resultText(base, language))
        for run in runs {
            lines.append("  \(figure(run.value, language))\(unit): " + resultText(run.result, language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func resultText(_ result: Result, _ language: Language) -> String {
        let nl = language == .nl
        let ratio = result.ratio.map { "ratio " + ratioText($0, language) + " : 1" } ?? Self.noRatio(language)
        return ratio + (nl ? ", contante waarde " : ", present value ") + money(result.totalPresentValue, language)
            + (nl ? ", netto " : ", net ") + money(result.netPresentValue, language)
    }
}

extension SROIAssurance {
    /// The parts asked for: tornado rows (largest swing first), break-even values, the simulation's percentiles.
    public func text(for valuation: SROIValuation, tornado showTornado: Bool, breakEven showBreakEven: Bool,
                     language: Language) -> String {
        let nl = language == .nl
        let names = Dictionary(valuation.outcomes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func ratio(_ value: Double) -> String { value.isFinite ? ratioText(value, language) : "–" }
        var lines = [(nl ? "SROI-ratio van de studie: " : "The study's SROI ratio: ") + ratio(baseRatio) + " : 1"]
        if showTornado {
            lines.append("")
            lines.append(nl ? "Tornado (grootste uitslag eerst): de ratio bij de lage en de hoge waarde"
                            : "Tornado (largest swing first): the ratio at the low and the high value")
            for row in tornado {
                let subject = row.outcome.map { "\($0) \(names[$0] ?? "")" } ?? (nl ? "studie" : "study")
                lines.append("  \(subject) — \(row.parameter.label[language]): "
                    + "\(figure(row.low.value, language)) → \(ratio(row.low.ratio)), \(figure(row.high.value, language)) → \(ratio(row.high.ratio))"
                    + (nl ? " (uitslag \(ratio(row.swing)))" : " (swing \(ratio(row.swing)))"))
            }
        }
        if showBreakEven {
            lines.append("")
            lines.append(nl ? "Omslagpunt (ratio 1 : 1):" : "Break-even (ratio 1 : 1):")
            for item in breakEven {
                let name = item.parameter.label[language]
                guard let value = item.value else {
                    lines.append("  \(name): " + (nl ? "komt binnen het bereik niet onder 1 : 1" : "does not cross 1 : 1 within its range"))
                    continue
                }
                switch item.parameter {
                case .quantity, .proxy:
                    lines.append("  \(name): " + (nl ? "bij \(figure(value * 100, language))% van de eigen waarde van elke uitkomst"
                                                     : "at \(figure(value * 100, language))% of every outcome's own value"))
                case .duration:
                    lines.append("  \(name): " + (nl ? counted(Int(value), "jaar", "jaar") : counted(Int(value), "year", "years")))
                default:
                    lines.append("  \(name): \(figure(value, language))%")
                }
            }
        }
        if let simulation {
            lines.append("")
            lines.append(nl
                ? "Simulatie: \(simulation.runs) trekkingen (seed \(simulation.seed)): P5 \(ratio(simulation.p5)), P50 \(ratio(simulation.p50)), P95 \(ratio(simulation.p95)); \(figure(simulation.shareBelow * 100, language))% onder 1 : 1"
                : "Simulation: \(simulation.runs) draws (seed \(simulation.seed)): P5 \(ratio(simulation.p5)), P50 \(ratio(simulation.p50)), P95 \(ratio(simulation.p95)); \(figure(simulation.shareBelow * 100, language))% below 1 : 1")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
