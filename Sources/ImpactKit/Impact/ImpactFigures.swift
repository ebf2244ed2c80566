/// What a canvas says about impact as LIM §3 defines it: where results land, intended and unintended effects,
/// who values them, direct and indirect interactions, co-creation, and — when the group drew impact chains —
/// activities without a result and results without an activity. Each figure counts only what was recorded;
/// "not recorded" is counted apart, never as "no".
public struct ImpactFigures: Equatable, Sendable {
    public var results = 0
    /// Results whose effect names at least one sphere.
    public var resultsWithSpheres = 0
    /// Results per sphere (a result may land in several), in `Sphere.allCases` order.
    public var perSphere: [Int] = Array(repeating: 0, count: Sphere.allCases.count)
    public var intended = 0
    public var unintended = 0
    public var positive = 0
    public var negative = 0
    /// Results valued by each stakeholder group, in `Stakeholder.allCases` order.
    public var valuedBy: [Int] = Array(repeating: 0, count: Stakeholder.allCases.count)
    /// Results with an effect recorded but no stakeholder that values them.
    public var unvalued = 0

    public var activities = 0
    public var direct = 0
    public var indirect = 0
    /// Activities with at least one co-creation partner.
    public var coCreated = 0
    /// Activities with an interaction recorded (the base of the co-created share).
    public var activitiesWithInteraction = 0

    public var chains = 0
    /// With chains: activity placements no chain links to a result, and result placements no chain links to.
    public var activitiesWithoutResult: [String] = []
    public var resultsWithoutActivity: [String] = []

    public var unknownIntention: Int { results - intended - unintended }
    public var unknownMode: Int { activities - direct - indirect }

    public func count(in sphere: Sphere) -> Int {
        perSphere[Sphere.allCases.firstIndex(of: sphere) ?? 0]
    }

    public func count(valuedBy stakeholder: Stakeholder) -> Int {
        valuedBy[Stakeholder.allCases.firstIndex(of: stakeholder) ?? 0]
    }

    /// Ten-thousandths, half up; 0 when `total` is 0.
    static func share(_ part: Int, of total: Int) -> Int {
        total == 0 ? 0 : (part * 20_000 + total) / (2 * total)
    }

    /// Share of the results with spheres that land in `sphere`, in ten-thousandths.
    public func share(of sphere: Sphere) -> Int { ImpactFigures.share(count(in: sphere), of: resultsWithSpheres) }

    /// Share of the activities with an interaction recorded that were co-created, in ten-thousandths.
    public var coCreatedShare: Int { ImpactFigures.share(coCreated, of: activitiesWithInteraction) }

    public init(_ canvas: Canvas) {
        let spheres = Sphere.allCases, stakeholders = Stakeholder.allCases
        for placement in canvas.placements {
            switch placement.field {
            case .result:
                results += 1
                guard let effect = placement.effect else { continue }
                if !effect.spheres.isEmpty { resultsWithSpheres += 1 }
                for (index, sphere) in spheres.enumerated() where effect.spheres.contains(sphere) {
                    perSphere[index] += 1
                }
                switch effect.intended {
                case true?: intended += 1
                case false?: unintended += 1
                case nil: break
                }
                switch effect.valence {
                case .positive?: positive += 1
                case .negative?: negative += 1
                case nil: break
                }
                for (index, stakeholder) in stakeholders.enumerated() where effect.valuedBy.contains(stakeholder) {
                    valuedBy[index] += 1
                }
                if effect.valuedBy.isEmpty { unvalued += 1 }
            case .activity:
                activities += 1
                guard let interaction = placement.interaction else { continue }
                activitiesWithInteraction += 1
                switch interaction.mode {
                case .direct?: direct += 1
                case .indirect?: indirect += 1
                case nil: break
                }
                if !interaction.partners.isEmpty { coCreated += 1 }
            case .place:
                break
            }
        }
        chains = canvas.chains.count
        guard chains > 0 else { return }
        var linkedActivities = Set<String>(), linkedResults = Set<String>()
        for chain in canvas.chains {
            if !chain.results.isEmpty { linkedActivities.insert(chain.activity) }
            linkedResults.formUnion(chain.results)
        }
        activitiesWithoutResult = canvas.placements.filter {
            $0.field == .activity && !linkedActivities.contains($0.id)
        }.map(\.id)
        resultsWithoutActivity = canvas.placements.filter { $0.field == .result && !linkedResults.contains($0.id) }.map(
            \.id)
    }

    /// A gap the figures show, as a reflection prompt (LIM §7.4 "where can you still gain?" applied to §3).
    public struct Prompt: Equatable, Sendable {
        public enum Code: String, Sendable {
            case sphereMissing = "sphere-missing"
            case noUnintended = "no-unintended"
            case negativeEffects = "negative-effects"
            case unvalued
            case onlyIndirect = "only-indirect"
            case onlyDirect = "only-direct"
            case noCoCreation = "no-co-creation"
            case activitiesWithoutResult = "activities-without-result"
            case resultsWithoutActivity = "results-without-activity"
            case notRecorded = "not-recorded"
        }
        public var code: Code
        public var text: LocalizedText
        /// The spheres or placement ids the prompt is about.
        public var subjects: [String]
    }

    public var prompts: [Prompt] {
        var prompts: [Prompt] = []
        if results > 0 && resultsWithSpheres == 0 && activitiesWithInteraction == 0 && intended + unintended == 0 {
            prompts.append(
                Prompt(
                    code: .notRecorded,
                    text: LocalizedText(
                        nl:
                            "Nog niet vastgelegd waar opbrengsten landen, of ze bedoeld waren en hoe activiteiten mensen bereikten.",
                        en:
                            "Not yet recorded where results land, whether they were intended, or how activities reached people."
                    ),
                    subjects: []))
        }
        if resultsWithSpheres > 0 {
            for sphere in Sphere.allCases where count(in: sphere) == 0 {
                prompts.append(
                    Prompt(
                        code: .sphereMissing,
                        text: LocalizedText(
                            nl: "Geen enkele opbrengst landt in \(sphere.label.nl) — is dat de bedoeling?",
                            en: "No result lands in \(sphere.label.en) — is that intended?"),
                        subjects: [sphere.rawValue]))
            }
        }
        if intended > 0 && unintended == 0 {
            prompts.append(
                Prompt(
                    code: .noUnintended,
                    text: LocalizedText(
                        nl: "Alle vastgelegde effecten waren bedoeld. Is er niets onverwachts gebeurd?",
                        en: "Every recorded effect was intended. Did nothing unexpected happen?"),
                    subjects: []))
        }
        if negative > 0 {
            prompts.append(
                Prompt(
                    code: .negativeEffects,
                    text: LocalizedText(
                        nl:
                            "\(negative) \(negative == 1 ? "effect is" : "effecten zijn") negatief. Wat leer je daarvan, en wie merkt het?",
                        en:
                            "\(negative) \(negative == 1 ? "effect is" : "effects are") negative. What do you learn from that, and who notices?"
                    ),
                    subjects: []))
        }
        if unvalued > 0 {
            prompts.append(
                Prompt(
                    code: .unvalued,
                    text: LocalizedText(
                        nl:
                            "\(unvalued) \(unvalued == 1 ? "opbrengst heeft" : "opbrengsten hebben") nog geen belanghebbende die ze waardevol vindt. Voor wie maakt het verschil?",
                        en:
                            "\(unvalued) \(unvalued == 1 ? "result has" : "results have") no stakeholder yet who values it. For whom does it make a difference?"
                    ),
                    subjects: []))
        }
        if indirect > 0 && direct == 0 {
            prompts.append(
                Prompt(
                    code: .onlyIndirect,
                    text: LocalizedText(
                        nl: "Alle interacties liepen via dragers (rapport, video, …). Waar is persoonlijk contact?",
                        en: "Every interaction went through a medium (report, video, …). Where is personal contact?"),
                    subjects: []))
        }
        if direct > 0 && indirect == 0 {
            prompts.append(
                Prompt(
                    code: .onlyDirect,
                    text: LocalizedText(
                        nl: "Alle interacties waren persoonlijk. Hoe bereikt je werk ook mensen die je niet spreekt?",
                        en: "Every interaction was in person. How does your work reach people you do not meet?"),
                    subjects: []))
        }
        if activitiesWithInteraction > 0 && coCreated == 0 {
            prompts.append(
                Prompt(
                    code: .noCoCreation,
                    text: LocalizedText(
                        nl:
                            "Geen enkele activiteit is samen met anderen gemaakt. Waar kan co-creatie de impact versterken?",
                        en:
                            "No activity was created together with others. Where could co-creation strengthen the impact?"
                    ),
                    subjects: []))
        }
        if !activitiesWithoutResult.isEmpty {
            prompts.append(
                Prompt(
                    code: .activitiesWithoutResult,
                    text: LocalizedText(
                        nl:
                            "\(activitiesWithoutResult.count) \(activitiesWithoutResult.count == 1 ? "activiteit leidt" : "activiteiten leiden") (nog) niet tot een opbrengst. Wat leverden ze op?",
                        en:
                            "\(activitiesWithoutResult.count) \(activitiesWithoutResult.count == 1 ? "activity leads" : "activities lead") to no result (yet). What did they yield?"
                    ),
                    subjects: activitiesWithoutResult))
        }
        if !resultsWithoutActivity.isEmpty {
            prompts.append(
                Prompt(
                    code: .resultsWithoutActivity,
                    text: LocalizedText(
                        nl:
                            "\(resultsWithoutActivity.count) \(resultsWithoutActivity.count == 1 ? "opbrengst heeft" : "opbrengsten hebben") geen activiteit die ertoe leidde. Waar kwamen ze vandaan?",
                        en:
                            "\(resultsWithoutActivity.count) \(resultsWithoutActivity.count == 1 ? "result has no activity leading to it" : "results have no activity leading to them"). Where did they come from?"
                    ),
                    subjects: resultsWithoutActivity))
        }
        return prompts
    }
}

extension Canvas {
    /// The impact figures of LIM §3 for this canvas.
    public var impact: ImpactFigures { ImpactFigures(self) }
}
