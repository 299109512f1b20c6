import Foundation
#if canImport(Glibc)
import Glibc
#endif
import OutlayBasics

/// Headless Chromium driven over WebDriver (W3C, through Debian's `chromedriver`): a real browser, as a person's
/// phone or laptop runs the web app. Every wait is for a condition, never a fixed time.
final class WebDriver: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Where a test's screenshots go, to be looked at (`OUTLAY_SCREENSHOTS`, or a folder in the temporary directory).
    static let screenshots: URL = {
        let folder = ProcessInfo.processInfo.environment["OUTLAY_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("outlay-web-screenshots")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    private let driver = Process()
    private let port: Int
    private var session = ""

    /// A browser whose page is `width`×`height` CSS pixels; `phone` also emulates touch and a mobile viewport.
    /// `dark`: the device prefers the dark scheme (headless Chromium prefers light).
    init(width: Int, height: Int, phone: Bool, dark: Bool = false, language: String = "en-US") async throws {
        guard let chromedriver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first(where: FileManager.default.isExecutableFile),
              let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile) else {
            throw Failure(description: "no headless Chromium here: install Debian's chromium and chromium-driver (bash .ci/install-deps)")
        }
        port = try ServerProcess.freePort()
        driver.executableURL = URL(fileURLWithPath: chromedriver)
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        try await until("chromedriver answers", seconds: 20) { (try? await self.send("GET", "/status")) != nil }
        let options: JSONValue = [
            "binary": .string(chromium),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", .string("--lang=\(language)")],
            "mobileEmulation": ["deviceMetrics": ["width": .integer(width), "height": .integer(height), "pixelRatio": 1,
                                                  "mobile": .bool(phone), "touch": .bool(phone)]],
        ]
        let capabilities: JSONValue = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome", "goog:chromeOptions": options, "goog:loggingPrefs": ["browser": "ALL"],
        ]]]
        let answer = try await send("POST", "/session", capabilities)

        session = try answer["sessionId"]?.stringValue ?? { throw Failure(description: "no session: \(answer)") }()
        if dark {
            try await command("POST", "/goog/cdp/execute", ["cmd": "Emulation.setEmulatedMedia",
                                                           "params": ["features": [["name": "prefers-color-scheme", "value": "dark"]]]])
        }
    }

    deinit { stopDriver() }

    /// Ends the browser (its session), then chromedriver.
    func quit() async {
        _ = try? await command("DELETE", "")
        stopDriver()
    }

    /// chromedriver does not always end on SIGTERM: SIGKILL, which it cannot ignore.
    private func stopDriver() {
        guard driver.isRunning else { return }
        kill(driver.processIdentifier, SIGKILL)
        driver.waitUntilExit()
    }

    // MARK: The page

    func open(_ url: String) async throws { try await command("POST", "/url", ["url": .string(url)]) }

    /// Runs `script` (a function body; `arguments[0]`… are `arguments`) in the page and returns what it returns.
    @discardableResult
    func run(_ script: String, _ arguments: [JSONValue] = []) async throws -> JSONValue {
        try await command("POST", "/execute/sync", ["script": .string(script), "args": .array(arguments)])
    }

    func text(_ selector: String) async throws -> String {
        try await run("const n = document.querySelector(arguments[0]); return n ? n.innerText : null;", [.string(selector)]).stringValue ?? ""
    }

    func isShown(_ selector: String) async throws -> Bool {
        try await run("const n = document.querySelector(arguments[0]); return !!n && !n.closest('[hidden]');", [.string(selector)]) == .bool(true)
    }

    func element(_ selector: String) async throws -> String {
        let found = try await command("POST", "/element", ["using": "css selector", "value": .string(selector)])
        guard case let .object(object) = found, let id = object.members.first?.value.stringValue else { throw Failure(description: "no element \(selector)") }
        return id
    }

    /// Clicks the element the selector finds; found again when the page drew it anew in between (a list refreshed).
    func click(_ selector: String) async throws {
        for attempt in 1...5 {
            do {
                try await command("POST", "/element/\(try await element(selector))/click", [:])
                return
            } catch let failure as Failure where failure.description.contains("stale element") && attempt < 5 {
                continue
            }
        }
    }

    /// Types as a person does (key by key), after emptying the field.
    func type(_ text: String, into selector: String) async throws {
        let id = try await element(selector)
        try await command("POST", "/element/\(id)/clear", [:])
        try await command("POST", "/element/\(id)/value", ["text": .string(text)])
    }

    /// Waits until `condition` holds (checked every 50 ms) or fails naming `what`.
    func until(_ what: String, seconds: Double = 20, _ condition: () async throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw Failure(description: "waited \(Int(seconds)) s for \(what)")
    }

    /// Waits until the element's text contains `words`; returns the text.
    @discardableResult
    func waitFor(_ words: String, in selector: String, seconds: Double = 20) async throws -> String {
        var last = ""
        do {
            try await until("'\(words)' in \(selector)", seconds: seconds) {
                last = try await self.text(selector)
                return last.contains(words)
            }
        } catch {
            throw Failure(description: "'\(words)' never showed in \(selector); it read: \(last)")
        }
        return last
    }

    /// The browser's network cut (true) or back, as DevTools' offline switch does.
    func offline(_ cut: Bool) async throws {
        try await command("POST", "/chromium/network_conditions", ["network_conditions": [
            "offline": .bool(cut), "latency": 0, "download_throughput": -1, "upload_throughput": -1]])
    }

    /// A PNG of the page as it is shown, saved under `screenshots` as `name`.png.
    @discardableResult
    func screenshot(_ name: String) async throws -> URL {
        let encoded = try await command("GET", "/screenshot").stringValue ?? ""
        guard let png = Data(base64Encoded: encoded), png.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { throw Failure(description: "no screenshot") }
        let file = Self.screenshots.appendingPathComponent("\(name).png")
        try png.write(to: file)
        return file
    }

    /// What the page logged since the last call (console messages, errors, failed loads, CSP reports).
    func consoleEntries() async throws -> [(level: String, message: String)] {
        let entries = try await command("POST", "/se/log", ["type": "browser"]).arrayValue ?? []
        return entries.map { ($0["level"]?.stringValue ?? "", $0["message"]?.stringValue ?? "") }
    }

    // MARK: WebDriver

    @discardableResult
    private func command(_ method: String, _ path: String, _ body: JSONValue? = nil) async throws -> JSONValue {
        try await send(method, "/session/\(session)\(path)", body)
    }

    private func send(_ method: String, _ path: String, _ body: JSONValue? = nil) async throws -> JSONValue {
        let (status, data) = try await PlainHTTP.exchange(port: port, method, path, body: body?.bytes ?? (method == "POST" ? Array("{}".utf8) : nil))
        let answer = (try? JSONParser.parse(data)) ?? .null
        guard status == 200 else {
            throw Failure(description: "WebDriver \(method) \(path): \(answer["value"]?["message"]?.stringValue ?? String(decoding: data, as: UTF8.self))")
        }
        return answer["value"] ?? .null
    }
}
