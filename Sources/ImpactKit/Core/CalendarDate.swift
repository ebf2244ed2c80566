#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// "YYYY-MM-DD" with a real month and day (leap years included).
enum CalendarDate {
    /// Year, month and day of text shaped "dddd-dd-dd" (not yet checked against the calendar).
    private static func parts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10)
        else { return nil }
        return (year, month, day)
    }

    static func validate(_ text: String) throws -> String {
        guard let (year, month, day) = parts(text) else {
            throw ImpactKitError(.invalidArgument, "date must look like 2026-09-28, got \"\(text.prefix(20))\"")
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...monthDays[month - 1]).contains(day) else {
            throw ImpactKitError(.range, "\(text) is not a calendar date")
        }
        // A day before 1900 is a typo in these documents ("0026-09-28"), and the weekday arithmetic starts there.
        guard year >= 1900 else {
            throw ImpactKitError(.range, "\(text) is before 1900-01-01, the earliest day ImpactKit takes")
        }
        return text
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 of a validated "YYYY-MM-DD" (H. Hinnant's days_from_civil), for "within a week" and
    /// "overdue" without Foundation.
    static func dayNumber(_ text: String) -> Int {
        guard let (civilYear, month, day) = parts(text) else { return 0 }
        let year = month <= 2 ? civilYear - 1 : civilYear
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// "YYYY-MM-DD" of a day number (civil_from_days).
    static func text(dayNumber: Int) -> String {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// Today in UTC.
    static func today() -> String {
        text(dayNumber: Int(time(nil) / 86_400))
    }
}
