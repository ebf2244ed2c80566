/// A document as rows of the analytics tables: NDJSON, one compact JSON object a line, its members
/// exactly the table's columns in their order (`AnalyticsTable.columns`). A host streams a folder one document at
/// a time, so memory stays flat however many documents there are; the Python binding turns the lines into Arrow
/// and Parquet without building Python dicts, and ClickHouse reads them as they are (`FORMAT JSONEachRow`).
///
/// Canvases and journeys give groups, moments, moment_domains and placements; change logs give changes and
/// sroi_outcomes; every other table of a document is empty (no lines), so one loop can ask every document for
/// every table.
public enum AnalyticsRows {
    public static func ndjson(
        _ document: any ImpactDocument, table: AnalyticsTable, settings: AnalyticsSettings
    ) throws -> [UInt8] {
        try output(document, table: table, settings: settings).array()
    }

    /// The same lines in the buffer the C layer hands to its caller.
    package static func output(
        _ document: any ImpactDocument, table: AnalyticsTable, settings: AnalyticsSettings
    ) throws -> OutputBytes {
        try settings.validated()
        var rows = RowWriter(table)
        source(document, names: Pseudonyms(settings))?.write(table, to: &rows)
        return rows.finish()
    }

    /// Every table's lines of a document and how many (in `AnalyticsTable.allCases` order) in one pass: each canvas evaluated
    /// once for all tables, each name computed once by `names`, which the caller keeps for a whole run (or one per
    /// worker thread: it is not shared).
    package static func tables(
        _ document: any ImpactDocument, names: Pseudonyms
    ) throws -> [(lines: [UInt8], count: Int)] {
        try names.settings.validated()
        let source = source(document, names: names)
        return AnalyticsTable.allCases.map { table in
            var rows = RowWriter(table)
            source?.write(table, to: &rows)
            let count = rows.lines
            return (rows.finish().array(), count)
        }
    }

    /// What writes a document's rows; nil for a kind with no rows in any table.
    private static func source(_ document: any ImpactDocument, names: Pseudonyms) -> (any TableSource)? {
        switch document {
        case let canvas as Canvas:
            return GroupRows(
                names: names, document: canvas.id, title: canvas.title, kind: "canvas", group: nil,
                programme: nil, canvases: [canvas])
        case let journey as Journey:
            return GroupRows(
                names: names, document: journey.id, title: journey.title, kind: "journey", group: journey.group,
                programme: journey.programme, canvases: journey.moments)
        case let log as ChangeLog:
            return ChangeLogRows(names: names, log: log)
        default:
            return nil
        }
    }
}

/// A document's rows, one table at a time.
private protocol TableSource {
    func write(_ table: AnalyticsTable, to rows: inout RowWriter)
}

/// One value of a row, in its column's place.
enum AnalyticsCell {
    case text(String?)
    case int(Int?)
    case double(Double?)
    case bool(Bool?)
    case texts([String])
    case ints([Int])
}

/// Writes rows as NDJSON, pairing each cell with its column's name, so a row cannot put a value under the wrong
/// column (a test checks every table's rows against its columns). A row is given in parts (the owner's cells, the
/// moment's, the row's own), written one after the other rather than joined into a new array per row.
struct RowWriter: ~Copyable {
    private var sink = JSONTextSink(pretty: false, capacity: 1024)
    private let keys: [[UInt8]]
    private(set) var lines = 0

    init(_ table: AnalyticsTable) {
        keys = Self.encodedKeys[table] ?? []
    }

    /// Each table's column names as `"name":`, escaped once per process.
    private static let encodedKeys: [AnalyticsTable: [[UInt8]]] = Dictionary(
        uniqueKeysWithValues: AnalyticsTable.allCases.map { table in
            (
                table,
                table.columns.map { column in
                    var text = OutputBytes(capacity: column.name.utf8.count + 3)
                    JSONWriter.writeString(column.name, into: &text)
                    text.append(UInt8(ascii: ":"))
                    return text.array()
                }
            )
        })

    mutating func row(_ parts: [AnalyticsCell]...) {
        sink.beginObject()
        var column = 0
        for cells in parts {
            for cell in cells where column < keys.count {
                sink.encodedKey(keys[column])
                column += 1
                switch cell {
                case .text(let text?): sink.string(text)
                case .int(let number?): sink.int(Int64(number))
                case .double(let number?): sink.double(number)
                case .bool(let flag?): sink.bool(flag)
                case .texts(let texts):
                    sink.beginArray()
                    for text in texts { sink.string(text) }
                    sink.endArray()
                case .ints(let numbers):
                    sink.beginArray()
                    for number in numbers { sink.int(Int64(number)) }
                    sink.endArray()
                case .text(nil), .int(nil), .double(nil), .bool(nil): sink.null()
                }
            }
        }
        sink.endObject()
        sink.lineBreak()
        lines += 1
    }

    consuming func finish() -> OutputBytes { sink.finish() }
}

/// The rows of one group's canvases (a lone canvas is a journey of one moment). Each canvas is evaluated once, when
/// the first table that needs it asks, and reused by the others.
private final class GroupRows: TableSource {
    let names: Pseudonyms
    let title: String
    let kind: String
    let canvases: [Canvas]
    let owner: [AnalyticsCell]
    let groupID: String
    private lazy var evaluations: [CanvasEvaluation] = canvases.map { $0.evaluate() }

    init(
        names: Pseudonyms, document: String, title: String, kind: String, group: String?, programme: String?,
        canvases: [Canvas]
    ) {
        self.names = names
        self.title = title
        self.kind = kind
        self.canvases = canvases
        owner = names.owner(programme: programme, document: document)
        groupID = names.pseudonym("group", group ?? document)
    }

    func write(_ table: AnalyticsTable, to rows: inout RowWriter) {
        if table == .groups {
            rows.row(
                owner,
                [
                    .text(groupID), .text(kind), .text(names.settings.names == .real ? title : nil),
                    .int(canvases.count),
                ])
            return
        }
        guard table == .moments || table == .momentDomains || table == .placements else { return }
        for (index, canvas) in canvases.enumerated() {
            let date = canvas.moment?.date
            let moment: [AnalyticsCell] = [
                .text(groupID), .int(index + 1), .bool(index == canvases.count - 1), .text(canvas.summary.label),
                .text(date), .text(date.map { String($0.prefix(7)) }),
            ]
            switch table {
            case .moments:
                let evaluation = evaluations[index]
                let step =
                    index > 0
                    ? CanvasComparison(
                        from: canvases[index - 1], evaluations[index - 1], to: canvas, evaluation) : nil
                let impact = canvas.impact
                rows.row(
                    owner, moment,
                    [
                        .text(names.pseudonym("document", canvas.id)), .text(canvas.template.id),
                        .text(canvas.variant.rawValue),
                        .text(canvas.purpose?.rawValue), .int(evaluation.totalCards),
                        .int(evaluation.total(in: .activity)),
                        .int(evaluation.total(in: .place)), .int(evaluation.total(in: .result)),
                        .int(evaluation.domains.count),
                        .int(evaluation.domains(.covered).count), .int(evaluation.domains(.partial).count),
                        .int(evaluation.domains(.empty).count),
                        .texts(evaluation.strongest.map(CanvasEvaluation.domains(of:)) ?? []),
                        .texts(evaluation.weakest.map(CanvasEvaluation.domains(of:)) ?? []),
                        .int(step?.added), .int(step?.newlyCovered.count), .int(impact.resultsWithSpheres),
                        .int(canvas.chains.count),
                    ])
            case .momentDomains:
                for figures in evaluations[index].domains {
                    rows.row(
                        owner, moment,
                        [
                            .text(figures.domain.id), .int(figures.count(in: .activity)),
                            .int(figures.count(in: .place)),
                            .int(figures.count(in: .result)), .int(figures.cards), .text(figures.coverage.rawValue),
                        ])
                }
            default:
                for placement in canvas.placements {
                    let card = placement.card.flatMap(canvas.card)
                    rows.row(
                        owner, moment,
                        [
                            .text(placement.id), .text(placement.card), .text(card?.kind.rawValue),
                            .bool(card?.isCustom ?? false),
                            .text(placement.domain), .text(placement.field.rawValue), .bool(placement.note != nil),
                            .bool(placement.effect?.intended), .text(placement.effect?.valence?.rawValue),
                            .texts(placement.effect?.spheres.map(\.rawValue) ?? []),
                            .texts(placement.effect?.valuedBy.map(\.rawValue) ?? []),
                            .text(placement.interaction?.mode?.rawValue),
                            .texts(placement.interaction?.partners.map(\.rawValue) ?? []),
                            .int(canvas.index.chainUses[placement.id] ?? 0),
                        ])
                }
            }
        }
    }
}

/// The rows of a change log: its changes and its SROI outcomes.
private struct ChangeLogRows: TableSource {
    let names: Pseudonyms
    let log: ChangeLog

    func write(_ table: AnalyticsTable, to rows: inout RowWriter) {
        let owner = names.owner(programme: nil, document: log.id)
        switch table {
        case .changes:
            let groupOf = Dictionary(log.people.map { ($0.id, $0.group) }, uniquingKeysWith: { first, _ in first })
            let inScope = Dictionary(log.groups.map { ($0.id, $0.inScope) }, uniquingKeysWith: { first, _ in first })
            for change in log.changes {
                let group = groupOf[change.person] ?? ""
                rows.row(
                    owner,
                    [
                        .text(change.id), .text(names.person(change.person)), .text(group),
                        .bool(inScope[group] ?? false),
                        .text(change.dimension?.rawValue), .text(change.skill), .ints(change.sdgs),
                        .texts(change.helices.map(\.rawValue)),
                        .int(change.votes), .double(change.weight), .bool(change.verified != nil),
                    ])
            }
        case .sroiOutcomes:
            guard let sroi = log.sroi else { return }
            let result = sroi.calculate()
            for (outcome, computed) in zip(sroi.outcomes, result.outcomes) {
                rows.row(
                    owner,
                    [
                        .text(outcome.id), .text(outcome.group), .text(sroi.currency), .double(outcome.quantity),
                        .double(outcome.proxy),
                        .text(outcome.proxyID), .int(outcome.duration), .double(outcome.deadweight),
                        .double(outcome.attribution),
                        .double(outcome.displacement), .double(outcome.dropOff), .double(sroi.discountRate),
                        .double(computed.impact),
                        .double(computed.presentValue), .double(result.totalPresentValue), .double(result.inputs),
                        .double(result.ratio),
                    ])
            }
        default:
            break
        }
    }
}
