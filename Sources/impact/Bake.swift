import ArgumentParser
import ImpactKit

/// A credential baked into a poster (OB 3.0 §5.3): the PNG or SVG a team made carries the badge a student earned.
struct Bake: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: CommandAbstracts.chosen.bake)

    @Argument(help: helpText("The poster: a PNG, or an SVG as impact render writes it."))
    var image: String

    @Argument(
        help: helpText("A file holding the credential: a VC-JWT, or a credential's JSON with its proof ('-': stdin)."))
    var credential: String

    @Option(name: .shortAndLong, help: helpText("Where to write the baked image (atomically)."))
    var output: String

    func run() throws {
        try exitOnError {
            // "-" reads standard input through the same bounded reader, so `jq -r … | impact bake IMG -` works.
            let text = String(decoding: try Files.read(credential == "-" ? "/dev/stdin" : credential), as: UTF8.self)
            let baked = try BadgeBaking.bake(try Files.read(image), credential: text)
            try Files.writeAtomically(baked, to: output)
        }
    }
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: CommandAbstracts.chosen.extract)

    @Argument(help: helpText("A PNG or SVG with a baked credential."))
    var image: String

    func run() throws {
        emit(try exitOnError { try BadgeBaking.extract(try Files.read(image)) } + "\n")
    }
}
