import Foundation

/// Moments a test may stop a process at, to kill it there and no sooner or
/// later: with `OUTLAY_TEST_PAUSE=<name>`, reaching the point creates the file
/// `OUTLAY_TEST_PAUSE_FILE` and waits there for the test's signal. Neither
/// variable is set in any real run, where passing a point costs one lookup.
enum PausePoint {
    /// A bulk load (demo, import) with rows written and nothing committed.
    static let bulkLoadMidway = "bulk-load-midway"

    static func reached(_ name: String) {
        let environment = ProcessInfo.processInfo.environment
        guard environment["OUTLAY_TEST_PAUSE"] == name, let file = environment["OUTLAY_TEST_PAUSE_FILE"] else { return }
        FileManager.default.createFile(atPath: file, contents: Data(name.utf8))
        while true { sleep(60) }
    }
}
