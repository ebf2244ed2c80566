/// The factsheet's figures (goals met, results checked, retention) and the sheet itself as nl/en text.
extension Factsheet {
    /// Goals with at least one achieved result that names them.
    public var goalsMet: [String] {
        goals.map(\.id).filter { id in achieved.contains { $0.goal == id && $0.achieved } }
    }

    /// Retention in tenths of a percent, half up (87 of 96 → 906, i.e. 90.6 %).
    public var retentionPermille: Int? {
        guard let numbers, numbers.intake > 0 else { return nil }
        return (numbers.retained * 2000 + numbers.intake) / (2 * numbers.intake)
    }

    func reportJSON(_ context: ReportSettings) throws -> JSONValue {
        var object = reportHeader(context)
        object.append("respondents", respondents.map { .int(Int64($0)) } ?? .null)
        object.append("goals", .int(Int64(goals.count)))
        let met = goalsMet
        object.append("goals_met", .texts(met))
        object.append("goals_open", .texts(goals.map(\.id).filter { !met.contains($0) }))
        object.append("results_achieved", .int(Int64(achieved.filter(\.achieved).count)))
        object.append("results_not_achieved", .int(Int64(achieved.filter { !$0.achieved }.count)))
        if let numbers {
            var item = JSONObject()
            item.append("intake", .int(Int64(numbers.intake)))
            item.append("retained", .int(Int64(numbers.retained)))
            item.append("left", .int(Int64(numbers.intake - numbers.retained)))
            item.append("retention", numbers.retention.map { .number($0) } ?? .null)
            item.append("retention_percent", retentionPermille.map { .number(Double($0) / 10) } ?? .null)
            object.append("numbers", .object(item))
        } else {
            object.append("numbers", .null)
        }
        object.append(
            "capacities",
            .array(
                capacities.map { capacity in
                    var item = JSONObject()
                    item.append("capacity", .string(capacity.capacity))
                    item.append("name", .string(capacity.name(context.language)))
                    // Whether the capacity is one the seed names, ImpactKit's own addition, or the host's own label.
                    item.append(
                        "source",
                        .string(
                            capacity.label != nil
                                ? "host" : Factsheet.seedCapacities.contains(capacity.capacity) ? "seed" : "impactkit"))
                    item.append("observations", .int(Int64(capacity.observations.count)))
                    return .object(item)
                }))
        object.append("lessons", .int(Int64(lessons.count)))
        object.append("conditions", .int(Int64(conditions.count)))
        object.append("text", .string(try reportText(context)))
        return .object(object)
    }

    /// The factsheet laid out as seed 003 lays it out, in the chosen language (headings; the content is as written).
    func reportText(_ context: ReportSettings) throws -> String {
        let words = FactsheetWords.of(context.language)
        var lines = [title]
        if let initiative { lines.append(words.initiative + initiative) }
        if sources != nil || respondents != nil {
            // The seed's own notation: "(N = 6)".
            lines.append(words.sources + (respondents.map { " (N = \($0))" } ?? "") + (sources.map { ": " + $0 } ?? ""))
        }
        func section(_ heading: String, _ items: [String], mark: String = "•") {
            guard !items.isEmpty else { return }
            lines.append("")
            lines.append(heading + ":")
            lines.append(contentsOf: items.map { "  \(mark) \($0)" })
        }
        // "(behaald)" only where an achieved result says it answers the goal; a goal without one is not called
        // unachieved — the factsheet does not say so (seed 003 lists what was achieved, not what was not).
        let met = Set(goalsMet)
        section(
            words.goals,
            goals.map { goal in
                goal.text + (met.contains(goal.id) ? words.achievedMark : met.isEmpty ? "" : words.unlinkedMark)
            })
        section(words.intendedResults, intendedResults)
        var scaleLines: [String] = []
        if let scale { scaleLines.append(scale) }
        if let participants { scaleLines.append(words.participants(participants)) }
        if !regions.isEmpty { scaleLines.append(words.regions + regions.joined(separator: ", ")) }
        section(words.scale, scaleLines, mark: "-")
        if !achieved.isEmpty {
            lines.append("")
            lines.append(words.achieved)
            lines.append(contentsOf: achieved.map { "  [\($0.achieved ? "x" : " ")] \($0.text)" })
        }
        if let numbers {
            lines.append("")
            lines.append(words.numbers)
            lines.append("  " + words.started(numbers.intake))
            let percent = retentionPermille.map { " (\(figure(Double($0) / 10, context.language, places: 1)) %)" } ?? ""
            lines.append("  " + words.retained(numbers.retained, numbers.retainedFor.map { " " + $0 } ?? "", percent))
        }
        for capacity in capacities where !capacity.observations.isEmpty {
            // A capacity ImpactKit added (not the seed's, not the host's own label) says so where it is read.
            let own =
                capacity.label == nil && Factsheet.knownCapacities[capacity.capacity] != nil
                && !Factsheet.seedCapacities.contains(capacity.capacity)
            section(capacity.name(context.language) + (own ? words.ownHeading : ""), capacity.observations, mark: "✓")
        }
        section(words.lessons, lessons)
        section(words.conditions, conditions)
        section(words.products, products)
        if let contact { lines.append(""); lines.append("Contact: " + contact) }
        return lines.joined(separator: "\n") + "\n"
    }
}
