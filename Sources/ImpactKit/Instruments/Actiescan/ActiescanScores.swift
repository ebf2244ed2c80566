/// One scan's figures: per theme the answered questions and the mean position, and the weakest theme(s).
public struct ActiescanScores: Sendable, Equatable {
    public struct ThemeScore: Sendable, Equatable {
        public var theme: ActiescanTheme
        public var answered: Int
        /// Mean position over the answered questions; nil when none is answered.
        public var mean: Double?

        /// The mean as a share of the scale, 0 (all at the first point) … 100 (all at the last).
        public func percent(points: Int) -> Int? {
            guard let mean, points > 1 else { return nil }
            return Int(((mean - 1) / Double(points - 1) * 100).rounded())
        }
    }

    public var label: String
    public var date: String?
    public var themes: [ThemeScore]
    /// Question id → position, for the answered questions.
    public var positions: [String: Int]
    /// Themes with the lowest mean (all of them when tied), in theme order; empty when nothing is answered.
    public var weakest: [String]

    public var answered: Int { themes.reduce(0) { $0 + $1.answered } }

    public init(_ scan: Actiescan.Scan) {
        label = scan.label
        date = scan.date
        var sums = Array(repeating: 0, count: ActiescanTheme.all.count)
        var counts = Array(repeating: 0, count: ActiescanTheme.all.count)
        var positions: [String: Int] = [:]
        for answer in scan.answers {
            guard let position = answer.position, let theme = ActiescanTheme.questionIndex[answer.question]?.theme
            else { continue }
            sums[theme] += position
            counts[theme] += 1
            positions[answer.question] = position
        }
        self.positions = positions
        let themes = ActiescanTheme.all.enumerated().map { index, theme in
            ThemeScore(
                theme: theme, answered: counts[index],
                mean: counts[index] == 0 ? nil : Double(sums[index]) / Double(counts[index]))
        }
        // Compare exact fractions (sum/count) so that ties are ties, not rounding accidents.
        let answeredThemes = themes.indices.filter { counts[$0] > 0 }
        if let lowest = answeredThemes.min(by: { sums[$0] * counts[$1] < sums[$1] * counts[$0] }) {
            weakest = answeredThemes.filter { sums[$0] * counts[lowest] == sums[lowest] * counts[$0] }.map {
                themes[$0].theme.id
            }
        } else {
            weakest = []
        }
        self.themes = themes
    }

    func jsonValue(points: Int, language: Language) -> JSONValue {
        var object = JSONObject()
        object.append("label", .string(label))
        object.append("date", ifPresent: date.map(JSONValue.string))
        object.append("answered", .int(Int64(answered)))
        object.append("questions", .int(Int64(ActiescanTheme.questionIndex.count)))
        object.append(
            "themes",
            .array(
                themes.map { score in
                    var item = JSONObject()
                    item.append("theme", .string(score.theme.id))
                    item.append("name", .string(score.theme.name[language]))
                    item.append("answered", .int(Int64(score.answered)))
                    item.append("questions", .int(Int64(score.theme.questions.count)))
                    item.append("mean", score.mean.map { .number(rounded($0)) } ?? .null)
                    item.append("percent", score.percent(points: points).map { .int(Int64($0)) } ?? .null)
                    // The seed's own questions, so that a report never shows bare ids.
                    item.append(
                        "answers",
                        .array(
                            score.theme.questions.map { question in
                                var answer = JSONObject()
                                answer.append("question", .string(question.id))
                                answer.append("text", .string(question.text[language]))
                                answer.append("position", positions[question.id].map { .int(Int64($0)) } ?? .null)
                                return .object(answer)
                            }))
                    return .object(item)
                }))
        object.append("weakest", .texts(weakest))
        return .object(object)
    }
}

/// Two scans side by side: per theme the change of the mean, per question the change of position.
public struct ActiescanComparison: Sendable, Equatable {
    public struct QuestionChange: Sendable, Equatable {
        public var question: String
        public var from: Int
        public var to: Int
        public var change: Int { to - from }
    }

    /// A theme compared over the questions answered in both scans only, so that a skipped answer cannot move
    /// the mean; `missing` names the theme's questions answered in only one of the two.
    public struct ThemeChange: Sendable, Equatable {
        public var theme: ActiescanTheme
        public var compared: Int
        public var from: Double?
        public var to: Double?
        public var missing: [String]
        public var change: Double? {
            guard let from, let to else { return nil }
            return to - from
        }
    }

    public var from: ActiescanScores
    public var to: ActiescanScores
    /// Questions answered in both scans, in theme order.
    public var questions: [QuestionChange]
    /// Questions answered in only one of the two.
    public var notComparable: [String]
    public var themes: [ThemeChange]

    public init(_ document: Actiescan, from: String, to: String) throws {
        let first = try at("from") { try document.scan(labelled: from) }
        let second = try at("to") { try document.scan(labelled: to) }
        self.from = ActiescanScores(first)
        self.to = ActiescanScores(second)
        let before = self.from.positions
        let after = self.to.positions
        var questions: [QuestionChange] = []
        var notComparable: [String] = []
        var themes: [ThemeChange] = []
        for theme in ActiescanTheme.all {
            var sums = (0, 0)
            var compared = 0
            var missing: [String] = []
            for question in theme.questions {
                switch (before[question.id], after[question.id]) {
                case let (a?, b?):
                    questions.append(QuestionChange(question: question.id, from: a, to: b))
                    sums = (sums.0 + a, sums.1 + b)
                    compared += 1
                case (nil, nil): break
                default: missing.append(question.id)
                }
            }
            notComparable += missing
            themes.append(
                ThemeChange(
                    theme: theme, compared: compared,
                    from: compared == 0 ? nil : Double(sums.0) / Double(compared),
                    to: compared == 0 ? nil : Double(sums.1) / Double(compared), missing: missing))
        }
        self.questions = questions
        self.notComparable = notComparable
        self.themes = themes
    }

    public func jsonValue(for document: Actiescan, language: Language) -> JSONValue {
        var object = JSONObject()
        object.append("schema", .string(Actiescan.comparisonSchemaID))
        object.append("document", .string(document.id))
        object.append("from", .string(from.label))
        object.append("to", .string(to.label))
        object.append(
            "themes",
            .array(
                themes.map { theme in
                    var item = JSONObject()
                    item.append("theme", .string(theme.theme.id))
                    item.append("name", .string(theme.theme.name[language]))
                    item.append("from", theme.from.map { .number(rounded($0)) } ?? .null)
                    item.append("to", theme.to.map { .number(rounded($0)) } ?? .null)
                    item.append("change", theme.change.map { .number(rounded($0)) } ?? .null)
                    item.append("compared", .int(Int64(theme.compared)))
                    item.append("questions", .int(Int64(theme.theme.questions.count)))
                    item.append("missing", .texts(theme.missing))
                    return .object(item)
                }))
        object.append(
            "questions",
            .array(
                questions.map { change in
                    var item = JSONObject()
                    item.append("question", .string(change.question))
                    item.append(
                        "text",
                        .string(
                            ActiescanTheme.questionIndex[change.question]?.question.text[language] ?? change.question))
                    item.append("from", .int(Int64(change.from)))
                    item.append("to", .int(Int64(change.to)))
                    item.append("change", .int(Int64(change.change)))
                    return .object(item)
                }))
        object.append("improved", .texts(questions.filter { $0.change > 0 }.map(\.question)))
        object.append("declined", .texts(questions.filter { $0.change < 0 }.map(\.question)))
        object.append("unchanged", .texts(questions.filter { $0.change == 0 }.map(\.question)))
        object.append("not_comparable", .texts(notComparable))
        object.append("weakest_from", .texts(from.weakest))
        object.append("weakest_to", .texts(to.weakest))
        return .object(object)
    }
}

extension Actiescan {
    public func compare(from: String, to: String) throws -> ActiescanComparison {
        try ActiescanComparison(self, from: from, to: to)
    }

    /// The comparison of the last two scans, if there are two.
    private func latestChange() throws -> ActiescanComparison? {
        scans.count >= 2 ? try compare(from: scans[scans.count - 2].label, to: scans[scans.count - 1].label) : nil
    }

    func reportJSON(_ context: ReportSettings) throws -> JSONValue {
        let language = context.language
        // Scores and the comparison once each: the JSON and the text are written from the same figures.
        let scores = scans.map(ActiescanScores.init)
        let change = try latestChange()
        var object = reportHeader(context)
        object.append(
            "scale",
            .array(
                scale.enumerated().map { index, label in
                    var point = JSONObject()
                    point.append("position", .int(Int64(index + 1)))
                    point.append("label", .string(label[language]))
                    return .object(point)
                }))
        object.append("scans", .array(scores.map { $0.jsonValue(points: scale.count, language: language) }))
        object.append("latest_change", change.map { $0.jsonValue(for: self, language: language) } ?? .null)
        object.append("text", .string(text(scores, change, language)))
        return .object(object)
    }

    func reportText(_ context: ReportSettings) throws -> String {
        text(scans.map(ActiescanScores.init), try latestChange(), context.language)
    }

    /// Two scans and what changed between them, as the report writes its latest change.
    public func text(of comparison: ActiescanComparison, language: Language) -> String {
        text([comparison.from, comparison.to], comparison, language)
    }

    private func text(_ all: [ActiescanScores], _ change: ActiescanComparison?, _ language: Language) -> String {
        let words = ActiescanWords.of(language)
        var lines = [title]
        let names = Dictionary(ActiescanTheme.all.map { ($0.id, $0.name[language]) }, uniquingKeysWith: { a, _ in a })
        for scores in all {
            lines.append("")
            lines.append(
                "\(scores.label)\(scores.date.map { " (\($0))" } ?? ""): "
                    + "\(scores.answered)/\(ActiescanTheme.questionIndex.count) " + words.questionsAnswered)
            for score in scores.themes {
                let mean = score.mean.map { figure($0, language) + " / \(scale.count)" } ?? words.notAnswered
                lines.append("  \(score.theme.name[language]): \(mean)")
                for question in score.theme.questions {
                    let position = scores.positions[question.id].map { "\($0)/\(scale.count)" } ?? "–"
                    lines.append("    \(position)  \(question.text[language])")
                }
            }
            if !scores.weakest.isEmpty {
                let label = scores.weakest.count == 1 ? words.weakestTheme : words.weakestThemesTied
                lines.append("  " + label + scores.weakest.compactMap { names[$0] }.joined(separator: ", "))
            }
        }
        if let change {
            let up = change.questions.filter { $0.change > 0 }.count
            let down = change.questions.filter { $0.change < 0 }.count
            lines.append("")
            lines.append(words.change(change.from.label, change.to.label, up, down))
            for theme in change.themes {
                let name = theme.theme.name[language]
                if let from = theme.from, let to = theme.to, let delta = theme.change {
                    let sign = delta > 0 ? "+" : delta < 0 ? "−" : "±"
                    lines.append(
                        "  \(name): \(figure(from, language)) → \(figure(to, language)) (\(sign)\(figure(abs(delta), language)))"
                            + (theme.missing.isEmpty
                                ? "" : words.overQuestions(theme.compared, theme.theme.questions.count)))
                } else {
                    lines.append("  \(name): " + words.notComparable)
                }
                for id in theme.missing {
                    lines.append(
                        "    " + words.answeredOnce + (ActiescanTheme.questionIndex[id]?.question.text[language] ?? id))
                }
            }
        }
        if customScale == nil {
            lines.append("")
            lines.append(words.scaleNote)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
