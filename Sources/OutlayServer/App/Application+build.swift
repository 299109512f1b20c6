import Foundation
import Hummingbird
import Logging
import OutlayKit

/// Builds the gateway: its router (used as is by the router tests) and the
/// application that serves it.
public enum OutlayGateway {
    public static let version = SystemRoutes.version

    /// The application for `configuration`, ready to `runService()`.
    public static func buildApplication(configuration: ServerConfiguration, jwtSecret: [UInt8], logger: Logger,
                                        clock: ServiceClock = .system) async throws -> some ApplicationProtocol {
        let router = try await buildRouter(configuration: configuration, jwtSecret: jwtSecret, clock: clock)
        return Application(router: router,
                           configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                                   serverName: "outlay-server"),
                           logger: logger)
    }

    public static func buildRouter(configuration: ServerConfiguration, jwtSecret: [UInt8],
                                   clock: ServiceClock = .system) async throws -> Router<OutlayRequestContext> {
        let services = try await ServerServices(configuration: configuration, jwtSecret: jwtSecret, clock: clock)
        let router = Router(context: OutlayRequestContext.self)
        // Outermost first: usage sees the final status, errors become JSON before it, identity is known to every route.
        router.add(middleware: UsageMiddleware(statistics: services.usage))
        router.add(middleware: ErrorMiddleware(maximumBodyBytes: configuration.maximumBodyBytes))
        router.add(middleware: BearerAuthMiddleware(tokens: services.tokens))
        AuthRoutes(services: services).register(router)
        guard !configuration.basicRoutesOnly else {
            ExpenseRoutes(services: services).registerListAndCreate(router)
            SystemRoutes(services: services).registerHealth(router)
            return router
        }
        ExpenseRoutes(services: services).register(router)
        BudgetRoutes(services: services).register(router)
        AnalyticsRoutes(services: services).register(router)
        NotificationRoutes(services: services).register(router)
        SyncRoutes(services: services).register(router)
        SystemRoutes(services: services).register(router)
        return router
    }
}
