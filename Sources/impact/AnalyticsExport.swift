import ArgumentParser
import Foundation
import ImpactKit

/// `impact export PATH --format ndjson -o DIR`: every table of the analytics contract as
/// DIR/TABLE.ndjson and DIR/manifest.json, one document at a time (memory stays flat however large the folder);
/// documents that cannot be read are listed in the manifest and on stderr, the rest goes on; so is a file that
/// holds a canvas or document an earlier file holds (its rows count twice).
extension Export {
    /// Writes the tables and the manifest; returns whether any file was skipped or holds what an earlier one holds.
    func analyticsExport(_ lang: Language) throws -> Bool {
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
        // One file named on the command line is the export: unreadable, it is an error (exit 1, nothing written),
        // as in `impact report`; a misspelt path wrote six empty tables and exited 0. A folder's files are skipped.
        if sources == [file] { _ = try exitOnError { try Files.loadDocument(file) } }
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
        var holdings = AnalyticsHoldings()
        let words = CLIWords.of(lang)
        let jobs = threads.jobs
        // As `impact cohort`: a batch at a time (memory stays a batch's rows), each document read and turned into
        // the rows of every table in one pass on `jobs` threads, each with its own pseudonyms (each name computed
        // once per thread, not ~14 times per document), and written here in name order.
        let namers = (0..<jobs).map { _ in Pseudonyms(settings) }
        let batchSize = max(64, jobs * 16)
        for start in stride(from: 0, to: sources.count, by: batchSize) {
            let batch = Array(sources[start..<min(start + batchSize, sources.count)])
            let results = WorkerSlots<Result<[(lines: [UInt8], count: Int)], CLIError>>(count: batch.count)
            let workers = min(jobs, batch.count)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for index in stride(from: worker, to: batch.count, by: workers) {
                    results[index] = Self.rows(of: batch[index], names: namers[worker])
                }
            }
            for (index, path) in batch.enumerated() {
                switch results[index] ?? .failure(CLIError(verbatim: "\(RawPaths.display(path)): not read")) {
                case .success(let tableRows):
                    let earlier = holdings.note(path, rows: tableRows)
                    if !earlier.isEmpty {
                        let message = words.countedTwice(
                            RawPaths.display(path), earlier.map { RawPaths.display($0) }.joined(separator: ", "))
                        FileHandle.standardError.write(Data(("impact: " + message + "\n").utf8))
                    }
                    for (table, written) in tableRows.enumerated() {
                        try Files.hostPolicy { try tables[table].file.write(written.lines) }
                        rows[table] += written.count
                    }
                case .failure(let error):
                    // Files.loadDocument's errors name the file and the library's code already.
                    let message = "\(error)"
                    skipped.append((path, message))
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                }
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
                .init(
                    key: "counted_twice",
                    value: .array(
                        holdings.countedTwice.map { item in
                            .object(
                                JSONObject([
                                    .init(key: "source", value: .string(item.source)),
                                    .init(key: "same_as", value: .array(item.sameAs.map { .string($0) })),
                                ]))
                        })),
            ]))
        try Files.writeAtomically(JSONWriter.string(manifest), to: output + "/manifest.json")
        for (index, entry) in tables.enumerated() { emit("\(entry.table.rawValue): \(rows[index])\n") }
        return !skipped.isEmpty || !holdings.countedTwice.isEmpty
    }

    /// Every table's rows of one document, or why it could not be read.
    private static func rows(
        of path: String, names: Pseudonyms
    ) -> Result<[(lines: [UInt8], count: Int)], CLIError> {
        do {
            return .success(try AnalyticsRows.tables(try Files.loadDocument(path), names: names))
        } catch let error as CLIError {
            return .failure(error)
        } catch let error as ImpactKitError {
            return .failure(CLIError(verbatim: "\(RawPaths.display(path)): \(described(error))"))
        } catch {
            return .failure(CLIError(verbatim: "\(RawPaths.display(path)): \(error)"))
        }
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
