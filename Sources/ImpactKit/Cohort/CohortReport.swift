/// The cohort view as a JSON document ("schema": "impactkit/cohort-report/1") and as text.
extension Cohort {
    public static let reportSchemaID = "impactkit/cohort-report/1"

    /// A share of the groups in ten-thousandths, half up.
    func share(_ count: Int) -> Int {
        groups == 0 ? 0 : (count * 20_000 + groups) / (2 * groups)
    }

    public func reportJSON(language: Language) -> JSONValue {
        var report = JSONObject()
        report.append("schema", .string(Cohort.reportSchemaID))
        report.append("lang", .string(language.rawValue))
        report.append("thresholds", thresholds.jsonValue)
        report.append("groups", .int(Int64(groups)))
        report.append("moments", .int(Int64(moments)))
        report.append(
            "domains",
            .array(
                domains.map { row in
                    var item = JSONObject()
                    item.append("id", .string(row.id))
                    item.append("name", .string(row.name[language]))
                    item.append("groups_in_use", .int(Int64(row.groupsInUse)))
                    item.append("covered", .int(Int64(row.covered)))
                    item.append("partial", .int(Int64(row.partial)))
                    item.append("empty", .int(Int64(row.empty)))
                    var fields = JSONObject()
                    for (index, field) in Field.allCases.enumerated() {
                        var cell = JSONObject()
                        cell.append("cards", .int(Int64(row.cells[index].cards)))
                        cell.append("groups", .int(Int64(row.cells[index].groups)))
                        cell.append("share_of_groups", .double(Double(share(row.cells[index].groups)) / 10_000))
                        fields.append(field.rawValue, .object(cell))
                    }
                    item.append("fields", .object(fields))
                    return .object(item)
                }))
        report.append(
            "coverage_distribution",
            .array(
                coverageDistribution.enumerated().map { covered, count in
                    var item = JSONObject()
                    item.append("covered_domains", .int(Int64(covered)))
                    item.append("groups", .int(Int64(count)))
                    return .object(item)
                }))
        report.append(
            "attention",
            .array(
                attention.map { entry in
                    var item = JSONObject()
                    item.append("source", .string(entry.source))
                    item.append("id", .string(entry.id))
                    item.append("title", .string(entry.title))
                    item.append("moment", entry.moment.map(JSONValue.string) ?? .null)
                    item.append(
                        "reasons",
                        .array(
                            entry.reasons.map { reason in
                                var object = JSONObject()
                                object.append("code", .string(reason.code.rawValue))
                                object.append("domains", .array(reason.domains.map(JSONValue.string)))
                                object.append("moments", .array(reason.moments.map(JSONValue.string)))
                                object.append("text", .string(reason.text[language]))
                                return .object(object)
                            }))
                    return .object(item)
                }))
        report.append(
            "skipped",
            .array(
                skipped.map { entry in
                    var item = JSONObject()
                    item.append("source", .string(entry.source))
                    item.append("code", .string(entry.error.code.symbol))
                    item.append("path", .string(entry.error.path))
                    item.append("message", .string(entry.error.message))
                    return .object(item)
                }))
        return .object(report)
    }

    public func text(language: Language) -> String {
        let nl = language == .nl
        var lines: [String] = []
        lines.append(
            nl
                ? "Cohort: \(counted(groups, "groep", "groepen")), \(counted(moments, "canvas", "canvassen"))\(skipped.isEmpty ? "" : ", \(skipped.count) overgeslagen")."
                : "Cohort: \(counted(groups, "group", "groups")), \(counted(moments, "canvas", "canvases"))\(skipped.isEmpty ? "" : ", \(skipped.count) skipped").")
        lines.append("")
        lines.append(nl ? "Groepen met kaarten per domein en veld (laatste moment):" : "Groups with cards per domain and field (latest moment):")
        let header = nl ? "Domein" : "Domain"
        let width = max(header.count, domains.map { $0.name[language].count }.max() ?? 0)
        func pad(_ text: String, _ size: Int) -> String { text + String(repeating: " ", count: max(0, size - text.count)) }
        lines.append(
            pad(header, width) + "  " + Field.allCases.map { pad($0.label[language], 12) }.joined()
                + (nl ? "gedekt" : "covered"))
        for row in domains {
            let cells = row.cells.map { pad("\($0.groups) (\((share($0.groups) + 50) / 100)%)", 12) }.joined()
            lines.append(pad(row.name[language], width) + "  " + cells + "\(row.covered)/\(row.groupsInUse)")
        }
        lines.append("")
        lines.append(nl ? "Gedekte domeinen per groep:" : "Covered domains per group:")
        for (covered, count) in coverageDistribution.enumerated() where count > 0 {
            lines.append("  \(covered): \(count)")
        }
        lines.append("")
        if attention.isEmpty {
            lines.append(nl ? "Geen groepen die aandacht vragen." : "No groups need attention.")
        } else {
            lines.append(nl ? "Groepen die aandacht vragen (\(attention.count)):" : "Groups that need attention (\(attention.count)):")
            for entry in attention {
                lines.append("• \(entry.title) [\(entry.source)]")
                for reason in entry.reasons { lines.append("  – " + reason.text[language]) }
            }
        }
        if !skipped.isEmpty {
            lines.append("")
            lines.append(nl ? "Overgeslagen:" : "Skipped:")
            for entry in skipped {
                let path = entry.error.path.isEmpty ? "" : " at \(entry.error.path)"
                lines.append("• \(entry.source): \(entry.error.code.symbol)\(path): \(entry.error.message)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
