/// Who may log in, and which ledger is theirs: `accounts.sqlite` on one
/// machine (`AccountStore`), the `users` table when nodes share PostgreSQL
/// (`PostgresUserDirectory`). Called from the database threads.
protocol UserDirectory: Sendable {
    /// Adds an account; a taken email or username (in any case or Unicode form) is refused (`AccountStore.Failure`).
    func insert(_ account: Account) throws -> Account
    func delete(id: String) throws
    /// A new password, which also ends every token issued before it.
    func setPassword(id: String, hash: String) throws
    /// Ends every token issued so far for the account.
    func revokeTokens(id: String) throws
    /// The profile fields of `account` as given (names, currency, income, time zone).
    func updateProfile(_ account: Account) throws
    func recordLogin(id: String, at milliseconds: Int64) throws
    /// By email, normalised as `Identity.key` does.
    func find(email: String) throws -> Account?
    func find(id: String) throws -> Account?
    /// Every account, oldest first.
    func all() throws -> [Account]
    /// The first account registered: the admin unless one is named.
    func first() throws -> Account?
    func count() throws -> Int
    /// Keeps a one-time invitation code (stored as its SHA-256, so the table holds no usable code).
    func addInvite(codeHash: String, at milliseconds: Int64) throws
    /// Takes the code if it is there: true once, false for an unknown or already used code.
    func takeInvite(codeHash: String) throws -> Bool
}

extension AccountStore: UserDirectory {}
