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

    public func send(_ payload: DeliveryPayload, to address: String) async -> Result<Void, DeliveryError> {
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
        do {
            let (_, response) = try await session.data(for: request)
            if let status = (response as? HTTPURLResponse)?.statusCode, !(200..<300).contains(status) { return .failure(.failed("HTTP \(status)")) }
            return .success(())
        } catch {
            return .failure(.failed(error.localizedDescription))
        }
    }
}
