// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Outlay",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "outlay", targets: ["outlay"]),
        .executable(name: "outlay-server", targets: ["outlay-server"]),
        .library(name: "OutlayKit", targets: ["OutlayKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        .package(url: "https://github.com/vapor/jwt-kit", exact: "5.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        .target(
            name: "OutlayKit",
            dependencies: [
                "CSQLiteTuning",
                "OutlayBasics",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // JSON with numbers kept as their text, and trimming: the leaf the domain and the wire format share.
        .target(name: "OutlayBasics"),
        // The gateway's wire format and route paths: shared by the server and the sync client.
        .target(name: "OutlayAPI", dependencies: ["OutlayBasics"]),
        // The sync client: HTTP to a gateway (URLSession), the credentials file. The only client code that speaks HTTP.
        .target(name: "OutlaySync", dependencies: ["OutlayKit", "OutlayAPI", "OutlayBasics"]),
        .target(name: "CSQLiteTuning", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "TerminalUI"),
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        .target(name: "TerminalCurses", dependencies: ["TerminalUI", "CNCursesW", "CTerminalSignals"]),
        // The dashboard's signal handlers and their one stop flag (a C file: a flag in a header is one per module).
        .target(name: "CTerminalSignals", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(
            name: "OutlayTUI",
            dependencies: ["OutlayKit", "OutlaySync", "OutlayBasics", "TerminalUI", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Helpers shared by the test targets (a loopback HTTP server); not shipped.
        .target(name: "OutlayTestSupport", path: "Sources/OutlayTestSupport"),
        .executableTarget(
            name: "outlay",
            dependencies: [
                "OutlayKit",
                "OutlaySync",
                "OutlayBasics",
                "OutlayTUI",
                "TerminalCurses",
                "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The system's zlib: the web app's files are gzipped once, when the server starts.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // Writes the web app's files (Sources/OutlayServer/WebAppFiles) into a Swift source, so the binary carries them.
        .executableTarget(name: "embed-web-app", path: "Sources/embed-web-app"),
        .plugin(name: "EmbedWebApp", capability: .buildTool(), dependencies: ["embed-web-app"], path: "Plugins/EmbedWebApp"),
        .target(
            name: "OutlayServer",
            dependencies: [
                "OutlayKit",
                "OutlayAPI",
                "OutlayBasics",
                "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["WebAppFiles"],
            plugins: ["EmbedWebApp"]
        ),
        .executableTarget(
            name: "outlay-server",
            dependencies: [
                "OutlayServer",
                "OutlayKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "OutlayKitTests",
            dependencies: ["OutlayKit", "OutlaySync", "OutlayBasics", "OutlayTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "OutlayServerTests",
            dependencies: [
                "OutlayServer",
                "OutlayAPI",
                "OutlayBasics",
                "OutlayKit",
                "OutlayTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            exclude: ["Fixtures", "schemathesis.toml"]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "TerminalCursesTests", dependencies: ["TerminalCurses", "CTerminalSignals"]),
        .testTarget(name: "OutlayTUITests", dependencies: ["OutlayTUI", "OutlayKit", "OutlaySync", "OutlayBasics", "OutlayTestSupport", "TerminalUI"],
                    exclude: ["Snapshots"]),
        .testTarget(
            name: "OutlayCLITests",
            dependencies: ["OutlayKit", "OutlayBasics", "OutlayTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
