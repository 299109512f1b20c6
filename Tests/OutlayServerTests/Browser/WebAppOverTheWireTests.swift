import Foundation
import OutlayAPI
import Testing

/// The web app's files from the real `outlay-server`, fetched with curl as a browser would: each gzipped file
/// unpacks (with the system's gzip) to exactly the file sent to a client that takes no compression.
@Suite struct WebAppOverTheWireTests {
    func curl(_ url: String, encoding: String) throws -> (headers: String, body: Data) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-curl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "-H", "Accept-Encoding: \(encoding)", "-D", folder.appendingPathComponent("headers").path,
                             "-o", folder.appendingPathComponent("body").path, url]
        try process.run()
        process.waitUntilExit()
        return (try String(contentsOf: folder.appendingPathComponent("headers"), encoding: .utf8),
                try Data(contentsOf: folder.appendingPathComponent("body")))
    }

    func gunzip(_ data: Data) throws -> Data {
        let process = Process(), input = Pipe(), output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc"]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let unpacked = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return unpacked
    }

    @Test func everyFileUnpacksToItselfAndTheWholeAppIsSmall() async throws {
        let server = try await ServerProcess()
        defer { _ = server.stop() }
        let page = try curl(server.baseURL + "/", encoding: "gzip")
        #expect(page.headers.lowercased().contains("content-security-policy: default-src 'none'; script-src 'self'"))
        let html = String(decoding: try gunzip(page.body), as: UTF8.self)
        // Every file the page and the worker name.
        let worker = String(decoding: try curl(server.baseURL + "/sw.js", encoding: "identity").body, as: UTF8.self)
        let files = Set(worker.components(separatedBy: "\"").filter { $0.hasPrefix("/app/") })
        #expect(files.count >= 7 && files.allSatisfy { html.contains($0) || $0.hasSuffix(".js") || $0.hasSuffix(".svg") })
        var plain = 0, packed = 0
        for path in ["/", "/sw.js"] + files.sorted() {
            let identity = try curl(server.baseURL + path, encoding: "identity")
            let gzipped = try curl(server.baseURL + path, encoding: "gzip, deflate, br")
            #expect(!identity.headers.lowercased().contains("content-encoding"))
            #expect(gzipped.headers.lowercased().contains("content-encoding: gzip"), "\(path)")
            #expect(try gunzip(gzipped.body) == identity.body, "\(path)")
            plain += identity.body.count
            packed += gzipped.body.count
        }
        #expect(plain < 60_000, "the web app is \(plain) bytes")
        #expect(packed * 2 < plain, "gzipped \(packed) of \(plain) bytes")
    }
}
