import Foundation
@testable import OutlayServer
import Synchronization
import Testing

/// Password checks for all emails together take turns: as many at once as there are slots, a few waiting, and
/// the rest told 429 at once instead of queueing a real login behind minutes of hashing.
@Suite struct PasswordCheckGateTests {
    /// Work that holds its slot until released, counting how many ran at once.
    final class Holders: Sendable {
        private let state = Mutex((running: 0, most: 0, released: false))

        var most: Int { state.withLock(\.most) }
        func release() { state.withLock { $0.released = true } }

        func hold() async {
            state.withLock { state in
                state.running += 1
                state.most = max(state.most, state.running)
            }
            while !state.withLock(\.released) { try? await Task.sleep(for: .milliseconds(10)) }
            state.withLock { $0.running -= 1 }
        }
    }

    @Test func beyondTheSlotsAndTheQueueTheAnswerIs429AtOnce() async throws {
        let gate = PasswordCheckGate(slots: 1, maximumWaiting: 2, patience: .seconds(30))
        let holders = Holders()
        // Five arrive together: one runs, two wait, two are turned away while the first still holds its slot.
        let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<5 {
                group.addTask {
                    do {
                        try await gate.withSlot { await holders.hold() }
                        return true
                    } catch let error as APIError {
                        #expect(error.status == .tooManyRequests && error.headers[.retryAfter] != nil)
                        return false
                    }
                }
            }
            var results: [Bool] = []
            for try await result in group {
                results.append(result)
                if results.count == 2 { holders.release() }
            }
            return results
        }
        #expect(Array(outcomes.prefix(2)) == [false, false])
        #expect(outcomes.filter { $0 }.count == 3)
        #expect(holders.most == 1)
    }

    @Test func aWaiterPastItsPatienceIsTurnedAway() async throws {
        let gate = PasswordCheckGate(slots: 1, maximumWaiting: 4, patience: .milliseconds(200))
        let holders = Holders()
        let holder = Task { try await gate.withSlot { await holders.hold() } }
        let taken = await LiveSurvivalTests.eventually(within: 5) { holders.most == 1 }
        #expect(taken)
        // Turned away while the holder still holds its slot (were it not, this would wait for ever).
        await #expect(throws: APIError.self) { try await gate.withSlot {} }
        holders.release()
        try await holder.value
        // The slot is free again.
        try await gate.withSlot {}
    }
}
