/// Every word the canvas poster writes itself, one table per language: a third language (German and Frisian come
/// up at Dutch institutions) is one more table, and a test reads every entry of both.
struct PosterWords: WordTable {
    var title: String
    var team: String
    var activity: String
    var location: String
    var result: String
    var blank: String
    var freeText: String
    var intended: String
    var unintended: String
    var positive: String
    var negative: String
    var direct: String
    var indirect: String
    var coCreated: String
    var chains: String
    /// Before a chain's number on its arrow: "K1" / "C1".
    var chainPrefix: String
    var cards: @Sendable (Int) -> String
    /// The legend line that says which of the poster's words are ImpactKit's, not the LIM manual's.
    var provenance: String

    static let nl = PosterWords(
        title: "Impact in Beeld", team: "Team", activity: "activiteit", location: "plaats", result: "opbrengst",
        blank: "eigen/blanco kaart", freeText: "vrije tekst", intended: "beoogd", unintended: "onbedoeld",
        positive: "positief", negative: "negatief", direct: "direct", indirect: "indirect (via drager)",
        coCreated: "samen gemaakt", chains: "Impactketens", chainPrefix: "K",
        cards: { counted($0, "kaart", "kaarten") },
        provenance:
            "De domeinnamen (naar de vijf condities van LIM §3), hun centrale vragen en de kaarten (op workshop, "
            + "buurthuis en rapport na) zijn van ImpactKit, niet van de LIM-handleiding.")

    static let en = PosterWords(
        title: "Impact in View", team: "Team", activity: "activity", location: "location", result: "result",
        blank: "own/blank card", freeText: "free text", intended: "intended", unintended: "unintended",
        positive: "positive", negative: "negative", direct: "direct", indirect: "indirect (through a medium)",
        coCreated: "created together", chains: "Impact chains", chainPrefix: "C",
        cards: { counted($0, "card", "cards") },
        provenance:
            "The domain names (after the five conditions of LIM §3), their central questions and the cards (but "
            + "workshop, community centre and report) are ImpactKit's, not the LIM manual's; English is ImpactKit's translation."
    )

    /// Every fixed text of the table (for the test that both languages have all of them).
    var all: [String] {
        [
            title, team, activity, location, result, blank, freeText, intended, unintended, positive, negative, direct,
            indirect, coCreated, chains, chainPrefix, cards(1), cards(2), provenance,
        ]
    }
}

/// The symbols of the poster's marks, the same in every language (the legend names them).
enum PosterMarks {
    static let intended = "●"
    static let unintended = "○"
    static let positive = "+"
    static let negative = "−"
    static let direct = "⇄"
    static let indirect = "⇢"
    static let coCreated = "⁂"
}
