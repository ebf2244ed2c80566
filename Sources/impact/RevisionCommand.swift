import ArgumentParser
import ImpactKit

/// `impact revision FILE…`: each document's revision, to pass to an edit's --if-revision (compare and swap) or to
/// compare two copies: equal revisions mean equal content, whatever the files' key order and whitespace.
struct RevisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revision",
        abstract: CommandAbstracts.chosen.revision,
        discussion: CommandDiscussions.chosen.revision)

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
