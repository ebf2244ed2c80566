import CJansson
import JanssonAllocation

/// Converts between jansson's `json_t` trees and `JSONValue`. The only code besides `JSONParser` that touches
/// jansson; the C layer uses it for the `*_from_jansson` / `*_to_jansson` functions.
/// Public since 1.0, kept public through 1.x so that 1.x sources compile; a host passes jansson values through
/// the C ABI (`ik_document_from_jansson`).
public enum JanssonBridge {
    /// jansson seeds its object hash lazily on the first object it creates, which races when two threads create
    /// their first objects at once (seen with ThreadSanitizer). Seeding once, before any other use, avoids it.
    /// A Swift global is initialised exactly once, thread-safely.
    /// The allocation recorder (JanssonAllocation) is put in front of jansson's allocator at the same moment.
    public static let seeded: Void = {
        impactkit_jansson_allocation_install()
        json_object_seed(0)
    }()

    /// Converts a borrowed `json_t` (the caller keeps its reference) with the same limits as text input.
    public static func value(from json: UnsafePointer<json_t>, limits: Limits) throws -> JSONValue {
        try value(from: UnsafeMutablePointer(mutating: json), limits: limits, depth: 0, parsed: false)
    }

    /// `parsed`: the tree comes from jansson's own parser (without JSON_ALLOW_NUL), which has already checked that
    /// every string is valid UTF-8 without NUL, so the strings need not be checked again (that check was an
    /// eighth of a cohort run's instructions). A tree a host built itself is always checked.
    static func value(
        from json: UnsafeMutablePointer<json_t>, limits: Limits, depth: Int, parsed: Bool
    ) throws
        -> JSONValue
    {
        switch json.pointee.type {
        case JSON_NULL: return .null
        case JSON_TRUE: return .bool(true)
        case JSON_FALSE: return .bool(false)
        case JSON_INTEGER: return .int(Int64(json_integer_value(json)))
        case JSON_REAL: return .double(json_real_value(json))
        case JSON_STRING:
            return .string(
                try string(json_string_value(json), length: json_string_length(json), limits: limits, parsed: parsed))
        case JSON_ARRAY:
            guard depth < limits.maxDepth else { throw depthError(limits) }
            let count = json_array_size(json)
            guard count <= limits.maxElements else { throw elementsError(count, limits) }
            var items: [JSONValue] = []
            items.reserveCapacity(count)
            for index in 0..<count {
                guard let item = json_array_get(json, index) else { continue }
                items.append(try at(index) { try value(from: item, limits: limits, depth: depth + 1, parsed: parsed) })
            }
            return .array(items)
        case JSON_OBJECT:
            guard depth < limits.maxDepth else { throw depthError(limits) }
            let count = json_object_size(json)
            guard count <= limits.maxElements else { throw elementsError(count, limits) }
            var members: [JSONObject.Member] = []
            members.reserveCapacity(count)
            var iter = json_object_iter(json)
            while let current = iter {
                guard let keyPointer = json_object_iter_key(current),
                    let child = json_object_iter_value(current)
                else { break }
                let key = try string(
                    keyPointer, length: json_object_iter_key_len(current), limits: limits, parsed: parsed)
                members.append(
                    .init(
                        key: key,
                        value: try at(key) { try value(from: child, limits: limits, depth: depth + 1, parsed: parsed) })
                )
                iter = json_object_iter_next(json, current)
            }
            return .object(JSONObject(members))
        default:
            throw unknownType()
        }
    }

    /// Out of line: its refusals would otherwise sit in every frame of the recursion above.
    @inline(never)
    private static func string(
        _ pointer: UnsafePointer<CChar>?, length: Int, limits: Limits, parsed: Bool
    ) throws
        -> String
    {
        guard length <= limits.maxStringBytes else { throw stringError(length, limits) }
        guard let pointer else { return "" }
        let bytes = UnsafeRawBufferPointer(start: pointer, count: length)
        if parsed {
            // Valid already (see `value(from:limits:depth:parsed:)`); the non-generic initialiser on a buffer of
            // bytes takes the standard library's fast path.
            return String(decoding: bytes.bindMemory(to: UInt8.self), as: UTF8.self)
        }
        // Strings built by jansson's parser are valid UTF-8 without NUL; a json_t built by a host may not be.
        guard let text = String(validating: bytes.bindMemory(to: UInt8.self), as: UTF8.self) else {
            throw ImpactKitError(.utf8, "string is not valid UTF-8")
        }
        guard !bytes.contains(0) else { throw ImpactKitError(.json, "string contains a NUL character") }
        return text
    }

    // The errors are made out of line: their text is built only when one is thrown, and not in the frames of the
    // recursion above, whose size sets the stack a deep document needs.
    @inline(never)
    private static func stringError(_ length: Int, _ limits: Limits) -> ImpactKitError {
        ImpactKitError(.limit, "string of \(length) bytes is longer than the limit of \(limits.maxStringBytes) bytes")
    }

    @inline(never)
    private static func unknownType() -> ImpactKitError { ImpactKitError(.json, "unknown jansson value type") }

    @inline(never)
    private static func depthError(_ limits: Limits) -> ImpactKitError {
        ImpactKitError(.limit, "document is nested deeper than the limit of \(limits.maxDepth) levels")
    }

    @inline(never)
    private static func elementsError(_ count: Int, _ limits: Limits) -> ImpactKitError {
        ImpactKitError(.limit, "\(count) elements are more than the limit of \(limits.maxElements)")
    }

    /// Builds a new `json_t` tree (one reference, owned by the caller). Returns nil when jansson cannot allocate.
    /// Any allocation that failed on the way counts, even one jansson absorbed without saying so.
    public static func jansson(from value: JSONValue) -> UnsafeMutablePointer<json_t>? {
        _ = seeded
        impactkit_jansson_allocation_begin()
        let tree = build(value)
        guard impactkit_jansson_allocation_failed() == 0 else {
            if let tree { json_decref(tree) }
            return nil
        }
        return tree
    }

    private static func build(_ value: JSONValue) -> UnsafeMutablePointer<json_t>? {
        switch value {
        case .null: return json_null()
        case .bool(let flag): return flag ? json_true() : json_false()
        case .int(let number): return json_integer(json_int_t(number))
        case .double(let number): return json_real(number)
        case .string(var text):
            return text.withUTF8 { utf8 in
                guard let base = utf8.baseAddress, utf8.count > 0 else { return json_string_nocheck("") }
                return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                    json_stringn_nocheck($0, utf8.count)
                }
            }
        case .array(let items):
            guard let array = json_array() else { return nil }
            for item in items {
                guard let child = build(item), json_array_append_new(array, child) == 0 else {
                    json_decref(array)
                    return nil
                }
            }
            return array
        case .object(let object):
            guard let result = json_object() else { return nil }
            for member in object.members {
                guard let child = build(member.value),
                    json_object_set_new_nocheck(result, member.key, child) == 0
                else {
                    json_decref(result)
                    return nil
                }
            }
            return result
        }
    }
}
