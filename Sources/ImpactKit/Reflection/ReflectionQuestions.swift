/// Every reflection and didactic question of the LIM manual (seed 000 §7.2, §7.4, §8.3, §8.4, §9.1–§9.3). The
/// Dutch texts are the manual's; the English ones are ours. Ids are stable: answers in stored canvases refer to them.
public enum ReflectionQuestions {
    private static func question(
        _ id: String, _ section: String, nl: String, en: String, source: Provenance = .seed
    ) -> ReflectionQuestion {
        ReflectionQuestion(id: id, text: LocalizedText(nl: nl, en: en), section: section, source: source)
    }

    /// §7.2 — introducing the LIM to students the first time it is used. The manual asks the last two literally;
    /// the first two are its conversation topics ("het doel van de LIM", "wat impact is") put as questions.
    public static let introduction: [ReflectionQuestion] = [
        question(
            "lim.intro.goal", "7.2",
            nl:
                "Wat is het doel van de LIM: zicht krijgen op de impact die je maakt en die impact met je project verbeteren?",
            en: "What is the LIM for: seeing the impact you make and improving it with your project?", source: .derived),
        question(
            "lim.intro.impact", "7.2",
            nl: "Wat is impact?", en: "What is impact?", source: .derived),
        question(
            "lim.intro.obstacles", "7.2",
            nl: "Wat denk je tegen te komen/waar denk je dat je tegenaan loopt? (Bij de verschillende condities)",
            en:
                "What do you expect to come across / where do you think you will run into difficulties? (For each of the conditions)"
        ),
        question(
            "lim.intro.strength", "7.2",
            nl: "Waar zit jullie kracht?", en: "Where does your strength lie?"),
    ]

    // §7.4 — the (help) questions for students looking at their filled canvas.
    public static let notice = question(
        "lim.students.notice", "7.4",
        // The seed's "als naar het canvas kijkt" lacks "je": fixed, and marked as edited.
        nl: "Wat valt je op als je naar het canvas kijkt? Zijn er verrassingen/verbazingen?",
        en: "What strikes you when you look at the canvas? Are there surprises or things that puzzle you?",
        source: .seedEdited)
    public static let judge = question(
        "lim.students.judge", "7.4",
        nl: "Wat vind je van de impact die je maakt?", en: "What do you think of the impact you make?")
    public static let most = question(
        "lim.students.most", "7.4",
        nl: "Waarmee maak je de meeste impact?", en: "With what do you make the most impact?")
    public static let gain = question(
        "lim.students.gain", "7.4",
        nl: "Waar kun je nog winst behalen? En hoe zou je dat kunnen doen?",
        en: "Where can you still make gains? And how could you do that?")

    public static let students: [ReflectionQuestion] = [notice, judge, most, gain]

    /// §8.3 — additional questions for coaches, neighbourhood teachers and clients.
    public static let coaches: [ReflectionQuestion] = [
        question(
            "lim.coaches.insights", "8.3",
            nl: "Welke inzichten zijn relevant voor de begeleiding van jullie studenten?",
            en: "Which insights matter for how you coach your students?"),
        question(
            "lim.coaches.meaning", "8.3",
            nl: "Wat betekenen de inzichten voor jullie begeleiding?",
            en: "What do these insights mean for your coaching?"),
        question(
            "lim.coaches.adapt", "8.3",
            nl:
                "Wat zijn de mogelijkheden om de leeromgeving of jullie begeleiding aan te passen? Wat is daarvoor nodig?",
            en: "How could the learning environment or your coaching be adapted? What would that take?"),
    ]

    /// §8.4 — additional questions for representatives of education, research and practice.
    public static let stakeholders: [ReflectionQuestion] = [
        question(
            "lim.stakeholders.collaboration", "8.4",
            nl: "Wat valt op in de samenwerking tussen studenten, docenten en samenwerkingspartners?",
            en: "What stands out in the collaboration between students, teachers and partners?"),
        question(
            "lim.stakeholders.insights", "8.4",
            nl: "Welke inzichten zijn relevant voor jullie samenwerking?",
            en: "Which insights matter for your collaboration?"),
        question(
            "lim.stakeholders.meaning", "8.4",
            nl: "Wat betekenen deze inzichten voor jullie samenwerking?",
            en: "What do these insights mean for your collaboration?"),
        question(
            "lim.stakeholders.strengthen", "8.4",
            nl: "Waar zitten mogelijkheden voor versterking of doorontwikkeling?",
            en: "Where are the opportunities to strengthen or develop it further?"),
    ]

    /// §9.1 — monitoring the research process.
    public static let monitorProcess: [ReflectionQuestion] = [
        question(
            "lim.monitor.steps", "9.1",
            nl:
                "Welke stappen hebben jullie al gezet in het onderzoeksproces? Wat gaat goed en waar lopen jullie vast?",
            en: "Which steps of the research process have you taken so far? What goes well and where are you stuck?"),
        question(
            "lim.monitor.question", "9.1",
            nl:
                "Hebben jullie een duidelijk beeld van de vraag of het probleem van de opdrachtgever? Wat kunnen jullie doen om dit te verduidelijken?",
            en: "Do you have a clear picture of the client's question or problem? What can you do to clarify it?"),
        question(
            "lim.monitor.target-group", "9.1",
            nl: "Hoe betrekken jullie de doelgroep actief bij jullie onderzoek? Wat levert dit op, en wat kan beter?",
            en:
                "How do you actively involve the target group in your research? What does it yield, and what could be better?"
        ),
    ]

    /// §9.2 — promoting the conversation on impact. Its third question is §7.4's "judge", asked with the same id.
    public static let impactConversation: [ReflectionQuestion] = [
        question(
            "lim.conversation.define", "9.2",
            nl: "Wat is impact volgens jou?", en: "What is impact, in your view?"),
        question(
            "lim.conversation.context", "9.2",
            nl: "Hoe zou jij ‘impact’ omschrijven in de context van dit project?",
            en: "How would you describe ‘impact’ in the context of this project?"),
        judge,
        question(
            "lim.conversation.most", "9.2",
            nl: "Waar denk je dat jullie project de meeste impact maakt, en waarom?",
            en: "Where do you think your project makes the most impact, and why?"),
        question(
            "lim.conversation.increase", "9.2",
            nl: "Wat kun je doen om de impact van je werk verder te vergroten? Welke acties zijn daarbij nodig?",
            en: "What can you do to increase the impact of your work? Which actions does that take?"),
    ]

    /// §9.3 — reflection and accountability (guiding questions).
    public static let reflectionAccountability: [ReflectionQuestion] = [
        question(
            "lim.accountability.outcomes", "9.3",
            nl:
                "Hoe draagt het project bij aan jouw persoonlijke leerdoelen of de leeruitkomsten van je opleiding? Kun je een voorbeeld geven?",
            en:
                "How does the project contribute to your personal learning goals or your programme's learning outcomes? Can you give an example?"
        ),
        question(
            "lim.accountability.evidence", "9.3",
            nl: "Welke bewijzen of voorbeelden kunnen jullie laten zien die aantonen dat jullie impact hebben gemaakt?",
            en: "Which evidence or examples can you show that demonstrate that you have made an impact?"),
        question(
            "lim.accountability.hindsight", "9.3",
            nl:
                "Als je terugkijkt op het proces, wat had je anders kunnen doen om nog meer waarde te creëren voor je opdrachtgever of doelgroep?",
            en:
                "Looking back on the process, what could you have done differently to create even more value for your client or target group?"
        ),
    ]

    /// Every question once, in manual order.
    public static let all: [ReflectionQuestion] = {
        var seen = Set<String>()
        return
            (introduction + students + coaches + stakeholders + monitorProcess + impactConversation
            + reflectionAccountability)
            .filter { seen.insert($0.id).inserted }
    }()

    private static let byID: [String: ReflectionQuestion] = Dictionary(
        all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    public static func question(_ id: String) -> ReflectionQuestion? {
        byID[id]
    }
}
