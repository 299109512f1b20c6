import Dispatch
import HummingbirdBcrypt

/// bcrypt, off the request threads: a hash at cost 12 takes about a quarter
/// second, which would stall every other request on a 2-core machine.
struct PasswordHasher: Sendable {
    let cost: UInt8
    /// A hash of a random password, checked when an email is unknown so that a
    /// wrong email takes as long as a wrong password (no probing for accounts by timing).
    let decoy: String
    /// Hashes for every request together take turns here (see `PasswordCheckGate`).
    let gate: PasswordCheckGate

    init(cost: UInt8, gate: PasswordCheckGate = PasswordCheckGate()) {
        self.cost = cost
        self.gate = gate
        decoy = Bcrypt.hash(String(UInt64.random(in: .min ... .max), radix: 36), cost: cost)
    }

    /// A hash made on the calling thread, for the administration commands.
    static func hashNow(_ password: String, cost: UInt8) -> String { Bcrypt.hash(password, cost: cost) }

    /// Throws 429 when the server is too busy hashing to take it in time.
    func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await gate.withSlot { await Self.offThread { Bcrypt.hash(password, cost: cost) } }
    }

    /// Throws 429 when the server is too busy hashing to take it in time.
    func verify(_ password: String, against hash: String) async throws -> Bool {
        try await gate.withSlot { await Self.offThread { Bcrypt.verify(password, hash: hash) } }
    }

    private static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
