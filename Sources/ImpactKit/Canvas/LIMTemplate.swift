/// The built-in template of the LIM canvas "Impact in Beeld" (HAN, Leren(d) Impact Maken).
///
/// The seed never names the five domains, their central questions or a card deck. ImpactKit derives the domains
/// from the five conditions of LIM §3 (`nameSource: .derived`); the central questions are ImpactKit's own
/// (`.impactkit`); of the deck only the workshop, the community centre and the report are the seed's own examples
/// (LIM §5.2: "zoals een workshop", "zoals het buurthuis", "zoals een rapport"), every other card is ImpactKit's
/// (docs/design-notes.md).
public enum LIMTemplate {
    public static let id = "lim"

    public static let template = CanvasTemplate(
        builtin: id,
        name: LocalizedText(
            nl: "Impact in Beeld (Leren(d) Impact Maken)", en: "Impact in View (Learning to Make Impact)"),
        domains: domains,
        cards: activityCards + locationCards + resultCards)

    static let domains: [Domain] = [
        Domain(
            id: "target-group",
            name: LocalizedText(nl: "Betrokkenheid bij de doelgroep", en: "Engagement with the target group"),
            question: LocalizedText(
                nl: "Hoe betrek je de doelgroep bij je project, en wat merkt zij ervan?",
                en: "How do you involve the target group in your project, and what do they notice of it?"),
            color: "#e4572e", nameSource: .derived, questionSource: .impactkit),
        Domain(
            id: "partners",
            name: LocalizedText(nl: "Samenwerking met partners", en: "Collaboration with partners"),
            question: LocalizedText(
                nl: "Met welke partners werk je samen, en wat levert die samenwerking op?",
                en: "Which partners do you work with, and what does the collaboration yield?"),
            color: "#17bebb", nameSource: .derived, questionSource: .impactkit),
        Domain(
            id: "complexity",
            name: LocalizedText(nl: "Omgaan met complexiteit", en: "Dealing with complexity"),
            question: LocalizedText(
                nl: "Hoe ga je om met de complexiteit van het vraagstuk en de onzekerheid onderweg?",
                en: "How do you deal with the complexity of the question and the uncertainty along the way?"),
            color: "#ffc914", nameSource: .derived, questionSource: .impactkit),
        Domain(
            id: "interprofessional",
            name: LocalizedText(nl: "Interprofessioneel leren", en: "Interprofessional learning"),
            question: LocalizedText(
                nl: "Hoe leer je met en van andere disciplines en professies?",
                en: "How do you learn with and from other disciplines and professions?"),
            color: "#76b041", nameSource: .derived, questionSource: .impactkit),
        Domain(
            id: "knowledge",
            name: LocalizedText(
                nl: "Combineren van verschillende kennis", en: "Combining different kinds of knowledge"),
            question: LocalizedText(
                nl: "Hoe combineer je kennis uit praktijk, onderzoek en ervaring?",
                en: "How do you combine knowledge from practice, research and lived experience?"),
            color: "#6a4c93", nameSource: .derived, questionSource: .impactkit),
    ]

    /// The seed's own examples of cards (LIM §5.2: "zoals een workshop", "zoals het buurthuis", "zoals een
    /// rapport"); the rest of the deck is ImpactKit's.
    static let seedCards: Set<String> = ["act.workshop", "loc.community-centre", "res.report"]

    private static func card(_ id: String, _ kind: CardKind, _ nl: String, _ en: String) -> Card {
        Card(
            id: id, kind: kind, text: LocalizedText(nl: nl, en: en), source: seedCards.contains(id) ? .seed : .impactkit
        )
    }

    static let activityCards: [Card] = [
        card("act.workshop", .activity, "Workshop", "Workshop"),
        card("act.interview-target-group", .activity, "Interview met de doelgroep", "Interview with the target group"),
        card("act.focus-group", .activity, "Focusgroep", "Focus group"),
        card("act.observation", .activity, "Observatie in de praktijk", "Observation in practice"),
        card("act.co-creation-session", .activity, "Co-creatiesessie", "Co-creation session"),
        card("act.literature-review", .activity, "Literatuuronderzoek", "Literature review"),
        card("act.survey", .activity, "Vragenlijst", "Survey"),
        card("act.client-meeting", .activity, "Overleg met de opdrachtgever", "Meeting with the client"),
        card("act.presentation", .activity, "Presentatie", "Presentation"),
        card("act.peer-consultation", .activity, "Intervisie", "Peer consultation"),
        card("act.expert-consultation", .activity, "Raadplegen van een expert", "Consulting an expert"),
        card("act.pilot", .activity, "Pilot of test in de praktijk", "Pilot or test in practice"),
        card("act.home-visit", .activity, "Huisbezoek", "Home visit"),
        card("act.network-meeting", .activity, "Netwerkbijeenkomst", "Network meeting"),
    ]

    static let locationCards: [Card] = [
        card("loc.community-centre", .location, "Buurthuis", "Community centre"),
        card("loc.care-home-ward", .location, "Afdeling van een verpleeghuis", "Care home ward"),
        card("loc.clients-home", .location, "Bij de cliënt thuis", "Client's home"),
        card("loc.school", .location, "School", "School"),
        card("loc.university", .location, "Hogeschool", "University of applied sciences"),
        card("loc.town-hall", .location, "Gemeentehuis", "Town hall"),
        card("loc.gp-practice", .location, "Huisartsenpraktijk", "GP practice"),
        card("loc.hospital", .location, "Ziekenhuis", "Hospital"),
        card("loc.neighbourhood", .location, "In de wijk", "In the neighbourhood"),
        card("loc.online", .location, "Online", "Online"),
        card("loc.partner-office", .location, "Kantoor van de partner", "Partner's office"),
        card("loc.library", .location, "Bibliotheek", "Library"),
        card("loc.sports-club", .location, "Sportvereniging", "Sports club"),
        card("loc.day-care-centre", .location, "Dagbesteding", "Day-care centre"),
    ]

    static let resultCards: [Card] = [
        card("res.report", .result, "Rapport", "Report"),
        card("res.advice-report", .result, "Adviesrapport", "Advice report"),
        card("res.prototype", .result, "Prototype", "Prototype"),
        card("res.factsheet", .result, "Factsheet", "Factsheet"),
        card("res.work-field-presentation", .result, "Presentatie voor het werkveld", "Presentation to the work field"),
        card("res.new-contacts", .result, "Nieuwe contacten", "New contacts"),
        card("res.insight-target-group", .result, "Inzicht in de doelgroep", "Insight into the target group"),
        card("res.changed-practice", .result, "Veranderde werkwijze", "Changed way of working"),
        card("res.guideline", .result, "Handreiking", "Practical guide"),
        card("res.video", .result, "Video", "Video"),
        card("res.publication", .result, "Publicatie", "Publication"),
        card("res.follow-up-project", .result, "Vervolgproject", "Follow-up project"),
        card("res.own-learning", .result, "Eigen leerproces", "Own learning"),
        card("res.poster", .result, "Poster", "Poster"),
        card("res.policy-advice", .result, "Beleidsadvies", "Policy advice"),
    ]
}
