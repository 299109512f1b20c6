import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `/api/accounts`: the user's accounts with their balances and net worth; add, change (by id), remove when empty.
/// Money goes out as JSON numbers written from minor units, as on the original routes.
struct AccountRoutes {
    let services: ServerServices

    func register(_ routes: DeclaredRouter) {
        routes.add(.get, APIPath.accounts, .init("The accounts with their balances, cleared balances and net worth",
                                                 answers: [200: .json("AccountList")])) { _, context in try await self.list(context) }
        routes.add(.post, APIPath.accounts, .init("Add an account (409 when the name is taken)", body: "AccountCreate",
                                                  answers: [201: .json("Account")], otherFailures: [409])) {
            request, context in try await self.create(request, context)
        }
        let one = APIPath.accounts + "/{id}"
        routes.add(.put, one, .init("Change an account: a new name takes its transactions and transfers along", body: "AccountUpdate",
                                    answers: [200: .json("Account")], otherFailures: [409])) { request, context in try await self.change(request, context) }
        routes.add(.delete, one, .init("Remove an account nothing was recorded in (409 otherwise)", answers: [204: .noContent],
                                       otherFailures: [409])) { _, context in try await self.remove(context) }
    }

    private func list(_ context: OutlayRequestContext) async throws -> Response {
        let body = try await services.withLedger(context) { database in
            let balances = try AccountService(database: database).balances()
            return JSONValue.object(["accounts": .array(balances.map { Self.json($0.account, $0) }),
                                     "netWorth": NetWorth(balances, currency: database.currency).netWorth.json(.number),
                                     "currency": .string(database.currency.code)])
        }
        return JSONResponse.make(.ok, body)
    }

    private func create(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        var request = request
        let fields = try WireFields(try await request.json(limit: services.settings.maximumBodyBytes))
        let name = try fields.string("name", maximumLength: FieldLimits.accountNameLength)
        let type = try Self.type(try fields.optionalString("type", maximumLength: 20) ?? "checking")
        let opening = try fields.decimalText("openingBalance"), opened = try fields.optionalString("openedOn", maximumLength: 40)
        let note = try fields.optionalString("note", maximumLength: FieldLimits.noteLength)
        let account = try await services.withLedger(context, .write) { database in
            let service = AccountService(database: database)
            let made = try service.add(name: name, type: type, opening: try Self.amount(opening, database.currency),
                                       openedOn: try Self.day(opened), note: note)
            return Self.json(made, try service.balances().first { $0.account.id == made.id })
        }
        return JSONResponse.make(.created, account)
    }

    private func change(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        let id = try context.pathID(of: "account")
        var request = request
        let fields = try WireFields(try await request.json(limit: services.settings.maximumBodyBytes))
        var patch = AccountService.Patch(name: try fields.optionalString("name", maximumLength: FieldLimits.accountNameLength),
                                         type: try fields.optionalString("type", maximumLength: 20).map(Self.type),
                                         closed: try fields.bool("closed"))
        let opening = try fields.decimalText("openingBalance")
        if fields.object["openedOn"] != nil { patch.openedOn = .some(try Self.day(try fields.optionalString("openedOn", maximumLength: 40))) }
        if fields.object["note"] != nil { patch.note = .some(try fields.optionalString("note", maximumLength: FieldLimits.noteLength)) }
        let fixed = patch
        let account = try await services.withLedger(context, .write) { database in
            let service = AccountService(database: database)
            var patch = fixed
            patch.opening = try Self.amount(opening, database.currency)
            let name = try Self.named(id, in: service)
            let changed = try service.edit(name, patch)
            return Self.json(changed, try service.balances().first { $0.account.id == changed.id })
        }
        return JSONResponse.make(.ok, account)
    }

    private func remove(_ context: OutlayRequestContext) async throws -> Response {
        let id = try context.pathID(of: "account")
        try await services.withLedger(context, .write) { database in
            let service = AccountService(database: database)
            try service.remove(try Self.named(id, in: service))
        }
        return JSONResponse.noContent()
    }

    // MARK: - Fields

    private static func named(_ id: String, in service: AccountService) throws -> String {
        guard let account = try service.list().first(where: { Self.gatewayID($0) == id }) else { throw APIError.notFound("account", id) }
        return account.name
    }

    private static func type(_ text: String) throws -> AccountType {
        try APIError.naming("type") { try AccountType(parsing: text) }
    }

    private static func amount(_ text: String?, _ currency: Currency) throws -> Money? {
        try text.map { text in try APIError.naming("openingBalance") { try Money.parse(text, currency: currency) } }
    }

    private static func day(_ text: String?) throws -> LocalDate? {
        try text.map { text in try APIError.naming("openedOn") { try LocalDate(parsing: ExpenseInput.calendarDay(text)) } }
    }

    /// The account as the original routes write records: money as numbers, `_id` beside `id`.
    static func json(_ account: Account, _ balance: AccountBalance?) -> JSONValue {
        let zero = AccountBalance(account: account, balance: Money(minorUnits: 0, currency: account.currency),
                                  cleared: Money(minorUnits: 0, currency: account.currency), count: 0)
        guard case let .object(object) = account.json(.number, balance: balance ?? zero) else { return .null }
        let id = JSONValue.string(gatewayID(account))
        return .object(JSONObject([(key: "_id", value: id), (key: "id", value: id)] + object.members.filter { $0.key != "id" }))
    }

    /// An account's id on the gateway, made from its name as every copy of the ledger spells it: replicas
    /// (devices, and the nodes sharing one PostgreSQL) know an account by its name, each with a handle of
    /// its own, and a client must be able to use an id it got from any node. A new name is a new id.
    static func gatewayID(_ account: Account) -> String {
        RecordID.derived(from: "account/\(account.name.lowercased())", on: LocalDate(daysSinceEpoch: 0))
    }
}
