/// A moment in time as the host gives it: RFC 3339 ("2026-09-28T10:15:00Z", "2026-09-28T12:15:00.250+02:00"),
/// a real calendar day and clock time with its offset. ImpactKit never reads the clock for it: a host that records
/// *when* a student laid a card passes the time, so documents stay reproducible.
enum Timestamp {
    static func validate(_ text: String) throws -> String {
        let bytes = Array(text.utf8)
        func bad() -> ImpactKitError {
            ImpactKitError(
                .invalidArgument,
                "a time must look like 2026-09-28T10:15:00Z (RFC 3339, with Z or an offset), got \"\(text.prefix(40))\""
            )
        }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 20, bytes.count <= 40, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
        else { throw bad() }
        _ = try CalendarDate.validate(String(decoding: bytes[0..<10], as: UTF8.self))
        // Seconds up to 60: a leap second is a real second.
        guard hour <= 23, minute <= 59, second <= 60 else {
            throw ImpactKitError(.range, "\(text.prefix(40)) is not a time of day")
        }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            guard index > start else { throw bad() }
        }
        guard index < bytes.count else { throw bad() }
        if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
            guard index + 1 == bytes.count else { throw bad() }
        } else {
            guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), index + 6 == bytes.count,
                bytes[index + 3] == UInt8(ascii: ":"), let offsetHours = number(index + 1..<index + 3),
                let offsetMinutes = number(index + 4..<index + 6), offsetHours <= 23, offsetMinutes <= 59
            else { throw bad() }
        }
        return text
    }
}

extension Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z of a valid RFC 3339 time (its offset applied, fractions dropped): a
    /// JWT's NumericDate (`nbf`, `exp`). Throws what `validate` throws.
    static func unixSeconds(_ text: String) throws -> Int64 {
        _ = try validate(text)
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int64 {
            bytes[range].reduce(0) { $0 * 10 + Int64($1 - 48) }
        }
        var seconds =
            Int64(CalendarDate.dayNumber(String(decoding: bytes[0..<10], as: UTF8.self))) * 86_400
            + number(11..<13) * 3600 + number(14..<16) * 60 + min(number(17..<19), 59)
        // The zone: the last six bytes are ±HH:MM unless the time ends in Z.
        if let last = bytes.last, last != UInt8(ascii: "Z"), last != UInt8(ascii: "z") {
            let sign: Int64 = bytes[bytes.count - 6] == UInt8(ascii: "-") ? -1 : 1
            seconds -=
                sign * (number(bytes.count - 5..<bytes.count - 3) * 3600 + number(bytes.count - 2..<bytes.count) * 60)
        }
        return seconds
    }
}
