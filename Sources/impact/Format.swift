import ArgumentParser
import ImpactKit

struct Format: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.format)

    @Argument(help: helpText("Canvas or journey JSON files to rewrite in place."))
    var files: [String]

    @Flag(help: helpText("Only report which files are not in canonical form; exit 1 if any."))
    var check = false

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func run() throws {
        var failures = 0
        var differing = 0
        for path in files {
            do {
                let original = String(decoding: try Files.read(path), as: UTF8.self)
                let canonical = JSONWriter.string(try Files.loadDocument(path).jsonValue)
                guard canonical != original else { continue }
                differing += 1
                if check {
                    emit("\(path): not in canonical form" + "\n")
                } else {
                    try Files.writeDocument(canonical, to: path)
                    emit("\(path): rewritten" + "\n")
                }
            } catch {
                failures += 1
                printError(described(error))
            }
        }
        if failures > 0 || (check && differing > 0) { throw ExitCode(1) }
    }
}
