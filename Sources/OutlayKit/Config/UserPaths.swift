import Foundation

/// Where Outlay's files live, following the XDG base directories.
public enum UserPaths {
    /// The database: `--db`, then `OUTLAY_DB`, then `$XDG_DATA_HOME/outlay/outlay.sqlite`
    /// (i.e. `~/.local/share/outlay/outlay.sqlite`).
    public static func database(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return expandTilde(explicit, environment) }
        if let fromEnvironment = environment["OUTLAY_DB"], !fromEnvironment.isEmpty {
            return expandTilde(fromEnvironment, environment)
        }
        return base("XDG_DATA_HOME", default: "/.local/share", environment) + "/outlay/outlay.sqlite"
    }

    /// The config file: `--config`, then `$XDG_CONFIG_HOME/outlay/config.toml` (i.e. `~/.config/outlay/config.toml`).
    public static func config(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return expandTilde(explicit, environment) }
        return base("XDG_CONFIG_HOME", default: "/.config", environment) + "/outlay/config.toml"
    }

    /// The sync server and its token: `$XDG_CONFIG_HOME/outlay/credentials` (mode 0600).
    public static func credentials(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        base("XDG_CONFIG_HOME", default: "/.config", environment) + "/outlay/credentials"
    }

    /// Where the dashboard keeps an unsaved entry between runs: `$XDG_STATE_HOME/outlay/draft.json`.
    public static func draft(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        base("XDG_STATE_HOME", default: "/.local/state", environment) + "/outlay/draft.json"
    }

    /// What the dashboard remembers between runs (its theme, the welcome seen): `$XDG_STATE_HOME/outlay/dashboard.json`.
    public static func dashboardState(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        base("XDG_STATE_HOME", default: "/.local/state", environment) + "/outlay/dashboard.json"
    }

    private static func base(_ variable: String, default suffix: String, _ environment: [String: String]) -> String {
        environment[variable].flatMap { $0.isEmpty ? nil : $0 } ?? (home(environment) + suffix)
    }

    private static func home(_ environment: [String: String]) -> String {
        environment["HOME"] ?? NSHomeDirectory()
    }

    private static func expandTilde(_ path: String, _ environment: [String: String]) -> String {
        path.hasPrefix("~/") ? home(environment) + path.dropFirst() : path
    }
}
