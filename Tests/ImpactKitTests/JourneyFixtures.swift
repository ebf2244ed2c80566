@testable import ImpactKit

/// Two moments of one group, small enough to compute every comparison figure by hand:
/// start (5 cards): target-group act.workshop, loc.school; partners act.client-meeting, res.new-contacts;
///                  complexity act.survey.
/// week 5 (6 cards): target-group act.workshop, loc.school, res.prototype (added); partners act.client-meeting;
///                   knowledge res.new-contacts (moved from partners/result); interprofessional
///                   act.peer-consultation (added); complexity act.survey is gone (removed).
enum JourneyFixtures {
    static func start() throws -> Canvas {
        var canvas = try Canvas(id: "g1-start", title: "Groep 1")
        canvas.moment = Moment(label: "start", date: "2026-09-07")
        try canvas.place(card: "act.workshop", domain: "target-group", field: .activity, id: "p1")
        try canvas.place(card: "loc.school", domain: "target-group", field: .place, id: "p2")
        try canvas.place(card: "act.client-meeting", domain: "partners", field: .activity, id: "p3")
        try canvas.place(card: "res.new-contacts", domain: "partners", field: .result, id: "p4")
        try canvas.place(card: "act.survey", domain: "complexity", field: .activity, id: "p5")
        return canvas
    }

    static func week5() throws -> Canvas {
        var canvas = try Canvas(id: "g1-week5", title: "Groep 1")
        canvas.moment = Moment(label: "week 5", date: "2026-10-05")
        try canvas.use(.standard, purpose: .reflectionAccountability)
        try canvas.place(card: "act.workshop", domain: "target-group", field: .activity, id: "p1")
        try canvas.place(card: "loc.school", domain: "target-group", field: .place, id: "p2")
        try canvas.place(card: "res.prototype", domain: "target-group", field: .result, id: "proto")
        try canvas.place(card: "act.client-meeting", domain: "partners", field: .activity, id: "p3")
        try canvas.place(card: "res.new-contacts", domain: "knowledge", field: .result, id: "p4")
        try canvas.place(card: "act.peer-consultation", domain: "interprofessional", field: .activity, id: "peer")
        try canvas.answer("lim.accountability.evidence", "Het prototype en de nieuwe contacten.")
        return canvas
    }

    /// start → week 5, two learning outcomes, three evidence links (placement, answer, whole canvas).
    static func journey() throws -> Journey {
        var journey = try Journey(id: "g1", title: "Groep 1 — Bottendaal")
        journey.group = "Groep 1"
        try journey.append(try start())
        try journey.append(try week5())
        try journey.add(LearningOutcome(id: "lu3", title: "Impact verantwoorden", category: .impact))
        try journey.add(LearningOutcome(id: "lu5", title: "Interprofessioneel samenwerken", category: .process))
        try journey.add(LearningOutcome(id: "lu7", title: "Reflecteren", category: .reflective))
        try journey.link(
            EvidenceLink(outcome: "lu3", moment: "week 5", placement: "proto", justification: "Prototype met bewoners"))
        try journey.link(
            EvidenceLink(
                outcome: "lu3", moment: "week 5", question: "lim.accountability.evidence",
                justification: "Eigen verantwoording"))
        try journey.link(
            EvidenceLink(outcome: "lu5", moment: "week 5", placement: "peer", justification: "Intervisie met fysio"))
        try journey.link(EvidenceLink(outcome: "lu5", moment: "start", justification: "Foto van het canvas"))
        return journey
    }
}
