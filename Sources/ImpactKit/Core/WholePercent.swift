/// Whole percentages for report texts and pictures, rounded once from the exact fraction (half up), never from an
/// already-rounded share: 51 of 101 is 50.495 % and prints as 50 %, not 51 %.
enum WholePercent {
    /// `part` of `whole` in whole percent, half up; 0 when `whole` is 0.
    static func of(_ part: Int, _ whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        // Exact integer arithmetic: round(100·part/whole) half up = ⌊(200·part + whole) / (2·whole)⌋.
        return (part * 200 + whole) / (2 * whole)
    }

    /// The whole percentages of a partition, each rounded once; and their sum when it is not 100 (rounding each
    /// part separately can give 99 or 101), so that the text can say so instead of hiding it.
    static func partition(_ parts: [Int]) -> (percents: [Int], offSum: Int?) {
        let whole = parts.reduce(0, +)
        let percents = parts.map { of($0, whole) }
        let sum = percents.reduce(0, +)
        return (percents, whole == 0 || sum == 100 ? nil : sum)
    }

    /// The sentence under a table whose whole percentages do not add up to 100.
    static func sumNote(_ sum: Int, _ language: Language) -> String { CommonWords.of(language).sumNote(sum) }
}
