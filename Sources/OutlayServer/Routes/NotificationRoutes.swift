import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `/api/notifications`: the inbox the budget rules fill on the server too.
struct NotificationRoutes {
    let services: ServerServices

    static let limit = QueryParameter("limit", .integer(1...500))

    func register(_ routes: DeclaredRouter) {
        let base = APIPath.notifications
        routes.add(.get, base, .init("The inbox", parameters: [QueryParameter("unreadOnly", .flag), Self.limit],
                                     answers: [200: .json("NotificationList")])) { request, context in
            let query = QueryParameters(request: request)
            let unreadOnly = try query.flag("unreadOnly") ?? false
            let limit = try query.integer(Self.limit) ?? 200
            let object = try await self.withInbox(context) { service -> JSONValue in
                ["notifications": .array(try service.list(unreadOnly: unreadOnly, limit: limit).map(Self.json)),
                 "unreadCount": .integer(try service.unreadCount())]
            }
            return JSONResponse.make(.ok, object)
        }
        routes.add(.get, base + "/unread-count", .init("Unread notifications", answers: [200: .json("Count")])) { _, context in
            JSONResponse.make(.ok, .object(["count": .integer(try await self.withInbox(context) { try $0.unreadCount() })]))
        }
        routes.add(.put, base + "/read-all", .init("Mark every notification read", answers: [200: .json("Updated")])) { _, context in
            JSONResponse.make(.ok, .object(["updated": .integer(try await self.withInbox(context, .write) { try $0.markAllRead() })]))
        }
        routes.add(.put, base + "/{id}/read", .init("Mark one notification read", answers: [204: .noContent])) { _, context in
            let id = try context.pathID(of: "notification")
            try await self.withInbox(context, .write) { try $0.markRead(id: id) }
            return JSONResponse.noContent()
        }
        routes.add(.delete, base + "/{id}", .init("Delete a notification", answers: [204: .noContent])) { _, context in
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
