/// The investment (hours per role over the period, cost where a rate is given) and what the toolkit counts on:
/// what seed 002 §2.2 says is "gemiddeld genomen" needed, the preparation of phase 3, the LIN day of §4.1, the
/// cooperation agreement phase 3 advises and the two things §2.2 needs that only the document can record — each
/// with what was found, what the toolkit asks and where the toolkit says so.
public struct LINReport: Sendable, Equatable {
    public struct Condition: Sendable, Equatable {
        public enum ID: String, Sendable, CaseIterable {
            case studentsAboveFormation = "students-above-formation"
            case projectLeader = "project-leader"
            case practiceTrainer = "practice-trainer"
            case manager
            case meetingRoom = "meeting-room"
            case preparation
            case cooperationAgreement = "cooperation-agreement"
            case linDay = "lin-day"
            case staffLeftOnWard = "staff-left-on-ward"
            case workSupervisors = "work-supervisors"

            /// Where seed 002 says it.
            public var seedSection: String {
                switch self {
                case .preparation, .cooperationAgreement: return "fase 3"
                case .linDay: return "§4.1"
                default: return "§2.2"
                }
            }

            /// Phase 3 advises the agreement ("is het verstandig om eerst …"): advice, not something counted on.
            public var isAdvice: Bool { self == .cooperationAgreement }
        }
        public var id: ID
        public var met: Bool
        /// The plan's figure (students; the lowest weekly hours over the period; months; LIN-day hours); nil for
        /// yes/no conditions or when not stated.
        public var found: Double?
        public var required: Double?
        /// The upper bound where the toolkit gives a range (the LIN day's "drie tot acht uur"); nil otherwise.
        public var requiredMax: Double? = nil
        /// For the weekly role conditions: hours over the period, what the toolkit's figure gives over it, and the
        /// first week (1-based) short of the weekly figure (nil when none is).
        public var hours: Double? = nil
        public var hoursRequired: Double? = nil
        public var shortFromWeek: Int? = nil
        public var text: LocalizedText
    }

    /// Seed 002 §2.2 on teachers: "bij een minimum aantal van acht studenten, de docenten één dagdeel per week op de
    /// afdeling kunnen zijn". A possibility that opens at eight students, not a requirement: reported apart from
    /// the conditions and never counted in `allMet`.
    public struct Teachers: Sendable, Equatable {
        public var students: Int?
        /// True when the plan has at least eight students above formation.
        public var applies: Bool
        /// The teachers' lowest weekly hours over the period.
        public var hoursPerWeek: Double
        /// The teachers' weekly hours over the first 26 weeks as runs of equal weeks.
        public var weeks: [WeekRun]
        public var text: LocalizedText
    }

    /// Seed 002: "studenten (mbo en hbo), minimaal 8 in totaal die boven formatie worden ingezet".
    public static let minimumStudents = 8
    /// Project leader 8 h/week "gedurende de eerste 6 maanden" (26 weeks), practice trainer 8 h/week, manager 2 h/week.
    /// The seed gives a period only for the project leader; its figures describe setting up the LIN, so every weekly
    /// figure is checked over the same first 26 weeks (docs/design-notes.md).
    public static let projectLeaderHours = 8.0
    public static let periodWeeks = 26
    public static let projectLeaderWeeks = Double(periodWeeks)
    public static let practiceTrainerHours = 8.0
    public static let managerHours = 2.0
    /// "één dagdeel per week"; a day-part is four hours.
    public static let teacherHours = 4.0
    /// Phase 3: "de voorbereiding … [vergt] minimaal zes maanden".
    public static let preparationMonths = 6.0
    /// §4.1: the LIN day lasts "drie tot acht uur".
    public static let linDayHours = 3.0...8.0

    public var totalHours: Double
    public var extraHours: Double
    /// Sum of the costs that could be computed; nil when no role has a rate.
    public var cost: Double?
    public var withoutRate: [String]
    public var conditions: [Condition]
    public var teachers: Teachers

    /// Every item holds, the advised agreement included (1.0's `conditions_met`).
    public var allMet: Bool { conditions.allSatisfy(\.met) }
    /// Everything the toolkit counts on holds (the advice left out).
    public var countedOnMet: Bool { conditions.allSatisfy { $0.met || $0.id.isAdvice } }

    /// A run of weeks with the same weekly hours.
    public struct WeekRun: Sendable, Equatable {
        public var from: Int
        public var to: Int
        public var hours: Double
    }

    /// A role's weekly hours over the first 26 weeks, as runs of equal weeks.
    static func runs(_ assignments: [LINPlan.Assignment]) -> [WeekRun] {
        var runs: [WeekRun] = []
        for week in 1...periodWeeks {
            let value = hours(in: week, assignments)
            if let last = runs.last, last.hours == value {
                runs[runs.count - 1].to = week
            } else {
                runs.append(WeekRun(from: week, to: week, hours: value))
            }
        }
        return runs
    }

    /// "8,5 uur per week in week 1–13, 0,5 in week 14–26" / "8.5 hours a week in weeks 1–13, 0.5 in weeks 14–26".
    static func spell(_ runs: [WeekRun], _ language: Language) -> String {
        let words = LINWords.of(language)
        return runs.enumerated().map { index, run in
            let value = figure(run.hours, language), weeks = words.weeks(run.from, run.to)
            return index == 0 ? words.perWeek(value, run.hours, weeks) : "\(value) in \(weeks)"
        }.joined(separator: ", ")
    }

    /// The rule for a weekly figure: ImpactKit's, not the toolkit's (also in docs/design-notes.md).
    public static let rule = LocalizedText(
        nl:
            "Regel van ImpactKit: een uurnorm geldt als gehaald wanneer de rol in elke week van de eerste 26 weken samen minstens die uren heeft; "
            + "elke inzet loopt vanaf week 1 zoveel weken als opgegeven.",
        en:
            "ImpactKit's rule: an hours figure counts as met when the role has at least those hours together in every week of the first 26 weeks; "
            + "each assignment runs from week 1 for the weeks given.")

    /// A role's hours in week `week` (1-based): every assignment that still runs in that whole week.
    static func hours(in week: Int, _ assignments: [LINPlan.Assignment]) -> Double {
        assignments.filter { $0.weeks >= Double(week) }.reduce(0) { $0 + $1.hoursPerWeek }
    }

    public init(_ plan: LINPlan) {
        totalHours = plan.assignments.reduce(0) { $0 + $1.hours }
        extraHours = plan.assignments.filter(\.extra).reduce(0) { $0 + $1.hours }
        let costs = plan.assignments.compactMap(\.cost)
        cost = costs.isEmpty ? nil : costs.reduce(0, +)
        withoutRate = plan.assignments.filter { $0.hourlyRate == nil }.map(\.id)

        func f(_ value: Double) -> String { figure(value, .en) }
        func g(_ value: Double) -> String { figure(value, .nl) }
        var conditions: [Condition] = []

        let students = plan.studentsAboveFormation
        let enough = (students ?? 0) >= Self.minimumStudents
        conditions.append(
            Condition(
                id: .studentsAboveFormation, met: enough, found: students.map(Double.init),
                required: Double(Self.minimumStudents),
                text: students.map { count in
                    enough
                        ? LocalizedText(
                            nl:
                                "\(counted(count, "student", "studenten")) boven formatie (minimaal \(Self.minimumStudents)).",
                            en:
                                "\(counted(count, "student", "students")) on top of the ward's staffing (at least \(Self.minimumStudents))."
                        )
                        : LocalizedText(
                            nl:
                                "\(counted(count, "student", "studenten")) boven formatie; de toolkit vraagt er minimaal \(Self.minimumStudents) (mbo en hbo samen).",
                            en:
                                "\(counted(count, "student", "students")) on top of the ward's staffing; the toolkit asks for at least \(Self.minimumStudents) (vocational and higher education together)."
                        )
                }
                    ?? LocalizedText(
                        nl: "Het aantal studenten boven formatie is niet opgegeven (minimaal \(Self.minimumStudents)).",
                        en:
                            "The number of students on top of the ward's staffing is not given (at least \(Self.minimumStudents))."
                    )))

        conditions.append(Self.weekly(.projectLeader, .projectLeader, Self.projectLeaderHours, plan.assignments))
        conditions.append(Self.weekly(.practiceTrainer, .practiceTrainer, Self.practiceTrainerHours, plan.assignments))
        conditions.append(Self.weekly(.manager, .manager, Self.managerHours, plan.assignments))

        let room = plan.meetingRoom
        conditions.append(
            Condition(
                id: .meetingRoom, met: room == true, found: nil, required: nil,
                text: room == true
                    ? LocalizedText(
                        nl: "Er is een zaal voor bijeenkomsten en lessen.",
                        en: "There is a room for meetings and lessons.")
                    : room == false
                        ? LocalizedText(
                            nl:
                                "Er is geen zaal voor bijeenkomsten en lessen; die is wel nodig (ruim genoeg, met digibord of beamer).",
                            en:
                                "There is no room for meetings and lessons; one is needed (large enough, with an interactive whiteboard or projector)."
                        )
                        : LocalizedText(
                            nl: "Niet opgegeven of er een zaal voor bijeenkomsten en lessen is.",
                            en: "Not stated whether there is a room for meetings and lessons.")))

        let months = plan.preparationMonths
        let prepared = (months ?? 0) >= Self.preparationMonths
        conditions.append(
            Condition(
                id: .preparation, met: prepared, found: months, required: Self.preparationMonths,
                text: months.map { months in
                    prepared
                        ? LocalizedText(
                            nl: "Voorbereiding \(g(months)) maanden (minimaal 6).",
                            en: "Preparation \(f(months)) months (at least 6).")
                        : LocalizedText(
                            nl:
                                "Voorbereiding \(g(months)) \(months == 1 ? "maand" : "maanden"); de toolkit rekent op minimaal zes maanden, rekening houdend met de stageperiodes.",
                            en:
                                "Preparation \(f(months)) \(months == 1 ? "month" : "months"); the toolkit counts on at least six months, allowing for the internship periods."
                        )
                }
                    ?? LocalizedText(
                        nl: "De voorbereidingstijd is niet opgegeven (minimaal zes maanden).",
                        en: "The preparation time is not given (at least six months).")))

        let agreement = plan.cooperationAgreement
        conditions.append(
            Condition(
                id: .cooperationAgreement, met: agreement?.isSigned == true, found: nil, required: nil,
                text: {
                    switch agreement {
                    case .signed?:
                        return LocalizedText(
                            nl: "De samenwerkingsovereenkomst is getekend.", en: "The cooperation agreement is signed.")
                    case .intentSigned?:
                        return LocalizedText(
                            nl: "De intentieverklaring is getekend.", en: "The statement of intent is signed.")
                    case .draft?:
                        return LocalizedText(
                            nl:
                                "De samenwerkingsovereenkomst of intentieverklaring is nog niet getekend; de toolkit raadt aan die eerst te tekenen.",
                            en:
                                "The cooperation agreement or statement of intent is not signed yet; the toolkit advises signing one first."
                        )
                    case .none?:
                        return LocalizedText(
                            nl:
                                "Er is nog geen samenwerkingsovereenkomst of intentieverklaring; de toolkit raadt aan die eerst op te stellen en te tekenen.",
                            en:
                                "There is no cooperation agreement or statement of intent yet; the toolkit advises drawing one up and signing it first."
                        )
                    case nil:
                        return LocalizedText(
                            nl:
                                "Niet opgegeven of er een getekende samenwerkingsovereenkomst of intentieverklaring is.",
                            en: "Not stated whether a cooperation agreement or statement of intent is signed.")
                    }
                }()))

        let day = plan.linDay
        let dayMet = day.map { $0.weekday != nil && Self.linDayHours.contains($0.hours) } ?? false
        conditions.append(
            Condition(
                id: .linDay, met: dayMet, found: day?.hours, required: Self.linDayHours.lowerBound,
                requiredMax: Self.linDayHours.upperBound,
                text: day.map { day in
                    let hoursNL = "\(g(day.hours)) uur",
                        hoursEN = "\(f(day.hours)) \(day.hours == 1 ? "hour" : "hours")"
                    guard let weekday = day.weekday else {
                        return LocalizedText(
                            nl:
                                "LIN-dag van \(hoursNL), nog zonder vaste dag; de toolkit vraagt een vaste dag per week.",
                            en: "LIN day of \(hoursEN), no fixed day yet; the toolkit asks for a fixed day each week.")
                    }
                    return Self.linDayHours.contains(day.hours)
                        ? LocalizedText(
                            nl: "Wekelijkse LIN-dag op \(weekday.name.nl), \(hoursNL) (drie tot acht uur).",
                            en: "Weekly LIN day on \(weekday.name.en), \(hoursEN) (three to eight hours).")
                        : LocalizedText(
                            nl:
                                "Wekelijkse LIN-dag op \(weekday.name.nl), \(hoursNL); de toolkit noemt drie tot acht uur.",
                            en:
                                "Weekly LIN day on \(weekday.name.en), \(hoursEN); the toolkit names three to eight hours."
                        )
                }
                    ?? LocalizedText(
                        nl: "Er is geen wekelijkse LIN-dag gepland (een vaste dag, drie tot acht uur).",
                        en: "No weekly LIN day is planned (a fixed day, three to eight hours).")))

        conditions.append(
            Self.recorded(
                .staffLeftOnWard, plan.staffLeftOnWard,
                yes: LocalizedText(
                    nl:
                        "Tijdens het LIN blijft er voldoende personeel op de afdeling achter om de zorg te waarborgen (§2.2 noemt dit een voorwaarde).",
                    en:
                        "Enough staff stays on the ward during LIN activities to safeguard care (§2.2 calls this a condition)."
                ),
                no: LocalizedText(
                    nl:
                        "Er blijft tijdens het LIN niet voldoende personeel op de afdeling achter; §2.2 noemt dat een voorwaarde om de zorg te waarborgen.",
                    en:
                        "Not enough staff stays on the ward during LIN activities; §2.2 calls that a condition to safeguard care."
                ),
                unrecorded: LocalizedText(
                    nl:
                        "Niet vastgelegd of er tijdens het LIN voldoende personeel op de afdeling achterblijft (§2.2: een voorwaarde).",
                    en: "Not recorded whether enough staff stays on the ward during LIN activities (§2.2: a condition)."
                )))
        conditions.append(
            Self.recorded(
                .workSupervisors, plan.enoughWorkSupervisors,
                yes: LocalizedText(
                    nl:
                        "Er zijn voldoende werkbegeleiders die de studenten tijdens het werk op de afdeling begeleiden.",
                    en: "There are enough work supervisors to guide the students during work on the ward."),
                no: LocalizedText(
                    nl:
                        "Er zijn niet voldoende werkbegeleiders; §2.2 rekent op voldoende werkbegeleiders (VIG'ers en/of verpleegkundigen van de afdeling).",
                    en:
                        "There are not enough work supervisors; §2.2 counts on enough of them (the ward's care assistants and/or nurses)."
                ),
                unrecorded: LocalizedText(
                    nl: "Niet vastgelegd of er voldoende werkbegeleiders zijn (§2.2).",
                    en: "Not recorded whether there are enough work supervisors (§2.2).")))
        self.conditions = conditions

        // The seed's sentence stays the seed's (quoted); the plan's hours are ImpactKit's reading of the document.
        let teacherAssignments = plan.assignments.filter { $0.role == .teacher }
        let teacherWeeks = Self.runs(teacherAssignments)
        let planNL = teacherAssignments.isEmpty ? "geen docenturen" : Self.spell(teacherWeeks, .nl)
        let planEN = teacherAssignments.isEmpty ? "no teacher hours" : Self.spell(teacherWeeks, .en)
        let quote = LocalizedText(
            nl:
                "Docenten (toolkit §2.2): „bij een minimum aantal van acht studenten, de docenten één dagdeel per week op de afdeling kunnen zijn om lessen en projecten te begeleiden”.",
            en:
                "Teachers (toolkit §2.2): “with a minimum of eight students, the teachers can be on the ward one half-day a week to guide lessons and projects” (ImpactKit's translation)."
        )
        teachers = Teachers(
            students: students, applies: enough, hoursPerWeek: Self.hours(in: Self.periodWeeks, teacherAssignments),
            weeks: teacherWeeks,
            text: enough
                ? LocalizedText(
                    nl: quote.nl + " Dit plan: \(planNL).",
                    en: quote.en + " This plan: \(planEN).")
                : LocalizedText(
                    nl: quote.nl
                        + " Met \(students.map { counted($0, "student", "studenten") } ?? "een onbekend aantal studenten") geldt dat nog niet. Dit plan: \(planNL).",
                    en: quote.en
                        + " With \(students.map { counted($0, "student", "students") } ?? "an unknown number of students") that does not apply yet. This plan: \(planEN)."
                ))
    }

    /// A yes/no item only the document can record.
    static func recorded(
        _ id: Condition.ID, _ value: Bool?, yes: LocalizedText, no: LocalizedText, unrecorded: LocalizedText
    ) -> Condition {
        Condition(
            id: id, met: value == true, found: nil, required: nil, text: value.map { $0 ? yes : no } ?? unrecorded)
    }

    /// A role's weekly figure over the first 26 weeks: met only when every one of those weeks has the hours.
    static func weekly(
        _ id: Condition.ID, _ role: LINPlan.Role, _ required: Double, _ all: [LINPlan.Assignment]
    ) -> Condition {
        let own = all.filter { $0.role == role }
        let period = Double(periodWeeks)
        let hours = own.reduce(0) { $0 + $1.hoursPerWeek * min($1.weeks, period) }
        let needed = required * period
        let lowest = Self.hours(in: periodWeeks, own)
        let short = (1...periodWeeks).first { Self.hours(in: $0, own) < required }
        let name = role.name
        func f(_ value: Double) -> String { figure(value, .en) }
        func g(_ value: Double) -> String { figure(value, .nl) }
        // Only the project leader's figure comes with a period in the seed ("gedurende de eerste 6 maanden");
        // checking the others over the same 26 weeks is ImpactKit's rule, and said so.
        let asksNL =
            role == .projectLeader
            ? "de toolkit vraagt \(g(required)) uur per week gedurende de eerste 6 maanden (ImpactKit telt \(periodWeeks) weken)"
            : "de toolkit vraagt \(g(required)) uur per week (ImpactKit toetst de eerste \(periodWeeks) weken)"
        let asksEN =
            role == .projectLeader
            ? "the toolkit asks for \(f(required)) hours a week during the first 6 months (ImpactKit counts \(periodWeeks) weeks)"
            : "the toolkit asks for \(f(required)) hours a week (ImpactKit checks the first \(periodWeeks) weeks)"
        let text: LocalizedText
        if own.isEmpty {
            text = LocalizedText(
                nl: "Er is geen \(name.nl.lowercased()); \(asksNL).",
                en: "There is no \(name.en.lowercased()); \(asksEN).")
        } else if short == nil {
            text = LocalizedText(
                nl:
                    "\(name.nl): minstens \(g(required)) uur per week in elk van de eerste \(periodWeeks) weken (\(g(hours)) uur).",
                en:
                    "\(name.en): at least \(f(required)) hours a week in each of the first \(periodWeeks) weeks (\(f(hours)) hours)."
            )
        } else {
            let runs = Self.runs(own)
            text = LocalizedText(
                nl:
                    "\(name.nl): \(Self.spell(runs, .nl)); \(g(hours)) van de \(g(needed)) uur. \(asksNL.prefix(1).uppercased() + asksNL.dropFirst()).",
                en:
                    "\(name.en): \(Self.spell(runs, .en)); \(f(hours)) of the \(f(needed)) hours. \(asksEN.prefix(1).uppercased() + asksEN.dropFirst())."
            )
        }
        return Condition(
            id: id, met: !own.isEmpty && short == nil, found: lowest, required: required, hours: rounded(hours),
            hoursRequired: needed, shortFromWeek: short, text: text)
    }

    public func jsonValue(for plan: LINPlan, _ context: ReportSettings) -> JSONValue {
        let language = context.language
        var object = plan.reportHeader(context)
        object.append(
            "phases",
            .array(
                plan.phases.map { state in
                    var item = JSONObject()
                    item.append("phase", .string(state.phase.rawValue))
                    item.append("name", .string(state.phase.name[language]))
                    item.append("status", .string(state.status.rawValue))
                    return .object(item)
                }))
        object.append(
            "current_phase",
            plan.phases.first(where: { $0.status != .done }).map { .string($0.phase.rawValue) } ?? .null)
        var investment = JSONObject()
        investment.append("currency", .string(plan.currency))
        investment.append(
            "roles",
            .array(
                plan.assignments.map { assignment in
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
        object.append(
            "conditions",
            .array(
                conditions.map { condition in
                    var item = JSONObject()
                    item.append("id", .string(condition.id.rawValue))
                    item.append("met", .bool(condition.met))
                    item.append("found", condition.found.map { .number($0) } ?? .null)
                    item.append("required", condition.required.map { .number($0) } ?? .null)
                    item.append("required_max", ifPresent: condition.requiredMax.map { .number($0) })
                    item.append("seed_section", .string(condition.id.seedSection))
                    item.append("advice", .bool(condition.id.isAdvice))
                    if let hours = condition.hours, let needed = condition.hoursRequired {
                        item.append("hours", .number(hours))
                        item.append("hours_required", .number(needed))
                        item.append("short_from_week", condition.shortFromWeek.map { .int(Int64($0)) } ?? .null)
                    }
                    item.append("text", .string(condition.text[language]))
                    return .object(item)
                }))
        object.append("conditions_met", .bool(allMet))
        object.append("counted_on_met", .bool(countedOnMet))
        object.append("rule", .string(Self.rule[language]))
        var teacherObject = JSONObject()
        teacherObject.append("students", teachers.students.map { .int(Int64($0)) } ?? .null)
        teacherObject.append("applies", .bool(teachers.applies))
        teacherObject.append("hours_per_week", .number(teachers.hoursPerWeek))
        teacherObject.append(
            "weeks",
            .array(
                teachers.weeks.map { run in
                    var item = JSONObject()
                    item.append("from", .int(Int64(run.from)))
                    item.append("to", .int(Int64(run.to)))
                    item.append("hours_per_week", .number(run.hours))
                    return .object(item)
                }))
        teacherObject.append("text", .string(teachers.text[language]))
        object.append("teachers", .object(teacherObject))
        object.append("text", .string(text(for: plan, language)))
        return .object(object)
    }

    public func text(for plan: LINPlan, _ language: Language) -> String {
        let words = LINWords.of(language)
        var lines = [plan.title, words.cycle]
        for state in plan.phases {
            let status: String
            switch state.status {
            case .notStarted: status = words.notStarted
            case .inProgress: status = words.inProgress
            case .done: status = words.done
            }
            lines.append("  \(state.phase.name[language]): \(status)")
        }
        lines.append(words.investment)
        for assignment in plan.assignments {
            let cost = assignment.cost.map { " = \(plan.currency) \(figure($0, language))" } ?? ""
            lines.append(
                "  \(assignment.name.map { "\(assignment.role.name[language]) (\($0))" } ?? assignment.role.name[language]): "
                    + "\(figure(assignment.hoursPerWeek, language)) × \(figure(assignment.weeks, language)) = \(figure(assignment.hours, language)) "
                    + words.hours + cost + (assignment.extra ? words.extra : ""))
        }
        lines.append(
            "  " + words.total + "\(figure(totalHours, language)) " + words.hoursExtra + figure(extraHours, language))
        if let cost { lines.append("  " + words.cost + "\(plan.currency) \(figure(cost, language))") }
        if !withoutRate.isEmpty { lines.append("  " + words.withoutRate + withoutRate.joined(separator: ", ")) }
        // §2.2 lists what is "gemiddeld genomen" needed; phase 3 advises the agreement: not minimum conditions.
        lines.append(words.countsOn)
        for condition in conditions {
            lines.append(
                "  [\(condition.met ? "x" : " ")] " + (condition.id.isAdvice ? words.advice : "")
                    + condition.text[language])
        }
        lines.append("  " + Self.rule[language])
        lines.append(teachers.text[language])
        return lines.joined(separator: "\n") + "\n"
    }
}

extension LINPlan {
    func reportJSON(_ context: ReportSettings) throws -> JSONValue {
        LINReport(self).jsonValue(for: self, context)
    }

    func reportText(_ context: ReportSettings) throws -> String {
        LINReport(self).text(for: self, context.language)
    }
}
