import Foundation
import Hummingbird
import OutlayAPI
import OutlayBasics

/// `/health`, `/metrics`, `/openapi.json` and the admin's `/api/admin/usage`.
struct SystemRoutes {
    static let version = "1.0.0"
    let services: ServerServices

    func register(_ router: Router<OutlayRequestContext>) {
        registerHealth(router)
        router.get(RouterPath(APIPath.metrics)) { _, _ in
            let users = try await self.services.withAccounts { try $0.count() }
            let text = PrometheusText.render(self.services.usage, users: users)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
        router.get(RouterPath(APIPath.openAPI)) { _, _ in
            JSONResponse.bytes(.ok, OpenAPIDocument.bytes, headers: [:])
        }
        router.get(RouterPath(APIPath.usage)) { _, context in
            guard try await self.services.isAdmin(try context.requireUser()) else { throw APIError.forbidden }
            return JSONResponse.make(.ok, self.services.usage.report())
        }
    }

    /// Liveness, which even a basic gateway answers.
    func registerHealth(_ router: Router<OutlayRequestContext>) {
        router.get(RouterPath(APIPath.health)) { _, _ in
            JSONResponse.make(.ok, .object(["status": .string("ok"), "version": .string(Self.version),
                                            "uptimeSeconds": .integer(Int(-self.services.usage.startedAt.timeIntervalSinceNow))]))
        }
    }
}
