import Foundation
import ImpactKit

/// Output for people. Document text is anyone's text: an ESC or OSC sequence in a card's title could recolour,
/// retitle or rewrite the user's terminal. When the stream is a terminal, control characters other than newline
/// and tab are shown as visible escapes (`\x1b`, `\u009b`); a pipe or file gets the bytes unchanged.
enum Terminal {
    static func write(_ text: String, to descriptor: Int32 = STDOUT_FILENO) {
        var safe = isatty(descriptor) == 1 ? visible(text) : text
        // From the string's own storage: a 31 MiB poster was copied into a Data first.
        safe.withUTF8 { writeAll($0, to: descriptor) }
    }

    /// Bytes the library wrote (a report, JSON), sent as they are to a pipe or file — no String, no Data: the cohort
    /// report of 10⁵ groups was held three times on its way out. A terminal gets them through `visible` as text.
    static func write(_ output: borrowing OutputBytes, to descriptor: Int32 = STDOUT_FILENO) {
        guard isatty(descriptor) != 1 else {
            write(output.withBytes { String(decoding: $0, as: UTF8.self) }, to: descriptor)
            return
        }
        output.withBytes { writeAll($0, to: descriptor) }
    }

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(descriptor, next, left)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }  // a closed pipe: nothing more to say to it
            next += written
            left -= written
        }
    }

    /// `text` with C0 controls (except newline and tab), DEL and C1 controls written out as escapes.
    static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x09:
                result.append(scalar)
            case 0x00..<0x20, 0x7F:
                result.append(contentsOf: String(format: "\\x%02x", scalar.value).unicodeScalars)
            case 0x80..<0xA0:
                result.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }
}

/// Writes text for people to standard output (see `Terminal`); no newline is added.
func emit(_ text: String) {
    Terminal.write(text)
}
