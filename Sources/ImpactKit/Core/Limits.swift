/// Bounds on what ImpactKit accepts, so that a hostile or broken document cannot exhaust memory or stack.
/// A host may raise or lower each one (C: `ik_options`); zero there means "use the default".
public struct Limits: Equatable, Sendable {
    /// Largest document in bytes. Default 16 MiB.
    public var maxDocumentBytes: Int
    /// Deepest nesting of arrays and objects. Default 64; at most `Limits.depthCeiling`, because the JSON parser
    /// and printer recurse and a host's worker thread may have a small stack.
    public var maxDepth: Int
    /// Longest string value or key in bytes. Default 64 KiB.
    public var maxStringBytes: Int
    /// Most members of one array or object. Default 100 000.
    public var maxElements: Int

    public static let defaultMaxDocumentBytes = 16 << 20
    public static let defaultMaxDepth = 64
    public static let defaultMaxStringBytes = 64 << 10
    public static let defaultMaxElements = 100_000
    /// Measured on the release library (load, write and evaluate on a thread of a given stack size): about
    /// 32 KiB plus 0.45 KiB a level; depth 512 needed 248 KiB and crashed hosts' small worker threads. At 128 the
    /// deepest allowed document needs 72 KiB, within musl's 128 KiB default thread stack (Tests/c/test_stack.c).
    public static let depthCeiling = 128

    /// The largest tree a document may make, as a multiple of its size (plus a floor): the per-container
    /// element limit alone let 16 MiB of small values become a 1.2 GB tree. Not a host
    /// setting: 16 for documents; the cohort cache, a dense format of ImpactKit's own, is read with 24.
    package var treeFactor = 16

    public static let `default` = Limits()
    /// No bound but the depth ceiling: for converting parts of a tree the prescan has already checked under the
    /// caller's limits (a member kept unknown), so they are not checked twice.
    static let ceiling = Limits(
        maxDocumentBytes: .max, maxDepth: depthCeiling + 1, maxStringBytes: .max, maxElements: .max)

    public init(
        maxDocumentBytes: Int = Limits.defaultMaxDocumentBytes,
        maxDepth: Int = Limits.defaultMaxDepth,
        maxStringBytes: Int = Limits.defaultMaxStringBytes,
        maxElements: Int = Limits.defaultMaxElements
    ) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxDepth = maxDepth
        self.maxStringBytes = maxStringBytes
        self.maxElements = maxElements
    }

    /// Checks the limits themselves (a host may pass nonsense through the C ABI).
    public func validated() throws -> Limits {
        for (name, value) in [
            ("max_document_bytes", maxDocumentBytes), ("max_string_bytes", maxStringBytes),
            ("max_elements", maxElements),
        ] where value <= 0 {
            throw ImpactKitError(.range, "\(name) must be positive, got \(value)")
        }
        guard maxDepth >= 2, maxDepth <= Limits.depthCeiling else {
            throw ImpactKitError(.range, "max_depth must be between 2 and \(Limits.depthCeiling), got \(maxDepth)")
        }
        return self
    }
}
