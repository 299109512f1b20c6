import ArgumentParser
import Foundation
import OutlayKit
import OutlayServer

/// `outlay-server move-to-postgres --data DIR --database URL`: from one machine's SQLite files to PostgreSQL.
struct MoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move-to-postgres",
        abstract: "Copy a SQLite server's users and ledgers into PostgreSQL, for nodes started with --database.",
        discussion: """
        Stop the server first. Passwords, tokens (with the same OUTLAY_JWT_SECRET, or the data folder's jwt-secret given \
        as it) and every ledger come along; the SQLite files are left as they were. Safe to run again after an interruption.
        """)

    @OptionGroup var data: DataOption
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        guard let store = try await database.open() else { throw ValidationError("--database postgres://USER@HOST:PORT/DB is needed") }
        let progress = ProgressLine("Copying", unit: "log entries")
        defer { progress?.clear() }
        let report = try await PostgresMove.run(dataDirectory: data.folder, store: store, said: { line in
            progress?.clear()
            print(line)
        }, progress: progress?.reporter)
        progress?.finish()
        print("Copied \(report.users) user\(report.users == 1 ? "" : "s") and \(report.changes) log entries into \(store.address)")
        let secret = data.folder.appendingPathComponent("jwt-secret").path
        if FileManager.default.fileExists(atPath: secret) {
            print("Tokens stay valid if every node gets the same secret: OUTLAY_JWT_SECRET=\"$(cat \(secret))\"")
        }
    }
}
