import Foundation

/// Shows a notification with `notify-send` when it is on the PATH.
public struct DesktopNotifier: Sendable {
    /// Where to look for the command; the process's PATH by default.
    public var searchPath: String

    public init(searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") {
        self.searchPath = searchPath
    }

    public var command: String? {
        searchPath.split(separator: ":").map { "\($0)/notify-send" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public func send(_ payload: DeliveryPayload) -> Result<Void, DeliveryError> {
        guard let command else { return .failure(.skipped("notify-send is not installed")) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        let urgency = payload.priority == "high" ? "critical" : payload.priority == "low" ? "low" : "normal"
        process.arguments = ["--app-name=Outlay", "--urgency=\(urgency)", payload.title, payload.message]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(.failed("notify-send: \(error.localizedDescription)")) }
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        if process.isRunning {
            process.terminate()
            return .failure(.failed("notify-send did not finish within 5 s"))
        }
        return process.terminationStatus == 0 ? .success(()) : .failure(.failed("notify-send exited with \(process.terminationStatus)"))
    }
}
