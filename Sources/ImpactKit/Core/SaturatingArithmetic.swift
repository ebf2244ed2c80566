/// Sums and products of non-negative counts that stop at `Int.max` instead of trapping: estimates of the work a
/// hostile input asks for must never be the crash they are there to prevent.
extension Int {
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }

    func multipliedSaturated(by other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? .max : product
    }
}
