import ArgumentParser
import Foundation
import ImpactKit

/// `impact export PATH --format ndjson -o DIR`: every table of the analytics contract as
/// DIR/TABLE.ndjson and DIR/manifest.json, one document at a time (memory stays flat however large the folder);
/// documents that cannot be read are listed in the manifest and on stderr, the rest goes on.
extension Export {
    func analyticsExport(_ lang: Language) throws {
        guard let output else { throw CLIError("--format ndjson needs -o DIR (the folder for the tables)") }
        var settings = AnalyticsSettings(
            institution: institution, programme: programme, names: realNames ? .real : .pseudonymous)
        if let salt = try pseudonymSalt() { settings.pseudonymSalt = try XAPISettings.salt(salt) }
        do {
            try settings.validated()
        } catch let error as ImpactKitError where error.path == "/pseudonym_salt" {
            throw CLIError(
                "analytics rows name no group or person by default: give a pseudonym salt (--pseudonym-salt-file FILE or $IMPACTKIT_PSEUDONYM_SALT, at least 16 bytes) or --real-names"
            )
        }
        let sources = try documentPaths()
        try Files.createDirectories(output)
        // Each table is written whole or not at all, beside the others of this run (exclusive temporaries: two
        // exports into one folder do not mix, a planted link is never followed), and its mode kept.
        let tables = try AnalyticsTable.allCases.map { table in
            (
                table: table,
                file: try Files.hostPolicy { try AtomicFile(Files.filePath(output + "/" + table.rawValue + ".ndjson")) }
            )
        }
        var rows = [Int](repeating: 0, count: tables.count)
        var skipped: [(source: String, error: String)] = []
        for path in sources {
            let document: any ImpactDocument
            do {
                document = try Files.loadDocument(path)
            } catch {
                // Files.loadDocument's errors name the file and the library's code already.
                let message = "\(error)"
                skipped.append((path, message))
                FileHandle.standardError.write(Data((message + "\n").utf8))
                continue
            }
            for (index, entry) in tables.enumerated() {
                let bytes = try AnalyticsRows.ndjson(document, table: entry.table, settings: settings)
                try Files.hostPolicy { try entry.file.write(bytes) }
                rows[index] += bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            }
        }
        for entry in tables { try Files.hostPolicy { try entry.file.commit() } }
        var counts = JSONObject()
        for (index, entry) in tables.enumerated() { counts.append(entry.table.rawValue, .int(Int64(rows[index]))) }
        let manifest = JSONValue.object(
            JSONObject([
                .init(key: "schema", value: .string(AnalyticsTable.schemaID)),
                .init(key: "format", value: .string("ndjson")),
                .init(key: "rows", value: .object(counts)),
                .init(
                    key: "skipped",
                    value: .array(
                        skipped.map { item in
                            .object(
                                JSONObject([
                                    .init(key: "source", value: .string(item.source)),
                                    .init(key: "message", value: .string(item.error)),
                                ]))
                        })),
            ]))
        try Files.writeAtomically(JSONWriter.string(manifest), to: output + "/manifest.json")
        for (index, entry) in tables.enumerated() { emit("\(entry.table.rawValue): \(rows[index])\n") }
    }

    /// The file itself, or a folder's *.json files in name order.
    private func documentPaths() throws -> [String] {
        var status = stat()
        guard RawPaths.withCPath(file, { stat($0, &status) }) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
            return [file]
        }
        return try Files.jsonFiles(in: file).map { file + "/" + $0 }
    }
}
