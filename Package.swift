// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsKB",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kb", targets: ["kb"]),
        .library(name: "NewsText", targets: ["NewsText"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "KnowledgeBase", targets: ["KnowledgeBase"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // The SQLite C API from the system's libsqlite3 (Debian: libsqlite3-dev).
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // SHA-256's compression with the x86 SHA extensions, when the processor has them.
        // DWARF 4 like the Swift code's: valgrind 3.19 (callgrind, BENCHMARKS.md) gives up on
        // clang's default DWARF 5.
        .target(name: "CSHA256", cSettings: [.unsafeFlags(["-gdwarf-4"])]),
        // The only module that imports CSQLite.
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        // Decode, normalize, blocks, sentences: pure text processing, no database.
        .target(name: "NewsText"),
        // People, roles, statements, milestones: pure text processing over NewsText.
        .target(name: "Extraction", dependencies: ["NewsText"]),
        // Schema, migrations, ingest, queries, output formats.
        .target(
            name: "KnowledgeBase",
            dependencies: ["SQLite", "NewsText", "Extraction", "CSHA256"],
            plugins: ["EmbedSQL"]
        ),
        // Turns schema.sql and Queries/*.sql into Swift string literals at build time,
        // so that a `kb` copied alone to another folder still has them.
        .executableTarget(name: "EmbedSQLTool"),
        .plugin(name: "EmbedSQL", capability: .buildTool(), dependencies: ["EmbedSQLTool"]),
        .executableTarget(
            name: "kb",
            dependencies: [
                "KnowledgeBase",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (a temporary folder per test, a seeded generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite", "TestSupport"]),
        .testTarget(name: "NewsTextTests", dependencies: ["NewsText", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "NewsText"], exclude: ["Fixtures", "HeldOut", "HeldOut2", "HeldOut3", "HeldOut4", "HeldOut5", "HeldOut6", "HeldOut7", "HeldOut8", "HeldOut9", "HeldOut10", "HeldOut11", "HeldOut12", "HeldOut13", "HeldOut14", "HeldOut15", "HeldOut16", "HeldOut17", "HeldOut18", "HeldOut19", "HeldOut20", "HeldOut21", "HeldOut22", "HeldOut23", "HeldOut24", "HeldOut25", "HeldOut26", "HeldOut27", "HeldOut28", "HeldOut29", "HeldOut30", "HeldOut31", "HeldOut32", "HeldOut33", "HeldOut34", "HeldOut35", "HeldOut36", "HeldOut37", "HeldOut38", "HeldOut39", "HeldOut40", "HeldOut41", "HeldOut42", "HeldOut43", "HeldOut44", "HeldOut45", "HeldOut46", "HeldOut47", "HeldOut48", "HeldOut49", "HeldOut50", "HeldOut51", "HeldOut52", "HeldOut53", "HeldOut54", "HeldOut55", "HeldOut56", "HeldOut57", "HeldOut58", "HeldOut59", "HeldOut60", "HeldOut61", "HeldOut62", "HeldOut63", "HeldOut64", "HeldOut65", "HeldOut66", "HeldOut67", "HeldOut68", "HeldOut69", "HeldOut70", "HeldOut71", "HeldOut72", "HeldOut73", "HeldOut74", "HeldOut75", "HeldOut76", "HeldOut77", "HeldOut78", "HeldOut79", "HeldOut80", "HeldOut81", "HeldOut82", "HeldOut83", "HeldOut84", "HeldOut85", "HeldOut86", "HeldOut87", "HeldOut88", "HeldOut89", "HeldOut90", "HeldOut91", "HeldOut92", "HeldOut93", "HeldOut94", "HeldOut95", "HeldOut96", "HeldOut97", "HeldOut98", "HeldOut99", "HeldOut100", "HeldOut101", "HeldOut102", "HeldOut103", "HeldOut104", "HeldOut105", "HeldOut106", "HeldOut107", "HeldOut108", "HeldOut109", "HeldOut110", "HeldOut111", "HeldOut112", "HeldOut113", "HeldOut114", "HeldOut115", "HeldOut116", "HeldOut117", "HeldOut118", "HeldOut119", "HeldOut120", "HeldOut121", "HeldOut122", "HeldOut123", "HeldOut124", "HeldOut125", "HeldOut126", "HeldOut127", "HeldOut128", "HeldOut129", "HeldOut130", "HeldOut131", "HeldOut132", "HeldOut133", "HeldOut134", "HeldOut135", "HeldOut136", "HeldOut137", "HeldOut138", "HeldOut139", "HeldOut140", "HeldOut141", "HeldOut142", "HeldOut143", "HeldOut144", "HeldOut145", "FuzzRegressions"]),
        .testTarget(name: "KnowledgeBaseTests", dependencies: ["KnowledgeBase", "SQLite", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "kbTests", dependencies: ["kb", "TestSupport"]),
    ]
)
