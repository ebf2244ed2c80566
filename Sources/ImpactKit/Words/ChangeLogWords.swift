/// The change log report's words (seed 001's "Resultaten"), one table per language.
struct ChangeLogWords: WordTable {
    var summary: @Sendable (_ changes: String, _ people: String, _ roles: Int, _ groups: String) -> String
    var outOfScope: @Sendable (_ names: String, _ people: String, _ changes: String) -> String
    var unclassified: String
    var selectionShare: @Sendable (_ percent: Int, _ names: String) -> String
    var sdgs: @Sendable (Int) -> String
    var verified: @Sendable (_ verified: Int, _ total: Int) -> String
    var topChanges: String
    var nobodyVoted: @Sendable (_ changes: String) -> String
    var tie: @Sendable (_ beyond: Int) -> String
    /// How the top three are chosen (also the JSON report's `ranking`, kept there for 1.x readers).
    var ranking: String
    var beforeAssurance: String

    static let nl = ChangeLogWords(
        summary: { "\($0) bij \($1) in \(counted($2, "rol", "rollen")), \($3)." },
        outOfScope: { "Buiten de scope en niet in de totalen: \($0) (\($1), \($2))." },
        unclassified: "Niet ingedeeld",
        selectionShare: { "\($0)% van de veranderingen gaat over \($1)." },
        sdgs: { "Bijdrage aan \($0) van de 17 SDG's." },
        verified: { "Geverifieerd door een ander dan wie de verandering meldde: \($0) van \($1)." },
        topChanges: "Belangrijkste veranderingen — ",
        nobodyVoted: { "Niemand heeft gestemd: geen rangorde (\($0) zonder stemmen)." },
        tie: { "(gelijke stand: de volgorde in het logboek besliste; even hoog, niet bij de drie: \($0))" },
        ranking: "Alleen veranderingen met stemmen of gewicht; op stemmen, dan gewicht; "
            + "bij gelijke stand beslist de volgorde in het logboek.",
        beforeAssurance: "Voor een assurance (de acht principes van SVI):")

    static let en = ChangeLogWords(
        summary: { "\($0) experienced by \($1) in \(counted($2, "role", "roles")), \($3)." },
        outOfScope: { "Out of scope and not in the totals: \($0) (\($1), \($2))." },
        unclassified: "Unclassified",
        selectionShare: { "\($0)% of the changes are about \($1)." },
        sdgs: { "Contributes to \($0) of the 17 SDGs." },
        verified: { "Verified by someone other than who reported the change: \($0) of \($1)." },
        topChanges: "Top changes — ",
        nobodyVoted: { "Nobody voted: no ranking (\($0) without votes)." },
        tie: { "(tie: the order in the log decided; equally high, not among the three: \($0))" },
        ranking: "Only changes with votes or weight; by votes, then weight; equal scores keep their order in the log.",
        beforeAssurance: "Before assurance (SVI's eight principles):")

    var all: [String] {
        [
            summary("a", "b", 1, "c"), summary("a", "b", 2, "c"), outOfScope("a", "b", "c"), unclassified,
            selectionShare(66, "a"), sdgs(3), verified(1, 2), topChanges, nobodyVoted("a"), tie(1), ranking,
            beforeAssurance,
        ]
    }
}
