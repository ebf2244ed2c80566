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
        var reaction = KirkpatrickPlan.Evaluation(
            id: "r", level: .reaction, question: "q", respondents: "s", instrument: "i")
        // Measured 2026-09-01: 30 days before the intervention (September has 30 days).
        reaction.findings = [.init(date: "2026-09-01")]
        plan.evaluations = [reaction]
        let report = KirkpatrickReport(plan, asOf: "2026-11-01")
        #expect(report.late == [.init(evaluation: "r", issue: .measuredBefore, daysAfter: -30)])
        let text = KirkpatrickReport(plan, asOf: "2026-11-01").text(for: plan, .en)
        #expect(
            text.contains(
                "Reaction r was measured 30 days before the intervention: check the date; this does not count as on time."
            ))
        // Planned the day before: also flagged; planned on the day itself or within 7 days: on time.
        plan.evaluations[0].findings = []
        plan.evaluations[0].planned = "2026-09-30"
        #expect(KirkpatrickReport(plan, asOf: "2026-09-01").late.map(\.issue) == [.plannedBefore])
        #expect(
            KirkpatrickReport(plan, asOf: "2026-09-01").text(for: plan, .nl).contains(
                "is gepland 1 dag vóór de interventie"))
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
        #expect(
            KirkpatrickReport(plan, asOf: "2026-12-02").text(for: plan, .nl).contains(
                "gepland op 2026-12-01, 1 dag geleden."))
    }

    // MARK: 4. Actiescan themes compared over the same questions

    @Test func actiescanThemeComparedOverSharedQuestions() throws {
        var scan = Actiescan(id: "a", title: "a")
        scan.scans = [
            .init(
                label: "one",
                answers: [
                    .init(question: "quality.wellbeing", position: 2), .init(question: "quality.room", position: 3),
                ]),
            // The low answer is skipped in the second scan: the theme did not move on the question both answered.
            .init(label: "two", answers: [.init(question: "quality.room", position: 3)]),
        ]
        let comparison = try scan.compare(from: "one", to: "two")
        let quality = try #require(comparison.themes.first)
        #expect(quality.compared == 1 && quality.from == 3 && quality.to == 3 && quality.change == 0)
        #expect(quality.missing == ["quality.wellbeing"])
        #expect(comparison.themes[1].change == nil)  // innovation: nothing answered
        let text = try scan.report(ReportSettings(language: .en)).text
        #expect(text.contains("From one to two: 0 questions up, 0 down."))
        #expect(text.contains("  Raise the quality of care: 3 → 3 (±0), over 1 of 2 questions"))
        #expect(
            text.contains(
                "    answered in one scan only: Do the interventions designed contribute to the client's wellbeing?"))
        #expect(!text.contains("+0.5"))
        let json = comparison.jsonValue(for: scan, language: .nl)
        #expect(json["themes"]?[0]?["change"] == .int(0) || json["themes"]?[0]?["change"] == .number(0))
        #expect(
            json["questions"]?[0]?["text"]
                == .string(
                    "Wordt de ruimte, ontstaan door de grote groep stagiairs, door zorgprofessionals gebruikt om de kwaliteit van zorg te verbeteren?"
                ))
    }

    // MARK: 9. The seed's questions and principles reach users

    @Test func actiescanTemplateAndReportCarryTheSeedQuestions() throws {
        let template = Actiescan.template(language: .nl)
        let answers = template.scans[0].answers
        #expect(answers.count == 11 && answers.allSatisfy { $0.position == nil })
        #expect(
            answers[0].unknown["text"] == .string("Dragen de ontworpen interventies bij aan het welzijn van de cliënt?")
        )
        // The template is a valid document, round trips, and reports every question with its text.
        let again = try Actiescan(jsonValue: template.jsonValue)
        #expect(again == template)
        let report = try again.report(ReportSettings(language: .en)).jsonValue
        let first = report["scans"]?[0]?["themes"]?[0]?["answers"]?[0]
        #expect(first?["text"] == .string("Do the interventions designed contribute to the client's wellbeing?"))
        #expect(first?["position"] == .null)
        let text = try again.report(ReportSettings(language: .nl)).text
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

    // MARK: 1, 3, 11. LIN: conditions over the whole period, teachers as the seed words it, phase 3 and §4.1

    func linPlan(_ assignments: [LINPlan.Assignment], students: Int = 8) -> LINPlan {
        var plan = LINPlan.template(language: .en)
        plan.assignments = assignments
        plan.studentsAboveFormation = students
        return plan
    }

    @Test func projectLeaderHoursMustHoldInEveryWeek() throws {
        // The audit's plan: 8 h/week for 13 weeks and 0.5 h/week for 26 weeks = 104 + 13 = 117 h of the 8 × 26 = 208.
        let plan = linPlan([
            .init(id: "a", role: .projectLeader, hoursPerWeek: 8, weeks: 13),
            .init(id: "b", role: .projectLeader, hoursPerWeek: 0.5, weeks: 26),
        ])
        let leader = try #require(LINReport(plan).conditions.first { $0.id == .projectLeader })
        #expect(!leader.met)
        #expect(leader.hours == 117 && leader.hoursRequired == 208 && leader.shortFromWeek == 14 && leader.found == 0.5)
        #expect(
            leader.text.en
                == "LIN project leader: 8.5 hours a week in weeks 1–13, 0.5 in weeks 14–26; 117 of the 208 hours. "
                + "The toolkit asks for 8 hours a week during the first 6 months (ImpactKit counts 26 weeks).")
        #expect(
            leader.text.nl
                == "Projectleider LIN: 8,5 uur per week in week 1–13, 0,5 in week 14–26; 117 van de 208 uur. "
                + "De toolkit vraagt 8 uur per week gedurende de eerste 6 maanden (ImpactKit telt 26 weken).")
        #expect(!LINReport(plan).text(for: plan, .en).contains("[x] LIN project leader"))
        // Two leaders of 4 h for all 26 weeks do meet it; 25.5 weeks leave week 26 short.
        #expect(
            LINReport(
                linPlan([
                    .init(id: "a", role: .projectLeader, hoursPerWeek: 4, weeks: 26),
                    .init(id: "b", role: .projectLeader, hoursPerWeek: 4, weeks: 30),
                ])
            ).conditions[1].met)
        let short = LINReport(linPlan([.init(id: "a", role: .projectLeader, hoursPerWeek: 8, weeks: 25.5)])).conditions[
            1]
        #expect(!short.met && short.shortFromWeek == 26 && short.hours == 204)
    }

    @Test func aPracticeTrainerForZeroWeeksIsNotMet() throws {
        let plan = linPlan([.init(id: "pt", role: .practiceTrainer, hoursPerWeek: 8, weeks: 0)])
        let trainer = try #require(LINReport(plan).conditions.first { $0.id == .practiceTrainer })
        #expect(!trainer.met && trainer.hours == 0 && trainer.shortFromWeek == 1)
        #expect(trainer.text.en.hasPrefix("Practice trainer: 0 hours a week in weeks 1–26; 0 of the 208 hours."))
    }

    @Test func teachersAreAPossibilityFromEightStudentsNotACondition() throws {
        let three = LINReport(linPlan([.init(id: "t", role: .teacher, hoursPerWeek: 0, weeks: 26)], students: 3))
        #expect(!three.conditions.contains { $0.text.en.contains("eacher") })
        #expect(!three.teachers.applies && three.teachers.students == 3)
        #expect(
            three.teachers.text.en.hasSuffix(
                " With 3 students that does not apply yet. This plan: 0 hours a week in weeks 1–26."))
        let eight = LINReport(linPlan([.init(id: "t", role: .teacher, hoursPerWeek: 4, weeks: 26)]))
        #expect(eight.teachers.applies && eight.teachers.hoursPerWeek == 4)
        #expect(eight.teachers.text.nl.hasSuffix("Dit plan: 4 uur per week in week 1–26."))
        let report = try LINPlan.template(language: .en).report(ReportSettings(language: .en)).jsonValue
        #expect(report["teachers"]?["applies"] == .bool(true))
    }

    @Test func preparationAgreementAndLINDayHaveTheirOwnChecks() throws {
        var plan = linPlan([])
        plan.preparationMonths = 4
        plan.cooperationAgreement = .draft
        plan.linDay = .init(weekday: .tuesday, hours: 9)
        func condition(_ id: LINReport.Condition.ID) -> LINReport.Condition? {
            LINReport(plan).conditions.first { $0.id == id }
        }
        #expect(
            condition(.preparation)?.met == false && condition(.cooperationAgreement)?.met == false
                && condition(.linDay)?.met == false)
        #expect(
            condition(.linDay)?.text.nl == "Wekelijkse LIN-dag op dinsdag, 9 uur; de toolkit noemt drie tot acht uur.")
        plan.preparationMonths = 6
        plan.cooperationAgreement = .intentSigned
        plan.linDay?.hours = 3
        #expect(
            condition(.preparation)?.met == true && condition(.cooperationAgreement)?.met == true
                && condition(.linDay)?.met == true)
        plan.linDay?.weekday = nil
        #expect(condition(.linDay)?.met == false)
        // The three round trip, and a weekday the vocabulary does not know is refused with its pointer.
        let again = try LINPlan(jsonValue: plan.jsonValue)
        #expect(again == plan)
        let error = caught {
            try LINPlan(
                json:
                    #"{"schema": "impactkit/lin/1", "id": "l", "title": "t", "lin_day": {"weekday": "funday", "hours": 4}}"#
            )
        }
        #expect(error?.code == .invalidArgument && error?.path == "/lin_day/weekday")
        let agreement = caught {
            try LINPlan(
                json: #"{"schema": "impactkit/lin/1", "id": "l", "title": "t", "cooperation_agreement": "yes"}"#)
        }
        #expect(agreement?.path == "/cooperation_agreement")
    }

    // MARK: 2. Whole percentages rounded once

    @Test func wholePercentRoundsOnceFromTheExactFraction() throws {
        #expect(WholePercent.of(51, 101) == 50)  // 50.495 %: the old text printed 51 (rounded from 50.50)
        #expect(WholePercent.of(1, 8) == 13)  // 12.5 % exactly: half up
        #expect(WholePercent.of(7, 12) == 58)  // 58.33 %
        #expect(WholePercent.of(0, 0) == 0)
        // Over every pair up to 400: the nearest whole percent, half up, never off by the double rounding.
        for whole in 1...400 {
            for part in 0...whole {
                let exact = Double(part) * 100 / Double(whole)
                let got = Double(WholePercent.of(part, whole))
                #expect(abs(got - exact) <= 0.5 && (abs(got - exact) < 0.5 || got > exact), "\(part)/\(whole)")
            }
        }
        #expect(WholePercent.partition([1, 1, 1]).offSum == 99)
        #expect(WholePercent.partition([1, 1, 2]).offSum == nil)  // 25 + 25 + 50
    }

    /// A change log of `changes` (dimension or nil per change) by one person per change, in group "g"; extra groups
    /// and an SROI section as JSON members.
    func changeLog(
        _ dimensions: [String?], votes: [Int]? = nil, extraGroups: String = "", extraPeople: String = "",
        extraChanges: String = "", sroi: String = ""
    ) throws -> ChangeLog {
        let people = dimensions.indices.map { #"{"id": "p\#($0)", "group": "g"}"# }.joined(separator: ", ")
        let changes = dimensions.enumerated().map { index, dimension in
            let vote = votes.map { ", \"votes\": \($0[index])" } ?? ""
            return #"{"id": "c\#(index)", "person": "p\#(index)", "statement": "s\#(index)""#
                + (dimension.map { ", \"dimension\": \"\($0)\"" } ?? "") + vote + "}"
        }.joined(separator: ", ")
        return try ChangeLog(
            json: #"{"schema": "impactkit/changelog/1", "id": "l", "title": "L", "#
                + #""groups": [{"id": "g", "name": "Studenten"}\#(extraGroups)], "people": [\#(people)\#(extraPeople)], "#
                + #""changes": [\#(changes)\#(extraChanges)]\#(sroi)}"#)
    }

    @Test func changeLogPercentagesRoundOnceAndSayWhenTheyDoNotAddUp() throws {
        // 51 of 101 about Relating: 50.495 % → "50%" in the headline and on the dimension's line.
        let log = try changeLog(Array(repeating: "relating", count: 51) + Array(repeating: "acting", count: 50))
        let text = log.report(dimensions: [.relating]).text(for: log, language: .en)
        #expect(text.contains("50% of the changes are about Relating."))
        #expect(text.contains("  Relating: 51 (50%)") && text.contains("  Acting: 50 (50%)"))
        #expect(log.idgSVG(language: .en).contains(">51 (50%)</text>"))
        // One change in each of three dimensions: 33 + 33 + 33 = 99, and the text says so.
        let thirds = try changeLog(["being", "thinking", "acting"])
        let nl = thirds.report().text(for: thirds, language: .nl)
        #expect(nl.contains("  Zijn (Being): 1 (33%)"))
        #expect(nl.contains("(Elk percentage is apart afgerond; samen 99%.)"))
        #expect(!log.report().text(for: log, language: .en).contains("rounded on its own"))
        // The canvas table too: 1 card in each of three selected domains → 33 % × 3 = 99 %.
        var canvas = try Canvas(id: "c", title: "c")
        try canvas.selectDomains(["target-group", "partners", "complexity"])
        for domain in ["target-group", "partners", "complexity"] {
            try canvas.place(card: "act.workshop", domain: domain, field: .activity)
        }
        let table = canvas.evaluate().text(for: canvas, language: .en)
        #expect(table.contains("33%") && table.contains("(Each percentage is rounded on its own; together 99%.)"))
    }

    // MARK: 6. Change logs: unvoted changes, groups out of scope

    @Test func changesNobodyVotedForAreNotTopChanges() throws {
        let log = try changeLog(["being", "acting"], votes: [0, 0])
        let ranked = try #require(log.report().groups.first)
        #expect(ranked.top.isEmpty && ranked.unvoted == 2)
        let text = log.report().text(for: log, language: .en)
        #expect(text.contains("Top changes — Studenten\n  Nobody voted: no ranking (2 changes without votes)."))
        #expect(!text.contains("  • s0"))
        // With one vote, only that change is ranked; the other stays out.
        let one = try changeLog(["being", "acting"], votes: [0, 3])
        #expect(one.report().groups[0].top.map(\.id) == ["c1"])
        let json = one.report().jsonValue(for: one, language: .nl)
        #expect(json["top_changes"]?[0]?["unvoted"] == .int(1))
    }

    @Test func groupsOutOfScopeAreReportedApartNotCounted() throws {
        let log = try changeLog(
            ["relating", "relating"], extraGroups: #", {"id": "gem", "name": "Gemeente", "in_scope": false}"#,
            extraPeople: #", {"id": "x", "group": "gem", "role": "beleid"}"#,
            extraChanges:
                #", {"id": "x1", "person": "x", "statement": "t", "dimension": "being", "sdgs": [11]}, {"id": "x2", "person": "x", "statement": "u"}"#
        )
        let report = log.report()
        #expect(report.total == 2 && report.people == 2 && report.roles == 0 && report.groupsInScope == 1)
        #expect(report.count(.being) == 0 && report.unclassified == 0 && report.sdgs.isEmpty)
        #expect(report.outOfScope.people == 1 && report.outOfScope.changes == 2)
        #expect(report.percent(report.chosenCount) == 100)
        let text = report.text(for: log, language: .nl)
        #expect(text.contains("2 veranderingen bij 2 mensen in 0 rollen, 1 groep."))
        #expect(text.contains("Buiten de scope en niet in de totalen: Gemeente (1 persoon, 2 veranderingen)."))
        let json = report.jsonValue(for: log, language: .en)
        #expect(json["out_of_scope"]?["changes"] == .int(2) && json["changes"] == .int(2))
    }

    // MARK: 8. SROI: every assumption in the report, one unit for percentages

    let outcome = #"{"id": "o1", "name": "Minder eenzaamheid", "quantity": 10, "proxy": 100, "duration": 1"#

    @Test func sroiReportShowsItsAssumptionsAndWhyThereIsNoRatio() throws {
        // No discount rate and no inputs: 10 × 100 = 1000 in year 1, discounted at the default 3.5 %:
        // 1000 / 1.035 = 966.1835… → 966.18; no inputs, so no ratio, and the report says why.
        let log = try changeLog(["being"], sroi: #", "sroi": {"outcomes": [\#(outcome)}]}"#)
        let text = log.report().text(for: log, language: .en)
        #expect(text.contains("  Discount rate: 3.5% (not given: ImpactKit's default, the UK Green Book rate)"))
        #expect(text.contains("  Present value: EUR 966.18"))
        #expect(
            text.contains("  SROI ratio: none: the inputs are worth 0 (none given), so there is nothing to divide by"))
        #expect(text.contains("  o1 Minder eenzaamheid: 10 × EUR 100.00 (source not given), 1 year, deadweight 0%"))
        #expect(log.report().text(for: log, language: .nl).contains("  Contante waarde: EUR 966,18"))
        let sroi = try #require(log.report().jsonValue(for: log, language: .en)["sroi"])
        #expect(sroi["ratio"] == .null && sroi["ratio_note"] != .null)
        #expect(
            sroi["assumptions"]?["discount_rate"] == .number(3.5)
                && sroi["assumptions"]?["discount_rate_given"] == .bool(false))
        // The default is not written into the document on a round trip.
        #expect(!log.json().contains("discount_rate"))
    }

    @Test func aFractionWhereAPercentageBelongsIsRefused() throws {
        let error = caught {
            try changeLog(["being"], sroi: #", "sroi": {"outcomes": [\#(outcome), "attribution": 0.25}]}"#)
        }
        #expect(error?.code == .range && error?.path == "/sroi/outcomes/0/attribution")
        #expect(error?.message.contains("percentages are written 0–100 here (25 for 25 %)") == true)
        #expect(
            caught { try changeLog(["being"], sroi: #", "sroi": {"discount_rate": 0.035, "outcomes": []}"#) }?.path
                == "/sroi/discount_rate")
        // 0, 1 and 25 are percentages.
        for value in ["0", "1", "25"] {
            #expect(
                caught {
                    try changeLog(["being"], sroi: #", "sroi": {"outcomes": [\#(outcome), "attribution": \#(value)}]}"#)
                } == nil)
        }
    }

    @Test func aSensitivityRunSaysWhatItVaried() throws {
        let log = try changeLog(
            ["being"],
            sroi:
                #", "sroi": {"discount_rate": 0, "inputs": [{"name": "uren", "value": 500}], "outcomes": [\#(outcome)}, {"id": "o2", "name": "n", "quantity": 1, "proxy": 10}]}"#
        )
        let sroi = try #require(log.sroi)
        let runs = try sroi.sensitivity(.attribution, values: [50], outcome: "o1")
        let json = sroi.sensitivityJSON(runs, parameter: .attribution, outcome: "o1", language: .en)
        #expect(json["parameter"] == .string("attribution") && json["outcome"] == .string("o1"))
        #expect(json["applies_to"] == .array([.string("o1")]))
        // Base: 1000 + 10 = 1010 over 500 → 2.02; with 50 % attribution on o1: 500 + 10 = 510 → 1.02.
        #expect(json["base"]?["ratio"] == .number(2.02) && json["runs"]?[0]?["ratio"] == .number(1.02))
    }

    // MARK: 9, 11. IWP: the seven principles' texts, the format's date, tagged conditions

    @Test func iwpTemplateListsThePrinciplesWithTheSeedTexts() throws {
        let template = IWPModel.template(language: .nl)
        #expect(template.principles.count == 7 && template.principles.allSatisfy { $0.shaping == nil })
        #expect(
            template.principles[4].unknown["description"]
                == .string(
                    "Deelnemers leren door te reflecteren op taken en ervaringen, als persoon, als team en als organisatie. "
                        + "Kritische situaties of gebeurtenissen zijn het startpunt voor reflecteren en leren."))
        #expect(template.outline["yields"]?["transition"] == [])
        let again = try IWPModel(jsonValue: template.jsonValue)
        #expect(again == template)
        let report = try again.report(ReportSettings(language: .en)).jsonValue
        #expect(
            report["principles"]?[1]?["description"]
                == .string(
                    "Every participant experiences being part of a community. Every participant learns, each at their own level."
                ))
        let text = try again.report(ReportSettings(language: .nl)).text
        #expect(text.contains("  2. Vorm een lerende gemeenschap: 0 kenmerken"))
        #expect(text.contains("     Elke deelnemer ervaart dat hij/zij deel uitmaakt van een gemeenschap."))
        // Section names in the report's language, never the JSON keys (item 12).
        #expect(text.contains("Nog leeg: A. Uitgangspunten, B. Opbrengsten, C. Processen, Vormgeving van de IWP"))
        #expect(!text.contains("starting_points"))
    }

    @Test func iwpConditionsAreTaggedAndTheFormatHasADate() throws {
        let model = try IWPModel(
            json: #"""
                {"schema": "impactkit/iwp/1", "id": "v", "title": "VitV", "date": "2016-05-01",
                 "principles": [{"principle": "learning-community", "shaping": "Samen leren."}],
                 "characteristics": [{"id": "c", "text": "Huisvesting", "principles": ["learning-community"],
                   "effects": [{"text": "Serieus genomen", "for": "S"}],
                   "conditions": [{"text": "Financiering van de huur", "for": "S"}, {"text": "Ruimte", "for": "J+S"},
                                  {"text": "Regels", "for": "J", "to_improve": true}, {"text": "Tijd"}]}]}
                """#)
        #expect(
            model.date == "2016-05-01"
                && model.characteristics[0].conditions.map(\.audience) == [.senior, .both, .junior, nil])
        let coverage = IWPCoverage(model)
        #expect(coverage.principles[1].conditionsByAudience == [1, 1, 1, 1])
        let report = try model.report(ReportSettings(language: .en)).jsonValue
        #expect(report["date"] == .string("2016-05-01"))
        #expect(report["principles"]?[1]?["conditions_for"]?["J+S"] == .int(1))
        #expect(report["principles"]?[1]?["shaping"] == .string("Samen leren."))
        let text = try model.report(ReportSettings(language: .en)).text
        #expect(text.hasPrefix("VitV\nDate: 2016-05-01\n"))
        #expect(
            text.contains(
                "  2. Form a learning community: 1 characteristic, 1 effect (J 0, S 1, J+S 0), 4 conditions (J 1, S 1, J+S 1, untagged 1)"
            ))
        #expect(JSONWriter.string(model.jsonValue).contains(#""for": "J+S""#))
        #expect(
            caught {
                try IWPModel(json: #"{"schema": "impactkit/iwp/1", "id": "v", "title": "t", "date": "2016-13-01"}"#)
            }?.path == "/date")
    }

    // MARK: 10. What is ImpactKit's own

    @Test func theTemplateSaysWhatIsTheSeedsAndWhatIsImpactKits() throws {
        let template = LIMTemplate.template
        #expect(template.domains.allSatisfy { $0.nameSource == .derived && $0.questionSource == .impactkit })
        #expect(
            template.cards.filter { $0.source == .seed }.map(\.id) == [
                "act.workshop", "loc.community-centre", "res.report",
            ])
        #expect(template.cards.allSatisfy { $0.source != nil })
        let json = JSONWriter.string(template.json)
        #expect(json.contains(#""name_source": "derived""#) && json.contains(#""question_source": "impactkit""#))
        // A host template that says so keeps it; one that does not stays without.
        let again = try CanvasTemplate.decode(template.json)
        #expect(again == template)
        let questions = try QuestionSet.jsonValue(variant: .standard, purpose: .introduction)
        #expect(questions["questions"]?[0]?["source"] == .string("derived"))
        #expect(questions["questions"]?[2]?["source"] == .string("seed"))
        let fasemodel = Fasemodel.template(language: .en)
        #expect(fasemodel.components.dropFirst().allSatisfy { $0.unknown["source"] == .string("impactkit") })
        var sheet = Factsheet(id: "f", title: "f")
        sheet.capacities = [
            .init(capacity: "learning-capacity", label: nil, observations: []),
            .init(capacity: "innovative-capacity", label: nil, observations: []),
            .init(capacity: "own", label: "Eigen", observations: []),
        ]
        let sources = try sheet.report(ReportSettings(language: .en)).jsonValue["capacities"]
        #expect([0, 1, 2].map { sources?[$0]?["source"] } == [.string("seed"), .string("impactkit"), .string("host")])
    }

    // MARK: 11. Missing seed parts

    @Test func theIntroductionQuestionsOfSection72AreASet() throws {
        let questions = try QuestionSet.questions(variant: .standard, purpose: .introduction)
        #expect(
            questions.map(\.id) == [
                "lim.intro.goal", "lim.intro.impact", "lim.intro.obstacles", "lim.intro.strength",
                "lim.students.notice", "lim.students.judge", "lim.students.most", "lim.students.gain",
            ])
        #expect(questions[3].text.nl == "Waar zit jullie kracht?" && questions[3].section == "7.2")
        #expect(
            caught { try QuestionSet.questions(variant: .coaches, purpose: .introduction) }?.code == .invalidArgument)
        var canvas = try Canvas(id: "c", title: "c")
        try canvas.use(.standard, purpose: .introduction)
        try canvas.answer("lim.intro.strength", "Samenwerken")
        let again = try Canvas(json: canvas.json())
        #expect(again.purpose == .introduction && again.reflections.count == 1)
    }

    @Test func selectedDomainsCanBeChosenWithoutEditingJSON() throws {
        var canvas = try Canvas(id: "c", title: "c")
        try canvas.use(.standard, purpose: .monitorProcess)
        try canvas.selectDomains(["partners", "target-group"])
        #expect(canvas.variant == .selectedDomains && canvas.purpose == .monitorProcess)
        #expect(canvas.domains.map(\.id) == ["target-group", "partners"])  // template order
        try canvas.place(card: "act.workshop", domain: "partners", field: .activity)
        // Dropping the domain with a card is refused and changes nothing.
        #expect(caught { try canvas.selectDomains(["target-group"]) }?.code == .invalidArgument)
        #expect(canvas.domains.count == 2 && canvas.variant == .selectedDomains)
        #expect(caught { try canvas.selectDomains(["partners", "nope"]) }?.path == "/1")
        try canvas.selectDomains(nil)
        #expect(canvas.variant == .standard && canvas.domains.count == 5)
    }

    @Test func factsheetCarriesItsNumberOfSources() throws {
        var sheet = try Factsheet(
            json:
                #"{"schema": "impactkit/factsheet/1", "id": "f", "title": "Proeftuin", "sources": "Regiodirecteur, leercoaches", "respondents": 6}"#
        )
        #expect(sheet.respondents == 6)
        #expect(
            try sheet.report(ReportSettings(language: .nl)).text.contains(
                "Bronnen (N = 6): Regiodirecteur, leercoaches"))
        #expect(try sheet.report(ReportSettings(language: .en)).jsonValue["respondents"] == .int(6))
        sheet.sources = nil
        #expect(try sheet.report(ReportSettings(language: .en)).text.contains("Sources (N = 6)\n"))
        #expect(
            caught {
                try Factsheet(json: #"{"schema": "impactkit/factsheet/1", "id": "f", "title": "t", "respondents": -1}"#)
            }?.path == "/respondents")
    }

    // MARK: 12. Small things users see

    @Test func oneIsSingularInBothLanguages() throws {
        let log = try changeLog(["being"])
        let text = log.report().text(for: log, language: .nl)
        #expect(text.contains("1 verandering bij 1 persoon in 0 rollen, 1 groep."))
        #expect(
            log.report().text(for: log, language: .en).contains("1 change experienced by 1 person in 0 roles, 1 group.")
        )
        var canvas = try Canvas(id: "c", title: "c")
        try canvas.place(card: "act.workshop", domain: "partners", field: .activity)
        let evaluation = canvas.evaluate()
        #expect(evaluation.text(for: canvas, language: .nl).contains("Gedekt: 0 van 5 domeinen; 1 kaart."))
        #expect(evaluation.text(for: canvas, language: .en).contains("Covered: 0 of 5 domains; 1 card."))
    }
}
