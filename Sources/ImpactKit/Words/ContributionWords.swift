/// The contribution lines' words, one table per language.
struct ContributionWords: WordTable {
    var heading: String
    var placements: @Sendable (Int) -> String
    var chains: @Sendable (Int) -> String
    var answers: @Sendable (Int) -> String
    var effects: @Sendable (Int) -> String
    var interactions: @Sendable (Int) -> String
    var unattributed: String

    static let nl = ContributionWords(
        heading: "Bijdragen per teamlid:", placements: { counted($0, "kaart", "kaarten") },
        chains: { counted($0, "impactketen", "impactketens") }, answers: { counted($0, "antwoord", "antwoorden") },
        effects: { counted($0, "effect vastgelegd", "effecten vastgelegd") },
        interactions: { counted($0, "interactie vastgelegd", "interacties vastgelegd") },
        unattributed: "Niet toegeschreven")

    static let en = ContributionWords(
        heading: "Contributions per team member:", placements: { counted($0, "card", "cards") },
        chains: { counted($0, "impact chain", "impact chains") }, answers: { counted($0, "answer", "answers") },
        effects: { counted($0, "effect recorded", "effects recorded") },
        interactions: { counted($0, "interaction recorded", "interactions recorded") },
        unattributed: "Not attributed")

    var all: [String] {
        [
            heading, placements(1), placements(2), chains(1), chains(2), answers(1), answers(2), effects(1), effects(2),
            interactions(1), interactions(2), unattributed,
        ]
    }
}
