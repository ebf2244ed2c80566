/// The Kirkpatrick evaluation plan report's words (seed 002: four levels, what is due), one table per language.
struct KirkpatrickWords: WordTable {
    var asOf: String
    var notPlanned: String
    var planned: String
    var unscheduled: String
    var overdue: String
    var measured: String
    var measuredOf: @Sendable (_ measured: Int, _ evaluations: Int) -> String
    var overdueItem: @Sendable (_ evaluation: String, _ level: Int, _ planned: String, _ days: String) -> String
    var plannedLate: @Sendable (_ evaluation: String, _ days: String) -> String
    var measuredLate: @Sendable (_ evaluation: String, _ days: String) -> String
    var plannedBefore: @Sendable (_ evaluation: String, _ days: String) -> String
    var measuredBefore: @Sendable (_ evaluation: String, _ days: String) -> String
    var notYetScheduled: String
    var notCounted: @Sendable (_ findings: Int, _ asOf: String) -> String

    static let nl = KirkpatrickWords(
        asOf: "Stand op ", notPlanned: "niet gepland", planned: "gepland", unscheduled: "nog niet ingepland",
        overdue: "achterstallig", measured: "gemeten", measuredOf: { " (\($0) van \($1) gemeten)" },
        overdueItem: { "Achterstallig: \($0) (niveau \($1)), gepland op \($2), \($3) geleden." },
        plannedLate: { "Reactie \($0) is gepland \($1) na de interventie; meet binnen een week." },
        measuredLate: { "Reactie \($0) is gemeten \($1) na de interventie (later dan een week)." },
        plannedBefore: {
            "Reactie \($0) is gepland \($1) vóór de interventie; een reactie meet je erna, binnen een week."
        },
        measuredBefore: {
            "Reactie \($0) is gemeten \($1) vóór de interventie: controleer de datum; dit telt niet als op tijd."
        },
        notYetScheduled: "Nog niet ingepland: ",
        notCounted: { "Niet meegeteld: \(counted($0, "bevinding", "bevindingen")) van na \($1)." })

    static let en = KirkpatrickWords(
        asOf: "As of ", notPlanned: "not planned", planned: "planned", unscheduled: "not yet scheduled",
        overdue: "overdue", measured: "measured", measuredOf: { " (\($0) of \($1) measured)" },
        overdueItem: { "Overdue: \($0) (level \($1)), planned for \($2), \($3) ago." },
        plannedLate: { "Reaction \($0) is planned \($1) after the intervention; measure within a week." },
        measuredLate: { "Reaction \($0) was measured \($1) after the intervention (later than a week)." },
        plannedBefore: {
            "Reaction \($0) is planned \($1) before the intervention; reaction is measured after it, within a week."
        },
        measuredBefore: {
            "Reaction \($0) was measured \($1) before the intervention: check the date; this does not count as on time."
        },
        notYetScheduled: "Not yet scheduled: ",
        notCounted: { "Not counted: \(counted($0, "finding", "findings")) dated after \($1)." })

    var all: [String] {
        [
            asOf, notPlanned, planned, unscheduled, overdue, measured, measuredOf(1, 2), overdueItem("a", 1, "b", "c"),
            plannedLate("a", "b"), measuredLate("a", "b"), plannedBefore("a", "b"), measuredBefore("a", "b"),
            notYetScheduled, notCounted(1, "a"), notCounted(2, "a"),
        ]
    }
}
