import HummingbirdBcrypt

/// bcrypt, on threads of its own (`BlockingPool.passwords`): a hash at cost 12
/// takes about a quarter second, which would stall every other request on a
/// 2-core machine if it ran on the cooperative threads or the database's.
struct PasswordHasher: Sendable {
    let cost: UInt8
    /// A hash of a random password, checked when an email is unknown so that a
    /// wrong email takes as long as a wrong password (no probing for accounts by timing).
    let decoy: String
    /// Hashes for every request together take turns here (see `PasswordCheckGate`).
    let gate: PasswordCheckGate

    init(cost: UInt8, gate: PasswordCheckGate = PasswordCheckGate()) async throws {
        self.cost = cost
        self.gate = gate
        decoy = try await Self.hash(String(UInt64.random(in: .min ... .max), radix: 36), cost: cost)
    }

    /// A hash without the gate, for the administration commands.
    static func hash(_ password: String, cost: UInt8) async throws -> String {
        try await BlockingPool.passwords.run { Bcrypt.hash(password, cost: cost) }
    }

    /// Throws 429 when the server is too busy hashing to take it in time.
    func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await gate.withSlot { try await Self.hash(password, cost: cost) }
    }

    /// Throws 429 when the server is too busy hashing to take it in time.
    func verify(_ password: String, against hash: String) async throws -> Bool {
        try await gate.withSlot { try await BlockingPool.passwords.run { Bcrypt.verify(password, hash: hash) } }
    }
}
