#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bytes written straight into memory from `malloc`, so that the C layer hands this very buffer to its caller
/// (who frees it with `ik_free`) instead of copying an array into a new one: no copy on the way out, and no
/// second copy of a large document alive while it is handed over ("one fast writer").
///
/// Noncopyable, so exactly one owner frees the memory: `handOver()` gives it away, otherwise `deinit` frees it.
/// An allocation that fails marks the buffer failed and later writes are dropped; the owner asks `failed` (or
/// gets nil from `handOver()`) and reports out of memory rather than trapping inside a host.
package struct OutputBytes: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>?
    package private(set) var count = 0
    private var capacity = 0
    package private(set) var failed = false

    package init(capacity: Int = 4096) {
        reserve(Swift.max(capacity, 16))
    }

    deinit { free(base) }

    /// Room for `extra` more bytes and the NUL that `handOver()` adds, growing by half again (realloc keeps what
    /// was written).
    @inline(__always)
    private mutating func ensure(_ extra: Int) -> Bool {
        if count + extra < capacity { return true }
        return grow(extra)
    }

    private mutating func grow(_ extra: Int) -> Bool {
        guard !failed else { return false }
        let needed = count + extra + 1
        return reserve(Swift.max(needed, capacity + capacity / 2))
    }

    @discardableResult
    private mutating func reserve(_ size: Int) -> Bool {
        guard let grown = realloc(base, size) else {
            failed = true
            return false
        }
        base = grown.assumingMemoryBound(to: UInt8.self)
        capacity = size
        return true
    }

    @inline(__always)
    package mutating func append(_ byte: UInt8) {
        guard ensure(1), let base else { return }
        base[count] = byte
        count += 1
    }

    package mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty, ensure(bytes.count), let base, let source = bytes.baseAddress else { return }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    package mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    package mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// `count` copies of `byte` (indentation).
    package mutating func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0, ensure(repeats), let base else { return }
        (base + count).initialize(repeating: byte, count: repeats)
        count += repeats
    }

    /// The bytes where they are, for a writer that sends them on without a copy (empty if an allocation failed).
    package borrowing func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: failed ? nil : base, count: failed ? 0 : count))
    }

    /// The bytes as a Swift array, for the Swift API (one copy, there).
    package consuming func array() -> [UInt8] {
        guard let base, !failed else { return [] }
        return Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes, NUL-terminated, for a caller that frees them with `free`; nil if an allocation failed.
    package consuming func handOver() -> UnsafeMutablePointer<UInt8>? {
        guard !failed, ensure(0), let base else { return nil }
        base[count] = 0
        self.base = nil
        return base
    }
}
