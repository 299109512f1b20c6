import Foundation

/// Times a server's answers from a process of its own: a shell loop of curl
/// calls over the given URLs, one line per answer. The test process shares two
/// cores with every other suite, and its tasks may wait for a thread; what it
/// timed itself would be that wait as much as the server's answer.
final class AnswerSampler {
    struct Answer: Sendable, CustomStringConvertible {
        /// Seconds since 1970 when the request began.
        let started: Double
        let status: Int
        let took: Duration
        var description: String { "\(status) in \(took)" }
    }

    private let process = Process()
    private let output: URL

    /// Starts asking, over and over, each URL in turn (with its bearer token, when it has one).
    init(_ requests: [(url: String, token: String?)], pause: Double = 0.02) throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-answers-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let calls = requests.map { request in
            let header = request.token.map { "-H 'Authorization: Bearer \($0)'" } ?? ""
            return "echo \"$(date +%s.%N) $(curl -s -o /dev/null -w '%{http_code} %{time_total}' \(header) '\(request.url)')\""
        }
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "while :; do \(calls.joined(separator: "; ")); sleep \(pause); done"]
        process.standardOutput = try FileHandle(forWritingTo: output)
        try process.run()
    }

    /// Stops asking; the answers to requests that began before `time`.
    func stop(answersStartedBefore time: Date) throws -> [Answer] {
        process.terminate()
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: output) }
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        return lines.compactMap { line -> Answer? in
            let parts = line.split(separator: " ")
            guard parts.count == 3, let started = Double(parts[0]), let status = Int(parts[1]), let seconds = Double(parts[2]) else { return nil }
            return Answer(started: started, status: status, took: .microseconds(Int64(seconds * 1_000_000)))
        }.filter { $0.started < time.timeIntervalSince1970 }
    }
}
