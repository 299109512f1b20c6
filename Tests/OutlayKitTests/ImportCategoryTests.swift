import Foundation
import Testing
@testable import OutlayKit

/// No category ever stops an import: rules, the bank's category (as named, through the user's map and the
/// built-in maps), history, and else `other` with the bank's category as a tag, or a new category on request.
@Suite struct ImportCategoryTests {
    typealias Book = ImportTests.Book

    static let chase = """
        Transaction Date,Post Date,Description,Category,Type,Amount,Memo
        03/01/2024,03/02/2024,NOODLE BAR 22,Food & Drink,Sale,-14.00,
        03/02/2024,03/02/2024,CORNER HARDWARE 311,Home Improvement,Sale,-25.00,
        03/03/2024,03/03/2024,BLUE BOTTLE 0042,,Sale,-4.50,
        03/04/2024,03/04/2024,GYM CLUB,Health & Wellness,Sale,-40.00,
        """

    @Test func everyRowIsFiledAndTheSummarySaysWhereFrom() throws {
        var settings = OutlaySettings(importRules: [try CategoryRule(match: "gym", category: "entertainment")])
        settings.importCategoryMap = ["home improvement": "shopping"]
        let book = try Book(settings)
        // History: this merchant was food before.
        try book.store.expenses.add(draft("4.00", "Blue Bottle #0007", category: "food"))
        let report = try book.load(try book.file("chase.csv", Self.chase))
        let rows = try book.store.expenses.list(TransactionPageRequest(order: .oldestFirst, limit: 10)).transactions
            .filter { $0.description != "Blue Bottle #0007" }
        #expect(rows.map(\.category) == ["food", "shopping", "food", "entertainment"])
        #expect(report.categorySources == [.map: 2, .history: 1, .rule: 1])
    }

    @Test func anUnknownBankCategoryIsKeptAsATagOrMadeACategory() throws {
        let text = "Date,Description,Amount,Category\n2024-03-05,Piano lesson,-30.00,Music & Arts\n"
        let book = try Book()
        let report = try book.load(try book.file("lessons.csv", text))
        let row = try #require(try book.store.expenses.list(TransactionPageRequest()).transactions.first)
        #expect(row.category == "other" && row.tags == ["music-&-arts"])
        #expect(report.categorySources == [.other: 1])

        let creating = try Book()
        var options = ImportOptions()
        options.createCategories = true
        let made = try creating.load(try creating.file("lessons.csv", text), options)
        #expect(made.createdCategories == ["expense:music & arts"] && made.categorySources == [.created: 1])
        #expect(try creating.store.expenses.list(TransactionPageRequest()).transactions.first?.category == "music & arts")
        #expect(try creating.store.categories.list(kind: .expense).contains { $0.category.name == "music & arts" })
        #expect(try StoreHealth(database: creating.store.database).problems() == [])
    }

    /// Quicken and most banks write categories on `L` lines; one the book lacks (Dining) no longer stops the file.
    @Test func aQIFWithCategoriesTheBookLacksImports() throws {
        let qif = "!Type:Bank\nD03/15/2024\nT-42.50\nPThai Garden\nLDining\n^\nD03/16/2024\nT-8.00\nPBookshop\nLHobbies:Books\n^\n"
        let book = try Book()
        let report = try book.load(try book.file("money.qif", qif))
        #expect(report.imported == 2)
        #expect(try book.rows() == ["2024-03-15 expense 42.50 food Thai Garden", "2024-03-16 expense 8.00 other Bookshop"])
        #expect(try book.store.expenses.list(TransactionPageRequest(filter: TransactionFilter(tag: "hobbies"))).transactions.count == 1)
    }

    @Test func pendingRowsComeInOnlyWhenAskedFor() throws {
        let citi = "Status,Date,Description,Debit,Credit\nCleared,03/04/2024,Lunch,12.00,\nPending,03/05/2024,Taxi,18.90,\n"
        let book = try Book()
        #expect(try book.load(try book.file("citi.csv", citi)).leftOut == [.pending: 1])
        var options = ImportOptions()
        options.includePending = true
        let again = try book.load(try book.file("citi.csv", citi), options)
        #expect(again.imported == 1 && again.duplicates == 1)
    }

    @Test func anImportIsOneStepOfUndo() throws {
        let book = try Book()
        try book.store.expenses.add(draft("1", "Before"))
        let path = try book.file("chase.csv", Self.chase)
        try book.load(path)
        #expect(try book.store.expenses.count() == 5)
        #expect(try book.store.undo.preview() == "remove the 4 transactions imported from chase.csv")
        try book.store.undo.undo()
        #expect(try book.store.expenses.count() == 1)
        #expect(try StoreHealth(database: book.store.database).problems() == [])
        // And the same file can come in again.
        #expect(try book.load(path).imported == 4)
    }

    @Test func aSavedProfileIsRecognisedNextTime() throws {
        let header = ["Buchungstag", "Text", "Betrag"]
        let text = SavedProfile.toml(name: "my-bank", columns: .named(header: header, columns: [.date: "Buchungstag", .description: "Text", .amount: "Betrag"]),
                                     dateFormat: .dotted, decimalMark: ",")
        let config = try OutlayConfig.parse("[budgets]\nweek_start = \"monday\"\n" + text, path: "config.toml")
        let profile = try #require(config.importProfiles.first)
        #expect(profile.name == "my-bank" && profile.signature == ["buchungstag", "text", "betrag"])
        let book = try Book(config)
        let report = try book.load(try book.file("konto.csv", "Buchungstag;Text;Betrag\n05.03.2024;Bäckerei;-3,20\n"))
        #expect(report.profile?.name == "my-bank")
        #expect(try book.rows() == ["2024-03-05 expense 3.20 other Bäckerei"])
    }
}
