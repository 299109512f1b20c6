import Hummingbird

/// Lets pages of the allowed origins call the gateway: answers their
/// preflights itself (204, before identity is asked for) and marks every
/// answer to them, errors included, as readable by that origin. Requests
/// from other origins, or without one, pass through untouched.
struct CORSMiddleware<Context: RequestContext>: RouterMiddleware {
    let policy: CORSPolicy

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let origin = request.headers[.origin], policy.allows(origin) else {
            return try await next(request, context)
        }
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            var response = Response(status: .noContent)
            Self.mark(&response, origin: origin)
            response.headers[.accessControlAllowMethods] = CORSPolicy.methods
            response.headers[.accessControlAllowHeaders] = CORSPolicy.requestHeaders
            response.headers[.accessControlMaxAge] = CORSPolicy.maximumAge
            return response
        }
        var response = try await next(request, context)
        Self.mark(&response, origin: origin)
        response.headers[.accessControlExposeHeaders] = "retry-after, allow"
        return response
    }

    /// The allowed origin echoed (never `*`, so caches keep answers per origin).
    private static func mark(_ response: inout Response, origin: String) {
        response.headers[.accessControlAllowOrigin] = origin
        response.headers[.vary] = "Origin"
    }
}
