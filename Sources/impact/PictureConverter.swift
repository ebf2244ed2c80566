import Foundation
import ImpactKit

/// PNG and PDF for hosts that cannot show SVG (some portfolio systems, e-mail): the SVG ImpactKit draws, converted
/// by librsvg's `rsvg-convert` when it is installed. An optional path, never a dependency: without it the command
/// says what to install, and the SVG is always there.
enum PictureConverter {
    enum Format: String, CaseIterable { case png, pdf }

    /// `$IMPACTKIT_RSVG_CONVERT`, else `rsvg-convert` on the PATH.
    static func converter() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["IMPACTKIT_RSVG_CONVERT"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given) ? given : nil
        }
        for directory in (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = String(directory) + "/rsvg-convert"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The picture as PNG (at the SVG's own size, or `width` pixels wide) or PDF (one page the size of the picture).
    static func convert(_ svg: String, to format: Format, width: Int?) throws -> [UInt8] {
        guard let tool = converter() else {
            throw CLIError(
                """
                --format \(format.rawValue) needs rsvg-convert (Debian/Ubuntu: apt install librsvg2-bin; \
                macOS: brew install librsvg); without it, use the SVG
                """)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments =
            ["--format", format.rawValue] + (width.map { ["--width", String($0), "--keep-aspect-ratio"] } ?? [])
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Write on another thread: a large picture would fill both pipes and stop both processes.
        let svgData = Data(svg.utf8)
        let writer = Thread {
            input.fileHandleForWriting.write(svgData)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, !result.isEmpty else {
            throw CLIError(
                "\(tool) could not convert the picture: \(String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))"
            )
        }
        // A PDF is tagged for screen readers: one Figure with the picture's description, its language and title.
        guard format == .pdf else { return [UInt8](result) }
        do {
            return try TaggedPDF.tag([UInt8](result), picture: svg)
        } catch let error as ImpactKitError {
            throw CLIError("\(tool) wrote a PDF ImpactKit cannot tag: \(error.localizedMessage(Messages.language))")
        }
    }
}
