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

    public init(account: String, lines: [RegisterLine]) {
        self.account = account
        self.lines = lines
    }
}
