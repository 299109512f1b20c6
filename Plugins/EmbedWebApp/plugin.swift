import Foundation
import PackagePlugin

/// Runs `embed-web-app` on the web app's files before OutlayServer compiles, so `outlay-server` carries them
/// (no files to install beside the binary) and an edit to any of them rebuilds.
@main
struct EmbedWebApp: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL.appendingPathComponent("WebAppFiles")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        let inputs = names.map { folder.appendingPathComponent($0) }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("WebAppSources.swift")
        return [.buildCommand(displayName: "Embedding the web app's \(names.count) files",
                              executable: try context.tool(named: "embed-web-app").url,
                              arguments: [output.path] + inputs.map(\.path),
                              inputFiles: inputs, outputFiles: [output])]
    }
}
