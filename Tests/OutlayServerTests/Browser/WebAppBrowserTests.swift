import Foundation
import OutlayAPI
import OutlayBasics
import OutlayKit
import Testing

/// The web app in headless Chromium against the real `outlay-server`, beside a device running the real `outlay`.
@Suite(.serialized) struct WebAppBrowserTests {
    static let password = "correct horse battery"
    static let hostile = "<img src=x onerror=alert(1)>"

    /// What `outlay list --json` prints on the laptop after a sync: description → (amount, category, id), each as often as listed.
    func synced(_ laptop: SyncDevice, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: [(amount: String, category: String, id: String)]] {
        let sync = try laptop.run(["sync"])
        #expect(sync.status == 0, "\(sync.output)", sourceLocation: sourceLocation)
        let list = try laptop.run(["list", "--json", "--limit", "100"])
        // Standard error (an alert) shares the device's output file: the JSON is the array from its first line.
        let json = list.output.split(separator: "\n", omittingEmptySubsequences: false).drop { $0 != "[" }.joined(separator: "\n")
        let rows = try #require(try JSONParser.parse(Array(json.utf8)).arrayValue, "\(list.output)", sourceLocation: sourceLocation)
        var entries: [String: [(String, String, String)]] = [:]
        for row in rows {
            entries[row.string("description") ?? "", default: []].append((row.string("amount") ?? "", row.string("category") ?? "", row.string("id") ?? ""))
        }
        return entries
    }

    /// Nothing logged since the last look: no script error, no CSP report, no failed request, but those `expected`
    /// (the browser's own lines for requests that the emulated offline cut, say).
    func expectAQuietConsole(_ browser: WebDriver, but expected: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let entries = try await browser.consoleEntries().filter { entry in !expected.contains { entry.message.contains($0) } }
        #expect(entries.isEmpty, "\(entries)", sourceLocation: sourceLocation)
    }

    /// The browser's line for a resend that the server recognised by its id (409): Chromium's emulated offline
    /// lets a request from a page its service worker controls reach the server while telling the page it failed,
    /// which is the lost answer the device-made ids are for.
    static let recognisedResend = "/api/expenses - Failed to load resource: the server responded with a status of 409"

    @Test func aPhoneRegistersAddsOnlineAndOfflineAndEachEntryReachesTheLaptopOnce() async throws {
        let server = try await ServerProcess()
        let phone = try await WebDriver(width: 360, height: 780, phone: true, dark: true)
        defer { _ = server.stop() }
        do {
            try await run(on: phone, server)
            await phone.quit()
        } catch {
            _ = try? await phone.screenshot("failure-phone")
            await phone.quit()
            throw error
        }
    }

    private func run(on phone: WebDriver, _ server: ServerProcess) async throws {
        // Register from the page: the first press asks for the currency, the second makes the account.
        try await phone.open(server.baseURL + "/")
        try await phone.until("the sign-in form") { try await phone.isShown("#signin-form") }
        #expect(try await phone.isShown("#register-button"))
        try await phone.type("sam@example.com", into: "#email")
        try await phone.type(Self.password, into: "#password")
        try await phone.click("#register-button")
        try await phone.until("the currency field") { try await phone.isShown("#currency") }
        #expect(try await phone.run("return document.getElementById('currency').value") == "USD")
        #expect(try await !phone.isShown("#invite"))
        try await phone.click("#register-button")
        try await phone.until("the quick add") { try await phone.isShown("#entry-form") }
        // Signed in by a cookie the page's script cannot see.
        #expect(try await phone.run("return document.cookie.includes('outlay_session')") == .bool(false))
        try await expectAQuietConsole(phone)

        // The laptop signs in with the account the phone made, and files two bakery visits and a hostile description.
        let laptop = SyncDevice()
        let login = try laptop.run(["sync", "login", server.baseURL, "--email", "sam@example.com", "--password-stdin"], input: Self.password + "\n")
        #expect(login.status == 0, "\(login.output)")
        #expect(try laptop.run(["categories", "add", "bread"]).status == 0)
        for (amount, description, category) in [("2.40", "Bakery Müller", "bread"), ("2.60", "Bakery Müller", "bread"), ("9.99", Self.hostile, "shopping")] {
            #expect(try laptop.run(["add", amount, description, "--category", category]).status == 0)
        }
        #expect(try laptop.run(["budget", "set", "bread", "6"]).status == 0)
        _ = try synced(laptop)

        // The hostile description shows as its characters, and makes no element.
        try await phone.open(server.baseURL + "/")
        try await phone.waitFor(Self.hostile, in: "#entries")
        #expect(try await phone.run("return document.querySelectorAll('#entries img, img[src=x]').length") == .number("0"))
        #expect(try await phone.run("return [...document.querySelectorAll('#entries .what')].some(n => n.firstChild.textContent === arguments[0])",
                                    [.string(Self.hostile)]) == .bool(true))

        // Quick add at phone size: the description's history suggests the category, one tap saves.
        try await phone.type("Bakery Müller", into: "#description")
        try await phone.until("the suggested category") { try await phone.run("return document.getElementById('category').value") == "bread" }
        #expect(try await phone.text("#suggestion").contains("2 earlier"))
        try await phone.type("1,234.50", into: "#amount")
        try await phone.click("#save")
        try await phone.waitFor("Saved.", in: "#entry-message")
        try await phone.until("the entry reaching the server") { try await phone.text("#network").isEmpty }
        try await phone.type("12.40", into: "#amount")
        try await phone.type("Lunch at Café", into: "#description")
        try await phone.type("food", into: "#category")
        try await phone.click("#save")
        try await phone.waitFor("Lunch at Café", in: "#entries")
        try await phone.until("the entry reaching the server") { try await phone.text("#network").isEmpty }
        #expect(try await phone.run("return document.documentElement.scrollWidth <= innerWidth") == .bool(true), "the page scrolls sideways at 360 px")
        var onLaptop = try synced(laptop)
        #expect(onLaptop["Lunch at Café"]?.map(\.amount) == ["12.40"] && onLaptop["Lunch at Café"]?.first?.category == "food")
        #expect(onLaptop["Bakery Müller"]?.map(\.amount).sorted() == ["1234.50", "2.40", "2.60"])

        // This month: the accounts, the budget and the alert the server made when the bakery passed its budget.
        try await phone.open(server.baseURL + "/")
        try await phone.waitFor("bread", in: "#budgets")
        try await phone.waitFor("'bread' budget", in: "#alerts")
        #expect(try await phone.text("#accounts").contains("cash"))
        try await phone.screenshot("phone-360x780-dark")
        try await expectAQuietConsole(phone)

        // Offline: two entries wait on the phone, the app opens again without a network, and each arrives once.
        try await phone.offline(true)
        try await phone.type("4,80", into: "#amount")
        try await phone.type("Coffee", into: "#description")
        try await phone.click("#save")
        try await phone.waitFor("1 waiting", in: "#network")
        try await phone.type("2.90", into: "#amount")
        try await phone.type("Bus", into: "#description")
        try await phone.click("#save")
        try await phone.waitFor("Offline · 2 waiting to be sent", in: "#network")
        try await phone.open(server.baseURL + "/")
        try await phone.until("the app opened offline") { try await phone.isShown("#entry-form") }
        try await phone.waitFor("2 waiting", in: "#network")
        #expect(try await phone.text("#entries").contains("waiting to be sent"))
        try await phone.screenshot("phone-360x780-offline")
        try await expectAQuietConsole(phone, but: ["net::ERR_INTERNET_DISCONNECTED", Self.recognisedResend])
        try await phone.offline(false)
        try await phone.until("the waiting entries sent") { try await phone.text("#network").isEmpty }
        try await phone.waitFor("sent 2 entries", in: "#entry-message")
        onLaptop = try synced(laptop)
        #expect(onLaptop["Coffee"]?.map(\.amount) == ["4.80"] && onLaptop["Bus"]?.map(\.amount) == ["2.90"])

        // Edit and delete from the last entries; the laptop follows.
        try await phone.click("#entries li[data-id] button[aria-label='Edit Bus']")
        try await phone.until("the form in edit mode") { try await phone.text("#add-title") == "Edit entry" }
        try await phone.type("3.10", into: "#amount")
        try await phone.click("#save")
        try await phone.waitFor("Changed.", in: "#entry-message")
        try await phone.click("#entries button[aria-label='Delete Coffee']")
        // The first press asks again, and the keyboard's focus is on the button that asks.
        try await phone.until("the delete to ask for a confirmation") {
            try await phone.run("return document.activeElement.textContent") == "Confirm delete"
        }
        try await phone.click("#entries button[aria-label='Delete Coffee']")
        try await phone.waitFor("Deleted.", in: "#entry-message")
        onLaptop = try synced(laptop)
        #expect(onLaptop["Bus"]?.map(\.amount) == ["3.10"] && onLaptop["Coffee"] == nil)
        try await expectAQuietConsole(phone, but: [Self.recognisedResend])

        // A conflict: the laptop changes the lunch's amount without syncing while the phone renames it. The phone
        // sends only what it changed, and sync merges field by field: both changes stay, everywhere.
        let lunch = try #require(onLaptop["Lunch at Café"]?.first?.id)
        #expect(try laptop.run(["edit", lunch, "--amount", "13.00"]).status == 0)
        try await phone.click("#entries button[aria-label='Edit Lunch at Café']")
        try await phone.until("the form in edit mode") { try await phone.text("#add-title") == "Edit entry" }
        try await phone.type("Lunch at Café Zoë", into: "#description")
        try await phone.click("#save")
        try await phone.waitFor("Changed.", in: "#entry-message")
        onLaptop = try synced(laptop)
        #expect(onLaptop["Lunch at Café Zoë"]?.map(\.amount) == ["13.00"] && onLaptop["Lunch at Café"] == nil)
        try await phone.open(server.baseURL + "/")
        try await phone.waitFor("$13.00", in: "#entries li[data-id='\(lunch)']")
        #expect(try await phone.text("#entries li[data-id='\(lunch)']").contains("Lunch at Café Zoë"))

        // The same page on a laptop's screen, in the light scheme.
        let desktop = try await WebDriver(width: 1280, height: 800, phone: false)
        defer { Task { await desktop.quit() } }
        try await desktop.open(server.baseURL + "/")
        try await desktop.until("the sign-in form") { try await desktop.isShown("#signin-form") }
        try await desktop.type("sam@example.com", into: "#email")
        try await desktop.type(Self.password, into: "#password")
        try await desktop.click("#signin-button")
        try await desktop.waitFor("Lunch at Café Zoë", in: "#entries")
        try await desktop.waitFor("bread", in: "#budgets")
        try await desktop.screenshot("desktop-1280x800-light")
        try await expectAQuietConsole(desktop)

        // Signing out ends the session for this browser: the sign-in comes back, and the server knows no one here.
        try await desktop.click("#sign-out")
        try await desktop.until("the sign-in form") { try await desktop.isShown("#signin-form") }
        let session = try await desktop.run("""
            return fetch('/app/session', { headers: { 'X-Outlay-App': '1' } }).then((r) => r.json()).then((s) => s.signedIn);
            """)
        #expect(session == .bool(false))
        try await expectAQuietConsole(desktop)
    }
}
