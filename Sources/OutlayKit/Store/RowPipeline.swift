import Foundation

/// Runs a producer on another thread and hands its elements over in chunks,
/// so that making rows (generating, parsing, encoding) overlaps with writing
/// them. The producer also returns a result (for example running totals),
/// which `result` gives once every chunk has been taken.
///
/// At most `depth` chunks wait at a time, which bounds memory however long
/// the input is. `finish()` stops the producer early if the consumer fails.
final class RowPipeline<Element: Sendable, Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var chunks: [[Element]] = []
    private var finalResult: Result?
    private var consumerGone = false
    private let depth: Int
    private let chunkSize: Int

    /// `produce` calls `emit` for each element; `emit` returns false when the consumer has gone.
    init(chunkSize: Int = 4_096, depth: Int = 4,
         produce: @escaping @Sendable (_ emit: (Element) -> Bool) -> Result) {
        self.depth = depth
        self.chunkSize = chunkSize
        Thread { [self] in
            var chunk: [Element] = []
            chunk.reserveCapacity(chunkSize)
            var open = true
            let result = produce { element in
                guard open else { return false }
                chunk.append(element)
                if chunk.count == chunkSize {
                    open = put(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
                return open
            }
            if open && !chunk.isEmpty { _ = put(chunk) }
            condition.lock()
            finalResult = result
            condition.broadcast()
            condition.unlock()
        }.start()
    }

    /// The next chunk, or nil when the producer has finished.
    func next() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && finalResult == nil { condition.wait() }
        guard !chunks.isEmpty else { return nil }
        condition.broadcast()
        return chunks.removeFirst()
    }

    /// What the producer returned; valid after `next()` has returned nil.
    var result: Result? {
        condition.lock()
        defer { condition.unlock() }
        return finalResult
    }

    /// Tells the producer to stop; call when consuming ends for any reason.
    func finish() {
        condition.lock()
        consumerGone = true
        chunks.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    private func put(_ chunk: [Element]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while chunks.count >= depth && !consumerGone { condition.wait() }
        guard !consumerGone else { return false }
        chunks.append(chunk)
        condition.broadcast()
        return true
    }
}
