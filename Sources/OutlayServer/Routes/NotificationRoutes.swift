import Hummingbird
import OutlayAPI
import OutlayBasics
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
            let object = try await self.withInbox(context) { service -> JSONValue in
                ["notifications": .array(try service.list(unreadOnly: unreadOnly, limit: limit).map(Self.json)),
                 "unreadCount": .integer(try service.unreadCount())]
            }
            return JSONResponse.make(.ok, object)
        }
        router.get(RouterPath(base + "/unread-count")) { _, context in
            JSONResponse.make(.ok, .object(["count": .integer(try await self.withInbox(context) { try $0.unreadCount() })]))
        }
        router.put(RouterPath(base + "/read-all")) { _, context in
            JSONResponse.make(.ok, .object(["updated": .integer(try await self.withInbox(context, .write) { try $0.markAllRead() })]))
        }
        router.put(RouterPath(base + "/{id}/read")) { _, context in
            let id = try context.pathID(of: "notification")
            try await self.withInbox(context, .write) { try $0.markRead(id: id) }
            return JSONResponse.noContent()
        }
        router.delete(RouterPath(base + "/{id}")) { _, context in
            let id = try context.pathID(of: "notification")
            try await self.withInbox(context, .write) { try $0.delete(id: id) }
            return JSONResponse.noContent()
        }
    }

    private func withInbox<T: Sendable>(_ context: OutlayRequestContext, _ kind: LedgerWork = .read,
                                        _ work: @escaping @Sendable (NotificationService) throws -> T) async throws -> T {
        try await services.withLedger(context, kind) { try work(NotificationService(database: $0)) }
    }

    /// The domain's notification object with `_id` beside `id`, as the original clients key rows.
    static func json(_ notification: OutlayNotification) -> JSONValue {
        guard case var .object(object) = notification.json(.number) else { return notification.json(.number) }
        object["_id"] = .string(notification.id)
        return .object(object)
    }
}
