/// Text for SVG: escaped so no user string can add markup or script to a page that embeds the picture, with
/// characters XML 1.0 forbids replaced, and wrapped or shortened to a width (estimated per character: no font
/// metrics are available without external tools).
enum SVGText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out += " "
            default:
                // XML 1.0 allows no other control characters, nor U+FFFE/U+FFFF.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// How many characters fit in `width` pixels at `size` (average glyph ≈ 0.55 em for sans-serif, 0.65 em bold).
    static func capacity(width: Double, size: Double, bold: Bool = false) -> Int {
        max(1, Int(width / (size * (bold ? 0.65 : 0.55))))
    }

    /// Cut to `limit` characters with an ellipsis.
    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(max(0, limit - 1))) + "…"
    }

    /// Words in lines of at most `limit` characters, at most `lines` lines (the last one shortened).
    static func wrap(_ text: String, limit: Int, lines maximum: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if candidate.count <= limit || current.isEmpty {
                current = shorten(candidate, to: limit)
            } else {
                lines.append(current)
                current = shorten(String(word), to: limit)
            }
        }
        if !current.isEmpty { lines.append(current) }
        guard lines.count > maximum, maximum > 0 else { return lines }
        var kept = Array(lines.prefix(maximum))
        kept[maximum - 1] = shorten(kept[maximum - 1] + " …", to: limit)
        return kept
    }

    /// A <text> element; `content` is escaped here.
    static func element(_ content: String, x: Double, y: Double, size: Double, weight: String = "normal",
                        fill: String = "#222", anchor: String = "start") -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\" font-weight=\"\(weight)\" fill=\"\(fill)\" text-anchor=\"\(anchor)\">\(escape(content))</text>"
    }

    /// Coordinates with at most one decimal.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e12 else { return "0" }
        let whole = Int64(tenths) / 10, rest = abs(Int64(tenths) % 10)
        return rest == 0 ? "\(Int64(tenths) < 0 && whole == 0 ? "-" : "")\(whole)" : "\(Int64(tenths) < 0 && whole == 0 ? "-" : "")\(whole).\(rest)"
    }
}
