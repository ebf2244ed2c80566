/// The words one kind of text writes itself, one instance per language (PosterWords, ChartWords, SROITextWords):
/// a third language is one more instance, and `all` lists every entry for the test that both languages have them.
protocol WordTable: Sendable {
    static var nl: Self { get }
    static var en: Self { get }
    var all: [String] { get }
}

extension WordTable {
    static func of(_ language: Language) -> Self {
        switch language {
        case .nl: return nl
        case .en: return en
        }
    }
}
