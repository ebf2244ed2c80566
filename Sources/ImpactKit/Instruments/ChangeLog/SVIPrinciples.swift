/// A pre-assurance check of a change log against Social Value International's eight principles: for each, what the
/// document shows and what is missing, as plain findings (not a score: an assurer weighs them). The rules are
/// ImpactKit's reading of the principles for the data a change log holds; each finding names what it is about.
public struct SVIPrinciples: Sendable {
    public enum Principle: String, CaseIterable, Sendable {
        case involveStakeholders = "involve-stakeholders"
        case understandWhatChanges = "understand-what-changes"
        case valueWhatMatters = "value-what-matters"
        case includeWhatIsMaterial = "include-what-is-material"
        case doNotOverClaim = "do-not-over-claim"
        case beTransparent = "be-transparent"
        case verifyTheResult = "verify-the-result"
        case beResponsive = "be-responsive"

        public var name: LocalizedText {
            switch self {
            case .involveStakeholders: return LocalizedText(nl: "Betrek belanghebbenden", en: "Involve stakeholders")
            case .understandWhatChanges:
                return LocalizedText(nl: "Begrijp wat verandert", en: "Understand what changes")
            case .valueWhatMatters:
                return LocalizedText(nl: "Waardeer wat ertoe doet", en: "Value the things that matter")
            case .includeWhatIsMaterial:
                return LocalizedText(nl: "Neem alleen op wat materieel is", en: "Only include what is material")
            case .doNotOverClaim: return LocalizedText(nl: "Claim niet te veel", en: "Do not over-claim")
            case .beTransparent: return LocalizedText(nl: "Wees transparant", en: "Be transparent")
            case .verifyTheResult: return LocalizedText(nl: "Verifieer het resultaat", en: "Verify the result")
            case .beResponsive: return LocalizedText(nl: "Wees responsief", en: "Be responsive")
            }
        }
    }

    public struct Finding: Sendable {
        public var principle: Principle
        public var shows: [LocalizedText]
        public var missing: [LocalizedText]
    }

    public var findings: [Finding]

    public init(_ log: ChangeLog, report: ChangeLogReport) {
        func text(_ nl: String, _ en: String) -> LocalizedText { LocalizedText(nl: nl, en: en) }
        let outside = Set(log.groups.filter { !$0.inScope }.map(\.id))
        let groupName = Dictionary(log.groups.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var findings: [Finding] = []

        // 1. Stakeholders in scope, heard in their own words; a group with nothing recorded was not heard.
        var shows = [
            text(
                "\(counted(report.groupsInScope, "groep", "groepen")) in scope, \(counted(report.people, "persoon", "mensen")), \(counted(report.total, "verandering", "veranderingen")) in eigen woorden",
                "\(counted(report.groupsInScope, "group", "groups")) in scope, \(counted(report.people, "person", "people")), \(counted(report.total, "change", "changes")) in their own words"
            )
        ]
        if !report.outOfScope.groups.isEmpty {
            let names = report.outOfScope.groups.map(\.name).joined(separator: ", ")
            shows.append(text("buiten de scope benoemd: \(names)", "named out of scope: \(names)"))
        }
        let silent = report.verifiedPerGroup.filter { $0.verified + $0.unverified == 0 }.map(\.group.name)
        findings.append(
            Finding(
                principle: .involveStakeholders, shows: shows,
                missing: silent.map { text("\($0): geen veranderingen vastgelegd", "\($0): no changes recorded") }))

        // 2. Changes understood: classified into an IDG dimension.
        let classified = report.total - report.unclassified
        findings.append(
            Finding(
                principle: .understandWhatChanges,
                shows: [
                    text(
                        "\(classified) van \(report.total) veranderingen ingedeeld in een IDG-dimensie",
                        "\(classified) of \(report.total) changes classified into an IDG dimension")
                ],
                missing: report.unclassified > 0
                    ? [
                        report.unclassified == 1
                            ? text("1 verandering niet ingedeeld", "1 change not classified")
                            : text(
                                "\(report.unclassified) veranderingen niet ingedeeld",
                                "\(report.unclassified) changes not classified")
                    ] : []))

        let outcomes = log.sroi?.outcomes ?? []
        let noValuation = text("geen SROI-waardering in het logboek", "no SROI valuation in the log")

        // 3. Valued with a proxy whose source is given.
        findings.append(
            Finding(
                principle: .valueWhatMatters,
                shows: outcomes.isEmpty
                    ? []
                    : [
                        text(
                            "\(outcomes.count) uitkomsten gewaardeerd met een financiële proxy",
                            "\(outcomes.count) outcomes valued with a financial proxy")
                    ],
                missing: log.sroi == nil
                    ? [noValuation]
                    : outcomes.filter { $0.proxySource == nil && log.sroi?.proxy(of: $0) == nil }.map {
                        text("\($0.id) \($0.name): proxy zonder bron", "\($0.id) \($0.name): proxy without a source")
                    }))

        // 4. Material: nothing counted for a group the study put out of scope.
        findings.append(
            Finding(
                principle: .includeWhatIsMaterial,
                shows: [
                    text(
                        "groepen buiten de scope blijven buiten alle totalen",
                        "groups out of scope stay out of every total")
                ],
                missing: outcomes.filter { $0.group.map(outside.contains) ?? false }.map { outcome in
                    let group = outcome.group.flatMap { groupName[$0] } ?? ""
                    return text(
                        "\(outcome.id) telt mee voor \(group), dat buiten de scope valt",
                        "\(outcome.id) is counted for \(group), which is out of scope")
                }))

        // 5. Over-claiming: deductions never set, long durations without drop-off.
        var overClaim: [LocalizedText] = []
        for outcome in outcomes {
            if outcome.deadweight == 0 {
                overClaim.append(
                    text("\(outcome.id): deadweight nooit gezet (0 %)", "\(outcome.id): deadweight never set (0 %)"))
            }
            if outcome.attribution == 0 {
                overClaim.append(
                    text("\(outcome.id): attributie nooit gezet (0 %)", "\(outcome.id): attribution never set (0 %)"))
            }
            if outcome.duration > 1, outcome.dropOff == 0 {
                overClaim.append(
                    text(
                        "\(outcome.id): \(outcome.duration) jaar zonder drop-off",
                        "\(outcome.id): \(outcome.duration) years without drop-off"))
            }
        }
        findings.append(
            Finding(
                principle: .doNotOverClaim,
                shows: outcomes.isEmpty
                    ? []
                    : [
                        text(
                            "deadweight, attributie, verplaatsing en drop-off per uitkomst toegepast",
                            "deadweight, attribution, displacement and drop-off applied per outcome")
                    ],
                missing: log.sroi == nil ? [noValuation] : overClaim))

        // 6. Transparent: every assumption in the report; a defaulted discount rate is the study's silence.
        findings.append(
            Finding(
                principle: .beTransparent,
                shows: [text("elke aanname staat in het rapport", "every assumption is in the report")],
                missing: log.sroi.map { valuation in
                    (valuation.discountRateGiven
                        ? []
                        : [
                            text(
                                "discontovoet niet opgegeven: de standaard \(SROIValuation.defaultDiscountRate)"
                                    .replacing(".", with: ",") + " % geldt",
                                "discount rate not given: the default \(SROIValuation.defaultDiscountRate) % applies")
                        ])
                        // A source without a licence: whether the value may be used (and shown) is not clear.
                        + valuation.outcomes.filter { $0.proxySource != nil && valuation.proxy(of: $0) == nil }.map {
                            text(
                                "\($0.id): licentie van de proxybron niet vermeld",
                                "\($0.id): the licence of the proxy's source is not stated")
                        }
                } ?? []))

        // 7. Verified by someone other than the reporter.
        let unverifiedGroups = report.verifiedPerGroup.filter { $0.verified == 0 && $0.unverified > 0 }.map(
            \.group.name)
        findings.append(
            Finding(
                principle: .verifyTheResult,
                shows: [
                    text(
                        "\(report.verified) van \(report.total) veranderingen geverifieerd",
                        "\(report.verified) of \(report.total) changes verified")
                ],
                missing: report.verified == 0 && report.total > 0
                    ? [text("geen enkele verandering geverifieerd", "no change verified")]
                    : unverifiedGroups.map { text("\($0): geen verandering geverifieerd", "\($0): no change verified") }
            ))

        // 8. Responsive: decisions taken from what was learnt (step 5).
        let decisions = log.steps.learn.count + log.steps.focus.count + log.steps.scale.count
        findings.append(
            Finding(
                principle: .beResponsive,
                shows: decisions > 0
                    ? [
                        text(
                            "\(decisions) besluiten vastgelegd (leren, focus, opschalen)",
                            "\(decisions) decisions recorded (learn, focus, scale)")
                    ] : [],
                missing: decisions == 0
                    ? [text("geen besluiten vastgelegd (stap 5)", "no decisions recorded (step 5)")] : []))
        self.findings = findings
    }

    public func jsonValue(language: Language) -> JSONValue {
        .array(
            findings.map { finding in
                var item = JSONObject()
                item.append("principle", .string(finding.principle.rawValue))
                item.append("name", .string(finding.principle.name[language]))
                item.append("shows", .texts(finding.shows.map { $0[language] }))
                item.append("missing", .texts(finding.missing.map { $0[language] }))
                return .object(item)
            })
    }

    public func lines(language: Language) -> [String] {
        var lines = [ChangeLogWords.of(language).beforeAssurance]
        for finding in findings {
            lines.append(
                "  \(finding.principle.name[language]): " + finding.shows.map { $0[language] }.joined(separator: "; "))
            for missing in finding.missing { lines.append("    – " + missing[language]) }
        }
        return lines
    }
}
