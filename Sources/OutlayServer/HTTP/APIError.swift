import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// A failure the client can act on: a status and the sentence for `{error}`.
///
/// Domain errors map onto statuses here, in one place, so that every route
/// answers the same mistake the same way.
struct APIError: Error, Sendable {
    let status: HTTPResponse.Status
    let message: String
    var field: String?
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
    }

    static let unauthorized = APIError(.unauthorized, "a valid bearer token is required (Authorization: Bearer TOKEN from /api/auth/login)")
    static let forbidden = APIError(.forbidden, "only the admin may see this")
    /// 507 Insufficient Storage: the write was rolled back whole, and the client may send it again later.
    static let diskFull = APIError(.init(code: 507, reasonPhrase: "Insufficient Storage"),
                                   "the server's disk is full: nothing was written; try again later (its administrator must free space)")

    static func notFound(_ what: String, _ id: String) -> APIError {
        APIError(.notFound, "no \(what) with id '\(id)'")
    }

    static func badRequest(_ error: WireError) -> APIError {
        APIError(.badRequest, error.description, field: error.field)
    }

    /// Runs a domain parse of one field; its error becomes a 400 that names the field.
    static func naming<T>(_ field: String, _ parse: () throws -> T) throws -> T {
        do {
            return try parse()
        } catch let error as OutlayError {
            throw APIError(.badRequest, "'\(field)': \(error.description)", field: field)
        }
    }

    /// What a domain error means over HTTP: its kind's status, and the field it names. Errors of the server's
    /// own ledger name its paths, so those answer with a sentence of their own.
    static func from(_ error: OutlayError) -> APIError {
        switch error.kind {
        case .badInput: APIError(.badRequest, sentence(for: error), field: error.field)
        case .notFound: APIError(.notFound, sentence(for: error), field: error.field)
        case .conflict: APIError(.conflict, sentence(for: error), field: error.field)
        case .busy: APIError(.serviceUnavailable, "the ledger is busy; try again")
        case .storageFull: .diskFull
        case .ledgerFault: APIError(.internalServerError,
                                    "the ledger cannot be used as it is; its administrator can run outlay doctor on it")
        }
    }

    /// The domain's sentence, after the field it is about.
    private static func sentence(for error: OutlayError) -> String {
        error.field.map { "'\($0)': \(error.description)" } ?? error.description
    }

    var body: JSONValue {
        var object: JSONObject = ["error": .string(message)]
        if let field { object["field"] = .string(field) }
        return .object(object)
    }
}
