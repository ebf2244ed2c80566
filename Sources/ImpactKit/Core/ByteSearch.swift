extension Array where Element == UInt8 {
    /// Where `needle` (not empty) first occurs at or after `start`: the one byte search the readers that work on
    /// UTF-8 or PDF bytes share (message patterns, the tagged PDF's objects, names and attributes).
    func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start >= 0, count - start >= needle.count else { return nil }
        var index = start
        while index <= count - needle.count {
            if self[index] == first, self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
