import Foundation
import OutlayTestSupport
import Testing

/// Notifications reach the webhook once, and no command waits for it.
@Suite struct DeliveryCommandLineTests {
    func configured(_ cli: CLIRunner, webhook: String?) throws -> String {
        let config = cli.folder.appendingPathComponent("config-\(UUID().uuidString).toml")
        try (webhook.map { "[notifications]\nchannels = [\"in-app\", \"webhook\"]\nwebhook_url = \"\($0)\"\n" } ?? "")
            .write(to: config, atomically: true, encoding: .utf8)
        return config.path
    }

    /// A webhook that never answers costs a command nothing: the send happens
    /// in a background process, which records the failure for a retry.
    @Test func aDeadWebhookDoesNotSlowACommand() throws {
        let dead = try LoopbackHTTPServer(silent: true)
        defer { dead.stop() }
        func timedAdd(_ cli: CLIRunner, config: String) throws -> Duration {
            #expect(try cli.run(["budget", "set", "food", "10", "--config", config]).status == 0)
            let clock = ContinuousClock(), started = clock.now
            let added = try cli.run(["add", "9", "Lunch", "--category", "food", "--config", config])
            #expect(added.status == 0 && added.stderr.contains("'food' budget at 90.0%"), "\(added.stdout) \(added.stderr)")
            return started.duration(to: clock.now)
        }
        let quiet = try CLIRunner()
        let without = try timedAdd(quiet, config: try configured(quiet, webhook: nil))
        let cli = try CLIRunner()
        let config = try configured(cli, webhook: dead.url)
        let with = try timedAdd(cli, config: config)
        #expect(with < without + .seconds(1) && with < .seconds(3), "with a dead webhook \(with), without \(without)")
        // The background delivery reached the webhook, waited for its 5 s timeout, and recorded a failure to retry.
        #expect(dead.waitFor(1, seconds: 10).count == 1)
        let deadline = Date().addingTimeInterval(15)
        var status = ""
        while Date() < deadline {
            let alerts = try cli.run(["alerts", "--json", "--config", config]).json() as? [[String: Any]] ?? []
            let deliveries = alerts.first?["deliveries"] as? [[String: Any]] ?? []
            status = deliveries.first { $0["channel"] as? String == "webhook" }?["status"] as? String ?? ""
            if status == "failed" { break }
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(status == "failed")
    }

    /// Three deliverers at once (the one the command started and two more): every alert is posted once.
    @Test func concurrentDeliverersPostEachAlertOnce() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let cli = try CLIRunner()
        let config = try configured(cli, webhook: server.url)
        for category in ["food", "transport", "health", "shopping"] {
            #expect(try cli.run(["budget", "set", category, "10", "--config", config]).status == 0)
        }
        let processes = try ["food", "transport", "health", "shopping"].map { category in
            try cli.start(["add", "11", "Over \(category)", "--category", category, "--config", config])
        } + (0..<2).map { _ in try cli.start(["deliver", "--config", config]) }
        processes.forEach { $0.waitUntilExit() }
        _ = try cli.run(["deliver", "--config", config])
        let posted = server.waitFor(4, seconds: 10)
        Thread.sleep(forTimeInterval: 1)  // any duplicate would arrive by now
        let ids = server.received.compactMap { body in
            (try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(posted.count >= 4 && ids.count == Set(ids).count, "\(ids.count) posts for \(Set(ids).count) alerts")
        #expect(Set(ids).count == 4)
    }
}
