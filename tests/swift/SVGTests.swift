import Testing
@testable import ImpactKit

@Suite("SVG picture of the canvas")
struct SVGTests {
    @Test func hostileStringsCannotInjectMarkup() throws {
        var canvas = try Canvas(id: "x", title: "<script>alert(1)</script> & \"co\"")
        canvas.team = [TeamMember(name: "Eve <img src=x onerror=alert(1)>", role: "'student'")]
        canvas.moment = Moment(label: "]]><svg onload=alert(1)>")
        try canvas.addCard(CustomCard(id: "own.x", kind: .activity, text: "</text><script>steal()</script>\u{1}"))
        try canvas.place(card: "own.x", domain: "partners", field: .activity)
        try canvas.use(.withoutCards)
        try canvas.place(text: "<a href=\"javascript:x\">klik</a>", domain: "knowledge", field: .result)
        let svg = canvas.svg(language: .nl)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<img"))
        #expect(!svg.contains("<a "))
        #expect(!svg.contains("<svg onload"))
        #expect(!svg.contains("\u{1}"))
        #expect(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;"))
        #expect(svg.contains("&lt;/text&gt;&lt;script&gt;steal()&lt;/script&gt;\u{FFFD}"))
        // Every "<" left is one of ours: count the tags the renderer writes.
        let tags = svg.split(separator: "<").dropFirst().map { $0.prefix(while: { $0 != " " && $0 != ">" }) }
        #expect(Set(tags).isSubset(of: ["svg", "/svg", "title", "/title", "rect", "text", "/text"]))
    }

    @Test func posterLayout() throws {
        let canvas = try Canvas(json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-end.json")))
        let svg = canvas.svg(language: .nl)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1680\" height=\"1188\""))
        // 5 domain headers + 15 field boxes + 21 chips + 5 legend dots + the background.
        let rects = svg.split(separator: "<rect ", omittingEmptySubsequences: false).count - 1
        let expected = 1 + 5 + 15 + 21 + 5
        #expect(rects == expected)
        #expect(svg.contains(">Combineren van</text>"))
        #expect(svg.contains(">Wat levert het op?</text>"))
        #expect(svg.contains(">Beweegkaart voor de wijk</text>") == false)  // notes are not drawn; card texts are
        #expect(svg.contains(">Prototype</text>"))
        #expect(canvas.svg(language: .en).contains(">What does it yield?</text>"))
    }

    @Test func longTextsAreShortenedAndFullFieldsSayHowManyMore() throws {
        var canvas = try Canvas(id: "long", title: String(repeating: "Heel lange titel ", count: 20))
        try canvas.use(.withoutCards)
        for index in 1...30 {
            try canvas.place(text: "Activiteit \(index) " + String(repeating: "met veel woorden ", count: 5), domain: "partners", field: .activity)
        }
        let svg = canvas.svg(language: .nl)
        #expect(svg.contains("…</text>"))
        #expect(svg.contains(">+ "))
        #expect(svg.contains(" meer</text>"))
    }

    @Test func chartsEscapeEveryUserString() throws {
        let hostile = "<script>x</script>&\u{1}"
        var journey = try Journey(json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal.journey.json")))
        journey.title = hostile
        var log = try ChangeLog(json: try #require(readFile(repositoryRoot + "/examples/data/pwmi-changelog.json")))
        log.title = hostile
        var scan = try Actiescan(json: try #require(readFile(repositoryRoot + "/examples/data/instruments/lin-actiescan.json")))
        scan.title = hostile
        scan.scans[0].label = hostile
        var cohort = try Cohort()
        cohort.add(journey, source: hostile)
        for svg in [journey.progressSVG(language: .nl), log.idgSVG(language: .en), scan.radarSVG(language: .nl),
                    cohort.heatMapSVG(language: .en)] {
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("\u{1}"))
            #expect(svg.hasPrefix("<svg ") && svg.hasSuffix("</svg>\n"))
        }
        #expect(journey.progressSVG(language: .nl).contains("&lt;script&gt;x&lt;/script&gt;&amp;\u{FFFD}"))
    }
}
