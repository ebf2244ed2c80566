import ArgumentParser
import Foundation
import ImpactKit

struct CohortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: CommandAbstracts.chosen.cohort,
        discussion: CommandDiscussions.chosen.cohort)

    @Argument(help: helpText("A folder of canvas and journey JSON files."))
    var directory: String

    @OptionGroup var language: LanguageOption

    @Option(help: helpText("Output format: text, json, csv (the heat map) or svg (the heat map as a picture)."))
    var format: CohortFormat = .text

    enum CohortFormat: String, ExpressibleByArgument, CaseIterable { case text, json, csv, svg }

    @Option(help: helpText("Flag a group whose latest canvas has more empty domains than this."))
    var maxEmptyDomains = CohortThresholds.default.maxEmptyDomains

    @Option(help: helpText("Flag a group with fewer result cards than this at a moment from --results-from-moment on."))
    var minResultCards = CohortThresholds.default.minResultCards

    @Option(help: helpText("The first moment (1-based) at which results are expected."))
    var resultsFromMoment = CohortThresholds.default.resultsExpectedFromMoment

    @Option(
        help: helpText("Flag a group that added fewer cards than this between two moments (and covered no new domain).")
    )
    var minCardsAdded = CohortThresholds.default.minCardsAdded

    @Flag(help: helpText("Exit 1 when any file had to be skipped."))
    var strict = false

    @Option(
        help: helpText("Keep each document's summary here between runs (created when missing, rewritten atomically)."))
    var cache: String?

    @Flag(help: helpText("With --cache: read and hash every file, even one whose size, time and inode are unchanged."))
    var verify = false

    @Option(
        help:
            helpText(
                "With --cache: a file holding a key (at least 16 bytes; default: $IMPACTKIT_CACHE_KEY) that seals the cache, so that only who holds the key can write a cache this run trusts."
            )
    )
    var cacheKeyFile: String?

    @OptionGroup var threads: ThreadOptions

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        var cohort = try exitOnError {
            do {
                return try Cohort(
                    thresholds: CohortThresholds(
                        maxEmptyDomains: maxEmptyDomains, minResultCards: minResultCards,
                        resultsExpectedFromMoment: resultsFromMoment, minCardsAdded: minCardsAdded))
            } catch let error as ImpactKitError {
                throw CLIError(verbatim: error.localizedMessage(Messages.language))
            }
        }
        let names = try exitOnError { try Files.jsonFiles(in: directory) }
        var store = try loadCache()
        let runStart = Int(time(nil))
        let progress = Progress(total: names.count)
        // Batches keep memory flat (a batch's documents at most, never the folder); within a batch the files are
        // read, hashed and summarised on `jobs` threads, and folded here in name order.
        let jobs = threads.jobs
        let batchSize = max(64, jobs * 16)
        var done = 0
        var byStamp = 0
        for start in stride(from: 0, to: names.count, by: batchSize) {
            let batch = Array(names[start..<min(start + batchSize, names.count)])
            let results = WorkerSlots<Outcome>(count: batch.count)
            // The workers read a snapshot of the cache; it is dropped before the fold below changes the cache, or
            // every batch would copy the whole cache (copy on write): quadratic in the folder's size.
            do {
                let lookup = store
                DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { worker in
                    for index in stride(from: worker, to: batch.count, by: min(jobs, batch.count)) {
                        results[index] = Self.read(
                            directory + "/" + batch[index], name: batch[index], cache: lookup,
                            trustStamps: !verify, runStart: runStart)
                    }
                }
            }
            for (index, name) in batch.enumerated() {
                let path = directory + "/" + name
                // Every slot is filled by its worker; an empty one would be a bug, reported rather than trapped.
                switch results[index] ?? .unreadable("not read") {
                case .summary(let summary, let digest, let cached, let stamp, let trusted):
                    if trusted { byStamp += 1 }
                    store?.keep(summary, for: digest, cached: cached)
                    if let stamp { store?.stamp(source: name, stamp: stamp, digest: digest) }
                    cohort.add(summary, source: name)
                case .refused(let error):
                    cohort.skip(source: name, error: error)
                    progress.clear()
                    printError(localized("skipped \(RawPaths.display(path)): \(described(error))"))
                case .unreadable(let why):
                    cohort.skip(source: name, error: ImpactKitError(.io, verbatim: why))
                    progress.clear()
                    printError(localized("skipped \(RawPaths.display(path)): \(why)"))
                }
                done += 1
                progress.show(done)
            }
        }
        // Rewritten only when something changed: a warm run over an unchanged folder writes nothing.
        if let cache, let store, !store.isUnchanged || !Files.exists(cache) { saveCache(store, to: cache) }
        progress.clear()
        // Said, not hidden: a file edited to the same size with its time set back is taken from the cache unread.
        if byStamp > 0 {
            printError(
                localized(
                    "cache: \(byStamp) of \(names.count) files taken from the cache unread, by their unchanged size, time and inode (--verify reads and hashes every file)"
                ))
        }
        switch format {
        case .text:
            // The text report says it too, where the reader looks; the JSON report stays byte for byte the report
            // of an uncached run (stderr says it there).
            let note = byStamp > 0 ? "\n" + CLIWords.of(lang).takenByStamp(byStamp, names.count) + "\n" : ""
            emit(cohort.reportText(language: lang) + note)
        case .json: Terminal.write(cohort.reportOutput(language: lang))
        case .csv: emit(cohort.heatMapCSV(language: lang).text)
        case .svg: emit(cohort.heatMapSVG(language: lang))
        }
        if strict && !cohort.skipped.isEmpty { throw ExitCode(1) }
    }
}

extension CohortCommand {
    enum Outcome: Sendable {
        /// `byStamp`: taken from the cache by its unchanged stamp, without reading the file.
        case summary(CohortSummary, digest: String, cached: Bool, stamp: String?, byStamp: Bool)
        case refused(ImpactKitError)
        case unreadable(String)
    }

    /// One file: found in the cache by its stamp, or read, hashed, found in the cache or summarised. Runs on a
    /// worker thread; touches nothing shared.
    static func read(_ path: String, name: String, cache: CohortCache?, trustStamps: Bool, runStart: Int) -> Outcome {
        // The stamp: size, modification time (ns) and inode. Kept only for a file last modified two seconds or more
        // before the run: a file written in the same second as it is read could change again unseen (git's "racy"
        // case), so it is read and hashed next time too.
        var status = stat()
        var stamp: String?
        if cache != nil, RawPaths.withCPath(path, { stat($0, &status) }) == 0, Int(status.st_mtim.tv_sec) < runStart - 2
        {
            stamp = "\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec):\(status.st_ino)"
        }
        if trustStamps, let stamp, let digest = cache?.digest(source: name, stamp: stamp),
            let cached = cache?.lookup(digest)
        {
            return .summary(cached, digest: digest, cached: true, stamp: stamp, byStamp: true)
        }
        let bytes: [UInt8]
        do {
            bytes = try Files.read(path)
        } catch {
            // Files names the path and why (size over the limit, permission); the report names the file.
            return .unreadable("\(error)".replacingOccurrences(of: path + ": ", with: ""))
        }
        return bytes.withUnsafeBytes { buffer in
            do {
                guard let cache else {
                    return .summary(
                        try Cohort.summary(json: buffer, limits: Files.limits), digest: "", cached: false, stamp: nil,
                        byStamp: false)
                }
                let found = try cache.summary(json: buffer, limits: Files.limits)
                return .summary(found.summary, digest: found.digest, cached: found.cached, stamp: stamp, byStamp: false)
            } catch let error as ImpactKitError {
                return .refused(error)
            } catch {
                return .refused(ImpactKitError(.invalidArgument, "unexpected error: \(error)"))
            }
        }
    }

    /// The cache named by --cache: a missing file starts an empty one; one that cannot be used is said and replaced.
    /// The key that seals the cache: --cache-key-file, else $IMPACTKIT_CACHE_KEY, else none (a plain SHA-256 seal).
    func cacheKey() throws -> [UInt8]? {
        var key: [UInt8]?
        if let cacheKeyFile {
            var bytes = try Files.read(cacheKeyFile)
            if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            key = bytes
        } else {
            key = ProcessInfo.processInfo.environment["IMPACTKIT_CACHE_KEY"].map { Array($0.utf8) }
        }
        if let key, key.count < CohortCache.minimumKeyBytes {
            throw CLIError("the cache key has \(key.count) bytes; give at least \(CohortCache.minimumKeyBytes)")
        }
        return key
    }

    func loadCache() throws -> CohortCache? {
        guard let cache else { return nil }
        let key = try exitOnError { try cacheKey() }
        guard Files.exists(cache) else { return CohortCache(limits: Files.limits, key: key) }
        do {
            var limits = Files.limits
            limits.maxDocumentBytes = Limits.defaultMaxDocumentBytes * 16
            let saved = Files.limits
            Files.limits = limits
            defer { Files.limits = saved }
            let bytes = try Files.read(cache)
            let loaded = bytes.withUnsafeBytes { CohortCache(json: $0, limits: saved, key: key) }
            if let why = loaded.ignored {
                printError(
                    localized(
                        "\(cache): cache not used (\(ErrorMessages.localized(why, code: .schema, language: Messages.language))); every document is read and the cache rewritten"
                    ))
            }
            return loaded
        } catch {
            printError(
                localized(
                    "\(cache): cache not used (\(described(error))); every document is read and the cache rewritten"))
            return CohortCache(limits: Files.limits, key: key)
        }
    }

    func saveCache(_ store: CohortCache, to path: String) {
        do {
            try Files.writeAtomically(store.json + "\n", to: path)
        } catch {
            printError(described(error))
        }
    }
}

/// "1234/10000 files" on stderr, rewritten in place, only when stderr is a terminal (never in logs or pipes).
struct Progress {
    let total: Int
    let enabled = isatty(2) == 1

    func show(_ done: Int) {
        guard enabled, done % 100 == 0 || done == total else { return }
        FileHandle.standardError.write(Data("\r\(done)/\(total) files".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
