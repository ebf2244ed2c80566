import ImpactKitABI

/// Each document's cohort summary from an earlier run, keyed by the SHA-256 of the document's bytes: a coach who
/// re-runs the cohort every week has only the changed documents read again. The cache is the host's to keep (a
/// file, a database column) and comes back as the bytes this type wrote.
///
/// Never trusted blindly: a cache written by another library version, under other reading limits, or damaged in
/// any way is ignored as a whole (and says why), and the run reads every document and writes a fresh one. An entry
/// is used only for the exact bytes it was made from. A document that could not be read is not cached.
public struct CohortCache: Sendable {
    public static let schemaID = "impactkit/cohort-cache/1"

    private var known: [String: CohortSummary] = [:]
    private var used: [String: CohortSummary] = [:]
    private var order: [String] = []
    private let limits: Limits
    /// Documents found in the cache and documents read.
    public private(set) var hits = 0
    public private(set) var misses = 0
    /// Why a given cache was not used (nil when it was, or when none was given), and its message.
    public private(set) var refusal: ImpactKitError?
    public var ignored: String? { refusal?.message }

    /// An empty cache for documents read under `limits`.
    public init(limits: Limits = .default) {
        self.limits = limits
    }

    /// The cache `bytes` (as `json` wrote them) for documents read under `limits`; ignored, with the reason in
    /// `ignored`, unless it is whole and this library's.
    public init(json bytes: UnsafeRawBufferPointer, limits: Limits = .default) {
        self.limits = limits
        do {
            // A cache holds a summary per group: it may be larger than one document, but not without bound.
            var cacheLimits = Limits.default
            cacheLimits.maxDocumentBytes = Limits.defaultMaxDocumentBytes * 16
            cacheLimits.maxElements = 10_000_000
            var reader = try ObjectReader(try JSONParser.parse(bytes, limits: cacheLimits))
            guard try reader.required("schema", { try $0.stringValue() }) == Self.schemaID else {
                throw ImpactKitError(.schema, "not a cohort cache")
            }
            let library = try reader.required("library") { try $0.stringValue() }
            guard library == IK_VERSION_STRING else { throw ImpactKitError(.schema, "written by ImpactKit \(library.prefix(20))") }
            guard try reader.required("limits", { try $0.stringValue() }) == Self.describe(limits) else {
                throw ImpactKitError(.schema, "written under other reading limits")
            }
            let names = try reader.required("names") { try $0.array(LocalizedText.decode) }
            try reader.required("entries") { value in
                for item in try value.arrayValue() {
                    let entry = try item.arrayValue()
                    guard entry.count == 2 else { throw ImpactKitError(.schema, "a cache row of the wrong shape") }
                    let digest = try entry[0].stringValue()
                    guard digest.utf8.count == 64, digest.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
                        throw ImpactKitError(.schema, "not a SHA-256")
                    }
                    known[digest] = try CohortSummary(cacheRow: entry[1], names: names)
                }
            }
        } catch let error as ImpactKitError {
            known = [:]
            refusal = error
        } catch {
            known = [:]
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
        return JSONWriter.string(.object(object), pretty: false)
    }
}
