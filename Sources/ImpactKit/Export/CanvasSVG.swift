/// The filled canvas as a picture laid out like the A1 poster "Impact in Beeld": title, moment and team on top, a
/// column per domain with its central question, and the three fields (what do you do / where / what does it
/// yield) holding the cards as chips coloured by kind. The digital replacement for the photo of the canvas.
extension Canvas {
    static let chipColors: [CardKind: String] = [
        .activity: "#4e79a7", .location: "#59a14f", .result: "#f28e2b", .blank: "#8c7e78",
    ]

    public func svg(language: Language) -> String {
        let width = 1680.0, height = 1188.0, margin = 24.0
        let columns = domains
        let columnWidth = (width - margin * Double(columns.count + 1)) / Double(max(columns.count, 1))
        let top = 150.0, headerHeight = 120.0, legendHeight = 40.0
        let fieldHeight = (height - top - headerHeight - legendHeight - margin * 2) / 3
        let title = language == .nl ? "Impact in Beeld" : "Impact in View"
        var frame = SVGDocument(width: width, height: height, title: title + ": " + self.title)
        var out: [String] = []
        out.append(SVGText.element(SVGText.shorten(self.title, to: 70), x: margin, y: 56, size: 34, weight: "bold"))
        var subtitle = title
        if let moment { subtitle += " · " + moment.label + (moment.date.map { " (\($0))" } ?? "") }
        out.append(SVGText.element(SVGText.shorten(subtitle, to: 120), x: margin, y: 92, size: 18, fill: "#555"))
        if !team.isEmpty {
            let names = team.map { $0.name + ($0.role.map { " (\($0))" } ?? "") }.joined(separator: ", ")
            out.append(SVGText.element(SVGText.shorten((language == .nl ? "Team: " : "Team: ") + names, to: 150), x: margin, y: 122, size: 14, fill: "#555"))
        }

        let byDomainField = Dictionary(grouping: placements) { "\($0.domain)|\($0.field.rawValue)" }
        for (index, domain) in columns.enumerated() {
            let x = margin + Double(index) * (columnWidth + margin)
            let color = domain.color ?? "#999999"
            out.append("<rect x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(top))\" width=\"\(SVGText.number(columnWidth))\" height=\"\(SVGText.number(headerHeight))\" rx=\"10\" fill=\"\(SVGText.escape(color))\"/>")
            let nameLines = SVGText.wrap(domain.name[language], limit: SVGText.capacity(width: columnWidth - 20, size: 18, bold: true), lines: 2)
            for (line, text) in nameLines.enumerated() {
                out.append(SVGText.element(text, x: x + 10, y: top + 26 + Double(line) * 22, size: 18, weight: "bold", fill: "#111"))
            }
            let questionLines = SVGText.wrap(domain.question[language], limit: SVGText.capacity(width: columnWidth - 20, size: 12), lines: 3)
            for (line, text) in questionLines.enumerated() {
                out.append(SVGText.element(text, x: x + 10, y: top + 74 + Double(line) * 15, size: 12, fill: "#222"))
            }
            for (fieldIndex, field) in Field.allCases.enumerated() {
                let y = top + headerHeight + margin / 2 + Double(fieldIndex) * (fieldHeight + margin / 2)
                out.append("<rect x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(columnWidth))\" height=\"\(SVGText.number(fieldHeight))\" rx=\"8\" fill=\"#ffffff\" stroke=\"\(SVGText.escape(color))\" stroke-width=\"2\"/>")
                out.append(SVGText.element(field.name[language], x: x + 10, y: y + 20, size: 13, weight: "bold", fill: "#444"))
                let items = byDomainField["\(domain.id)|\(field.rawValue)"] ?? []
                let chipHeight = 24.0, gap = 5.0
                let room = max(0, Int((fieldHeight - 34 - chipHeight) / (chipHeight + gap)) + 1)
                let shown = items.count > room ? max(0, room - 1) : items.count
                for (chipIndex, placement) in items.prefix(shown).enumerated() {
                    let chipY = y + 30 + Double(chipIndex) * (chipHeight + gap)
                    let text = placement.card.flatMap { card($0)?.text[language] } ?? placement.text ?? ""
                    let kind = placement.card.flatMap { card($0)?.kind }
                    let fill = kind.flatMap { Canvas.chipColors[$0] } ?? "#ffffff"
                    let stroke = kind == nil ? " stroke=\"#777\" stroke-dasharray=\"4 3\"" : ""
                    let ink = kind == nil ? "#222" : "#ffffff"
                    out.append("<rect x=\"\(SVGText.number(x + 8))\" y=\"\(SVGText.number(chipY))\" width=\"\(SVGText.number(columnWidth - 16))\" height=\"\(SVGText.number(chipHeight))\" rx=\"12\" fill=\"\(fill)\"\(stroke)/>")
                    let limit = SVGText.capacity(width: columnWidth - 32, size: 12)
                    out.append(SVGText.element(SVGText.shorten(text, to: limit), x: x + 18, y: chipY + 16.5, size: 12, fill: ink))
                }
                if shown < items.count {
                    let more = items.count - shown
                    let chipY = y + 30 + Double(shown) * (chipHeight + gap)
                    out.append(SVGText.element(language == .nl ? "+ \(more) meer" : "+ \(more) more", x: x + 18, y: chipY + 16.5, size: 12, weight: "bold", fill: "#444"))
                }
            }
        }
        // Legend: what the chip colours mean.
        let legendY = height - margin - 10
        var legendX = margin
        let legend: [(String, String)] = [
            (Canvas.chipColors[.activity] ?? "", language == .nl ? "activiteit" : "activity"),
            (Canvas.chipColors[.location] ?? "", language == .nl ? "plaats" : "location"),
            (Canvas.chipColors[.result] ?? "", language == .nl ? "opbrengst" : "result"),
            (Canvas.chipColors[.blank] ?? "", language == .nl ? "eigen/blanco kaart" : "own/blank card"),
            ("#ffffff", language == .nl ? "vrije tekst" : "free text"),
        ]
        for (color, label) in legend {
            out.append("<rect x=\"\(SVGText.number(legendX))\" y=\"\(SVGText.number(legendY - 13))\" width=\"18\" height=\"18\" rx=\"9\" fill=\"\(color)\" stroke=\"#777\"/>")
            out.append(SVGText.element(label, x: legendX + 24, y: legendY + 1, size: 13, fill: "#444"))
            legendX += 40 + Double(label.count) * 7.5
        }
        out.append(SVGText.element("ImpactKit", x: width - margin, y: legendY + 1, size: 12, fill: "#999", anchor: "end"))
        frame.append(out)
        return frame.finished()
    }
}
