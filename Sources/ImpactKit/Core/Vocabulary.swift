/// A closed list of ids (variants, fields, spheres, IDG dimensions, …). Reading an unknown id gives one kind of
/// error everywhere: what was given and what is allowed.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// What the values are called in messages ("variant", "sphere", …).
    static var vocabularyName: String { get }
    /// The code for an unknown id: IK_EINVAL, or IK_ENOTFOUND where the id names something looked up.
    static var unknownCode: ErrorCode { get }
}

extension Vocabulary {
    public static var unknownCode: ErrorCode { .invalidArgument }

    public init(id: String) throws {
        guard let value = Self(rawValue: id) else { throw Self.unknown(id) }
        self = value
    }

    /// The error for an id not in the list: what was given and what is allowed.
    static func unknown(_ id: String) -> ImpactKitError {
        let ids = Self.allCases.map(\.rawValue)
        let allowed = ids.count <= 1 ? ids.joined() : ids.dropLast().joined(separator: ", ") + " or " + (ids.last ?? "")
        return ImpactKitError(Self.unknownCode, "unknown \(Self.vocabularyName) \"\(id.prefix(40))\" (use \(allowed))")
    }
}
