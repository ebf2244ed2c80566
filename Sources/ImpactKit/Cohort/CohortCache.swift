import ImpactKitABI

/// Each document's cohort summary from an earlier run, keyed by the SHA-256 of the document's bytes: a coach who
/// re-runs the cohort every week has only the changed documents read again. The cache is the host's to keep (a
/// file, a database column) and comes back as the bytes this type wrote.
///
/// Never trusted blindly: a cache written by another library version, under other reading limits, whose seal does
/// not match its content (`CacheSeal`; a host key makes it a MAC) or damaged in any other way is ignored as a
/// whole (and says why), and the run reads every document and writes a fresh one. An entry
/// is used only for the exact bytes it was made from. A document that could not be read is not cached.
public struct CohortCache: Sendable {
    public static let schemaID = "impactkit/cohort-cache/1"
    /// The shortest key a host may seal its caches with.
    public static let minimumKeyBytes = CacheSeal.minimumKeyBytes

    private var known: [String: CohortSummary] = [:]
    /// Host stamps (see `digest(source:stamp:)`): what the last run saw of each source, and the digest it had.
    private var knownStamps: [String: (stamp: String, digest: String)] = [:]
    private var stamps: [(source: String, stamp: String, digest: String)] = []
    private var used: [String: CohortSummary] = [:]
    private var order: [String] = []
    private let limits: Limits
    /// The host's key for the seal (HMAC-SHA256), or nil for a plain SHA-256 seal (`CacheSeal`).
    private let key: [UInt8]?
    /// Documents found in the cache and documents read.
    public private(set) var hits = 0
    public private(set) var misses = 0
    /// Why a given cache was not used (nil when it was, or when none was given), and its message.
    public private(set) var refusal: ImpactKitError?
    public var ignored: String? { refusal?.message }

    /// An empty cache for documents read under `limits`, sealed with `key` when one is given (at least 16 bytes
    /// the host keeps secret: then only the key's holder can write a cache this run trusts).
    public init(limits: Limits = .default, key: [UInt8]? = nil) {
        self.limits = limits
        self.key = key
    }

    /// The cache `bytes` (as `json` wrote them) for documents read under `limits`; ignored, with the reason in
    /// `ignored`, unless it is whole, this library's and its seal matches (made with `key`, when given).
    public init(json bytes: UnsafeRawBufferPointer, limits: Limits = .default, key: [UInt8]? = nil) {
        self.limits = limits
        self.key = key
        do {
            try CacheSeal.check(bytes, key: key)
            // A cache holds a summary per group: it may be larger than one document, but not without bound.
            var cacheLimits = Limits.default
            cacheLimits.maxDocumentBytes = Limits.defaultMaxDocumentBytes * 16
            cacheLimits.maxElements = 10_000_000
            // Dense by design (short arrays of small numbers), read in place without a JSONValue tree: its tree is
            // about 13 times its size by the prescan's estimate, so it gets more room than a document.
            cacheLimits.treeFactor = 24
            (known, knownStamps) = try JSONParser.withTree(bytes, limits: cacheLimits) { tree in
                let root = JanssonView(json: tree)
                guard try root.member("schema").stringValue() == Self.schemaID else {
                    throw ImpactKitError(.schema, "not a cohort cache")
                }
                let library = try root.member("library").stringValue()
                guard library == IK_VERSION_STRING else {
                    throw ImpactKitError(.schema, "written by ImpactKit \(library.prefix(20))")
                }
                guard try root.member("limits").stringValue() == Self.describe(limits) else {
                    throw ImpactKitError(.schema, "written under other reading limits")
                }
                let names = try root.member("names").items().map { try $0.localizedText() }
                var known: [String: CohortSummary] = [:]
                for item in try root.member("entries").items() {
                    let entry = try item.items(count: 2)
                    let digest = try entry[0].stringValue()
                    guard digest.utf8.count == 64,
                        digest.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) })
                    else {
                        throw ImpactKitError(.schema, "not a SHA-256")
                    }
                    known[digest] = try CohortSummary(cacheRow: entry[1], names: names)
                }
                // Optional: present when the host stamped its sources.
                var stamps: [String: (stamp: String, digest: String)] = [:]
                if root.has("stamps") {
                    for item in try root.member("stamps").items() {
                        let entry = try item.items(count: 3)
                        let digest = try entry[2].stringValue()
                        guard known[digest] != nil else {
                            throw ImpactKitError(.schema, "a cache row of the wrong shape")
                        }
                        stamps[try entry[0].stringValue()] = (try entry[1].stringValue(), digest)
                    }
                }
                return (known, stamps)
            }
        } catch let error as ImpactKitError {
            known = [:]
            knownStamps = [:]
            refusal = error
        } catch {
            known = [:]
            knownStamps = [:]
            refusal = ImpactKitError(.invalidArgument, "unexpected error")
        }
    }

    static func describe(_ limits: Limits) -> String {
        "\(limits.maxDocumentBytes)/\(limits.maxDepth)/\(limits.maxStringBytes)/\(limits.maxElements)"
    }

    /// The summary kept for these exact bytes (`SHA256.hex` of them), if any. Does not change the cache, so
    /// worker threads may look up at once; `keep` then records what the run used, in order.
    public func lookup(_ digest: String) -> CohortSummary? {
        used[digest] ?? known[digest]
    }

    /// The summary of a document's bytes: the one kept for them, or made by reading them (`cached` says which),
    /// with their digest for `keep`. Changes nothing, so worker threads may call it at once.
    public func summary(
        json bytes: UnsafeRawBufferPointer, limits: Limits
    ) throws -> (summary: CohortSummary, digest: String, cached: Bool) {
        let digest = SHA256.hex(bytes)
        if let summary = lookup(digest) { return (summary, digest, true) }
        return (try Cohort.summary(json: bytes, limits: limits), digest, false)
    }

    /// The digest a source had in the last run when the host's `stamp` of it (e.g. a file's size, modification
    /// time and inode) is the same now: the host may then skip reading and hashing it, as git and make trust a
    /// file's stamp. nil when the source is new or its stamp differs. The host decides which stamps to trust (the
    /// CLI stamps only files modified well before the run, and `--verify` hashes everything).
    public func digest(source: String, stamp: String) -> String? {
        guard let known = knownStamps[source], known.stamp == stamp else { return nil }
        return known.digest
    }

    /// Records the stamp a source had in this run, for the next one.
    public mutating func stamp(source: String, stamp: String, digest: String) {
        stamps.append((source, stamp, digest))
        if let known = knownStamps[source], known.stamp == stamp, known.digest == digest { unchangedStamps += 1 }
    }

    private var unchangedStamps = 0

    /// True when this run found every document in the cache and saw the same stamps, documents and nothing else:
    /// writing the cache again would give the same content, so a host may skip it.
    public var isUnchanged: Bool {
        refusal == nil && misses == 0 && used.count == known.count
            && unchangedStamps == stamps.count && stamps.count == knownStamps.count
    }

    /// Records that this run used `summary` for the bytes with `digest`: found in the cache (`cached`) or made
    /// from a document just read. Only what a run keeps goes into the next cache.
    public mutating func keep(_ summary: CohortSummary, for digest: String, cached: Bool) {
        keep(digest, summary)
        if cached { hits += 1 } else { misses += 1 }
    }

    private mutating func keep(_ digest: String, _ summary: CohortSummary) {
        if used.updateValue(summary, forKey: digest) == nil { order.append(digest) }
    }

    /// The cache to keep for the next run: the documents of this run (a removed document's entry is dropped),
    /// written compactly (one line; it is for ImpactKit, not for reading).
    public var json: String {
        var names: [LocalizedText] = []
        var index: [LocalizedText: Int] = [:]
        let entries: [JSONValue] = order.compactMap { digest in
            used[digest].map { .array([.string(digest), $0.cacheRow(names: &names, index: &index)]) }
        }
        var object = JSONObject()
        object.append("schema", .string(Self.schemaID))
        object.append("library", .string(IK_VERSION_STRING))
        object.append("limits", .string(Self.describe(limits)))
        object.append("names", .array(names.map(\.json)))
        object.append("entries", .array(entries))
        let kept = stamps.filter { used[$0.digest] != nil }
        if !kept.isEmpty {
            object.append(
                "stamps", .array(kept.map { .array([.string($0.source), .string($0.stamp), .string($0.digest)]) }))
        }
        return CacheSeal.sealed(JSONWriter.string(.object(object), pretty: false), key: key)
    }
}
