#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CHost

/// A file written whole or not at all — one implementation for every host (`ik_document_save`, Python's and PHP's
/// `save`, the CLI). The bytes go to an exclusive temporary beside the target (mkstemp: a planted symbolic link
/// or another run's temporary is never opened), and `commit` gives it the target's mode and owner (0666 less the
/// umask for a new file), flushes it to disk, renames it over the target and flushes the folder: a reader, a
/// second writer or a crash sees the old file or the new one, never a mix. Dropped uncommitted, it leaves nothing
/// behind, and temporaries a killed writer left (".NAME.impact-PID-…" of a process that is gone) are removed. A
/// symbolic link is written through (the file it names is replaced, the link stays); a FIFO, device, socket or
/// directory is refused. Every failure is IK_EIO naming the file and the system's reason.
package final class AtomicFile {
    private let path: FilePath
    private let target: FilePath
    private let existing: stat?
    private let temporary: FilePath
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16

    package init(_ path: FilePath) throws {
        self.path = path
        (target, existing) = try Self.regularTarget(path)
        let (directory, name) = target.split
        let prefix = Self.temporaryPrefix(of: name)
        Self.removeStaleTemporaries(in: directory, prefix: prefix)
        // The temporary's name says whose it is (process id), so a later run can clean up after a kill.
        var template =
            directory.appending(prefix + Array("\(getpid())-XXXXXX".utf8)).bytes.map { CChar(bitPattern: $0) } + [0]
        descriptor = mkstemp(&template)
        temporary = FilePath(bytes: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) })
        guard descriptor >= 0 else {
            throw ImpactKitError(
                .io,
                "cannot write \(path.shown): \(FilePath.reason()) (creating a temporary file in \(directory.shown))")
        }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { discard() }

    /// Writes `bytes` to `path` whole or not at all.
    package static func write(_ bytes: [UInt8], to path: FilePath) throws {
        let file = try AtomicFile(path)
        try file.write(bytes)
        try file.commit()
    }

    package func write(_ bytes: [UInt8]) throws {
        if buffer.count + bytes.count > Self.bufferSize { try flush() }
        if bytes.count >= Self.bufferSize { try writeOut(bytes) } else { buffer += bytes }
    }

    /// Makes the written bytes the target's content (see the type's comment). Throws, leaving the target as it
    /// was, when any step fails.
    package func commit() throws {
        try flush()
        if let existing {
            // Keep who may read it: a private 0600 file stays private. Owner too where we may (root).
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else { throw failure(" (keeping its mode)") }
        } else {
            guard fchmod(descriptor, 0o666 & ~Self.currentUmask()) == 0 else { throw failure("") }
        }
        guard fsync(descriptor) == 0 else { throw failure("") }
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw failure("") }
        let renamed = temporary.withCString { from in target.withCString { rename(from, $0) } }
        guard renamed == 0 else { throw failure("") }
        // The rename is on disk only once the folder is: without this a crash can bring back the old name.
        let folder = target.split.directory.withCString { chost_open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// Removes the temporary (a no-op after `commit`).
    package func discard() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        _ = temporary.withCString { unlink($0) }
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
            if count < 0, chost_errno() == EINTR { continue }
            guard count > 0 else { throw failure("") }
            written += count
        }
    }

    private func failure(_ what: String) -> ImpactKitError {
        let why = FilePath.reason()
        discard()
        _ = temporary.withCString { unlink($0) }
        return ImpactKitError(.io, "cannot write \(path.shown): \(why)\(what)")
    }

    /// The regular file a write to `path` replaces (`path`, or the file a symbolic link names) and its status, nil
    /// for a new file: looked at once, here.
    package static func regularTarget(_ path: FilePath) throws -> (path: FilePath, status: stat?) {
        var status = stat()
        guard path.withCString({ lstat($0, &status) }) == 0 else { return (path, nil) }  // a new file
        var target = path
        if chost_file_type(status.st_mode) == chost_link() {
            guard let resolved = path.withCString({ realpath($0, nil) }) else {
                throw ImpactKitError(
                    .io,
                    "cannot write \(path.shown): a symbolic link to a file that cannot be reached (\(FilePath.reason()))"
                )
            }
            target = FilePath(bytes: Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved))))
            free(resolved)
            guard target.withCString({ stat($0, &status) }) == 0 else {
                throw ImpactKitError(.io, "cannot write \(path.shown): \(FilePath.reason())")
            }
        }
        let type = chost_file_type(status.st_mode)
        let kind: String? =
            switch type {
            case chost_regular(): nil
            case chost_directory(): "a directory"
            case chost_fifo(): "a FIFO"
            case chost_character_device(), chost_block_device(): "a device"
            case chost_socket(): "a socket"
            default: "not a regular file"
            }
        if let kind {
            throw ImpactKitError(.io, "cannot write \(path.shown): it is \(kind); ImpactKit writes regular files only")
        }
        return (target, status)
    }

    /// "." + the name + ".impact-", the name shortened (at a UTF-8 character boundary) so that the temporary's
    /// name, with its process id and six random characters, fits NAME_MAX (255 bytes) when the target's does.
    package static func temporaryPrefix(of name: [UInt8]) -> [UInt8] {
        let room = 255 - 1 - ".impact-".utf8.count - 10 - "-XXXXXX".utf8.count
        var kept = name.prefix(room)
        // Never cut inside a character: drop continuation bytes (10xxxxxx) and the lead byte they belong to.
        if kept.count < name.count {
            while let last = kept.last, last & 0xC0 == 0x80 { kept.removeLast() }
            if let last = kept.last, last >= 0xC0 { kept.removeLast() }
        }
        return [UInt8(ascii: ".")] + kept + Array(".impact-".utf8)
    }

    /// Removes temporaries left by writers that were killed mid-write (their process is gone).
    private static func removeStaleTemporaries(in directory: FilePath, prefix: [UInt8]) {
        guard let names = directory.names() else { return }
        for name in names where name.starts(with: prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: UInt8(ascii: "-")),
                let pid = Int32(String(decoding: rest[..<dash], as: UTF8.self)), pid > 0
            else { continue }
            if pid != getpid(), kill(pid, 0) != 0, chost_errno() == ESRCH {
                _ = directory.appending(name).withCString { unlink($0) }
            }
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

extension ImpactDocument {
    /// Writes the document to `path` whole or not at all (AtomicFile), as `json(within:)` writes it: indented, or
    /// compact when indenting would take it over `limits`, so that it reads back with the limits it was read with.
    package func save(to path: FilePath, within limits: Limits) throws {
        let output = jsonOutput(within: limits)
        guard !output.failed else { throw ImpactKitError(.noMemory, "out of memory") }
        try AtomicFile.write(output.array(), to: path)
    }
}
