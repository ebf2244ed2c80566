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
    ///
    /// The files are read, hashed and summarised on `jobs` threads a batch at a time (memory stays that of a batch,
    /// never the folder's), and folded in name order on the calling thread, so the report is the same for any
    /// `jobs`. `progress(done, total)` is called on the calling thread after each document is folded in.
    package mutating func add(
        folder: FilePath, limits: Limits, cache: inout CohortCache?, jobs: Int = 1,
        progress: ((Int, Int) -> Void)? = nil
    )
        throws -> (added: Int, skipped: [(source: String, error: ImpactKitError)])
    {
        let names = try DocumentFolder.names(in: folder)
        let workers = max(1, jobs)
        let batchSize = workers == 1 ? 1 : max(64, workers * 16)
        var added = 0
        var skipped: [(source: String, error: ImpactKitError)] = []
        var done = 0
        for start in stride(from: 0, to: names.count, by: batchSize) {
            let batch = FolderBatch(
                folder: folder, names: Array(names[start..<min(start + batchSize, names.count)]), limits: limits,
                cache: cache)
            let threads = min(workers, batch.names.count)
            WorkerThreads.run(threads) { worker in
                for index in stride(from: worker, to: batch.names.count, by: threads) { batch.read(index) }
            }
            // Dropped before the fold changes the cache: a snapshot still held would make every batch copy it.
            batch.cache = nil
            for (index, name) in batch.names.enumerated() {
                let source = FilePath(bytes: name).shown
                // Every slot is filled by its worker; an empty one would be a bug, reported rather than trapped.
                let read = batch.results[index] ?? FolderRead(ImpactKitError(.io, "\(source) was not read"))
                if let summary = read.summary {
                    cache?.keep(summary, for: read.digest, cached: read.cached)
                    add(summary, source: source)
                    added += 1
                } else {
                    let error = read.error ?? ImpactKitError(.io, "\(source) was not read")
                    skip(source: source, error: error)
                    skipped.append((source, error))
                }
                done += 1
                progress?(done, names.count)
            }
        }
        return (added, skipped)
    }
}

/// What a worker made of one file: its summary (with its digest, and whether the cache had it) or why not. A class
/// in the slot, not an optional enum: an optional `Result` of this size is told apart by a tag word that valgrind saw
/// read with a byte the `.failure` case never writes (CI's memcheck of the Python tests).
private final class FolderRead: @unchecked Sendable {
    let summary: CohortSummary?
    let digest: String
    let cached: Bool
    let error: ImpactKitError?

    init(_ summary: CohortSummary, digest: String, cached: Bool) {
        self.summary = summary
        self.digest = digest
        self.cached = cached
        error = nil
    }

    init(_ error: ImpactKitError) {
        summary = nil
        digest = ""
        cached = false
        self.error = error
    }
}

/// A batch of a folder's files, read by worker threads into slots of their own. Everything the workers touch is
/// read-only (the cache is a copy taken before the batch; CohortCache.summary changes nothing).
private final class FolderBatch: @unchecked Sendable {
    let folder: FilePath
    let names: [[UInt8]]
    let limits: Limits
    var cache: CohortCache?
    let results: WorkerSlots<FolderRead>

    init(folder: FilePath, names: [[UInt8]], limits: Limits, cache: CohortCache?) {
        self.folder = folder
        self.names = names
        self.limits = limits
        self.cache = cache
        results = WorkerSlots(count: names.count)
    }

    func read(_ index: Int) {
        do {
            let bytes = try DocumentFolder.read(folder.appending(names[index]), limit: limits.maxDocumentBytes)
            results[index] = try bytes.withUnsafeBytes { raw in
                if let cache {
                    let found = try cache.summary(json: raw, limits: limits)
                    return FolderRead(found.summary, digest: found.digest, cached: found.cached)
                }
                return FolderRead(try Cohort.summary(json: raw, limits: limits), digest: "", cached: false)
            }
        } catch let error as ImpactKitError {
            results[index] = FolderRead(error)
        } catch {
            results[index] = FolderRead(
                ImpactKitError(.io, "cannot read \(FilePath(bytes: names[index]).shown): \(error)"))
        }
    }
}
