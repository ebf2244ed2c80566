// A Swift app's view of ImpactKit: a plain `import`, as a package that depends on it has. The library's own tests
// import it @testable and see internal names too, so a `public` member that no app can reach (one in an extension
// of an internal protocol) passed them: 1.3's first versions broke 1.2 sources that way. Every spelling of 1.0–1.2
// below must compile and say what its 1.3 spelling says (scripts/api-check.sh lists what the digester reports).
import ImpactKit
import Testing

@Suite("The 1.x spellings, from an app's plain import")
struct Spellings1xTests {
    @available(*, deprecated, message: "calls the deprecated 1.x spellings on purpose")
    @Test func instrumentsReportThroughTheirContext() throws {
        let context = ReportContext(language: .nl, asOf: "2026-11-23")
        let settings = ReportSettings(language: .nl, asOf: "2026-11-23")
        #expect(try context.day() == "2026-11-23")
        let documents: [any Instrument] = [
            LINPlan.template(language: .nl), try KirkpatrickPlan(json: try example("instruments/lin-kirkpatrick.json")),
            try Fasemodel(json: try example("instruments/lin-fasemodel.json")),
            try Actiescan(json: try example("instruments/lin-actiescan.json")),
            try Factsheet(json: try example("instruments/proeftuin-praktijkleren.json")),
            try IWPModel(json: try example("instruments/value-in-the-valley.json")),
        ]
        for document in documents {
            #expect(try document.report(context) == (try document.report(settings).jsonValue))
            #expect(try document.text(context) == (try document.report(settings).text))
        }
        let plan = try KirkpatrickPlan(json: try example("instruments/lin-kirkpatrick.json"))
        let report = KirkpatrickReport(plan, asOf: "2026-11-23")
        #expect(report.jsonValue(for: plan, context) == report.jsonValue(for: plan, settings))
        let lin = LINPlan.template(language: .en)
        #expect(LINReport(lin).jsonValue(for: lin, context) == LINReport(lin).jsonValue(for: lin, settings))
        let model = try IWPModel(json: try example("instruments/value-in-the-valley.json"))
        #expect(IWPCoverage(model).jsonValue(for: model, context) == IWPCoverage(model).jsonValue(for: model, settings))
    }

    @available(*, deprecated, message: "calls the deprecated 1.x spellings on purpose")
    @Test func resultsReportInTwoParts() throws {
        let end = try Canvas(json: try example("pzw-bottendaal-end.json"))
        let journey = try Journey(json: try example("pzw-bottendaal.journey.json"))
        var cohort = try Cohort()
        cohort.add(end, source: "a")
        let canvasMerge = try CanvasMerge(base: end, ours: end, theirs: end)
        let journeyMerge = try JourneyMerge(base: journey, ours: journey, theirs: journey)
        let comparison = try journey.compare()
        for language in Language.allCases {
            let settings = ReportSettings(language: language)
            #expect(journey.reportJSON(language: language) == (try journey.report(settings).jsonValue))
            #expect(journey.text(language: language) == (try journey.report(settings).text))
            #expect(cohort.reportJSON(language: language) == (try cohort.report(settings).jsonValue))
            #expect(cohort.text(language: language) == (try cohort.report(settings).text))
            #expect(canvasMerge.reportJSON(language: language) == (try canvasMerge.report(settings).jsonValue))
            #expect(canvasMerge.text(language: language) == (try canvasMerge.report(settings).text))
            #expect(journeyMerge.reportJSON(language: language) == (try journeyMerge.report(settings).jsonValue))
            #expect(journeyMerge.text(language: language) == (try journeyMerge.report(settings).text))
            #expect(comparison.reportJSON(language: language) == (try comparison.report(settings).jsonValue))
            #expect(comparison.text(language: language) == (try comparison.report(settings).text))
        }
    }

    @Test func operationsAndCachesAsIn12() throws {
        let batch = try CanvasOperation.batch(jsonValue: .array([]))
        #expect(batch.isEmpty && CanvasOperation.jsonValue(of: batch) == .array([]))
        #expect(try JourneyOperation.batch(jsonValue: .array([])).isEmpty)
        #expect(JourneyOperation.jsonValue(of: []) == .array([]))
        #expect(CohortCache(limits: .default).ignored == nil)
        let text = "{}"
        let cache = text.utf8.withContiguousStorageIfAvailable {
            CohortCache(json: UnsafeRawBufferPointer($0), limits: .default)
        }
        #expect(cache?.ignored != nil)
    }

    /// A host's own error with a message held in a String (1.2's initializer) is kept as written: in Dutch the
    /// code's name comes first, as for any message the catalogue does not know.
    @Test func aHostsErrorFromAString() throws {
        let message: String = "the plug-in's own rule"
        let error = ImpactKitError(.invalidArgument, message, path: "/x")
        #expect(error.code == .invalidArgument && error.message == message && error.path == "/x")
        #expect(error.localizedMessage(.nl) == "ongeldig argument (the plug-in's own rule)")
    }
}
