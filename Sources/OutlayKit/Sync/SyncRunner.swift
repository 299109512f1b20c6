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

/// One `outlay sync`: push this device's unacknowledged changes in batches,
/// then pull the server's in pages. Every step is acknowledged only after it
/// has landed, so an interrupted sync is simply run again.
public struct SyncRunner: Sendable {
    /// Changes per push and per pull page: a few megabytes at most.
    public static let batchSize = 5000

    public let service: SyncService
    public let transport: any SyncTransport

    public init(service: SyncService, transport: any SyncTransport) {
        self.service = service
        self.transport = transport
    }

    public struct Report: Sendable, Equatable {
        public var pushed = 0
        public var pulled = 0
        /// Synced in compatibility mode: records only, with a gateway that has just the basic routes.
        public var basicGateway = false
    }

    public func run() async throws -> Report {
        do {
            var report = Report()
            while true {
                let batch = try service.pendingChanges(limit: Self.batchSize)
                guard let last = batch.last else { break }
                try await transport.push(batch)
                try service.acknowledge(through: last.originSeq)
                report.pushed += batch.count
            }
            var cursor = try service.state().pullCursor
            let device = try service.deviceID()
            while true {
                let page = try await transport.pull(after: cursor, limit: Self.batchSize, excluding: device)
                report.pulled += try service.apply(page.changes)
                cursor = page.cursor
                try service.setPullCursor(cursor)
                if !page.hasMore { break }
            }
            try service.recordOutcome(error: nil)
            return report
        } catch {
            try? service.recordOutcome(error: "\(error)")
            throw error
        }
    }
}
