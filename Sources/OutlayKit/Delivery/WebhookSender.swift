import Foundation
import OutlayBasics
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// POSTs a notification as JSON, e.g. to a self-hosted ntfy or Gotify.
///
/// The body: `{"title", "message", "type", "priority", "id", "createdAt", "metadata"}`.
public struct WebhookSender: Sendable {
    public var timeout: TimeInterval

    public init(timeout: TimeInterval = 5) { self.timeout = timeout }

    public func send(_ payload: DeliveryPayload, to address: String) -> Result<Void, DeliveryError> {
        guard let url = URL(string: address), let scheme = url.scheme, ["http", "https"].contains(scheme) else {
            return .failure(.skipped("webhook_url '\(address)' is not an http(s) URL"))
        }
        let metadata = (try? JSONParser.parse(Array(payload.metadata.utf8)))?.objectValue ?? [:]
        let body: JSONValue = [
            "createdAt": .string(payload.createdAt.description), "id": .string(payload.id), "message": .string(payload.message),
            "metadata": .object(metadata), "priority": .string(payload.priority), "title": .string(payload.title), "type": .string(payload.type),
        ]
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.bytes)

        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { _, response, error in
            if let error {
                outcome.set(.failure(.failed(error.localizedDescription)))
            } else if let status = (response as? HTTPURLResponse)?.statusCode, !(200..<300).contains(status) {
                outcome.set(.failure(.failed("HTTP \(status)")))
            } else {
                outcome.set(.success(()))
            }
            done.signal()
        }.resume()
        // The session's own timeout ends the task; the extra second is a safety net.
        guard done.wait(timeout: .now() + timeout + 1) == .success else { return .failure(.failed("timed out after \(Int(timeout)) s")) }
        return outcome.value ?? .failure(.failed("no response"))
    }

    /// Carries the completion handler's result back to the waiting thread.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Result<Void, DeliveryError>?

        func set(_ value: Result<Void, DeliveryError>) { lock.withLock { stored = value } }
        var value: Result<Void, DeliveryError>? { lock.withLock { stored } }
    }
}
