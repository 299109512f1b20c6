import ArgumentParser
import Foundation
import Hummingbird
import Logging
import OutlayServer

/// `outlay-server [serve]`: flags win over `OUTLAY_SERVER_*` variables, which win over the defaults.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the gateway (the default).",
        discussion: """
        The token secret comes from OUTLAY_JWT_SECRET (at least 32 bytes) or is generated once into \
        DATA/jwt-secret (mode 0600). Stop with SIGTERM or Ctrl-C: requests in flight finish first.
        """)

    @Option(help: "Address to listen on (env OUTLAY_SERVER_HOST; default 127.0.0.1).") var host: String?
    @Option(help: "Port (env OUTLAY_SERVER_PORT; default 3000).") var port: Int?
    @OptionGroup var data: DataOption
    @Option(help: "The admin's email, who may read /api/admin/usage (env OUTLAY_SERVER_ADMIN; default: the first user).")
    var admin: String?
    @Option(help: ArgumentHelp("bcrypt cost, 4–31 (env OUTLAY_SERVER_BCRYPT_COST; default 12).", visibility: .hidden))
    var bcryptCost: UInt8?
    @Option(help: ArgumentHelp("Seconds a connection may wait without sending a whole request head (default 10).", visibility: .hidden))
    var idleTimeout: Double?
    @Option(name: .customLong("cors-origin"),
            help: "Let pages from this origin call the API, e.g. http://localhost:5173, or * for any (repeatable; env OUTLAY_SERVER_CORS_ORIGINS, comma-separated; default none).")
    var corsOrigins: [String] = []
    @OptionGroup var database: DatabaseOption
    @Flag(help: "Refuse a category the ledger does not have (400) instead of creating it, as the original gateway did.")
    var strictCategories = false
    @Option(help: "Who may create an account: open, closed or invite (a code from `outlay-server users invite`) (env OUTLAY_SERVER_REGISTRATION; default open).")
    var registration: String?
    @Option(help: "Accounts one client address may create in an hour; 0 for no limit (default 10).")
    var signupsPerHour: Int?
    @Option(help: "Open connections at once; more are answered 503 (default: what the descriptor limit leaves after the ledgers).")
    var maxConnections: Int?
    @Option(help: ArgumentHelp("Seconds a request's body may take to arrive after its head (default 30).", visibility: .hidden))
    var bodyDeadline: Double?
    @Option(help: "Serve only the original design's basic routes: 'basic' (sign-in, GET/POST /api/expenses and /health; no sync endpoints).")
    var compat: Compatibility?

    enum Compatibility: String, ExpressibleByArgument {
        case basic
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let config = try ServerConfig(environment: environment, host: host, port: port, data: data.data, admin: admin,
                                          bcryptCost: bcryptCost, corsOrigins: corsOrigins)
        var logger = Logger(label: "outlay-server")
        logger.logLevel = environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let store = try await database.open()
        let secret: (secret: [UInt8], source: String)
        do {
            if let store, environment["OUTLAY_JWT_SECRET"] == nil {
                // Every node signs and checks tokens with the one secret the database keeps.
                secret = (try await store.sharedSecret(), "the shared database")
            } else {
                secret = try JWTSecret.load(environment: environment, dataDirectory: config.settings.dataDirectory)
            }
        } catch let refusal as JWTSecret.Refusal {
            throw ValidationError(refusal.description)
        }
        var configuration = config.settings
        configuration.basicRoutesOnly = compat == .basic
        configuration.strictCategories = strictCategories
        let mode = registration ?? environment["OUTLAY_SERVER_REGISTRATION"] ?? "open"
        guard let registrationMode = RegistrationMode(rawValue: mode) else {
            throw ValidationError("--registration \(mode): use open, closed or invite")
        }
        configuration.registration = registrationMode
        if let signupsPerHour {
            guard signupsPerHour >= 0 else { throw ValidationError("--signups-per-hour must be 0 or more") }
            configuration.signUpsPerHour = signupsPerHour
        }
        if let maxConnections {
            guard maxConnections > 0 else { throw ValidationError("--max-connections must be at least 1") }
            configuration.maximumConnections = maxConnections
        }
        if let bodyDeadline {
            guard bodyDeadline > 0 else { throw ValidationError("--body-deadline must be more than 0 seconds") }
            configuration.bodyDeadline = bodyDeadline
        }
        let descriptors = OutlayGateway.raiseDescriptorLimit()
        if let idleTimeout {
            guard idleTimeout > 0 else { throw ValidationError("--idle-timeout must be more than 0 seconds") }
            configuration.idleTimeout = idleTimeout
        }
        // What it runs with, never the secret itself or any password.
        logger.info("outlay-server \(OutlayGateway.version) listening on \(configuration.host):\(configuration.port)")
        logger.info("data folder \(configuration.dataDirectory.path); token secret from \(secret.source); admin \(configuration.adminEmail ?? "the first registered user")")
        if OutlayGateway.dataFolderIsOpenToOthers(configuration.dataDirectory) {
            logger.warning("\(configuration.dataDirectory.path) can be read by other users; its files are 0600, but run: chmod 700 \(configuration.dataDirectory.path)")
        }
        if !configuration.cors.isOff {
            let origins = (configuration.cors.allowsEveryOrigin ? ["*"] : []) + configuration.cors.origins.sorted()
            logger.info("browser pages may call the API from \(origins.joined(separator: ", "))")
        }
        logger.info("registration \(configuration.registration.rawValue); up to \(descriptors) open files")
        if configuration.basicRoutesOnly { logger.info("compatibility mode: only sign-in, GET/POST /api/expenses and /health") }
        logger.info("bcrypt cost \(configuration.bcryptCost); tokens last \(Int(configuration.tokenLifetime / 3600)) h; bodies up to \(configuration.maximumBodyBytes) bytes")
        if let store { logger.info("users and ledgers in \(store.address); \(configuration.dataDirectory.path) holds this node's copies") }
        let app = try await OutlayGateway.buildApplication(configuration: configuration, jwtSecret: secret.secret, logger: logger, store: store)
        try await app.runService()
    }
}
