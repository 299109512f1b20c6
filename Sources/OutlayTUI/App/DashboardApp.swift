import Foundation
import OutlayKit
import TerminalUI

/// The event loop: keys and ticks become actions, `update` turns them into
/// effects, the runner's answers go back through `update`, and a frame is
/// drawn when the state changed.
public final class DashboardApp {
    public private(set) var state: AppState
    let runner: EffectRunner
    let terminal: Terminal
    private var lastFrameState: AppState?
    /// Called when a new transaction from the add form has been saved (the
    /// draft store lets go of a kept entry only then).
    public var onTransactionAdded: () -> Void = {}

    /// Another process's change shows within this long.
    static let tickMilliseconds = 500
    /// While work runs off the loop, its progress is drawn this often.
    static let workPollMilliseconds = 40

    /// Long work (an import, its preview, an export) runs off the event loop, so keys are answered meanwhile:
    /// the live dashboard's way. Tests that drive `dispatch` by hand leave it off: every effect has then
    /// answered when `dispatch` returns.
    public var runsLongWorkOffLoop = false
    private let offLoop = OffLoopQueue()

    public init(state: AppState, runner: EffectRunner, terminal: Terminal) {
        self.state = state
        self.runner = runner
        self.terminal = terminal
    }

    /// Changes the state from outside the loop (before it starts: a restored draft).
    public func modify(_ body: (inout AppState) -> Void) {
        body(&state)
    }

    /// Loads every pane.
    public func start() {
        perform(Dashboard.start(state))
    }

    /// Feeds one action through `update` and runs the effects until none are left.
    public func dispatch(_ action: Action) {
        perform(Dashboard.update(&state, action))
    }

    private func perform(_ effects: [Effect]) {
        var pending = effects[...]
        while let effect = pending.popFirst() {
            if runsLongWorkOffLoop, let work = runner.offLoop(effect) {
                offLoop.submit(work)
                pending.append(contentsOf: Dashboard.update(&state, .workStarted(work.label)))
                continue
            }
            let actions = runner.run(effect)
            if case .submit(.addTransaction) = effect, actions.contains(where: { if case .saved = $0 { true } else { false } }) {
                onTransactionAdded()
            }
            for action in actions {
                pending.append(contentsOf: Dashboard.update(&state, action))
            }
        }
    }

    /// What the work off the loop finished, through `update` as any effect's answer, and how far the running one is.
    public func collectOffLoopWork() {
        for (work, result) in offLoop.takeFinished() {
            for action in work.finish(result) { perform(Dashboard.update(&state, action)) }
            if !offLoop.isBusy { dispatch(.workEnded) }
        }
        if let (progress, milliseconds) = offLoop.takeProgress() { dispatch(.workProgressed(progress, milliseconds: milliseconds)) }
    }

    /// Whether work runs off the loop now.
    public var isWorking: Bool { offLoop.isBusy }

    /// Waits for the work off the loop to finish and takes its answers (tests; the bench).
    public func waitForOffLoopWork() {
        offLoop.waitUntilIdle()
        collectOffLoopWork()
    }

    /// Renders the state into a buffer of the terminal's size, without showing it.
    public func frame() -> Buffer {
        var buffer = Buffer(width: state.width, height: state.height)
        DashboardView.render(state, into: &buffer)
        return buffer
    }

    /// Draws the frame if anything changed since the last one.
    public func render(force: Bool = false) {
        guard force || lastFrameState != state else { return }
        var buffer = Buffer(width: state.width, height: state.height)
        let cursor = DashboardView.render(state, into: &buffer)
        terminal.show(buffer, cursor: cursor)
        lastFrameState = state
    }

    /// Runs until the user quits or `stopRequested` says so (a signal).
    public func run(stopRequested: () -> Bool) {
        let backend = terminal.backend
        let size = backend.size
        dispatch(.resize(width: size.width, height: size.height))
        start()
        render(force: true)
        var nextTick = Date().addingTimeInterval(Double(Self.tickMilliseconds) / 1_000)
        while !state.shouldQuit, !stopRequested() {
            var wait = Swift.max(0, Int(nextTick.timeIntervalSinceNow * 1_000))
            if offLoop.isBusy { wait = Swift.min(wait, Self.workPollMilliseconds) }
            if let event = backend.nextEvent(timeoutMilliseconds: wait) {
                handle(event)
                // Keys typed faster than frames are drawn are all taken before the next frame.
                while !state.shouldQuit, let more = backend.nextEvent(timeoutMilliseconds: 0) { handle(more) }
            }
            collectOffLoopWork()
            if Date() >= nextTick {
                dispatch(.tick)
                nextTick = Date().addingTimeInterval(Double(Self.tickMilliseconds) / 1_000)
            }
            render()
        }
    }

    private func handle(_ event: TerminalEvent) {
        switch event {
        case let .key(key):
            dispatch(.key(key))
        case let .resize(width, height):
            terminal.invalidate()
            dispatch(.resize(width: width, height: height))
        }
    }
}
