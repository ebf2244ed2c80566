import ImpactKit

/// What each file of an analytics export holds, by its rows: a file that holds a canvas or document an earlier file
/// of the same export holds (a journey beside its moments' own files, a copy of a file) is said, because its rows
/// count twice in the warehouse's tables. The keys are the rows' own (pseudonymous) ids, so nothing is named here
/// that the tables do not name.
struct AnalyticsHoldings {
    private var firstHolder: [String: String] = [:]
    /// Every file that holds something an earlier one holds, with those earlier files, in export order.
    private(set) var countedTwice: [(source: String, sameAs: [String])] = []

    /// Notes what `source`'s rows hold; returns the earlier files that hold some of it (empty: none).
    mutating func note(_ source: String, rows: [(lines: [UInt8], count: Int)]) -> [String] {
        var earlier: [String] = []
        for key in Self.keys(rows) {
            if let holder = firstHolder[key] {
                if holder != source && !earlier.contains(holder) { earlier.append(holder) }
            } else {
                firstHolder[key] = source
            }
        }
        if !earlier.isEmpty { countedTwice.append((source, earlier)) }
        return earlier
    }

    /// The documents and canvases the rows are of: a group's document and each moment's canvas (a lone canvas is
    /// both, with one id), a change log's document (its tables' first row).
    static func keys(_ rows: [(lines: [UInt8], count: Int)]) -> [String] {
        var keys: [String] = []
        for (index, table) in AnalyticsTable.allCases.enumerated() where index < rows.count {
            let lines = rows[index].lines.split(separator: UInt8(ascii: "\n"))
            switch table {
            case .groups, .changes, .sroiOutcomes:
                if let first = lines.first, let id = field("document", of: first) { keys.append(id) }
            case .moments:
                keys += lines.compactMap { field("canvas", of: $0) }
            default:
                break
            }
        }
        return keys
    }

    private static func field(_ name: String, of line: ArraySlice<UInt8>) -> String? {
        guard case .object(let row)? = try? JSONValue(jsonText: String(decoding: line, as: UTF8.self)),
            case .string(let value)? = row[name]
        else { return nil }
        return value
    }
}
