/// The SROI study in the change log report: its figures as JSON and text, every assumption beside them.
extension SROIValuation {
    /// Money as text with cents; beyond ±90 trillion cents Int64 would trap (and cents mean nothing): as is.
    func money(_ value: Double, _ language: Language) -> String {
        guard value.isFinite, abs(value) < 9e13 else { return "\(currency) \(value)" }
        let cents = Int64((value * 100).rounded(.toNearestOrAwayFromZero))
        let whole = abs(cents) / 100, rest = abs(cents) % 100
        let separator = CommonWords.of(language).decimalSeparator
        return "\(currency) \(cents < 0 ? "-" : "")\(whole)\(separator)\(rest < 10 ? "0" : "")\(rest)"
    }

    /// Why there is no ratio, when there is none.
    static func noRatio(_ language: Language) -> String { SROITextWords.of(language).noRatio }

    /// Every assumption the figures rest on, so that a reader can check the study in the report itself.
    func assumptionsJSON(language: Language) -> JSONValue {
        var object = JSONObject()
        object.append("discount_rate", .number(discountRate))
        object.append("discount_rate_given", .bool(discountRateGiven))
        object.append("periods", .int(Int64(outcomes.map(\.duration).max() ?? 0)))
        object.append("percent_unit", .string("0-100"))
        object.append(
            "inputs",
            .array(
                inputs.map { input in
                    var item = JSONObject()
                    item.append("name", .string(input.name))
                    item.append("value", ChangeLogReport.rounded(input.value, 100))
                    return .object(item)
                }))
        object.append(
            "outcomes",
            .array(
                outcomes.map { outcome in
                    var item = JSONObject()
                    item.append("id", .string(outcome.id))
                    item.append("name", .string(outcome.name))
                    item.append("group", outcome.group.map(JSONValue.string) ?? .null)
                    item.append("quantity", .number(outcome.quantity))
                    item.append("proxy", .number(outcome.proxy))
                    // The proxy's provenance: the outcome's own source, else its catalogue entry's, with licence and year.
                    let entry = proxy(of: outcome)
                    item.append("proxy_source", (outcome.proxySource ?? entry?.source).map(JSONValue.string) ?? .null)
                    item.append("proxy_id", outcome.proxyID.map(JSONValue.string) ?? .null)
                    item.append("proxy_licence", entry.map { .string($0.licence) } ?? .null)
                    item.append("proxy_year", entry?.year.map { .int(Int64($0)) } ?? .null)
                    item.append("proxy_unit", entry?.unit.map(JSONValue.string) ?? .null)
                    item.append("catalogue_value", entry.map { .number($0.value) } ?? .null)
                    item.append("duration", .int(Int64(outcome.duration)))
                    item.append("deadweight", .number(outcome.deadweight))
                    item.append("attribution", .number(outcome.attribution))
                    item.append("displacement", .number(outcome.displacement))
                    item.append("drop_off", .number(outcome.dropOff))
                    return .object(item)
                }))
        return .object(object)
    }

    func resultJSON(_ result: Result, language: Language) -> JSONValue {
        var object = JSONObject()
        object.append("currency", .string(currency))
        object.append("assumptions", assumptionsJSON(language: language))
        object.append(
            "outcomes",
            .array(
                result.outcomes.map { outcome in
                    var item = JSONObject()
                    item.append("id", .string(outcome.id))
                    item.append("impact", ChangeLogReport.rounded(outcome.impact, 100))
                    item.append("values", .array(outcome.values.map { ChangeLogReport.rounded($0, 100) }))
                    item.append("present_value", ChangeLogReport.rounded(outcome.presentValue, 100))
                    return .object(item)
                }))
        object.append(
            "present_value_per_year", .array(result.presentValuePerYear.map { ChangeLogReport.rounded($0, 100) }))
        object.append("total_present_value", ChangeLogReport.rounded(result.totalPresentValue, 100))
        object.append("inputs", ChangeLogReport.rounded(result.inputs, 100))
        object.append("net_present_value", ChangeLogReport.rounded(result.netPresentValue, 100))
        object.append("ratio", result.ratio.map { ChangeLogReport.rounded($0, 100) } ?? .null)
        object.append("ratio_note", result.ratio == nil ? .string(Self.noRatio(language)) : .null)
        return .object(object)
    }

    /// The SROI section of the report text: assumptions first, then the figures.
    func lines(_ result: Result, language: Language) -> [String] {
        let words = SROITextWords.of(language), common = CommonWords.of(language)
        func percent(_ value: Double) -> String { figure(value, language) + "%" }
        var lines = ["SROI:"]
        lines.append("  " + words.discountRate + percent(discountRate) + (discountRateGiven ? "" : words.defaultRate))
        lines.append("  " + words.periods + common.years(outcomes.map(\.duration).max() ?? 0) + words.discounting)
        for input in inputs { lines.append("  Input: \(input.name) \(money(input.value, language))") }
        for outcome in outcomes {
            let entry = proxy(of: outcome)
            let source =
                (outcome.proxySource ?? entry?.source).map { words.source($0, entry?.licence) } ?? words.noSource
            lines.append(
                "  \(outcome.id) \(outcome.name)" + (outcome.group.map { " [\($0)]" } ?? "") + ": "
                    + "\(figure(outcome.quantity, language)) × \(money(outcome.proxy, language))\(source), "
                    + common.years(outcome.duration) + ", "
                    + words.adjustments(
                        percent(outcome.deadweight), percent(outcome.attribution), percent(outcome.displacement),
                        percent(outcome.dropOff)))
        }
        lines.append("  " + words.totalPresentValue + money(result.totalPresentValue, language))
        lines.append("  " + words.inputs + money(result.inputs, language))
        lines.append("  " + words.netPresentValue + money(result.netPresentValue, language))
        lines.append(
            "  SROI ratio: " + (result.ratio.map { "\(ratioText($0, language)) : 1" } ?? Self.noRatio(language)))
        return lines
    }

    /// A sensitivity run as JSON: which parameter was varied for which outcomes, the study's own result beside
    /// it, and per value the present value, NPV and ratio.
    public func sensitivityJSON(
        _ runs: [(value: Double, result: Result)], parameter: Parameter, outcome: String?, language: Language
    )
        -> JSONValue
    {
        var object = JSONObject()
        object.append("schema", .string("impactkit/sroi-sensitivity/1"))
        object.append("parameter", .string(parameter.rawValue))
        object.append("outcome", outcome.map(JSONValue.string) ?? .null)
        object.append(
            "applies_to",
            .texts(
                parameter == .discountRate
                    ? outcomes.map(\.id) : outcomes.filter { outcome == nil || $0.id == outcome }.map(\.id)))
        object.append("currency", .string(currency))
        object.append("assumptions", assumptionsJSON(language: language))
        let base = calculate()
        var baseObject = JSONObject()
        baseObject.append("total_present_value", ChangeLogReport.rounded(base.totalPresentValue, 100))
        baseObject.append("net_present_value", ChangeLogReport.rounded(base.netPresentValue, 100))
        baseObject.append("ratio", base.ratio.map { ChangeLogReport.rounded($0, 100) } ?? .null)
        object.append("base", .object(baseObject))
        object.append(
            "runs",
            .array(
                runs.map { run in
                    var item = JSONObject()
                    item.append("value", .number(run.value))
                    item.append("total_present_value", ChangeLogReport.rounded(run.result.totalPresentValue, 100))
                    item.append("net_present_value", ChangeLogReport.rounded(run.result.netPresentValue, 100))
                    item.append("ratio", run.result.ratio.map { ChangeLogReport.rounded($0, 100) } ?? .null)
                    item.append("ratio_note", run.result.ratio == nil ? .string(Self.noRatio(language)) : .null)
                    return .object(item)
                }))
        return .object(object)
    }
}
