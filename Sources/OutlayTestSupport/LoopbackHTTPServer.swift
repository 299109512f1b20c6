import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP server on 127.0.0.1 for tests: it records each request's body
/// and answers with a fixed status and body. Real sockets, so the code under test
/// talks to it exactly as it would to ntfy or Gotify.
public final class LoopbackHTTPServer: @unchecked Sendable {
    public let port: UInt16
    private let socket: Int32
    private let status: Int
    private let answer: String
    /// A dead endpoint: it reads requests and never answers (a client waits for its timeout).
    private let silent: Bool
    private var held: [Int32] = []
    private let lock = NSLock()
    private var bodies: [String] = []
    private var running = true

    /// Listens on `port`, or on a free one when nil.
    public init(port: UInt16? = nil, status: Int = 200, answer: String = "", silent: Bool = false) throws {
        self.status = status
        self.answer = answer
        self.silent = silent
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = (port ?? 0).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(fd, $0, &length) }
        }
        self.port = UInt16(bigEndian: address.sin_port)
        self.socket = fd
        Thread { [self] in serve() }.start()
    }

    deinit { stop() }

    public var url: String { "http://127.0.0.1:\(port)/hook" }

    /// The bodies received so far.
    public var received: [String] { lock.withLock { bodies } }

    /// Waits up to `seconds` for `count` requests.
    public func waitFor(_ count: Int, seconds: Double = 5) -> [String] {
        waitUntil(seconds: seconds) { $0.count >= count }
    }

    /// Waits up to `seconds` until the bodies received so far satisfy `condition`
    /// (deliveries come in any order, so a test waits for what it needs, not a count).
    public func waitUntil(seconds: Double = 10, _ condition: ([String]) -> Bool) -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition(received) && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        return received
    }

    public func stop() {
        let wasRunning = lock.withLock { () -> Bool in
            defer { running = false }
            return running
        }
        if wasRunning {
            shutdown(socket, Int32(SHUT_RDWR))
            close(socket)
            lock.withLock { held.forEach { close($0) } }
        }
    }

    /// A port nothing listens on (bound, then released).
    public static func unusedPort() throws -> UInt16 {
        let server = try LoopbackHTTPServer()
        server.stop()
        return server.port
    }

    private func serve() {
        while lock.withLock({ running }) {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return }
            Thread { [self] in handle(client) }.start()
        }
    }

    private func handle(_ client: Int32) {
        defer { close(client) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4_096)
        while true {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            data.append(contentsOf: buffer[0..<count])
            guard let text = String(data: data, encoding: .utf8), let split = text.range(of: "\r\n\r\n") else { continue }
            let header = text[..<split.lowerBound].lowercased()
            let length = header.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            let body = String(text[split.upperBound...])
            if body.utf8.count >= length {
                lock.withLock { bodies.append(body) }
                if silent {
                    lock.withLock { held.append(dup(client)) }  // kept open, unanswered, until `stop`
                    return
                }
                let response = "HTTP/1.1 \(status) Status\r\nContent-Length: \(answer.utf8.count)\r\nConnection: close\r\n\r\n\(answer)"
                _ = response.withCString { send(client, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
                return
            }
        }
    }
}
