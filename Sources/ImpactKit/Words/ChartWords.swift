/// Every word the charts (journey progress, cohort heat map, Actiescan radar, IDG bars, SROI tornado) write
/// themselves, one table per language, as PosterWords is for the canvas poster: a third language is one more table.
struct ChartWords: WordTable {
    // Journey progress.
    var progressTitle: String
    var cardsPerDomainAndMoment: String
    var notInUse: String
    // Cohort heat map.
    var heatMapTitle: String
    var heatMapHeading: String
    var cohortSummary: @Sendable (_ groups: Int, _ canvases: Int, _ skipped: Int) -> String
    var coveredPartialEmpty: String
    var groupsInCell: @Sendable (_ with: Int, _ of: Int) -> String
    var cards: @Sendable (Int) -> String
    var shadeExplained: String
    // Actiescan radar.
    var meanPosition: @Sendable (_ lowest: String, _ points: Int, _ highest: String) -> String
    var scans: String
    var notAnswered: String
    var weakest: String
    var weakestTied: String
    var themeCount: @Sendable (Int) -> String
    var questions: String
    var positionIn: @Sendable (String) -> String
    // IDG bars.
    var unclassified: String
    var changesPerDimension: @Sendable (Int) -> String
    var idgTitle: String
    // SROI tornado.
    var tornadoTitle: String
    var tornadoSubtitle: @Sendable (String) -> String
    var tornadoShown: @Sendable (_ shown: Int, _ of: Int) -> String
    var study: String
    var ratio: String
    var higherLowers: String
    var higherRaises: String

    static let nl = ChartWords(
        progressTitle: "Voortgang: ", cardsPerDomainAndMoment: "Kaarten per domein en moment",
        notInUse: "niet in gebruik",
        heatMapTitle: "Cohort: heatmap", heatMapHeading: "Cohort: waar liggen de kaarten?",
        cohortSummary: {
            "\(counted($0, "groep", "groepen")), \(counted($1, "canvas", "canvassen")), \($2) overgeslagen"
        },
        coveredPartialEmpty: "gedekt / deels / leeg", groupsInCell: { "\($0) van \($1) groepen" },
        cards: { counted($0, "kaart", "kaarten") },
        shadeExplained:
            "Per rij van de groepen die het domein gebruiken. Kleur: hun aandeel met kaarten in dit veld (laatste canvas per groep).",
        meanPosition: { "Gemiddelde positie per thema (1 = \($0), \($1) = \($2))" }, scans: "Scans",
        notAnswered: "niet beantwoord: ", weakest: "zwakst: ", weakestTied: "zwakst (gelijk): ",
        themeCount: { "\($0) thema's" }, questions: "De vragen van de Actiescan",
        positionIn: { " — positie in \($0)" },
        unclassified: "Niet ingedeeld",
        changesPerDimension: { "\(counted($0, "verandering", "veranderingen")) per Inner Development Goals-dimensie" },
        idgTitle: "Veranderingen per IDG-dimensie: ",
        tornadoTitle: "Waar hangt de SROI-ratio van af?",
        tornadoSubtitle: { "Ratio \($0); per aanname de ratio bij de lage en de hoge waarde, grootste uitslag boven" },
        tornadoShown: { " (\($0) van \($1) getoond)" },
        study: "studie", ratio: "ratio", higherLowers: "hogere waarde verlaagt de ratio",
        higherRaises: "hogere waarde verhoogt de ratio")

    static let en = ChartWords(
        progressTitle: "Progress: ", cardsPerDomainAndMoment: "Cards per domain and moment", notInUse: "not in use",
        heatMapTitle: "Cohort: heat map", heatMapHeading: "Cohort: where are the cards?",
        cohortSummary: { "\(counted($0, "group", "groups")), \(counted($1, "canvas", "canvases")), \($2) skipped" },
        coveredPartialEmpty: "covered / partial / empty", groupsInCell: { "\($0) of \($1) groups" },
        cards: { counted($0, "card", "cards") },
        shadeExplained:
            "Each row of the groups that use the domain. Shade: their share with cards in this field (each group's latest canvas).",
        meanPosition: { "Mean position per theme (1 = \($0), \($1) = \($2))" }, scans: "Scans",
        notAnswered: "not answered: ", weakest: "weakest: ", weakestTied: "weakest (tied): ",
        themeCount: { counted($0, "theme", "themes") }, questions: "The Actiescan's questions",
        positionIn: { " — position in \($0)" },
        unclassified: "Unclassified",
        changesPerDimension: { "\(counted($0, "change", "changes")) per Inner Development Goals dimension" },
        idgTitle: "Changes per IDG dimension: ",
        tornadoTitle: "What does the SROI ratio hang on?",
        tornadoSubtitle: { "Ratio \($0); per assumption the ratio at its low and high value, largest swing first" },
        tornadoShown: { " (\($0) of \($1) shown)" },
        study: "study", ratio: "ratio", higherLowers: "higher value lowers the ratio",
        higherRaises: "higher value raises the ratio")

    /// Every text of the table, the phrases with sample figures (for the test that both languages have all).
    var all: [String] {
        [
            progressTitle, cardsPerDomainAndMoment, notInUse, heatMapTitle, heatMapHeading, cohortSummary(4, 7, 1),
            coveredPartialEmpty, groupsInCell(3, 4), cards(1), cards(2), shadeExplained, meanPosition("a", 5, "b"),
            scans,
            notAnswered, weakest, weakestTied, themeCount(5), questions, positionIn("x"), unclassified,
            changesPerDimension(12), idgTitle, tornadoTitle,
            tornadoSubtitle("1.34"), tornadoShown(12, 14), study, ratio, higherLowers, higherRaises,
        ]
    }
}
