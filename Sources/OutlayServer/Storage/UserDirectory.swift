/// Who may log in, and which ledger is theirs: `accounts.sqlite` on one
/// machine (`SQLiteUserDirectory`, on the database threads), the `users` table
/// when nodes share PostgreSQL (`PostgresUserDirectory`, awaited on its pool).
protocol UserDirectory: Sendable {
    /// Adds a user; a taken email or username (in any case or Unicode form) is a `RegistrationConflict`.
    func insert(_ user: User) async throws -> User
    func delete(id: String) async throws
    /// A new password, which also ends every token issued before it.
    func setPassword(id: String, hash: String) async throws
    /// Ends every token issued so far for the user.
    func revokeTokens(id: String) async throws
    /// The profile fields of `user` as given (names, currency, income, time zone).
    func updateProfile(_ user: User) async throws
    func recordLogin(id: String, at milliseconds: Int64) async throws
    /// By email, normalised as `Identity.key` does.
    func find(email: String) async throws -> User?
    func find(id: String) async throws -> User?
    /// Every user, oldest first.
    func all() async throws -> [User]
    /// The first user registered: the admin unless one is named.
    func first() async throws -> User?
    func count() async throws -> Int
    /// Keeps a one-time invitation code (stored as its SHA-256, so the table holds no usable code).
    func addInvite(codeHash: String, at milliseconds: Int64) async throws
    /// Takes the code if it is there: true once, false for an unknown or already used code.
    func takeInvite(codeHash: String) async throws -> Bool
}

/// Why a registration was refused: the email or the username is someone's already.
enum RegistrationConflict: Error, Equatable {
    case emailTaken, usernameTaken
}
