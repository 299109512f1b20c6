import Foundation
import OutlayAPI
import OutlayBasics
import OutlayKit
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension HTTPSyncClient {
    /// Makes an account on `server` (the email is its username too) in the local book's currency, so the
    /// two can sync, and returns the credentials to save. The server decides whether it takes one:
    /// open, closed, or by invitation (`inviteCode`); its reason is said when it does not.
    public static func register(server: String, email: String, password: String, currency: Currency,
                                inviteCode: String?) async throws -> SyncCredentials {
        let base = server.hasSuffix("/") ? String(server.dropLast()) : server
        let request = RegisterRequest(username: email, email: email, password: password, currency: currency.code, inviteCode: inviteCode)
        let (status, json) = try await send("POST", base + APIPath.register, server: base, token: nil, body: request.json)
        guard status == 201 else {
            guard let message = json["error"]?.stringValue else {
                throw SyncError.incompatibleServer(server: base, reason: "registering answered HTTP \(status) without a reason")
            }
            let hint = status == 409 && json["field"]?.stringValue == "email" ? "; sign in with `outlay sync login \(base) --email \(email)`" : ""
            throw SyncError.registrationRefused(server: base, status: status, message: message + hint)
        }
        guard let token = json["token"]?.stringValue else {
            throw SyncError.incompatibleServer(server: base, reason: "registering answered without a token")
        }
        return SyncCredentials(server: base, email: email, token: token)
    }
}
