/// The impact figures in reports: the "impact" member of the canvas report and the lines of its text.
extension ImpactFigures {
    public func jsonValue(language: Language) -> JSONValue {
        var object = JSONObject()
        var results = JSONObject()
        results.append("total", .int(Int64(self.results)))
        results.append("with_spheres", .int(Int64(resultsWithSpheres)))
        var spheres = JSONObject()
        for sphere in Sphere.allCases {
            var entry = JSONObject()
            entry.append("results", .int(Int64(count(in: sphere))))
            entry.append("share", .double(Double(share(of: sphere)) / 10_000))
            spheres.append(sphere.rawValue, .object(entry))
        }
        results.append("spheres", .object(spheres))
        results.append("intended", .int(Int64(intended)))
        results.append("unintended", .int(Int64(unintended)))
        results.append("intention_unknown", .int(Int64(unknownIntention)))
        results.append("positive", .int(Int64(positive)))
        results.append("negative", .int(Int64(negative)))
        var valued = JSONObject()
        for stakeholder in Stakeholder.allCases { valued.append(stakeholder.rawValue, .int(Int64(count(valuedBy: stakeholder)))) }
        results.append("valued_by", .object(valued))
        results.append("unvalued", .int(Int64(unvalued)))
        object.append("results", .object(results))

        var activities = JSONObject()
        activities.append("total", .int(Int64(self.activities)))
        activities.append("direct", .int(Int64(direct)))
        activities.append("indirect", .int(Int64(indirect)))
        activities.append("mode_unknown", .int(Int64(unknownMode)))
        activities.append("co_created", .int(Int64(coCreated)))
        activities.append("co_created_share", .double(Double(coCreatedShare) / 10_000))
        object.append("activities", .object(activities))

        var chains = JSONObject()
        chains.append("count", .int(Int64(self.chains)))
        chains.append("activities_without_result", .array(activitiesWithoutResult.map(JSONValue.string)))
        chains.append("results_without_activity", .array(resultsWithoutActivity.map(JSONValue.string)))
        object.append("chains", .object(chains))

        object.append(
            "prompts",
            .array(
                prompts.map { prompt in
                    var item = JSONObject()
                    item.append("code", .string(prompt.code.rawValue))
                    item.append("text", .string(prompt.text[language]))
                    item.append("subjects", .array(prompt.subjects.map(JSONValue.string)))
                    return .object(item)
                }))
        return .object(object)
    }

    /// Lines for the text report; empty when nothing about impact was recorded and no chains exist.
    public func lines(language: Language) -> [String] {
        let nl = language == .nl
        var lines = [nl ? "Impact (LIM §3):" : "Impact (LIM §3):"]
        if resultsWithSpheres > 0 {
            let parts = Sphere.allCases.map { "\($0.label[language]) \(count(in: $0))" }
            lines.append((nl ? "  Opbrengsten landen in: " : "  Results land in: ") + parts.joined(separator: ", "))
        }
        if intended + unintended > 0 {
            lines.append(
                nl
                    ? "  Bedoeld \(intended), niet bedoeld \(unintended), onbekend \(unknownIntention)"
                    : "  Intended \(intended), unintended \(unintended), unknown \(unknownIntention)")
        }
        if activitiesWithInteraction > 0 {
            lines.append(
                nl
                    ? "  Interacties: direct \(direct), indirect \(indirect); co-creatie \(coCreated) van \(activitiesWithInteraction)"
                    : "  Interactions: direct \(direct), indirect \(indirect); co-created \(coCreated) of \(activitiesWithInteraction)")
        }
        if chains > 0 {
            lines.append(nl ? "  Impactketens: \(chains)" : "  Impact chains: \(chains)")
        }
        for prompt in prompts { lines.append("  • " + prompt.text[language]) }
        return lines.count > 1 ? lines : []
    }
}
