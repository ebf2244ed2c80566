import Foundation
import ArgumentParser
import ImpactKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.validate)

    @Argument(help: helpText("ImpactKit JSON files."))
    var files: [String]

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    @OptionGroup var language: LanguageOption

    func run() throws {
        let words = CLIWords.of(try language.language())
        var failures = 0
        for path in files {
            do {
                let document = try Files.loadDocument(path)
                let summary: String
                if let canvas = document as? Canvas {
                    summary = words.placements(canvas.placements.count) + ", " + words.domains(canvas.domains.count)
                } else if let journey = document as? Journey {
                    summary = words.journey(journey.moments.count, journey.outcomes.count, journey.evidence.count)
                } else if let log = document as? ChangeLog {
                    summary = words.changeLog(log.changes.count, log.people.count)
                } else {
                    summary = type(of: document).schemaID
                }
                emit("\(path): OK (\(summary))\n")
            } catch {
                failures += 1
                printError(described(error))
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

/// The language of error messages: the command's --lang once it is read, the environment's until then.
enum Messages {
    nonisolated(unsafe) static var language = environmentLanguage()

    static func environmentLanguage() -> Language {
        let environment = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            // The first one set decides ("C" or "en_GB" mean English); an unknown language means English.
            let code = value.prefix { $0 != "_" && $0 != "." && $0 != "@" }
            return (try? Language(code: String(code))) ?? .en
        }
        return .en
    }
}

/// An error as the user reads it: a library error in the chosen language (code and pointer kept for searching),
/// anything else as it describes itself.
func described(_ error: Error) -> String {
    if let error = error as? ImpactKitError { return error.localizedDescription(Messages.language) }
    if let error = error as? CLIError { return error.text.map(localized) ?? error.description }
    return "\(error)"
}

/// One of the CLI's own messages in the chosen language (DutchCLIMessages), or as written when it has no entry.
func localized(_ english: ErrorText) -> String {
    guard Messages.language != .en else { return english.text }
    return ErrorMessages.translate(english, entries: DutchCLIMessages.entries, language: Messages.language)
        ?? ErrorMessages.translate(english.text, entries: DutchCLIMessages.entries, language: Messages.language)
        ?? english.text
}

func printError(_ text: String) {
    // Error messages quote document text too (ids, labels): the same escaping on a terminal as standard output.
    Terminal.write(withSystemReasons(text, in: Messages.language) + "\n", to: STDERR_FILENO)
}

/// The system's reason for a failed read or write (strerror, always English in the C library) in `language`, where
/// HelpWords.systemReasons has it: "kan het bestand niet lezen: bestand of map bestaat niet".
func withSystemReasons(_ text: String, in language: Language) -> String {
    var text = text
    for (english, translated) in HelpWords.of(language).systemReasons {
        text = text.replacingOccurrences(of: ": " + english, with: ": " + translated)
    }
    return text
}
