import Foundation

/// Reads the server's settings (`ServerSettings`) from flags and `OUTLAY_SERVER_*` variables, as `OutlayConfig` reads a client's,
/// refusing bad values with the name of the flag or variable at fault.
public struct ServerConfig {
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    public private(set) var settings: ServerSettings

    public init(environment: [String: String], host: String?, port: Int?, data: String?, admin: String?,
                bcryptCost: UInt8?, corsOrigins: [String] = []) throws {
        func number<T: FixedWidthInteger>(_ name: String, _ flag: T?, in range: ClosedRange<T>, default value: T) throws -> T {
            if let flag {
                guard range.contains(flag) else { throw Invalid(description: "--\(name) \(flag) is outside \(range.lowerBound)–\(range.upperBound)") }
                return flag
            }
            let variable = "OUTLAY_SERVER_" + name.uppercased().replacingOccurrences(of: "-", with: "_")
            guard let text = environment[variable] else { return value }
            guard let parsed = T(text), range.contains(parsed) else {
                throw Invalid(description: "\(variable)=\(text) is not a number from \(range.lowerBound) to \(range.upperBound)")
            }
            return parsed
        }
        let folder = data ?? environment["OUTLAY_SERVER_DATA"] ?? Self.defaultDataFolder(environment)
        settings = ServerSettings(
            host: host ?? environment["OUTLAY_SERVER_HOST"] ?? "127.0.0.1",
            port: try number("port", port, in: 0...65535, default: 3000),
            dataDirectory: URL(fileURLWithPath: (folder as NSString).expandingTildeInPath, isDirectory: true),
            adminEmail: admin ?? environment["OUTLAY_SERVER_ADMIN"],
            bcryptCost: try number("bcrypt-cost", bcryptCost, in: 4...31, default: 12))
        do {
            settings.cors = try CORSPolicy(origins: corsOrigins.isEmpty
                ? (environment["OUTLAY_SERVER_CORS_ORIGINS"] ?? "").split(separator: ",").map(String.init) : corsOrigins)
        } catch let invalid as CORSPolicy.Invalid {
            let source = corsOrigins.isEmpty ? "OUTLAY_SERVER_CORS_ORIGINS" : "--cors-origin"
            throw Invalid(description: "\(source): \(invalid.description)")
        }
    }

    public static func defaultDataFolder(_ environment: [String: String]) -> String {
        let base = environment["XDG_DATA_HOME"] ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return base + "/outlay-server"
    }
}
