extension SROIValuation.Parameter {
    /// The parameter's name for people.
    public var label: LocalizedText {
        switch self {
        case .quantity: return LocalizedText(nl: "hoeveelheid", en: "quantity")
        case .proxy: return LocalizedText(nl: "financiële proxy", en: "financial proxy")
        case .deadweight: return LocalizedText(nl: "deadweight", en: "deadweight")
        case .attribution: return LocalizedText(nl: "attributie", en: "attribution")
        case .displacement: return LocalizedText(nl: "verplaatsing", en: "displacement")
        case .dropOff: return LocalizedText(nl: "afname", en: "drop-off")
        case .duration: return LocalizedText(nl: "duur", en: "duration")
        case .discountRate: return LocalizedText(nl: "discontovoet", en: "discount rate")
        }
    }
}

extension SROIAssurance {
    /// The tornado as a picture: one bar per row (the twelve largest swings, with any tied with the twelfth; the subtitle says how many of all), from the ratio at the parameter's low
    /// value to the ratio at its high value, the study's ratio as a line through all bars and 1:1 dashed, so the
    /// assumptions the result hangs on are the widest bars at the top.
    public func tornadoSVG(outcomeNames: [String: String], language: Language) -> String {
        let words = ChartWords.of(language)
        // The twelve largest swings, and any row tied with the twelfth: a tie is never cut by order alone.
        let rows = tornado.count > 12 ? Array(tornado.prefix { $0.swing >= tornado[11].swing }) : tornado
        let margin = 32.0, labelWidth = 380.0, plotWidth = 620.0, rowHeight = 40.0
        let width = margin * 2 + labelWidth + plotWidth + 40
        let title = words.tornadoTitle
        let subtitle =
            words.tornadoSubtitle(ratioText(baseRatio, language))
            + (rows.count < tornado.count ? words.tornadoShown(rows.count, tornado.count) : "")
        let heading = SVGDocument.heading(title: title, subtitle: subtitle, width: width - margin * 2)
        let top = heading.height + 50
        let height = top + rowHeight * Double(max(rows.count, 1)) + 80
        var svg = SVGDocument(width: width, height: height, title: title, language: language, description: subtitle)
        svg.heading(heading, x: margin)
        // The scale covers every bar, the study's ratio and 1:1; non-finite ratios (an overflowing study) are left out.
        let values =
            rows.flatMap { [$0.low.ratio, $0.high.ratio] }.filter(\.isFinite) + [baseRatio, 1].filter(\.isFinite)
        let lowest = min(values.min() ?? 0, 0), highest = max(values.max() ?? 1, 1)
        let span = highest - lowest > 0 ? highest - lowest : 1
        func x(_ ratio: Double) -> Double {
            margin + labelWidth + plotWidth * (min(max(ratio, lowest), highest) - lowest) / span
        }
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            let subject = row.outcome.map { id in "\(id) \(outcomeNames[id] ?? "")" } ?? words.study
            let label = "\(subject) — \(row.parameter.label[language])"
            // Two lines of 13 px where the outcome's name is long; the row keeps its height.
            let lines = SVGText.lines(label, width: labelWidth - 40, size: 13, maximum: 2)
            for (index, line) in lines.enumerated() {
                svg.text(line, x: margin, y: y + (lines.count == 1 ? 24 : 16) + Double(index) * 15, size: 13)
            }
            guard row.low.ratio.isFinite, row.high.ratio.isFinite else { continue }
            let left = x(min(row.low.ratio, row.high.ratio)), right = x(max(row.low.ratio, row.high.ratio))
            // Blue where the parameter's high value lowers the ratio, orange where it raises it.
            let colour = row.high.ratio < row.low.ratio ? "#4e79a7" : "#f28e2b"
            svg.rect(x: left, y: y + 8, width: max(right - left, 1.5), height: 22, fill: colour, radius: 3)
            svg.text(
                ratioText(min(row.low.ratio, row.high.ratio), language), x: left - 6, y: y + 24, size: 12, fill: "#333",
                anchor: "end")
            svg.text(
                ratioText(max(row.low.ratio, row.high.ratio), language), x: right + 6, y: y + 24, size: 12, fill: "#333"
            )
        }
        let bottom = top + rowHeight * Double(max(rows.count, 1))
        if baseRatio.isFinite {
            svg.line(x1: x(baseRatio), y1: top - 6, x2: x(baseRatio), y2: bottom, stroke: "#222", width: 2)
            svg.text(
                words.ratio + " " + ratioText(baseRatio, language), x: x(baseRatio), y: top - 12, size: 13,
                anchor: "middle")
        }
        svg.line(x1: x(1), y1: top - 6, x2: x(1), y2: bottom, stroke: "#a40000", width: 1.5, dashed: true)
        svg.text("1:1", x: x(1), y: bottom + 20, size: 13, fill: "#a40000", anchor: "middle")
        svg.legend(
            [
                ("#4e79a7", words.higherLowers),
                ("#f28e2b", words.higherRaises),
            ],
            x: margin, y: bottom + 50, size: 13)
        return svg.finished()
    }
}
