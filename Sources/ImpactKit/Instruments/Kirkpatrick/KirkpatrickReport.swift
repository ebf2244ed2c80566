/// Which levels are planned, measured and overdue on a given day, and whether reaction is measured in time.
public struct KirkpatrickReport: Sendable, Equatable {
    public enum Status: String, Sendable {
        /// No evaluation on this level.
        case notPlanned = "not-planned"
        /// Evaluations exist, none overdue, every one not yet measured has a planned day.
        case planned
        /// Evaluations exist, none overdue, and at least one has neither a finding nor a planned day.
        case unscheduled
        /// At least one evaluation is past its planned day without a finding.
        case overdue
        /// Every evaluation on the level has a finding.
        case measured
    }

    public struct LevelSummary: Sendable, Equatable {
        public var level: KirkpatrickPlan.Level
        public var status: Status
        public var evaluations: Int
        public var measured: Int
        public var overdue: Int
    }

    public struct Overdue: Sendable, Equatable {
        public var evaluation: String
        public var level: KirkpatrickPlan.Level
        public var planned: String
        public var days: Int
    }

    /// A reaction evaluation planned or measured more than a week after the intervention, or before it took place
    /// (a reaction to something that has not happened yet is not on time: it is misdated or measures something
    /// else).
    public struct Late: Sendable, Equatable {
        public enum Issue: String, Sendable {
            case plannedLate = "reaction-planned-late"
            case measuredLate = "reaction-measured-late"
            case plannedBefore = "reaction-planned-before-intervention"
            case measuredBefore = "reaction-measured-before-intervention"
        }
        public var evaluation: String
        public var issue: Issue
        /// Days from the intervention to the planned or measured day; negative when it lies before it.
        public var daysAfter: Int
    }

    public var asOf: String
    /// Findings dated after the as-of day: not yet known on that day, so not counted.
    public var laterFindings: Int
    public var levels: [LevelSummary]
    public var overdue: [Overdue]
    public var late: [Late]
    /// Evaluations with neither a planned day nor a finding.
    public var unscheduled: [String]

    public init(_ plan: KirkpatrickPlan, asOf: String) {
        self.asOf = asOf
        let today = CalendarDate.dayNumber(asOf)
        // A report "as of" a day uses only what was known that day: a finding dated later did not exist yet.
        let known = plan.knownOn(day: today)
        laterFindings =
            plan.evaluations.reduce(0) { $0 + $1.findings.count }
            - known.evaluations.reduce(0) { $0 + $1.findings.count }
        let plan = known
        var overdue: [Overdue] = []
        var late: [Late] = []
        var unscheduled: [String] = []
        for evaluation in plan.evaluations where evaluation.findings.isEmpty {
            guard let planned = evaluation.planned else {
                unscheduled.append(evaluation.id)
                continue
            }
            let days = today - CalendarDate.dayNumber(planned)
            if days > 0 {
                overdue.append(
                    Overdue(evaluation: evaluation.id, level: evaluation.level, planned: planned, days: days))
            }
        }
        if let date = plan.interventionDate {
            let start = CalendarDate.dayNumber(date)
            let window = 0...KirkpatrickPlan.reactionWithinDays
            for evaluation in plan.evaluations where evaluation.level == .reaction {
                if let planned = evaluation.planned {
                    let days = CalendarDate.dayNumber(planned) - start
                    if !window.contains(days) {
                        late.append(
                            Late(
                                evaluation: evaluation.id, issue: days < 0 ? .plannedBefore : .plannedLate,
                                daysAfter: days))
                    }
                }
                if let first = evaluation.findings.map({ CalendarDate.dayNumber($0.date) }).min(),
                    !window.contains(first - start)
                {
                    let days = first - start
                    late.append(
                        Late(
                            evaluation: evaluation.id, issue: days < 0 ? .measuredBefore : .measuredLate,
                            daysAfter: days))
                }
            }
        }
        levels = KirkpatrickPlan.Level.allCases.map { level in
            let own = plan.evaluations.filter { $0.level == level }
            let measured = own.filter { !$0.findings.isEmpty }.count
            let late = overdue.filter { $0.level == level }.count
            let open = own.contains { $0.findings.isEmpty && $0.planned == nil }
            let status: Status =
                own.isEmpty
                ? .notPlanned : late > 0 ? .overdue : measured == own.count ? .measured : open ? .unscheduled : .planned
            return LevelSummary(level: level, status: status, evaluations: own.count, measured: measured, overdue: late)
        }
        self.overdue = overdue
        self.late = late
        self.unscheduled = unscheduled
    }

    public func jsonValue(for plan: KirkpatrickPlan, _ context: ReportSettings) -> JSONValue {
        var object = plan.reportHeader(context)
        object.append("as_of", .string(asOf))
        object.append("findings_after_as_of", .int(Int64(laterFindings)))
        object.append(
            "levels",
            .array(
                levels.map { summary in
                    var item = JSONObject()
                    item.append("level", .int(Int64(summary.level.rawValue)))
                    item.append("name", .string(summary.level.name[context.language]))
                    item.append("status", .string(summary.status.rawValue))
                    item.append("evaluations", .int(Int64(summary.evaluations)))
                    item.append("measured", .int(Int64(summary.measured)))
                    item.append("overdue", .int(Int64(summary.overdue)))
                    return .object(item)
                }))
        object.append(
            "not_planned", .array(levels.filter { $0.status == .notPlanned }.map { .int(Int64($0.level.rawValue)) }))
        object.append(
            "overdue",
            .array(
                overdue.map { item in
                    var entry = JSONObject()
                    entry.append("evaluation", .string(item.evaluation))
                    entry.append("level", .int(Int64(item.level.rawValue)))
                    entry.append("planned", .string(item.planned))
                    entry.append("days_overdue", .int(Int64(item.days)))
                    return .object(entry)
                }))
        object.append(
            "timing",
            .array(
                late.map { item in
                    var entry = JSONObject()
                    entry.append("evaluation", .string(item.evaluation))
                    entry.append("issue", .string(item.issue.rawValue))
                    entry.append("days_after_intervention", .int(Int64(item.daysAfter)))
                    return .object(entry)
                }))
        object.append("unscheduled", .texts(unscheduled))
        object.append("text", .string(text(for: plan, context.language)))
        return .object(object)
    }

    public func text(for plan: KirkpatrickPlan, _ language: Language) -> String {
        let words = KirkpatrickWords.of(language), days = CommonWords.of(language).days
        var lines = [plan.title, words.asOf + asOf]
        for summary in levels {
            let status: String
            switch summary.status {
            case .notPlanned: status = words.notPlanned
            case .planned: status = words.planned
            case .unscheduled: status = words.unscheduled
            case .overdue: status = words.overdue
            case .measured: status = words.measured
            }
            let counts = summary.evaluations == 0 ? "" : words.measuredOf(summary.measured, summary.evaluations)
            lines.append("  \(summary.level.rawValue). \(summary.level.name[language]): \(status)\(counts)")
        }
        for item in overdue {
            lines.append(words.overdueItem(item.evaluation, item.level.rawValue, item.planned, days(item.days)))
        }
        for item in late {
            switch item.issue {
            case .plannedLate: lines.append(words.plannedLate(item.evaluation, days(item.daysAfter)))
            case .measuredLate: lines.append(words.measuredLate(item.evaluation, days(item.daysAfter)))
            case .plannedBefore: lines.append(words.plannedBefore(item.evaluation, days(-item.daysAfter)))
            case .measuredBefore: lines.append(words.measuredBefore(item.evaluation, days(-item.daysAfter)))
            }
        }
        if !unscheduled.isEmpty { lines.append(words.notYetScheduled + unscheduled.joined(separator: ", ")) }
        if laterFindings > 0 { lines.append(words.notCounted(laterFindings, asOf)) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension KirkpatrickPlan {
    /// The plan as it stood on a day (a day number): findings dated after it removed.
    func knownOn(day: Int) -> KirkpatrickPlan {
        var plan = self
        for index in plan.evaluations.indices {
            plan.evaluations[index].findings.removeAll { CalendarDate.dayNumber($0.date) > day }
        }
        return plan
    }

    func reportJSON(_ context: ReportSettings) throws -> JSONValue {
        KirkpatrickReport(self, asOf: try context.day()).jsonValue(for: self, context)
    }

    func reportText(_ context: ReportSettings) throws -> String {
        KirkpatrickReport(self, asOf: try context.day()).text(for: self, context.language)
    }
}
