import Foundation
import ImpactKit

/// File access for the CLI. Writes are atomic (temporary file, then rename) so an interrupted run leaves the
/// old file intact.
enum Files {
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read \(path)")
        }
        return [UInt8](data)
    }

    static func writeAtomically(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    static func loadCanvas(_ path: String) throws -> Canvas {
        let bytes = try read(path)
        do {
            return try bytes.withUnsafeBytes { try Canvas(json: $0) }
        } catch let error as ImpactKitError {
            throw CLIError("\(path): \(error)")
        }
    }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
