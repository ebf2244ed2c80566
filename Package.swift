// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ImpactKit",
    products: [
        // The embeddable C library: libimpactkit.so, contract in include/impactkit.h.
        .library(name: "impactkit", type: .dynamic, targets: ["ImpactKitC"]),
        // The Swift API for Swift apps.
        .library(name: "ImpactKit", targets: ["ImpactKit"]),
        .executable(name: "impact", targets: ["impact"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CJansson",
            pkgConfig: "jansson",
            providers: [.apt(["libjansson-dev"])]
        ),
        // The public C header, exposed to Swift so that `@c @implementation` is checked against it.
        .systemLibrary(name: "ImpactKitABI", path: "include"),
        // libm: Double.rounded() calls round/floor in unoptimised builds; without Foundation nothing else links it.
        .target(name: "ImpactKit", dependencies: ["CJansson"], linkerSettings: [.linkedLibrary("m")]),
        .target(name: "ImpactKitC", dependencies: ["ImpactKit", "ImpactKitABI", "CJansson"]),
        .executableTarget(
            name: "impact",
            dependencies: [
                "ImpactKit",
                // Only for the version macros: the header is the one source of the version.
                "ImpactKitABI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // All tests live under tests/ (swift, c, cli, xapi, data); the Swift ones here.
        .testTarget(
            name: "ImpactKitTests", dependencies: ["ImpactKit", "ImpactKitC", "ImpactKitABI", "CJansson"], path: "tests/swift"),
    ]
)
