import ArgumentParser
import ImpactKit
import ImpactKitABI

@main
struct Impact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: CommandAbstracts.chosen.impact,
        discussion: CommandDiscussions.chosen.impact,
        version: IK_VERSION_STRING,
        subcommands: [
            Demo.self, New.self, Place.self, Unplace.self, Move.self, Answer.self, Apply.self, MergeCommand.self,
            RevisionCommand.self, Validate.self, Report.self, Compare.self, CohortCommand.self, Questions.self,
            Changes.self,
            Export.self, Render.self, Format.self, Template.self, ActiescanCommand.self, Domains.self, Bake.self,
            Extract.self,
        ])

    /// The command line decoded byte for byte (RawPaths), so a file name that is not UTF-8 reaches the commands.
    /// The language is chosen first, so the commands' one-line help and the parser's errors are in it.
    static func main() {
        var arguments = Array(RawPaths.arguments().dropFirst())
        Messages.chooseLanguage(for: arguments)
        // `impact help place --lang nl`: the help command takes no options, but the language was chosen above.
        if arguments.first == "help" { arguments.removeLanguage() }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let first {
            let error = mistake(behind: first, in: arguments)
            let code = exitCode(for: error)
            let message = ParserMessages.localized(fullMessage(for: error), Messages.language)
            if !message.isEmpty {
                if code == .success { print(message) } else { printError(message) }
            }
            Self.exit(withError: code)  // an ExitCode: nothing more is printed
        }
    }
}

/// `--lang nl|en`, shared by the commands that print for people. Without it the language comes from the
/// environment (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them: "nl_NL.UTF-8" is Dutch), and else English.
/// The choice also sets the language of error messages (`Messages.language`).
struct LanguageOption: ParsableArguments {
    @Option(
        name: .long,
        help: helpText(
            "Language of the texts and messages: nl or en (default: from LC_ALL / LC_MESSAGES / LANG, else en)."),
        completion: Completions.languages)
    var lang: String?

    mutating func validate() throws {
        Messages.language = try language()
    }

    func language() throws -> Language {
        guard let lang else { return Messages.environmentLanguage() }
        do {
            return try Language(code: lang)
        } catch let error as ImpactKitError {
            throw ValidationError(error.localizedMessage(Messages.language))
        }
    }
}
