import Hummingbird
import OutlayAPI
import OutlayBasics
import OutlayKit

/// `/api/categories`: the categories for a client's picker, and the one the history suggests for a description
/// (the rule `outlay add` and the dashboard's form use: what the merchant's earlier entries were filed under).
struct CategoryRoutes {
    static let kind = QueryParameter("type", .choice(["INCOME", "EXPENSE", "income", "expense"]))
    let services: ServerServices

    func register(_ routes: DeclaredRouter) {
        routes.add(.get, APIPath.categories, .init("The categories, the most used first", parameters: [Self.kind],
                                                   answers: [200: .json("CategoryList")])) { request, context in
            let kind = try Self.kind(QueryParameters(request: request))
            let body = try await services.withLedger(context) { database -> JSONValue in
                let usage = try CategoryService(database: database).list(kind: kind)
                    .sorted { ($0.transactionCount, $1.category.name) > ($1.transactionCount, $0.category.name) }
                return ["categories": .array(usage.map { row in
                    ["name": .string(row.category.name), "type": .string(row.category.kind.rawValue.uppercased()),
                     "count": .integer(row.transactionCount)]
                })]
            }
            return JSONResponse.make(.ok, body)
        }
        routes.add(.get, APIPath.categorySuggestion,
                   .init("The category the history suggests for a description (null when it has none)",
                         parameters: [QueryParameter("description", .text), Self.kind], answers: [200: .json("CategorySuggestion")])) {
            request, context in
            let query = QueryParameters(request: request)
            let description = query.string("description") ?? ""
            guard description.count <= FieldLimits.descriptionLength else {
                throw APIError(.badRequest, "'description': at most \(FieldLimits.descriptionLength) characters", field: "description")
            }
            let kind = try Self.kind(query) ?? .expense
            let guess = try await services.withLedger(context) { database in
                try TransactionService(database: database).guessCategory(for: description, kind: kind)
            }
            let suggestion: JSONValue = guess.map { ["category": .string($0.category), "count": .integer($0.count), "example": .string($0.example)] } ?? .null
            return JSONResponse.make(.ok, ["suggestion": suggestion])
        }
    }

    private static func kind(_ query: QueryParameters) throws -> TransactionKind? {
        try query.choice("type").map { text in
            guard let kind = TransactionKind(rawValue: text.lowercased()) else {
                throw APIError(.badRequest, "'type': expected INCOME or EXPENSE, got '\(text)'", field: "type")
            }
            return kind
        }
    }
}
