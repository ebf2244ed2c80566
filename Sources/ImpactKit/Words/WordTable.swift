/// The words one kind of text writes itself, one instance per language (PosterWords, ChartWords, SROITextWords, and
/// one per report under Words/): every text gets its table, never a Bool, so a third language is one more instance
/// per table, and a missing entry does not compile. `all` lists every entry for the test that both languages have
/// them (the phrases with sample arguments).
package protocol WordTable: Sendable {
    static var nl: Self { get }
    static var en: Self { get }
    var all: [String] { get }
}

extension WordTable {
    package static func of(_ language: Language) -> Self {
        switch language {
        case .nl: return nl
        case .en: return en
        }
    }
}
