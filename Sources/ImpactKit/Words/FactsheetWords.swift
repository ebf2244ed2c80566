/// The Proeftuin factsheet's words (seed 003's headings; the content is as written), one table per language.
struct FactsheetWords: WordTable {
    var initiative: String
    var sources: String
    var achievedMark: String
    var unlinkedMark: String
    var goals: String
    var intendedResults: String
    var participants: @Sendable (Int) -> String
    var regions: String
    var scale: String
    var achieved: String
    var numbers: String
    var started: @Sendable (Int) -> String
    var retained: @Sendable (_ retained: Int, _ purpose: String, _ percent: String) -> String
    var ownHeading: String
    var lessons: String
    var conditions: String
    var products: String

    static let nl = FactsheetWords(
        initiative: "Initiatief: ", sources: "Bronnen", achievedMark: " (behaald)",
        unlinkedMark: " (geen behaald resultaat aan gekoppeld)", goals: "Doelstellingen",
        intendedResults: "Beoogde resultaten", participants: { "\($0) deelnemers" }, regions: "Regio's: ",
        scale: "Omvang", achieved: "Behaald:", numbers: "Aantallen:",
        started: { "\(counted($0, "student", "studenten")) ingestroomd" },
        retained: { "waarvan \($0) behouden\($1)\($2)" }, ownHeading: " (indeling van ImpactKit)",
        lessons: "Geleerde lessen", conditions: "Voorwaarden", products: "Producten")

    static let en = FactsheetWords(
        initiative: "Initiative: ", sources: "Sources", achievedMark: " (achieved)",
        unlinkedMark: " (no achieved result linked to it)", goals: "Goals",
        intendedResults: "Intended results", participants: { "\($0) participants" }, regions: "Regions: ",
        scale: "Scale", achieved: "Achieved:", numbers: "Numbers:",
        started: { "\(counted($0, "student", "students")) started" },
        retained: { "of whom \($0) retained\($1)\($2)" }, ownHeading: " (ImpactKit's heading)",
        lessons: "Lessons learned", conditions: "Conditions", products: "Products")

    var all: [String] {
        [
            initiative, sources, achievedMark, unlinkedMark, goals, intendedResults, participants(3), regions, scale,
            achieved, numbers, started(1), started(2), retained(1, "", ""), ownHeading, lessons, conditions, products,
        ]
    }
}
