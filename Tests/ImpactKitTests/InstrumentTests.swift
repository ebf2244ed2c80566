import Testing
@testable import ImpactKit

/// The instruments of seeds 002–004 on the Swift API, with figures worked by hand from examples/data/instruments/
/// (the same documents the C, Python and PHP tests use).
@Suite("Instruments: Kirkpatrick, Actiescan, Fasemodel, LIN, factsheet, IWP")
struct InstrumentTests {
    func load<T: SeedInstrument>(_ type: T.Type, _ name: String) throws -> T {
        try T(json: try #require(readFile(repositoryRoot + "/examples/data/instruments/" + name)))
    }

    @Test func calendarArithmetic() throws {
        #expect(CalendarDate.dayNumber("1970-01-01") == 0)
        #expect(CalendarDate.dayNumber("2026-11-23") - CalendarDate.dayNumber("2026-11-02") == 21)
        #expect(CalendarDate.dayNumber("2024-03-01") - CalendarDate.dayNumber("2024-02-28") == 2)  // leap day
        #expect(CalendarDate.dayNumber("2100-03-01") - CalendarDate.dayNumber("2100-02-28") == 1)  // no leap day
        #expect(CalendarDate.text(dayNumber: CalendarDate.dayNumber("2031-12-31")) == "2031-12-31")
        #expect(try CalendarDate.validate(CalendarDate.today()) == CalendarDate.today())
    }

    @Test func kirkpatrickStatusPerLevel() throws {
        let plan = try load(KirkpatrickPlan.self, "lin-kirkpatrick.json")
        let report = KirkpatrickReport(plan, asOf: "2026-11-23")
        #expect(report.levels.map(\.status) == [.measured, .overdue, .planned, .notPlanned])
        #expect(
            report.overdue == [.init(evaluation: "leerresultaat", level: .learning, planned: "2026-11-02", days: 21)])
        #expect(report.late.map(\.daysAfter) == [11, 12])
        #expect(report.unscheduled.isEmpty)
        // The day before it falls due nothing is overdue; without a planned day an evaluation is unscheduled.
        var open = plan
        open.evaluations[2].planned = nil
        #expect(KirkpatrickReport(open, asOf: "2026-11-23").unscheduled == ["leerresultaat"])
        #expect(KirkpatrickReport(plan, asOf: "2026-11-02").overdue.isEmpty)
    }

    @Test func actiescanTiesAreTies() throws {
        var scan = Actiescan(id: "t", title: "t")
        // quality (2+3)/2 = 2.5 and learning (3+2)/2 = 2.5 tie exactly; innovation 3.
        scan.scans = [
            Actiescan.Scan(
                label: "a",
                answers: [
                    .init(question: "quality.wellbeing", position: 2), .init(question: "quality.room", position: 3),
                    .init(question: "learning.reflection", position: 3),
                    .init(question: "learning.exchange", position: 2),
                    .init(question: "innovation.novel", position: 3),
                ])
        ]
        #expect(ActiescanScores(scan.scans[0]).weakest == ["quality", "learning"])
        let again = try Actiescan(jsonValue: scan.jsonValue)
        #expect(again == scan)
        #expect(ActiescanTheme.all.flatMap(\.questions).count == 11)
    }

    @Test func actiescanComparison() throws {
        let scan = try load(Actiescan.self, "lin-actiescan.json")
        let comparison = try scan.compare(from: "najaar-2025", to: "najaar-2026")
        #expect(comparison.questions.filter { $0.change > 0 }.count == 6)
        #expect(comparison.notComparable == ["research.exchange"])
        #expect(caught { try scan.compare(from: "x", to: "najaar-2026") }?.path == "/from")
    }

    @Test func scansOutOfOrderAreRefused() throws {
        var value = try load(Actiescan.self, "lin-actiescan.json").jsonValue
        guard case .object(var object) = value, case .array(var scans)? = object["scans"],
            case .object(var second) = scans[1]
        else {
            Issue.record("unexpected shape")
            return
        }
        second["date"] = .string("2024-01-01")
        scans[1] = .object(second)
        object["scans"] = .array(scans)
        value = .object(object)
        let error = caught { try Actiescan(jsonValue: value) }
        #expect(error?.code == .range && error?.path == "/scans/1/date")
    }

    @Test func fasemodelGapsAndOwnStages() throws {
        let model = try load(Fasemodel.self, "lin-fasemodel.json")
        #expect(model.largestGaps.map(\.gap) == [3, 2, 2, 2, 1, 1])
        var own = Fasemodel(id: "f", title: "f")
        own.customStages = [LocalizedText(nl: "a", en: "a"), LocalizedText(nl: "b", en: "b")]
        own.components = [.init(id: "c", name: "c", current: 1, ambition: 2)]
        #expect(try Fasemodel(jsonValue: own.jsonValue) == own)
        own.components[0].ambition = 3  // off a two-stage model
        #expect(caught { try Fasemodel(jsonValue: own.jsonValue) }?.path == "/components/0/ambition")
    }

    @Test func linInvestmentAndConditions() throws {
        let report = LINReport(try load(LINPlan.self, "lin-plan.json"))
        #expect(report.totalHours == 688 && report.extraHours == 208 && report.cost == 34_440)
        #expect(
            report.conditions.filter { !$0.met }.map(\.id) == [.studentsAboveFormation, .practiceTrainer, .preparation])
        // The template leaves what a host must decide open: the agreement to sign, the LIN day's weekday and the
        // two §2.2 items only the team can record.
        let template = LINReport(LINPlan.template(language: .en))
        #expect(
            template.conditions.filter { !$0.met }.map(\.id) == [
                .cooperationAgreement, .linDay, .staffLeftOnWard, .workSupervisors,
            ])
        #expect(template.totalHours == 572 && template.cost == nil)
        // Two practice trainers together reach the 8 hours a week.
        var plan = LINPlan.template(language: .en)
        plan.assignments[1].hoursPerWeek = 5
        plan.assignments.append(.init(id: "pt2", role: .practiceTrainer, hoursPerWeek: 3, weeks: 26))
        #expect(LINReport(plan).conditions.first { $0.id == .practiceTrainer }?.met == true)
        plan.meetingRoom = nil
        #expect(LINReport(plan).conditions.first { $0.id == .meetingRoom }?.met == false)
    }

    @Test func factsheetRetentionRoundsHalfUp() throws {
        var sheet = try load(Factsheet.self, "proeftuin-praktijkleren.json")
        #expect(sheet.retentionPermille == 906)  // 87/96 = 0.90625
        sheet.numbers = .init(intake: 8, retained: 7)  // 0.875 → 87.5 %
        #expect(sheet.retentionPermille == 875)
        sheet.numbers = .init(intake: 0, retained: 0)
        #expect(sheet.retentionPermille == nil)
        #expect(sheet.goalsMet == ["leervormen", "kwaliteit", "zij-instromers"])
    }

    @Test func iwpCoverage() throws {
        let coverage = IWPCoverage(try load(IWPModel.self, "value-in-the-valley.json"))
        #expect(coverage.principles.map(\.characteristics) == [7, 5, 2, 2, 0, 0, 0])
        #expect(coverage.principles.map(\.shaped) == [true, true, false, false, false, false, false])
        #expect(coverage.emptySections == ["design"])
        #expect(
            IWPCoverage(IWPModel.template(language: .nl)).emptySections
                == ["starting_points", "yields", "processes", "design", "principles"])
    }

    @Test func everyTemplateRoundTripsAndReports() throws {
        let kinds = ["kirkpatrick", "actiescan", "fasemodel", "lin", "factsheet", "iwp"]
        for kind in kinds {
            guard let type = try DocumentRegistry.type(named: kind) as? any SeedInstrument.Type else {
                Issue.record("\(kind) is not an instrument")
                continue
            }
            for language in Language.allCases {
                let template = try type.template(language: language)
                let text = JSONWriter.string(template.jsonValue)
                let again = try type.init(json: text)
                #expect(JSONWriter.string(again.jsonValue) == text)
                let context = ReportSettings(language: language, asOf: "2026-11-23")
                #expect(!(try again.report(context).text).isEmpty)
                guard case .object(let report) = try again.report(context).jsonValue else {
                    Issue.record("report of \(kind) is not an object")
                    continue
                }
                #expect(report["schema"] == .string(type.reportSchemaID))
            }
            #expect(DocumentRegistry.kindName(of: type.schemaID) == kind)
        }
        #expect(caught { try DocumentRegistry.type(named: "sroi") }?.code == .notFound)
    }

    @Test func theSameIDTwiceIsNamed() throws {
        var plan = KirkpatrickPlan.template(language: .en)
        plan.evaluations[2].id = plan.evaluations[0].id
        let twice = caught { try KirkpatrickPlan(jsonValue: plan.jsonValue) }
        #expect(twice?.code == .exists && twice?.path == "/evaluations/2/id")
        var lin = LINPlan.template(language: .en)
        lin.phases[3].phase = .know
        #expect(caught { try LINPlan(jsonValue: lin.jsonValue) }?.path == "/phases/3/phase")
        var scan = try load(Actiescan.self, "lin-actiescan.json")
        scan.scans[1].answers[4].question = "quality.room"
        #expect(caught { try Actiescan(jsonValue: scan.jsonValue) }?.path == "/scans/1/answers/4/question")
    }
}
