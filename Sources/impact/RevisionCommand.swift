import ArgumentParser
import ImpactKit

/// `impact revision FILE…`: each document's revision, to pass to an edit's --if-revision (compare and swap) or to
/// compare two copies: equal revisions mean equal content, whatever the files' key order and whitespace.
struct RevisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revision",
        abstract: CommandAbstracts.chosen.revision,
        discussion: """
            Example: rev=$(impact revision week1.json | cut -d' ' -f1); impact place week1.json --if-revision "$rev" …
            The edit is refused, and the file left as it is, when someone changed it after the revision was read.
            """)

    @Argument(help: helpText("ImpactKit JSON files."))
    var files: [String]

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func run() throws {
        var failures = 0
        for path in files {
            do {
                emit("\(try Files.loadDocument(path).revision)  \(path)\n")
            } catch {
                failures += 1
                printError(described(error))
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
