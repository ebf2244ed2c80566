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
        do {
            return try BoundedRead.bytes(of: file, limit: limit, streams: false)
        } catch .unreadable(let reason) {
            throw ImpactKitError(.io, "cannot read \(file.shown): \(reason)")
        } catch .directory, .notRegular {
            throw ImpactKitError(.io, "cannot read \(file.shown): it is not a regular file")
        } catch .overLimit(let size?) {
            throw ImpactKitError(.limit, "the document is \(size) bytes, over the limit of \(limit)")
        } catch .overLimit(nil) {
            throw ImpactKitError(.limit, "the document is over the limit of \(limit) bytes")
        }
    }
}

extension Cohort {
    /// Adds every document of `folder` (DocumentFolder) and returns how many were added; each one that cannot be
    /// read or refused is listed under "skipped" and returned with its error, and the run goes on. IK_EIO when the
    /// folder itself cannot be listed (nothing added then).
    package mutating func add(
        folder: FilePath, limits: Limits, cache: inout CohortCache?
    )
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
