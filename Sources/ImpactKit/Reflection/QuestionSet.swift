/// The questions a group is asked, chosen by variant and didactic purpose:
/// - student variants (standard, without cards, selected domains) ask §7.4, then the purpose's §9 questions; the
///   introduction purpose (§7.2, first use) asks its questions before §7.4's;
/// - the coaches variant asks §7.4 and §8.3, the stakeholders variant §7.4 and §8.4 ("additional questions").
/// The §9 purposes are about students' learning, so they do not combine with the coaches or stakeholders
/// variant: asking for that is an error rather than a silent choice.
public enum QuestionSet {
    public static func questions(variant: Variant, purpose: Purpose?) throws -> [ReflectionQuestion] {
        var questions = ReflectionQuestions.students
        switch variant {
        case .coaches: questions += ReflectionQuestions.coaches
        case .stakeholders: questions += ReflectionQuestions.stakeholders
        case .standard, .withoutCards, .selectedDomains: break
        }
        if let purpose {
            guard variant != .coaches, variant != .stakeholders else {
                throw ImpactKitError(
                    .invalidArgument,
                    "the didactic purposes (LIM §7.2, §9) are for student groups; the \(variant.rawValue) variant has its own questions"
                )
            }
            switch purpose {
            case .introduction: questions = ReflectionQuestions.introduction + questions
            case .monitorProcess: questions += ReflectionQuestions.monitorProcess
            case .impactConversation: questions += ReflectionQuestions.impactConversation
            case .reflectionAccountability: questions += ReflectionQuestions.reflectionAccountability
            }
        }
        var seen = Set<String>()
        return questions.filter { seen.insert($0.id).inserted }
    }

    /// The set as a JSON document ("schema": "impactkit/questions/1").
    public static func jsonValue(variant: Variant, purpose: Purpose?) throws -> JSONValue {
        var object = JSONObject()
        object.append("schema", .string("impactkit/questions/1"))
        object.append("variant", .string(variant.rawValue))
        object.append("purpose", purpose.map { .string($0.rawValue) } ?? .null)
        object.append("questions", .array(try questions(variant: variant, purpose: purpose).map(\.jsonValue)))
        return .object(object)
    }
}

extension Canvas {
    /// One question of the canvas's set (or answered outside it) with the answers given.
    public struct QuestionEntry: Equatable, Sendable {
        public var question: ReflectionQuestion
        /// False for a question answered although its variant/purpose does not ask it.
        public var inSet: Bool
        public var answers: [ReflectionAnswer]
    }

    /// The set's questions in order with their answers, then any other questions the group answered.
    public var questionsWithAnswers: [QuestionEntry] {
        var answersByQuestion: [String: [ReflectionAnswer]] = [:]
        var order: [String] = []
        for answer in reflections {
            if answersByQuestion[answer.question] == nil { order.append(answer.question) }
            answersByQuestion[answer.question, default: []].append(answer)
        }
        let set = questions
        let inSet = Set(set.map(\.id))
        var entries = set.map { QuestionEntry(question: $0, inSet: true, answers: answersByQuestion[$0.id] ?? []) }
        for id in order where !inSet.contains(id) {
            guard let question = ReflectionQuestions.question(id) else { continue }
            entries.append(QuestionEntry(question: question, inSet: false, answers: answersByQuestion[id] ?? []))
        }
        return entries
    }

    /// "standard variant, purpose: reflection & accountability" in the given language.
    func questionSetLabel(_ language: Language) -> String {
        let words = CanvasReportWords.of(language)
        guard let purpose else { return words.variant(variant.rawValue) }
        return words.variant(variant.rawValue) + words.purpose + purpose.label[language]
    }
}
