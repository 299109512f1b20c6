@testable import OutlayServer
import Synchronization
import Testing

@Suite struct LedgerGatesTests {
    /// What the writes did: the order they ran in, and whether two of one ledger ever overlapped.
    final class Recorder: Sendable {
        let gates = LedgerGates()
        let order = Mutex<[String]>([])
        let running = Mutex<[String: Int]>([:])
        let overlaps = Mutex(0)

        func write(_ key: String, _ index: Int, pause: Duration) async throws {
            try await gates.serialize(key) {
                running.withLock { running in
                    running[key, default: 0] += 1
                    if running[key, default: 0] > 1 { overlaps.withLock { $0 += 1 } }
                }
                order.withLock { $0.append("\(key)\(index)") }
                try await Task.sleep(for: pause)
                running.withLock { $0[key, default: 0] -= 1 }
            }
        }
    }

    /// Writes to one ledger never overlap and go in the order they came; another ledger's do not wait for them.
    @Test func oneWriterPerLedgerOthersRunAlongside() async throws {
        let recorder = Recorder()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<5 {
                group.addTask { try await recorder.write("a", index, pause: .milliseconds(40)) }
                try await Task.sleep(for: .milliseconds(2))
            }
            group.addTask { try await recorder.write("b", 0, pause: .zero) }
            try await group.waitForAll()
        }
        let order = recorder.order.withLock { $0 }
        #expect(recorder.overlaps.withLock { $0 } == 0)
        #expect(order.filter { $0.hasPrefix("a") } == ["a0", "a1", "a2", "a3", "a4"])
        // b did not wait for a's line: it ran while a's writes were still waiting.
        #expect(try #require(order.firstIndex(of: "b0")) < 4)
    }
}
