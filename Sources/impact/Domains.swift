import ArgumentParser
import ImpactKit

/// `impact domains FILE [DOMAIN…] [--all] [-o OUT]`: the selected-domains variant (LIM §8.2) without editing JSON.
struct Domains: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.domains,
        discussion: CommandDiscussions.chosen.domains)

    @Argument(help: helpText("The canvas file."))
    var file: String

    @Argument(help: helpText("Domain ids to work on, e.g. target-group partners."))
    var domains: [String] = []

    @Flag(help: helpText("Use all domains again."))
    var all = false

    @Flag(help: helpText("List the cards the group can lay (the template's deck and its own cards) instead."))
    var cards = false

    @Option(name: .shortAndLong, help: helpText("Write the changed canvas here instead of to standard output."))
    var output: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if all && !domains.isEmpty { throw ValidationError("give domains or --all, not both") }
        if cards && (all || !domains.isEmpty) {
            throw ValidationError("--cards only lists; leave out domains and --all")
        }
    }

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        var canvas = try exitOnError { try Files.loadCanvas(file) }
        if cards {
            for card in canvas.availableCards {
                emit("\(card.id)  \(card.kind.rawValue)  \(card.text[lang])" + "\n")
            }
            return
        }
        guard all || !domains.isEmpty else {
            let inUse = Set(canvas.domains.map(\.id))
            for domain in canvas.template.domains {
                emit("\(inUse.contains(domain.id) ? "*" : " ") \(domain.id)  \(domain.name[lang])" + "\n")
            }
            return
        }
        try exitOnError {
            do {
                try canvas.selectDomains(all ? nil : domains)
            } catch let error as ImpactKitError {
                throw CLIError("\(file): \(described(error))")
            }
        }
        let text = canvas.json() + "\n"
        if let output { try Files.writeDocument(text, to: output) } else { emit(text) }
    }
}
