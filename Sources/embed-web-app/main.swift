import Foundation

// embed-web-app OUTPUT FILE...: writes `enum WebAppSources { static let files: [String: String] }`, each file's
// text by its name, as raw string literals (no escaping to get wrong; the delimiter is longer than any run of
// '#' in the files). Run by the EmbedWebApp build plugin.
let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-web-app OUTPUT FILE...\n".utf8))
    exit(2)
}
var source = "// Made by embed-web-app from Sources/OutlayServer/WebAppFiles: edit those files, not this.\n"
source += "enum WebAppSources {\n    static let files: [String: String] = [\n"
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    let longestRun = text.split(whereSeparator: { $0 != "#" }).map(\.count).max() ?? 0
    let hashes = String(repeating: "#", count: longestRun + 1)
    source += "        \"\(url.lastPathComponent)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
source += "    ]\n}\n"
try source.write(to: URL(fileURLWithPath: output), atomically: true, encoding: .utf8)
