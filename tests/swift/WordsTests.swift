import Testing
@testable import ImpactKit

/// Bilingual text in one place per document type: each table has every entry in both languages, and the texts
/// still written inline (`nl ? … : …`) only become fewer.
@Suite("Words in both languages")
struct WordsTests {
    /// Words that are the same in Dutch and English on purpose (names, loanwords, symbols).
    static let sameInBoth: Set<String> = ["Team", "Scans", "ratio", "Impactketens", "direct", "study"]

    func check(_ nl: [String], _ en: [String], _ table: String) {
        #expect(nl.count == en.count, "\(table)")
        for (dutch, english) in zip(nl, en) {
            #expect(!dutch.isEmpty && !english.isEmpty, "\(table): an empty entry")
            #expect(dutch != english || Self.sameInBoth.contains(dutch), "\(table): \"\(dutch)\" is not translated")
        }
    }

    @Test func everyTableHasEveryEntryInBothLanguages() {
        check(PosterWords.nl.all, PosterWords.en.all, "PosterWords")
        check(ChartWords.nl.all, ChartWords.en.all, "ChartWords")
        check(SROITextWords.nl.all, SROITextWords.en.all, "SROITextWords")
        check(FasemodelWords.nl.all, FasemodelWords.en.all, "FasemodelWords")
        check(ContributionWords.nl.all, ContributionWords.en.all, "ContributionWords")
        check(MergeWords.nl.all, MergeWords.en.all, "MergeWords")
        // Every error message case has its Dutch text (the catalogue; the sources are checked in the Python suite).
        #expect(DutchErrorMessages.entries.allSatisfy { !$0.dutch.isEmpty && $0.dutch != $0.english || $0.english.hasPrefix("{}") })
        // Every word the pictures write goes through a table: no Dutch literal is left in their code.
        for file in ["CanvasSVG", "ChartSVG", "TornadoSVG"] {
            let source = readFile(repositoryRoot + "/Sources/ImpactKit/Export/\(file).swift") ?? ""
            #expect(!source.contains("nl ?") && !source.contains("language == .nl"), "\(file)")
        }
    }

    /// The report texts still choose inline between two strings 120 times in 20 files (counted when the pictures moved to
    /// tables); each file moved to a table lowers this ceiling, and a new inline pair fails here.
    @Test func inlineBilingualTextOnlyShrinks() throws {
        var count = 0
        for path in sourceFiles(repositoryRoot + "/Sources/ImpactKit") {
            let text = readFile(path) ?? ""
            count += text.split(separator: "nl ?", omittingEmptySubsequences: false).count - 1
        }
        #expect(count <= 120, "\(count) inline nl ? … : … choices; move new texts into a words table")
    }
}
