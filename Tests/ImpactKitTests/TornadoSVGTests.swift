import Testing
@testable import ImpactKit

/// The tornado picture: one bar per row, figures with the language's decimal separator, hostile names escaped.
@Suite("Tornado picture")
struct TornadoSVGTests {
    @Test func barsLabelsAndEscaping() throws {
        let study = SROIAssuranceTests.study()
        let assurance = try SROIAssurance(study, settings: SROIAssuranceSettings())
        let svg = assurance.tornadoSVG(outcomeNames: ["o1": "Zelfvertrouwen <script>alert(1)</script>"], language: .nl)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!svg.contains("<script") && svg.contains("&lt;script&gt;"))
        #expect(svg.contains(">Ratio 1,60; per aanname"))
        // Eight rows (seven parameters and the discount rate), the widest first: duration 1,60 → 3,20.
        #expect(svg.split(separator: "height=\"22\"", omittingEmptySubsequences: false).count - 1 == 8)
        #expect(svg.contains(">3,20<") && svg.contains(">1:1<"))
        let english = assurance.tornadoSVG(outcomeNames: [:], language: .en)
        #expect(english.contains(">Ratio 1.60; per assumption") && english.contains("o1 — duration"))
    }
}
