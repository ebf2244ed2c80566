/// Comma-separated values as RFC 4180 defines them: CRLF line ends, every field that holds a comma, quote, CR or
/// LF quoted, quotes doubled. UTF-8 without a byte-order mark. Spreadsheet formula injection is defused: a field
/// starting with =, +, -, @, tab or CR gets a leading apostrophe (OWASP's advice for CSV opened in spreadsheets).
public struct CSVTable: Equatable, Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    public var text: String {
        var out = ""
        for row in [header] + rows {
            out += row.map(CSVTable.field).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
            Double(value) == nil  // negative numbers stay numbers
        {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return value
        }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}

extension Canvas {
    /// The columns of the placements table (also a journey's, whose rows are every moment's).
    public static let placementsHeader = [
        "canvas", "moment", "date", "placement", "domain", "field", "card", "text", "note", "intended", "spheres",
        "valued_by", "interaction", "partners",
    ]

    /// One row per placement: canvas, moment, domain, field, card or text, note, effect and interaction parts.
    public func placementsCSV(language: Language) -> CSVTable {
        var table = CSVTable(header: Canvas.placementsHeader)
        for placement in placements {
            let cardText = placement.card.flatMap { card($0)?.text[language] } ?? placement.text ?? ""
            table.rows.append([
                id, moment?.label ?? "", moment?.date ?? "", placement.id,
                template.domain(placement.domain)?.name[language] ?? placement.domain, placement.field.rawValue,
                placement.card ?? "", cardText, placement.note ?? "",
                placement.effect?.intended.map { $0 ? "yes" : "no" } ?? "",
                placement.effect?.spheres.map(\.rawValue).joined(separator: ";") ?? "",
                placement.effect?.valuedBy.map(\.rawValue).joined(separator: ";") ?? "",
                placement.interaction?.mode?.rawValue ?? "",
                placement.interaction?.partners.map(\.rawValue).joined(separator: ";") ?? "",
            ])
        }
        return table
    }
}

extension Cohort {
    /// The heat map: one row per domain and field with cards, groups with cards and their share.
    public func heatMapCSV(language: Language) -> CSVTable {
        var table = CSVTable(header: [
            "domain", "name", "field", "cards", "groups", "share_of_groups", "groups_in_use", "share_of_groups_in_use",
        ])
        for row in domains {
            for (index, field) in Field.allCases.enumerated() {
                let cell = row.cells[index]
                table.rows.append([
                    row.id, row.name[language], field.rawValue, String(cell.cards), String(cell.groups),
                    ImpactKitDecimal.string(share(cell.groups), places: 4), String(row.groupsInUse),
                    ImpactKitDecimal.string(Cohort.share(cell.groups, of: row.groupsInUse), places: 4),
                ])
            }
        }
        return table
    }
}

extension ChangeLog {
    /// One row per change: person, group, role, statement, votes, weight, IDG dimension and skill, SDGs, helices.
    public func changesCSV() -> CSVTable {
        var table = CSVTable(header: [
            "change", "person", "group", "role", "statement", "quote", "votes", "weight", "dimension", "skill", "sdgs",
            "helices",
        ])
        let people = Dictionary(self.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for change in changes {
            let person = people[change.person]
            table.rows.append([
                change.id, change.person, person?.group ?? "", person?.role ?? "", change.statement, change.quote ?? "",
                change.votes.map(String.init) ?? "", change.weight.map { "\($0)" } ?? "",
                dimension(of: change)?.rawValue ?? "", change.skill ?? "",
                change.sdgs.map(String.init).joined(separator: ";"),
                change.helices.map(\.rawValue).joined(separator: ";"),
            ])
        }
        return table
    }
}

/// Ten-thousandths as a decimal string ("6667" → "0.6667"), without floating point.
enum ImpactKitDecimal {
    static func string(_ tenThousandths: Int, places: Int) -> String {
        let whole = tenThousandths / 10_000, rest = tenThousandths % 10_000
        let digits = String(rest)
        return "\(whole)." + String(repeating: "0", count: max(0, places - digits.count)) + digits
    }
}
