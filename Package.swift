// swift-tools-version: 6.3
// 6.3: the C ABI is exported with `@c @implementation` (SE-0495, Swift 6.3).
import PackageDescription

let package = Package(
    name: "ImpactKit",
    // Linux is what is built and tested; on Apple platforms the core uses InlineArray, which needs their 26 releases.
    platforms: [.macOS(.v26), .iOS(.v26)],
    products: [
        // The embeddable C library: libimpactkit.so, contract in include/impactkit.h.
        .library(name: "impactkit", type: .dynamic, targets: ["ImpactKitC"]),
        // The Swift API for Swift apps.
        .library(name: "ImpactKit", targets: ["ImpactKit"]),
        .executable(name: "impact", targets: ["impact"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The CLI signs credentials with a key file (Ed25519, P-256); the library never sees a key.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CJansson",
            pkgConfig: "jansson",
            providers: [.apt(["libjansson-dev"])]
        ),
        // The public C header, exposed to Swift so that `@c @implementation` is checked against it.
        .systemLibrary(name: "ImpactKitABI", path: "include"),
        // Records jansson allocation failures per thread, so that they come back as IK_ENOMEM (C: thread-local).
        .target(name: "JanssonAllocation", dependencies: ["CJansson"]),
        // errno, open and the file type bits for the host policies, from C (see include/chost.h for why).
        .target(name: "CHost"),
        // libm: Double.rounded() calls round/floor in unoptimised builds; without Foundation nothing else links it.
        // ImpactKitABI only for the version macros (a cohort cache names the library that wrote it).
        .target(
            name: "ImpactKit", dependencies: ["CJansson", "JanssonAllocation", "ImpactKitABI", "CHost"],
            linkerSettings: [.linkedLibrary("m")]),
        .target(name: "ImpactKitC", dependencies: ["ImpactKit", "ImpactKitABI", "CJansson"]),
        // The CLI's glibc floor at the library's 2.34: hypot and hypotf bound to their first versions (see the file).
        .target(name: "CLIGlibcFloor"),
        .executableTarget(
            name: "impact",
            dependencies: [
                "ImpactKit",
                // Only for the version macros: the header is the one source of the version.
                "ImpactKitABI",
                "CLIGlibcFloor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The Swift example (examples/swift) built with the package itself rather than as a package of its own, so
        // that `make test` does not compile the core once more; examples/swift/Package.swift shows an app's manifest.
        .executableTarget(
            name: "canvas-example", dependencies: ["ImpactKit"], path: "examples/swift/Sources/canvas-example"),
        // All tests live under Tests/ (ImpactKitTests, c, cli, web, xapi, data, …); the Swift ones in SwiftPM's place.
        .testTarget(name: "ImpactKitTests", dependencies: ["ImpactKit", "ImpactKitC", "ImpactKitABI", "CJansson"]),
        // An app's plain `import ImpactKit` (no @testable): what a Swift caller can reach compiles here.
        .testTarget(name: "ImpactKitClientTests", dependencies: ["ImpactKit"]),
    ]
)
