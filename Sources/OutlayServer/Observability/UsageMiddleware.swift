import Hummingbird

/// Times every request and files it under its route pattern (`/api/expenses/{id}`,
/// not the id itself, so the table stays small and says nothing about data).
struct UsageMiddleware<Context: RequestContext>: RouterMiddleware {
    let statistics: UsageStatistics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let microseconds = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
        statistics.record(method: request.method.rawValue, route: context.endpointPath ?? "(no route)",
                          status: response.status.code, microseconds: microseconds)
        return response
    }
}
