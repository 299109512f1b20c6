import Foundation

/// Which browser origins may call the gateway from their pages (`--cors-origin`).
/// Off by default: with no origins, no response carries a CORS header.
///
/// Tokens travel in `Authorization` only, never in cookies, so a page of an
/// allowed origin can do nothing a page of any other site could not do with
/// the user's token; CORS only decides which pages may read the answers.
public struct CORSPolicy: Sendable, Hashable {
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// Lowercased `scheme://host[:port]` origins.
    public private(set) var origins: Set<String> = []
    /// `*`: every origin.
    public private(set) var allowsEveryOrigin = false

    public static let off = CORSPolicy()

    /// The methods and request headers a preflight allows: what the original clients send.
    static let methods = "GET, POST, PUT, DELETE, OPTIONS"
    static let requestHeaders = "authorization, content-type, user-id, accept"
    /// Browsers may cache a preflight answer this long (seconds).
    static let maximumAge = "600"

    public init() {}

    /// `*` or origins such as `http://localhost:5173`: a scheme, a host and an optional port, nothing after.
    public init(origins list: [String]) throws {
        for raw in list.map({ $0.trimmingCharacters(in: .whitespaces) }) where !raw.isEmpty {
            if raw == "*" {
                allowsEveryOrigin = true
                continue
            }
            guard let origin = Self.origin(raw) else {
                throw Invalid(description: "'\(raw)' is not an origin: expected * or a scheme and host such as http://localhost:5173, with no path")
            }
            origins.insert(origin)
        }
    }

    public var isOff: Bool { !allowsEveryOrigin && origins.isEmpty }

    /// Whether a page served from `origin` (a request's `Origin` header) may read the answers.
    func allows(_ origin: String) -> Bool {
        guard !isOff, let origin = Self.origin(origin) else { return false }
        return allowsEveryOrigin || origins.contains(origin)
    }

    private static func origin(_ text: String) -> String? {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host?.lowercased(), !host.isEmpty,
              components.path.isEmpty || components.path == "/", components.query == nil, components.fragment == nil,
              components.user == nil, components.password == nil else { return nil }
        return "\(scheme)://\(host)" + (components.port.map { ":\($0)" } ?? "")
    }
}
