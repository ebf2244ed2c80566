import ArgumentParser
import ImpactKit

/// `impact merge BASE OURS THEIRS -o MERGED`: two copies of one canvas edited apart (offline, on two hosts), merged
/// with their common base; the conflicts are printed, never silently dropped.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two copies of one canvas edited from a common base; prints the conflicts.",
        discussion: """
            Example: impact merge week5-base.json week5-laptop.json week5-lms.json -o week5.json
            What each side changed is kept. Where both changed one thing differently, one version is kept by a rule
            that does not depend on the order of OURS and THEIRS (the later "at", else the JSON that sorts last) and
            the other is named in the report. Exit status 0 also with conflicts (they are resolved and reported).
            """)

    @Argument(help: "The version both copies started from.")
    var base: String

    @Argument(help: "One edited copy.")
    var ours: String

    @Argument(help: "The other edited copy.")
    var theirs: String

    @Option(name: .shortAndLong, help: "Write the merged canvas here.")
    var output: String

    @Option(help: "The report: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var language: LanguageOption

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        let merge = try exitOnError { () throws -> CanvasMerge in
            let common = try Files.loadCanvas(base), mine = try Files.loadCanvas(ours), other = try Files.loadCanvas(theirs)
            do { return try CanvasMerge(base: common, ours: mine, theirs: other) } catch let error as ImpactKitError {
                throw CLIError("\(ours), \(theirs): \(described(error))")
            }
        }
        try exitOnError {
            try Files.locked(output) { try Files.writeDocument(JSONWriter.string(merge.canvas.jsonValue), to: output) }
        }
        switch format {
        case .json: emit(JSONWriter.string(merge.reportJSON(language: lang)))
        case .text: emit(merge.text(language: lang))
        }
    }
}
