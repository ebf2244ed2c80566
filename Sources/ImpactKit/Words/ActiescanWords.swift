/// The Actiescan report's words (seed 002: scans per theme, the weakest, what changed), one table per language.
struct ActiescanWords: WordTable {
    var questionsAnswered: String
    var notAnswered: String
    var weakestTheme: String
    var weakestThemesTied: String
    var change: @Sendable (_ from: String, _ to: String, _ up: Int, _ down: Int) -> String
    var overQuestions: @Sendable (_ compared: Int, _ of: Int) -> String
    var notComparable: String
    var answeredOnce: String
    var scaleNote: String

    static let nl = ActiescanWords(
        questionsAnswered: "vragen beantwoord", notAnswered: "niet beantwoord", weakestTheme: "Zwakste thema: ",
        weakestThemesTied: "Zwakste thema's (gelijk): ",
        change: { "Van \($0) naar \($1): \(counted($2, "vraag", "vragen")) vooruit, \($3) achteruit." },
        overQuestions: { ", over \($0) van \($1) vragen" },
        notComparable: "niet te vergelijken (geen vraag in beide scans beantwoord)",
        answeredOnce: "alleen in één scan beantwoord: ",
        scaleNote: "Schaal: alleen „Incidenteel” is van de Actiescan (seed 002); de andere punten zijn van ImpactKit.")

    static let en = ActiescanWords(
        questionsAnswered: "questions answered", notAnswered: "not answered", weakestTheme: "Weakest theme: ",
        weakestThemesTied: "Weakest themes (tied): ",
        change: { "From \($0) to \($1): \(counted($2, "question", "questions")) up, \($3) down." },
        overQuestions: { ", over \($0) of \($1) questions" },
        notComparable: "not comparable (no question answered in both scans)",
        answeredOnce: "answered in one scan only: ",
        scaleNote:
            "Scale: only \"Incidenteel\" (occasional) is the Actiescan's (seed 002); the other points are ImpactKit's.")

    var all: [String] {
        [
            questionsAnswered, notAnswered, weakestTheme, weakestThemesTied, change("a", "b", 1, 0),
            overQuestions(1, 2),
            notComparable, answeredOnce, scaleNote,
        ]
    }
}
