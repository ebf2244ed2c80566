// swift-tools-version: 6.1
import PackageDescription

// A Swift app that uses ImpactKit's Swift API directly: `swift run --package-path examples/swift`.
let package = Package(
    name: "canvas-example",
    dependencies: [.package(name: "ImpactKit", path: "../..")],
    targets: [
        .executableTarget(name: "canvas-example", dependencies: [.product(name: "ImpactKit", package: "ImpactKit")])
    ]
)
