import Foundation
import Hummingbird
import OutlayAPI
import OutlayBasics

/// `/health`, `/metrics`, `/openapi.json` and the admin's `/api/admin/usage`.
struct SystemRoutes {
    static let version = "1.0.0"
    let services: ServerServices

    func register(_ routes: DeclaredRouter) {
        registerHealth(routes)
        routes.add(.get, APIPath.metrics, .init("Prometheus metrics", answers: [200: .other(mediaType: "text/plain", description: "Prometheus text format")],
                                                secured: false)) { _, _ in
            let users = try await self.services.users.count()
            let text = PrometheusText.render(self.services.usage, users: users)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
        let catalog = routes.catalog
        routes.add(.get, APIPath.openAPI, .init("This document", answers: [200: .other(mediaType: "application/json", description: "OpenAPI 3.1")],
                                                secured: false)) { _, _ in
            JSONResponse.bytes(.ok, catalog.openAPIBytes, headers: [:])
        }
        routes.add(.get, APIPath.usage, .init("Per-route requests, errors and latency percentiles (admin only)", answers: [200: .json("Usage")],
                                              otherFailures: [403])) { _, context in
            guard try await self.services.isAdmin(try context.requireUser()) else { throw APIError.forbidden }
            return JSONResponse.make(.ok, self.services.usage.report())
        }
    }

    /// Liveness and readiness, which even a basic gateway answers: 503 while the shared database does not
    /// answer, so a load balancer sends users to a node that can serve them.
    func registerHealth(_ routes: DeclaredRouter) {
        routes.add(.get, APIPath.health, .init("Liveness, and whether the database answers", answers: [200: .json("Health"), 503: .json("Health")],
                                               secured: false)) { _, _ in
            var database: JSONValue = "ok"
            if let store = self.services.store {
                do {
                    try await store.ping()
                } catch {
                    database = .string("unavailable: \((error as? StoreUnavailable)?.reason ?? String(describing: error))")
                }
            }
            let healthy = database == "ok"
            return JSONResponse.make(healthy ? .ok : .serviceUnavailable,
                                     .object(["status": .string(healthy ? "ok" : "degraded"), "database": database,
                                              "version": .string(Self.version),
                                              "uptimeSeconds": .integer(Int(-self.services.usage.startedAt.timeIntervalSinceNow))]))
        }
    }
}
