#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CHost

/// A folder of documents as every host reads it (`ik_cohort_add_directory`, Python's and PHP's `add_directory`,
/// the CLI's cohort and export): its *.json files, hidden ones left out, in the byte order of their names; a file
/// that cannot be read is reported with IK_EIO and the run goes on — before, the CLI reported and skipped it,
/// Python stopped with an OSError and PHP skipped it without a word.
package enum DocumentFolder {
    /// The names of the folder's documents; IK_EIO when the folder cannot be listed.
    package static func names(in folder: FilePath) throws -> [[UInt8]] {
        guard let names = folder.names() else {
            throw ImpactKitError(.io, "cannot list the folder \(folder.shown): \(FilePath.reason())")
        }
        return names.filter { name in
            name.first != UInt8(ascii: ".") && name.count > 5 && name.suffix(5).elementsEqual(".json".utf8)
        }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// A file's bytes, read whole; IK_ELIMIT without reading it when it is over `limit` bytes, IK_EIO when it cannot
    /// be read (no permission, a directory named *.json, gone since the listing).
    package static func read(_ file: FilePath, limit: Int) throws -> [UInt8] {
        let descriptor = file.withCString { chost_open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw ImpactKitError(.io, "cannot read \(file.shown): \(FilePath.reason())") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ImpactKitError(.io, "cannot read \(file.shown): \(FilePath.reason())") }
        guard chost_file_type(status.st_mode) == chost_regular() else {
            throw ImpactKitError(.io, "cannot read \(file.shown): it is not a regular file")
        }
        guard status.st_size <= limit else {
            throw ImpactKitError(.limit, "the document is \(status.st_size) bytes, over the limit of \(limit)")
        }
        // One byte more than the limit is asked for, so a file that grew since fstat is still caught.
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return systemRead(descriptor, base + count, buffer.count - count)
            }
            if got < 0, chost_errno() == EINTR { continue }
            guard got >= 0 else { throw ImpactKitError(.io, "cannot read \(file.shown): \(FilePath.reason())") }
            if got == 0 { break }
            count += got
        }
        guard count <= limit else { throw ImpactKitError(.limit, "the document is over the limit of \(limit) bytes") }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}

extension Cohort {
    /// Adds every document of `folder` (DocumentFolder) and returns how many were added; each one that cannot be
    /// read or refused is listed under "skipped" and returned with its error, and the run goes on. IK_EIO when the
    /// folder itself cannot be listed (nothing added then).
    package mutating func add(folder: FilePath, limits: Limits, cache: inout CohortCache?)
        throws -> (added: Int, skipped: [(source: String, error: ImpactKitError)])
    {
        var added = 0
        var skipped: [(source: String, error: ImpactKitError)] = []
        for name in try DocumentFolder.names(in: folder) {
            let source = FilePath(bytes: name).shown
            let bytes: [UInt8]
            do {
                bytes = try DocumentFolder.read(folder.appending(name), limit: limits.maxDocumentBytes)
            } catch let error as ImpactKitError {
                skip(source: source, error: error)
                skipped.append((source, error))
                continue
            }
            do {
                // add(json:) lists a document it refuses under "skipped" itself.
                try bytes.withUnsafeBytes { raw in
                    if var present = cache {
                        cache = nil  // moved out and back, so the cache is not copied
                        defer { cache = present }
                        try add(json: raw, source: source, limits: limits, cache: &present)
                    } else {
                        try add(json: raw, source: source, limits: limits)
                    }
                }
                added += 1
            } catch let error as ImpactKitError {
                skipped.append((source, error))
            }
        }
        return (added, skipped)
    }
}

/// read(2), named apart from `DocumentFolder.read`.
private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, bytes, count)
}
