import ArgumentParser
import Foundation
import OutlayServer

/// `outlay-server users list|revoke|set-password|delete`: accounts, from the shell.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "List accounts, revoke their tokens, set a password, or delete an account with its ledger.",
        discussion: "A running server notices within 5 seconds: revoked or deleted accounts' tokens stop working.",
        subcommands: [List.self, Revoke.self, SetPassword.self, Delete.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every account: id, username, email, currency.")
        @OptionGroup var data: DataOption

        func run() throws {
            for user in try UserAdministration(dataDirectory: data.folder).list() {
                print("\(user.id)  \(user.username)  \(user.email)  \(user.currency)")
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End every token the account has (it logs in again).")
        @Argument(help: "The account's email.") var email: String
        @OptionGroup var data: DataOption

        func run() throws {
            try UserAdministration(dataDirectory: data.folder).revokeTokens(email: email)
            print("Revoked every token of \(email)")
        }
    }

    struct SetPassword: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "set-password",
                                                        abstract: "Set the account's password from standard input; ends its tokens.")
        @Argument(help: "The account's email.") var email: String
        @OptionGroup var data: DataOption

        func run() throws {
            guard let password = readLine(strippingNewline: true) else { throw ValidationError("no password on standard input") }
            try UserAdministration(dataDirectory: data.folder).setPassword(email: email, password: password)
            print("Set the password of \(email); its earlier tokens no longer work")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete the account and its ledger (there is no undo).")
        @Argument(help: "The account's email.") var email: String
        @OptionGroup var data: DataOption

        func run() throws {
            try UserAdministration(dataDirectory: data.folder).delete(email: email)
            print("Deleted \(email) and its ledger")
        }
    }
}
