import CJansson
import JanssonAllocation

/// Reads JSON text through jansson into a `JSONValue`, enforcing `Limits` and turning jansson's errors into
/// ImpactKit errors with line and column.
/// Public since 1.0, kept public through 1.x so that 1.x sources compile; an app reads JSON text with
/// `JSONValue(jsonText:)`.
public enum JSONParser {
    /// Parses UTF-8 JSON text. The root may be any JSON value; document decoders check its type.
    public static func parse(_ bytes: UnsafeRawBufferPointer, limits: Limits = .default) throws -> JSONValue {
        try withTree(bytes, limits: limits) { root in
            try JanssonBridge.value(from: root, limits: limits, depth: 0, parsed: true)
        }
    }

    /// Parses UTF-8 JSON text with every check of `parse` and hands `body` jansson's tree, released afterwards:
    /// for the decoders that read it in place (JanssonView) rather than through a `JSONValue` tree.
    static func withTree<T>(
        _ bytes: UnsafeRawBufferPointer, limits: Limits, _ body: (UnsafeMutablePointer<json_t>) throws -> T
    )
        throws -> T
    {
        // The C layer checks a host's limits; a Swift caller's come straight here. A depth past the ceiling let a
        // deep document through the prescan into recursion that overflows a small thread's stack (a crash, not an
        // error); a negative size made messages about "the limit of -1 bytes".
        _ = try limits.validated()
        guard bytes.count <= limits.maxDocumentBytes else {
            throw ImpactKitError(
                .limit, "document is \(bytes.count) bytes, more than the limit of \(limits.maxDocumentBytes) bytes")
        }
        // Every limit is checked before jansson sees the bytes: its parser recurses once per nesting level (a small
        // host thread stack), and it builds its whole tree before any count could be checked on it (a 16 MiB
        // document of `[{},{},…]` cost 1.29 GB before the element limit fired). A refused document costs no tree.
        let firstNUL = try prescan(bytes, limits: limits)
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            throw ImpactKitError(.json, "empty document", line: 1, column: 1)
        }
        _ = JanssonBridge.seeded
        var error = json_error_t()
        let flags = Int(JSON_REJECT_DUPLICATES | JSON_DECODE_ANY)
        // jansson reports a failed allocation as a syntax error ("invalid JSON: ") and, on some paths, not at all
        // (a load that succeeded with "over bewegen" read as "overbewegen"): any failure during the call is IK_ENOMEM.
        impactkit_jansson_allocation_begin()
        let loaded = json_loadb(base.assumingMemoryBound(to: CChar.self), bytes.count, flags, &error)
        guard impactkit_jansson_allocation_failed() == 0 else {
            if let loaded { json_decref(loaded) }
            throw ImpactKitError(.noMemory, "out of memory while reading the document (\(bytes.count) bytes)")
        }
        // jansson reads a NUL outside a string as the end of the text: it refuses what follows as "… near end of
        // file" (a position just past the NUL), or, after a number or literal, drops the NUL and loads the rest
        // (`[123<NUL>]` reads as [123]). A NUL is never JSON outside a string: an error jansson met past it, or a
        // load, is the NUL's; an error before it (an invalid byte, say) stands.
        guard let root = loaded else {
            if let offset = firstNUL, Int(error.position) > offset {
                throw nulError(at: offset, in: base, count: bytes.count)
            }
            throw syntaxError(error)
        }
        defer { json_decref(root) }
        if let offset = firstNUL { throw nulError(at: offset, in: base, count: bytes.count) }
        return try body(root)
    }

    /// The error for a NUL byte outside a string at `offset`, with its line and column. A last byte NUL is nearly
    /// always a C string passed with its terminator counted (sizeof a literal, strlen + 1): said so.
    static func nulError(at offset: Int, in base: UnsafeRawPointer, count: Int) -> ImpactKitError {
        let (line, column) = base.withMemoryRebound(to: UInt8.self, capacity: count) { position(of: offset, in: $0) }
        return offset == count - 1
            ? ImpactKitError(
                .json, "invalid JSON: the document ends in a NUL byte (does its length count a C string's terminator?)",
                line: line, column: column)
            : ImpactKitError(.json, "invalid JSON: a NUL byte outside a string", line: line, column: column)
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
        // jansson names its own parser flag; people need the rule, not the flag.
        let said = text.replacing(
            "is not allowed without JSON_ALLOW_NUL", with: "(a NUL character) is not allowed in a string")
        // jansson says column 0 for the end of a file that ends in a newline; columns are 1-based for people.
        return ImpactKitError(
            code, "invalid JSON: \(said)", line: Int(error.line), column: error.line > 0 ? max(1, Int(error.column)) : 0
        )
    }

    /// One pass over the bytes, before any tree exists: bracket nesting, members per array or object (separators
    /// at each level), and the decoded length of every string and key. O(n); one small array of counters. Strings
    /// are skipped in a tight inner loop; line and column are worked out only for an error. Malformed JSON is left
    /// to jansson, which reports it with its position. Returns the offset of the first NUL byte outside a string.
    static func prescan(_ bytes: UnsafeRawBufferPointer, limits: Limits) throws -> Int? {
        var unused: RootArray?
        return try prescan(bytes, limits: limits, rootArray: nil, found: &unused)
    }

    /// The byte ranges of the elements of one array that is a member of the root object (e.g. "placements"), as
    /// the prescan found them between its brackets and top-level commas; `duplicate` when the key occurs twice.
    struct RootArray {
        var open = 0
        var close = 0
        var elements: [Range<Int>] = []
        var duplicate = false
    }

    /// The prescan, also finding the elements of the root member `rootArray` when it is an array.
    static func prescan(
        _ bytes: UnsafeRawBufferPointer, limits: Limits, rootArray: String?, found: inout RootArray?
    )
        throws -> Int?
    {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        // On the stack, not three arrays: for the small documents of edits (an effect, an interaction) allocating
        // them cost more than the scan. A level is written when its container opens, before it is read.
        let (firstNUL, tally) = try scan(base, count: bytes.count, limits: limits, rootArray: rootArray, found: &found)
        let cost = tally.treeBytes
        guard cost <= Tally.budget(forDocumentOf: bytes.count, factor: limits.treeFactor) else {
            throw ImpactKitError(
                .limit,
                "reading this document would take about \(cost / 1_048_576) MiB, more than \(limits.treeFactor) times its \(bytes.count) bytes (\(tally.containers) arrays and objects, \(tally.separators + tally.containers) values)"
            )
        }
        return firstNUL
    }

    /// The prescan's pass without the memory check: the first NUL outside a string, and what it counted.
    static func scan(
        _ base: UnsafePointer<UInt8>, count: Int, limits: Limits, rootArray: String?, found: inout RootArray?
    )
        throws -> (firstNUL: Int?, tally: Tally)
    {
        var tally = Tally()
        let firstNUL = try withUnsafeTemporaryAllocation(of: Level.self, capacity: limits.maxDepth + 2) { levels in
            try scan(
                base, count: count, levels: levels, limits: limits, rootArray: rootArray.map { Array($0.utf8) },
                found: &found, tally: &tally)
        }
        return (firstNUL, tally)
    }

    /// What the prescan counted over the whole document, to bound the memory of its tree before it exists: the
    /// element limit is per array or object, so 16 MiB as 55 arrays of 99 999 `{}` passed every limit and then
    /// cost 1.2 GB to read. jansson spends ~224 bytes on an array or object (the value, its
    /// table, malloc's headers) and a member kept as `JSONValue` ~100 more, ~80 on a string value plus its
    /// bytes, ~64 on a key plus its bytes, ~40 on a number, 8 on the slot of each element, where the text spends
    /// 2–3 bytes on the smallest of them. A document whose tree would be over `limits.treeFactor` times its size
    /// (plus a floor) is refused before jansson reads it. The library's own documents come to 5–9 times their
    /// size; measured peaks stay under the estimate (tests/test_bounded_memory.py).
    struct Tally {
        var containers = 0
        var separators = 0
        var keys = 0
        var strings = 0
        var stringBytes = 0

        /// Small documents may be denser than large ones (a template of short ids) and cost little either way.
        static let floor = 4 << 20

        static func budget(forDocumentOf size: Int, factor: Int) -> Int {
            size.multipliedSaturated(by: factor).addingSaturated(floor)
        }

        var treeBytes: Int {
            // A value per separator and per container (its first element; the root counts once too many).
            let values = separators.addingSaturated(containers)
            let valueStrings = max(0, strings - keys)
            let numbers = max(0, values - valueStrings - containers)
            return containers.multipliedSaturated(by: 320)
                .addingSaturated(valueStrings.multipliedSaturated(by: 80))
                .addingSaturated(keys.multipliedSaturated(by: 64))
                .addingSaturated(numbers.multipliedSaturated(by: 40))
                .addingSaturated(values.multipliedSaturated(by: 8))
                .addingSaturated(stringBytes)
        }
    }

    /// Per open container at depth d (1 … maxDepth): its separators so far (n commas = at least n + 1 members, and
    /// the index of the current element of an array), whether it is an object, and the byte range of the key of
    /// its current member (start −1: none yet) — enough to name the offending value's JSON pointer in an error.
    private struct Level {
        var separators: Int
        var isObject: Bool
        var keyStart: Int
        var keyEnd: Int
    }

    private static func scan(
        _ base: UnsafePointer<UInt8>, count: Int, levels: UnsafeMutableBufferPointer<Level>, limits: Limits,
        rootArray: [UInt8]?, found: inout RootArray?, tally: inout Tally
    ) throws -> Int? {
        var firstNUL: Int?
        /// Inside the root array being collected: where its current element starts.
        var elementStart = -1
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        let maxDepth = limits.maxDepth, maxElements = limits.maxElements, maxString = limits.maxStringBytes
        var lastString = 0..<0
        var depth = 0
        var index = 0

        /// The pointer of the container at depth `upTo` and of its current member (or only the container).
        func pointer(through upTo: Int) -> String {
            var path = ""
            for level in stride(from: 1, through: max(0, min(upTo, depth)), by: 1) {
                if levels[level].isObject {
                    guard levels[level].keyStart >= 0 else { break }
                    path += "/" + JSONPointer.escape(keyText(base, levels[level].keyStart..<levels[level].keyEnd))
                } else {
                    path += "/\(levels[level].separators)"
                }
            }
            return path
        }

        while index < count {
            let byte = base[index]
            index += 1
            switch byte {
            case quote:
                let start = index
                var decoded = 0
                while index < count {
                    let inner = base[index]
                    index += 1
                    if inner == quote { break }
                    if inner == backslash, index < count {
                        if base[index] == UInt8(ascii: "u"), index + 4 < count {
                            // \uXXXX: 1–3 UTF-8 bytes; a high surrogate counts the whole pair's 4, its low half 0.
                            decoded += utf8Length(escape: base + index + 1)
                            index += 5
                            continue
                        }
                        index += 1
                    }
                    decoded += 1
                    if decoded > maxString {
                        let (line, column) = position(of: start - 1, in: base)
                        throw ImpactKitError(
                            .limit, "a string is longer than the limit of \(maxString) bytes",
                            path: pointer(through: depth),
                            line: line, column: column)
                    }
                }
                lastString = start..<max(start, index - 1)
                tally.strings += 1
                tally.stringBytes += decoded
            case UInt8(ascii: ":"):
                tally.keys += 1
                if depth > 0 {
                    levels[depth].keyStart = lastString.lowerBound
                    levels[depth].keyEnd = lastString.upperBound
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maxDepth {
                    let (line, column) = position(of: index - 1, in: base)
                    throw ImpactKitError(
                        .limit, "document is nested deeper than the limit of \(maxDepth) levels",
                        line: line, column: column)
                }
                levels[depth] = Level(separators: 0, isObject: byte == UInt8(ascii: "{"), keyStart: -1, keyEnd: -1)
                tally.containers += 1
                if depth == 2, byte == UInt8(ascii: "["), let rootArray, levels[1].isObject, levels[1].keyStart >= 0,
                    levels[1].keyEnd - levels[1].keyStart == rootArray.count,
                    rootArray.indices.allSatisfy({ base[levels[1].keyStart + $0] == rootArray[$0] })
                {
                    if found == nil { found = RootArray(open: index - 1) } else { found?.duplicate = true }
                    elementStart = index
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if depth == 2, elementStart >= 0 {
                    found?.elements.append(elementStart..<(index - 1))
                    found?.close = index - 1
                    elementStart = -1
                }
                if depth > 0 { depth -= 1 }
            case 0:
                // Inside a string jansson refuses a NUL as a control character; outside one, see parse(_:limits:).
                if firstNUL == nil { firstNUL = index - 1 }
            case UInt8(ascii: ","):
                if depth == 2, elementStart >= 0 {
                    found?.elements.append(elementStart..<(index - 1))
                    elementStart = index
                }
                if depth > 0 {
                    tally.separators += 1
                    levels[depth].separators += 1
                    if levels[depth].separators >= maxElements {
                        let (line, column) = position(of: index - 1, in: base)
                        throw ImpactKitError(
                            .limit, "an array or object has more than the limit of \(maxElements) elements",
                            path: pointer(through: depth - 1), line: line, column: column)
                    }
                }
            default:
                break
            }
        }
        return firstNUL
    }

    /// A key's text for an error's JSON pointer: its raw bytes (escapes decoded by jansson when there are any).
    private static func keyText(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> String {
        let raw = UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
        guard raw.contains(UInt8(ascii: "\\")) else { return String(decoding: raw, as: UTF8.self) }
        var quoted = [UInt8(ascii: "\"")] + Array(raw) + [UInt8(ascii: "\"")]
        let flags = Int(JSON_DECODE_ANY)
        var error = json_error_t()
        guard
            let value = quoted.withUnsafeMutableBufferPointer({ buffer in
                buffer.baseAddress.map {
                    json_loadb(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self), buffer.count, flags, &error)
                } ?? nil
            })
        else { return String(decoding: raw, as: UTF8.self) }
        defer { json_decref(value) }
        guard let text = json_string_value(value) else { return String(decoding: raw, as: UTF8.self) }
        return String(cString: text)
    }

    /// The UTF-8 length of the code point of a `\uXXXX` escape (`hex` points at the four digits); a high surrogate
    /// stands for its pair (4 bytes), a low surrogate for nothing more. Not hex: 1, and jansson reports the error.
    @inline(__always)
    private static func utf8Length(escape hex: UnsafePointer<UInt8>) -> Int {
        var value = 0
        for offset in 0..<4 {
            let digit = hex[offset]
            let nibble: Int
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = Int(digit - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = Int(digit - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = Int(digit - UInt8(ascii: "A")) + 10
            default: return 1
            }
            value = value << 4 | nibble
        }
        switch value {
        case 0..<0x80: return 1
        case 0x80..<0x800: return 2
        case 0xD800..<0xDC00: return 4
        case 0xDC00..<0xE000: return 0
        default: return 3
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
