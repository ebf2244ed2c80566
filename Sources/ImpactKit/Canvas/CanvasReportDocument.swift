/// The evaluation of a canvas as a JSON document ("schema": "impactkit/canvas-report/1"), with its texts in one
/// language.
extension CanvasEvaluation {
    public static let reportSchemaID = "impactkit/canvas-report/1"

    public func reportJSON(for canvas: Canvas, language: Language) -> JSONValue {
        var report = JSONObject()
        report.append("schema", .string(Self.reportSchemaID))
        report.append("canvas", .string(canvas.id))
        report.append("title", .string(canvas.title))
        report.append("template", .string(canvas.template.id))
        report.append("variant", .string(canvas.variant.rawValue))
        report.append("purpose", canvas.purpose.map { .string($0.rawValue) } ?? .null)
        report.append("lang", .string(language.rawValue))
        report.append("moment", ifPresent: canvas.moment?.jsonValue(keepingUnknown: false))
        var totals = JSONObject()
        totals.append("cards", .int(Int64(totalCards)))
        for field in Field.allCases { totals.append(field.rawValue, .int(Int64(total(in: field)))) }
        report.append("totals", .object(totals))

        report.append(
            "domains",
            .array(
                domains.map { item in
                    var domain = JSONObject()
                    domain.append("id", .string(item.domain.id))
                    domain.append("name", .string(item.domain.name[language]))
                    domain.append("cards", .int(Int64(item.cards)))
                    var fields = JSONObject()
                    for field in Field.allCases { fields.append(field.rawValue, .int(Int64(item.count(in: field)))) }
                    domain.append("fields", .object(fields))
                    domain.append("coverage", .string(item.coverage.rawValue))
                    domain.append("missing", .array(item.missing.map { .string($0.rawValue) }))
                    return .object(domain)
                }))

        var coverage = JSONObject()
        for kind in [Coverage.covered, .partial, .empty] {
            coverage.append(kind.rawValue, .array(domains(kind).map(JSONValue.string)))
        }
        report.append("coverage", .object(coverage))

        report.append(
            "palette",
            .array(
                domains.map { item in
                    var entry = JSONObject()
                    entry.append("domain", .string(item.domain.id))
                    entry.append("share", .double(share(of: item)))
                    entry.append("color", ifPresent: item.domain.color.map(JSONValue.string))
                    return .object(entry)
                }))

        func standout(_ value: Standout?) -> JSONValue {
            guard let value else { return .null }
            var item = JSONObject()
            item.append("domain", .string(value.domain))
            item.append("cards", .int(Int64(value.cards)))
            item.append("tied_with", .array(value.tiedWith.map(JSONValue.string)))
            item.append("domains", .array(CanvasEvaluation.domains(of: value).map(JSONValue.string)))
            return .object(item)
        }
        report.append("strongest", standout(strongest))
        report.append("weakest", standout(weakest))

        report.append(
            "reflection",
            .array(
                prompts.map { prompt in
                    var item = JSONObject()
                    item.append("question", .string(prompt.question.id))
                    item.append("text", .string(prompt.question.text[language]))
                    item.append("basis", .string(prompt.basis[language]))
                    item.append("domains", .array(prompt.domains.map(JSONValue.string)))
                    let answers = canvas.reflections.filter { $0.question == prompt.question.id }
                    item.append("answers", .array(answers.map { .string($0.answer) }))
                    return .object(item)
                }))
        report.append(
            "questions",
            .array(
                canvas.questionsWithAnswers.map { entry in
                    var item = JSONObject()
                    item.append("id", .string(entry.question.id))
                    item.append("section", .string(entry.question.section))
                    item.append("text", .string(entry.question.text[language]))
                    item.append("in_set", .bool(entry.inSet))
                    item.append(
                        "answers",
                        .array(
                            entry.answers.map { answer in
                                var object = JSONObject()
                                object.append("answer", .string(answer.answer))
                                object.append("by", ifPresent: answer.by.map(JSONValue.string))
                                return .object(object)
                            }))
                    return .object(item)
                }))
        report.append("impact", canvas.impact.jsonValue(language: language))
        return .object(report)
    }

    /// The evaluation as text for people, in Dutch or English.
    public func text(for canvas: Canvas, language: Language) -> String {
        let nl = language == .nl
        var lines: [String] = []
        lines.append(canvas.title)
        if let moment = canvas.moment {
            lines.append((nl ? "Moment: " : "Moment: ") + moment.label + (moment.date.map { " (\($0))" } ?? ""))
        }
        lines.append("")
        let header = nl ? "Domein" : "Domain"
        let width = max(header.count, domains.map { $0.domain.name[language].count }.max() ?? 0)
        func pad(_ text: String, _ size: Int) -> String { text + String(repeating: " ", count: max(0, size - text.count)) }
        let columns = Field.allCases.map { $0.label[language] }
        lines.append(
            pad(header, width) + "  " + columns.map { pad($0, 12) }.joined() + pad(nl ? "totaal" : "total", 8)
                + pad(nl ? "aandeel" : "share", 8) + "status")
        for item in domains {
            let counts = Field.allCases.map { pad(String(item.count(in: $0)), 12) }.joined()
            let status = item.coverage.label[language]
            lines.append(
                pad(item.domain.name[language], width) + "  " + counts + pad(String(item.cards), 8)
                    + pad("\(percent(of: item))%", 8) + status)
        }
        // Each share is rounded on its own; when they then do not add to 100, say so (issue 15 item 2).
        if let sum = WholePercent.partition(domains.map(\.cards)).offSum { lines.append(WholePercent.sumNote(sum, language)) }
        lines.append("")
        lines.append(
            nl
                ? "Gedekt: \(domains(.covered).count) van \(counted(domains.count, "domein", "domeinen")); \(counted(totalCards, "kaart", "kaarten"))."
                : "Covered: \(domains(.covered).count) of \(counted(domains.count, "domain", "domains")); \(counted(totalCards, "card", "cards")).")
        func name(_ id: String) -> String {
            domains.first { $0.domain.id == id }?.domain.name[language] ?? id
        }
        // Every tied domain is named: "Sterkste domeinen (gelijk, elk 4 kaarten): A, B".
        func standoutLine(_ standout: Standout, _ oneNL: String, _ manyNL: String, _ oneEN: String, _ manyEN: String) -> String {
            let names = CanvasEvaluation.domains(of: standout).map(name).joined(separator: ", ")
            guard !standout.tiedWith.isEmpty else { return (nl ? oneNL : oneEN) + ": " + names }
            return nl
                ? "\(manyNL) (gelijk, elk \(counted(standout.cards, "kaart", "kaarten"))): \(names)"
                : "\(manyEN) (tied, \(counted(standout.cards, "card", "cards")) each): \(names)"
        }
        if let strongest { lines.append(standoutLine(strongest, "Sterkste domein", "Sterkste domeinen", "Strongest domain", "Strongest domains")) }
        if let weakest { lines.append(standoutLine(weakest, "Zwakste domein", "Zwakste domeinen", "Weakest domain", "Weakest domains")) }
        lines.append("")
        lines.append(nl ? "Reflectie (LIM §7.4):" : "Reflection (LIM §7.4):")
        for prompt in prompts {
            lines.append("• " + prompt.question.text[language])
            lines.append("  " + prompt.basis[language])
            for answer in canvas.reflections where answer.question == prompt.question.id {
                lines.append("  » " + answer.answer + (answer.by.map { " — \($0)" } ?? ""))
            }
        }
        let prompted = Set(prompts.map(\.question.id))
        let further = canvas.questionsWithAnswers.filter { !prompted.contains($0.question.id) }
        if !further.isEmpty {
            lines.append("")
            lines.append(nl ? "Verdere vragen (\(canvas.questionSetLabel(language))):" : "Further questions (\(canvas.questionSetLabel(language))):")
            for entry in further {
                lines.append("• [§\(entry.question.section)] " + entry.question.text[language])
                if entry.answers.isEmpty { lines.append(nl ? "  (nog niet beantwoord)" : "  (not answered yet)") }
                for answer in entry.answers {
                    lines.append("  » " + answer.answer + (answer.by.map { " — \($0)" } ?? ""))
                }
            }
        }
        let impactLines = canvas.impact.lines(language: language)
        if !impactLines.isEmpty {
            lines.append("")
            lines.append(contentsOf: impactLines)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
