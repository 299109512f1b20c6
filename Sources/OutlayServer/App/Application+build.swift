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

    /// Raises the process's open-file limit to its hard limit (at most 65 536), as servers do; returns the limit in force.
    public static func raiseDescriptorLimit() -> Int { Descriptors.raiseSoftLimit() }

    /// The application for `configuration`, ready to `runService()`.
    public static func buildApplication(configuration: ServerSettings, jwtSecret: [UInt8], logger: Logger,
                                        clock: ServiceClock = .system, store: PostgresStore? = nil) async throws -> some ApplicationProtocol {
        let router = try await buildRouter(configuration: configuration, jwtSecret: jwtSecret, clock: clock, store: store)
        let connections = ConnectionCount(limit: configuration.maximumConnections
            ?? ConnectionCount.defaultLimit(openLedgerLimit: configuration.openLedgerLimit))
        logger.info("at most \(connections.limit) connections at once; a request's body must arrive within \(Int(configuration.bodyDeadline)) s")
        let bodyDeadline = TimeAmount.milliseconds(Int64(configuration.bodyDeadline * 1000))
        let http1 = HTTP1Channel.Configuration(additionalChannelHandlers: [BodyDeadlineHandler(deadline: bodyDeadline)],
                                               idleTimeout: .milliseconds(Int64(configuration.idleTimeout * 1000)))
        let server = HTTPServerBuilder { responder in
            GuardedHTTP1Channel(inner: HTTP1Channel(responder: responder, configuration: http1), connections: connections)
        }
        return Application(router: router,
                           server: server,
                           configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                                   serverName: "outlay-server"),
                           logger: logger)
    }

    /// `store`: PostgreSQL shared by several nodes (`--database`); nil keeps everything in SQLite files under the data folder.
    public static func buildRouter(configuration: ServerSettings, jwtSecret: [UInt8], clock: ServiceClock = .system,
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
        let declared = DeclaredRouter(router: router, catalog: RouteCatalog())
        AuthRoutes(services: services).register(declared)
        guard !configuration.basicRoutesOnly else {
            ExpenseRoutes(services: services).registerListAndCreate(declared)
            SystemRoutes(services: services).registerHealth(declared)
            routes.load(router.routes.map { ($0.path.description, $0.method.rawValue) })
            return router
        }
        ProfileRoutes(services: services).register(declared)
        ExpenseRoutes(services: services).register(declared)
        AccountRoutes(services: services).register(declared)
        CategoryRoutes(services: services).register(declared)
        RecurringRoutes(services: services).register(declared)
        BudgetRoutes(services: services).register(declared)
        AnalyticsRoutes(services: services).register(declared)
        NotificationRoutes(services: services).register(declared)
        SyncRoutes(services: services).register(declared)
        SystemRoutes(services: services).register(declared)
        // The web app: pages, not API (so not in the OpenAPI document), and its cookie sign-in.
        WebAppRoutes(bundle: .embedded).register(on: router)
        WebSessionRoutes(services: services).register(on: router)
        routes.load(router.routes.map { ($0.path.description, $0.method.rawValue) })
        return router
    }
}
