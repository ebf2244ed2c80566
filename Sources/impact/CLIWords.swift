import ImpactKit

/// The words the command line writes itself (beside the library's reports and its error catalogue), one table per
/// language, as the library's report tables are.
struct CLIWords: WordTable {
    var placements: @Sendable (Int) -> String
    var domains: @Sendable (Int) -> String
    var journey: @Sendable (_ moments: Int, _ outcomes: Int, _ evidence: Int) -> String
    var changeLog: @Sendable (_ changes: Int, _ people: Int) -> String
    var written: @Sendable (_ paths: String) -> String
    /// The cohort's text report says how many files the cache answered for by their stamp alone (issue 37).
    var takenByStamp: @Sendable (_ files: Int, _ of: Int) -> String
    /// An analytics export's file that holds a canvas or document earlier files hold (its rows count twice).
    var countedTwice: @Sendable (_ file: String, _ earlier: String) -> String

    static let nl = CLIWords(
        placements: { counted($0, "plaatsing", "plaatsingen") }, domains: { counted($0, "domein", "domeinen") },
        journey: {
            "leertraject: \(counted($0, "moment", "momenten")), \(counted($1, "leeruitkomst", "leeruitkomsten")), "
                + counted($2, "bewijsstuk", "bewijsstukken")
        },
        changeLog: {
            "veranderlog: \(counted($0, "verandering", "veranderingen")), \(counted($1, "persoon", "mensen"))"
        },
        written: { "Geschreven: \($0)" },
        takenByStamp: {
            "Uit de cache zonder te lezen: \($0) van \(counted($1, "bestand", "bestanden")), op hun ongewijzigde "
                + "grootte, tijd en inode (--verify leest elk bestand)."
        },
        countedTwice: {
            "\($0) bevat canvassen of documenten die ook in \($1) staan: hun rijen tellen dubbel in de tabellen; "
                + "exporteer één exemplaar."
        })

    static let en = CLIWords(
        placements: { counted($0, "placement", "placements") }, domains: { counted($0, "domain", "domains") },
        journey: {
            "journey: \(counted($0, "moment", "moments")), \(counted($1, "outcome", "outcomes")), "
                + counted($2, "piece of evidence", "pieces of evidence")
        },
        changeLog: { "change log: \(counted($0, "change", "changes")), \(counted($1, "person", "people"))" },
        written: { "Written: \($0)" },
        takenByStamp: {
            "Taken from the cache unread: \($0) of \(counted($1, "file", "files")), by their unchanged size, time and "
                + "inode (--verify reads every file)."
        },
        countedTwice: {
            "\($0) holds canvases or documents also in \($1): their rows count twice in the tables; export one "
                + "copy."
        })

    var all: [String] {
        [
            placements(1), placements(2), domains(1), domains(2), journey(1, 2, 3), changeLog(1, 2), written("a"),
            takenByStamp(1, 2), countedTwice("a", "b"),
        ]
    }
}
