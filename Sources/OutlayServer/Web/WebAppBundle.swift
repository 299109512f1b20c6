import Crypto
import Foundation

/// The web app's files as the server serves them: carried in the binary (`WebAppSources`, made by the
/// EmbedWebApp plugin), named under a version that is the hash of their content, each gzipped once.
///
/// The page (`/`) and the service worker (`/sw.js`) keep fixed addresses and are checked again on every load;
/// everything else lives under `/app/VERSION/` and is cached for good: a change to any file is a new version,
/// so a browser never mixes the old and the new.
struct WebAppBundle: Sendable {
    struct File: Sendable {
        let bytes: [UInt8]
        let gzipped: [UInt8]?
        let contentType: String
    }

    /// The first 16 hex digits of the SHA-256 of every file's name and text.
    let version: String
    let page: File
    let serviceWorker: File
    /// The versioned files by name (`main.js`, `app.css` …).
    let files: [String: File]

    /// The files this binary carries, read and compressed once.
    static let embedded = WebAppBundle()

    static let pageName = "index.html"
    static let serviceWorkerName = "sw.js"

    init(sources: [String: String] = WebAppSources.files) {
        var hash = SHA256()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            hash.update(data: Data("\(name)\u{0}\(text)\u{0}".utf8))
        }
        let version = hash.finalize().prefix(8).map { String(format: "%02x", $0) }.joined()
        self.version = version
        let versioned = sources.keys.filter { $0 != Self.pageName && $0 != Self.serviceWorkerName }.sorted()
        // The page and the worker name the versioned files; the worker also lists them, to keep them for offline use.
        func filled(_ text: String) -> String {
            text.replacingOccurrences(of: "{{version}}", with: version)
                .replacingOccurrences(of: "{{files}}", with: versioned.map { "\"/app/\(version)/\($0)\"" }.joined(separator: ", "))
        }
        page = Self.file(filled(sources[Self.pageName] ?? ""), named: Self.pageName)
        serviceWorker = Self.file(filled(sources[Self.serviceWorkerName] ?? ""), named: Self.serviceWorkerName)
        files = Dictionary(uniqueKeysWithValues: versioned.map { ($0, Self.file(sources[$0] ?? "", named: $0)) })
    }

    private static func file(_ text: String, named name: String) -> File {
        let bytes = Array(text.utf8)
        let gzipped = Gzip.compress(bytes).flatMap { $0.count < bytes.count ? $0 : nil }
        return File(bytes: bytes, gzipped: gzipped, contentType: contentType(of: name))
    }

    static func contentType(of name: String) -> String {
        switch name.split(separator: ".").last ?? "" {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "webmanifest": "application/manifest+json"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }
}
