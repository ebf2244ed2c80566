// swift-tools-version: 6.1
import PackageDescription

// ImpactKit's Swift API against Foundation's JSONDecoder on the same documents: `make bench` builds it in release.
let package = Package(
    name: "swift-bench",
    dependencies: [.package(name: "ImpactKit", path: "../..")],
    targets: [
        .executableTarget(
            name: "swift-bench", dependencies: [.product(name: "ImpactKit", package: "ImpactKit")])
    ]
)
