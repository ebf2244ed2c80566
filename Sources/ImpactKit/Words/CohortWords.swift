/// The cohort report text's words (where a cohort's cards lie, which groups need attention), one table per language.
struct CohortWords: WordTable {
    var summary: @Sendable (_ groups: Int, _ canvases: Int, _ skipped: Int?) -> String
    var perDomainAndField: String
    var coveredInUse: String
    var coveredPerGroup: String
    var noAttention: String
    var attention: @Sendable (Int) -> String
    var skipped: String

    static let nl = CohortWords(
        summary: {
            "Cohort: \(counted($0, "groep", "groepen")), \(counted($1, "canvas", "canvassen"))"
                + ($2.map { ", \($0) overgeslagen" } ?? "") + "."
        },
        perDomainAndField:
            "Groepen met kaarten per domein en veld, van de groepen die het domein gebruiken (laatste moment):",
        coveredInUse: "gedekt/gebruikt", coveredPerGroup: "Gedekte domeinen per groep:",
        noAttention: "Geen groepen die aandacht vragen.", attention: { "Groepen die aandacht vragen (\($0)):" },
        skipped: "Overgeslagen:")

    static let en = CohortWords(
        summary: {
            "Cohort: \(counted($0, "group", "groups")), \(counted($1, "canvas", "canvases"))"
                + ($2.map { ", \($0) skipped" } ?? "") + "."
        },
        perDomainAndField: "Groups with cards per domain and field, of the groups that use the domain (latest moment):",
        coveredInUse: "covered/in use", coveredPerGroup: "Covered domains per group:",
        noAttention: "No groups need attention.", attention: { "Groups that need attention (\($0)):" },
        skipped: "Skipped:")

    var all: [String] {
        [
            summary(1, 2, nil), summary(2, 1, 3), perDomainAndField, coveredInUse, coveredPerGroup, noAttention,
            attention(2),
            skipped,
        ]
    }
}
