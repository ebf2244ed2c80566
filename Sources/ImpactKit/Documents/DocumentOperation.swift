/// An edit of a document as data — `CanvasOperation`, `JourneyOperation` — read from and written to JSON one by
/// one and in batches (a JSON array), applied all or nothing with a base revision.
public protocol DocumentOperation: Equatable, Sendable {
    init(jsonValue: JSONValue) throws
    var jsonValue: JSONValue { get }
}

extension DocumentOperation {
    /// A batch: a JSON array of operations.
    public static func batch(jsonValue value: JSONValue) throws -> [Self] {
        try value.array { try Self(jsonValue: $0) }
    }

    // Inlinable: the C layer writes every undo through it, and unspecialised across the module boundary it cost
    // about a microsecond per operation.
    @inlinable
    public static func jsonValue(of batch: [Self]) -> JSONValue { .array(batch.map(\.jsonValue)) }
}

extension Revision {
    /// A base revision given with a batch: well-formed, or refused before anything is applied.
    static func checkBase(_ base: String?) throws {
        if let base, !isWellFormed(base) {
            throw ImpactKitError(.invalidArgument, "\"\(base.prefix(40))\" is not a revision (r- and 32 hex digits)")
        }
    }

    /// `error` as a conflict when it is a missing target (`isTarget` of the pointer's last member) and the document
    /// (`what`: "canvas", "journey") has moved on from `base`; else `error` as it is. The revision (`current`, a
    /// hash of the whole document) is asked only then.
    static func conflict(
        _ error: ImpactKitError, base: String?, what: String, isTarget: (Substring) -> Bool, current: () -> String
    ) -> ImpactKitError {
        guard let base, error.code == .notFound, let last = error.path.split(separator: "/").last, isTarget(last),
            base != current()
        else { return error }
        // Whole sentences, one per kind, so that each has its Dutch entry.
        return what == "journey"
            ? ImpactKitError(
                .conflict, "\(error.message); the journey has changed since revision \(base)", path: error.path)
            : ImpactKitError(
                .conflict, "\(error.message); the canvas has changed since revision \(base)", path: error.path)
    }
}
