/// The journey report's words (moments, progress, learning outcomes and their evidence), one table per language.
struct JourneyWords: WordTable {
    var group: String
    var moment: @Sendable (_ cards: Int, _ covered: Int, _ domains: Int) -> String
    var progress: String
    var outcomes: String
    var card: String
    var answerTo: String
    var wholeCanvas: String
    var noEvidence: String
    var evidenceAt: @Sendable (_ pieces: Int, _ moments: String) -> String
    var domains: String

    static let nl = JourneyWords(
        group: "Groep: ", moment: { "\($0) kaarten, \($1)/\($2) domeinen gedekt" }, progress: "Voortgang:",
        outcomes: "Leeruitkomsten en bewijs:", card: "kaart: ", answerTo: "antwoord op ",
        wholeCanvas: "het hele canvas",
        noEvidence: "nog geen bewijs", evidenceAt: { "\(counted($0, "stuk", "stukken")) bewijs bij \($1)" },
        domains: "; domeinen: ")

    static let en = JourneyWords(
        group: "Group: ", moment: { "\($0) cards, \($1)/\($2) domains covered" }, progress: "Progress:",
        outcomes: "Learning outcomes and evidence:", card: "card: ", answerTo: "answer to ",
        wholeCanvas: "the whole canvas",
        noEvidence: "no evidence yet", evidenceAt: { "\(counted($0, "piece", "pieces")) of evidence at \($1)" },
        domains: "; domains: ")

    var all: [String] {
        [
            group, moment(1, 2, 5), progress, outcomes, card, answerTo, wholeCanvas, noEvidence, evidenceAt(1, "a"),
            evidenceAt(2, "a"), domains,
        ]
    }
}
