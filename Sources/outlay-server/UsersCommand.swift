import ArgumentParser
import Foundation
import OutlayServer

extension UserAdministration {
    /// On the shared PostgreSQL when `--database` names one, else on the data folder's SQLite files.
    static func open(_ data: DataOption, _ database: DatabaseOption) async throws -> UserAdministration {
        if let store = try await database.open() { return UserAdministration(store: store) }
        return try UserAdministration(dataDirectory: data.folder)
    }
}

/// `outlay-server users list|invite|revoke|set-password|delete`: accounts, from the shell.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "List accounts, invite someone, revoke tokens, set a password, or delete an account with its ledger.",
        discussion: "A running server notices within 5 seconds: revoked or deleted accounts' tokens stop working.",
        subcommands: [List.self, Invite.self, Revoke.self, SetPassword.self, Delete.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every account: id, username, email, currency.")
        @OptionGroup var data: DataOption
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            for user in try await UserAdministration.open(data, database).list() {
                print("\(user.id)  \(user.username)  \(user.email)  \(user.currency)")
            }
        }
    }

    struct Invite: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a one-time code for registering on a server run with --registration invite.",
            discussion: "Give the code to the person: `outlay sync register URL --email E --invite CODE`, or inviteCode in POST /api/auth/register.")
        @OptionGroup var data: DataOption
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            print(try await UserAdministration.open(data, database).invite())
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End every token the account has (it logs in again).")
        @Argument(help: "The account's email.") var email: String
        @OptionGroup var data: DataOption
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            try await UserAdministration.open(data, database).revokeTokens(email: email)
            print("Revoked every token of \(email)")
        }
    }

    struct SetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-password",
                                                        abstract: "Set the account's password from standard input; ends its tokens.")
        @Argument(help: "The account's email.") var email: String
        @OptionGroup var data: DataOption
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            guard let password = readLine(strippingNewline: true) else { throw ValidationError("no password on standard input") }
            try await UserAdministration.open(data, database).setPassword(email: email, password: password)
            print("Set the password of \(email); its earlier tokens no longer work")
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete the account and its ledger (there is no undo).")
        @Argument(help: "The account's email.") var email: String
        @OptionGroup var data: DataOption
        @OptionGroup var database: DatabaseOption

        func run() async throws {
            try await UserAdministration.open(data, database).delete(email: email)
            print("Deleted \(email) and its ledger")
        }
    }
}
