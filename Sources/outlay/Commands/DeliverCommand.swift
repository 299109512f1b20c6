import ArgumentParser
import Foundation
import OutlayKit

/// `outlay deliver`: sends what is due to the desktop and the webhook. Each
/// command starts it in the background when something is due (see
/// `BackgroundDelivery`), so no command waits on the network; it can also be
/// run by hand or from cron.
struct DeliverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliver",
        abstract: "Send the alerts and reports that are due to the desktop and the webhook (commands do this in the background).")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let config = try TOMLDocument.load(path: UserPaths.config(explicit: global.config))
        let database = try AppDatabase.open(path: UserPaths.database(explicit: global.db), settings: try OutlayConfig.settings(from: config))
        let report = try await NotificationDeliverer(database: database).deliverDue()
        print("Delivered \(report.delivered), failed \(report.failed) (retried later), skipped \(report.skipped)")
    }
}

/// Starts `outlay deliver` as a process of its own, in a session of its own
/// with no terminal, and returns at once: the command that raised an alert
/// finishes as fast with a dead webhook as without one.
enum BackgroundDelivery {
    /// glibc's POSIX_SPAWN_SETSID, which its headers show only under _GNU_SOURCE (Swift's Glibc module does not define it).
    private static let spawnInNewSession: Int16 = 0x80

    static func start(database: AppDatabase, configPath: String) {
        guard (try? NotificationDeliverer(database: database).hasDue()) == true,
              let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return }
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        // Nothing else is inherited: a parent waiting for this command's pipes (a shell's `$(…)`, a test
        // harness) must not wait for the delivery too.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
            if let descriptor = Int32(name), descriptor > 2 { posix_spawn_file_actions_addclose(&actions, descriptor) }
        }
        posix_spawnattr_setflags(&attributes, spawnInNewSession)
        let arguments = [executable, "deliver", "--db", database.path, "--config", configPath]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        _ = posix_spawn(&child, executable, &actions, &attributes, &argv, environ)
    }
}
