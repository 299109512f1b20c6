import Hummingbird
import OutlayAPI
import OutlayKit

/// `/api/notifications`: the inbox the budget rules fill on the server too.
struct NotificationRoutes {
    let services: ServerServices

    func register(_ router: Router<OutlayRequestContext>) {
        let base = APIPath.notifications
        router.get(RouterPath(base)) { request, context in
            let service = try self.service(context)
            let query = QueryParameters(request: request)
            let unreadOnly = try query.flag("unreadOnly") ?? false
            let limit = try query.integer("limit", in: 1...500) ?? 200
            return try JSONResponse.make(.ok, foundation: [
                "notifications": try service.list(unreadOnly: unreadOnly, limit: limit).map(\.jsonObject),
                "unreadCount": try service.unreadCount(),
            ])
        }
        router.get(RouterPath(base + "/unread-count")) { _, context in
            JSONResponse.make(.ok, .object(["count": .integer(try self.service(context).unreadCount())]))
        }
        router.put(RouterPath(base + "/read-all")) { _, context in
            JSONResponse.make(.ok, .object(["updated": .integer(try self.service(context).markAllRead())]))
        }
        router.put(RouterPath(base + "/{id}/read")) { _, context in
            let service = try self.service(context)
            try service.markRead(id: try context.pathID(of: "notification"))
            return JSONResponse.noContent()
        }
        router.delete(RouterPath(base + "/{id}")) { _, context in
            let service = try self.service(context)
            try service.delete(id: try context.pathID(of: "notification"))
            return JSONResponse.noContent()
        }
    }

    private func service(_ context: OutlayRequestContext) throws -> NotificationService {
        NotificationService(database: try services.ledger(for: context), clock: services.clock)
    }
}
