// swift-tools-version:6.0
// The libFuzzer target lives in its own package: it only links with -sanitize=fuzzer
// (see `make fuzz`), so `make test` must never build it. NewsText and Extraction are
// compiled from symlinks to ../Sources, so no build plugin (whose tool has a `main`
// of its own) is in this package's graph.
import PackageDescription

let package = Package(
    name: "NewsKBFuzz",
    targets: [
        .target(name: "NewsText"),
        .target(name: "Extraction", dependencies: ["NewsText"]),
        .executableTarget(name: "FuzzPipeline", dependencies: ["NewsText", "Extraction"]),
    ]
)
