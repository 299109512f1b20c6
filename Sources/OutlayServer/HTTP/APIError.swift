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

    /// What a domain error means over HTTP.
    static func from(_ error: OutlayError) -> APIError {
        switch error {
        case .unknownTransaction, .ambiguousTransaction: APIError(.notFound, "no expense with that id")
        case .unknownBudget: APIError(.notFound, "no budget with that id")
        case .unknownNotification: APIError(.notFound, "no notification with that id")
        case .budgetExists, .categoryExists, .accountExists, .accountInUse: APIError(.conflict, error.description)
        case let .reconciled(description): APIError(.conflict, "'\(description)' is reconciled with a bank statement; it cannot be changed here")
        case .unknownTransfer: APIError(.notFound, "no transfer with that id")
        case .unknownSchedule: APIError(.notFound, "no recurring item with that id")
        case .invalidAccount, .unknownAccount, .accountNeeded: APIError(.badRequest, "'account': \(error.description)", field: "account")
        case .databaseLocked: APIError(.serviceUnavailable, "the ledger is busy; try again")
        case .diskFull: .diskFull
        // The server's own paths never reach a client.
        case let .databaseUnavailable(_, reason): APIError(.internalServerError, "the ledger cannot be opened: \(reason)")
        case .storedValueInvalid: APIError(.internalServerError, "the ledger holds a value the server cannot use; its administrator can run outlay doctor on it")
        // What the ledger already holds decides it, not the amount alone: a conflict with its state.
        case .ledgerTotalTooLarge: APIError(.conflict, "'amount': \(error.description)", field: "amount")
        case .conflict: APIError(.conflict, error.description)
        case .textTooLong(let field, _), .nulInText(let field): APIError(.badRequest, "'\(field)': \(error.description)", field: field)
        case .tooManyTags: APIError(.badRequest, "'tags': \(error.description)", field: "tags")
        case .outOfRange(let name, _, _): APIError(.badRequest, "'\(name)': \(error.description)", field: name)
        case .invalidAmount: APIError(.badRequest, "'amount': \(error.description)", field: "amount")
        case .invalidDate: APIError(.badRequest, "'date': \(error.description)", field: "date")
        case .unknownCategory, .invalidCategoryName: APIError(.badRequest, "'category': \(error.description)", field: "category")
        case .invalidTag: APIError(.badRequest, "'tags': \(error.description)", field: "tags")
        case .invalidThreshold: APIError(.badRequest, "'alertThreshold': \(error.description)", field: "alertThreshold")
        case .invalidPeriod: APIError(.badRequest, "'period': \(error.description)", field: "period")
        case .invalidCurrency: APIError(.badRequest, "'currency': \(error.description)", field: "currency")
        case .emptyDescription: APIError(.badRequest, "'description': \(error.description)", field: "description")
        case .invalidCursor: APIError(.badRequest, "'cursor': \(error.description)", field: "cursor")
        case .invalidLimit: APIError(.badRequest, "'limit': \(error.description)", field: "limit")
        case .invalidMonth: APIError(.badRequest, "'month': \(error.description)", field: "month")
        case .invalidKind: APIError(.badRequest, "'type': \(error.description)", field: "type")
        default: APIError(.badRequest, error.description)
        }
    }

    var body: JSONValue {
        var object: JSONObject = ["error": .string(message)]
        if let field { object["field"] = .string(field) }
        return .object(object)
    }
}
