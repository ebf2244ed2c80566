/// The investment (hours per role over the period, cost where a rate is given) and the minimum conditions of
/// seed 002 §2.2, each with what was found and what the toolkit asks.
public struct LINReport: Sendable, Equatable {
    public struct Condition: Sendable, Equatable {
        public enum ID: String, Sendable, CaseIterable {
            case studentsAboveFormation = "students-above-formation"
            case projectLeader = "project-leader"
            case practiceTrainer = "practice-trainer"
            case manager
            case teachersOnWard = "teachers-on-ward"
            case meetingRoom = "meeting-room"
        }
        public var id: ID
        public var met: Bool
        /// The plan's figure (students, hours per week, weeks); nil for yes/no conditions or when not stated.
        public var found: Double?
        public var required: Double?
        public var text: LocalizedText
    }

    /// Seed 002: "studenten (mbo en hbo), minimaal 8 in totaal die boven formatie worden ingezet".
    public static let minimumStudents = 8
    /// Project leader 8 h/week "gedurende de eerste 6 maanden" (26 weeks), practice trainer 8 h/week, manager 2 h/week.
    public static let projectLeaderHours = 8.0
    public static let projectLeaderWeeks = 26.0
    public static let practiceTrainerHours = 8.0
    public static let managerHours = 2.0
    /// "Bij een minimum aantal van acht studenten [kunnen] de docenten één dagdeel per week op de afdeling zijn";
    /// a day-part is four hours.
    public static let teacherHours = 4.0

    public var totalHours: Double
    public var extraHours: Double
    /// Sum of the costs that could be computed; nil when no role has a rate.
    public var cost: Double?
    public var withoutRate: [String]
    public var conditions: [Condition]

    public var allMet: Bool { conditions.allSatisfy(\.met) }

    public init(_ plan: LINPlan) {
        totalHours = plan.assignments.reduce(0) { $0 + $1.hours }
        extraHours = plan.assignments.filter(\.extra).reduce(0) { $0 + $1.hours }
        let costs = plan.assignments.compactMap(\.cost)
        cost = costs.isEmpty ? nil : costs.reduce(0, +)
        withoutRate = plan.assignments.filter { $0.hourlyRate == nil }.map(\.id)

        func hours(_ role: LINPlan.Role) -> Double {
            plan.assignments.filter { $0.role == role }.reduce(0) { $0 + $1.hoursPerWeek }
        }
        func f(_ value: Double) -> String { figure(value, .en) }
        func g(_ value: Double) -> String { figure(value, .nl) }
        var conditions: [Condition] = []

        let students = plan.studentsAboveFormation
        let enough = (students ?? 0) >= Self.minimumStudents
        conditions.append(Condition(
            id: .studentsAboveFormation, met: enough, found: students.map(Double.init), required: Double(Self.minimumStudents),
            text: students.map { count in
                enough
                    ? LocalizedText(nl: "\(count) studenten boven formatie (minimaal \(Self.minimumStudents)).", en: "\(count) students above formation (at least \(Self.minimumStudents)).")
                    : LocalizedText(
                        nl: "\(count) studenten boven formatie; de toolkit vraagt er minimaal \(Self.minimumStudents) (mbo en hbo samen).",
                        en: "\(count) students above formation; the toolkit asks for at least \(Self.minimumStudents) (vocational and higher education together).")
            } ?? LocalizedText(
                nl: "Het aantal studenten boven formatie is niet opgegeven (minimaal \(Self.minimumStudents)).",
                en: "The number of students above formation is not given (at least \(Self.minimumStudents)).")))

        let leaders = plan.assignments.filter { $0.role == .projectLeader }
        let leaderHours = leaders.reduce(0) { $0 + $1.hoursPerWeek }
        let leaderWeeks = leaders.map(\.weeks).max() ?? 0
        let leaderMet = leaderHours >= Self.projectLeaderHours && leaderWeeks >= Self.projectLeaderWeeks
        conditions.append(Condition(
            id: .projectLeader, met: leaderMet, found: leaderHours, required: Self.projectLeaderHours,
            text: leaders.isEmpty
                ? LocalizedText(nl: "Er is geen projectleider; de toolkit vraagt 8 uur per week gedurende de eerste 6 maanden.",
                                en: "There is no project leader; the toolkit asks for 8 hours a week during the first 6 months.")
                : leaderMet
                ? LocalizedText(nl: "Projectleider \(g(leaderHours)) uur per week, \(g(leaderWeeks)) weken.", en: "Project leader \(f(leaderHours)) hours a week, \(f(leaderWeeks)) weeks.")
                : LocalizedText(
                    nl: "Projectleider \(g(leaderHours)) uur per week, \(g(leaderWeeks)) weken; de toolkit vraagt 8 uur per week gedurende de eerste 6 maanden (26 weken).",
                    en: "Project leader \(f(leaderHours)) hours a week for \(f(leaderWeeks)) weeks; the toolkit asks for 8 hours a week during the first 6 months (26 weeks).")))

        func weekly(_ id: Condition.ID, _ role: LINPlan.Role, _ required: Double) -> Condition {
            let found = hours(role)
            let met = found >= required
            let name = role.name
            return Condition(
                id: id, met: met, found: found, required: required,
                text: met
                    ? LocalizedText(nl: "\(name.nl): \(g(found)) uur per week (minimaal \(g(required))).", en: "\(name.en): \(f(found)) hours a week (at least \(f(required))).")
                    : LocalizedText(
                        nl: "\(name.nl): \(g(found)) uur per week; de toolkit vraagt minimaal \(g(required)) uur per week.",
                        en: "\(name.en): \(f(found)) hours a week; the toolkit asks for at least \(f(required)) hours a week."))
        }
        conditions.append(weekly(.practiceTrainer, .practiceTrainer, Self.practiceTrainerHours))
        conditions.append(weekly(.manager, .manager, Self.managerHours))
        conditions.append(weekly(.teachersOnWard, .teacher, Self.teacherHours))

        let room = plan.meetingRoom
        conditions.append(Condition(
            id: .meetingRoom, met: room == true, found: nil, required: nil,
            text: room == true
                ? LocalizedText(nl: "Er is een zaal voor bijeenkomsten en lessen.", en: "There is a room for meetings and lessons.")
                : room == false
                ? LocalizedText(nl: "Er is geen zaal voor bijeenkomsten en lessen; die is wel nodig (ruim genoeg, met digibord of beamer).",
                                en: "There is no room for meetings and lessons; one is needed (large enough, with a digital board or beamer).")
                : LocalizedText(nl: "Niet opgegeven of er een zaal voor bijeenkomsten en lessen is.", en: "Not stated whether there is a room for meetings and lessons.")))
        self.conditions = conditions
    }

    public func jsonValue(for plan: LINPlan, _ context: ReportContext) -> JSONValue {
        let language = context.language
        var object = plan.reportHeader(context)
        object.append("phases", .array(plan.phases.map { state in
            var item = JSONObject()
            item.append("phase", .string(state.phase.rawValue))
            item.append("name", .string(state.phase.name[language]))
            item.append("status", .string(state.status.rawValue))
            return .object(item)
        }))
        object.append("current_phase", plan.phases.first(where: { $0.status != .done }).map { .string($0.phase.rawValue) } ?? .null)
        var investment = JSONObject()
        investment.append("currency", .string(plan.currency))
        investment.append("roles", .array(plan.assignments.map { assignment in
            var item = JSONObject()
            item.append("id", .string(assignment.id))
            item.append("role", .string(assignment.role.rawValue))
            item.append("name", .string(assignment.role.name[language]))
            item.append("hours_per_week", .number(assignment.hoursPerWeek))
            item.append("weeks", .number(assignment.weeks))
            item.append("hours", .number(rounded(assignment.hours)))
            item.append("extra", .bool(assignment.extra))
            item.append("cost", assignment.cost.map { .number(rounded($0)) } ?? .null)
            return .object(item)
        }))
        investment.append("total_hours", .number(rounded(totalHours)))
        investment.append("extra_hours", .number(rounded(extraHours)))
        investment.append("cost", cost.map { .number(rounded($0)) } ?? .null)
        investment.append("without_rate", .texts(withoutRate))
        object.append("investment", .object(investment))
        object.append("conditions", .array(conditions.map { condition in
            var item = JSONObject()
            item.append("id", .string(condition.id.rawValue))
            item.append("met", .bool(condition.met))
            item.append("found", condition.found.map { .number($0) } ?? .null)
            item.append("required", condition.required.map { .number($0) } ?? .null)
            item.append("text", .string(condition.text[language]))
            return .object(item)
        }))
        object.append("conditions_met", .bool(allMet))
        object.append("text", .string(text(for: plan, language)))
        return .object(object)
    }

    public func text(for plan: LINPlan, _ language: Language) -> String {
        let nl = language == .nl
        var lines = [plan.title, nl ? "Cyclus:" : "Cycle:"]
        for state in plan.phases {
            let status: String
            switch state.status {
            case .notStarted: status = nl ? "niet begonnen" : "not started"
            case .inProgress: status = nl ? "bezig" : "in progress"
            case .done: status = nl ? "klaar" : "done"
            }
            lines.append("  \(state.phase.name[language]): \(status)")
        }
        lines.append(nl ? "Investering:" : "Investment:")
        for assignment in plan.assignments {
            let cost = assignment.cost.map { " = \(plan.currency) \(figure($0, language))" } ?? ""
            lines.append("  \(assignment.name.map { "\(assignment.role.name[language]) (\($0))" } ?? assignment.role.name[language]): "
                + "\(figure(assignment.hoursPerWeek, language)) × \(figure(assignment.weeks, language)) = \(figure(assignment.hours, language)) "
                + (nl ? "uur" : "hours") + cost + (assignment.extra ? (nl ? " (extra)" : " (extra)") : ""))
        }
        lines.append((nl ? "  Totaal: " : "  Total: ") + "\(figure(totalHours, language)) " + (nl ? "uur, waarvan extra " : "hours, extra ")
            + figure(extraHours, language))
        if let cost { lines.append((nl ? "  Kosten: " : "  Cost: ") + "\(plan.currency) \(figure(cost, language))") }
        if !withoutRate.isEmpty {
            lines.append((nl ? "  Zonder uurtarief (niet in de kosten): " : "  Without an hourly rate (not in the cost): ") + withoutRate.joined(separator: ", "))
        }
        lines.append(nl ? "Minimale voorwaarden:" : "Minimum conditions:")
        for condition in conditions { lines.append("  [\(condition.met ? "x" : " ")] " + condition.text[language]) }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension LINPlan {
    public func report(_ context: ReportContext) throws -> JSONValue {
        LINReport(self).jsonValue(for: self, context)
    }

    public func text(_ context: ReportContext) throws -> String {
        LINReport(self).text(for: self, context.language)
    }
}
