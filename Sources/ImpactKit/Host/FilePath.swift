#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CHost

/// A file name as the system has it: bytes, not necessarily UTF-8 (a folder copied from an old Windows share holds
/// Latin-1 names). The host policies (AtomicFile, DocumentFolder) work on these, so every host — the C ABI, the
/// bindings, the CLI — reaches every file the system can name.
package struct FilePath: Hashable, Sendable {
    package var bytes: [UInt8]

    package init(bytes: [UInt8]) { self.bytes = bytes }
    package init(_ text: String) { bytes = Array(text.utf8) }

    /// The path for a message: valid UTF-8 as it is, any other byte as `\xE9`.
    package var shown: String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var shown = ""
        Self.walk(
            bytes, scalar: { shown.unicodeScalars.append($0) },
            raw: { byte in
                let hex = String(byte, radix: 16, uppercase: true)
                shown += "\\x" + (hex.count == 1 ? "0" : "") + hex
            })
        return shown
    }

    /// Walks bytes as UTF-8: each scalar of a valid sequence (the longest, 1–4 bytes, at the front) to `scalar`,
    /// each byte that starts none to `raw` — how every host shows or keeps a name that is not UTF-8.
    package static func walk<Bytes: Collection>(_ bytes: Bytes, scalar: (Unicode.Scalar) -> Void, raw: (UInt8) -> Void)
    where Bytes.Element == UInt8 {
        var rest = Array(bytes)[...]
        while let first = rest.first {
            let length = (1...min(4, rest.count)).reversed().first { length in
                String(validating: rest.prefix(length), as: UTF8.self).map { $0.unicodeScalars.count == 1 } ?? false
            }
            if let length, let text = String(validating: rest.prefix(length), as: UTF8.self) {
                text.unicodeScalars.forEach(scalar)
                rest = rest.dropFirst(length)
            } else {
                raw(first)
                rest = rest.dropFirst()
            }
        }
    }

    /// The folder and the last name ("." for a bare name).
    package var split: (directory: FilePath, name: [UInt8]) {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return (FilePath("."), bytes) }
        let directory = Array(bytes[..<slash])
        return (directory.isEmpty ? FilePath("/") : FilePath(bytes: directory), Array(bytes[(slash + 1)...]))
    }

    package func appending(_ name: [UInt8]) -> FilePath { FilePath(bytes: bytes + [UInt8(ascii: "/")] + name) }

    /// Calls `body` with the path as a C string.
    package func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        let text = bytes.map { CChar(bitPattern: $0) } + [0]
        return try body(text)
    }

    /// The names in this folder ("." and ".." left out), or nil when it cannot be listed (chost_errno() says why).
    package func names() -> [[UInt8]]? {
        guard let folder = withCString({ opendir($0) }) else { return nil }
        defer { closedir(folder) }
        var names: [[UInt8]] = []
        while let entry = readdir(folder) {
            // The name's own bytes only, measured with strlen in place: a record is shorter than d_name's 256
            // bytes, and scanning a copy of all of them reads bytes that were never written (valgrind sees it).
            let name = withUnsafeMutablePointer(to: &entry.pointee.d_name) { field in
                field.withMemoryRebound(to: UInt8.self, capacity: 256) { bytes in
                    Array(
                        UnsafeBufferPointer(
                            start: bytes, count: strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name != [UInt8(ascii: ".")], name != [UInt8(ascii: "."), UInt8(ascii: ".")] { names.append(name) }
        }
        return names
    }

    /// Why the last system call failed, in the system's words (chost_errno()): "No space left on device".
    package static func reason() -> String { String(cString: strerror(chost_errno())) }
}
