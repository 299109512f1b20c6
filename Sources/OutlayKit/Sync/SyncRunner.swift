/// How a device reaches its server; HTTP in `outlay`, direct in tests.
public protocol SyncTransport: Sendable {
    /// Stores the batch on the server (idempotent: a batch sent twice is kept once).
    func push(_ changes: [SyncChange]) async throws
    /// The server's changes after `cursor`, at most `limit` of them, leaving
    /// out those the device `excluding` made (it has them).
    func pull(after cursor: Int64, limit: Int, excluding origin: String) async throws -> SyncPage
}

public struct SyncPage: Sendable {
    public var changes: [SyncChange]
    /// Where the next pull starts.
    public var cursor: Int64
    public var hasMore: Bool

    public init(changes: [SyncChange], cursor: Int64, hasMore: Bool) {
        self.changes = changes
        self.cursor = cursor
        self.hasMore = hasMore
    }
}

/// Where a sync's SQLite steps run: where the caller is (a device's command
/// or its background task), or on a server's database threads.
public protocol SyncStepRunner: Sendable {
    func run<T: Sendable>(_ step: @escaping @Sendable () throws -> T) async throws -> T
}

/// Runs each step where the sync is.
public struct InPlaceSteps: SyncStepRunner {
    public init() {}
    public func run<T: Sendable>(_ step: @escaping @Sendable () throws -> T) async throws -> T { try step() }
}

/// One `outlay sync`: push this device's unacknowledged changes in batches,
/// then pull the server's in pages. Every step is acknowledged only after it
/// has landed, so an interrupted sync is simply run again. A server node keeps
/// its copy of a ledger in step with the shared log with the same runner.
public struct SyncRunner: Sendable {
    /// Changes per push and per pull page: a few megabytes at most.
    public static let batchSize = 5000

    public let service: SyncService
    public let transport: any SyncTransport
    public let steps: any SyncStepRunner
    /// Whether the outcome is kept for `outlay sync status` (a device's); a server's copies keep none.
    public let recordsOutcome: Bool
    /// Told the changes sent and received so far, after each batch (a first sync of a big book takes a while).
    public var progress: ProgressReporter?

    public init(service: SyncService, transport: any SyncTransport, steps: any SyncStepRunner = InPlaceSteps(), recordsOutcome: Bool = true) {
        self.service = service
        self.transport = transport
        self.steps = steps
        self.recordsOutcome = recordsOutcome
    }

    public struct Report: Sendable, Equatable {
        public var pushed = 0
        public var pulled = 0
        /// Synced in compatibility mode: records only, with a gateway that has just the basic routes.
        public var basicGateway = false
        /// Where the next pull starts.
        public var cursor: Int64 = 0
    }

    public func run() async throws -> Report {
        let service = self.service
        do {
            var report = Report()
            while true {
                let batch = try await steps.run { try service.pendingChanges(limit: Self.batchSize) }
                guard let last = batch.last else { break }
                try await transport.push(batch)
                try await steps.run { try service.acknowledge(through: last.originSeq) }
                report.pushed += batch.count
                progress?(WorkProgress(done: report.pushed))
            }
            let (start, device) = try await steps.run { (try service.state().pullCursor, try service.deviceID()) }
            report.cursor = start
            while true {
                let page = try await transport.pull(after: report.cursor, limit: Self.batchSize, excluding: device)
                report.pulled += try await steps.run {
                    let applied = try service.apply(page.changes)
                    try service.setPullCursor(page.cursor)
                    return applied
                }
                report.cursor = page.cursor
                progress?(WorkProgress(done: report.pushed + report.pulled))
                if !page.hasMore { break }
            }
            if recordsOutcome { try await steps.run { try service.recordOutcome(error: nil) } }
            return report
        } catch {
            if recordsOutcome { _ = try? await steps.run { try service.recordOutcome(error: "\(error)") } }
            throw error
        }
    }
}
