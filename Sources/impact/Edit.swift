import ArgumentParser
import ImpactKit

/// `impact place`, `impact unplace`, `impact move`, `impact answer`: small edits of a canvas file for scripts. Each reads the
/// file, makes one change through the library (which checks it as the C API would) and writes the file back
/// atomically, keeping unknown fields; a refused change leaves the file as it was. Edits of one file by several
/// processes at once are serialised (an advisory lock around read, change and write), and `--if-revision` makes an
/// edit compare and swap: it is refused when the file has moved on from the revision the caller saw.
struct CanvasFileOptions: ParsableArguments {
    @Argument(help: helpText("A canvas JSON file, changed in place."))
    var file: String

    @Option(name: .shortAndLong, help: helpText("Write the changed canvas here instead of over FILE."))
    var output: String?

    @Option(
        name: .customLong("if-revision"),
        help: helpText("Refuse the edit unless FILE is still at this revision (`impact revision FILE`)."))
    var ifRevision: String?

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    // A malformed revision (often the whole line `impact revision` prints, file name and all) can never match: checked
    // here it is a usage error, where the comparison would report the file as changed and send a script round again.
    func validate() throws {
        if let ifRevision, !Revision.isWellFormed(ifRevision) {
            throw ValidationError(
                "--if-revision \"\(ifRevision.prefix(80))\" is not a revision (r- and 32 hex digits: the first word `impact revision FILE` prints)"
            )
        }
    }

    /// Loads the canvas, applies `change`, writes it; returns what `change` returned. The whole read, change and
    /// write holds the lock on FILE's directory, so concurrent edits of one file are applied one after another.
    func edit<T>(_ change: (inout Canvas) throws -> T) throws -> T { try edit(Canvas.self, change) }

    /// The same for a document of kind `Doc`.
    func edit<Doc: ImpactDocument, T>(_ kind: Doc.Type, _ change: (inout Doc) throws -> T) throws -> T {
        try editAnyKind { document in
            guard var typed = document as? Doc else { throw Files.wrongKind(file, document, needed: kind) }
            defer { document = typed }
            return try change(&typed)
        }
    }

    /// The same for whatever kind FILE holds, decided from the one read under the lock (`impact apply` takes a
    /// canvas or a journey: deciding from an earlier read could meet a file replaced in between).
    func editAnyKind<T>(_ change: (inout any ImpactDocument) throws -> T) throws -> T {
        try exitOnError {
            try Files.locked(output ?? file) {
                var document = try Files.loadDocument(file)
                if let ifRevision, document.revision != ifRevision {
                    throw CLIError(
                        "\(file): changed since revision \(ifRevision) (now \(document.revision)); read it again and redo the edit"
                    )
                }
                let result: T
                do { result = try change(&document) } catch let error as ImpactKitError {
                    throw CLIError("\(file): \(described(error))")
                }
                try Files.writeDocument(document.json(within: Files.limits), to: output ?? file)
                return result
            }
        }
    }
}

struct Place: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.place,
        discussion: CommandDiscussions.chosen.place)

    @OptionGroup var canvas: CanvasFileOptions

    @Option(help: helpText("A card id of the template's deck or the group's own cards."), completion: Completions.cards)
    var card: String?

    @Option(help: helpText("A free text instead of a card (the without-cards variant)."))
    var text: String?

    @Option(help: helpText("The domain id."), completion: Completions.domains)
    var domain: String

    @Option(help: helpText("activity, place or result."), completion: Completions.fields)
    var field: String

    @Option(help: helpText("What the group wrote on or beside the card."))
    var note: String?

    @Option(
        help: helpText(
            "The placement's id (default: p- and 12 random hex digits, which no copy of the file gives another card).")
    )
    var id: String?

    func validate() throws {
        if (card == nil) == (text == nil) { throw ValidationError("give --card or --text (one of them)") }
    }

    func run() throws {
        let placement = try canvas.edit { canvas in
            try canvas.place(card: card, text: text, domain: domain, field: try Field(id: field), note: note, id: id)
        }
        emit(placement.id + "\n")
    }
}

struct Unplace: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: CommandAbstracts.chosen.unplace)

    @OptionGroup var canvas: CanvasFileOptions

    @Argument(help: helpText("The placement's id, e.g. p3."))
    var placement: String

    func run() throws {
        _ = try canvas.edit { canvas in try canvas.unplace(placement) }
    }
}

struct Move: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.move,
        discussion: CommandDiscussions.chosen.move)

    @OptionGroup var canvas: CanvasFileOptions

    @Argument(help: helpText("The placement's id, e.g. p3."))
    var placement: String

    @Option(help: helpText("The domain id to move it to (default: where it lies)."), completion: Completions.domains)
    var domain: String?

    @Option(help: helpText("activity, place or result (default: where it lies)."), completion: Completions.fields)
    var field: String?

    func validate() throws {
        if domain == nil && field == nil { throw ValidationError("give --domain, --field or both") }
    }

    func run() throws {
        _ = try canvas.edit { canvas in
            guard let current = canvas.placement(placement) else {
                throw ImpactKitError(.notFound, "no placement \"\(placement.prefix(40))\" on this canvas")
            }
            return try canvas.move(
                placement, domain: domain ?? current.domain,
                field: try field.map(Field.init(id:)) ?? current.field)
        }
    }
}

struct Answer: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.answer,
        discussion: CommandDiscussions.chosen.answer)

    @OptionGroup var canvas: CanvasFileOptions

    @Argument(help: helpText("The question's id, e.g. lim.students.learned."))
    var question: String

    @Argument(help: helpText("The answer (leave out with --withdraw)."))
    var text: String?

    @Option(help: helpText("A team member's name: the answer is theirs, not the group's."))
    var by: String?

    @Flag(help: helpText("Withdraw the answer instead."))
    var withdraw = false

    func validate() throws {
        if withdraw == (text != nil) {
            throw ValidationError(withdraw ? "--withdraw takes no answer text" : "give the answer text (or --withdraw)")
        }
    }

    func run() throws {
        try canvas.edit { canvas in
            if withdraw {
                try canvas.unanswer(question, by: by)
            } else {
                try canvas.answer(question, text ?? "", by: by)
            }
        }
    }
}

struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.apply,
        discussion: CommandDiscussions.chosen.apply)

    @OptionGroup var canvas: CanvasFileOptions

    @Argument(help: helpText("A JSON file with an array of operations ('-' for standard input)."))
    var operations: String

    @Option(name: .customLong("base-revision"), help: helpText("The revision the operations were made on."))
    var baseRevision: String?

    func run() throws {
        // The operations are read (and refused, with their own file's name) before the file is locked; which kind
        // they are follows the kind of the file read under the lock.
        let value = try exitOnError { () throws -> JSONValue in
            let text = operations == "-" ? Array(readStandardInput().utf8) : try Files.read(operations)
            do { return try text.withUnsafeBytes { try JSONParser.parse($0) } } catch let error as ImpactKitError {
                throw CLIError("\(operations): \(described(error))")
            }
        }
        func batch<Op>(_ read: (JSONValue) throws -> [Op]) throws -> [Op] {
            do { return try read(value) } catch let error as ImpactKitError {
                throw CLIError("\(operations): \(described(error))")
            }
        }
        let undo = try canvas.editAnyKind { document -> String in
            if var journey = document as? Journey {
                let undo = try journey.apply(
                    try batch { try JourneyOperation.batch(jsonValue: $0) }, baseRevision: baseRevision)
                document = journey
                return JSONWriter.string(JourneyOperation.jsonValue(of: undo))
            }
            guard var edited = document as? Canvas else {
                throw Files.wrongKind(canvas.file, document, needed: Canvas.self)
            }
            let undo = try edited.apply(
                try batch { try CanvasOperation.batch(jsonValue: $0) }, baseRevision: baseRevision)
            document = edited
            return JSONWriter.string(CanvasOperation.jsonValue(of: undo))
        }
        emit(undo)
    }
}

/// Standard input as text (the operations of `impact apply … -`).
private func readStandardInput() -> String {
    var text = ""
    while let line = readLine(strippingNewline: false) { text += line }
    return text
}
