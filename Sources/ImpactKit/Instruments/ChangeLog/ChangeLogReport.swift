/// What a change log shows (seed 001's "Resultaten" page): changes per IDG dimension and skill, the top three
/// changes per stakeholder group, how many people, roles and groups, the share of a chosen set of dimensions,
/// the SDGs touched with the changes behind each, quotes per group, and the SROI when the study has one.
public struct ChangeLogReport: Sendable {
    public static let schemaID = "impactkit/changelog-report/1"

    /// "Collaborating and connecting" (seed 001: 66 % of the changes) = Relating + Collaborating.
    public static let collaboratingAndConnecting: [IDGDimension] = [.relating, .collaborating]

    public struct Ranked: Sendable {
        public var group: ChangeLog.Group
        /// At most three, by votes, then weight, then order in the log.
        public var top: [ChangeLog.Change]
        /// True when the next change had the same votes and weight as the third (the order in the log decided).
        public var cutByTie: Bool
        public var quotes: [String]
    }

    public var total: Int
    /// Per dimension in framework order.
    public var perDimension: [Int]
    public var unclassified: Int
    /// Skills with at least one change, in framework order.
    public var perSkill: [(skill: IDGSkill, count: Int)]
    public var groups: [Ranked]
    public var people: Int
    public var roles: Int
    public var groupsInScope: Int
    public var chosen: [IDGDimension]
    public var chosenCount: Int
    /// SDG number → ids of the changes that touch it, ascending.
    public var sdgs: [(sdg: Int, changes: [String])]
    public var sroi: SROIValuation.Result?

    /// Share in ten-thousandths of all changes, half up.
    public func share(_ count: Int) -> Int { total == 0 ? 0 : (count * 20_000 + total) / (2 * total) }

    public func count(_ dimension: IDGDimension) -> Int {
        perDimension[IDGDimension.allCases.firstIndex(of: dimension) ?? 0]
    }

    public init(_ log: ChangeLog, dimensions chosen: [IDGDimension] = ChangeLogReport.collaboratingAndConnecting) {
        total = log.changes.count
        var perDimension = Array(repeating: 0, count: IDGDimension.allCases.count)
        var unclassified = 0
        var skills: [String: Int] = [:]
        var sdgChanges: [Int: [String]] = [:]
        for change in log.changes {
            if let dimension = log.dimension(of: change), let index = IDGDimension.allCases.firstIndex(of: dimension) {
                perDimension[index] += 1
            } else {
                unclassified += 1
            }
            if let skill = change.skill { skills[skill, default: 0] += 1 }
            for sdg in change.sdgs { sdgChanges[sdg, default: []].append(change.id) }
        }
        self.perDimension = perDimension
        self.unclassified = unclassified
        perSkill = IDGSkill.all.compactMap { skill in skills[skill.id].map { (skill, $0) } }
        self.chosen = chosen
        chosenCount = log.changes.filter { change in log.dimension(of: change).map(chosen.contains) ?? false }.count
        sdgs = sdgChanges.keys.sorted().map { ($0, sdgChanges[$0] ?? []) }

        let groupOf = Dictionary(log.people.map { ($0.id, $0.group) }, uniquingKeysWith: { first, _ in first })
        func score(_ change: ChangeLog.Change) -> (Int, Double) { (change.votes ?? 0, change.weight ?? 0) }
        groups = log.groups.map { group in
            let own = log.changes.enumerated().filter { groupOf[$0.element.person] == group.id }
            // Stable: equal scores keep their order in the log.
            let ranked = own.sorted { a, b in
                let (sa, sb) = (score(a.element), score(b.element))
                if sa.0 != sb.0 { return sa.0 > sb.0 }
                if sa.1 != sb.1 { return sa.1 > sb.1 }
                return a.offset < b.offset
            }.map(\.element)
            let top = Array(ranked.prefix(3))
            let cut = ranked.count > 3 && score(ranked[2]) == score(ranked[3])
            return Ranked(group: group, top: top, cutByTie: cut, quotes: own.compactMap(\.element.quote))
        }
        people = log.people.count
        roles = Set(log.people.compactMap(\.role)).count
        groupsInScope = log.groups.filter(\.inScope).count
        sroi = log.sroi?.calculate()
    }
}

extension ChangeLog {
    public func report(dimensions: [IDGDimension] = ChangeLogReport.collaboratingAndConnecting) -> ChangeLogReport {
        ChangeLogReport(self, dimensions: dimensions)
    }
}

extension ChangeLogReport {
    /// Money rounded to cents, ratios to two decimals, half away from zero.
    static func rounded(_ value: Double, _ places: Double) -> JSONValue {
        .number((value * places).rounded(.toNearestOrAwayFromZero) / places)
    }

    public func jsonValue(for log: ChangeLog, language: Language) -> JSONValue {
        var report = JSONObject()
        report.append("schema", .string(Self.schemaID))
        report.append("changelog", .string(log.id))
        report.append("title", .string(log.title))
        report.append("lang", .string(language.rawValue))
        report.append("changes", .int(Int64(total)))
        report.append("people", .int(Int64(people)))
        report.append("roles", .int(Int64(roles)))
        report.append("groups", .int(Int64(groupsInScope)))
        report.append(
            "dimensions",
            .array(
                IDGDimension.allCases.map { dimension in
                    var item = JSONObject()
                    item.append("id", .string(dimension.rawValue))
                    item.append("name", .string(dimension.label[language]))
                    item.append("changes", .int(Int64(count(dimension))))
                    item.append("share", .double(Double(share(count(dimension))) / 10_000))
                    return .object(item)
                }))
        report.append("unclassified", .int(Int64(unclassified)))
        report.append(
            "skills",
            .array(
                perSkill.map { entry in
                    var item = JSONObject()
                    item.append("id", .string(entry.skill.id))
                    item.append("dimension", .string(entry.skill.dimension.rawValue))
                    item.append("name", .string(entry.skill.label[language]))
                    item.append("changes", .int(Int64(entry.count)))
                    return .object(item)
                }))
        var chosenObject = JSONObject()
        chosenObject.append("dimensions", .array(chosen.map { .string($0.rawValue) }))
        chosenObject.append("changes", .int(Int64(chosenCount)))
        chosenObject.append("share", .double(Double(share(chosenCount)) / 10_000))
        report.append("selection", .object(chosenObject))
        report.append(
            "top_changes",
            .array(
                groups.map { ranked in
                    var item = JSONObject()
                    item.append("group", .string(ranked.group.id))
                    item.append("name", .string(ranked.group.name))
                    item.append(
                        "changes",
                        .array(
                            ranked.top.map { change in
                                var object = JSONObject()
                                object.append("id", .string(change.id))
                                object.append("statement", .string(change.statement))
                                object.append("votes", .int(Int64(change.votes ?? 0)))
                                object.append("weight", .number(change.weight ?? 0))
                                return .object(object)
                            }))
                    item.append("cut_by_tie", .bool(ranked.cutByTie))
                    item.append("quotes", .array(ranked.quotes.map(JSONValue.string)))
                    return .object(item)
                }))
        report.append(
            "ranking",
            .string(
                language == .nl
                    ? "Op stemmen, dan gewicht; bij gelijke stand beslist de volgorde in het logboek."
                    : "By votes, then weight; equal scores keep their order in the log."))
        var sdgObject = JSONObject()
        sdgObject.append("touched", .int(Int64(sdgs.count)))
        sdgObject.append("of", .int(17))
        sdgObject.append(
            "goals",
            .array(
                sdgs.map { entry in
                    var item = JSONObject()
                    item.append("sdg", .int(Int64(entry.sdg)))
                    item.append("changes", .array(entry.changes.map(JSONValue.string)))
                    return .object(item)
                }))
        report.append("sdgs", .object(sdgObject))
        report.append("sroi", sroi.map { SROIValuation.resultJSON($0, currency: log.sroi?.currency ?? "EUR") } ?? .null)
        return .object(report)
    }

    public func text(for log: ChangeLog, language: Language) -> String {
        let nl = language == .nl
        func percent(_ count: Int) -> String { "\((share(count) + 50) / 100)%" }
        var lines = [log.title, ""]
        lines.append(
            nl
                ? "\(total) veranderingen bij \(people) mensen in \(roles) rollen, \(groupsInScope) groepen."
                : "\(total) changes experienced by \(people) people in \(roles) roles, \(groupsInScope) groups.")
        lines.append("")
        lines.append(nl ? "Inner Development Goals:" : "Inner Development Goals:")
        for dimension in IDGDimension.allCases {
            lines.append("  \(dimension.label[language]): \(count(dimension)) (\(percent(count(dimension))))")
        }
        if unclassified > 0 { lines.append((nl ? "  Niet ingedeeld: " : "  Unclassified: ") + "\(unclassified)") }
        let names = chosen.map { $0.label[language] }.joined(separator: " + ")
        lines.append(
            nl
                ? "\(percent(chosenCount)) van de veranderingen gaat over \(names)."
                : "\(percent(chosenCount)) of the changes are about \(names).")
        lines.append(
            nl ? "Bijdrage aan \(sdgs.count) van de 17 SDG's." : "Contributes to \(sdgs.count) of the 17 SDGs.")
        for ranked in groups where !ranked.top.isEmpty {
            lines.append("")
            lines.append((nl ? "Belangrijkste veranderingen — " : "Top changes — ") + ranked.group.name)
            for change in ranked.top { lines.append("  • " + change.statement) }
            if ranked.cutByTie {
                lines.append(nl ? "  (gelijke stand: volgorde in het logboek beslist)" : "  (tie: the order in the log decided)")
            }
            for quote in ranked.quotes { lines.append("  “\(quote)”") }
        }
        if let sroi, let currency = log.sroi?.currency {
            lines.append("")
            func money(_ value: Double) -> String {
                // Beyond ±90 trillion cents Int64 would trap (and cents mean nothing): print the number as is.
                guard value.isFinite, abs(value) < 9e13 else { return "\(currency) \(value)" }
                let cents = Int64((value * 100).rounded(.toNearestOrAwayFromZero))
                let whole = abs(cents) / 100, rest = abs(cents) % 100
                return "\(currency) \(cents < 0 ? "-" : "")\(whole).\(rest < 10 ? "0" : "")\(rest)"
            }
            lines.append("SROI:")
            lines.append((nl ? "  Contante waarde: " : "  Present value: ") + money(sroi.totalPresentValue))
            lines.append((nl ? "  Investering: " : "  Inputs: ") + money(sroi.inputs))
            lines.append((nl ? "  Netto contante waarde: " : "  Net present value: ") + money(sroi.netPresentValue))
            if let ratio = sroi.ratio {
                if ratio.isFinite, abs(ratio) < 9e13 {
                    let hundredths = Int64((ratio * 100).rounded(.toNearestOrAwayFromZero))
                    let whole = abs(hundredths) / 100, rest = abs(hundredths) % 100
                    lines.append("  SROI ratio: \(hundredths < 0 ? "-" : "")\(whole).\(rest < 10 ? "0" : "")\(rest) : 1")
                } else {
                    lines.append("  SROI ratio: \(ratio) : 1")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension SROIValuation {
    static func resultJSON(_ result: Result, currency: String) -> JSONValue {
        var object = JSONObject()
        object.append("currency", .string(currency))
        object.append(
            "outcomes",
            .array(
                result.outcomes.map { outcome in
                    var item = JSONObject()
                    item.append("id", .string(outcome.id))
                    item.append("impact", ChangeLogReport.rounded(outcome.impact, 100))
                    item.append("values", .array(outcome.values.map { ChangeLogReport.rounded($0, 100) }))
                    item.append("present_value", ChangeLogReport.rounded(outcome.presentValue, 100))
                    return .object(item)
                }))
        object.append("present_value_per_year", .array(result.presentValuePerYear.map { ChangeLogReport.rounded($0, 100) }))
        object.append("total_present_value", ChangeLogReport.rounded(result.totalPresentValue, 100))
        object.append("inputs", ChangeLogReport.rounded(result.inputs, 100))
        object.append("net_present_value", ChangeLogReport.rounded(result.netPresentValue, 100))
        object.append("ratio", result.ratio.map { ChangeLogReport.rounded($0, 100) } ?? .null)
        return .object(object)
    }

    /// A sensitivity run as JSON: the parameter and, per value, the present value, NPV and ratio.
    public static func sensitivityJSON(_ runs: [(value: Double, result: Result)], parameter: Parameter, currency: String)
        -> JSONValue
    {
        var object = JSONObject()
        object.append("schema", .string("impactkit/sroi-sensitivity/1"))
        object.append("parameter", .string(parameter.rawValue))
        object.append("currency", .string(currency))
        object.append(
            "runs",
            .array(
                runs.map { run in
                    var item = JSONObject()
                    item.append("value", .number(run.value))
                    item.append("total_present_value", ChangeLogReport.rounded(run.result.totalPresentValue, 100))
                    item.append("net_present_value", ChangeLogReport.rounded(run.result.netPresentValue, 100))
                    item.append("ratio", run.result.ratio.map { ChangeLogReport.rounded($0, 100) } ?? .null)
                    return .object(item)
                }))
        return .object(object)
    }
}
