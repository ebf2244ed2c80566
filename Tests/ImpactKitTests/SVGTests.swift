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
        #expect(
            Set(tags).isSubset(of: [
                "svg", "/svg", "title", "/title", "desc", "/desc", "rect", "text", "/text", "defs", "/defs", "marker",
                "/marker", "path",
            ]))
    }

    /// Issue 34, item 13: a picture is one image to assistive technology, so it says in which language it is
    /// and carries what it shows as text — the report's text — as its description.
    @Test func everyPictureNamesItsLanguageAndDescribesItself() throws {
        let canvas = try Canvas(json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-end.json")))
        let journey = try Journey(
            json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal.journey.json")))
        var cohort = try Cohort()
        cohort.add(canvas, source: "a")
        let log = try ChangeLog(json: try #require(readFile(repositoryRoot + "/examples/data/pwmi-changelog.json")))
        for language in Language.allCases {
            let pictures: [(String, String)] = [
                (canvas.svg(language: language), canvas.evaluate().text(for: canvas, language: language)),
                (journey.progressSVG(language: language), journey.reportText(language: language)),
                (cohort.heatMapSVG(language: language), cohort.reportText(language: language)),
                (log.idgSVG(language: language), log.report().text(for: log, language: language)),
            ]
            for (svg, text) in pictures {
                let head = svg.prefix { $0 != ">" }
                #expect(head.contains(" role=\"img\" lang=\"\(language.rawValue)\" xml:lang=\"\(language.rawValue)\""))
                #expect(head.contains("aria-labelledby=\"ik-title\" aria-describedby=\"ik-desc\""))
                #expect(svg.contains("<desc id=\"ik-desc\">" + SVGText.escape(text) + "</desc>"))
                #expect(text.count > 40)
            }
        }
    }

    @Test func escapingKeepsTextAndMarksUpNothing() {
        #expect(SVGText.escape("foto's & <b>\"x\"</b>") == "foto&#39;s &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt;")
        // Line breaks and tabs become spaces; other control characters and U+FFFE/U+FFFF, which XML 1.0 forbids,
        // become U+FFFD; everything else stays, whatever its script (U+F000…U+FFFD share the lead byte EF).
        #expect(SVGText.escape("a\tb\nc\rd\u{0}e\u{1F}f") == "a b c d\u{FFFD}e\u{FFFD}f")
        #expect(
            SVGText.escape("\u{FFFE}\u{FFFF}\u{FFFD}\u{F000}\u{FEFF}é€😀<")
                == "\u{FFFD}\u{FFFD}\u{FFFD}\u{F000}\u{FEFF}é€😀&lt;")
        #expect(SVGText.escape("een schone tekst, café") == "een schone tekst, café")
        #expect(SVGText.escape("\u{FFFF}") == "\u{FFFD}")
        #expect(SVGText.escape("") == "")
    }

    @Test func posterLayout() throws {
        let canvas = try Canvas(json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-end.json")))
        let svg = canvas.svg(language: .nl)
        // 21 cards fit A1: the sheet keeps its size.
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1680\" height=\"1188\""))
        // The background, 5 domain heads, 15 fields, 21 chips with their kind stripe, 5 legend swatches with
        // theirs, and a number badge for each of the 2 chains.
        let rects = svg.split(separator: "<rect ", omittingEmptySubsequences: false).count - 1
        #expect(rects == 1 + 5 + 15 + 21 * 2 + 5 * 2 + 2)
        #expect(svg.contains(">Combineren van</text>"))
        #expect(svg.contains(">Wat levert het op?</text>"))
        #expect(svg.contains(">Prototype</text>"))
        // Notes are drawn (in italics, under the card text): what the students wrote they did.
        #expect(
            svg.contains("font-style=\"italic\" fill=\"#3a3a3a\" text-anchor=\"start\">Zes ouderen geïnterviewd over"))
        // Chain c1 (activity → place → result) is two arrows, c2 (activity → result) one, each numbered once.
        #expect(svg.split(separator: "marker-end=\"url(#ik-arrow)\"", omittingEmptySubsequences: false).count - 1 == 3)
        #expect(svg.contains(">K1</text>") && svg.contains(">K2</text>"))
        #expect(svg.contains("Impactketens: K1 Beweegkaart samen met bewoners ontworpen in het buurthuis · K2"))
        // p1's interaction is direct: its mark is under its text.
        #expect(svg.contains(">⇄</text>"))
        #expect(canvas.svg(language: .en).contains(">What does it yield?</text>"))
    }

    @Test func everyPlacementIsDrawnAndTheSheetGrows() throws {
        var canvas = try Canvas(id: "long", title: String(repeating: "Heel lange titel ", count: 20))
        try canvas.use(.withoutCards)
        for index in 1...30 {
            try canvas.place(
                text: "Activiteit \(index) " + String(repeating: "met veel woorden ", count: 5), domain: "partners",
                field: .activity,
                note: "notitie \(index)")
        }
        let svg = canvas.svg(language: .nl)
        for index in 1...30 {
            #expect(svg.contains(">Activiteit \(index) met veel") && svg.contains(">notitie \(index)</text>"))
        }
        #expect(!svg.contains(" meer</text>"))
        let height = try #require(Double(svg.split(separator: "height=\"")[1].prefix { $0 != "\"" }))
        #expect(height > 1188)
        // The title wraps (no "…"): every word of it is on the poster.
        let titleWords = svg.split(separator: "font-size=\"34\"", omittingEmptySubsequences: false).count - 1
        #expect(titleWords > 1 && !svg.contains("…</text>"))
    }

    @Test func linesFitTheirWidthMeasuredWithTheFontsMetrics() throws {
        // Worked from DejaVu Sans's hmtx table (fontTools) and checked against Pillow's rendering of the font:
        // "Impact in Beeld" is 16046 units of 2048 per em, 94.02 px at 12 px; bold "Wat doe je?" 13587 units.
        #expect(abs(SVGText.width("Impact in Beeld", size: 12) - 16046.0 / 2048 * 12) < 1e-9)
        #expect(abs(SVGText.width("Wat doe je?", size: 13, bold: true) - 13587.0 / 2048 * 13) < 1e-9)
        #expect(abs(SVGText.width("ĳ€…", size: 10) - 4489.0 / 2048 * 10) < 1e-9)
        let text = "Gezamenlijke intervisie met studenten fysiotherapie en verpleegkunde over valpreventie"
        let lines = SVGText.lines(text, width: 180, size: 12)
        #expect(lines.joined(separator: " ") == text)
        #expect(lines.allSatisfy { SVGText.width($0, size: 12) <= 180 })
        // Greedy breaking worked with Pillow's measure of the font: 167.7, 161.8, 120.1 and 75.0 px.
        #expect(
            lines == [
                "Gezamenlijke intervisie met", "studenten fysiotherapie en", "verpleegkunde over", "valpreventie",
            ])
        // A compound wider than the line is broken with a hyphen, and nothing is lost.
        let compound = "arbeidsmarktcommunicatiemedewerkersopleidingsprogramma"
        let pieces = SVGText.lines(compound, width: 120, size: 12)
        #expect(pieces.count > 1 && pieces.dropLast().allSatisfy { $0.hasSuffix("-") })
        #expect(pieces.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }.joined() == compound)
        #expect(pieces.allSatisfy { SVGText.width($0, size: 12) <= 120 })
        // With a maximum the last line kept ends in "…" and still fits.
        let cut = SVGText.lines(text, width: 180, size: 12, maximum: 2)
        #expect(cut.count == 2 && cut[1].hasSuffix("…") && SVGText.width(cut[1], size: 12) <= 180)
    }

    @Test func inkMeetsAAOnEveryDomainColour() throws {
        // WCAG's own reference points: black on white 21:1, #777 on white 4.48:1 (fails AA), #767676 4.54:1.
        #expect(abs(Contrast.ratio("#000000", "#ffffff") - 21) < 0.01)
        #expect(abs(Contrast.ratio("#777777", "#ffffff") - 4.48) < 0.01)
        #expect(abs(Contrast.ratio("#767676", "#ffffff") - 4.54) < 0.01)
        for colour in ["#e4572e", "#17bebb", "#ffc914", "#76b041", "#6a4c93", "#000000", "#ffffff", "#808080"] {
            #expect(Contrast.ratio(Contrast.ink(on: colour), colour) >= 4.5, "\(colour)")
        }
        #expect(Contrast.ink(on: "#6a4c93") == Contrast.light && Contrast.ink(on: "#ffc914") == Contrast.dark)
        #expect(Contrast.blend("#4e79a7", opacity: 0.5, over: "#ffffff") == "#a7bcd3")
    }

    @Test func chartsEscapeEveryUserString() throws {
        let hostile = "<script>x</script>&\u{1}"
        var journey = try Journey(
            json: try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal.journey.json")))
        journey.title = hostile
        var log = try ChangeLog(json: try #require(readFile(repositoryRoot + "/examples/data/pwmi-changelog.json")))
        log.title = hostile
        var scan = try Actiescan(
            json: try #require(readFile(repositoryRoot + "/examples/data/instruments/lin-actiescan.json")))
        scan.title = hostile
        scan.scans[0].label = hostile
        var cohort = try Cohort()
        cohort.add(journey, source: hostile)
        for svg in [
            journey.progressSVG(language: .nl), log.idgSVG(language: .en), scan.radarSVG(language: .nl),
            cohort.heatMapSVG(language: .en),
        ] {
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("\u{1}"))
            #expect(svg.hasPrefix("<svg ") && svg.hasSuffix("</svg>\n"))
        }
        #expect(journey.progressSVG(language: .nl).contains("&lt;script&gt;x&lt;/script&gt;&amp;\u{FFFD}"))
    }
}
