import Foundation

/// Output for people. Document text is anyone's text: an ESC or OSC sequence in a card's title could recolour,
/// retitle or rewrite the user's terminal. When the stream is a terminal, control characters other than newline
/// and tab are shown as visible escapes (`\x1b`, `\u009b`); a pipe or file gets the bytes unchanged.
enum Terminal {
    static func write(_ text: String, to descriptor: Int32 = STDOUT_FILENO) {
        let safe = isatty(descriptor) == 1 ? visible(text) : text
        let handle = descriptor == STDERR_FILENO ? FileHandle.standardError : FileHandle.standardOutput
        handle.write(Data(safe.utf8))
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
