import Foundation

/// Where the token-signing key comes from, and the checks it must pass.
public enum JWTSecret {
    /// HS256 keys shorter than this are refused (RFC 7518 §3.2: at least the hash's size).
    public static let minimumBytes = 32
    static let fileName = "jwt-secret"

    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    /// `OUTLAY_JWT_SECRET` when set, else the data folder's `jwt-secret`,
    /// made once from 48 random bytes with mode 0600.
    public static func load(environment: [String: String], dataDirectory: URL) throws -> (secret: [UInt8], source: String) {
        if let given = environment["OUTLAY_JWT_SECRET"] {
            let bytes = Array(given.utf8)
            guard bytes.count >= minimumBytes else {
                throw Refusal(description: "OUTLAY_JWT_SECRET is \(bytes.count) bytes; it must be at least \(minimumBytes) (try: openssl rand -base64 48)")
            }
            return (bytes, "OUTLAY_JWT_SECRET")
        }
        let file = dataDirectory.appendingPathComponent(fileName)
        let manager = FileManager.default
        if manager.fileExists(atPath: file.path) {
            let attributes = try manager.attributesOfItem(atPath: file.path)
            if let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0 {
                throw Refusal(description: "\(file.path) can be read by other users (mode \(String(mode, radix: 8))); run: chmod 600 \(file.path)")
            }
            let bytes = Array(try Data(contentsOf: file))
            guard bytes.count >= minimumBytes else {
                throw Refusal(description: "\(file.path) holds \(bytes.count) bytes; a secret must be at least \(minimumBytes)")
            }
            return (bytes, file.path)
        }
        try manager.createDirectory(at: dataDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var generator = SystemRandomNumberGenerator()
        let bytes = Array((0..<48).map { _ in UInt8.random(in: .min ... .max, using: &generator) }.base64URL.utf8)
        // Created with 0600 from the start: never a moment when others could read it.
        guard manager.createFile(atPath: file.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
            throw Refusal(description: "cannot write \(file.path)")
        }
        return (bytes, file.path + " (new)")
    }
}

extension Array where Element == UInt8 {
    var base64URL: String {
        Data(self).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
