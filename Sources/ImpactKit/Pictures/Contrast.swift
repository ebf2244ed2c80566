#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// WCAG 2.x contrast between a text colour and the fill behind it, so that every picture picks an ink that is
/// readable (AA: 4.5 : 1 for normal text) on any fill, including a colour a template brings.
enum Contrast {
    static let dark = "#111111"
    static let light = "#ffffff"

    /// "#rrggbb" as 0…1 channels; nil for anything else.
    static func rgb(_ hex: String) -> (Double, Double, Double)? {
        let bytes = Array(hex.utf8)
        guard bytes.count == 7, bytes[0] == UInt8(ascii: "#") else { return nil }
        var channels: [Double] = []
        for index in stride(from: 1, to: 7, by: 2) {
            guard let value = UInt8(String(decoding: bytes[index...index + 1], as: UTF8.self), radix: 16) else {
                return nil
            }
            channels.append(Double(value) / 255)
        }
        return (channels[0], channels[1], channels[2])
    }

    /// Relative luminance (WCAG 2.x, sRGB).
    static func luminance(_ hex: String) -> Double {
        guard let (r, g, b) = rgb(hex) else { return 1 }
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    static func ratio(_ a: String, _ b: String) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// The ink (near-black or white) that reads better on `fill`.
    static func ink(on fill: String) -> String {
        ratio(dark, fill) >= ratio(light, fill) ? dark : light
    }

    /// `color` at `opacity` over `background`, as the eye sees it (for a shaded cell's ink).
    static func blend(_ color: String, opacity: Double, over background: String) -> String {
        guard let (r, g, b) = rgb(color), let (br, bg, bb) = rgb(background) else { return background }
        func channel(_ top: Double, _ bottom: Double) -> String {
            let value = Int(((top * opacity + bottom * (1 - opacity)) * 255).rounded())
            let hex = String(min(255, max(0, value)), radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(r, br) + channel(g, bg) + channel(b, bb)
    }
}
