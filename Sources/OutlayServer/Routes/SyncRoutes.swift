import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `/api/sync/changes`: the user's change log in pages by the server's
/// sequence numbers (`GET ?since=&limit=`), and a device's batch (`POST`),
/// merged into the user's ledger exactly as a device merges, so the REST
/// routes' writes and every device's reach everyone.
struct SyncRoutes {
    static let defaultLimit = 1000
    /// A batch of 1 000 changes with long texts is a few megabytes.
    static let maximumBodyBytes = 16 << 20
    /// Further ahead than this, a device's clock is wrong, not early: its
    /// changes would win every later edit, so they are refused.
    static let maximumClockAhead: Int64 = 86_400_000

    let services: ServerServices

    static let since = QueryParameter("since", .integer(0...Int.max))
    static let limit = QueryParameter("limit", .integer(1...5000))

    func register(_ routes: DeclaredRouter) {
        routes.add(.get, APIPath.syncChanges, .init("The change log after a cursor, one page (sync pull)",
                                                    parameters: [Self.since, Self.limit, QueryParameter("origin", .text)],
                                                    answers: [200: .json("ChangePage")])) { request, context in try await self.pull(request, context) }
        routes.add(.post, APIPath.syncChanges, .init("Merge a device's batch of changes (sync push; idempotent)", body: "ChangeBatch",
                                                     answers: [200: .json("ChangeReceipt")], otherFailures: [409])) {
            request, context in try await self.push(request, context)
        }
    }

    private func pull(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        let query = QueryParameters(request: request)
        let since = try query.integer(Self.since) ?? 0
        let limit = try query.integer(Self.limit) ?? Self.defaultLimit
        // A device need not hear its own changes back: `origin` leaves them out (the cursor still passes them).
        let origin = query.string("origin")
        if let replication = services.replication {
            // Nodes on one PostgreSQL serve the shared log itself: a device's cursor holds on every node.
            let userID = try context.requireUser()
            let head = try await replication.heads.head(userID)
            let page = try await replication.log.page(userID, after: Int64(since), limit: limit, excluding: origin, head: head.seq)
            return JSONResponse.make(.ok, .object(["changes": .array(page.changes.map(\.json)), "cursor": .integer(page.cursor),
                                                   "hasMore": .bool(page.hasMore), "currency": .string(head.currency),
                                                   "protocol": .integer(SyncChange.protocolVersion)]))
        }
        let body = try await services.withLedger(context) { database in
            let page = try SyncService(database: database, role: .server)
                .changes(after: Int64(since), limit: limit, excludingOrigin: origin)
            return JSONValue.object(["changes": .array(page.changes.map(\.json)), "cursor": .integer(page.last),
                                     "hasMore": .bool(page.hasMore), "currency": .string(database.currency.code),
                                     "protocol": .integer(SyncChange.protocolVersion)]).bytes
        }
        return JSONResponse.bytes(.ok, body, headers: [:])
    }

    private func push(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        var request = request
        let body = try await request.json(limit: Self.maximumBodyBytes)
        let changes = try APIError.naming("changes") { try SyncChange.list(json: body.objectValue?["changes"]) }
        if let replication = services.replication {
            // Merged into this node's copy first, which checks the batch as a server does (nothing is kept of a refused
            // one); then the batch goes to the shared log whole, where its origin and sequence keep it once.
            let userID = try context.requireUser()
            let (database, outcome) = try await services.withLedger(context, .merge) { database in
                (database, try APIError.naming("changes") { try SyncService(database: database).applyFromDevice(changes, maximumAhead: Self.maximumClockAhead) })
            }
            let appended = try await services.gates.serialize(userID) { try await replication.appendMerged(userID, database, changes) }
            return JSONResponse.make(.ok, outcome.answer(accepted: appended.accepted, cursor: appended.head))
        }
        let (outcome, cursor) = try await services.withLedger(context, .merge) { database in
            let service = SyncService(database: database, role: .server)
            let outcome = try APIError.naming("changes") { try service.applyFromDevice(changes, maximumAhead: Self.maximumClockAhead) }
            return (outcome, try service.lastSeq())
        }
        return JSONResponse.make(.ok, outcome.answer(accepted: outcome.accepted, cursor: cursor))
    }
}
