import CTerminalSignals
import Glibc
import TerminalCurses
import Testing

/// The stop flag is one variable for the whole program: set by the handler
/// the backend installs, seen from any other module.
@Suite(.serialized) struct SignalTests {
    @Test func aStopSignalIsSeenFromAnotherModule() {
        let signals = [SIGTERM, SIGHUP, SIGINT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
        var saved = signals.map { _ in sigaction() }
        for (index, signal) in signals.enumerated() { sigaction(signal, nil, &saved[index]) }
        defer { for (index, signal) in signals.enumerated() { sigaction(signal, &saved[index], nil) } }

        CursesBackend.installSignalHandlers()  // installed by the backend's module
        #expect(outlay_stop_requested() == 0)
        kill(getpid(), SIGTERM)  // handled by whichever thread does not block it: the process goes on
        for _ in 0..<200 where outlay_stop_requested() == 0 { usleep(5_000) }
        #expect(outlay_stop_requested() == SIGTERM)  // read from this one
    }
}
