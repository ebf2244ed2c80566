import ArgumentParser
import ImpactKit

/// `impact template KIND`: a new instrument document to fill in, prefilled with what the seed gives.
struct Template: ParsableCommand {
    /// The kinds with a template, from the library's registry (no list of the CLI's own).
    static let kinds = DocumentRegistry.types.filter { $0.hasTemplate }.map { $0.kindName }

    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.template, discussion: CommandDiscussions.chosen.template(kinds))

    @Argument(help: ArgumentHelp(stringLiteral: listed(kinds, or: HelpWords.chosen.or) + "."))
    var kind: String

    @Option(name: .shortAndLong, help: helpText("Write the document here (atomically) instead of to standard output."))
    var output: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = try language.language()
        let document = try exitOnError { () throws -> any ImpactDocument in
            let type = try DocumentRegistry.type(named: kind)
            do {
                return try DocumentRegistry.template(type, language: lang)
            } catch let error as ImpactKitError where error.code == .notSupported {
                throw CLIError(
                    kind == "canvas" || kind == "journey"
                        ? "a \(kind) has no form to fill in: start one with `impact new \(kind) --title …`"
                        : "\(kind) has no template here")
            }
        }
        let text = JSONWriter.string(document.jsonValue)
        if let output {
            try Files.writeAtomically(text, to: output)
        } else {
            emit(text)
        }
    }
}

/// `impact actiescan compare FILE --from A --to B`.
struct ActiescanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actiescan", abstract: CommandAbstracts.chosen.actiescan, subcommands: [Compare.self])

    struct Compare: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandAbstracts.chosen.actiescanCompare)

        @Argument(help: helpText("An Actiescan JSON file."))
        var file: String

        @Option(help: helpText("Label of the earlier scan (default: the second-last)."))
        var from: String?

        @Option(help: helpText("Label of the later scan (default: the last)."))
        var to: String?

        @OptionGroup var language: LanguageOption

        @Option(help: helpText("Output format: text or json."))
        var format: OutputFormat = .text

        func run() throws {
            let lang = try language.language()
            let output = try exitOnError { () throws -> String in
                let scan = try Files.load(file, as: Actiescan.self)
                guard scan.scans.count >= 2 || (from != nil && to != nil) else {
                    throw CLIError("\(file) has \(scan.scans.count) scan(s); a comparison needs two")
                }
                let first = from ?? scan.scans[scan.scans.count - 2].label
                let second = to ?? scan.scans[scan.scans.count - 1].label
                let comparison = try scan.compare(from: first, to: second)
                switch format {
                case .text: return scan.text(of: comparison, language: lang)
                case .json: return JSONWriter.string(comparison.jsonValue(for: scan, language: lang))
                }
            }
            emit(output)
        }
    }
}

/// "a, b or c" ("a, b of c"): names as a sentence lists them.
func listed(_ names: [String], or conjunction: String = "or") -> String {
    names.count < 2
        ? names.joined() : names.dropLast().joined(separator: ", ") + " \(conjunction) " + (names.last ?? "")
}
