/// A catalogue pattern ("unknown card \"{}\"", "expected {w} at {}") read once: its literal parts as UTF-8 and, between
/// them, the kind of each placeholder — " " for {}, and w, l, j, m for {w} a word, {l} a list ("a, b or c"), {j}
/// jansson's own description of a syntax error, {m} one of ImpactKit's own messages. A "{" that opens none of these
/// (as in {"homepage": …}) is literal text.
///
/// Reading a message back works on its UTF-8 bytes, compared exactly: a message is its literal parts and arguments
/// written one after the other, so bytes undo that concatenation — and a table of several hundred cases is tried per
/// message, which Character-by-Character search made cost about a millisecond.
struct MessagePattern: Sendable {
    /// The literal parts, one more than there are placeholders (the first and last may be empty).
    let literals: [[UInt8]]
    /// The kind of each placeholder, in order.
    let kinds: [Character]

    init(_ pattern: String) {
        var literals: [[UInt8]] = [], kinds: [Character] = []
        var literal: [UInt8] = []
        let bytes = Array(pattern.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "}") {
                literals.append(literal); literal = []; kinds.append(" ")
                index += 2
            } else if byte == UInt8(ascii: "{"), index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: "}"),
                let kind = Self.kind(bytes[index + 1])
            {
                literals.append(literal); literal = []; kinds.append(kind)
                index += 3
            } else {
                literal.append(byte)
                index += 1
            }
        }
        literals.append(literal)
        self.literals = literals
        self.kinds = kinds
    }

    private static func kind(_ byte: UInt8) -> Character? {
        switch byte {
        case UInt8(ascii: "w"): return "w"
        case UInt8(ascii: "l"): return "l"
        case UInt8(ascii: "j"): return "j"
        case UInt8(ascii: "m"): return "m"
        default: return nil
        }
    }

    /// The pattern as ErrorText writes it: every placeholder as {}.
    var plain: String {
        literals.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "{}")
    }

    /// The arguments of `message` (its UTF-8 bytes) when it has this pattern's shape, else nil. Literal parts must
    /// match in order, the first at the start and the last at the end; each argument is the text up to the first
    /// occurrence of the next literal part, which is how the messages are built (arguments are ids, numbers and
    /// names between fixed words), and is never empty.
    func arguments(of message: [UInt8]) -> [String]? {
        guard message.starts(with: literals[0]) else { return nil }
        var position = literals[0].count
        var arguments: [String] = []
        arguments.reserveCapacity(kinds.count)
        for index in 1..<literals.count {
            let literal = literals[index]
            let end: Int
            if index == literals.count - 1 {
                end = message.count - literal.count
                guard end >= position, message[end...].elementsEqual(literal) else { return nil }
            } else {
                guard let found = message.firstIndex(of: literal, from: position) else { return nil }
                end = found
            }
            guard end > position else { return nil }
            arguments.append(String(decoding: message[position..<end], as: UTF8.self))
            position = end + literal.count
        }
        return position == message.count ? arguments : nil
    }
}
