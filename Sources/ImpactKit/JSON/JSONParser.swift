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
        return try JanssonBridge.value(from: root, limits: limits, depth: 0, parsed: true)
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

    /// Counts bracket nesting outside strings; O(n), no allocation. Strings are skipped in a tight inner loop and
    /// line/column are worked out only for the error (this scan ran over every byte of every document).
    static func checkNestingDepth(_ bytes: UnsafeRawBufferPointer, maxDepth: Int) throws {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let count = bytes.count
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        var depth = 0
        var index = 0
        while index < count {
            let byte = base[index]
            index += 1
            switch byte {
            case quote:
                while index < count {
                    let inner = base[index]
                    index += 1
                    if inner == quote { break }
                    if inner == backslash { index += 1 }
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maxDepth {
                    let (line, column) = position(of: index - 1, in: base)
                    throw ImpactKitError(
                        .limit, "document is nested deeper than the limit of \(maxDepth) levels",
                        line: line, column: column)
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default:
                break
            }
        }
    }

    /// 1-based line and column (in bytes) of the byte at `offset`.
    private static func position(of offset: Int, in base: UnsafePointer<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where base[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
