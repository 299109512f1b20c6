import Foundation
import GRDB
import Hummingbird
import NIOCore
import NIOHTTP1

/// Failures of the machine, not of the request: each a status that says
/// what happened instead of a generic 500, and whether to log it as an error.
enum FailureAnswers {
    /// The client hung up before its request arrived whole (nginx's 499): nobody is there to read an answer.
    static let clientClosed = HTTPResponse.Status(code: 499, reasonPhrase: "Client Closed Request")

    /// The answer for `error`, or nil when it is a real surprise (a 500 worth an error in the log).
    static func answer(for error: any Error) -> APIError? {
        switch error {
        case let unavailable as StoreUnavailable:
            var answer = APIError(.serviceUnavailable, unavailable.description)
            answer.headers = [.retryAfter: "5"]
            return answer
        case let database as DatabaseError where database.resultCode == .SQLITE_FULL:
            return .diskFull
        case let failure as POSIXError where failure.code == .ENOSPC:
            return .diskFull
        case is IOError, is ChannelError:
            // Reading the body failed: the connection went away (reset, or closed).
            return APIError(clientClosed, "the request did not arrive whole")
        case let parser as HTTPParserError where parser == .invalidEOFState:
            // The connection ended inside a body (the client left, or its body deadline cut it off).
            return APIError(clientClosed, "the request did not arrive whole")
        default:
            return nil
        }
    }
}
