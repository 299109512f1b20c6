import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `/api/recurring`: the user's schedules (with each one's next date and what is coming in the next 30 days);
/// make, change and stop them. `/api/forecast`: each account's projected balance. Money as JSON numbers.
struct RecurringRoutes {
    let services: ServerServices

    static let days = QueryParameter("days", .integer(1...ForecastService.longestHorizon))

    func register(_ routes: DeclaredRouter) {
        routes.add(.get, APIPath.recurring, .init("The recurring items, each with its next date, and what comes in the next 30 days",
                                                  answers: [200: .json("RecurringList")])) { _, context in try await self.list(context) }
        routes.add(.post, APIPath.recurring, .init("Make a recurring item; occurrences already due are posted now (400 when it would post more than 1000)",
                                                   body: "RecurringCreate", answers: [201: .json("Recurring")], otherFailures: [409])) {
            request, context in try await self.create(request, context)
        }
        let one = APIPath.recurring + "/{id}"
        routes.add(.put, one, .init("Change a recurring item from its next occurrence after today on", body: "RecurringUpdate",
                                    answers: [200: .json("Recurring")], otherFailures: [409])) { request, context in try await self.change(request, context) }
        routes.add(.delete, one, .init("Stop a recurring item; what it posted stays", answers: [204: .noContent])) {
            _, context in try await self.remove(context)
        }
        routes.add(.get, APIPath.forecast, .init("Each open account's projected balance per day, its lowest point and any crossing below the floor",
                                                 parameters: [Self.days, QueryParameter("account", .text), QueryParameter("withBudgets", .flag)],
                                                 answers: [200: .json("Forecast")], otherFailures: [404])) {
            request, context in try await self.forecast(request, context)
        }
    }

    private func list(_ context: OutlayRequestContext) async throws -> Response {
        let body = try await services.withLedger(context) { database in
            let service = ScheduleService(database: database)
            let schedules = try service.listWithNext()
            let problems = try service.problems()
            let upcoming = try ForecastService(database: database).upcoming(days: 30)
            return JSONValue.object(["recurring": .array(schedules.map { Self.json($0.schedule, next: $0.next, problem: problems[$0.schedule.id]) }),
                                     "upcoming": .array(upcoming.map { $0.json(.number) })])
        }
        return JSONResponse.make(.ok, body)
    }

    private func create(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        var request = request
        let fields = try WireFields(try await request.json(limit: services.settings.maximumBodyBytes))
        let form = try Form(fields)
        guard let amount = form.amount else { throw APIError(.badRequest, "'amount' is needed", field: "amount") }
        guard let description = form.description else { throw APIError(.badRequest, "'description' is needed", field: "description") }
        guard let every = form.every ?? form.unit.map({ _ in 1 }), let unit = form.unit else {
            throw APIError(.badRequest, "'unit' is needed: day, week, month or year", field: "unit")
        }
        let schedule = try await services.withLedger(context, .write) { database in
            let today = database.clock.today()
            let recurrence = Recurrence(every: every, unit: unit, dayOfMonth: form.day ?? nil, weekday: form.weekday ?? nil,
                                        start: form.from ?? today, until: form.until ?? nil, count: form.count ?? nil)
            let kind: Schedule.Kind = form.toAccount != nil ? .transfer : form.kind ?? .expense
            let draft = ScheduleService.Draft(kind: kind, amount: try Self.money(amount, database.currency), description: description,
                                              category: form.category, account: form.account, toAccount: form.toAccount, recurrence: recurrence,
                                              confirm: form.confirm ?? false, note: form.note ?? nil)
            let made = try ScheduleService(database: database).add(draft, creatingCategory: !services.settings.strictCategories,
                                                                   creatingAccount: true).schedule
            return Self.json(made, next: made.recurrence.next(onOrAfter: today))
        }
        return JSONResponse.make(.created, schedule)
    }

    private func change(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        let id = try context.pathID(of: "recurring item")
        var request = request
        let form = try Form(try WireFields(try await request.json(limit: services.settings.maximumBodyBytes)))
        let schedule = try await services.withLedger(context, .write) { database in
            var patch = ScheduleService.Patch(description: form.description, category: form.category, account: form.account,
                                              toAccount: form.toAccount, every: form.every, unit: form.unit, dayOfMonth: form.day,
                                              weekday: form.weekday, from: form.from, until: form.until, count: form.count,
                                              confirm: form.confirm, note: form.note)
            patch.amount = try form.amount.map { try Self.money($0, database.currency) }
            let changed = try ScheduleService(database: database).edit(id: id, patch, creatingCategory: !services.settings.strictCategories,
                                                                      creatingAccount: true)
            return Self.json(changed, next: changed.recurrence.next(onOrAfter: database.clock.today()))
        }
        return JSONResponse.make(.ok, schedule)
    }

    private func remove(_ context: OutlayRequestContext) async throws -> Response {
        let id = try context.pathID(of: "recurring item")
        try await services.withLedger(context, .write) { database in _ = try ScheduleService(database: database).remove(id: id) }
        return JSONResponse.noContent()
    }

    private func forecast(_ request: Request, _ context: OutlayRequestContext) async throws -> Response {
        let query = QueryParameters(request: request)
        let days = try query.integer(Self.days) ?? 90
        let account = query.string("account")
        let withBudgets = try query.flag("withBudgets") ?? false
        let body = try await services.withLedger(context) { database in
            do {
                return try ForecastService(database: database).forecast(account: account, days: days, withBudgets: withBudgets).json(.number)
            } catch OutlayError.unknownAccount(let name, _) {
                // The account is a resource the query names: one that is not there is 404, as an unknown id is.
                throw APIError(.notFound, "no account '\(name)'", field: "account")
            }
        }
        return JSONResponse.make(.ok, body)
    }

    // MARK: - Fields

    /// The body's fields; for a change, an absent field stays as it is and a null clears an optional one.
    private struct Form: Sendable {
        var amount: String?
        var description, category, account, toAccount: String?
        var kind: Schedule.Kind?
        var every: Int?
        var unit: Recurrence.Unit?
        var day: Int??
        var weekday: WeekdayRule??
        var from: LocalDate?
        var until: LocalDate??
        var count: Int??
        var confirm: Bool?
        var note: String??

        init(_ fields: WireFields) throws {
            func present(_ key: String) -> Bool { fields.object[key] != nil }
            amount = try fields.decimalText("amount")
            description = try fields.optionalString("description", maximumLength: FieldLimits.descriptionLength)
            category = try fields.optionalString("category", maximumLength: FieldLimits.categoryNameLength)
            account = try fields.optionalString("account", maximumLength: FieldLimits.accountNameLength)
            toAccount = try fields.optionalString("toAccount", maximumLength: FieldLimits.accountNameLength)
            kind = try fields.optionalString("type", maximumLength: 20).map { text in
                guard let kind = Schedule.Kind(rawValue: text.lowercased()) else {
                    throw APIError(.badRequest, "'type': '\(text)' is not expense, income or transfer", field: "type")
                }
                return kind
            }
            every = try fields.integer("every", in: FieldLimits.scheduleInterval)
            unit = try fields.optionalString("unit", maximumLength: 20).map { text in try APIError.naming("unit") { try Recurrence.Unit(parsing: text) } }
            if present("day") { day = .some(try fields.integer("day", in: FieldLimits.dayOfMonth)) }
            if present("weekday") {
                weekday = .some(try fields.optionalString("weekday", maximumLength: 40).map { text in
                    try APIError.naming("weekday") { try WeekdayRule(parsing: text) }
                })
            }
            from = try Self.day(fields, "from")
            if present("until") { until = .some(try Self.day(fields, "until")) }
            if present("count") { count = .some(try fields.integer("count", in: FieldLimits.occurrenceCount)) }
            confirm = try fields.bool("confirm")
            if present("note") { note = .some(try fields.optionalString("note", maximumLength: FieldLimits.noteLength)) }
        }

        private static func day(_ fields: WireFields, _ key: String) throws -> LocalDate? {
            try fields.optionalString(key, maximumLength: 40).map { text in
                try APIError.naming(key) { try LocalDate(parsing: ExpenseInput.calendarDay(text)) }
            }
        }
    }

    private static func money(_ text: String, _ currency: Currency) throws -> Money {
        try APIError.naming("amount") { try Money.parse(text, currency: currency) }
    }

    /// The schedule as the gateway writes records: money as numbers, `_id` beside `id`.
    static func json(_ schedule: Schedule, next: LocalDate?, problem: String? = nil) -> JSONValue {
        guard case let .object(object) = schedule.json(.number, next: next, problem: problem) else { return .null }
        return .object(JSONObject([(key: "_id", value: .string(schedule.id))] + object.members))
    }
}
