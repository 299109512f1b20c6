import OutlayAPI
import OutlayKit
import OutlayBasics

/// The basic routes over HTTP, read leniently: ids and amounts as text or
/// numbers, dates as days or timestamps, a missing type as an expense.
extension HTTPSyncClient: BasicGateway {
    public func expenses(after cursor: String?) async throws -> (expenses: [TransactionDraft], next: String?) {
        var query = "?limit=1000&order=oldest"
        if let cursor { query += "&cursor=" + (cursor.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? cursor) }
        let (status, json) = try await Self.send("GET", server + APIPath.expenses + query, server: server, token: token, body: nil)
        try check(status, json)
        guard let list = json.arrayValue ?? json["expenses"]?.arrayValue else {
            throw SyncError.incompatibleServer(server: server, reason: "GET \(APIPath.expenses) answered without a list of expenses")
        }
        return (try list.map(remoteExpense), json["nextCursor"]?.stringValue)
    }

    /// A refund goes to a basic gateway as money in (its only way to say money came back): its balance stays right.
    public func create(_ transaction: Transaction) async throws -> String {
        var body: JSONObject = [
            "id": .string(transaction.id), "amount": .string(transaction.amount.decimalString),
            "description": .string(transaction.description), "category": .string(transaction.category),
            "type": .string(transaction.isMoneyIn ? "INCOME" : "EXPENSE"), "date": .string(transaction.date.description),
            "tags": .array(transaction.tags.map(JSONValue.string)),
        ]
        if let note = transaction.note { body["note"] = .string(note) }
        let (status, json) = try await Self.send("POST", server + APIPath.expenses, server: server, token: token, body: .object(body))
        if status == 409 { return transaction.id }  // sent before, its answer lost: the gateway kept our id
        if status != 201 { try check(status, json) }
        guard let id = text(json["id"] ?? json["expense"]?["id"] ?? json["_id"]) else {
            throw SyncError.incompatibleServer(server: server, reason: "POST \(APIPath.expenses) answered without the new expense's id")
        }
        return id
    }

    private func remoteExpense(_ json: JSONValue) throws -> TransactionDraft {
        func field(_ name: String) throws -> String {
            guard let value = text(json[name]) else {
                throw SyncError.incompatibleServer(server: server, reason: "an expense from GET \(APIPath.expenses) has no '\(name)': \(json)")
            }
            return value
        }
        let id = try text(json["id"] ?? json["_id"]) ?? field("id")
        do {
            if let code = json["currency"]?.stringValue, code != currency.code {
                throw SyncError.currencyMismatch(server: server, remote: code, local: currency.code)
            }
            return TransactionDraft(
                kind: try TransactionKind(parsing: json["type"]?.stringValue ?? "expense"),
                amount: try Money.parse(try field("amount"), currency: currency), category: json["category"]?.stringValue,
                description: try field("description"), date: try LocalDate(parsing: ExpenseInput.calendarDay(try field("date"))),
                note: json["note"]?.stringValue, id: id)
        } catch let error as OutlayError {
            throw SyncError.incompatibleServer(server: server, reason: "expense \(id) from GET \(APIPath.expenses): \(error)")
        }
    }

    /// A string, or a number's literal text.
    private func text(_ value: JSONValue?) -> String? {
        value?.stringValue ?? number(value)
    }
}
