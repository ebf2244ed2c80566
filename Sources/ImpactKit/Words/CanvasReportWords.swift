/// The canvas report text's words (LIM canvas: domains × fields, reflection, impact), one table per language.
struct CanvasReportWords: WordTable {
    var total: String
    var share: String
    var covered: @Sendable (_ covered: Int, _ domains: Int, _ cards: Int) -> String
    var strongest: String
    var strongestTied: String
    var weakest: String
    var weakestTied: String
    var tied: @Sendable (_ label: String, _ cards: Int) -> String
    var reflection: String
    var furtherQuestions: @Sendable (_ questionSet: String) -> String
    var notAnswered: String
    var variant: @Sendable (String) -> String
    var purpose: String
    // Impact (LIM §3).
    var resultsLandIn: String
    var intentions: @Sendable (_ intended: Int, _ unintended: Int, _ unknown: Int) -> String
    var interactions: @Sendable (_ direct: Int, _ indirect: Int, _ coCreated: Int, _ of: Int) -> String
    var chains: @Sendable (Int) -> String

    static let nl = CanvasReportWords(
        total: "totaal", share: "aandeel",
        covered: { "Gedekt: \($0) van \(counted($1, "domein", "domeinen")); \(counted($2, "kaart", "kaarten"))." },
        strongest: "Sterkste domein", strongestTied: "Sterkste domeinen", weakest: "Zwakste domein",
        weakestTied: "Zwakste domeinen", tied: { "\($0) (gelijk, elk \(counted($1, "kaart", "kaarten")))" },
        reflection: "Reflectie (LIM §7.4):", furtherQuestions: { "Verdere vragen (\($0)):" },
        notAnswered: "(nog niet beantwoord)", variant: { "variant \($0)" }, purpose: ", doel: ",
        resultsLandIn: "Opbrengsten landen in: ",
        intentions: { "Bedoeld \($0), niet bedoeld \($1), onbekend \($2)" },
        interactions: { "Interacties: direct \($0), indirect \($1); co-creatie \($2) van \($3)" },
        chains: { "Impactketens: \($0)" })

    static let en = CanvasReportWords(
        total: "total", share: "share",
        covered: { "Covered: \($0) of \(counted($1, "domain", "domains")); \(counted($2, "card", "cards"))." },
        strongest: "Strongest domain", strongestTied: "Strongest domains", weakest: "Weakest domain",
        weakestTied: "Weakest domains", tied: { "\($0) (tied, \(counted($1, "card", "cards")) each)" },
        reflection: "Reflection (LIM §7.4):", furtherQuestions: { "Further questions (\($0)):" },
        notAnswered: "(not answered yet)", variant: { "\($0) variant" }, purpose: ", purpose: ",
        resultsLandIn: "Results land in: ",
        intentions: { "Intended \($0), unintended \($1), unknown \($2)" },
        interactions: { "Interactions: direct \($0), indirect \($1); co-created \($2) of \($3)" },
        chains: { "Impact chains: \($0)" })

    var all: [String] {
        [
            total, share, covered(1, 5, 2), strongest, strongestTied, weakest, weakestTied, tied("a", 2), reflection,
            furtherQuestions("a"), notAnswered, variant("a"), purpose, resultsLandIn, intentions(1, 2, 3),
            interactions(1, 2, 3, 4), chains(1),
        ]
    }
}
