/// Writes `JSONValue` as UTF-8 JSON text: two-space indentation, members in their stored order, a final newline.
///
/// Written in Swift rather than with `json_dumps` for one reason: numbers. jansson prints reals with 17
/// significant digits (`0.1` becomes `0.10000000000000001`); Swift prints the shortest text that reads back as
/// the same double, so a figure a person typed is written back as they typed it and round trips stay stable.
/// It also avoids building a second `json_t` tree just to print it.
/// Public since 1.0, kept public through 1.x so that 1.x sources compile; an app writes JSON text with
/// `JSONValue.jsonText()`.
public enum JSONWriter {
    public static func string(_ value: JSONValue, pretty: Bool = true) -> String {
        String(decoding: bytes(value, pretty: pretty), as: UTF8.self)
    }

    /// The UTF-8 bytes `string` would hold, without making the String.
    public static func bytes(_ value: JSONValue, pretty: Bool = true) -> [UInt8] {
        output(value, pretty: pretty).array()
    }

    /// The same bytes in the buffer the C layer hands to its caller as it is.
    package static func output(_ value: JSONValue, pretty: Bool = true) -> OutputBytes {
        var out = OutputBytes()
        write(value, into: &out, pretty: pretty, indent: 0)
        if pretty { out.append(UInt8(ascii: "\n")) }
        return out
    }

    /// A value's text: written by the value itself where it writes to a sink (documents and reports that can),
    /// else from its tree, which is only built then.
    package static func output(of value: Any, tree: @autoclosure () -> JSONValue) -> OutputBytes {
        if let writable = value as? any JSONSinkWritable { return writable.sinkOutput() }
        return output(tree())
    }

    static func write(_ value: JSONValue, into out: inout OutputBytes, pretty: Bool, indent: Int) {
        switch value {
        case .null: out.append("null")
        case .bool(let flag): writeBool(flag, into: &out)
        case .int(let number): writeInt(number, into: &out)
        case .double(let number): writeDouble(number, into: &out)
        case .string(let text): writeString(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else {
                out.append("[]")
                return
            }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(into: &out, pretty: pretty, indent: indent + 1)
                write(item, into: &out, pretty: pretty, indent: indent + 1)
            }
            newline(into: &out, pretty: pretty, indent: indent)
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else {
                out.append("{}")
                return
            }
            out.append(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(into: &out, pretty: pretty, indent: indent + 1)
                writeString(member.key, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                write(member.value, into: &out, pretty: pretty, indent: indent + 1)
            }
            newline(into: &out, pretty: pretty, indent: indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always)
    static func newline(into out: inout OutputBytes, pretty: Bool, indent: Int) {
        guard pretty else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(repeating: UInt8(ascii: " "), count: indent * 2)
    }

    static func writeBool(_ flag: Bool, into out: inout OutputBytes) {
        if flag { out.append("true") } else { out.append("false") }
    }

    static func writeInt(_ number: Int64, into out: inout OutputBytes) {
        out.append(String(number))
    }

    static func writeDouble(_ number: Double, into out: inout OutputBytes) {
        // JSON has no NaN or infinity; ImpactKit never produces them, but a Swift caller could.
        guard number.isFinite else {
            out.append("null")
            return
        }
        out.append(number.description)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string: runs of bytes that need no escape are copied whole (most texts are one run), and only
    /// quotes, backslashes and control characters are written as escapes.
    static func writeString(_ text: String, into out: inout OutputBytes) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if start < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
                default:
                    out.append("u00")
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0xF)])
                }
                start = index + 1
            }
            if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
