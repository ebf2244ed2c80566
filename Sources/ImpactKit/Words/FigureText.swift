/// Figures for reports: two decimals, so that 7/3 prints as 2.33 and not as 2.3333333333333335.
func rounded(_ value: Double, places: Int = 2) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (value * scale).rounded() / scale
}

/// A figure as report text: "2.33", "8", "90.6" (nl: "2,33"); whole numbers without ".0".
func figure(_ value: Double, _ language: Language, places: Int = 2) -> String {
    let value = rounded(value, places: places)
    // Whole numbers below 2^53 print as integers; anything larger (or not finite) as Swift prints it.
    let text = value == value.rounded() && abs(value) < 9_007_199_254_740_992 ? String(Int64(value)) : value.description
    let separator = CommonWords.of(language).decimalSeparator
    return text.split(separator: ".", omittingEmptySubsequences: false).joined(separator: separator)
}

/// A ratio as report text, always with two decimals ("1.40", nl "1,40"): ratios are read side by side (SROI 1.34 : 1
/// against 1.40 : 1), so they keep one width. Out of Int64's reach (an overflowing study) as Swift prints it.
func ratioText(_ value: Double, _ language: Language) -> String {
    guard value.isFinite, abs(value) < 9e13 else { return "\(value)" }
    let hundredths = Int64((value * 100).rounded(.toNearestOrAwayFromZero))
    let whole = abs(hundredths) / 100, rest = abs(hundredths) % 100
    return
        "\(hundredths < 0 ? "-" : "")\(whole)\(CommonWords.of(language).decimalSeparator)\(rest < 10 ? "0" : "")\(rest)"
}
