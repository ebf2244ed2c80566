import ArgumentParser
import ImpactKit

extension Messages {
    /// The language a command line asks for, read before the parser runs (so the commands' one-line help and the
    /// parser's own errors can be in it): `--lang X` or `--lang=X` before a `--`, else the environment's.
    static func chooseLanguage(for arguments: [String]) {
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            let value: String? =
                argument == "--lang" && index + 1 < arguments.count
                ? arguments[index + 1] : argument.hasPrefix("--lang=") ? String(argument.dropFirst(7)) : nil
            if let value, let chosen = try? Language(code: value) {
                language = chosen
                return
            }
            index += 1
        }
        language = environmentLanguage()
    }
}

/// swift-argument-parser's own usage errors in Dutch: the parser words them in English (no hook for another
/// language), so they are matched here, case by case, as the library's messages are. Anything not matched stays
/// as the parser wrote it.
enum ParserMessages {
    /// English pattern (`{}` = any text) → Dutch, `{1}` … the texts in order.
    static let dutch: [(english: String, dutch: String)] = [
        ("Error: Missing expected argument '{}'", "Fout: het argument '{1}' ontbreekt"),
        ("Error: Missing value for '{}'", "Fout: '{1}' heeft een waarde nodig"),
        ("Error: Unknown option '{}'", "Fout: onbekende optie '{1}'"),
        ("Error: Unknown option '{}'. Did you mean '{}'?", "Fout: onbekende optie '{1}'. Bedoel je '{2}'?"),
        ("Error: Unexpected argument '{}'", "Fout: onverwacht argument '{1}'"),
        ("Error: {} unexpected arguments: {}", "Fout: {1} onverwachte argumenten: {2}"),
        ("Error: The value '{}' is invalid for '{}'", "Fout: de waarde '{1}' past niet bij '{2}'"),
        ("Error: The value '{}' is invalid for '{}': {}", "Fout: de waarde '{1}' past niet bij '{2}': {3}"),
        ("Error: {}", "Fout: {1}"),
        ("Usage: {}", "Gebruik: {1}"),
        ("  See '{}' for more information.", "  Zie '{1}' voor meer uitleg."),
        ("  See '{}' for more details.", "  Zie '{1}' voor meer uitleg."),
        ("Help:  {}", "Hulp:  {1}"),
    ]

    /// The parser's message in `language`, line by line, by this catalogue (ErrorMessages.translate: nil for
    /// English); a command's own check ("Error: " and a ValidationError's text) by the CLI's catalogue first.
    static func localized(_ message: String, _ language: Language) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { part in
            var line = String(part)
            if line.hasPrefix("Error: "),
                let own = ErrorMessages.translate(
                    String(line.dropFirst(7)), entries: DutchCLIMessages.entries, language: language)
            {
                line = "Error: " + own
            }
            return ErrorMessages.translate(line, entries: dutch, language: language) ?? line
        }.joined(separator: "\n")
    }
}
