import Hummingbird
import Logging
import OutlayAPI
import OutlayBasics
import OutlayKit

/// Turns every failure into a JSON `{error}` with the right status.
///
/// Anything unexpected is logged (never the request body: it may hold a
/// password) and answered 500 without internals; the tests and the
/// schemathesis run exist to keep that branch unreached.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let maximumBodyBytes: Int
    /// For 405 instead of 404 when the path exists with other methods.
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return JSONResponse.make(error.status, error.body, headers: error.headers)
        } catch let error as OutlayError {
            let mapped = APIError.from(error)
            return JSONResponse.make(mapped.status, mapped.body)
        } catch let error as WireError {
            return JSONResponse.make(.badRequest, APIError.badRequest(error).body)
        } catch let error as any HTTPResponseError {
            let allowed = error.status == .notFound ? routes.methods(for: request.uri.path) : []
            if !allowed.isEmpty {
                return JSONResponse.make(.methodNotAllowed, .object(["error": .string("\(request.method) is not allowed on \(request.uri.path); allowed: \(allowed.joined(separator: ", "))")]),
                                         headers: [.allow: allowed.joined(separator: ", ")])
            }
            let message = switch error.status {
            case .notFound: "no route \(request.method) \(request.uri.path)"
            case .contentTooLarge: "the body is larger than \(maximumBodyBytes) bytes"
            case .methodNotAllowed: "\(request.method) is not allowed on \(request.uri.path)"
            default: error.status.reasonPhrase
            }
            return JSONResponse.make(error.status, .object(["error": .string(message)]))
        } catch {
            if let known = FailureAnswers.answer(for: error) {
                context.logger.notice("\(request.method) \(request.uri.path): \(known.status.code) \(known.message)")
                return JSONResponse.make(known.status, known.body, headers: known.headers)
            }
            context.logger.error("unexpected failure on \(request.method) \(request.uri.path): \(String(describing: error))")
            return JSONResponse.make(.internalServerError, .object(["error": .string("internal error; the server log has the details")]))
        }
    }
}
