import ArgumentParser
import Foundation
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

extension [String] {
    /// Takes `--lang X` / `--lang=X` out of the options (before a `--`), for a command that has no --lang.
    mutating func removeLanguage() {
        var index = 0
        while index < count, self[index] != "--" {
            if self[index] == "--lang" {
                removeSubrange(index..<Swift.min(index + 2, count))
            } else if self[index].hasPrefix("--lang=") {
                remove(at: index)
            } else {
                index += 1
            }
        }
    }
}

/// swift-argument-parser's own usage errors in Dutch: the parser words them in English (no hook for another
/// language), so they are matched here, case by case, as the library's messages are. Anything not matched stays
/// as the parser wrote it.
enum ParserMessages {
    /// English pattern (`{}` = any text) → Dutch, `{1}` … the texts in order.
    static let dutch: [(english: String, dutch: String)] = [
        ("Error: Missing expected argument '--{}'", "Fout: de optie '--{1}' ontbreekt"),
        ("Error: Missing expected argument '{}'", "Fout: het argument '{1}' ontbreekt"),
        ("Error: Missing value for '{}'", "Fout: '{1}' heeft een waarde nodig"),
        ("Error: Unknown option '{}'", "Fout: onbekende optie '{1}'"),
        ("Error: Unknown option '{}'. Did you mean '{}'?", "Fout: onbekende optie '{1}'. Bedoel je '{2}'?"),
        ("Error: Unexpected argument '{}'", "Fout: onverwacht argument '{1}'"),
        ("Error: {} unexpected arguments: {}", "Fout: {1} onverwachte argumenten: {2}"),
        ("Error: The value '{}' is invalid for '{}'", "Fout: '{1}' is geen geldige waarde voor '{2}'"),
        ("Error: The value '{}' is invalid for '{}': {}", "Fout: '{1}' is geen geldige waarde voor '{2}': {3}"),
        (
            "Error: The value '{}' is invalid for '{}'. Please provide one of {}.",
            "Fout: '{1}' is geen geldige waarde voor '{2}'; kies uit {3}."
        ),
        (
            "Error: The value '{}' is invalid for '{}'. Please provide one of the following:",
            "Fout: '{1}' is geen geldige waarde voor '{2}'; kies uit:"
        ),
        ("Error: {}", "Fout: {1}"),
        ("Usage: {}", "Gebruik: {1}"),
        ("  See '{}' for more information.", "  Zie '{1}' voor meer uitleg."),
        ("  See '{}' for more details.", "  Zie '{1}' voor meer uitleg."),
        ("Help:  {}", "Hulp:  {1}"),
        // The help's own headings and lines (a help request reaches the user through here too).
        ("OVERVIEW: {}", "OVERZICHT: {1}"),
        ("USAGE: {}", "GEBRUIK: {1}"),
        (
            "  See 'impact help <subcommand>' for detailed help.",
            "  Zie 'impact help <opdracht>' voor uitgebreide hulp."
        ),
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
            let words = HelpWords.of(language)
            if let heading = words.lines[line] { return heading }
            for (english, translated) in words.pieces {
                line = line.replacingOccurrences(of: english, with: translated)
            }
            guard let sentence = ErrorMessages.translate(line, entries: dutch, language: language) else { return line }
            // A value list the parser wrote ("'svg', 'png' or 'pdf'") inside the translated sentence.
            return sentence.replacingOccurrences(of: "' \(HelpWords.en.or) '", with: "' \(words.or) '")
        }.joined(separator: "\n")
    }
}
