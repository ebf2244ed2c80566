/// What a change log shows (seed 001's "Resultaten" page): changes per IDG dimension and skill, the top three
/// changes per stakeholder group, how many people, roles and groups, the share of a chosen set of dimensions,
/// the SDGs touched with the changes behind each, quotes per group, and the SROI when the study has one.
public struct ChangeLogReport: Sendable {
    public static let schemaID = "impactkit/changelog-report/1"

    /// "Collaborating and connecting" (seed 001: 66 % of the changes) = Relating + Collaborating.
    public static let collaboratingAndConnecting: [IDGDimension] = [.relating, .collaborating]

    public struct Ranked: Sendable {
        public var group: ChangeLog.Group
        /// At most three of the changes someone chose (votes or weight above 0), by votes, then weight, then order
        /// in the log. A change nobody chose is never "most important": a group without any vote has none here.
        public var top: [ChangeLog.Change]
        /// True when the next change had the same votes and weight as the third (the order in the log decided).
        public var cutByTie: Bool
        /// The changes after the third with the same votes and weight as the third: left out by order alone.
        public var tiedBeyond: [ChangeLog.Change]
        /// The group's changes with neither votes nor weight (not ranked).
        public var unvoted: Int
        public var quotes: [String]
    }

    /// Stakeholder groups the study marked out of scope, with their people and changes: reported apart and left
    /// out of every total, so that "4 groups" and the counts and shares next to it describe the same study.
    public struct OutOfScope: Sendable {
        public var groups: [ChangeLog.Group]
        public var people: Int
        public var changes: Int
    }

    /// Changes of people in groups in scope.
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
    public var outOfScope: OutOfScope
    /// Verified and unverified changes (in scope): in all, per group in scope, per dimension (nil: unclassified).
    public var verified: Int
    public var verifiedPerGroup: [(group: ChangeLog.Group, verified: Int, unverified: Int)]
    public var verifiedPerDimension: [(dimension: IDGDimension?, verified: Int, unverified: Int)]
    public var sroi: SROIValuation.Result?

    /// Share in ten-thousandths of all changes, half up.
    public func share(_ count: Int) -> Int { total == 0 ? 0 : (count * 20_000 + total) / (2 * total) }

    public func count(_ dimension: IDGDimension) -> Int {
        perDimension[IDGDimension.allCases.firstIndex(of: dimension) ?? 0]
    }

    /// The whole percentage of `count` of the total, rounded once from the exact fraction.
    public func percent(_ count: Int) -> Int { WholePercent.of(count, total) }

    public init(_ log: ChangeLog, dimensions chosen: [IDGDimension] = ChangeLogReport.collaboratingAndConnecting) {
        let outside = Set(log.groups.filter { !$0.inScope }.map(\.id))
        let groupOf = Dictionary(log.people.map { ($0.id, $0.group) }, uniquingKeysWith: { first, _ in first })
        let inScopePeople = log.people.filter { !outside.contains($0.group) }
        let changes = log.changes.filter { !outside.contains(groupOf[$0.person] ?? "") }
        outOfScope = OutOfScope(
            groups: log.groups.filter { !$0.inScope }, people: log.people.count - inScopePeople.count,
            changes: log.changes.count - changes.count)
        total = changes.count
        var perDimension = Array(repeating: 0, count: IDGDimension.allCases.count)
        var unclassified = 0
        var skills: [String: Int] = [:]
        var sdgChanges: [Int: [String]] = [:]
        for change in changes {
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
        chosenCount = changes.filter { change in log.dimension(of: change).map(chosen.contains) ?? false }.count
        sdgs = sdgChanges.keys.sorted().map { ($0, sdgChanges[$0] ?? []) }

        func score(_ change: ChangeLog.Change) -> (Int, Double) { (change.votes ?? 0, change.weight ?? 0) }
        groups = log.groups.filter(\.inScope).map { group in
            let own = changes.enumerated().filter { groupOf[$0.element.person] == group.id }
            let voted = own.filter { score($0.element) != (0, 0) }
            // Stable: equal scores keep their order in the log.
            let ranked = voted.sorted { a, b in
                let (sa, sb) = (score(a.element), score(b.element))
                if sa.0 != sb.0 { return sa.0 > sb.0 }
                if sa.1 != sb.1 { return sa.1 > sb.1 }
                return a.offset < b.offset
            }.map(\.element)
            let top = Array(ranked.prefix(3))
            let tiedBeyond = ranked.count > 3 ? ranked.dropFirst(3).prefix { score($0) == score(ranked[2]) } : []
            return Ranked(
                group: group, top: top, cutByTie: !tiedBeyond.isEmpty, tiedBeyond: Array(tiedBeyond),
                unvoted: own.count - voted.count, quotes: own.compactMap(\.element.quote))
        }
        verified = changes.filter { $0.verified != nil }.count
        verifiedPerGroup = log.groups.filter(\.inScope).map { group in
            let own = changes.filter { groupOf[$0.person] == group.id }
            let yes = own.filter { $0.verified != nil }.count
            return (group, yes, own.count - yes)
        }
        verifiedPerDimension = (IDGDimension.allCases.map { Optional($0) } + [nil]).compactMap { dimension in
            let own = changes.filter { log.dimension(of: $0) == dimension }
            guard dimension != nil || !own.isEmpty else { return nil }
            let yes = own.filter { $0.verified != nil }.count
            return (dimension, yes, own.count - yes)
        }
        people = inScopePeople.count
        roles = Set(inScopePeople.compactMap(\.role)).count
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
                    item.append("tied_beyond", .texts(ranked.tiedBeyond.map(\.id)))
                    item.append("unvoted", .int(Int64(ranked.unvoted)))
                    item.append("quotes", .array(ranked.quotes.map(JSONValue.string)))
                    return .object(item)
                }))
        report.append(
            "ranking",
            .string(ChangeLogWords.of(language).ranking))
        var outside = JSONObject()
        outside.append("groups", .texts(outOfScope.groups.map(\.id)))
        outside.append("people", .int(Int64(outOfScope.people)))
        outside.append("changes", .int(Int64(outOfScope.changes)))
        report.append("out_of_scope", .object(outside))
        func counts(_ verified: Int, _ unverified: Int) -> [JSONObject.Member] {
            [
                .init(key: "verified", value: .int(Int64(verified))),
                .init(key: "unverified", value: .int(Int64(unverified))),
            ]
        }
        var verification = JSONObject(counts(verified, total - verified))
        verification.append(
            "groups",
            .array(
                verifiedPerGroup.map { entry in
                    .object(
                        JSONObject(
                            [.init(key: "group", value: .string(entry.group.id))]
                                + counts(entry.verified, entry.unverified)))
                }))
        verification.append(
            "dimensions",
            .array(
                verifiedPerDimension.map { entry in
                    .object(
                        JSONObject(
                            [.init(key: "dimension", value: entry.dimension.map { .string($0.rawValue) } ?? .null)]
                                + counts(entry.verified, entry.unverified)))
                }))
        report.append("verification", .object(verification))
        report.append("principles", SVIPrinciples(log, report: self).jsonValue(language: language))
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
        report.append(
            "sroi", log.sroi.flatMap { valuation in sroi.map { valuation.resultJSON($0, language: language) } } ?? .null
        )
        return .object(report)
    }

    public func text(for log: ChangeLog, language: Language) -> String {
        let words = ChangeLogWords.of(language), common = CommonWords.of(language)
        var lines = [log.title, ""]
        lines.append(words.summary(common.changes(total), common.people(people), roles, common.groups(groupsInScope)))
        if !outOfScope.groups.isEmpty {
            let names = outOfScope.groups.map(\.name).joined(separator: ", ")
            lines.append(words.outOfScope(names, common.people(outOfScope.people), common.changes(outOfScope.changes)))
        }
        lines.append("")
        lines.append("Inner Development Goals:")
        // Each line rounded once from its own count; a partition that then adds to 99 or 101 says so.
        let parts = IDGDimension.allCases.map(count) + (unclassified > 0 ? [unclassified] : [])
        let split = WholePercent.partition(parts)
        for (index, dimension) in IDGDimension.allCases.enumerated() {
            lines.append("  \(dimension.label[language]): \(count(dimension)) (\(split.percents[index])%)")
        }
        if unclassified > 0 {
            lines.append("  \(words.unclassified): \(unclassified) (\(split.percents[IDGDimension.allCases.count])%)")
        }
        if let sum = split.offSum { lines.append("  " + common.sumNote(sum)) }
        lines.append(
            words.selectionShare(percent(chosenCount), chosen.map { $0.label[language] }.joined(separator: " + ")))
        lines.append(words.sdgs(sdgs.count))
        lines.append(words.verified(verified, total))
        for entry in verifiedPerGroup where entry.verified + entry.unverified > 0 {
            lines.append("  \(entry.group.name): \(entry.verified) \(common.of) \(entry.verified + entry.unverified)")
        }
        for ranked in groups where !ranked.top.isEmpty || ranked.unvoted > 0 {
            lines.append("")
            lines.append(words.topChanges + ranked.group.name)
            if ranked.top.isEmpty { lines.append("  " + words.nobodyVoted(common.changes(ranked.unvoted))) }
            for change in ranked.top { lines.append("  • " + change.statement) }
            if ranked.cutByTie {
                lines.append("  " + words.tie(ranked.tiedBeyond.count))
                for change in ranked.tiedBeyond { lines.append("    ◦ " + change.statement) }
            }
            for quote in ranked.quotes { lines.append("  “\(quote)”") }
        }
        if let valuation = log.sroi, let sroi {
            lines.append("")
            lines.append(contentsOf: valuation.lines(sroi, language: language))
        }
        lines.append("")
        lines.append(contentsOf: SVIPrinciples(log, report: self).lines(language: language))
        return lines.joined(separator: "\n") + "\n"
    }
}
