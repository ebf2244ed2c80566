import ArgumentParser
import ImpactKit

/// `--max-document-bytes` and friends, shared by every command that reads documents: the library's limits
/// (header: ik_options), raised for a file that is larger than the defaults allow on purpose.
struct LimitOptions: ParsableArguments {
    @Option(name: .long, help: helpText("Largest document in bytes.", valueName: "bytes"))
    var maxDocumentBytes: Int = Limits.defaultMaxDocumentBytes

    @Option(
        name: .long,
        help: helpText("Deepest nesting of arrays and objects (at most \(Limits.depthCeiling)).", valueName: "n"))
    var maxDepth: Int = Limits.defaultMaxDepth

    @Option(name: .long, help: helpText("Longest string in bytes.", valueName: "bytes"))
    var maxStringBytes: Int = Limits.defaultMaxStringBytes

    @Option(name: .long, help: helpText("Most members of one array or object.", valueName: "n"))
    var maxElements: Int = Limits.defaultMaxElements

    /// ArgumentParser validates every option group before `run()`: the limits are checked (the library's own
    /// rules and messages) and put in place for `Files` here, so a command only declares the group.
    mutating func validate() throws {
        let limits = Limits(
            maxDocumentBytes: maxDocumentBytes, maxDepth: maxDepth, maxStringBytes: maxStringBytes,
            maxElements: maxElements)
        do {
            Files.limits = try limits.validated()
        } catch let error as ImpactKitError {
            throw ValidationError(error.message)
        }
    }
}
