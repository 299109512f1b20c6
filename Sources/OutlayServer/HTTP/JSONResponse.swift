import Foundation
import Hummingbird
import OutlayAPI
import OutlayBasics

/// Builds the gateway's JSON responses and reads its JSON bodies.
enum JSONResponse {
    static let contentType: HTTPFields = [.contentType: "application/json; charset=utf-8"]

    static func make(_ status: HTTPResponse.Status = .ok, _ value: JSONValue, headers: HTTPFields = [:]) -> Response {
        bytes(status, value.bytes, headers: headers)
    }

    static func bytes(_ status: HTTPResponse.Status, _ body: [UInt8], headers: HTTPFields) -> Response {
        var fields = contentType
        fields.append(contentsOf: headers)
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func noContent() -> Response { Response(status: .noContent) }
}

extension Request {
    /// The body as JSON, at most `limit` bytes (413 beyond), 400 naming the problem otherwise.
    mutating func json(limit: Int) async throws -> JSONValue {
        let buffer: ByteBuffer
        do {
            buffer = try await collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            // The limit that applied to this route, not the server-wide one.
            throw APIError(.contentTooLarge, "the body is larger than \(limit) bytes")
        }
        guard buffer.readableBytes > 0 else { throw APIError(.badRequest, "a JSON body is required") }
        do {
            return try JSONParser.parse(Array(buffer.readableBytesView))
        } catch {
            throw APIError(.badRequest, error.description)
        }
    }
}
