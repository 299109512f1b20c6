import Foundation
@testable import OutlayKit
import OutlayTestSupport

/// A real SQLite file in a fresh temporary folder, removed when the test ends.
final class TestDatabase {
    let folder: URL
    let database: AppDatabase

    init(settings: OutlaySettings = OutlaySettings()) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-test-\(UUID().uuidString)")
        database = try AppDatabase.open(path: folder.appendingPathComponent("nested/outlay.sqlite").path, settings: settings)
            .withClock(.testDay)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    var expenses: TransactionService { TransactionService(database: database) }
    var categories: CategoryService { CategoryService(database: database) }
    var undo: UndoService { UndoService(database: database) }
    /// Budgets on the tests' day, stamped with the wall clock (as a device stamps its changes for sync).
    var budgets: BudgetService { BudgetService(database: database) }

    /// Services whose "today" is `date`, for budget periods.
    func expenses(on date: String) -> TransactionService { TransactionService(database: database.withClock(.fixed(day(date)))) }
    func budgets(on date: String) -> BudgetService { BudgetService(database: database.withClock(.fixed(day(date)))) }
    func undo(on date: String) -> UndoService { UndoService(database: database.withClock(.fixed(day(date)))) }
    var inbox: NotificationService { NotificationService(database: database) }

    /// Types of the notifications so far, oldest first.
    func notificationTypes() throws -> [String] { try inbox.list().reversed().map(\.type.rawValue) }
}

extension ServiceClock {
    /// The wall clock's moments on the tests' day (`TestDay`): stamps move on as they do on a device, the calendar never does.
    static let testDay = ServiceClock(now: { .now }, today: { day(TestDay.text) })
}

func day(_ text: String) -> LocalDate {
    // Test dates are literals; a typo should fail loudly.
    guard let date = try? LocalDate(parsing: text) else { fatalError("bad test date \(text)") }
    return date
}

func usd(_ text: String) -> Money {
    guard let money = try? Money.parse(text, currency: .usd) else { fatalError("bad test amount \(text)") }
    return money
}

func draft(_ amount: String, _ description: String, category: String? = nil, kind: TransactionKind = .expense,
           on date: String = "2024-03-15", note: String? = nil, tags: [String] = []) -> TransactionDraft {
    TransactionDraft(kind: kind, amount: usd(amount), category: category, description: description,
                     date: day(date), note: note, tags: tags)
}

/// A fresh temporary folder, removed when the value goes.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("outlay-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

extension TestDatabase {
    /// A book kept in `currency` (three letters).
    static func kept(in currency: String) throws -> TestDatabase {
        var settings = OutlaySettings()
        settings.bookCurrency = try Currency(code: currency)
        return try TestDatabase(settings: settings)
    }
}
