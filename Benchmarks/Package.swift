// swift-tools-version:6.0
// Benchmarks live in their own package so that `make test` never builds them.
import PackageDescription

let package = Package(
    name: "NewsKBBenchmarks",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "TextBench",
            dependencies: [
                .product(name: "NewsText", package: "main"),
                .product(name: "Extraction", package: "main"),
                .product(name: "KnowledgeBase", package: "main"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
    ]
)
