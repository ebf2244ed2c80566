import ImpactKit

// A group fills the canvas during a session, a coach looks at the evaluation, and the app stores the document.
do {
    var canvas = try Canvas(id: "wijkteam-oost", title: "Valpreventie in Oost")
    canvas.moment = Moment(label: "Week 5", date: "2026-10-02")
    // replaceTeam checks each member as the reader will (setting `team` directly checks nothing).
    try canvas.replaceTeam([
        TeamMember(name: "Fatima", role: "student fysiotherapie"), TeamMember(name: "Joris", role: "coach"),
    ])
    try canvas.place(card: "act.home-visit", domain: "target-group", field: .activity)
    try canvas.place(card: "loc.clients-home", domain: "target-group", field: .place)
    try canvas.place(card: "res.insight-target-group", domain: "target-group", field: .result)
    try canvas.place(card: "act.client-meeting", domain: "partners", field: .activity)
    try canvas.addCard(CustomCard(id: "own.fall-check", kind: .result, text: "Valrisicocheck voor thuis"))
    try canvas.place(card: "own.fall-check", domain: "knowledge", field: .result)
    do {
        try canvas.place(card: "res.prototype", domain: "partners", field: .place)
    } catch let error as ImpactKitError {
        print("refused: \(error)")
    }
    print(try canvas.report(ReportSettings(language: .en)).text)
    let evaluation = canvas.evaluate()
    print("covered: \(evaluation.domains(.covered)), empty: \(evaluation.domains(.empty))")
    let reread = try Canvas(json: canvas.json())
    print(reread == canvas ? "round trip: identical" : "round trip: DIFFERENT")
} catch {
    print("error: \(error)")
}
