// What the client tests read from the repository: example documents, the guide and their own source.
import Glibc
import Testing

/// The repository's root, from this file's place in it.
let repositoryRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
}()

/// A file's text, whole.
func text(_ path: String) throws -> String {
    let file = try #require(fopen(path, "rb"))
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while case let count = fread(&buffer, 1, buffer.count, file), count > 0 { bytes += buffer[..<count] }
    return String(decoding: bytes, as: UTF8.self)
}

/// An example document of `examples/data/`.
func example(_ name: String) throws -> String {
    try text(repositoryRoot + "/examples/data/" + name)
}
