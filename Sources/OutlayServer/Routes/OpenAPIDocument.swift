import OutlayBasics

/// `GET /openapi.json`: an OpenAPI 3.1 description of every route, made from
/// the declarations the routes are registered with (`DeclaredRouter`) and the
/// schemas of `OpenAPISchemas`; schemathesis checks live answers against it.
enum OpenAPIDocument {
    static func document(routes: [DeclaredRoute]) -> JSONValue {
        .object([
            "openapi": .string("3.1.0"),
            "info": .object(["title": .string("Outlay gateway"), "version": .string(SystemRoutes.version),
                             "description": .string("Self-hosted gateway of Outlay, compatible with the Smart Expense Tracker API. On its routes money goes out as JSON numbers written exactly from whole minor units and comes in as numbers or decimal text; sync uses decimal text.")]),
            "paths": .object(paths(routes)),
            "components": .object([
                "securitySchemes": .object(["bearer": .object(["type": .string("http"), "scheme": .string("bearer"), "bearerFormat": .string("JWT")])]),
                "schemas": .object(JSONObject(OpenAPISchemas.all)),
            ]),
        ])
    }

    /// One path item per path, in the order the routes were registered, with its operations.
    private static func paths(_ routes: [DeclaredRoute]) -> JSONObject {
        var order: [String] = []
        var items: [String: JSONObject] = [:]
        for route in routes {
            if items[route.path] == nil {
                order.append(route.path)
                items[route.path] = route.path.contains("{id}") ? ["parameters": .array([idParameter])] : [:]
            }
            items[route.path]?[route.method] = operation(route.declaration, path: route.path)
        }
        return JSONObject(order.map { (key: $0, value: JSONValue.object(items[$0] ?? [:])) })
    }

    private static let idParameter: JSONValue = .object(["name": .string("id"), "in": .string("path"), "required": .bool(true),
                                                         "schema": .object(["type": .string("string")])])

    private static func operation(_ declaration: RouteDeclaration, path: String) -> JSONValue {
        var responses = JSONObject()
        for (status, answer) in declaration.answers.sorted(by: { $0.key < $1.key }) { responses[String(status)] = response(answer) }
        for status in declaration.failures(path: path).sorted() { responses[String(status)] = response(.json("Error")) }
        var operation: JSONObject = ["summary": .string(declaration.summary), "responses": .object(responses)]
        if !declaration.parameters.isEmpty { operation["parameters"] = .array(declaration.parameters.map(parameter)) }
        if let body = declaration.body {
            operation["requestBody"] = .object(["required": .bool(true),
                                                "content": .object(["application/json": .object(["schema": OpenAPISchemas.ref(body)])])])
        }
        operation["security"] = declaration.secured ? .array([.object(["bearer": .array([])])]) : .array([])
        return .object(operation)
    }

    private static func response(_ answer: RouteDeclaration.Answer) -> JSONValue {
        switch answer {
        case let .json(schema): OpenAPISchemas.json(schema)
        case let .other(mediaType, description):
            .object(["description": .string(description),
                     "content": .object([mediaType: .object(["schema": .object(["type": .string(mediaType == "application/json" ? "object" : "string")])])])])
        case .noContent: OpenAPISchemas.noContent
        }
    }

    private static func parameter(_ parameter: QueryParameter) -> JSONValue {
        .object(["name": .string(parameter.name), "in": .string("query"), "required": .bool(false), "schema": schema(parameter.form)])
    }

    private static func schema(_ form: QueryParameter.Form) -> JSONValue {
        switch form {
        case let .integer(range): OpenAPISchemas.integer(range)
        case .date: OpenAPISchemas.date
        case .month: OpenAPISchemas.month
        case .text: OpenAPISchemas.text
        case let .choice(words): .object(["type": .string("string"), "enum": OpenAPISchemas.strings(words)])
        case .flag: .object(["type": .string("string"), "enum": OpenAPISchemas.strings(["true", "false", "1", "0"])])
        case .amount: OpenAPISchemas.amountFilter
        case .cursor: OpenAPISchemas.cursor
        }
    }
}
