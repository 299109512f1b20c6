import Hummingbird
import Synchronization

/// What a route takes and answers, declared where it is registered: the
/// OpenAPI document is made from these declarations, and the integer query
/// parameters are read with the ranges declared here.
struct RouteDeclaration: Sendable {
    /// A success and what it carries.
    enum Answer: Sendable {
        /// A JSON body of a schema in `OpenAPISchemas`.
        case json(String)
        /// Another media type, described in words.
        case other(mediaType: String, description: String)
        case noContent
    }

    var summary: String
    var parameters: [QueryParameter] = []
    /// The request body's schema, for routes that take one.
    var body: String?
    var answers: [Int: Answer]
    /// Failures beyond those the route's shape implies (see `failures`).
    var otherFailures: Set<Int> = []
    /// Whether a bearer token is required.
    var secured = true

    init(_ summary: String, parameters: [QueryParameter] = [], body: String? = nil, answers: [Int: Answer],
         otherFailures: Set<Int> = [], secured: Bool = true) {
        self.summary = summary
        self.parameters = parameters
        self.body = body
        self.answers = answers
        self.otherFailures = otherFailures
        self.secured = secured
    }

    /// Every error status the route may answer: 401 without a token, 400 for a bad body or parameter, 413 for a body
    /// too large, 404 for an unknown id in the path, and the ones declared.
    func failures(path: String) -> Set<Int> {
        var statuses = otherFailures
        if secured { statuses.insert(401) }
        if body != nil { statuses.formUnion([400, 413]) }
        if !parameters.isEmpty { statuses.insert(400) }
        if path.contains("{id}") { statuses.insert(404) }
        return statuses
    }
}

/// A query parameter and the form of its value.
struct QueryParameter: Sendable {
    enum Form: Sendable {
        case integer(ClosedRange<Int>)
        case date
        case month
        case text
        /// One of these words.
        case choice([String])
        /// true, false, 1 or 0.
        case flag
        /// A non-negative amount as decimal text.
        case amount
        /// A page cursor from an earlier answer.
        case cursor
    }

    let name: String
    let form: Form

    init(_ name: String, _ form: Form) {
        self.name = name
        self.form = form
    }

    /// The range of an integer parameter.
    var range: ClosedRange<Int> {
        guard case let .integer(range) = form else { preconditionFailure("\(name) is not an integer parameter") }
        return range
    }
}

/// The router and the declarations of its routes: a route is registered with its declaration or not at all.
struct DeclaredRouter {
    let router: Router<OutlayRequestContext>
    let catalog: RouteCatalog

    func add(_ method: HTTPRequest.Method, _ path: String, _ declaration: RouteDeclaration,
             _ handler: @escaping @Sendable (Request, OutlayRequestContext) async throws -> some ResponseGenerator) {
        router.on(RouterPath(path), method: method, use: handler)
        catalog.append(DeclaredRoute(method: method.rawValue.lowercased(), path: path, declaration: declaration))
    }
}

struct DeclaredRoute: Sendable {
    let method: String
    let path: String
    let declaration: RouteDeclaration
}

/// Every declared route, in the order registered; the OpenAPI document is made from them once, when first asked for.
final class RouteCatalog: Sendable {
    private let routes = Mutex<[DeclaredRoute]>([])
    private let document = Mutex<[UInt8]?>(nil)

    func append(_ route: DeclaredRoute) { routes.withLock { $0.append(route) } }

    var all: [DeclaredRoute] { routes.withLock { $0 } }

    var openAPIBytes: [UInt8] {
        if let bytes = document.withLock({ $0 }) { return bytes }
        let bytes = OpenAPIDocument.document(routes: all).bytes
        document.withLock { $0 = bytes }
        return bytes
    }
}
