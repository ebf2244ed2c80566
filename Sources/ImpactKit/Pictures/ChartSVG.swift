#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Pictures of the figures a coach or steering group looks at, next to the canvas poster (CanvasSVG.swift): a
/// journey's progress per domain over its moments, a cohort's heat map, an Actiescan radar, and the spread of
/// changes over the Inner Development Goals. Labels in nl/en; every user string escaped (SVGDocument).
enum ChartColors {
    static let fields: [Field: String] = [.activity: "#4e79a7", .place: "#59a14f", .result: "#f28e2b"]
    /// Up to four scans on one radar, oldest lightest.
    static let scans = ["#bab0ac", "#76b7b2", "#4e79a7", "#e15759"]
    static let dimensions: [IDGDimension: String] = [
        .being: "#af7aa1", .thinking: "#4e79a7", .relating: "#59a14f", .collaborating: "#f28e2b", .acting: "#e15759",
    ]
}

extension Journey {
    /// Per domain (rows) and moment (columns) a bar of the cards laid, split by field.
    public func progressSVG(language: Language) -> String {
        let words = ChartWords.of(language)
        var domainOrder: [(id: String, name: LocalizedText)] = []
        for canvas in moments {
            for domain in canvas.template.domains where !domainOrder.contains(where: { $0.id == domain.id }) {
                domainOrder.append((domain.id, domain.name))
            }
        }
        let margin = 32.0, labelWidth = 260.0
        let columnWidth = max(160, min(320, (1400 - labelWidth - margin * 2) / Double(max(moments.count, 1))))
        let width = margin * 2 + labelWidth + columnWidth * Double(max(moments.count, 1))
        let subtitle = words.cardsPerDomainAndMoment + (group.map { " · " + $0 } ?? "")
        let heading = SVGDocument.heading(title: title, subtitle: subtitle, width: width - margin * 2)
        // Each moment's label (up to two lines) with its date below: the date is what tells moments apart.
        let labels = moments.enumerated().map { column, canvas in
            (
                lines: SVGText.lines(
                    canvas.moment?.label ?? "\(column + 1)", width: columnWidth - 12, size: 15, bold: true, maximum: 2),
                date: canvas.moment?.date
            )
        }
        let labelHeight = Double(labels.map { $0.lines.count + ($0.date == nil ? 0 : 1) }.max() ?? 1) * 18
        let top = heading.height + 28 + labelHeight
        let names = domainOrder.map { SVGText.lines($0.name[language], width: labelWidth - 20, size: 15, maximum: 4) }
        let rowHeights = names.map { max(64, 24 + Double($0.count) * 18) }
        let height = top + rowHeights.reduce(0, +) + 90
        var svg = SVGDocument(
            width: width, height: height, title: words.progressTitle + title, language: language,
            description: reportText(language: language))
        svg.heading(heading, x: margin)
        let counts: [[String: [Int]]] = moments.map { canvas in
            var perDomain: [String: [Int]] = [:]
            for placement in canvas.placements {
                var row = perDomain[placement.domain] ?? [0, 0, 0]
                if let index = Field.allCases.firstIndex(of: placement.field) { row[index] += 1 }
                perDomain[placement.domain] = row
            }
            return perDomain
        }
        let most = max(1, counts.flatMap { $0.values.map { $0.reduce(0, +) } }.max() ?? 1)
        for (column, label) in labels.enumerated() {
            let x = margin + labelWidth + columnWidth * Double(column)
            var y = top - 10 - labelHeight
            for line in label.lines { y += 18; svg.text(line, x: x, y: y, size: 15, weight: "bold") }
            if let date = label.date { y += 18; svg.text(date, x: x, y: y, size: 13, fill: "#555555") }
        }
        var y = top
        for (row, domain) in domainOrder.enumerated() {
            let rowHeight = rowHeights[row]
            svg.rect(
                x: margin, y: y, width: width - margin * 2, height: rowHeight - 8,
                fill: row % 2 == 0 ? "#f1eee8" : "#fbfaf7", radius: 6)
            for (index, line) in names[row].enumerated() {
                svg.text(line, x: margin + 10, y: y + 24 + Double(index) * 18, size: 15)
            }
            for (column, canvas) in moments.enumerated() {
                let x = margin + labelWidth + columnWidth * Double(column)
                guard canvas.domains.contains(where: { $0.id == domain.id }) else {
                    svg.text(words.notInUse, x: x, y: y + 34, size: 13, fill: "#595959")
                    continue
                }
                let cells = counts[column][domain.id] ?? [0, 0, 0]
                let barWidth = columnWidth - 60
                var cursor = x
                for (index, field) in Field.allCases.enumerated() where cells[index] > 0 {
                    let length = barWidth * Double(cells[index]) / Double(most)
                    svg.rect(x: cursor, y: y + 14, width: length, height: 26, fill: ChartColors.fields[field] ?? "#999")
                    cursor += length
                }
                svg.text(String(cells.reduce(0, +)), x: cursor + 8, y: y + 33, size: 15, weight: "bold")
            }
            y += rowHeight
        }
        svg.legend(
            Field.allCases.map { (ChartColors.fields[$0] ?? "#999", $0.label[language]) }, x: margin, y: height - 30)
        return svg.finished()
    }
}

extension Cohort {
    /// Domains (rows) × fields (columns), each cell shaded by the share of groups with cards there.
    public func heatMapSVG(language: Language) -> String {
        let words = ChartWords.of(language)
        let margin = 32.0, labelWidth = 300.0, cellWidth = 230.0
        let width = margin * 2 + labelWidth + cellWidth * 3 + 200
        let subtitle = words.cohortSummary(groups, moments, skipped.count)
        let heading = SVGDocument.heading(title: words.heatMapHeading, subtitle: subtitle, width: width - margin * 2)
        let top = heading.height + 48
        let names = domains.map { SVGText.lines($0.name[language], width: labelWidth - 16, size: 15, maximum: 4) }
        let rowHeights = names.map { max(70, 20 + Double($0.count) * 18) }
        let height = top + rowHeights.reduce(0, +) + 80
        var svg = SVGDocument(
            width: width, height: height, title: words.heatMapTitle, language: language,
            description: reportText(language: language))
        svg.heading(heading, x: margin)
        for (index, field) in Field.allCases.enumerated() {
            svg.text(
                field.name[language], x: margin + labelWidth + cellWidth * Double(index) + cellWidth / 2, y: top - 16,
                size: 15, weight: "bold", anchor: "middle")
        }
        svg.text(
            words.coveredPartialEmpty, x: margin + labelWidth + cellWidth * 3 + 16, y: top - 16, size: 13,
            fill: "#555555")
        var y = top
        for (row, domain) in domains.enumerated() {
            let rowHeight = rowHeights[row]
            for (index, line) in names[row].enumerated() {
                svg.text(line, x: margin, y: y + 28 + Double(index) * 18, size: 15)
            }
            for (index, cell) in domain.cells.enumerated() {
                let x = margin + labelWidth + cellWidth * Double(index)
                // One denominator per row, as the covered column: the groups that use the domain.
                let share = domain.groupsInUse == 0 ? 0 : Double(cell.groups) / Double(domain.groupsInUse)
                let opacity = 0.08 + 0.8 * share
                svg.rect(
                    x: x + 4, y: y + 4, width: cellWidth - 8, height: rowHeight - 8, fill: "#ffffff", stroke: "#d8d2c8",
                    radius: 6)
                svg.rect(
                    x: x + 4, y: y + 4, width: cellWidth - 8, height: rowHeight - 8, fill: "#4e79a7", radius: 6,
                    opacity: opacity)
                // The ink that reads on the shade as drawn (the cell's colour over white), not a guessed threshold.
                let ink = Contrast.ink(on: Contrast.blend("#4e79a7", opacity: rounded(opacity), over: "#ffffff"))
                let middle = y + rowHeight / 2
                svg.text(
                    words.groupsInCell(cell.groups, domain.groupsInUse), x: x + cellWidth / 2, y: middle - 3, size: 15,
                    weight: "bold", fill: ink, anchor: "middle")
                svg.text(
                    words.cards(cell.cards), x: x + cellWidth / 2, y: middle + 17, size: 13, fill: ink, anchor: "middle"
                )
            }
            svg.text(
                "\(domain.covered) / \(domain.partial) / \(domain.empty)", x: margin + labelWidth + cellWidth * 3 + 16,
                y: y + rowHeight / 2 + 5, size: 15)
            y += rowHeight
        }
        svg.text(
            words.shadeExplained,
            x: margin, y: height - 30, size: 13, fill: "#555555")
        return svg.finished()
    }
}

extension Actiescan {
    /// The five themes as axes; each of the (at most four) latest scans a polygon of its theme means.
    public func radarSVG(language: Language) -> String {
        let words = ChartWords.of(language)
        let shown = scans.suffix(ChartColors.scans.count).map(ActiescanScores.init)
        // Below the radar, the seed's eleven questions in full with their position in the latest scan: the axes
        // carry only the theme names, and a picture shown on its own must not leave the questions to guesswork.
        let questionWidth = 1300.0 - 64 - 70
        var questionLines: [(text: String, size: Double, bold: Bool, position: String?)] = []
        for theme in ActiescanTheme.all {
            questionLines.append((theme.name[language], 15, true, nil))
            for question in theme.questions {
                let position = shown.last?.positions[question.id].map { "\($0)/\(scale.count)" } ?? "–"
                for (index, line) in SVGText.lines(question.text[language], width: questionWidth, size: 13).enumerated()
                {
                    questionLines.append((line, 13, false, index == 0 ? position : nil))
                }
            }
        }
        let subtitle = words.meanPosition(
            scale[0][language].lowercased(), scale.count, scale[scale.count - 1][language].lowercased())
        let heading = SVGDocument.heading(title: title, subtitle: subtitle, width: 1300 - 64)
        let shift = heading.height - 90  // the radar moves down as far as a long title pushes it
        let listTop = 900.0 + shift
        // Theme headings get 8 px more above them than question lines.
        let listHeight = questionLines.reduce(0.0) { $0 + ($1.bold ? 27 : 19) }
        let width = 1300.0, height = listTop + 12 + listHeight + 30, centerX = 570.0, centerY = 480.0 + shift,
            radius = 300.0
        var svg = SVGDocument(
            width: width, height: height, title: "Actiescan: " + title, language: language,
            description: (try? reportText(ReportSettings(language: language))) ?? subtitle)
        svg.heading(heading, x: 32)
        let themes = ActiescanTheme.all
        func point(_ theme: Int, _ value: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(theme) / Double(themes.count)
            let r = radius * value / Double(scale.count)
            return (centerX + r * cos(angle), centerY + r * sin(angle))
        }
        for ring in 1...scale.count {
            svg.polygon(themes.indices.map { point($0, Double(ring)) }, fill: "none", stroke: "#d8d2c8", opacity: 0)
            let (x, y) = point(0, Double(ring))
            svg.text("\(ring)", x: x + 6, y: y + 4, size: 12, fill: "#595959")
        }
        for (index, theme) in themes.enumerated() {
            let (x, y) = point(index, Double(scale.count))
            svg.line(x1: centerX, y1: centerY, x2: x, y2: y, stroke: "#d8d2c8")
            let (lx, ly) = point(index, Double(scale.count) * 1.12)
            let anchor = abs(lx - centerX) < 20 ? "middle" : (lx < centerX ? "end" : "start")
            for (line, text) in SVGText.lines(theme.name[language], width: 230, size: 15, bold: true, maximum: 3)
                .enumerated()
            {
                svg.text(
                    text, x: lx, y: ly + Double(line) * 17 - (ly < centerY ? 12 : 0), size: 15, weight: "bold",
                    anchor: anchor)
            }
        }
        let colors = Array(ChartColors.scans.suffix(shown.count))
        for (index, scores) in shown.enumerated() {
            // An unanswered theme has no mean: its corner is left out, not drawn at 0 below the scale's 1.
            let points = scores.themes.enumerated().compactMap { offset, theme in theme.mean.map { point(offset, $0) } }
            if points.count >= 3 {
                svg.polygon(points, fill: colors[index], stroke: colors[index], opacity: 0.15)
            } else if points.count == 2 {
                svg.line(
                    x1: points[0].0, y1: points[0].1, x2: points[1].0, y2: points[1].1, stroke: colors[index],
                    width: 2.5)
            }
            for (x, y) in points { svg.circle(x: x, y: y, radius: 4, fill: colors[index]) }
        }
        var y = 160.0 + shift
        svg.text(words.scans, x: 960, y: y, size: 16, weight: "bold")
        for (index, scores) in shown.enumerated() {
            y += 30
            svg.rect(x: 960, y: y - 13, width: 16, height: 16, fill: colors[index], radius: 3)
            for (line, text) in SVGText.lines(
                scores.label + (scores.date.map { " (\($0))" } ?? ""), width: 300, size: 15, maximum: 2
            ).enumerated() {
                if line > 0 { y += 19 }
                svg.text(text, x: 984, y: y, size: 15)
            }
            let missing = scores.themes.filter { $0.mean == nil }.map { $0.theme.name[language] }
            if !missing.isEmpty {
                for text in SVGText.lines(
                    words.notAnswered + missing.joined(separator: ", "), width: 300, size: 12, maximum: 3)
                {
                    y += 17
                    svg.text(text, x: 984, y: y, size: 12, fill: "#595959")
                }
            }
            if !scores.weakest.isEmpty {
                let names = scores.weakest.compactMap { id in themes.first { $0.id == id }?.name[language] }
                // A tie names every theme; when they do not fit in three lines it says how many tie instead of
                // cutting the list short.
                let label = names.count == 1 ? words.weakest : words.weakestTied
                var legend = SVGText.lines(label + names.joined(separator: ", "), width: 300, size: 12, maximum: 10)
                if legend.count > 3 { legend = [label + words.themeCount(names.count)] }
                for text in legend {
                    y += 17
                    svg.text(text, x: 984, y: y, size: 12, fill: "#555555")
                }
            }
        }
        let latest = shown.last.map { words.positionIn($0.label) } ?? ""
        svg.text(
            SVGText.fitted(words.questions + latest, width: width - 64, size: 16, bold: true), x: 32, y: listTop,
            size: 16, weight: "bold")
        var lineY = listTop + 12
        for line in questionLines {
            lineY += line.bold ? 27 : 19
            if let position = line.position { svg.text(position, x: 40, y: lineY, size: 13, weight: "bold") }
            svg.text(
                line.text, x: line.bold ? 32 : 102, y: lineY, size: line.size, weight: line.bold ? "bold" : "normal")
        }
        return svg.finished()
    }
}

extension ChangeLog {
    /// Changes per IDG dimension as bars, with count and share, and the unclassified ones.
    public func idgSVG(language: Language) -> String {
        let words = ChartWords.of(language)
        let report = self.report()
        let rows: [(String, Int, String)] =
            IDGDimension.allCases.map { ($0.label[language], report.count($0), ChartColors.dimensions[$0] ?? "#999") }
            + (report.unclassified > 0 ? [(words.unclassified, report.unclassified, "#bab0ac")] : [])
        let margin = 32.0, labelWidth = 300.0, barWidth = 600.0, rowHeight = 56.0
        let width = margin * 2 + labelWidth + barWidth + 160
        let subtitle = words.changesPerDimension(report.total)
        let heading = SVGDocument.heading(title: title, subtitle: subtitle, width: width - margin * 2)
        let top = heading.height + 30
        // The same note as the text report when the whole percentages, each rounded once, do not add up to 100.
        let offSum = WholePercent.partition(rows.map(\.1)).offSum
        let height = top + rowHeight * Double(rows.count) + 60 + (offSum == nil ? 0 : 30)
        var svg = SVGDocument(
            width: width, height: height, title: words.idgTitle + title, language: language,
            description: report.text(for: self, language: language))
        svg.heading(heading, x: margin)
        let most = max(1, rows.map(\.1).max() ?? 1)
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            svg.text(SVGText.fitted(row.0, width: labelWidth - 16, size: 16), x: margin, y: y + 28, size: 16)
            let length = barWidth * Double(row.1) / Double(most)
            svg.rect(x: margin + labelWidth, y: y + 8, width: length, height: 30, fill: row.2, radius: 4)
            let percent = report.percent(row.1)  // rounded once from the count, as in the report text
            svg.text(
                "\(row.1) (\(percent)%)", x: margin + labelWidth + length + 10, y: y + 29, size: 15, weight: "bold")
        }
        if let offSum {
            svg.text(
                WholePercent.sumNote(offSum, language), x: margin, y: top + rowHeight * Double(rows.count) + 30,
                size: 14, fill: "#555555")
        }
        return svg.finished()
    }
}
