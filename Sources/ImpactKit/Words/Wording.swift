/// "1 groep", "4 groepen" / "1 group", "4 groups": a count with the right noun form, for every report text.
/// Dutch and English both take the singular for exactly one and the plural otherwise (also for 0).
package func counted(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
}
