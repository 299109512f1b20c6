import Crypto
import Foundation

/// Who may create an account: anyone (`open`, the default), nobody (`closed`),
/// or whoever brings a one-time code from `outlay-server users invite` (`invite`).
public enum RegistrationMode: String, Sendable, CaseIterable {
    case open, closed, invite
}

/// One-time invitation codes: shown once to the administrator, kept only as a hash.
enum InviteCode {
    /// 20 letters and digits without look-alikes (about 100 bits), grouped in fives to read aloud.
    static func make() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        let letters = (0..<20).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: 20, by: 5).map { String(letters[$0..<$0 + 5]) }.joined(separator: "-")
    }

    /// What is stored and looked up: the code's SHA-256 (typed with or without dashes, in any case).
    static func hash(_ code: String) -> String {
        let normal = code.lowercased().filter { $0 != "-" && !$0.isWhitespace }
        return SHA256.hash(data: Data(normal.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
