import OutlayKit
import TerminalUI

/// `b`: the accounts with their balances; Enter opens one's register.
public struct AccountsViewState: Sendable, Equatable {
    public var selected = 0
    public var register: RegisterState?

    public init() {}
}

/// An account's register: every line with the balance after it; Space clears a line
/// (reconciling against a statement whose balance `=` asks for).
public struct RegisterState: Sendable, Equatable {
    public var account: String
    public var lines: [RegisterLine]
    public var selected = 0
    /// Typing the statement's balance.
    public var statementInput: TextInput?
    public var statement: Money?
    public var error: String?
    /// `o` on a transfer whose other side is not known: the account it would name.
    public var otherSide: OtherSideChoice?

    public init(account: String, lines: [RegisterLine]) {
        self.account = account
        self.lines = lines
    }
}

/// Naming the open side of a transfer in a register: `o` steps through the accounts, Enter names it.
public struct OtherSideChoice: Sendable, Equatable {
    public var transferID: String
    public var side: TransferSide
    public var accounts: [String]
    public var index = 0

    public var account: String { accounts[index] }
}
