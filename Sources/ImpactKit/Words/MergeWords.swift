/// The merge report's words, one table per language.
struct MergeWords: WordTable {
    var clean: String
    var heading: @Sendable (Int) -> String
    var kinds: [CanvasMerge.Conflict.Kind: String]

    func describe(_ kind: CanvasMerge.Conflict.Kind, _ subject: String) -> String {
        (kinds[kind] ?? kind.rawValue) + ": " + subject
    }

    static let nl = MergeWords(
        clean: "Samengevoegd zonder conflicten: elke wijziging van beide kanten is bewaard.",
        heading: {
            "Samengevoegd; \(counted($0, "conflict", "conflicten")) (één versie bewaard, de andere hieronder genoemd):"
        },
        kinds: [
            .placementEditedTwice: "kaart aan beide kanten anders gewijzigd",
            .editedAndRemoved: "gewijzigd aan de ene kant, weggehaald aan de andere (de wijziging is bewaard)",
            .samePlacedTwice: "dezelfde kaart aan beide kanten in hetzelfde veld gelegd (beide bewaard)",
            .chainEditedTwice: "impactketen aan beide kanten anders gewijzigd",
            .chainLostPlacement: "impactketen weggelaten: een kaart ervan is weg",
            .answeredTwice: "vraag aan beide kanten anders beantwoord",
            .cardEditedTwice: "eigen kaart aan beide kanten anders gewijzigd",
            .fieldEditedTwice: "aan beide kanten anders gewijzigd",
            .domainKeptForPlacement: "domein blijft in gebruik voor een kaart die erin ligt",
            .evidenceLostPlacement: "bewijs weggelaten: de kaart ervan is weg",
        ])

    static let en = MergeWords(
        clean: "Merged without conflicts: every change of both sides is kept.",
        heading: { "Merged; \(counted($0, "conflict", "conflicts")) (one version kept, the other named below):" },
        kinds: [
            .placementEditedTwice: "card changed differently on both sides",
            .editedAndRemoved: "changed on one side, removed on the other (the change is kept)",
            .samePlacedTwice: "the same card laid in the same field on both sides (both kept)",
            .chainEditedTwice: "impact chain changed differently on both sides",
            .chainLostPlacement: "impact chain left out: one of its cards is gone",
            .answeredTwice: "question answered differently on both sides",
            .cardEditedTwice: "own card changed differently on both sides",
            .fieldEditedTwice: "changed differently on both sides",
            .domainKeptForPlacement: "domain stays in use for a card that lies in it",
            .evidenceLostPlacement: "evidence left out: its card is gone",
        ])

    var all: [String] { [clean, heading(1), heading(2)] + CanvasMerge.Conflict.Kind.allNames.map { kinds[$0] ?? "" } }
}
