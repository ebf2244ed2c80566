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

/// The 1.0 spellings still compile and say the same (Swift callers of 1.x keep working); deprecated on purpose.
@Suite("The 1.0 report spellings")
struct DeprecatedReportSpellingTests {
    @available(*, deprecated)
    @Test func instrumentsStillReportThroughTheirContext() throws {
        let plan = LINPlan.template(language: .nl)
        let context = ReportContext(language: .nl, asOf: "2026-11-23")
        let settings = ReportSettings(language: .nl, asOf: "2026-11-23")
        #expect(try plan.report(context) == (try plan.report(settings).jsonValue))
        #expect(try plan.text(context) == (try plan.report(settings).text))
        let journey = try Journey(
            json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal.journey.json")))
        #expect(journey.text(language: .en) == (try journey.report(ReportSettings(language: .en)).text))
    }
}
