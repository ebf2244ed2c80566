import Testing
@testable import ImpactKit

/// One spelling of "the report": documents and the results that are not documents (cohort, merges, a comparison)
/// all answer `report(settings)`, and it writes what the two-part methods of 1.0 wrote.
@Suite("One spelling of the report")
struct ReportSpellingTests {
    @Test func resultsReportAsDocumentsDo() throws {
        let end = try Canvas(json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-end.json")))
        let journey = try Journey(
            json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal.journey.json")))
        var cohort = try Cohort()
        cohort.add(end, source: "a")
        let results: [(any Reportable, String)] = [
            (end, "impactkit/canvas-report/1"),
            (journey, Journey.reportSchemaID),
            (cohort, "impactkit/cohort-report/1"),
            (try CanvasMerge(base: end, ours: end, theirs: end), "impactkit/merge-report/1"),
            (try JourneyMerge(base: journey, ours: journey, theirs: journey), "impactkit/merge-report/1"),
            (try journey.compare(), "impactkit/comparison/1"),
        ]
        for (result, schema) in results {
            for language in Language.allCases {
                let report = try result.report(ReportSettings(language: language))
                #expect(report.jsonValue["schema"] == .string(schema))
                #expect(!report.text.isEmpty)
            }
        }
        let nl = try cohort.report(ReportSettings(language: .nl))
        #expect(nl.text == cohort.reportText(language: .nl))
        #expect(JSONWriter.string(nl.jsonValue) == JSONWriter.string(cohort.reportValue(language: .nl)))
    }
}
