/// The evaluation of a canvas as a JSON document ("schema": "impactkit/canvas-report/1"), with its texts in one
/// language.
extension CanvasEvaluation {
    public static let reportSchemaID = "impactkit/canvas-report/1"

    public func reportJSON(for canvas: Canvas, language: Language) -> JSONValue {
        CanvasReport(evaluation: self, canvas: canvas, language: language).sinkTree
    }

    /// The evaluation as text for people, in Dutch or English.
    public func text(for canvas: Canvas, language: Language) -> String {
        let words = CanvasReportWords.of(language)
        var lines: [String] = []
        lines.append(canvas.title)
        if let moment = canvas.moment {
            lines.append("Moment: " + moment.label + (moment.date.map { " (\($0))" } ?? ""))
        }
        lines.append("")
        let header = CommonWords.of(language).domain
        let width = max(header.count, domains.map { $0.domain.name[language].count }.max() ?? 0)
        func pad(_ text: String, _ size: Int) -> String {
            text + String(repeating: " ", count: max(0, size - text.count))
        }
        // An answer says who gave it by the member's name, as the contributions do (it showed the id, "— s1").
        func author(_ answer: ReflectionAnswer) -> String {
            answer.by.map { " — " + (canvas.member(by: $0)?.name ?? $0) } ?? ""
        }
        let columns = Field.allCases.map { $0.label[language] }
        lines.append(
            pad(header, width) + "  " + columns.map { pad($0, 12) }.joined() + pad(words.total, 8)
                + pad(words.share, 8) + "status")
        for item in domains {
            let counts = Field.allCases.map { pad(String(item.count(in: $0)), 12) }.joined()
            let status = item.coverage.label[language]
            lines.append(
                pad(item.domain.name[language], width) + "  " + counts + pad(String(item.cards), 8)
                    + pad("\(percent(of: item))%", 8) + status)
        }
        // Each share is rounded on its own; when they then do not add to 100, say so.
        if let sum = WholePercent.partition(domains.map(\.cards)).offSum {
            lines.append(WholePercent.sumNote(sum, language))
        }
        lines.append("")
        lines.append(words.covered(domains(.covered).count, domains.count, totalCards))
        func name(_ id: String) -> String {
            domains.first { $0.domain.id == id }?.domain.name[language] ?? id
        }
        // Every tied domain is named: "Sterkste domeinen (gelijk, elk 4 kaarten): A, B".
        func standoutLine(_ standout: Standout, _ one: String, _ many: String) -> String {
            let names = CanvasEvaluation.domains(of: standout).map(name).joined(separator: ", ")
            return (standout.tiedWith.isEmpty ? one : words.tied(many, standout.cards)) + ": " + names
        }
        if let strongest { lines.append(standoutLine(strongest, words.strongest, words.strongestTied)) }
        if let weakest { lines.append(standoutLine(weakest, words.weakest, words.weakestTied)) }
        lines.append("")
        lines.append(words.reflection)
        for prompt in prompts {
            lines.append("• " + prompt.question.text[language])
            lines.append("  " + prompt.basis[language])
            for answer in canvas.reflections where answer.question == prompt.question.id {
                lines.append("  » " + answer.answer + author(answer))
            }
        }
        let prompted = Set(prompts.map(\.question.id))
        let further = canvas.questionsWithAnswers.filter { !prompted.contains($0.question.id) }
        if !further.isEmpty {
            lines.append("")
            lines.append(words.furtherQuestions(canvas.questionSetLabel(language)))
            for entry in further {
                lines.append(
                    "• [\(entry.question.source.reference(section: entry.question.section, language))] "
                        + entry.question.text[language])
                if entry.answers.isEmpty { lines.append("  " + words.notAnswered) }
                for answer in entry.answers {
                    lines.append("  » " + answer.answer + author(answer))
                }
            }
        }
        let impactLines = canvas.impact.lines(language: language)
        if !impactLines.isEmpty {
            lines.append("")
            lines.append(contentsOf: impactLines)
        }
        lines.append(contentsOf: Contributions(canvas).lines(language))
        // Reports are quoted in portfolios: the derived domain names and ImpactKit's questions say whose they are.
        if canvas.domains.contains(where: { $0.nameSource == .derived || $0.questionSource == .impactkit }) {
            lines.append("")
            lines.append(PosterWords.of(language).provenance)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
