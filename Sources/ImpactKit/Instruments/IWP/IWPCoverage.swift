/// How completely a workplace's description covers the model: per principle the rows and effects (by J/S), the
/// principles nobody has shaped yet, rows with effects but no conditions, open improvement points, effects
/// without consensus, rows serving several principles, and the sections A–D still empty.
public struct IWPCoverage: Sendable, Equatable {
    public struct PrincipleSummary: Sendable, Equatable {
        public var principle: DesignPrinciple
        public var shaped: Bool
        public var characteristics: Int
        public var effectsJunior: Int
        public var effectsSenior: Int
        public var effectsBoth: Int
        public var effectsUntagged: Int
        public var conditions: Int
        /// Conditions by audience: J, S, J+S, untagged.
        public var conditionsByAudience: [Int]
    }

    public struct Flag: Sendable, Equatable {
        public var characteristic: String
        public var text: String
    }

    public var principles: [PrincipleSummary]
    public var withoutCharacteristics: [DesignPrinciple]
    /// Rows with at least one effect and no condition (the seed's "-").
    public var effectsWithoutConditions: [String]
    public var toImprove: [Flag]
    public var noConsensus: [Flag]
    public var sharedCharacteristics: [String]
    /// Sections A–D with no text at all.
    public var emptySections: [String]

    public init(_ model: IWPModel) {
        principles = DesignPrinciple.allCases.map { principle in
            let rows = model.characteristics.filter { $0.principles.contains(principle) }
            let effects = rows.flatMap(\.effects)
            return PrincipleSummary(
                principle: principle, shaped: model.shaping[principle] != nil, characteristics: rows.count,
                effectsJunior: effects.filter { $0.audience == .junior }.count,
                effectsSenior: effects.filter { $0.audience == .senior }.count,
                effectsBoth: effects.filter { $0.audience == .both }.count,
                effectsUntagged: effects.filter { $0.audience == nil }.count,
                conditions: rows.reduce(0) { $0 + $1.conditions.count },
                conditionsByAudience: [.junior, .senior, .both, nil].map { audience in
                    rows.flatMap(\.conditions).filter { $0.audience == audience }.count
                })
        }
        withoutCharacteristics = principles.filter { $0.characteristics == 0 }.map(\.principle)
        effectsWithoutConditions = model.characteristics.filter { !$0.effects.isEmpty && $0.conditions.isEmpty }.map(
            \.id)
        toImprove = model.characteristics.flatMap { row in
            row.conditions.filter(\.toImprove).map { Flag(characteristic: row.id, text: $0.text) }
        }
        noConsensus = model.characteristics.flatMap { row in
            row.effects.filter(\.noConsensus).map { Flag(characteristic: row.id, text: $0.text) }
        }
        sharedCharacteristics = model.characteristics.filter { $0.principles.count > 1 }.map(\.id)
        var empty = IWPModel.sections.filter { section in
            section.parts.allSatisfy { model.texts(section.key, $0).isEmpty }
        }.map(\.key)
        if model.shaping.isEmpty && model.characteristics.isEmpty { empty.append("principles") }
        emptySections = empty
    }

    public func jsonValue(for model: IWPModel, _ context: ReportSettings) -> JSONValue {
        let language = context.language
        var object = model.reportHeader(context)
        object.append("date", model.date.map(JSONValue.string) ?? .null)
        object.append(
            "principles",
            .array(
                principles.map { summary in
                    var item = JSONObject()
                    item.append("principle", .string(summary.principle.rawValue))
                    item.append("name", .string(summary.principle.name[language]))
                    item.append("description", .string(summary.principle.description[language]))
                    item.append("shaping", model.shaping[summary.principle].map(JSONValue.string) ?? .null)
                    item.append("shaped", .bool(summary.shaped))
                    item.append("characteristics", .int(Int64(summary.characteristics)))
                    var effects = JSONObject()
                    effects.append("J", .int(Int64(summary.effectsJunior)))
                    effects.append("S", .int(Int64(summary.effectsSenior)))
                    effects.append("J+S", .int(Int64(summary.effectsBoth)))
                    effects.append("untagged", .int(Int64(summary.effectsUntagged)))
                    item.append("effects", .object(effects))
                    item.append("conditions", .int(Int64(summary.conditions)))
                    var conditions = JSONObject()
                    for (key, count) in zip(["J", "S", "J+S", "untagged"], summary.conditionsByAudience) {
                        conditions.append(key, .int(Int64(count)))
                    }
                    item.append("conditions_for", .object(conditions))
                    return .object(item)
                }))
        object.append("without_characteristics", .texts(withoutCharacteristics.map(\.rawValue)))
        object.append("effects_without_conditions", .texts(effectsWithoutConditions))
        func flags(_ list: [Flag]) -> JSONValue {
            .array(
                list.map { flag in
                    var item = JSONObject()
                    item.append("characteristic", .string(flag.characteristic))
                    item.append("text", .string(flag.text))
                    return .object(item)
                })
        }
        object.append("to_improve", flags(toImprove))
        object.append("no_consensus", flags(noConsensus))
        object.append("shared_characteristics", .texts(sharedCharacteristics))
        object.append("empty_sections", .texts(emptySections))
        object.append("empty_section_names", .texts(emptySections.map { IWPModel.sectionNames[$0]?[language] ?? $0 }))
        object.append("text", .string(text(for: model, language)))
        return .object(object)
    }

    public func text(for model: IWPModel, _ language: Language) -> String {
        let words = IWPWords.of(language)
        var lines = [model.title]
        if let date = model.date { lines.append(words.date + date) }
        lines.append(IWPModel.sectionNames["principles"]?[language] ?? "")
        for (number, summary) in principles.enumerated() {
            let effects = summary.effectsJunior + summary.effectsSenior + summary.effectsBoth + summary.effectsUntagged
            let byAudience = summary.conditionsByAudience
            // The split adds up to the total: items tagged neither J, S nor J+S are named as such.
            func split(_ junior: Int, _ senior: Int, _ both: Int, _ untagged: Int) -> String {
                "(J \(junior), S \(senior), J+S \(both)" + (untagged == 0 ? "" : words.untagged(untagged)) + ")"
            }
            let effectSplit = split(
                summary.effectsJunior, summary.effectsSenior, summary.effectsBoth, summary.effectsUntagged)
            let conditionSplit = split(byAudience[0], byAudience[1], byAudience[2], byAudience[3])
            lines.append(
                "  \(number + 1). \(summary.principle.name[language]): "
                    + words.principle(summary.characteristics, effects, effectSplit, summary.conditions, conditionSplit)
            )
            lines.append("     " + summary.principle.description[language])
            if let shaping = model.shaping[summary.principle] {
                lines.append("     " + words.shapedAs + shaping)
            }
        }
        if !withoutCharacteristics.isEmpty {
            lines.append(
                words.withoutCharacteristics
                    + withoutCharacteristics.map { $0.name[language] }.joined(separator: "; "))
        }
        let names = Dictionary(model.characteristics.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        if !effectsWithoutConditions.isEmpty {
            lines.append(
                words.effectsWithoutConditions
                    + effectsWithoutConditions.compactMap { names[$0] }.joined(separator: "; "))
        }
        for flag in toImprove {
            lines.append(words.toImprove + "\(names[flag.characteristic] ?? flag.characteristic) — \(flag.text)")
        }
        for flag in noConsensus {
            lines.append(words.noConsensus + "\(names[flag.characteristic] ?? flag.characteristic) — \(flag.text)")
        }
        if !emptySections.isEmpty {
            lines.append(
                words.stillEmpty
                    + emptySections.map { IWPModel.sectionNames[$0]?[language] ?? $0 }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension IWPModel {
    func reportJSON(_ context: ReportSettings) throws -> JSONValue {
        IWPCoverage(self).jsonValue(for: self, context)
    }

    func reportText(_ context: ReportSettings) throws -> String {
        IWPCoverage(self).text(for: self, context.language)
    }
}
