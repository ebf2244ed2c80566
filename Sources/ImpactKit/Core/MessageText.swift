/// A message being made from a catalogue case: its UTF-8 bytes, and for each byte whether the catalogue wrote it
/// (the case's own words, the words it gives `{w}` arguments) or the caller did (ids, names, numbers, jansson's quote
/// of the input). A language's last touch (Dutch agreement) changes the catalogue's words only: a card a student
/// named "onbekende veld" keeps its name in the message about it.
struct MessageText {
    private(set) var bytes: [UInt8] = []
    /// Per byte of `bytes`: whether the catalogue wrote it.
    private var catalogueFlags: [Bool] = []

    init() {}

    init(catalogue text: some StringProtocol) {
        append(catalogue: text)
    }

    init(argument text: some StringProtocol) {
        append(argument: text)
    }

    mutating func append(catalogue text: some StringProtocol) {
        append(text, catalogue: true)
    }

    mutating func append(argument text: some StringProtocol) {
        append(text, catalogue: false)
    }

    mutating func append(_ other: MessageText) {
        bytes += other.bytes
        catalogueFlags += other.catalogueFlags
    }

    /// Whether the catalogue wrote every byte of `range`.
    func isCatalogue(_ range: Range<Int>) -> Bool {
        range.lowerBound >= 0 && range.upperBound <= catalogueFlags.count && !catalogueFlags[range].contains(false)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func append(_ text: some StringProtocol, catalogue: Bool) {
        let start = bytes.count
        bytes += text.utf8
        catalogueFlags += repeatElement(catalogue, count: bytes.count - start)
    }
}
