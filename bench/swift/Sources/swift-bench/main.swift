// Swift apps: loading a canvas with ImpactKit (parse through jansson, validate every card, keep unknown fields)
// against Foundation's JSONDecoder decoding the same bytes into plain Codable structs (no checks at all).
// Usage: swift-bench DATA_DIR. Prints median milliseconds per document and the ratio.
import Foundation
import ImpactKit

/// The canvas document as an app would mirror it with Codable.
struct CodableCanvas: Decodable {
    struct Moment: Decodable { var label: String; var date: String? }
    struct Member: Decodable { var name: String; var role: String? }
    struct OwnCard: Decodable { var id: String; var kind: String?; var text: String }
    struct Placement: Decodable {
        var id: String; var card: String?; var text: String?; var domain: String; var field: String; var note: String?
    }
    struct Answer: Decodable { var question: String; var answer: String; var by: String? }
    var schema: String
    var id: String
    var title: String
    var template: String
    var variant: String?
    var moment: Moment?
    var team: [Member]?
    var cards: [OwnCard]?
    var placements: [Placement]?
    var reflections: [Answer]?
}

func median(_ body: () throws -> Void, budget: Double) rethrows -> Double {
    let clock = ContinuousClock()
    let once = try clock.measure(body)
    let seconds = Double(once.components.seconds) + Double(once.components.attoseconds) * 1e-18
    let reps = max(1, Int(budget / 7 / max(seconds, 1e-6)))
    var samples: [Double] = []
    for _ in 0..<7 {
        let elapsed = try clock.measure { for _ in 0..<reps { try body() } }
        samples.append(
            (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18) / Double(reps))
    }
    return samples.sorted()[3]
}

let directory = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "build/bench/data"
print(
    "Swift API (median per document)".padding(toLength: 52, withPad: " ", startingAt: 0)
        + "   ImpactKit   JSONDecoder")
for size in ["small", "large", "huge"] {
    guard let data = FileManager.default.contents(atPath: "\(directory)/\(size).json") else {
        FileHandle.standardError.write(Data("cannot read \(directory)/\(size).json\n".utf8))
        exit(2)
    }
    let bytes = [UInt8](data)
    let budget = size == "huge" ? 3.0 : 0.8
    // Both must see the same document.
    let canvas = try bytes.withUnsafeBytes { try Canvas(json: $0) }
    let mirrored = try JSONDecoder().decode(CodableCanvas.self, from: data)
    guard canvas.placements.count == mirrored.placements?.count else { fatalError("the two loads disagree") }
    let ours = try median({ _ = try bytes.withUnsafeBytes { try Canvas(json: $0) } }, budget: budget)
    let theirs = try median({ _ = try JSONDecoder().decode(CodableCanvas.self, from: data) }, budget: budget)
    let label = "load \(size) (\(bytes.count) B)".padding(toLength: 52, withPad: " ", startingAt: 0)
    let ratio =
        ours < theirs ? String(format: "%.2fx faster", theirs / ours) : String(format: "%.2fx slower", ours / theirs)
    print(label + String(format: "%9.3f ms %10.3f ms  ", ours * 1e3, theirs * 1e3) + ratio)
}

// Scaling (issue 37 item 4): a canvas as a `JSONValue` tree, per placement from 10² to 10⁵, against Foundation's
// JSONSerialization building a tree of the same bytes. Flat per placement = linear; a quadratic path (the tree
// sink once copied its open array on every append: 144.9 s for `impact format` at 99 999) shows as a growing row.
print("\nA canvas of N placements as a JSONValue tree (per placement)   ImpactKit   JSONSerialization")
let domains = ["target-group", "partners", "complexity", "interprofessional", "knowledge"]
let templateCanvas = try String(
    decoding: FileManager.default.contents(atPath: "\(directory)/small.json")!, as: UTF8.self)
for n in [100, 1_000, 10_000, 100_000] {
    var canvas = try Canvas(json: templateCanvas)
    for k in canvas.placements.count..<n {
        try canvas.place(card: "act.home-visit", domain: domains[k % domains.count], field: .activity, id: "s\(k)")
    }
    let bytes = Data(canvas.json().utf8)
    let budget = n >= 10_000 ? 3.0 : 0.8
    let ours = median({ _ = canvas.jsonValue }, budget: budget) / Double(n)
    let theirs = try median({ _ = try JSONSerialization.jsonObject(with: bytes) }, budget: budget) / Double(n)
    let label = "\(n) placements".padding(toLength: 62, withPad: " ", startingAt: 0)
    print(label + String(format: "%8.0f ns %12.0f ns   ratio %.2f", ours * 1e9, theirs * 1e9, ours / theirs))
}
