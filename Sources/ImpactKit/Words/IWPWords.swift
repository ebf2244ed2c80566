/// The IWP development model report's words (seed 004: principles, J/S rows, what is still open), one table per
/// language.
struct IWPWords: WordTable {
    var date: String
    var untagged: @Sendable (Int) -> String
    var principle:
        @Sendable (
            _ characteristics: Int, _ effects: Int, _ effectSplit: String, _ conditions: Int,
            _ conditionSplit: String
        ) -> String
    var shapedAs: String
    var withoutCharacteristics: String
    var effectsWithoutConditions: String
    var toImprove: String
    var noConsensus: String
    var stillEmpty: String

    static let nl = IWPWords(
        date: "Datum: ", untagged: { ", zonder J/S \($0)" },
        principle: {
            "\(counted($0, "kenmerk", "kenmerken")), \(counted($1, "effect", "effecten")) \($2), "
                + "\(counted($3, "randvoorwaarde", "randvoorwaarden")) \($4)"
        },
        shapedAs: "Vormgeving: ", withoutCharacteristics: "Principes zonder kenmerken: ",
        effectsWithoutConditions: "Effecten zonder randvoorwaarden: ", toImprove: "Nog verbeteren: ",
        noConsensus: "Geen consensus: ", stillEmpty: "Nog leeg: ")

    static let en = IWPWords(
        date: "Date: ", untagged: { ", untagged \($0)" },
        principle: {
            "\(counted($0, "characteristic", "characteristics")), \(counted($1, "effect", "effects")) \($2), "
                + "\(counted($3, "condition", "conditions")) \($4)"
        },
        shapedAs: "Shaped as: ", withoutCharacteristics: "Principles without characteristics: ",
        effectsWithoutConditions: "Effects without conditions: ", toImprove: "To improve: ",
        noConsensus: "No consensus: ", stillEmpty: "Still empty: ")

    var all: [String] {
        [
            date, untagged(1), principle(1, 2, "a", 1, "b"), shapedAs, withoutCharacteristics, effectsWithoutConditions,
            toImprove, noConsensus, stillEmpty,
        ]
    }
}
