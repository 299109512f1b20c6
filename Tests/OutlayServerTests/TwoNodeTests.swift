import Foundation
import OutlayAPI
import OutlayBasics
import OutlayKit
import Testing

/// Two real `outlay-server` processes on one PostgreSQL serve the same users: register on one, sign in on the
/// other, sync two devices through different nodes, kill a node in the middle of a push; nothing lost, nothing twice.
@Suite(.serialized) struct TwoNodeTests {
    static let password = "correct horse battery"

    func loggedIn(_ server: ServerProcess) throws -> SyncDevice { try SyncDevice.loggedIn(to: server, password: Self.password) }

    /// Two nodes on a new database, and sam registered through the first: the nodes, and that registration's answer.
    func twoNodes() async throws -> (first: ServerProcess, second: ServerProcess, registered: (status: Int, json: JSONValue?)) {
        let first = try await ServerProcess(store: .postgres)
        let second = try await ServerProcess(arguments: ["--database", try #require(first.database)])
        let registered = try await first.request("POST", APIPath.register, body: .object([
            "username": "sam", "email": "sam@example.com", "password": .string(Self.password)]))
        return (first, second, registered)
    }

    func expectSuccess(_ result: (status: Int32, output: String), sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 0, "\(result.output)", sourceLocation: sourceLocation)
    }

    @Test func twoNodesServeOneUserAndDevicesConvergeThroughEitherEvenAfterOneIsKilled() async throws {
        let nodes = try await twoNodes()
        var first = nodes.first
        let (second, registered) = (nodes.second, nodes.registered)
        #expect(registered.status == 201)
        // One shared secret and one users table: the other node signs in, and takes the first node's token.
        let login = try await second.request("POST", APIPath.login, body: .object(["email": "sam@example.com", "password": .string(Self.password)]))
        let token = try #require(login.json?["token"]?.stringValue)
        let firstToken = try #require(registered.json?["token"]?.stringValue)
        #expect(try await second.request("GET", APIPath.expenses, token: firstToken).status == 200)
        // A write through one is seen through the other at once.
        let added = try await first.request("POST", APIPath.expenses, token: token, body: .object([
            "amount": "12.50", "description": "Coffee", "category": "food", "date": "2026-03-01"]))
        #expect(added.status == 201)
        let seen = try await second.request("GET", APIPath.expenses, token: token)
        #expect(seen.json?["expenses"]?.arrayValue?.map { $0["description"]?.stringValue } == ["Coffee"])

        // Two devices, each through its own node, offline edits of one record on both.
        let laptop = try loggedIn(first)
        let desktop = try loggedIn(second)
        expectSuccess(try laptop.run(["add", "40", "Groceries", "--category", "food", "--account", "cash"]))
        expectSuccess(try laptop.run(["sync"]))
        expectSuccess(try desktop.run(["sync"]))
        let shared = try #require(try desktop.contents().first { $0.description == "Groceries" }).id
        expectSuccess(try laptop.run(["edit", shared, "--amount", "42.10"]))
        expectSuccess(try desktop.run(["edit", shared, "--description", "Market"]))
        for _ in 0..<2 { for device in [laptop, desktop] { expectSuccess(try device.run(["sync"])) } }
        #expect(try laptop.contents() == desktop.contents())
        let merged = try #require(try laptop.contents().first { $0.id == shared })
        #expect(merged.amount.decimalString == "42.10" && merged.description == "Market")

        // A big push through the first node, killed (SIGKILL) while it runs; restarted; everyone converges.
        let demo = try laptop.run(["demo", "--transactions", "6000", "--append"])
        #expect(demo.status == 0, "\(demo.output)")
        let push = try await laptop.syncUntilItsFirstBatchIsIn()
        first.kill()
        push.waitUntilExit()
        first = try await ServerProcess(restarting: first)
        for device in [laptop, desktop, laptop] { expectSuccess(try device.run(["sync"])) }
        let everything = try laptop.contents()
        #expect(try desktop.contents() == everything)
        #expect(Set(everything.map(\.id)).count == everything.count)
        #expect(everything.count == 6_002)
        // And both nodes answer the same for the REST routes.
        let viaFirst = try await first.request("GET", APIPath.expenses + "?limit=5", token: token)
        let viaSecond = try await second.request("GET", APIPath.expenses + "?limit=5", token: token)
        #expect(viaFirst.json?["summary"] == viaSecond.json?["summary"])
        #expect(viaFirst.json?["summary"]?["count"] == .number("6002"))
        _ = first.stop()
        _ = second.stop()
    }

    /// Four devices, two through each node, push at the same moment, twice over (their own new entries and
    /// offline edits of one shared record): every device ends with the same ledger, nothing missing, nothing twice,
    /// and both nodes answer the same.
    @Test func concurrentPushesFromSeveralDevicesThroughBothNodesConverge() async throws {
        let (first, second, registered) = try await twoNodes()
        let token = try #require(registered.json?["token"]?.stringValue)
        let devices = [try loggedIn(first), try loggedIn(first), try loggedIn(second), try loggedIn(second)]
        expectSuccess(try devices[0].run(["add", "1200", "Rent", "--category", "rent", "--account", "cash"]))
        expectSuccess(try devices[0].run(["sync"]))
        for device in devices.dropFirst() { expectSuccess(try device.run(["sync"])) }
        let rent = try #require(try devices[3].contents().first { $0.description == "Rent" }).id
        for (index, device) in devices.enumerated() {
            expectSuccess(try device.run(["demo", "--transactions", "300", "--seed", "\(index + 1)", "--append"]))
            expectSuccess(try device.run(["edit", rent, "--amount", "\(1200 + index)"]))
        }
        // Every device's sync starts at once; the second round brings each the others' changes.
        for _ in 0..<2 {
            let syncs = try devices.map { try $0.process(["sync"]) }
            for sync in syncs { sync.waitUntilExit() }
            for (sync, device) in zip(syncs, devices) {
                #expect(sync.terminationStatus == 0, "\((try? String(contentsOf: device.folder.appendingPathComponent("last-output"), encoding: .utf8)) ?? "")")
            }
        }
        for device in devices { expectSuccess(try device.run(["sync"])) }
        let everything = try devices[0].contents()
        for device in devices.dropFirst() { #expect(try device.contents() == everything) }
        #expect(everything.count == 1 + 4 * 300)
        #expect(Set(everything.map(\.id)).count == everything.count)
        let amounts = Set((1200...1203).map { "\($0).00" })
        #expect(amounts.contains(try #require(everything.first { $0.id == rent }).amount.decimalString))
        let viaFirst = try await first.request("GET", APIPath.expenses + "?limit=5", token: token)
        let viaSecond = try await second.request("GET", APIPath.expenses + "?limit=5", token: token)
        #expect(viaFirst.json?["summary"] == viaSecond.json?["summary"])
        #expect(viaFirst.json?["summary"]?["count"] == .number("\(1 + 4 * 300)"))
        _ = first.stop()
        _ = second.stop()
    }

    /// A node whose copy of an empty book is in the old currency, after another node changed it: the copy starts
    /// again in the new one and answers (it used to have no way to make the copy again, and said 401).
    @Test func aCurrencyChangedThroughOneNodeReachesTheOthersCopy() async throws {
        let nodes = try await twoNodes()
        let (first, second) = (nodes.first, nodes.second)
        let token = try #require(nodes.registered.json?["token"]?.stringValue)
        #expect(try await second.request("GET", APIPath.accounts, token: token).json?["currency"] == "USD")
        let changed = try await first.request("PUT", APIPath.profile, token: token, body: ["currency": "EUR"])
        #expect(changed.status == 200, "\(String(describing: changed.json))")
        let read = try await second.request("GET", APIPath.accounts, token: token)
        #expect(read.status == 200 && read.json?["currency"] == "EUR", "\(String(describing: read.json))")
        let added = try await second.request("POST", APIPath.expenses, token: token, body: ["amount": "3.20", "description": "Croissant"])
        #expect(added.json?["currency"] == "EUR")
        _ = first.stop()
        _ = second.stop()
    }
}
