import Foundation
import OutlayKit
import OutlaySync

/// Runs `DeviceSync` off the UI thread, one at a time, so the dashboard
/// never waits on the network; says how sync stands in a few words for the
/// status bar, and starts a sync when the auto-sync interval is due.
public final class BackgroundSync: @unchecked Sendable {
    let database: AppDatabase
    let credentialsPath: String
    private let lock = NSLock()
    // Guarded by `lock`.
    /// Auto-sync every this many seconds while the dashboard is open (and once when it opens); nil: only on `S`.
    private var everySeconds: Int?
    private var running = false
    private var startedAt: Date?
    private var finished: (report: SyncRunner.Report?, error: String?)?

    public init(database: AppDatabase, credentialsPath: String, interval: Int?) {
        self.database = database
        self.credentialsPath = credentialsPath
        everySeconds = interval
    }

    /// Changed when `config.toml`'s `[tui] auto_sync_minutes` is edited while the dashboard is open.
    public var interval: Int? {
        get { lock.withLock { everySeconds } }
        set { lock.withLock { everySeconds = newValue } }
    }

    public enum Start: Equatable { case started, alreadyRunning, notLoggedIn(String) }

    /// Starts a sync in the background unless one is running.
    public func start() -> Start {
        let credentials: SyncCredentials
        do {
            guard let loaded = try SyncCredentials.load(from: credentialsPath) else { return .notLoggedIn(SyncError.notLoggedIn.description) }
            credentials = loaded
        } catch {
            return .notLoggedIn("\(error)")
        }
        let begin = lock.withLock { () -> Bool in
            guard !running else { return false }
            (running, startedAt) = (true, Date())
            return true
        }
        guard begin else { return .alreadyRunning }
        let database = self.database
        Task.detached { [self] in
            let outcome: (SyncRunner.Report?, String?)
            do {
                outcome = (try await DeviceSync.run(database: database, credentials: credentials), nil)
            } catch {
                outcome = (nil, "\(error)")
            }
            lock.withLock { (running, finished) = (false, outcome) }
        }
        return .started
    }

    /// A sync that ended since the last call: what to tell the user.
    public func takeFinished() -> (message: String, failed: Bool)? {
        guard let outcome = lock.withLock({ () -> (report: SyncRunner.Report?, error: String?)? in
            defer { finished = nil }
            return finished
        }) else { return nil }
        guard let report = outcome.report else { return ("Sync failed: \(outcome.error ?? "no reason given")", true) }
        return ("Synced\(report.basicGateway ? " (basic gateway)" : ""): \(report.pushed) sent, \(report.pulled) received", false)
    }

    /// Starts the auto-sync when it is due; true when it did.
    public func startIfDue(now: Date) -> Bool {
        guard let interval, FileManager.default.fileExists(atPath: credentialsPath) else { return false }
        let due = lock.withLock { !running && (startedAt.map { now.timeIntervalSince($0) >= Double(interval) } ?? true) }
        return due && start() == .started
    }

    /// Not signed in to a server.
    public static let localOnly = "local only"

    /// "local only", "syncing…", "offline", "sync error", "synced 12s ago", "not synced yet".
    public func label(now: Timestamp) -> String {
        guard FileManager.default.fileExists(atPath: credentialsPath) else { return Self.localOnly }
        if lock.withLock({ running }) { return "syncing…" }
        guard let state = try? SyncService(database: database).state() else { return "sync error" }
        if let error = state.lastError { return error.hasPrefix("cannot reach") ? "offline" : "sync error" }
        guard let last = state.lastSync else { return "not synced yet" }
        return "synced \(Self.age(milliseconds: now.milliseconds - last.milliseconds)) ago"
    }

    static func age(milliseconds: Int64) -> String {
        let seconds = max(0, milliseconds / 1000)
        switch seconds {
        case ..<60: return "\(seconds)s"
        case ..<3600: return "\(seconds / 60)m"
        case ..<86_400: return "\(seconds / 3600)h"
        default: return "\(seconds / 86_400)d"
        }
    }
}
