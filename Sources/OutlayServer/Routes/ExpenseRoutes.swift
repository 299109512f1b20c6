import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `/api/expenses`: list with filters and keyset pages, create, and by id read, change, delete.
struct ExpenseRoutes {
    static let defaultLimit = 50
    static let limit = QueryParameter("limit", .integer(1...1000))
    static let listParameters = [
        QueryParameter("startDate", .date), QueryParameter("endDate", .date),
        QueryParameter("type", .choice(["INCOME", "EXPENSE", "TRANSFER", "income", "expense", "transfer"])),
        QueryParameter("category", .text), QueryParameter("tag", .text), QueryParameter("q", .text),
        QueryParameter("minAmount", .amount), QueryParameter("maxAmount", .amount), limit, QueryParameter("cursor", .cursor),
        QueryParameter("order", .choice(["newest", "oldest"])),
    ]

    let services: ServerServices

    func register(_ routes: DeclaredRouter) {
        registerListAndCreate(routes)
        routes.add(.get, APIPath.expensesByCategory, .init("This month's spending per category", answers: [200: .json("CategorySummary")])) {
            _, context in try await self.byCategory(context)
        }
        let one = APIPath.expenses + "/{id}"
        routes.add(.get, one, .init("One expense", answers: [200: .json("Expense")])) { _, context in try await self.read(context) }
        routes.add(.put, one, .init("Change an expense", body: "ExpenseUpdate", answers: [200: .json("Expense")], otherFailures: [409])) {
            request, context in try await self.change(request, context)
        }
        routes.add(.delete, one, .init("Delete an expense", answers: [204: .noContent])) { _, context in try await self.remove(context) }
    }

    /// The two routes every gateway has, even the most basic.
    func registerListAndCreate(_ routes: DeclaredRouter) {
        routes.add(.get, APIPath.expenses, .init("List expenses: filters, keyset pages and the filter's summary",
                                                 parameters: Self.listParameters, answers: [200: .json("ExpenseList")])) {
            request, context in try await self.list(request, context)
        }
        routes.add(.post, APIPath.expenses, .init("Add an expense or income (409 when the ledger's total would pass the largest amount, or the id is taken)",
                                                  body: "ExpenseCreate", answers: [201: .json("Expense")], otherFailures: [409])) {
            request, context in try await self.create(request, context)
        }
    }

    private func list(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        let query = QueryParameters(request: request)
        if try query.choice("type")?.lowercased() == "transfer" { return try await transfers(query, context) }
        let body = try await services.withLedger(context) { database in
            let service = TransactionService(database: database)
            let currency = database.currency
            var filter = TransactionFilter(from: try query.date("startDate"), to: try query.date("endDate"),
                                           category: ClientCategory.filter(query.string("category")), tag: query.string("tag"),
                                           search: query.string("q"))
            filter.kind = try Self.kind(query.choice("type"))
            filter.minimumAmount = try query.amount("minAmount", currency: currency)?.minorUnits
            filter.maximumAmount = try query.amount("maxAmount", currency: currency)?.minorUnits
            var page = TransactionPageRequest(filter: filter, limit: try query.integer(Self.limit) ?? Self.defaultLimit)
            if let order = try query.choice("order") {
                guard let parsed = ["newest": TransactionOrder.newestFirst, "oldest": .oldestFirst][order] else {
                    throw APIError(.badRequest, "'order': expected newest or oldest, got '\(order)'", field: "order")
                }
                page.order = parsed
            }
            if let cursor = try query.choice("cursor") {
                page.after = try APIError.naming("cursor") { try TransactionCursor(parsing: cursor) }
            }
            let result = try service.listWithSummary(page)
            return ExpenseListResponse(expenses: result.page.transactions.map(ExpenseWire.init), summary: SummaryWire(result.summary),
                                       nextCursor: result.page.nextCursor?.description).bytes
        }
        return JSONResponse.bytes(.ok, body, headers: [:])
    }

    private func create(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        var request = request
        let input = try ExpenseInput(json: try await request.json(limit: services.settings.maximumBodyBytes), creating: true)
        let clock = services.clock
        let creatingCategory = !services.settings.strictCategories
        let created = try await services.withLedger(context, .write) { database in
            var draft = TransactionDraft(kind: try Self.kind(input.type) ?? .expense, amount: try Self.amount(input.amount, database.currency),
                                         category: input.category, description: input.description ?? "",
                                         date: try Self.date(input.date) ?? clock.today(), note: input.note ?? nil,
                                         tags: input.tags ?? [], account: input.account ?? nil)
            draft.splits = try Self.parts(input.splits, database.currency) ?? []
            draft.isRefund = input.refund ?? false
            if let id = input.id {
                guard let canonical = RecordID.canonical(id) else {
                    throw APIError(.badRequest, "'id': expected a UUID, got '\(id)'", field: "id")
                }
                draft.id = canonical
            }
            let service = TransactionService(database: database)
            if let id = draft.id, (try? service.get(id: id, includeDeleted: true)) != nil {
                throw APIError(.conflict, "an expense with id '\(id)' already exists", field: "id")
            }
            return ExpenseWire(try service.add(draft, creatingCategory: creatingCategory, creatingAccount: true))
        }
        return JSONResponse.make(.created, created.json)
    }

    /// This month's spending per category, largest first, money as numbers; each row keyed `_id`
    /// by its category as a MongoDB `$group` answers.
    private func byCategory(_ context: OutlayRequestContext) async throws -> Response {
        let report = try await services.withLedger(context) { database in
            try AnalyticsService(database: database).categoryAnalysis(.month, containing: database.clock.today())
        }
        guard case var .object(object) = report.json(.number) else { return JSONResponse.make(.ok, report.json(.number)) }
        object["period"] = .string(YearMonth(report.start).description)
        object["categories"] = .array(report.categories.map { total in
            guard case var .object(row) = total.json(.number) else { return total.json(.number) }
            row["_id"] = .string(total.category)
            return .object(row)
        })
        return JSONResponse.make(.ok, .object(object))
    }

    private func read(_ context: OutlayRequestContext) async throws -> Response {
        let id = try context.pathID(of: "expense")
        let expense = try await services.withLedger(context) { database in
            ExpenseWire(try TransactionService(database: database).get(id: id))
        }
        return JSONResponse.make(.ok, expense.json)
    }

    private func change(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        let id = try context.pathID(of: "expense")
        var request = request
        let input = try ExpenseInput(json: try await request.json(limit: services.settings.maximumBodyBytes), creating: false)
        let creatingCategory = !services.settings.strictCategories
        let changed = try await services.withLedger(context, .write) { database in
            let patch = TransactionPatch(kind: try Self.kind(input.type), amount: try input.amount.map { try Self.amount($0, database.currency) },
                                         category: input.category, description: input.description, date: try Self.date(input.date),
                                         note: input.note, tags: input.tags, account: input.account, isRefund: input.refund,
                                         splits: try Self.parts(input.splits, database.currency))
            return ExpenseWire(try TransactionService(database: database).edit(id: id, patch, creatingCategory: creatingCategory, creatingAccount: true))
        }
        return JSONResponse.make(.ok, changed.json)
    }

    private func remove(_ context: OutlayRequestContext) async throws -> Response {
        let id = try context.pathID(of: "expense")
        try await services.withLedger(context, .write) { database in
            _ = try TransactionService(database: database).delete(id: id)
        }
        return JSONResponse.noContent()
    }

    /// `?type=TRANSFER`: the transfers between the user's accounts, shaped as expenses are, newest first. They are
    /// never income or spending, so the summary that comes with them is all zeros.
    private func transfers(_ query: QueryParameters, _ context: OutlayRequestContext) async throws -> Response {
        let from = try query.date("startDate"), to = try query.date("endDate")
        let limit = try query.integer(Self.limit) ?? Self.defaultLimit
        let body = try await services.withLedger(context) { database in
            let transfers = try TransferService(database: database).list(from: from, to: to).prefix(limit)
            let zero = JSONValue.number("0")
            return JSONValue.object([
                "expenses": .array(transfers.map { transfer in
                    .object(["id": .string(transfer.id), "_id": .string(transfer.id), "type": .string("TRANSFER"), "category": .string("transfer"),
                             "amount": transfer.amount.json(.number), "currency": .string(transfer.amount.currency.code),
                             "description": .string(transfer.description), "date": .string(transfer.date.description), "note": .optional(transfer.note),
                             "tags": .array([]), "account": .string(transfer.from), "fromAccount": .string(transfer.from),
                             "toAccount": .string(transfer.to), "createdAt": .string(transfer.createdAt.description),
                             "updatedAt": .string(transfer.updatedAt.description)])
                }),
                "summary": .object(["totalIncome": zero, "totalExpenses": zero, "balance": zero, "count": .integer(0)]),
                "nextCursor": .null,
            ])
        }
        return JSONResponse.make(.ok, body)
    }

    // MARK: - Fields

    private static func kind(_ type: String?) throws -> TransactionKind? {
        guard let type else { return nil }
        guard let kind = TransactionKind(rawValue: type.lowercased()) else {
            throw APIError(.badRequest, "'type': expected INCOME or EXPENSE, got '\(type)'", field: "type")
        }
        return kind
    }

    private static func amount(_ text: String?, _ currency: Currency) throws -> Money {
        try BodyFields.positiveAmount(text, currency, hint: "must be greater than zero (use type INCOME for money coming in)")
    }

    /// A split's parts as the body gives them; the service checks their categories and sum.
    private static func parts(_ splits: [SplitWire]?, _ currency: Currency) throws -> [SplitPart]? {
        try splits?.enumerated().map { index, part in
            SplitPart(category: part.category, amount: try APIError.naming("splits[\(index)].amount") { try Money.parse(part.amount, currency: currency) },
                      note: part.note)
        }
    }

    private static func date(_ text: String?) throws -> LocalDate? {
        guard let text else { return nil }
        return try APIError.naming("date") { try LocalDate(parsing: text) }
    }
}
