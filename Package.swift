// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Outlay",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "outlay", targets: ["outlay"]),
        .library(name: "OutlayKit", targets: ["OutlayKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        .target(
            name: "OutlayKit",
            dependencies: [
                "CSQLiteTuning",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(name: "CSQLiteTuning", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "TerminalUI"),
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        .target(name: "TerminalCurses", dependencies: ["TerminalUI", "CNCursesW"]),
        .target(
            name: "OutlayTUI",
            dependencies: ["OutlayKit", "TerminalUI", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Helpers shared by the test targets (a loopback HTTP server); not shipped.
        .target(name: "OutlayTestSupport", path: "Sources/OutlayTestSupport"),
        .executableTarget(
            name: "outlay",
            dependencies: [
                "OutlayKit",
                "OutlayTUI",
                "TerminalCurses",
                "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "OutlayKitTests",
            dependencies: ["OutlayKit", "OutlayTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "OutlayTUITests", dependencies: ["OutlayTUI", "OutlayKit", "TerminalUI"], exclude: ["Snapshots"]),
        .testTarget(
            name: "OutlayCLITests",
            dependencies: ["OutlayKit", "OutlayTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
