/// Text for SVG: escaped so no user string can add markup or script to a page that embeds the picture, with
/// characters XML 1.0 forbids replaced, and wrapped to a width measured with the font's own metrics (TextMeasure).
enum SVGText {
    static func escape(_ text: String) -> String {
        // Most texts need nothing: one pass over the bytes finds out (control bytes, the five markup characters,
        // and the UTF-8 of U+FFFE/U+FFFF start EF BF) before any copy is made.
        let clean = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 && byte != 0x27 && byte != 0xEF
        }
        if clean { return text }
        // Byte by byte into a buffer (the text is valid UTF-8, so U+FFFE/U+FFFF are exactly EF BF BE/BF): appending
        // scalar by scalar to a String was a tenth of drawing a poster of untidy texts.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]  // U+FFFD
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x26: out += "&amp;".utf8
            case 0x3C: out += "&lt;".utf8
            case 0x3E: out += "&gt;".utf8
            case 0x22: out += "&quot;".utf8
            case 0x27: out += "&#39;".utf8
            case 0x09, 0x0A, 0x0D: out.append(0x20)
            // XML 1.0 allows no other control characters, nor U+FFFE/U+FFFF (EF BF BE, EF BF BF).
            case ..<0x20: out += replacement
            case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && bytes[index + 1] >= 0xBE:
                out += replacement
                index += 2
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text `escape` wrote, read back: the five entities it writes, in one pass over the bytes, so "&amp;lt;"
    /// stays "&lt;" (five passes of String replacing were a tenth of tagging a PDF with the picture's description).
    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        outer: while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&") {
                for (entity, character) in entities where bytes[index...].starts(with: entity) {
                    out.append(character)
                    index += entity.count
                    continue outer
                }
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let entities: [(entity: [UInt8], character: UInt8)] = [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
    ].map { (Array($0.utf8), UInt8(ascii: $1)) }

    /// The width of `text` in pixels as DejaVu Sans draws it.
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        TextMeasure.width(text, size: size, bold: bold)
    }

    /// `text` in lines no wider than `width` pixels: broken between words, a word wider than a line broken between
    /// characters (with a hyphen between two letters, as a long Dutch compound is), a newline kept as a break. With
    /// `maximum`, the last line kept ends in "…" when text was left out; without it every word is on a line.
    static func lines(_ text: String, width: Double, size: Double, bold: Bool = false, maximum: Int = .max) -> [String]
    {
        // Words are cut out of the unicode scalars (spaces, tabs and returns separate them, a newline ends a
        // paragraph): grapheme-based splitting cost more than the measuring on a 600-card poster.
        let space = self.width(" ", size: size, bold: bold)
        var lines: [String] = []
        var current = String.UnicodeScalarView(), currentWidth = 0.0
        var word = String.UnicodeScalarView()
        var paragraphHasText = false
        func endWord() {
            guard !word.isEmpty else { return }
            let text = String(word)
            let wordWidth = self.width(text, size: size, bold: bold)
            word = String.UnicodeScalarView()
            if !current.isEmpty, currentWidth + space + wordWidth <= width {
                current.append(" ")
                current.append(contentsOf: text.unicodeScalars)
                currentWidth += space + wordWidth
                return
            }
            if !current.isEmpty { lines.append(String(current)) }
            if wordWidth <= width {
                (current, currentWidth) = (text.unicodeScalars, wordWidth)
            } else {
                var pieces = broken(text, width: width, size: size, bold: bold)
                let last = pieces.removeLast()
                lines.append(contentsOf: pieces)
                (current, currentWidth) = (last.unicodeScalars, self.width(last, size: size, bold: bold))
            }
        }
        func endParagraph() {
            endWord()
            if !current.isEmpty || !paragraphHasText && !lines.isEmpty { lines.append(String(current)) }
            current = String.UnicodeScalarView()
            currentWidth = 0
            paragraphHasText = false
        }
        for scalar in text.unicodeScalars {
            if lines.count > maximum { break }
            switch scalar {
            case "\n": endParagraph()
            case " ", "\t", "\r": endWord()
            default:
                word.append(scalar)
                paragraphHasText = true
            }
        }
        if lines.count <= maximum { endParagraph() }
        while lines.last == "" { lines.removeLast() }
        guard lines.count > maximum, maximum > 0 else { return lines }
        var kept = Array(lines.prefix(maximum))
        kept[maximum - 1] = fitted(kept[maximum - 1] + " …", width: width, size: size, bold: bold)
        return kept
    }

    /// One line: `text` as is when it fits, else cut where it fits with "…".
    static func fitted(_ text: String, width: Double, size: Double, bold: Bool = false) -> String {
        guard self.width(text, size: size, bold: bold) > width else { return text }
        let ellipsis = self.width("…", size: size, bold: bold)
        var kept = "", keptWidth = 0.0
        for character in text {
            let next = self.width(String(character), size: size, bold: bold)
            if keptWidth + next + ellipsis > width { break }
            kept.append(character)
            keptWidth += next
        }
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }

    /// A word too wide for a line in pieces that fit, each but the last ending in "-" where it splits two letters
    /// (room for the hyphen is always kept, so a piece with one still fits).
    private static func broken(_ word: String, width: Double, size: Double, bold: Bool) -> [String] {
        let hyphen = self.width("-", size: size, bold: bold)
        var pieces: [String] = [], piece = "", pieceWidth = 0.0
        for character in word {
            let next = self.width(String(character), size: size, bold: bold)
            if !piece.isEmpty, pieceWidth + next + hyphen > width {
                let joinsLetters = (piece.last?.isLetter ?? false) && character.isLetter
                pieces.append(piece + (joinsLetters ? "-" : ""))
                (piece, pieceWidth) = ("", 0)
            }
            piece.append(character)
            pieceWidth += next
        }
        pieces.append(piece)
        return pieces
    }

    /// A <text> element; `content` is escaped here.
    static func element(
        _ content: String, x: Double, y: Double, size: Double, weight: String = "normal",
        fill: String = "#222", anchor: String = "start", style: String? = nil
    ) -> String {
        let italic = style.map { " font-style=\"\($0)\"" } ?? ""
        return
            "<text x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\" font-weight=\"\(weight)\"\(italic) fill=\"\(fill)\" text-anchor=\"\(anchor)\">\(escape(content))</text>"
    }

    /// Coordinates with at most one decimal.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e12 else { return "0" }
        let whole = Int64(tenths) / 10, rest = abs(Int64(tenths) % 10)
        return rest == 0
            ? "\(Int64(tenths) < 0 && whole == 0 ? "-" : "")\(whole)"
            : "\(Int64(tenths) < 0 && whole == 0 ? "-" : "")\(whole).\(rest)"
    }
}
