/// The canvas comparison's words (what changed between two moments), one table per language.
struct ComparisonWords: WordTable {
    var intended: String
    var unintended: String
    var coCreated: String
    var movedFrom: String
    var movedTo: String

    static let nl = ComparisonWords(
        intended: "bedoeld", unintended: "niet bedoeld", coCreated: "co-creatie", movedFrom: " (uit ",
        movedTo: " (naar ")

    static let en = ComparisonWords(
        intended: "intended", unintended: "unintended", coCreated: "co-created", movedFrom: " (from ", movedTo: " (to ")

    var all: [String] { [intended, unintended, coCreated, movedFrom, movedTo] }
}
