import Hummingbird
import OutlayAPI
import OutlayKit

/// `/api/notifications`: the inbox the budget rules fill on the server too.
struct NotificationRoutes {
    let services: ServerServices

    func register(_ router: Router<OutlayRequestContext>) {
        let base = APIPath.notifications
        router.get(RouterPath(base)) { request, context in
            let query = QueryParameters(request: request)
            let unreadOnly = try query.flag("unreadOnly") ?? false
            let limit = try query.integer("limit", in: 1...500) ?? 200
            let object = try await self.withInbox(context) { service in
                UncheckedSendable([
                    "notifications": try service.list(unreadOnly: unreadOnly, limit: limit).map(\.jsonObject),
                    "unreadCount": try service.unreadCount(),
                ] as [String: Any])
            }
            return try JSONResponse.make(.ok, foundation: object.value)
        }
        router.get(RouterPath(base + "/unread-count")) { _, context in
            JSONResponse.make(.ok, .object(["count": .integer(try await self.withInbox(context) { try $0.unreadCount() })]))
        }
        router.put(RouterPath(base + "/read-all")) { _, context in
            JSONResponse.make(.ok, .object(["updated": .integer(try await self.withInbox(context) { try $0.markAllRead() })]))
        }
        router.put(RouterPath(base + "/{id}/read")) { _, context in
            let id = try context.pathID(of: "notification")
            try await self.withInbox(context) { try $0.markRead(id: id) }
            return JSONResponse.noContent()
        }
        router.delete(RouterPath(base + "/{id}")) { _, context in
            let id = try context.pathID(of: "notification")
            try await self.withInbox(context) { try $0.delete(id: id) }
            return JSONResponse.noContent()
        }
    }

    private func withInbox<T: Sendable>(_ context: OutlayRequestContext, _ work: @escaping @Sendable (NotificationService) throws -> T) async throws -> T {
        let clock = services.clock
        return try await services.withLedger(context) { try work(NotificationService(database: $0, clock: clock)) }
    }
}
