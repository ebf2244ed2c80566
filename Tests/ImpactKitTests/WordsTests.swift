import Testing
@testable import ImpactKit

/// Bilingual text in one place per document type: each table has every entry in both languages, and the texts
/// still written inline (`nl ? … : …`) only become fewer.
@Suite("Words in both languages")
struct WordsTests {
    /// Words that are the same in Dutch and English on purpose (names, loanwords, symbols).
    static let sameInBoth: Set<String> = ["Team", "Scans", "ratio", "Impactketens", "direct", "study", " (extra)"]

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
        check(CommonWords.nl.all, CommonWords.en.all, "CommonWords")
        check(ErrorWords.nl.all, ErrorWords.en.all, "ErrorWords")
        check(ChangeLogWords.nl.all, ChangeLogWords.en.all, "ChangeLogWords")
        check(LINWords.nl.all, LINWords.en.all, "LINWords")
        check(JourneyWords.nl.all, JourneyWords.en.all, "JourneyWords")
        check(KirkpatrickWords.nl.all, KirkpatrickWords.en.all, "KirkpatrickWords")
        check(IWPWords.nl.all, IWPWords.en.all, "IWPWords")
        check(FactsheetWords.nl.all, FactsheetWords.en.all, "FactsheetWords")
        check(ActiescanWords.nl.all, ActiescanWords.en.all, "ActiescanWords")
        check(CanvasReportWords.nl.all, CanvasReportWords.en.all, "CanvasReportWords")
        check(ComparisonWords.nl.all, ComparisonWords.en.all, "ComparisonWords")
        check(CohortWords.nl.all, CohortWords.en.all, "CohortWords")
        check(TemplateWords.nl.all, TemplateWords.en.all, "TemplateWords")
        // Every error message case has its Dutch text (the catalogue; the sources are checked in the Python suite).
        #expect(
            DutchErrorMessages.entries.allSatisfy {
                !$0.dutch.isEmpty && $0.dutch != $0.english || $0.english.hasPrefix("{}")
            })
        // Every word the pictures write goes through a table: no Dutch literal is left in their code.
        for file in ["CanvasSVG", "ChartSVG", "TornadoSVG"] {
            let source = readFile(repositoryRoot + "/Sources/ImpactKit/Pictures/\(file).swift") ?? ""
            #expect(!source.contains("nl ?") && !source.contains("language == .nl"), "\(file)")
        }
    }

    /// Every text chooses its language through a table: no code outside Words/ picks between two strings by
    /// language (`nl ? … : …`, `language == .nl`). It was 120 inline choices in 20 files before the tables; the
    /// error catalogue's Dutch grammar (ErrorMessages) is the one place that asks which language it writes.
    @Test func noTextChoosesItsLanguageInline() throws {
        var found: [String] = []
        for root in ["/Sources/ImpactKit", "/Sources/impact"] {
            for path in sourceFiles(repositoryRoot + root)
            where !path.contains("/Words/") && !path.hasSuffix("/ErrorMessages.swift") {
                let text = readFile(path) ?? ""
                if text.contains("nl ?") || text.contains("== .nl") || text.contains("nl\n                ?") {
                    found.append(String(path.split(separator: "/").last ?? ""))
                }
            }
        }
        #expect(found.isEmpty, "inline language choices in \(found); move the texts into a words table")
    }
}
