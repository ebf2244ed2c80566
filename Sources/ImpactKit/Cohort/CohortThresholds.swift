/// When a coach's cohort view says a group needs attention (LIM §9.1: "where students still need to speed up or
/// need help"). Every threshold has a default that matches the manual's rhythm (a first canvas, one after 4–5
/// weeks, one at the end).
public struct CohortThresholds: Equatable, Sendable {
    /// A group needs attention when its latest canvas has more empty domains than this.
    public var maxEmptyDomains: Int
    /// … or when a canvas from moment `resultsExpectedFromMoment` on has fewer result cards than this.
    public var minResultCards: Int
    /// The first moment (1-based) at which results are expected; 2 = "by week 5", after the start.
    public var resultsExpectedFromMoment: Int
    /// … or when from one moment to the next fewer cards were added (and no domain newly covered) than this.
    public var minCardsAdded: Int

    public static let `default` = CohortThresholds(
        maxEmptyDomains: 0, minResultCards: 1, resultsExpectedFromMoment: 2, minCardsAdded: 1)

    public init(maxEmptyDomains: Int, minResultCards: Int, resultsExpectedFromMoment: Int, minCardsAdded: Int) {
        self.maxEmptyDomains = maxEmptyDomains
        self.minResultCards = minResultCards
        self.resultsExpectedFromMoment = resultsExpectedFromMoment
        self.minCardsAdded = minCardsAdded
    }

    public static let ceiling = 1_000_000

    /// The thresholds, or an IK_ERANGE error naming the first one out of range.
    public func validated() throws -> CohortThresholds {
        let checks: [(String, Int, Int)] = [
            ("max_empty_domains", maxEmptyDomains, 0),
            ("min_result_cards", minResultCards, 0),
            ("results_expected_from_moment", resultsExpectedFromMoment, 1),
            ("min_cards_added", minCardsAdded, 0),
        ]
        for (name, value, low) in checks where value < low || value > CohortThresholds.ceiling {
            throw ImpactKitError(.range, "\(name) is \(value); it must be \(low)…\(CohortThresholds.ceiling)")
        }
        return self
    }

    var jsonValue: JSONValue {
        var object = JSONObject()
        object.append("max_empty_domains", .int(Int64(maxEmptyDomains)))
        object.append("min_result_cards", .int(Int64(minResultCards)))
        object.append("results_expected_from_moment", .int(Int64(resultsExpectedFromMoment)))
        object.append("min_cards_added", .int(Int64(minCardsAdded)))
        return .object(object)
    }
}
