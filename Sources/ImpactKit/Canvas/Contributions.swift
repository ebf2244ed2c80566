/// Who contributed what to a team's canvas: per member id, the placements they laid (per field and
/// domain), the impact chains they drew and the answers they gave, and what nobody is recorded for. The basis of
/// individual evidence: a portfolio shows a student's own part, not only the team's.
struct Contributions: Sendable {
    struct Member: Sendable {
        var id: String
        /// The name from the team list, where the team lists this id (names live there and only there).
        var name: String?
        var placements = 0
        var fields = [0, 0, 0]
        /// Domain id → placements, in template order when written.
        var domains: [String: Int] = [:]
        var chains = 0
        var answers = 0
        /// Effects and interactions this member recorded on cards (theirs or a teammate's).
        var effects = 0
        var interactions = 0
    }

    var members: [Member] = []
    var unattributedPlacements = 0
    var unattributedChains = 0
    var unattributedAnswers = 0

    /// True when anything on the canvas says who made it.
    var anyAttributed: Bool { !members.isEmpty }

    init(_ canvas: Canvas) {
        var position: [String: Int] = [:]
        // Team members with ids first, in team order, so a member who laid nothing still shows as 0.
        for member in canvas.team {
            guard let id = member.id, position[id] == nil else { continue }
            position[id] = members.count
            members.append(Member(id: id, name: member.name))
        }
        func slot(_ id: String) -> Int {
            if let index = position[id] { return index }
            position[id] = members.count
            members.append(Member(id: id, name: canvas.team.first { $0.id == id }?.name))
            return members.count - 1
        }
        for placement in canvas.placements {
            if let by = placement.effect?.by { members[slot(by)].effects += 1 }
            if let by = placement.interaction?.by { members[slot(by)].interactions += 1 }
            guard let by = placement.by else { unattributedPlacements += 1; continue }
            let index = slot(by)
            members[index].placements += 1
            members[index].fields[Field.allCases.firstIndex(of: placement.field) ?? 0] += 1
            members[index].domains[placement.domain, default: 0] += 1
        }
        for chain in canvas.chains {
            guard let by = chain.by else { unattributedChains += 1; continue }
            members[slot(by)].chains += 1
        }
        for answer in canvas.reflections {
            guard let by = answer.by else { unattributedAnswers += 1; continue }
            members[slot(by)].answers += 1
        }
    }

    func write<Sink: JSONSink & ~Copyable>(domains: [Domain], to sink: inout Sink) {
        sink.object { sink in
            sink.member("members", array: members) { sink, member in
                sink.object { sink in
                    sink.member("member", member.id)
                    sink.member("placements", member.placements)
                    sink.member("fields") { sink in
                        for (index, field) in Field.allCases.enumerated() {
                            sink.member(field.rawValue, member.fields[index])
                        }
                    }
                    sink.member("domains") { sink in
                        for domain in domains { sink.member(domain.id, member.domains[domain.id] ?? 0) }
                    }
                    sink.member("chains", member.chains)
                    sink.member("answers", member.answers)
                    sink.member("effects", member.effects)
                    sink.member("interactions", member.interactions)
                }
            }
            sink.member("unattributed") { sink in
                sink.member("placements", unattributedPlacements)
                sink.member("chains", unattributedChains)
                sink.member("answers", unattributedAnswers)
            }
        }
    }

    /// "Bijdragen per teamlid:" and a line per member, then what is not attributed; nothing when nothing is.
    func lines(_ language: Language) -> [String] {
        guard anyAttributed else { return [] }
        let words = ContributionWords.of(language)
        var lines = ["", words.heading]
        for member in members {
            let who = member.name.map { "\($0) (\(member.id))" } ?? member.id
            let split = Field.allCases.enumerated().map { "\($1.label[language]) \(member.fields[$0])" }.joined(
                separator: ", ")
            let recorded =
                (member.effects > 0 ? ", " + words.effects(member.effects) : "")
                + (member.interactions > 0 ? ", " + words.interactions(member.interactions) : "")
            lines.append(
                "  \(who): \(words.placements(member.placements)) (\(split)), \(words.chains(member.chains)), \(words.answers(member.answers))\(recorded)"
            )
        }
        if unattributedPlacements + unattributedChains + unattributedAnswers > 0 {
            lines.append(
                "  " + words.unattributed + ": \(words.placements(unattributedPlacements)), "
                    + "\(words.chains(unattributedChains)), \(words.answers(unattributedAnswers))")
        }
        return lines
    }
}
