import ArgumentParser
import Foundation
import ImpactKit

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.demo
    )

    @OptionGroup var language: LanguageOption

    @Option(help: helpText("Folder for the canvas and report files."))
    var output: String = "demo-output"

    func run() throws {
        let lang = try language.language()
        try Files.createDirectories(output)
        for canvas in try DemoTeam.canvases() {
            let evaluation = canvas.evaluate()
            emit(String(repeating: "═", count: 72) + "\n")
            emit(evaluation.text(for: canvas, language: lang) + "\n")
            let canvasPath = "\(output)/\(canvas.id).json"
            let reportPath = "\(output)/\(canvas.id).report.json"
            try Files.writeAtomically(canvas.json(), to: canvasPath)
            try Files.writeAtomically(
                JSONWriter.string(evaluation.reportJSON(for: canvas, language: lang)), to: reportPath)
            emit(CLIWords.of(lang).written("\(canvasPath), \(reportPath)") + "\n")
        }
        let journey = try DemoTeam.journey()
        emit(String(repeating: "═", count: 72) + "\n")
        emit(journey.reportText(language: lang) + "\n")
        emit(try journey.compare().reportText(language: lang) + "\n")
        let journeyPath = "\(output)/\(journey.id).journey.json"
        let journeyReportPath = "\(output)/\(journey.id).journey-report.json"
        try Files.writeAtomically(journey.json(), to: journeyPath)
        try Files.writeAtomically(JSONWriter.string(journey.reportValue(language: lang)), to: journeyReportPath)
        emit(CLIWords.of(lang).written("\(journeyPath), \(journeyReportPath)") + "\n")
    }
}

/// A realistic team from a module like HAN's Praktijkinnovatie Gezondheidszorg en Welzijn (PZW): five students of
/// different programmes working on a question of a neighbourhood team, after five weeks and at the end.
enum DemoTeam {
    /// Ids are given (p1…, c1…), not drawn: the demo reproduces examples/data byte for byte.
    static func canvases() throws -> [Canvas] {
        var week5 = try Canvas(id: "pzw-bottendaal-week5", title: "Samen gezond in Bottendaal")
        week5.moment = Moment(label: "Week 5", date: "2026-10-02")
        try week5.use(.standard, purpose: .monitorProcess)
        week5.team = [
            TeamMember(name: "Sanne de Vries", role: "student verpleegkunde"),
            TeamMember(name: "Daan Jansen", role: "student fysiotherapie"),
            TeamMember(name: "Yara El Amrani", role: "student social work"),
            TeamMember(name: "Milan Bakker", role: "student voeding en diëtetiek"),
            TeamMember(name: "Noor Visser", role: "student ergotherapie"),
            TeamMember(name: "Ellen Smit", role: "coach"),
            TeamMember(name: "Wijkteam Bottendaal", role: "opdrachtgever"),
        ]
        try week5.addCard(CustomCard(id: "own.neighbourhood-lunch", kind: .activity, text: "Buurtlunch met bewoners"))
        try week5.place(
            card: "act.interview-target-group", domain: "target-group", field: .activity,
            note: "Zes ouderen geïnterviewd over bewegen en eten", id: "p1")
        try week5.place(card: "act.home-visit", domain: "target-group", field: .activity, id: "p2")
        try week5.place(card: "own.neighbourhood-lunch", domain: "target-group", field: .activity, id: "p3")
        try week5.place(card: "loc.community-centre", domain: "target-group", field: .place, id: "p4")
        try week5.place(card: "loc.clients-home", domain: "target-group", field: .place, id: "p5")
        try week5.place(card: "res.insight-target-group", domain: "target-group", field: .result, id: "p6")
        try week5.place(card: "act.client-meeting", domain: "partners", field: .activity, id: "p7")
        try week5.place(card: "loc.partner-office", domain: "partners", field: .place, id: "p8")
        try week5.place(card: "act.literature-review", domain: "complexity", field: .activity, id: "p9")
        try week5.place(card: "act.peer-consultation", domain: "interprofessional", field: .activity, id: "p10")
        try week5.place(card: "loc.university", domain: "interprofessional", field: .place, id: "p11")
        try week5.place(
            card: "res.own-learning", domain: "interprofessional", field: .result,
            note: "We zien hoe een diëtist en een ergotherapeut anders naar dezelfde cliënt kijken", id: "p12")
        try week5.answer(
            ReflectionQuestions.gain.id,
            "Kennis uit de praktijk en onderzoek combineren we nog niet; we vragen de wijkverpleegkundige mee te lezen."
        )
        try week5.answer(
            "lim.monitor.target-group",
            "We interviewen bewoners thuis en in het buurthuis; ze willen meedenken, maar nog niet meeontwerpen.")

        var end = week5
        end.id = "pzw-bottendaal-end"
        end.moment = Moment(label: "Einde semester", date: "2027-01-22")
        try end.use(.standard, purpose: .reflectionAccountability)
        try end.unanswer("lim.monitor.target-group")
        try end.place(card: "act.co-creation-session", domain: "target-group", field: .activity, id: "p13")
        try end.place(
            card: "res.prototype", domain: "target-group", field: .result, note: "Beweegkaart voor de wijk", id: "p14")
        try end.place(card: "res.new-contacts", domain: "partners", field: .result, id: "p15")
        try end.place(card: "res.work-field-presentation", domain: "partners", field: .result, id: "p16")
        try end.place(card: "loc.neighbourhood", domain: "complexity", field: .place, id: "p17")
        try end.place(card: "res.advice-report", domain: "complexity", field: .result, id: "p18")
        try end.place(card: "act.focus-group", domain: "knowledge", field: .activity, id: "p19")
        try end.place(card: "loc.gp-practice", domain: "knowledge", field: .place, id: "p20")
        try end.place(card: "res.factsheet", domain: "knowledge", field: .result, id: "p21")
        try end.answer(
            ReflectionQuestions.gain.id,
            "De wijkverpleegkundige las mee; complexiteit blijft lastig: we willen de gemeente eerder betrekken.")
        try end.answer(
            ReflectionQuestions.most.id,
            "Bij de doelgroep: de bewoners hebben de beweegkaart zelf mee ontworpen.")
        try recordImpact(&end)
        try end.answer(
            "lim.accountability.evidence",
            "De beweegkaart, het adviesrapport aan de gemeente en de factsheet voor de huisartsenpraktijk.")
        return [week5, end]
    }

    /// LIM §3 on the end canvas: where results land, intended or not and valued by whom; how activities reached
    /// people; two impact chains (co-creation session → community centre → prototype; literature → advice report).
    static func recordImpact(_ canvas: inout Canvas) throws {
        func id(_ card: String) throws -> String {
            guard let placement = canvas.placements.first(where: { $0.card == card }) else {
                throw ImpactKitError(.notFound, "demo: no placement of \(card)")
            }
            return placement.id
        }
        try canvas.setEffect(
            Effect(
                intended: true, valence: .positive, valuedBy: [.targetGroup, .workFieldPartners],
                spheres: [.practice, .society]),
            of: try id("res.prototype"))
        try canvas.setEffect(
            Effect(intended: true, valuedBy: [.workFieldPartners, .policyMakers], spheres: [.practice]),
            of: try id("res.advice-report"))
        try canvas.setEffect(
            Effect(intended: true, valuedBy: [.students, .teachers], spheres: [.education]),
            of: try id("res.own-learning"))
        try canvas.setEffect(
            Effect(
                intended: false, valence: .positive, valuedBy: [.students, .workFieldPartners], spheres: [.practice]),
            of: try id("res.new-contacts"))
        try canvas.setEffect(Effect(spheres: [.practice]), of: try id("res.factsheet"))
        try canvas.setInteraction(
            Interaction(mode: .direct, partners: [.targetGroup, .workFieldPartners]),
            of: try id("act.co-creation-session"))
        try canvas.setInteraction(Interaction(mode: .direct), of: try id("act.interview-target-group"))
        try canvas.setInteraction(Interaction(mode: .indirect, carrier: "rapport"), of: try id("act.literature-review"))
        try canvas.setInteraction(Interaction(mode: .direct, partners: [.researchers]), of: try id("act.focus-group"))
        try canvas.addChain(
            activity: try id("act.co-creation-session"), places: [try id("loc.community-centre")],
            results: [try id("res.prototype")], note: "Beweegkaart samen met bewoners ontworpen in het buurthuis",
            id: "c1")
        try canvas.addChain(activity: try id("act.literature-review"), results: [try id("res.advice-report")], id: "c2")
    }

    /// The two moments as one journey, with three learning outcomes of the programme and the evidence the team
    /// links to them (LIM §9.3, §10.2–10.3).
    static func journey() throws -> Journey {
        var journey = try Journey(id: "pzw-bottendaal", title: "Samen gezond in Bottendaal")
        journey.group = "PZW groep 3"
        journey.programme = "Praktijkinnovatie Zorg en Welzijn"
        for canvas in try canvases() { try journey.append(canvas) }
        try journey.add(LearningOutcome(id: "lu-impact", title: "Impact maken en verantwoorden", category: .impact))
        try journey.add(
            LearningOutcome(id: "lu-samenwerken", title: "Interprofessioneel samenwerken", category: .process))
        try journey.add(
            LearningOutcome(id: "lu-reflectie", title: "Reflecteren op professionele groei", category: .reflective))
        func placement(_ canvas: Canvas, _ card: String) -> String? {
            canvas.placements.first { $0.card == card }?.id
        }
        let end = journey.moments[1], week5 = journey.moments[0]
        try journey.link(
            EvidenceLink(
                outcome: "lu-impact", moment: "Einde semester", placement: placement(end, "res.prototype"),
                justification: "De beweegkaart is samen met bewoners ontworpen en wordt in de wijk gebruikt."))
        try journey.link(
            EvidenceLink(
                outcome: "lu-impact", moment: "Einde semester", question: "lim.accountability.evidence",
                justification: "Onze eigen verantwoording van de opbrengsten."))
        try journey.link(
            EvidenceLink(
                outcome: "lu-samenwerken", moment: "Week 5", placement: placement(week5, "act.peer-consultation"),
                justification: "Intervisie tussen vijf opleidingen over één casus."))
        try journey.link(
            EvidenceLink(
                outcome: "lu-samenwerken", moment: "Einde semester",
                placement: placement(end, "res.work-field-presentation"),
                justification: "Presentatie aan het wijkteam, voorbereid met de wijkverpleegkundige."))
        try journey.link(
            EvidenceLink(
                outcome: "lu-reflectie", moment: "Week 5",
                justification:
                    "Het canvas van week 5 liet zien dat kennis combineren nog leeg was; dat hebben we opgepakt."))
        return journey
    }
}
