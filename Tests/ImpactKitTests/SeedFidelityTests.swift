import Testing
@testable import ImpactKit

/// Issue 15: what an audit of the reports against the seed texts found wrong, each with figures worked by hand.
/// Every test here failed before its fix.
@Suite("Seed fidelity (issue 15)")
struct SeedFidelityTests {
    // MARK: 7. Kirkpatrick

    @Test func reactionBeforeTheInterventionIsNotOnTime() throws {
        var plan = KirkpatrickPlan(id: "k", title: "k")
        plan.interventionDate = "2026-10-01"
        var reaction = KirkpatrickPlan.Evaluation(id: "r", level: .reaction, question: "q", respondents: "s", instrument: "i")
        // Measured 2026-09-01: 30 days before the intervention (September has 30 days).
        reaction.findings = [.init(date: "2026-09-01")]
        plan.evaluations = [reaction]
        let report = KirkpatrickReport(plan, asOf: "2026-11-01")
        #expect(report.late == [.init(evaluation: "r", issue: .measuredBefore, daysAfter: -30)])
        let text = KirkpatrickReport(plan, asOf: "2026-11-01").text(for: plan, .en)
        #expect(text.contains("Reaction r was measured 30 days before the intervention: check the date; this does not count as on time."))
        // Planned the day before: also flagged; planned on the day itself or within 7 days: on time.
        plan.evaluations[0].findings = []
        plan.evaluations[0].planned = "2026-09-30"
        #expect(KirkpatrickReport(plan, asOf: "2026-09-01").late.map(\.issue) == [.plannedBefore])
        #expect(KirkpatrickReport(plan, asOf: "2026-09-01").text(for: plan, .nl).contains("is gepland 1 dag vóór de interventie"))
        for day in ["2026-10-01", "2026-10-08"] {
            plan.evaluations[0].planned = day
            #expect(KirkpatrickReport(plan, asOf: "2026-09-01").late.isEmpty)
        }
        plan.evaluations[0].planned = "2026-10-09"
        #expect(KirkpatrickReport(plan, asOf: "2026-09-01").late.map(\.daysAfter) == [8])
    }

    @Test func anEvaluationWithoutADayIsOnlyUnscheduled() throws {
        var plan = KirkpatrickPlan(id: "k", title: "k")
        plan.evaluations = [
            .init(id: "a", level: .learning, question: "q", respondents: "s", instrument: "i"),
            .init(id: "b", level: .behaviour, question: "q", respondents: "s", instrument: "i", planned: "2026-12-01"),
            .init(id: "c", level: .behaviour, question: "q", respondents: "s", instrument: "i"),
        ]
        let report = KirkpatrickReport(plan, asOf: "2026-11-01")
        #expect(report.levels.map(\.status) == [.notPlanned, .unscheduled, .unscheduled, .notPlanned])
        #expect(report.unscheduled == ["a", "c"])
        let text = report.text(for: plan, .en)
        #expect(text.contains("2. Learning: not yet scheduled (0 of 1 measured)"))
        #expect(!text.contains(": planned"))
        plan.evaluations[2].planned = "2026-12-02"
        #expect(KirkpatrickReport(plan, asOf: "2026-11-01").levels[2].status == .planned)
        // The day after it falls due, one day overdue (singular in both languages).
        #expect(KirkpatrickReport(plan, asOf: "2026-12-02").text(for: plan, .nl).contains("gepland op 2026-12-01, 1 dag geleden."))
    }

    // MARK: 4. Actiescan themes compared over the same questions

    @Test func actiescanThemeComparedOverSharedQuestions() throws {
        var scan = Actiescan(id: "a", title: "a")
        scan.scans = [
            .init(label: "one", answers: [.init(question: "quality.wellbeing", position: 2), .init(question: "quality.room", position: 3)]),
            // The low answer is skipped in the second scan: the theme did not move on the question both answered.
            .init(label: "two", answers: [.init(question: "quality.room", position: 3)]),
        ]
        let comparison = try scan.compare(from: "one", to: "two")
        let quality = try #require(comparison.themes.first)
        #expect(quality.compared == 1 && quality.from == 3 && quality.to == 3 && quality.change == 0)
        #expect(quality.missing == ["quality.wellbeing"])
        #expect(comparison.themes[1].change == nil)  // innovation: nothing answered
        let text = try scan.text(ReportContext(language: .en))
        #expect(text.contains("From one to two: 0 questions up, 0 down."))
        #expect(text.contains("  Raise the quality of care: 3 → 3 (±0), over 1 of 2 questions"))
        #expect(text.contains("    answered in one scan only: Do the interventions designed contribute to the client's wellbeing?"))
        #expect(!text.contains("+0.5"))
        let json = comparison.jsonValue(for: scan, language: .nl)
        #expect(json["themes"]?[0]?["change"] == .int(0) || json["themes"]?[0]?["change"] == .number(0))
        #expect(json["questions"]?[0]?["text"] == .string("Wordt de ruimte, ontstaan door de grote groep stagiairs, door zorgprofessionals gebruikt om de kwaliteit van zorg te verbeteren?"))
    }

    // MARK: 9. The seed's questions and principles reach users

    @Test func actiescanTemplateAndReportCarryTheSeedQuestions() throws {
        let template = Actiescan.template(language: .nl)
        let answers = template.scans[0].answers
        #expect(answers.count == 11 && answers.allSatisfy { $0.position == nil })
        #expect(answers[0].unknown["text"] == .string("Dragen de ontworpen interventies bij aan het welzijn van de cliënt?"))
        // The template is a valid document, round trips, and reports every question with its text.
        let again = try Actiescan(jsonValue: template.jsonValue)
        #expect(again == template)
        let report = try again.report(ReportContext(language: .en))
        let first = report["scans"]?[0]?["themes"]?[0]?["answers"]?[0]
        #expect(first?["text"] == .string("Do the interventions designed contribute to the client's wellbeing?"))
        #expect(first?["position"] == .null)
        let text = try again.text(ReportContext(language: .nl))
        #expect(text.contains("    –  Zijn de kwaliteitsprojecten vernieuwend van aard?"))
        let svg = scanWithAnswers().radarSVG(language: .nl)
        #expect(svg.contains(">Hoe ziet de uitwisseling tussen de zorg- en onderwijsinstelling eruit?</text>"))
        #expect(svg.contains(">4/5</text>"))
    }

    func scanWithAnswers() -> Actiescan {
        var scan = Actiescan(id: "a", title: "a")
        scan.scans = [.init(label: "one", answers: [.init(question: "research.exchange", position: 4)])]
        return scan
    }
}
