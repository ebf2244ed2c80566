#if canImport(Glibc)
    import Glibc
#endif
import Testing
@testable import ImpactKit

/// The one bounded reader behind the folder listing (every binding) and the CLI's file arguments.
@Suite("Reading a file whole within a limit")
struct BoundedReadTests {
    static func temporary(_ name: String, _ text: String) -> FilePath {
        let path = "/tmp/impactkit-bounded-\(getpid())-\(name)"
        let file = fopen(path, "wb")
        fputs(text, file)
        fclose(file)
        return FilePath(bytes: Array(path.utf8))
    }

    @Test func aRegularFileIsReadOrRefusedByItsSize() throws {
        let file = Self.temporary("regular", "{\"a\": 1}")
        defer { _ = file.withCString { unlink($0) } }
        #expect(try BoundedRead.bytes(of: file, limit: 8, streams: false) == Array("{\"a\": 1}".utf8))
        #expect(throws: BoundedRead.Failure.overLimit(size: 8)) {
            try BoundedRead.bytes(of: file, limit: 7, streams: true)
        }
        let empty = Self.temporary("empty", "")
        defer { _ = empty.withCString { unlink($0) } }
        #expect(try BoundedRead.bytes(of: empty, limit: 0, streams: false).isEmpty)
    }

    @Test func whatIsNotAFileIsNamed() throws {
        #expect(throws: BoundedRead.Failure.directory) {
            try BoundedRead.bytes(of: FilePath(bytes: Array("/tmp".utf8)), limit: 10, streams: true)
        }
        #expect(throws: BoundedRead.Failure.unreadable("No such file or directory")) {
            try BoundedRead.bytes(
                of: FilePath(bytes: Array("/tmp/impactkit-no-such-file".utf8)), limit: 10, streams: true)
        }
    }

    /// A pipe has no size to check first: taken only when the host takes streams, and stopped past the limit.
    @Test func aStreamIsReadUntilItPassesTheLimit() throws {
        func pipeWith(_ count: Int) -> (FilePath, Int32) {
            var ends: [Int32] = [0, 0]
            _ = pipe(&ends)
            let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: count)
            _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, count) }
            close(ends[1])
            return (FilePath(bytes: Array("/dev/fd/\(ends[0])".utf8)), ends[0])
        }
        let (small, smallEnd) = pipeWith(3000)
        defer { close(smallEnd) }
        #expect(try BoundedRead.bytes(of: small, limit: 3000, streams: true).count == 3000)
        let (refused, refusedEnd) = pipeWith(10)
        defer { close(refusedEnd) }
        #expect(throws: BoundedRead.Failure.notRegular) {
            try BoundedRead.bytes(of: refused, limit: 100, streams: false)
        }
        let (large, largeEnd) = pipeWith(40_000)
        defer { close(largeEnd) }
        #expect(throws: BoundedRead.Failure.overLimit(size: nil)) {
            try BoundedRead.bytes(of: large, limit: 39_999, streams: true)
        }
    }
}
