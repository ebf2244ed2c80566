/// How wide a text is drawn in DejaVu Sans (the font every picture names first), from the font's own advance widths
/// (DejaVuMetrics, generated from the font files): what lets a picture wrap a card text to its cell instead of
/// guessing per character. Kerning is left out (it narrows a line by a pixel or two, never widens it much).
enum TextMeasure {
    private static let regular = decode(DejaVuMetrics.regularHex)
    private static let bold = decode(DejaVuMetrics.boldHex)

    /// Width in pixels of `text` at font size `size`.
    static func width(_ text: String, size: Double, bold isBold: Bool = false) -> Double {
        let table = isBold ? bold : regular
        var units = 0.0
        for scalar in text.unicodeScalars { units += advance(scalar, table) }
        return units / DejaVuMetrics.unitsPerEm * size
    }

    /// A scalar's advance in font units. Outside the table: combining marks and zero-width characters take no
    /// room; wide East Asian characters and emoji (drawn from a fallback font) a full em or a little more; anything
    /// else the width of a wide lowercase letter, so an unknown script wraps early rather than overflows.
    private static func advance(_ scalar: Unicode.Scalar, _ table: [[UInt16]]) -> Double {
        let value = scalar.value
        for (index, range) in DejaVuMetrics.ranges.enumerated() where range.contains(value) {
            let width = table[index][Int(value - range.lowerBound)]
            if width > 0 { return Double(width) }
            break
        }
        let em = DejaVuMetrics.unitsPerEm
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F, 0x1AB0...0x1AFF, 0x20D0...0x20FF: return 0
        case 0x1F000...0x1FAFF: return em * 1.2
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return em
        default: return em * 0.65
        }
    }

    private static func decode(_ rows: [StaticString]) -> [[UInt16]] {
        rows.map { row in
            row.withUTF8Buffer { bytes in
                var widths: [UInt16] = []
                widths.reserveCapacity(bytes.count / 3)
                var value: UInt16 = 0
                for (index, byte) in bytes.enumerated() {
                    let digit = byte <= 57 ? UInt16(byte &- 48) : UInt16(byte &- 87)
                    value = value &* 16 &+ digit
                    if index % 3 == 2 {
                        widths.append(value)
                        value = 0
                    }
                }
                return widths
            }
        }
    }
}
