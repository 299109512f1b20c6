import Foundation
import Hummingbird
import HummingbirdCore
import NIOCore
import Logging
import OutlayKit

/// Builds the gateway: its router (used as is by the router tests) and the
/// application that serves it.
public enum OutlayGateway {
    public static let version = SystemRoutes.version

    /// Whether others than the server's user may enter or read the data folder (worth a warning at start).
    public static func dataFolderIsOpenToOthers(_ folder: URL) -> Bool { PrivateFile.isOpenToOthers(folder) }

    /// The application for `configuration`, ready to `runService()`.
    public static func buildApplication(configuration: ServerConfiguration, jwtSecret: [UInt8], logger: Logger,
                                        clock: ServiceClock = .system, store: PostgresStore? = nil) async throws -> some ApplicationProtocol {
        let router = try await buildRouter(configuration: configuration, jwtSecret: jwtSecret, clock: clock, store: store)
        return Application(router: router,
                           server: .http1(configuration: HTTP1Channel.Configuration(idleTimeout: .milliseconds(Int64(configuration.idleTimeout * 1000)))),
                           configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                                   serverName: "outlay-server"),
                           logger: logger)
    }

    /// `store`: PostgreSQL shared by several nodes (`--database`); nil keeps everything in SQLite files under the data folder.
    public static func buildRouter(configuration: ServerConfiguration, jwtSecret: [UInt8], clock: ServiceClock = .system,
                                   store: PostgresStore? = nil) async throws -> Router<OutlayRequestContext> {
        let services = try await ServerServices(configuration: configuration, jwtSecret: jwtSecret, clock: clock, store: store)
        let router = Router(context: OutlayRequestContext.self)
        // Outermost first: preflights are answered before anything asks who is calling and every answer
        // (errors included) is marked for an allowed origin, usage sees the final status, errors become
        // JSON before it, identity is known to every route.
        router.add(middleware: CORSMiddleware(policy: configuration.cors))
        router.add(middleware: UsageMiddleware(statistics: services.usage))
        let routes = RouteTable()
        router.add(middleware: ErrorMiddleware(maximumBodyBytes: configuration.maximumBodyBytes, routes: routes))
        router.add(middleware: BearerAuthMiddleware(tokens: services.tokens))
        AuthRoutes(services: services).register(router)
        guard !configuration.basicRoutesOnly else {
            ExpenseRoutes(services: services).registerListAndCreate(router)
            SystemRoutes(services: services).registerHealth(router)
            routes.load(router.routes.map { ($0.path.description, $0.method.rawValue) })
            return router
        }
        ProfileRoutes(services: services).register(router)
        ExpenseRoutes(services: services).register(router)
        AccountRoutes(services: services).register(router)
        RecurringRoutes(services: services).register(router)
        BudgetRoutes(services: services).register(router)
        AnalyticsRoutes(services: services).register(router)
        NotificationRoutes(services: services).register(router)
        SyncRoutes(services: services).register(router)
        SystemRoutes(services: services).register(router)
        routes.load(router.routes.map { ($0.path.description, $0.method.rawValue) })
        return router
    }
}
