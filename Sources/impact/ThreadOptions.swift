import ArgumentParser
import Foundation

/// `--jobs`, shared by the commands that read a folder of documents on worker threads (`cohort`, `export --format
/// ndjson`): one default and one range, checked before the command runs.
struct ThreadOptions: ParsableArguments {
    @Option(help: helpText("Threads reading documents (default: the machine's cores)."))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard (1...256).contains(jobs) else { throw ValidationError("--jobs must be 1–256") }
    }
}
