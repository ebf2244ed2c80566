import Glibc
import CJansson
@testable import ImpactKit

func json_decref_shim(_ json: UnsafeMutablePointer<json_t>) { json_decref(json) }

/// The error a throwing expression produced, or nil when it did not throw.
func caught<T>(_ body: () throws -> T) -> ImpactKitError? {
    do {
        _ = try body()
        return nil
    } catch let error as ImpactKitError {
        return error
    } catch {
        return nil
    }
}

/// The directory holding examples/data, found from this file's path.
let repositoryRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()

func readFile(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Every .swift file under `directory`, recursively (opendir/readdir: the tests use no Foundation).
func sourceFiles(_ directory: String) -> [String] {
    guard let handle = opendir(directory) else { return [] }
    defer { closedir(handle) }
    var files: [String] = []
    while let entry = readdir(handle) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard name != ".", name != ".." else { continue }
        let path = directory + "/" + name
        if entry.pointee.d_type == UInt8(DT_DIR) {
            files += sourceFiles(path)
        } else if name.hasSuffix(".swift") {
            files.append(path)
        }
    }
    return files.sorted()
}

// Reading into report JSON in tests (`report["scans"]?[0]?["themes"]`) uses the library's own public subscripts.
