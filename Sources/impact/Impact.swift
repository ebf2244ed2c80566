import ArgumentParser
import ImpactKit
import ImpactKitABI

@main
struct Impact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "Make the impact of hybrid learning environments visible (LIM canvas \"Impact in Beeld\").",
        version: IK_VERSION_STRING,
        subcommands: [
            Demo.self, New.self, Place.self, Unplace.self, Answer.self, Validate.self, Report.self, Compare.self, CohortCommand.self, Questions.self, Changes.self,
            Export.self, Render.self, Format.self, Template.self, ActiescanCommand.self, Domains.self,
        ])
}

/// `--lang nl|en`, shared by the commands that print for people.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of the texts: nl or en.")
    var lang: String = "en"

    func language() throws -> Language {
        do {
            return try Language(code: lang)
        } catch let error as ImpactKitError {
            throw ValidationError(error.message)
        }
    }
}
