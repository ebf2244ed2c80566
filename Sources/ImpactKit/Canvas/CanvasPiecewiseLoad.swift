import CJansson
import JanssonAllocation

/// A large canvas read without jansson's whole tree. A load held jansson's tree (5–6× the document)
/// and the model (about 2×) at once. Read piecewise, jansson parses the document without its placements (the
/// "skeleton", small), then the placements a group at a time, decoded into the model and freed at once: the peak
/// is the model, the skeleton and one group. jansson still reads every byte, with the same flags.
///
/// Only for the good case: anything unexpected (a refusal, a malformed list, a NUL, memory) gives nil, and the
/// caller reads the document whole — so every error, with its pointer, line and column, is the whole read's own.
extension Canvas {
    /// Smaller documents are read whole: their tree is small, and the piecewise path does more calls.
    static let piecewiseFrom = 64 << 10

    static func piecewise(_ bytes: UnsafeRawBufferPointer, limits: Limits) -> Canvas? {
        guard bytes.count >= piecewiseFrom, bytes.count <= limits.maxDocumentBytes,
            let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
        else { return nil }
        var found: JSONParser.RootArray?
        do {
            guard try JSONParser.prescan(bytes, limits: limits, rootArray: "placements", found: &found) == nil else {
                return nil
            }
        } catch {
            return nil
        }
        guard var list = found, !list.duplicate, list.close > list.open else { return nil }
        // `[ ]` is one blank "element"; a blank one among others is `[a,,b]` or a trailing comma: read whole.
        let isBlank = { (range: Range<Int>) in range.allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains(base[$0]) } }
        if list.elements.count == 1, isBlank(list.elements[0]) { list.elements = [] }
        guard !list.elements.contains(where: isBlank) else { return nil }

        _ = JanssonBridge.seeded
        let flags = Int(JSON_REJECT_DUPLICATES | JSON_DECODE_ANY)
        // The skeleton: everything but what lies between the placements' brackets (errors are never read from it).
        let feed = SkeletonFeed(base: base, count: bytes.count, skip: (list.open + 1)..<list.close)
        var error = json_error_t()
        impactkit_jansson_allocation_begin()
        let skeleton = withExtendedLifetime(feed) {
            json_load_callback(SkeletonFeed.read, Unmanaged.passUnretained(feed).toOpaque(), flags, &error)
        }
        guard impactkit_jansson_allocation_failed() == 0, let skeleton else {
            if let skeleton { json_decref(skeleton) }
            return nil
        }
        defer { json_decref(skeleton) }
        // The placements in groups of about 1/64 of the document (a call per placement cost more than the
        // tree saved): each group's bytes, commas included, wrapped in brackets and parsed as one array.
        let budget = max(4096, bytes.count / 64)
        var groups: [Range<Int>] = []
        var first = 0
        for index in list.elements.indices {
            let size = list.elements[index].upperBound - list.elements[first].lowerBound
            if size >= budget || index == list.elements.count - 1 {
                groups.append(first..<(index + 1))
                first = index + 1
            }
        }
        let elements = list.elements
        return try? Canvas(node: JanssonView(json: skeleton)) { canvas in
            canvas.store.reserveCapacity(elements.count)
            var buffer: [UInt8] = []
            for group in groups {
                let start = elements[group.lowerBound].lowerBound, end = elements[group.upperBound - 1].upperBound
                buffer.removeAll(keepingCapacity: true)
                buffer.append(UInt8(ascii: "["))
                buffer.append(contentsOf: UnsafeBufferPointer(start: base + start, count: end - start))
                buffer.append(UInt8(ascii: "]"))
                impactkit_jansson_allocation_begin()
                let array = buffer.withUnsafeBufferPointer { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { json_loadb($0.baseAddress, $0.count, flags, &error) }
                }
                guard impactkit_jansson_allocation_failed() == 0, let array, json_array_size(array) == group.count
                else {
                    if let array { json_decref(array) }
                    throw ReadWhole()
                }
                defer { json_decref(array) }
                for (offset, index) in group.enumerated() {
                    guard let item = json_array_get(array, offset) else { throw ReadWhole() }
                    try at(index) { try canvas.add(try Canvas.decodePlacement(JanssonView(json: item))) }
                }
            }
        }
    }
}

/// Hands jansson the document without the bytes in `skip`.
private final class SkeletonFeed {
    let base: UnsafePointer<UInt8>
    let count: Int
    let skip: Range<Int>
    var position = 0

    init(base: UnsafePointer<UInt8>, count: Int, skip: Range<Int>) {
        self.base = base
        self.count = count
        self.skip = skip
    }

    static let read: json_load_callback_t = { buffer, size, data in
        guard let buffer, let data else { return 0 }
        let feed = Unmanaged<SkeletonFeed>.fromOpaque(data).takeUnretainedValue()
        if feed.skip.contains(feed.position) { feed.position = feed.skip.upperBound }
        let stop = feed.position < feed.skip.lowerBound ? feed.skip.lowerBound : feed.count
        let length = min(size, stop - feed.position)
        buffer.copyMemory(from: feed.base + feed.position, byteCount: length)
        feed.position += length
        return length
    }
}

/// Not an error anyone sees: the piecewise read steps aside and the whole read reports what is wrong.
private struct ReadWhole: Error {}
