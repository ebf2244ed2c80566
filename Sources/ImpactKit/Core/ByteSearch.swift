extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Where `needle` (not empty) first occurs at or after `start`: the one forward byte search the readers that
    /// work on UTF-8 or PDF bytes share (message patterns, the tagged PDF's objects, names and attributes).
    func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, start >= startIndex, endIndex - start >= needle.count else { return nil }
        var index = start
        while index <= endIndex - needle.count {
            if self[index] == first, self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Where `needle` (not empty) last occurs wholly before `end`: the backward twin, for what is found from the end
    /// (a cohort cache's seal, a PDF's last cross-reference table).
    func lastIndex(of needle: [UInt8], before end: Int) -> Int? {
        guard let first = needle.first, end >= startIndex, end <= endIndex, end - startIndex >= needle.count else {
            return nil
        }
        var index = end - needle.count
        while index >= startIndex {
            if self[index] == first, self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
