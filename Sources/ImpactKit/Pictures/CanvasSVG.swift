/// The filled canvas as a picture laid out like the A1 poster "Impact in Beeld": title, moment and team on top, a
/// column per domain with its central question, and the three fields (what do you do / where / what does it
/// yield) holding every card with its note and the marks of its effect or interaction; impact chains as arrows
/// from activity to place to result. The digital replacement for the photo of the canvas.
///
/// The sheet keeps A1's width and grows taller when the cards need it (one picture, not pages): a column is read top
/// to bottom as on the paper canvas, a page break would cut a domain's fields apart, and a host printing it can
/// still scale a tall sheet to a page or tile it. An empty or small canvas is exactly A1's proportions.
extension Canvas {
    /// Chips are light tints with dark text, coloured by kind in their edge and stripe: readable (WCAG AA) on
    /// paper and screen, with the kind still seen at a glance.
    static let chipColors: [CardKind: (edge: String, fill: String)] = [
        .activity: ("#4e79a7", "#dde7f3"), .location: ("#59a14f", "#dfefdc"), .result: ("#e07b1f", "#fbe5cf"),
        .blank: ("#8c7e78", "#ece8e5"),
    ]
    static let freeTextChip = (edge: "#777777", fill: "#ffffff")

    public func svg(language: Language) -> String {
        PosterLayout(canvas: self, language: language).draw()
    }
}

/// Where everything on the poster goes: measured first (every text wrapped with the font's metrics), drawn second.
private struct PosterLayout {
    let canvas: Canvas
    let words: PosterWords
    let language: Language
    let width = 1680.0, a1Height = 1188.0, margin = 24.0
    let chipFont = 12.0, chipLine = 15.0, noteFont = 11.0, noteLine = 14.0

    init(canvas: Canvas, language: Language) {
        self.canvas = canvas
        self.language = language
        self.words = PosterWords.of(language)
    }

    struct Chip {
        var placement: Placement
        var lines: [String]
        var noteLines: [String]
        var marks: String?
        var markLines: [String]
        var edge: String
        var fill: String
        var dashed: Bool
        var height: Double
    }

    var columnWidth: Double {
        let count = Double(max(canvas.domains.count, 1))
        return (width - margin * (count + 1)) / count
    }
    var textWidth: Double { columnWidth - 16 - 22 }

    func chip(_ placement: Placement) -> Chip {
        let card = placement.card.flatMap { canvas.card($0) }
        let text = card?.text[language] ?? placement.text ?? ""
        let colors = card.flatMap { Canvas.chipColors[$0.kind] } ?? Canvas.freeTextChip
        let lines = SVGText.lines(text, width: textWidth, size: chipFont)
        let noteLines = placement.note.map { SVGText.lines($0, width: textWidth, size: noteFont) } ?? []
        let marks = self.marks(placement)
        let markLines = marks.map { SVGText.lines($0, width: textWidth, size: noteFont) } ?? []
        let height = 8 + Double(lines.count) * chipLine + Double(noteLines.count + markLines.count) * noteLine + 6
        return Chip(
            placement: placement, lines: lines, noteLines: noteLines, marks: marks, markLines: markLines,
            edge: colors.edge, fill: colors.fill, dashed: card == nil, height: height)
    }

    /// The effect's or interaction's marks as symbols and names: "● + · onderwijs, maatschappij", "⇢ video ⁂".
    func marks(_ placement: Placement) -> String? {
        var parts: [String] = []
        if let effect = placement.effect {
            if let intended = effect.intended { parts.append(intended ? PosterMarks.intended : PosterMarks.unintended) }
            if let valence = effect.valence {
                parts.append(valence == .positive ? PosterMarks.positive : PosterMarks.negative)
            }
            if !effect.spheres.isEmpty {
                parts.append(effect.spheres.map { $0.label[language] }.joined(separator: ", "))
            }
        }
        if let interaction = placement.interaction {
            if let mode = interaction.mode {
                parts.append(
                    (mode == .direct ? PosterMarks.direct : PosterMarks.indirect)
                        + (interaction.carrier.map { " " + $0 } ?? ""))
            }
            if !interaction.partners.isEmpty { parts.append(PosterMarks.coCreated) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    func draw() -> String {
        let domains = canvas.domains
        // Heading: title, moment, team, each wrapped to the sheet.
        var y = 20.0
        var heading: [String] = []
        for line in SVGText.lines(canvas.title, width: width - 2 * margin, size: 34, bold: true) {
            y += 40
            heading.append(SVGText.element(line, x: margin, y: y, size: 34, weight: "bold"))
        }
        var subtitle = words.title
        if let moment = canvas.moment { subtitle += " · " + moment.label + (moment.date.map { " (\($0))" } ?? "") }
        subtitle += " · " + words.cards(canvas.placements.count)
        for line in SVGText.lines(subtitle, width: width - 2 * margin, size: 18) {
            y += 26
            heading.append(SVGText.element(line, x: margin, y: y, size: 18, fill: "#444444"))
        }
        if !canvas.team.isEmpty {
            let names = canvas.team.map { $0.name + ($0.role.map { " (\($0))" } ?? "") }.joined(separator: ", ")
            for line in SVGText.lines(words.team + ": " + names, width: width - 2 * margin, size: 14) {
                y += 20
                heading.append(SVGText.element(line, x: margin, y: y, size: 14, fill: "#444444"))
            }
        }
        let top = y + 24

        // Column heads: as tall as the longest name and question need.
        let heads = domains.map { domain in
            (
                name: SVGText.lines(domain.name[language], width: columnWidth - 20, size: 18, bold: true),
                question: SVGText.lines(domain.question[language], width: columnWidth - 20, size: 12)
            )
        }
        let headHeights = heads.map { head -> Double in
            let name = Double(head.name.count) * 22, question = Double(head.question.count) * 15
            return 28 + name + question
        }
        let headHeight = max(120, headHeights.max() ?? 120)

        // Fields: every chip, rows as tall as their fullest cell, at least A1's share.
        let byCell = Dictionary(grouping: canvas.placements) { "\($0.domain)|\($0.field.rawValue)" }
        let chips: [[[Chip]]] = domains.map { domain in
            Field.allCases.map { field in (byCell["\(domain.id)|\(field.rawValue)"] ?? []).map(chip) }
        }
        let legendHeight = 70.0 + (canvas.chains.isEmpty ? 0 : 41) + (ownWordsShown ? 24 : 0)
        let minimumRow = max(120, (a1Height - top - headHeight - legendHeight - margin * 2) / 3)
        let rowHeights = Field.allCases.indices.map { field in
            max(
                minimumRow,
                chips.map { cell -> Double in 38 + cell[field].reduce(0.0) { $0 + $1.height + 5 } }.max() ?? 0)
        }
        let fieldsTop = top + headHeight + margin / 2
        let fieldsBottom = fieldsTop + rowHeights.reduce(0) { $0 + $1 + margin / 2 }
        let height = max(a1Height, fieldsBottom + legendHeight)

        var frame = SVGDocument(
            width: width, height: height, title: words.title + ": " + canvas.title, language: language,
            description: canvas.evaluate().text(for: canvas, language: language))
        var out = heading
        out.append(
            "<defs><marker id=\"ik-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333333\"/></marker></defs>"
        )
        var boxes: [String: (x: Double, y: Double, w: Double, h: Double)] = [:]
        for (index, domain) in domains.enumerated() {
            let x = margin + Double(index) * (columnWidth + margin)
            let color = domain.color ?? "#999999"
            let ink = Contrast.ink(on: color)
            out.append(rect(x, top, columnWidth, headHeight, fill: color, radius: 10))
            var lineY = top + 14
            for line in heads[index].name {
                lineY += 22
                out.append(SVGText.element(line, x: x + 10, y: lineY - 4, size: 18, weight: "bold", fill: ink))
            }
            lineY += 6
            for line in heads[index].question {
                lineY += 15
                out.append(SVGText.element(line, x: x + 10, y: lineY - 3, size: 12, fill: ink))
            }
            var rowY = fieldsTop
            for (fieldIndex, field) in Field.allCases.enumerated() {
                out.append(
                    rect(
                        x, rowY, columnWidth, rowHeights[fieldIndex], fill: "#ffffff", stroke: color, radius: 8,
                        strokeWidth: 2))
                out.append(
                    SVGText.element(
                        field.name[language], x: x + 10, y: rowY + 20, size: 13, weight: "bold", fill: "#333333"))
                var chipY = rowY + 30
                for chip in chips[index][fieldIndex] {
                    draw(chip, x: x + 8, y: chipY, into: &out)
                    boxes[chip.placement.id] = (x + 8, chipY, columnWidth - 16, chip.height)
                    chipY += chip.height + 5
                }
                rowY += rowHeights[fieldIndex] + margin / 2
            }
        }
        // Chains over the chips: activity → each place → each result (or straight to the results).
        for (number, chain) in canvas.chains.enumerated() {
            let label = words.chainPrefix + String(number + 1)
            var hops: [(String, String)] = []
            let firstTargets = chain.places.isEmpty ? chain.results : chain.places
            hops += firstTargets.map { (chain.activity, $0) }
            if !chain.places.isEmpty { for place in chain.places { hops += chain.results.map { (place, $0) } } }
            for (hop, (from, to)) in hops.enumerated() {
                guard let a = boxes[from], let b = boxes[to] else { continue }
                out.append(arrow(from: a, to: b))
                if hop == 0 {
                    out.append(rect(a.x + a.w - 26, a.y - 8, 26, 16, fill: "#333333", radius: 8))
                    out.append(
                        SVGText.element(
                            label, x: a.x + a.w - 13, y: a.y + 4, size: 11, weight: "bold", fill: "#ffffff",
                            anchor: "middle"))
                }
            }
        }
        legend(at: fieldsBottom + 20, into: &out)
        frame.append(out)
        return frame.finished()
    }

    func draw(_ chip: Chip, x: Double, y: Double, into out: inout [String]) {
        let w = columnWidth - 16
        let dash = chip.dashed ? " stroke-dasharray=\"4 3\"" : ""
        out.append(
            "<rect x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(w))\" height=\"\(SVGText.number(chip.height))\" rx=\"6\" fill=\"\(chip.fill)\" stroke=\"\(chip.edge)\"\(dash)/>"
        )
        out.append(rect(x, y, 5, chip.height, fill: chip.edge, radius: 2))
        var lineY = y + 4
        for line in chip.lines {
            lineY += chipLine
            out.append(SVGText.element(line, x: x + 13, y: lineY - 3, size: chipFont, fill: "#1a1a1a"))
        }
        for line in chip.noteLines {
            lineY += noteLine
            out.append(SVGText.element(line, x: x + 13, y: lineY - 3, size: noteFont, fill: "#3a3a3a", style: "italic"))
        }
        for line in chip.markLines {
            lineY += noteLine
            out.append(SVGText.element(line, x: x + 13, y: lineY - 3, size: noteFont, weight: "bold", fill: "#3a3a3a"))
        }
    }

    /// From the right edge of one chip to the right edge of the next in the same column (a bow through the
    /// gutter), or to the left edge of a chip in another column.
    func arrow(
        from a: (x: Double, y: Double, w: Double, h: Double), to b: (x: Double, y: Double, w: Double, h: Double)
    ) -> String {
        let sameColumn = abs(a.x - b.x) < 1
        let start = (a.x + a.w, a.y + a.h / 2)
        let end = sameColumn ? (b.x + b.w, b.y + b.h / 2) : (b.x < a.x ? b.x + b.w : b.x, b.y + b.h / 2)
        let bow = sameColumn ? 18.0 : (end.0 > start.0 ? 40.0 : -40.0)
        let c1 = (start.0 + (sameColumn ? bow : bow), start.1)
        let c2 = (end.0 + (sameColumn ? bow : -bow), end.1)
        let n = SVGText.number
        return
            "<path d=\"M\(n(start.0)),\(n(start.1)) C\(n(c1.0)),\(n(c1.1)) \(n(c2.0)),\(n(c2.1)) \(n(end.0)),\(n(end.1))\" fill=\"none\" stroke=\"#333333\" stroke-opacity=\"0.75\" stroke-width=\"1.6\" marker-end=\"url(#ik-arrow)\"/>"
    }

    func legend(at y: Double, into out: inout [String]) {
        var x = margin
        let kinds: [(String, String, String)] = [
            (Canvas.chipColors[.activity]?.edge ?? "", Canvas.chipColors[.activity]?.fill ?? "", words.activity),
            (Canvas.chipColors[.location]?.edge ?? "", Canvas.chipColors[.location]?.fill ?? "", words.location),
            (Canvas.chipColors[.result]?.edge ?? "", Canvas.chipColors[.result]?.fill ?? "", words.result),
            (Canvas.chipColors[.blank]?.edge ?? "", Canvas.chipColors[.blank]?.fill ?? "", words.blank),
            (Canvas.freeTextChip.edge, Canvas.freeTextChip.fill, words.freeText),
        ]
        for (edge, fill, label) in kinds {
            out.append(rect(x, y - 13, 30, 18, fill: fill, stroke: edge, radius: 4))
            out.append(rect(x, y - 13, 5, 18, fill: edge, radius: 2))
            out.append(SVGText.element(label, x: x + 38, y: y + 1, size: 13, fill: "#333333"))
            x += 38 + SVGText.width(label, size: 13) + 24
        }
        let marks = [
            (PosterMarks.intended, words.intended), (PosterMarks.unintended, words.unintended),
            (PosterMarks.positive, words.positive), (PosterMarks.negative, words.negative),
            (PosterMarks.direct, words.direct), (PosterMarks.indirect, words.indirect),
            (PosterMarks.coCreated, words.coCreated),
        ]
        x = margin
        let markY = y + 28
        for (symbol, label) in marks {
            out.append(SVGText.element(symbol + " " + label, x: x, y: markY, size: 13, fill: "#333333"))
            x += SVGText.width(symbol + " " + label, size: 13) + 22
        }
        var nextY = markY + 24
        if !canvas.chains.isEmpty {
            let text =
                words.chains + ": "
                + canvas.chains.enumerated().map { index, chain in
                    words.chainPrefix + String(index + 1) + (chain.note.map { " " + $0 } ?? "")
                }.joined(separator: " · ")
            for line in SVGText.lines(text, width: width - 2 * margin - 120, size: 13, maximum: 2) {
                out.append(SVGText.element(line, x: margin, y: nextY, size: 13, fill: "#333333"))
                nextY += 17
            }
            nextY += 5
        }
        // The poster is what students hand in: it says itself which of its words are ImpactKit's.
        if ownWordsShown {
            out.append(
                SVGText.element(
                    SVGText.fitted(words.provenance, width: width - 2 * margin - 120, size: 12),
                    x: margin, y: nextY, size: 12, fill: "#555555"))
        }
        out.append(SVGText.element("ImpactKit", x: width - margin, y: markY, size: 12, fill: "#666666", anchor: "end"))
    }

    /// True when the template marks domain names or questions as ImpactKit's (the built-in LIM template does); a
    /// host's own template without such marks gets no line.
    var ownWordsShown: Bool {
        canvas.domains.contains { $0.nameSource == .derived || $0.questionSource == .impactkit }
    }

    func rect(
        _ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String? = nil, radius: Double = 0,
        strokeWidth: Double = 1
    ) -> String {
        var element =
            "<rect x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(w))\" height=\"\(SVGText.number(h))\""
        if radius > 0 { element += " rx=\"\(SVGText.number(radius))\"" }
        element += " fill=\"\(SVGText.escape(fill))\""
        if let stroke {
            element +=
                " stroke=\"\(SVGText.escape(stroke))\""
                + (strokeWidth != 1 ? " stroke-width=\"\(SVGText.number(strokeWidth))\"" : "")
        }
        return element + "/>"
    }
}
