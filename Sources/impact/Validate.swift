import Foundation
import ArgumentParser
import ImpactKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check ImpactKit documents of any type; prints OK or the error with its JSON pointer, line and column.")

    @Argument(help: "ImpactKit JSON files.")
    var files: [String]

    func run() throws {
        var failures = 0
        for path in files {
            do {
                let document = try Files.loadDocument(path)
                if let canvas = document as? Canvas {
                    print("\(path): OK (\(canvas.placements.count) placements, \(canvas.domains.count) domains)")
                } else if let journey = document as? Journey {
                    print(
                        "\(path): OK (journey: \(journey.moments.count) moments, \(journey.outcomes.count) outcomes, "
                            + "\(journey.evidence.count) pieces of evidence)")
                } else if let log = document as? ChangeLog {
                    print("\(path): OK (change log: \(log.changes.count) changes, \(log.people.count) people)")
                } else {
                    print("\(path): OK (\(type(of: document).schemaID))")
                }
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
