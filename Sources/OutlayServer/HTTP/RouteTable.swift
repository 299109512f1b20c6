import Hummingbird
import Synchronization

/// Which methods each route path answers, read off the router once every
/// route is registered: a request to a known path with another method is a
/// 405 with `Allow` (RFC 9110 §15.5.6), not a 404.
final class RouteTable: Sendable {
    private let patterns = Mutex<[(components: [Substring], methods: [String])]>([])

    /// Takes the router's routes; `{id}`-style components match any one segment.
    func load(_ routes: [(path: String, method: String)]) {
        var table: [String: [String]] = [:]
        for route in routes { table[route.path, default: []].append(route.method) }
        patterns.withLock { patterns in
            patterns = table.map { path, methods in
                (path.split(separator: "/"), Array(Set(methods)).sorted())
            }
        }
    }

    /// The methods a path answers, sorted; empty when no route has it. As the
    /// router does, a literal segment wins over a capture (`/read-all` over `/{id}`).
    func methods(for path: String) -> [String] {
        let segments = path.split(separator: "/")
        return patterns.withLock { patterns in
            patterns.compactMap { pattern -> (literals: Int, methods: [String])? in
                guard pattern.components.count == segments.count else { return nil }
                var literals = 0
                for (expected, actual) in zip(pattern.components, segments) {
                    if expected.hasPrefix("{") || expected.hasPrefix(":") { continue }
                    guard expected == actual else { return nil }
                    literals += 1
                }
                return (literals, pattern.methods)
            }.max { $0.literals < $1.literals }?.methods ?? []
        }
    }
}
