/// Words and number punctuation that several report texts share, one table per language.
struct CommonWords: WordTable {
    /// "2,33" in Dutch, "2.33" in English.
    var decimalSeparator: String
    /// Between a part and its whole: "3 van 4", "3 of 4".
    var of: String
    var domain: String
    var changes: @Sendable (Int) -> String
    var people: @Sendable (Int) -> String
    var groups: @Sendable (Int) -> String
    var years: @Sendable (Int) -> String
    var days: @Sendable (Int) -> String
    /// The sentence under a table whose whole percentages do not add up to 100.
    var sumNote: @Sendable (Int) -> String

    static let nl = CommonWords(
        decimalSeparator: ",", of: "van", domain: "Domein",
        changes: { counted($0, "verandering", "veranderingen") }, people: { counted($0, "persoon", "mensen") },
        groups: { counted($0, "groep", "groepen") }, years: { counted($0, "jaar", "jaar") },
        days: { counted($0, "dag", "dagen") },
        sumNote: { "(Elk percentage is apart afgerond; samen \($0)%.)" })

    static let en = CommonWords(
        decimalSeparator: ".", of: "of", domain: "Domain",
        changes: { counted($0, "change", "changes") }, people: { counted($0, "person", "people") },
        groups: { counted($0, "group", "groups") }, years: { counted($0, "year", "years") },
        days: { counted($0, "day", "days") },
        sumNote: { "(Each percentage is rounded on its own; together \($0)%.)" })

    var all: [String] {
        [
            decimalSeparator, of, domain, changes(1), changes(2), people(1), people(2), groups(1), groups(2), years(2),
            days(1), days(2), sumNote(99),
        ]
    }
}
