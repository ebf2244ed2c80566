import Foundation
import ImpactKit

/// File access for the CLI. Writes are atomic (temporary file, then rename) so an interrupted run leaves the
/// old file intact.
enum Files {
    static func read(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): cannot read the file")
        }
        return [UInt8](data)
    }

    /// Writes to a temporary file in the same folder, flushes it to disk, then renames it over the target: a
    /// reader (or a crash) sees the old file or the new one, never a mix.
    static func writeAtomically(_ text: String, to path: String) throws {
        let directory = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array(((directory.isEmpty ? "." : directory) + "/." + name + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw CLIError("cannot create a temporary file next to \(path)") }
        let temporary = String(cString: template)
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return write(descriptor, base + written, buffer.count - written)
            }
            guard count > 0 else {
                close(descriptor)
                unlink(temporary)
                throw CLIError("cannot write \(path)")
            }
            written += count
        }
        fchmod(descriptor, 0o644)
        guard fsync(descriptor) == 0, close(descriptor) == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw CLIError("cannot write \(path)")
        }
    }

    /// Any ImpactKit document, of the type its "schema" names (DocumentRegistry); errors name the file.
    static func loadDocument(_ path: String) throws -> any ImpactDocument {
        let bytes = try read(path)
        do {
            return try bytes.withUnsafeBytes { try DocumentRegistry.open($0) }
        } catch let error as ImpactKitError {
            throw CLIError("\(path): \(error)")
        }
    }

    /// A document of type `T`, or an error naming what the file is instead.
    static func load<T: ImpactDocument>(_ path: String, as _: T.Type, hint: String = "") throws -> T {
        let document = try loadDocument(path)
        guard let typed = document as? T else {
            let kind = type(of: document).schemaID
            throw CLIError(
                "\(path): \(DocumentRegistry.described(T.kindName)) is needed here, this is "
                    + "\(DocumentRegistry.described(DocumentRegistry.kindName(of: kind))) (\(kind))\(hint)")
        }
        return typed
    }

    static func loadCanvas(_ path: String) throws -> Canvas { try load(path, as: Canvas.self) }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
