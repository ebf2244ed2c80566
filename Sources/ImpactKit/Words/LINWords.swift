/// The LIN plan report's words (seed 002: cycle, investment, what the toolkit counts on), one table per language.
struct LINWords: WordTable {
    var weeks: @Sendable (_ from: Int, _ to: Int) -> String
    /// The first run of a weekly figure names its unit: "8,5 uur per week in week 1–13".
    var perWeek: @Sendable (_ value: String, _ hours: Double, _ weeks: String) -> String
    var cycle: String
    var notStarted: String
    var inProgress: String
    var done: String
    var investment: String
    var hours: String
    var extra: String
    var total: String
    var hoursExtra: String
    var cost: String
    var withoutRate: String
    var countsOn: String
    var advice: String

    static let nl = LINWords(
        weeks: { $0 == $1 ? "week \($0)" : "week \($0)–\($1)" },
        perWeek: { value, _, weeks in "\(value) uur per week in \(weeks)" },
        cycle: "Cyclus:", notStarted: "niet begonnen", inProgress: "bezig", done: "klaar", investment: "Investering:",
        hours: "uur", extra: " (extra)", total: "Totaal: ", hoursExtra: "uur, waarvan extra ", cost: "Kosten: ",
        withoutRate: "Zonder uurtarief (niet in de kosten): ",
        countsOn: "Waar de toolkit op rekent (§2.2 „gemiddeld genomen nodig”, fase 3, §4.1):",
        advice: "advies fase 3: ")

    static let en = LINWords(
        weeks: { $0 == $1 ? "week \($0)" : "weeks \($0)–\($1)" },
        perWeek: { value, hours, weeks in "\(value) \(hours == 1 ? "hour" : "hours") a week in \(weeks)" },
        cycle: "Cycle:", notStarted: "not started", inProgress: "in progress", done: "done", investment: "Investment:",
        hours: "hours", extra: " (extra)", total: "Total: ", hoursExtra: "hours, extra ", cost: "Cost: ",
        withoutRate: "Without an hourly rate (not in the cost): ",
        countsOn: "What the toolkit counts on (§2.2 “needed on average”, phase 3, §4.1):",
        advice: "phase 3 advises: ")

    var all: [String] {
        [
            weeks(1, 2), perWeek("2", 2, "w"), cycle, notStarted, inProgress, done, investment, hours, extra, total,
            hoursExtra, cost, withoutRate, countsOn, advice,
        ]
    }
}
