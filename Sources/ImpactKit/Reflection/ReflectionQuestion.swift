/// A reflection question with a stable id, in Dutch and English.
public struct ReflectionQuestion: Equatable, Sendable {
    public var id: String
    public var text: LocalizedText

    public init(id: String, text: LocalizedText) {
        self.id = id
        self.text = text
    }
}

/// The reflection questions ImpactKit knows. Answers in a canvas must name one of these ids.
public enum ReflectionQuestions {
    /// LIM §7.4: the (help) questions for students looking at their filled canvas.
    public static let notice = ReflectionQuestion(
        id: "lim.students.notice",
        text: LocalizedText(
            nl: "Wat valt je op als je naar het canvas kijkt? Zijn er verrassingen of verbazingen?",
            en: "What strikes you when you look at the canvas? Are there surprises?"))
    public static let judge = ReflectionQuestion(
        id: "lim.students.judge",
        text: LocalizedText(nl: "Wat vind je van de impact die je maakt?", en: "What do you think of the impact you make?"))
    public static let most = ReflectionQuestion(
        id: "lim.students.most",
        text: LocalizedText(nl: "Waarmee maak je de meeste impact?", en: "Where do you make the most impact?"))
    public static let gain = ReflectionQuestion(
        id: "lim.students.gain",
        text: LocalizedText(
            nl: "Waar kun je nog winst behalen? En hoe zou je dat kunnen doen?",
            en: "Where can you still gain? And how could you do that?"))

    public static let students: [ReflectionQuestion] = [notice, judge, most, gain]

    public static let all: [ReflectionQuestion] = students

    public static func question(_ id: String) -> ReflectionQuestion? {
        all.first { $0.id == id }
    }
}
