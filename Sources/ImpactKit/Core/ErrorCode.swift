/// The error codes of ImpactKit. The raw values are the C ABI's `IK_E*` codes and never change.
public enum ErrorCode: Int32, Sendable, CaseIterable {
    /// An argument is invalid: NULL where a value is required, an id with forbidden characters, a card in the
    /// wrong field.
    case invalidArgument = -1
    /// The bytes are not JSON (syntax error, truncated document, duplicate key, NUL character).
    case json = -2
    /// The JSON is well-formed but not a valid document: wrong type, missing field, unsupported schema id.
    case schema = -3
    /// An id refers to something that does not exist (card, domain, field, placement, question).
    case notFound = -4
    /// An id is already in use (duplicate placement, custom card id that exists in the catalog).
    case exists = -5
    /// A number is outside its allowed range.
    case range = -6
    /// The input exceeds a configured limit (document size, nesting depth, string length, element count).
    case limit = -7
    /// Memory could not be allocated.
    case noMemory = -8
    /// A handle is not a live handle of the expected type (wrong type, already freed where detectable).
    case handle = -9
    /// A string is not valid UTF-8.
    case utf8 = -10
    /// The document type does not support the operation (a change log has no xAPI statements).
    case notSupported = -11
    /// Since 1.1: the change was made on a revision the document has moved on from, or what it changes is no longer
    /// there as it was (a card another member removed): read the document again and redo the change.
    case conflict = -12
    /// Since 1.3: a file could not be read or written (`ik_document_save`); the message names the file and the
    /// system's reason ("No space left on device").
    case io = -13

    /// The symbolic name as in the C header, e.g. "IK_ENOTFOUND".
    public var symbol: String {
        switch self {
        case .invalidArgument: return "IK_EINVAL"
        case .json: return "IK_EJSON"
        case .schema: return "IK_ESCHEMA"
        case .notFound: return "IK_ENOTFOUND"
        case .exists: return "IK_EEXIST"
        case .range: return "IK_ERANGE"
        case .limit: return "IK_ELIMIT"
        case .noMemory: return "IK_ENOMEM"
        case .handle: return "IK_EHANDLE"
        case .utf8: return "IK_EUTF8"
        case .notSupported: return "IK_ENOTSUP"
        case .conflict: return "IK_ECONFLICT"
        case .io: return "IK_EIO"
        }
    }
}
