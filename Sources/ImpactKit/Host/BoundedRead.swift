#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CHost

/// Reading one file whole, bounded by a size limit: the one reader behind the folder listing (every binding) and
/// the CLI's file arguments. A regular file over the limit is refused by its size before a byte is read; a stream
/// (a pipe, `/dev/stdin`), when the caller takes one, is read until it passes the limit. Each host words the
/// failure itself (the CLI names its `--max-document-bytes`), so the failure is a case, not a sentence.
package enum BoundedRead {
    package enum Failure: Error, Equatable {
        /// open, fstat or read failed; the system's reason.
        case unreadable(String)
        case directory
        /// Not a regular file, and streams were not taken (or a socket).
        case notRegular
        /// Over the limit: the file's size when it had one to check first.
        case overLimit(size: Int?)
    }

    package static func bytes(of file: FilePath, limit: Int, streams: Bool) throws(Failure) -> [UInt8] {
        let descriptor = file.withCString { chost_open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw .unreadable(FilePath.reason()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(FilePath.reason()) }
        switch chost_file_type(status.st_mode) {
        case chost_regular():
            guard status.st_size <= limit else { throw .overLimit(size: Int(status.st_size)) }
            // One byte more than the size is asked for, so a file that grew since fstat is still caught.
            return try read(descriptor, limit: limit, expected: Int(status.st_size) + 1)
        case chost_directory():
            throw .directory
        case chost_fifo(), chost_character_device(), chost_block_device():
            guard streams else { throw .notRegular }
            return try read(descriptor, limit: limit, expected: 1 << 16)
        default:
            throw .notRegular
        }
    }

    /// Reads to the end, or until more than `limit` bytes came.
    private static func read(_ descriptor: Int32, limit: Int, expected: Int) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(1, min(expected, limit + 1)))
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { throw .overLimit(size: nil) }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return systemRead(descriptor, base + count, buffer.count - count)
            }
            if got < 0, chost_errno() == EINTR { continue }
            guard got >= 0 else { throw .unreadable(FilePath.reason()) }
            if got == 0 { break }
            count += got
        }
        guard count <= limit else { throw .overLimit(size: nil) }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}

/// read(2), named apart from `BoundedRead.read`.
private func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, bytes, count)
}
