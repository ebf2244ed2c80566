import CJansson

/// Reads JSON text through jansson into a `JSONValue`, enforcing `Limits` and turning jansson's errors into
/// ImpactKit errors with line and column.
public enum JSONParser {
    /// Parses UTF-8 JSON text. The root may be any JSON value; document decoders check its type.
    public static func parse(_ bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws -> JSONValue {
        guard bytes.count <= limits.maxDocumentBytes else {
            throw ImpactKitError(
                .limit, "document is \(bytes.count) bytes, more than the limit of \(limits.maxDocumentBytes) bytes")
        }
        // jansson's parser recurses once per nesting level; check the depth before it sees the bytes so that a
        // deeply nested document cannot overflow a small host thread stack.
        try checkNestingDepth(bytes, maxDepth: limits.maxDepth)
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            throw ImpactKitError(.json, "empty document", line: 1, column: 1)
        }
        _ = JanssonBridge.seeded
        var error = json_error_t()
        let flags = Int(JSON_REJECT_DUPLICATES | JSON_DECODE_ANY)
        guard let root = json_loadb(base.assumingMemoryBound(to: CChar.self), bytes.count, flags, &error) else {
            throw syntaxError(error)
        }
        defer { json_decref(root) }
        return try JanssonBridge.value(from: root, limits: limits, depth: 0)
    }

    public static func parse(_ text: String, limits: Limits = .default) throws -> JSONValue {
        var text = text
        return try text.withUTF8 { try parse(UnsafeRawBufferPointer($0), limits: limits) }
    }

    static func syntaxError(_ error: json_error_t) -> ImpactKitError {
        var error = error
        let text = withUnsafeBytes(of: &error.text) { raw -> String in
            let chars = raw.bindMemory(to: UInt8.self)
            let end = chars.firstIndex(of: 0) ?? chars.count
            return String(decoding: chars[..<end], as: UTF8.self)
        }
        let code: ErrorCode
        switch json_error_code(&error) {
        case json_error_invalid_utf8: code = .utf8
        case json_error_numeric_overflow: code = .range
        case json_error_out_of_memory: code = .noMemory
        case json_error_stack_overflow: code = .limit
        default: code = .json
        }
        return ImpactKitError(code, "invalid JSON: \(text)", line: Int(error.line), column: Int(error.column))
    }

    /// Counts bracket nesting outside strings; O(n), no allocation.
    static func checkNestingDepth(_ bytes: UnsafeRawBufferPointer, maxDepth: Int) throws {
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        var column = 0
        for byte in bytes {
            column += 1
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maxDepth {
                    throw ImpactKitError(
                        .limit, "document is nested deeper than the limit of \(maxDepth) levels",
                        line: line, column: column)
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            case UInt8(ascii: "\n"):
                line += 1
                column = 0
            default:
                break
            }
        }
    }
}
