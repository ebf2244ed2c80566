#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import ImpactKit

/// File names are bytes, not text. A name that is not UTF-8 (`caf\xe9.json`, Latin-1 from an old ZIP) reached
/// Swift as text with U+FFFD in place of its bytes, and opening that text found nothing: no `impact` command could
/// read such a file. The CLI therefore decodes its command line and the folders it lists itself:
/// each byte that is not part of valid UTF-8 becomes one code point of the private-use range U+10FF00–U+10FFFF (as
/// Python's surrogateescape does with lone surrogates, which a Swift string cannot hold), and every system call
/// takes its path through `withCPath`, which turns those code points back into the bytes. Messages show them as
/// `\xE9`.
enum RawPaths {
    private static let base: UInt32 = 0x10FF00

    /// Bytes as text, invalid UTF-8 kept byte for byte in the private-use range.
    static func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        FilePath.walk(
            bytes, scalar: { scalars.append($0) }, raw: { scalars.append(Unicode.Scalar(base | UInt32($0)) ?? "?") })
        return String(scalars)
    }

    /// The bytes a path stands for (UTF-8, with the private-use code points as their raw bytes).
    static func bytes(_ path: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if scalar.value & ~0xFF == base {
                out.append(UInt8(scalar.value & 0xFF))
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// Runs `body` with the path as the C string the system knows.
    static func withCPath<T>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        guard path.unicodeScalars.contains(where: { $0.value & ~0xFF == base }) else {
            return try path.withCString(body)
        }
        return try FilePath(bytes: bytes(path)).withCString(body)
    }

    /// The path for a message: raw bytes shown as `\xE9` (FilePath.shown, the library's way).
    static func display(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { $0.value & ~0xFF == base }) else { return path }
        return FilePath(bytes: bytes(path)).shown
    }

    /// The command line as given, each argument decoded as above (CommandLine.arguments repairs invalid UTF-8 to
    /// U+FFFD, which loses the bytes).
    static func arguments() -> [String] {
        (0..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return "" }
            return decode(
                UnsafeBufferPointer(
                    start: UnsafeRawPointer(argument).assumingMemoryBound(to: UInt8.self),
                    count: strlen(argument)))
        }
    }
}
