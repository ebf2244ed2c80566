import Foundation
import ImpactKit

/// File access for the CLI. Reads are refused by size before a byte is read; writes are atomic (temporary file,
/// then rename) so an interrupted run leaves the old file intact, and they never change what the target is.
enum Files {
    /// The limits documents are read under: the library's defaults, raised by `--max-document-bytes` and friends.
    nonisolated(unsafe) static var limits = Limits.default

    /// Whether anything (a file, a link, a directory) is at `path`.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return RawPaths.withCPath(path) { lstat($0, &status) } == 0
    }

    /// A document argument's bytes (a file, or a stream such as /dev/stdin), through the library's one bounded
    /// reader; refused by size before a byte is read where the file has a size.
    static func read(_ path: String) throws -> [UInt8] {
        let shown = RawPaths.display(path), limit = limits.maxDocumentBytes
        do {
            return try BoundedRead.bytes(of: filePath(path), limit: limit, streams: true)
        } catch .unreadable(let reason) {
            throw CLIError("\(shown): cannot read the file: \(reason)")
        } catch .directory {
            throw CLIError("\(shown): is a directory, not a document")
        } catch .notRegular {
            throw CLIError("\(shown): cannot read the file: it is not a regular file")
        } catch .overLimit(let size?) {
            throw CLIError("\(shown): \(size) bytes, over the limit of \(limit) (raise it with --max-document-bytes)")
        } catch .overLimit(nil) {
            throw CLIError("\(shown): more than \(limit) bytes, over the limit (raise it with --max-document-bytes)")
        }
    }

    /// Writes to a temporary file in the same folder, flushes it to disk, then renames it over the target: a
    /// reader (or a crash) sees the old file or the new one, never a mix. An existing file keeps its mode and
    /// owner; a new one gets 0666 less the umask, as any program's output would. A symbolic link is written
    /// through (the file it names is replaced, the link stays); a FIFO, device, socket or directory is refused.
    static func writeAtomically(_ text: String, to path: String) throws {
        try writeAtomically(Array(text.utf8), to: path)
    }

    static func writeAtomically(_ data: [UInt8], to path: String) throws {
        try hostPolicy { try AtomicFile.write(data, to: filePath(path)) }
    }

    /// The library's view of a path the CLI holds (argv's bytes, not necessarily UTF-8).
    static func filePath(_ path: String) -> FilePath { FilePath(bytes: RawPaths.bytes(path)) }

    /// Creates the folder and any missing parents, byte for byte (`mkdir -p`): Foundation's createDirectory took
    /// the text of a non-UTF-8 name, made a folder under a mangled name and left the real one missing.
    static func createDirectories(_ path: String) throws {
        let bytes = RawPaths.bytes(path)
        var prefix: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            prefix.append(byte)
            guard byte != UInt8(ascii: "/") || index == 0,
                index == bytes.count - 1 || bytes[index + 1] == UInt8(ascii: "/")
            else { continue }
            let made = FilePath(bytes: prefix).withCString { mkdir($0, 0o777) }
            if made != 0 && errno != EEXIST {
                throw CLIError("cannot create the folder \(RawPaths.display(path)): \(reason())")
            }
        }
        var status = stat()
        guard FilePath(bytes: bytes).withCString({ stat($0, &status) }) == 0, status.st_mode & S_IFMT == S_IFDIR else {
            throw CLIError("cannot create the folder \(RawPaths.display(path)): \(reason())")
        }
    }

    /// A host policy of the library (AtomicFile) run for the CLI: its error becomes the CLI's message, in the
    /// chosen language.
    static func hostPolicy<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as ImpactKitError {
            throw CLIError(verbatim: error.localizedMessage(Messages.language))
        }
    }

    /// A document's text as the library writes it within the limits: indented, or compact when indenting would
    /// take it over the size limit (`ImpactDocument.json(within:)`).
    static func documentText(_ value: JSONValue) -> String {
        let pretty = JSONWriter.string(value)
        return pretty.utf8.count <= limits.maxDocumentBytes ? pretty : JSONWriter.string(value, pretty: false)
    }

    /// Writes a document only when it could be read back under the same limits: pretty-printing can grow a
    /// document past the size limit, and a file ImpactKit then refuses is worse than no rewrite.
    static func writeDocument(_ text: String, to path: String) throws {
        let size = text.utf8.count
        guard size <= limits.maxDocumentBytes else {
            throw CLIError(
                """
                \(path): not written: it would be \(size) bytes, over the limit of \(limits.maxDocumentBytes) for \
                reading it back (raise it with --max-document-bytes here and wherever it is read)
                """)
        }
        try writeAtomically(text, to: path)
    }

    /// Runs `body` holding an exclusive advisory lock (flock) on the directory that holds `path` (through a
    /// symbolic link, the directory of the file it names, where the atomic rename happens): edits of one file by
    /// several impact processes then read, change and write one after another, so none is lost. The directory,
    /// not the file, is locked because the rename replaces the file's inode; no lock file is left behind. Other
    /// programs that write the file without this lock are not held back.
    static func locked<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let target = (try? AtomicFile.regularTarget(filePath(path)).path) ?? filePath(path)
        let directory = target.split.directory
        let fd = directory.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        let shown = (directory.shown, RawPaths.display(path))
        guard fd >= 0 else { throw CLIError("cannot lock \(shown.0) to edit \(shown.1): \(reason())") }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw CLIError("cannot lock \(shown.0) to edit \(shown.1): \(reason())") }
        }
        return try body()
    }

    /// Why the last system call failed, in words (errno): "No space left on device", "Permission denied".
    static func reason() -> String { String(cString: strerror(errno)) }

    /// Any ImpactKit document, of the type its "schema" names (DocumentRegistry); errors name the file.
    static func loadDocument(_ path: String) throws -> any ImpactDocument {
        let bytes = try read(path)
        do {
            return try bytes.withUnsafeBytes { try DocumentRegistry.open($0, limits: limits) }
        } catch let error as ImpactKitError {
            throw CLIError("\(RawPaths.display(path)): \(described(error))")
        }
    }

    /// A document of type `T`, or an error naming what the file is instead.
    static func load<T: ImpactDocument>(_ path: String, as _: T.Type, hint: String = "") throws -> T {
        let document = try loadDocument(path)
        guard let typed = document as? T else { throw wrongKind(path, document, needed: T.self, hint: hint) }
        return typed
    }

    /// The error for a document of another kind than the one a command works on.
    static func wrongKind<T: ImpactDocument>(
        _ path: String, _ document: any ImpactDocument, needed _: T.Type, hint: String = ""
    )
        -> CLIError
    {
        let kind = type(of: document).schemaID
        let needed = DocumentRegistry.described(T.kindName),
            found = DocumentRegistry.described(DocumentRegistry.kindName(of: kind))
        return hint.isEmpty
            ? CLIError("\(path): \(needed) is needed here, this is \(found) (\(kind))")
            : CLIError("\(path): \(needed) is needed here, this is \(found) (\(kind))\(hint)")
    }

    static func loadCanvas(_ path: String) throws -> Canvas { try load(path, as: Canvas.self) }

    /// The names of a folder's documents: its *.json files, hidden ones left out, in name order (what a cohort
    /// and an analytics export read).
    static func jsonFiles(in directory: String) throws -> [String] {
        try hostPolicy { try DocumentFolder.names(in: filePath(directory)).map { RawPaths.decode($0) } }
    }
}

/// One of the CLI's own errors: English as written, and which message it is (ErrorText), so the Dutch is made from
/// DutchCLIMessages by its identity.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    let text: ErrorText?

    init(_ text: ErrorText) {
        description = text.text
        self.text = text
    }

    /// A message made elsewhere (already in the chosen language, or the library's): shown as it is.
    init(verbatim description: String) {
        self.description = description
        text = nil
    }
}
