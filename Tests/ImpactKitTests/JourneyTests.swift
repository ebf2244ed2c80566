import Testing
@testable import ImpactKit

@Suite("Journeys: moments, evidence, reports")
struct JourneyTests {
    @Test func roundTripIsByteStableAndKeepsUnknownFields() throws {
        let journey = try JourneyFixtures.journey()
        var text = journey.json()
        text.removeLast(3)  // "\n}\n"
        text += ",\n  \"x-lms\": {\n    \"course\": 12\n  }\n}\n"
        let reread = try Journey(json: text)
        #expect(
            reread.json() == text,
            "\(Array(reread.json().utf8).count) vs \(Array(text.utf8).count): \(reread.json().suffix(200))")
        #expect(reread.moments.count == 2)
        #expect(reread.moments[1].purpose == .reflectionAccountability)
    }

    @Test func evidenceSummaryPerOutcome() throws {
        let summaries = try JourneyFixtures.journey().evidenceSummaries
        #expect(summaries.map(\.outcome.id) == ["lu3", "lu5", "lu7"])
        #expect(summaries[0].pieces.count == 2)
        #expect(summaries[0].moments == ["week 5"])
        #expect(summaries[0].domains == ["target-group"])
        #expect(summaries[0].count(.placement) == 1)
        #expect(summaries[0].count(.answer) == 1)
        #expect(summaries[0].pieces[1].content.nl == "Het prototype en de nieuwe contacten.")
        #expect(summaries[1].moments == ["start", "week 5"])
        #expect(summaries[1].domains == ["interprofessional"])
        #expect(summaries[1].count(.canvas) == 1)
        #expect(summaries[1].pieces[0].content.nl == "Groep 1")
        #expect(summaries[2].pieces.isEmpty)
        #expect(
            summaries[1].sentence(.en) == "2 pieces of evidence at start, week 5; domains: Interprofessional learning")
        #expect(summaries[2].sentence(.nl) == "nog geen bewijs")
    }

    @Test func reportHasMomentsProgressAndOutcomes() throws {
        let journey = try JourneyFixtures.journey()
        let report = JSONWriter.string(journey.reportValue(language: .en))
        #expect(report.contains("\"schema\": \"impactkit/journey-report/1\""))
        #expect(report.contains("\"outcomes_without_evidence\": [\n    \"lu7\"\n  ]"))
        #expect(report.contains("\"overall\": null"))
        // week 5 asks 7 questions (§7.4 + §9.3) and one is answered.
        #expect(report.contains("\"questions_asked\": 7,\n      \"questions_answered\": 1"))
        let text = journey.reportText(language: .nl)
        #expect(text.contains("start (2026-09-07): 5 kaarten, 0/5 domeinen gedekt"))
        #expect(text.contains("week 5 (2026-10-05): 6 kaarten, 1/5 domeinen gedekt"))
        #expect(text.contains("• Reflecteren: nog geen bewijs"))
        #expect(text.contains("  – [week 5] Prototype met bewoners (kaart: Prototype)"))
        #expect(text.contains("  – [week 5] Eigen verantwoording (antwoord op lim.accountability.evidence)"))
        #expect(text.contains("  – [start] Foto van het canvas (het hele canvas)"))
    }

    @Test func compareByLabel() throws {
        let journey = try JourneyFixtures.journey()
        #expect(try journey.compare().added == 2)
        #expect(try journey.compare(from: "start", to: "week 5").moved == 1)
        #expect(caught { try journey.compare(from: "week 5", to: "start") }?.code == .invalidArgument)
        #expect(caught { try journey.compare(from: "week 9") }?.code == .notFound)
    }

    // MARK: Bad input, each with the JSON pointer

    func document(_ edit: (inout String) -> Void) -> String {
        var text = (try? JourneyFixtures.journey().json()) ?? ""
        edit(&text)
        return text
    }

    @Test func momentsOutOfOrder() throws {
        let text = document { $0 = $0.replacing("2026-10-05", with: "2026-09-01") }
        let error = caught { try Journey(json: text) }
        #expect(error?.code == .invalidArgument)
        #expect(error?.path == "/moments/1/moment/date")
        #expect(
            error?.message
                == "moments must be in time order: \"week 5\" (2026-09-01) is not after \"start\" (2026-09-07)")
    }

    @Test func duplicatedMoment() throws {
        let text = document { $0 = $0.replacing("\"label\": \"week 5\"", with: "\"label\": \"start\"") }
        let error = caught { try Journey(json: text) }
        #expect(error?.code == .exists)
        #expect(error?.path == "/moments/1/moment/label")
        var journey = try JourneyFixtures.journey()
        var again = try JourneyFixtures.week5()
        again.moment = Moment(label: "week 9", date: "2026-11-01")
        #expect(caught { try journey.append(again) }?.path == "/id")
    }

    @Test func unknownCardInAMoment() throws {
        let text = document { $0 = $0.replacing("\"card\": \"act.peer-consultation\"", with: "\"card\": \"act.nope\"") }
        let error = caught { try Journey(json: text) }
        #expect(error?.code == .notFound)
        #expect(error?.path == "/moments/1/placements/5/card")
    }

    @Test func unknownOutcomeMomentPlacementOrAnswer() throws {
        let cases: [(String, String, String)] = [
            ("\"outcome\": \"lu5\"", "\"outcome\": \"lu9\"", "/evidence/2/outcome"),
            ("\"moment\": \"start\"", "\"moment\": \"week 9\"", "/evidence/3/moment"),
            ("\"placement\": \"peer\"", "\"placement\": \"p77\"", "/evidence/2/placement"),
            (
                "\"question\": \"lim.accountability.evidence\",\n      \"justification\"",
                "\"question\": \"lim.students.gain\",\n      \"justification\"", "/evidence/1/question"
            ),
        ]
        for (old, new, path) in cases {
            let text = document { $0 = $0.replacing(old, with: new) }
            #expect(text.contains(new))
            let error = caught { try Journey(json: text) }
            #expect(error?.code == .notFound, "\(path)")
            #expect(error?.path == path)
        }
    }

    @Test func failedEditsChangeNothing() throws {
        var journey = try JourneyFixtures.journey()
        let before = journey
        #expect(
            caught {
                try journey.link(
                    EvidenceLink(outcome: "lu3", moment: "week 5", placement: "proto", justification: "again"))
            }?.code == .exists)
        #expect(
            caught {
                try journey.link(
                    EvidenceLink(
                        outcome: "lu3", moment: "week 5", placement: "proto", question: "lim.students.gain",
                        justification: "x"))
            }?.code == .invalidArgument)
        #expect(caught { try journey.add(LearningOutcome(id: "lu3", title: "dup")) }?.code == .exists)
        #expect(caught { try journey.add(LearningOutcome(id: "bad id", title: "x")) }?.path == "/id")
        var undated = try Canvas(id: "nomoment", title: "x")
        #expect(caught { try journey.append(undated) }?.code == .schema)
        undated.moment = Moment(label: "later", date: "2026-10-05")
        #expect(caught { try journey.append(undated) }?.code == .invalidArgument)
        #expect(journey == before)
    }

    @Test func aCanvasIsNotAJourney() throws {
        let canvas = try JourneyFixtures.start().json()
        let error = caught { try Journey(json: canvas) }
        #expect(error?.code == .schema)
        #expect(error?.message.contains("this is a canvas") == true)
    }
}
