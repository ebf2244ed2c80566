/// The evaluation of a journey as a JSON document ("schema": "impactkit/journey-report/1") and as text: each
/// moment's figures and questions, the progress between successive moments (and from first to last), and the
/// evidence per learning outcome.
extension Journey {
    public static let reportSchemaID = "impactkit/journey-report/1"

    /// Comparisons of each moment with the next.
    public var progress: [CanvasComparison] {
        zip(moments, moments.dropFirst()).map { $0.compare(to: $1) }
    }

    /// Compares two moments by label; nil labels mean the first and the last moment.
    public func compare(from: String? = nil, to: String? = nil) throws -> CanvasComparison {
        // Positions by label (labels are unique in a journey), not by comparing whole canvases.
        func position(_ label: String?, _ fallback: Int?) throws -> Int {
            if let label {
                guard let index = moments.firstIndex(where: { $0.moment?.label == label }) else {
                    throw ImpactKitError(.notFound, "no moment \"\(label.prefix(40))\" in this journey")
                }
                return index
            }
            guard let fallback else {
                throw ImpactKitError(.invalidArgument, "the journey has no moments to compare")
            }
            return fallback
        }
        let oldIndex = try position(from, moments.indices.first)
        let newIndex = try position(to, moments.indices.last)
        let old = moments[oldIndex], new = moments[newIndex]
        guard oldIndex < newIndex else {
            throw ImpactKitError(
                .invalidArgument,
                "compare an earlier moment with a later one (\"\(old.summary.label.prefix(40))\" is not before \"\(new.summary.label.prefix(40))\")"
            )
        }
        return old.compare(to: new)
    }

    package func reportValue(language: Language) -> JSONValue {
        var report = JSONObject()
        report.append("schema", .string(Journey.reportSchemaID))
        report.append("journey", .string(id))
        report.append("title", .string(title))
        report.append("group", group.map(JSONValue.string) ?? .null)
        report.append("programme", programme.map(JSONValue.string) ?? .null)
        report.append("lang", .string(language.rawValue))
        report.append(
            "moments",
            .array(
                moments.map { canvas in
                    let evaluation = canvas.evaluate()
                    let entries = canvas.questionsWithAnswers.filter(\.inSet)
                    var item = JSONObject()
                    item.append("label", .string(canvas.summary.label))
                    item.append("date", canvas.moment?.date.map(JSONValue.string) ?? .null)
                    item.append("canvas", .string(canvas.id))
                    item.append("variant", .string(canvas.variant.rawValue))
                    item.append("purpose", canvas.purpose.map { .string($0.rawValue) } ?? .null)
                    item.append("cards", .int(Int64(evaluation.totalCards)))
                    var fields = JSONObject()
                    for field in Field.allCases {
                        fields.append(field.rawValue, .int(Int64(evaluation.total(in: field))))
                    }
                    item.append("fields", .object(fields))
                    item.append("covered", .array(evaluation.domains(.covered).map(JSONValue.string)))
                    item.append("empty", .array(evaluation.domains(.empty).map(JSONValue.string)))
                    item.append("questions_asked", .int(Int64(entries.count)))
                    item.append("questions_answered", .int(Int64(entries.filter { !$0.answers.isEmpty }.count)))
                    item.append(
                        "open_questions", .array(entries.filter { $0.answers.isEmpty }.map { .string($0.question.id) }))
                    return .object(item)
                }))
        let steps = progress
        report.append("progress", .array(steps.map { $0.reportValue(language: language) }))
        report.append(
            "overall", moments.count >= 3 ? ((try? compare())?.reportValue(language: language) ?? .null) : .null)
        let summaries = evidenceSummaries
        report.append("outcomes", .array(summaries.map { $0.jsonValue(language) }))
        report.append(
            "outcomes_without_evidence",
            .array(summaries.filter { $0.pieces.isEmpty }.map { .string($0.outcome.id) }))
        return .object(report)
    }

    package func reportText(language: Language) -> String {
        let words = JourneyWords.of(language)
        var lines: [String] = [title]
        if let group { lines.append(words.group + group) }
        lines.append("")
        for canvas in moments {
            let evaluation = canvas.evaluate()
            let date = canvas.moment?.date.map { " (\($0))" } ?? ""
            lines.append(
                "\(canvas.summary.label)\(date): "
                    + words.moment(evaluation.totalCards, evaluation.domains(.covered).count, evaluation.domains.count))
        }
        let steps = progress
        if !steps.isEmpty {
            lines.append("")
            lines.append(words.progress)
            for step in steps { lines.append("• " + step.summary[language]) }
        }
        if !outcomes.isEmpty {
            lines.append("")
            lines.append(words.outcomes)
            for summary in evidenceSummaries {
                lines.append("• \(summary.outcome.title): " + summary.sentence(language))
                for piece in summary.pieces {
                    lines.append("  – [\(piece.link.moment)] \(piece.link.justification) (\(piece.label(language)))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension EvidenceSummary.Piece {
    /// "kaart: Prototype", "antwoord: lim.accountability.evidence", "het hele canvas".
    func label(_ language: Language) -> String {
        let words = JourneyWords.of(language)
        switch link.kind {
        case .placement: return words.card + content[language]
        case .answer: return words.answerTo + (link.question ?? "")
        case .canvas: return words.wholeCanvas
        }
    }
}

extension EvidenceSummary {
    /// "3 pieces at start, end; domains: target-group" or "no evidence yet".
    func sentence(_ language: Language) -> String {
        let words = JourneyWords.of(language)
        guard !pieces.isEmpty else { return words.noEvidence }
        var text = words.evidenceAt(pieces.count, moments.joined(separator: ", "))
        if !domainNames.isEmpty { text += words.domains + domainNames.map { $0[language] }.joined(separator: ", ") }
        return text
    }

    func jsonValue(_ language: Language) -> JSONValue {
        var object = JSONObject()
        object.append("outcome", .string(outcome.id))
        object.append("title", .string(outcome.title))
        object.append("category", outcome.category.map { .string($0.rawValue) } ?? .null)
        object.append("pieces", .int(Int64(pieces.count)))
        object.append("moments", .array(moments.map(JSONValue.string)))
        object.append("domains", .array(domains.map(JSONValue.string)))
        var kinds = JSONObject()
        for kind in [EvidenceLink.Kind.placement, .answer, .canvas] {
            kinds.append(kind.rawValue, .int(Int64(count(kind))))
        }
        object.append("kinds", .object(kinds))
        object.append(
            "items",
            .array(
                pieces.map { piece in
                    var item = JSONObject()
                    item.append("moment", .string(piece.link.moment))
                    item.append("kind", .string(piece.link.kind.rawValue))
                    item.append("placement", ifPresent: piece.link.placement.map(JSONValue.string))
                    item.append("question", ifPresent: piece.link.question.map(JSONValue.string))
                    item.append("domain", ifPresent: piece.domain.map(JSONValue.string))
                    item.append("field", ifPresent: piece.field.map { .string($0.rawValue) })
                    item.append("content", .string(piece.content[language]))
                    item.append("justification", .string(piece.link.justification))
                    return .object(item)
                }))
        object.append("summary", .string(sentence(language)))
        return .object(object)
    }
}
