import Foundation
import OutlayKit
import Synchronization

/// Each user's own Outlay database, `users/<id>.sqlite`, made at registration
/// (mode 0600), opened on first use and kept open for the next request (up to
/// a limit, least recently used out). Only registration (or, on a node of
/// several, `createCopy`) makes a ledger: a token for an id without one opens nothing.
final class UserLedgers: Sendable {
    private let folder: URL
    private let limit: Int
    /// Stamps each ledger's changes for sync, as the routes' services tell the time.
    private let clock: ServiceClock
    /// The server delivers nothing itself: notifications wait in the inbox for the user's clients.
    private let settings = OutlaySettings(channels: [.inApp])
    private let open = Mutex<(ledgers: [String: AppDatabase], lastUse: [String: UInt64], tick: UInt64)>(([:], [:], 0))
    /// One opener at a time per user: requests that all find a ledger closed (or a node's copy not yet made)
    /// would otherwise create and migrate the same file together ("table settings already exists").
    private let openers = Mutex<[String: NSLock]>([:])
    /// The day each ledger's schedules were last posted here: once a day per user, on their first request.
    private let postedOn = Mutex<[String: LocalDate]>([:])

    init(folder: URL, limit: Int, clock: ServiceClock = .system) throws {
        self.folder = folder
        self.limit = limit
        self.clock = clock
        try PrivateFile.folder(folder)
    }

    /// Creates a new user's ledger in their currency.
    func create(userID: String, currency: Currency) throws {
        let path = try path(of: userID)
        try PrivateFile.create(atPath: path)
        _ = try AppDatabase.open(path: path, settings: settings, currency: currency)
    }

    /// Whether this machine holds the user's ledger (on a node of several: its copy).
    func hasLedger(of userID: String) -> Bool {
        // Open already: no need to look at the disk (this is asked on every request of a node).
        if open.withLock({ $0.ledgers[userID] != nil }) { return true }
        guard let path = try? path(of: userID) else { return false }
        return FileManager.default.fileExists(atPath: path)
    }

    /// A node's copy of a ledger begins empty in the user's currency and takes in the shared log; a copy
    /// another request made meanwhile is kept.
    func createCopy(userID: String, currency: Currency) throws {
        try withOpener(userID) {
            if !hasLedger(of: userID) { try create(userID: userID, currency: currency) }
        }
    }

    /// The user's ledger. `userID` comes from a verified token, never from the request.
    func ledger(of userID: String) throws -> AppDatabase {
        let database = try opened(userID)
        try postDue(userID, database)
        return database
    }

    /// The book's upkeep (`BookUpkeep`, as every client does it), the first time a user's ledger is used on a
    /// day; requests that race here both run it, which posts each occurrence once (its id is fixed).
    private func postDue(_ userID: String, _ database: AppDatabase) throws {
        let today = clock.today()
        guard postedOn.withLock({ $0[userID] }) != today else { return }
        try BookUpkeep.run(database)
        postedOn.withLock { $0[userID] = today }
    }

    private func opened(_ userID: String) throws -> AppDatabase {
        if let cached = touch(userID) { return cached }
        let path = try path(of: userID)
        return try withOpener(userID) {
            // Another request may have opened it while this one waited.
            if let cached = touch(userID) { return cached }
            guard FileManager.default.fileExists(atPath: path) else { throw APIError.unauthorized }
            return keep(userID, try AppDatabase.open(path: path, settings: settings))
        }
    }

    /// One opener at a time per user.
    private func withOpener<T>(_ userID: String, _ work: () throws -> T) throws -> T {
        let opener = openers.withLock { openers in
            if let lock = openers[userID] { return lock }
            let lock = NSLock()
            openers[userID] = lock
            return lock
        }
        opener.lock()
        defer { opener.unlock() }
        return try work()
    }

    /// Keeps an opened ledger for the next request, closing the least recently used past the limit.
    private func keep(_ userID: String, _ opened: AppDatabase) -> AppDatabase {
        var database = opened
        database.clock = clock
        return open.withLock { state in
            state.tick += 1
            if let raced = state.ledgers[userID] {
                state.lastUse[userID] = state.tick
                return raced
            }
            if state.ledgers.count >= limit, let oldest = state.lastUse.min(by: { $0.value < $1.value })?.key {
                state.ledgers[oldest] = nil
                state.lastUse[oldest] = nil
            }
            state.ledgers[userID] = database
            state.lastUse[userID] = state.tick
            return database
        }
    }

    /// Closes the user's ledger here; the next request opens it again (to see a new currency).
    func forget(userID: String) {
        open.withLock { state in
            state.ledgers[userID] = nil
            state.lastUse[userID] = nil
        }
    }

    /// Removes the copies of ledgers whose users are gone (deleted while this node was down, or through another).
    func removeCopies(keeping users: Set<String>) throws {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let ids = files.filter { $0.hasSuffix(".sqlite") }.map { String($0.dropLast(".sqlite".count)) }
        for id in ids where !users.contains(id) && (try? path(of: id)) != nil { try remove(userID: id) }
    }

    /// Forgets the user's ledger and removes its files (the account is gone).
    func remove(userID: String) throws {
        let path = try path(of: userID)
        forget(userID: userID)
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            try FileManager.default.removeItem(atPath: file)
        }
    }

    private func touch(_ userID: String) -> AppDatabase? {
        open.withLock { state in
            guard let database = state.ledgers[userID] else { return nil }
            state.tick += 1
            state.lastUse[userID] = state.tick
            return database
        }
    }

    private func path(of userID: String) throws -> String {
        // Ids are UUIDs made by the server; the check keeps any other text out of the path.
        guard !userID.isEmpty, userID.allSatisfy({ $0.isHexDigit || $0 == "-" }) else { throw APIError.unauthorized }
        return folder.appendingPathComponent("\(userID).sqlite").path
    }
}
