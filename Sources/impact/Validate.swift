import Foundation
import ArgumentParser
import ImpactKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check canvas files; prints OK or the error with its JSON pointer, line and column.")

    @Argument(help: "Canvas JSON files.")
    var files: [String]

    func run() throws {
        var failures = 0
        for path in files {
            do {
                let canvas = try Files.loadCanvas(path)
                print("\(path): OK (\(canvas.placements.count) placements, \(canvas.domains.count) domains)")
            } catch {
                failures += 1
                printError("\(error)")
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
