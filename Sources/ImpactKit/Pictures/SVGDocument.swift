/// A standalone SVG picture being drawn: the frame every picture (the poster and the charts) shares (size, accessible title, background, font)
/// and small shape helpers. Every text passes through SVGText, so no user string can add markup.
struct SVGDocument {
    private(set) var parts: [String] = []
    let width: Double
    let height: Double

    /// `description`: what the picture shows, as text (the report's text), for whoever cannot see it: with
    /// role="img" assistive technology reads the title as the picture's name and the description as its
    /// description, in `language`.
    init(width: Double, height: Double, title: String, language: Language, description: String) {
        self.width = width
        self.height = height
        let w = SVGText.number(width), h = SVGText.number(height)
        let lang = language.rawValue
        parts.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" font-family=\"DejaVu Sans, Arial, sans-serif\" role=\"img\" lang=\"\(lang)\" xml:lang=\"\(lang)\" aria-labelledby=\"ik-title\" aria-describedby=\"ik-desc\">"
        )
        parts.append("<title id=\"ik-title\">\(SVGText.escape(title))</title>")
        parts.append("<desc id=\"ik-desc\">\(SVGText.escape(description))</desc>")
        parts.append("<rect width=\"100%\" height=\"100%\" fill=\"#fbfaf7\"/>")
    }

    mutating func text(
        _ content: String, x: Double, y: Double, size: Double, weight: String = "normal",
        fill: String = "#222", anchor: String = "start"
    ) {
        parts.append(SVGText.element(content, x: x, y: y, size: size, weight: weight, fill: fill, anchor: anchor))
    }

    /// `fill` and `stroke` are ImpactKit's own colours (never user input).
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil,
        radius: Double = 0, opacity: Double = 1
    ) {
        var element =
            "<rect x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(max(0, width)))\" height=\"\(SVGText.number(max(0, height)))\" fill=\"\(fill)\""
        if let stroke { element += " stroke=\"\(stroke)\"" }
        if radius > 0 { element += " rx=\"\(SVGText.number(radius))\"" }
        if opacity < 1 { element += " fill-opacity=\"\(rounded(max(0, opacity)))\"" }
        parts.append(element + "/>")
    }

    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dashed: Bool = false
    ) {
        parts.append(
            "<line x1=\"\(SVGText.number(x1))\" y1=\"\(SVGText.number(y1))\" x2=\"\(SVGText.number(x2))\" y2=\"\(SVGText.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(SVGText.number(width))\"\(dashed ? " stroke-dasharray=\"4 4\"" : "")/>"
        )
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, stroke: String, opacity: Double) {
        let list = points.map { "\(SVGText.number($0.0)),\(SVGText.number($0.1))" }.joined(separator: " ")
        parts.append(
            "<polygon points=\"\(list)\" fill=\"\(fill)\" fill-opacity=\"\(rounded(opacity))\" stroke=\"\(stroke)\" stroke-width=\"2.5\"/>"
        )
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        parts.append(
            "<circle cx=\"\(SVGText.number(x))\" cy=\"\(SVGText.number(y))\" r=\"\(SVGText.number(radius))\" fill=\"\(fill)\"/>"
        )
    }

    /// A legend row of coloured squares with labels, left to right from (x, y).
    mutating func legend(_ entries: [(color: String, label: String)], x: Double, y: Double, size: Double = 14) {
        var cursor = x
        for entry in entries {
            rect(x: cursor, y: y - size + 2, width: size, height: size, fill: entry.color, radius: 3)
            let label = SVGText.fitted(entry.label, width: 360, size: size)
            text(label, x: cursor + size + 6, y: y, size: size)
            cursor += size + 22 + SVGText.width(label, size: size)
        }
    }

    /// A chart's title (30 px bold, up to three lines) and subtitle (16 px, up to two), wrapped to `width`: the
    /// lines and the height they take from the top of the picture, measured before the picture's size is known.
    static func heading(
        title: String, subtitle: String, width: Double
    ) -> (title: [String], subtitle: [String], height: Double) {
        let titleLines = SVGText.lines(title, width: width, size: 30, bold: true, maximum: 3)
        let subtitleLines = SVGText.lines(subtitle, width: width, size: 16, maximum: 2)
        return (titleLines, subtitleLines, 16 + Double(titleLines.count) * 36 + Double(subtitleLines.count) * 22)
    }

    /// Draws what `heading` measured, from the top left margin.
    mutating func heading(_ heading: (title: [String], subtitle: [String], height: Double), x: Double) {
        var y = 16.0
        for line in heading.title { y += 36; text(line, x: x, y: y, size: 30, weight: "bold") }
        for line in heading.subtitle { y += 22; text(line, x: x, y: y, size: 16, fill: "#555555") }
    }

    /// Elements already written as SVG text (the canvas poster draws its own chips).
    mutating func append(_ elements: [String]) {
        parts.append(contentsOf: elements)
    }

    func finished() -> String { (parts + ["</svg>"]).joined(separator: "\n") + "\n" }
}
