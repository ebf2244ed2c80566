#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written whole or not at all. The bytes go to an exclusive temporary beside the target (mkstemp: a planted
/// symbolic link or another run's temporary is never opened), and `commit` gives it the target's mode and owner
/// (0666 less the umask for a new file), flushes it to disk, renames it over the target and flushes the folder: a
/// reader, a second run or a crash sees the old file or the new one, never a mix. Dropped uncommitted, it leaves
/// nothing behind. A symbolic link target is written through (the file it names is replaced, the link stays); a
/// FIFO, device, socket or directory is refused.
final class AtomicFile {
    /// The path as given, for messages.
    let path: String
    private let target: String
    private let existing: stat?
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16

    init(_ path: String) throws {
        self.path = RawPaths.display(path)
        (target, existing) = try Files.regularTarget(path)
        let (directory, name) = Files.split(target)
        let prefix = AtomicFile.temporaryPrefix(of: name)
        AtomicFile.removeStaleTemporaries(in: directory, prefix: prefix)
        // The temporary's name says whose it is (impact, process id), so a later run can clean up after a kill.
        var template = RawPaths.bytes(directory + "/" + prefix + "\(getpid())-XXXXXX").map { CChar(bitPattern: $0) } + [0]
        descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        temporary = RawPaths.decode(template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) })
        guard descriptor >= 0 else {
            throw CLIError("cannot write \(self.path): \(Files.reason()) (creating a temporary file in \(RawPaths.display(directory)))")
        }
        buffer.reserveCapacity(AtomicFile.bufferSize)
    }

    deinit { discard() }

    func write(_ bytes: [UInt8]) throws {
        if buffer.count + bytes.count > AtomicFile.bufferSize { try flush() }
        if bytes.count >= AtomicFile.bufferSize { try writeOut(bytes) } else { buffer += bytes }
    }

    /// Makes the written bytes the target's content (see the type's comment). Throws, leaving the target as it
    /// was, when any step fails.
    func commit() throws {
        try flush()
        if let existing {
            // Keep who may read it: a private 0600 file stays private. Owner too where we may (root).
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else { throw failure(" (keeping its mode)") }
        } else {
            guard fchmod(descriptor, 0o666 & ~AtomicFile.currentUmask()) == 0 else { throw failure("") }
        }
        guard fsync(descriptor) == 0 else { throw failure("") }
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw failure("") }
        let renamed = RawPaths.withCPath(temporary) { from in RawPaths.withCPath(target) { rename(from, $0) } }
        guard renamed == 0 else { throw failure("") }
        // The rename is on disk only once the folder is: without this a crash can bring back the old name.
        let (directory, _) = Files.split(target)
        let folder = RawPaths.withCPath(directory) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// Removes the temporary (a no-op after `commit`).
    func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        _ = RawPaths.withCPath(temporary) { unlink($0) }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try writeOut(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeOut(_ bytes: [UInt8]) throws {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return systemWrite(descriptor, base + written, buffer.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure("") }
            written += count
        }
    }

    private func failure(_ what: String) -> CLIError {
        let why = Files.reason()
        discard()
        _ = RawPaths.withCPath(temporary) { unlink($0) }
        return CLIError("cannot write \(path): \(why)\(what)")
    }

    /// "." + the name + ".impact-", with the name shortened (at a character boundary) so that the temporary's
    /// name, with its process id and six random characters, fits NAME_MAX (255 bytes) when the target's does.
    static func temporaryPrefix(of name: String) -> String {
        let room = 255 - ".".utf8.count - ".impact-".utf8.count - 10 - "-XXXXXX".utf8.count
        var kept = ""
        var bytes = 0
        for character in name {
            bytes += character.utf8.count
            if bytes > room { break }
            kept.append(character)
        }
        return "." + kept + ".impact-"
    }

    /// Removes temporaries left by impact runs that were killed mid-write (their process is gone).
    private static func removeStaleTemporaries(in directory: String, prefix: String) {
        guard let entries = try? Files.names(in: directory) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0 else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { _ = RawPaths.withCPath(directory + "/" + entry) { unlink($0) } }
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}

/// write(2), named apart from `AtomicFile.write`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
