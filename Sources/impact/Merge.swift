import ArgumentParser
import ImpactKit

/// `impact merge BASE OURS THEIRS -o MERGED`: two copies of one canvas edited apart (offline, on two hosts), merged
/// with their common base; the conflicts are printed, never silently dropped.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: CommandAbstracts.chosen.merge,
        discussion: CommandDiscussions.chosen.merge)

    @Argument(help: helpText("The version both copies started from."))
    var base: String

    @Argument(help: helpText("One edited copy."))
    var ours: String

    @Argument(help: helpText("The other edited copy."))
    var theirs: String

    @Option(name: .shortAndLong, help: helpText("Write the merged canvas here."))
    var output: String

    @Option(help: helpText("The report: text or json."))
    var format: OutputFormat = .text

    @OptionGroup var language: LanguageOption

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        // A journey merges moment by moment; anything else is read as a canvas (and refused as one).
        let (merged, report, text) = try exitOnError { () throws -> (JSONValue, JSONValue, String) in
            if try Files.loadDocument(base) is Journey {
                let common = try Files.load(base, as: Journey.self), mine = try Files.load(ours, as: Journey.self)
                let other = try Files.load(theirs, as: Journey.self)
                do {
                    let merge = try JourneyMerge(base: common, ours: mine, theirs: other)
                    return (
                        merge.journey.jsonValue, merge.reportValue(language: lang), merge.reportText(language: lang)
                    )
                } catch let error as ImpactKitError { throw CLIError("\(ours), \(theirs): \(described(error))") }
            }
            let common = try Files.loadCanvas(base), mine = try Files.loadCanvas(ours),
                other = try Files.loadCanvas(theirs)
            do {
                let merge = try CanvasMerge(base: common, ours: mine, theirs: other)
                return (merge.canvas.jsonValue, merge.reportValue(language: lang), merge.reportText(language: lang))
            } catch let error as ImpactKitError { throw CLIError("\(ours), \(theirs): \(described(error))") }
        }
        try exitOnError { try Files.locked(output) { try Files.writeDocument(Files.documentText(merged), to: output) } }
        switch format {
        case .json: emit(JSONWriter.string(report))
        case .text: emit(text)
        }
    }
}
