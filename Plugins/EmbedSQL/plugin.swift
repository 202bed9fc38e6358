import Foundation
import PackagePlugin

/// Embeds `schema.sql` and `Queries/*.sql` (both at the package root) into the target
/// as Swift string literals, so the binary never looks for them at run time.
@main
struct EmbedSQL: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL
        let schema = root.appendingPathComponent("schema.sql")
        let queriesDir = root.appendingPathComponent("Queries")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: queriesDir.path)) ?? []
        let queries = names.filter { $0.hasSuffix(".sql") }.sorted()
            .map { queriesDir.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedSQL.swift")
        return [
            .buildCommand(
                displayName: "Embedding schema.sql and \(queries.count) saved queries",
                executable: try context.tool(named: "EmbedSQLTool").url,
                arguments: [output.path, schema.path] + queries.map(\.path),
                inputFiles: [schema] + queries,
                outputFiles: [output]
            )
        ]
    }
}
