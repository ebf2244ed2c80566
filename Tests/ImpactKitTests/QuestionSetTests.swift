import Testing
@testable import ImpactKit

@Suite("Reflection and didactic question sets")
struct QuestionSetTests {
    func ids(_ variant: Variant, _ purpose: Purpose?) throws -> [String] {
        try QuestionSet.questions(variant: variant, purpose: purpose).map(\.id)
    }

    @Test func studentsAskSection74() throws {
        #expect(
            try ids(.standard, nil) == [
                "lim.students.notice", "lim.students.judge", "lim.students.most", "lim.students.gain",
            ])
        #expect(try ids(.withoutCards, nil) == ids(.standard, nil))
    }

    @Test func coachesAndStakeholdersAddTheirOwn() throws {
        #expect(
            try ids(.coaches, nil).suffix(3) == ["lim.coaches.insights", "lim.coaches.meaning", "lim.coaches.adapt"])
        #expect(try ids(.coaches, nil).count == 7)
        #expect(try ids(.stakeholders, nil).count == 8)
        #expect(try ids(.stakeholders, nil)[4] == "lim.stakeholders.collaboration")
    }

    @Test func purposesAddSection9WithoutDuplicates() throws {
        #expect(try ids(.standard, .monitorProcess).count == 7)
        // §9.2 repeats §7.4's "what do you think of the impact you make": asked once.
        let conversation = try ids(.standard, .impactConversation)
        #expect(conversation.count == 8)
        #expect(conversation.filter { $0 == "lim.students.judge" }.count == 1)
        #expect(
            try ids(.selectedDomains, .reflectionAccountability).suffix(3)
                == ["lim.accountability.outcomes", "lim.accountability.evidence", "lim.accountability.hindsight"])
    }

    @Test func purposeWithCoachesVariantIsAnError() {
        let error = caught { try QuestionSet.questions(variant: .coaches, purpose: .monitorProcess) }
        #expect(error?.code == .invalidArgument)
        #expect(error?.message.contains("for student groups") == true)
        let decoding = caught {
            try Canvas(
                json:
                    #"{"schema":"impactkit/canvas/1","id":"x","title":"t","template":"lim","variant":"coaches","purpose":"monitor-process"}"#
            )
        }
        #expect(decoding?.code == .invalidArgument)
        #expect(decoding?.path == "/purpose")
        let unknown = caught {
            try Canvas(
                json: #"{"schema":"impactkit/canvas/1","id":"x","title":"t","template":"lim","purpose":"grading"}"#)
        }
        #expect(unknown?.code == .invalidArgument)
        #expect(unknown?.path == "/purpose")
    }

    @Test func everyQuestionHasStableUniqueIdAndBothLanguages() {
        let all = ReflectionQuestions.all
        #expect(all.count == 25)  // 4 of §7.2 (introduction), 4 of §7.4, 3 + 4 of §8, 3 + 5 (one shared) + 3 of §9
        #expect(Set(all.map(\.id)).count == all.count)
        #expect(all.allSatisfy { Identifier.isValid($0.id) && !$0.text.nl.isEmpty && !$0.text.en.isEmpty })
        #expect(Set(all.map(\.section)) == ["7.2", "7.4", "8.3", "8.4", "9.1", "9.2", "9.3"])
    }

    @Test func canvasRecordsAnswersPerQuestionOfItsSet() throws {
        var canvas = try Canvas(id: "q", title: "Q")
        try canvas.use(.standard, purpose: .monitorProcess)
        try canvas.answer("lim.monitor.steps", "Interviews gedaan, analyse loopt vast.")
        try canvas.answer("lim.coaches.adapt", "(door de coach)", by: "Ellen")
        let entries = canvas.questionsWithAnswers
        #expect(entries.count == 8)
        #expect(entries[4].question.id == "lim.monitor.steps")
        #expect(entries[4].answers.map(\.answer) == ["Interviews gedaan, analyse loopt vast."])
        #expect(entries[7].question.id == "lim.coaches.adapt")
        #expect(entries[7].inSet == false)
        // The purpose round-trips in the document and shows in the report.
        let reread = try Canvas(json: canvas.json())
        #expect(reread.purpose == .monitorProcess)
        let report = JSONWriter.string(canvas.evaluate().reportJSON(for: canvas, language: .nl))
        #expect(report.contains("\"purpose\": \"monitor-process\""))
        #expect(report.contains("\"in_set\": false"))
        let text = canvas.evaluate().text(for: canvas, language: .nl)
        #expect(text.contains("Verdere vragen (variant standard, doel: Monitoren onderzoeksproces):"))
        #expect(text.contains("• [§9.1] Welke stappen hebben jullie al gezet in het onderzoeksproces?"))
        #expect(text.contains("  (nog niet beantwoord)"))
    }
}
