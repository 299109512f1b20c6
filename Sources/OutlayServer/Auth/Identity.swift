import Foundation

/// How emails and usernames are compared: as Unicode text, once, at the door.
/// `josé` typed precomposed (NFC) or decomposed (NFD), in any case, is one
/// key, so an account, a login, a uniqueness check and the admin check all
/// agree on who is who.
enum Identity {
    /// NFC, then case-folded.
    static func key(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive], locale: nil)
    }
}
