import Testing
@testable import OutlayKit

@Suite struct CategoryHistoryTests {
    @Test(arguments: [
        ("COFFEE #1234 28/11", "coffee"), ("Coffee", "coffee"), ("coffee 0931", "coffee"),
        ("SQ *BLUE BOTTLE COFFEE 4411", "blue bottle"), ("PAYPAL *NETFLIX.COM", "netflix"),
        ("POS 4417 ALBERT HEIJN 1234 AMSTERDAM", "albert heijn"), ("CARD PURCHASE TESCO STORES 3021 12/03", "tesco stores"),
        ("Marks & Spencer", "marks spencer"), ("Rent", "rent"),
    ])
    func merchantsAreKeyedWithoutNumbersDatesAndCardWords(_ description: String, _ key: String) {
        #expect(MerchantKey.of(description) == key)
    }

    @Test func digitsOnlyIsNoMerchant() {
        #expect(MerchantKey.of("4417 1234 28/11") == nil)
        #expect(MerchantKey.of("") == nil)
    }

    @Test func aNewEntryTakesTheCategoryItsMerchantHadMost() throws {
        let store = try TestDatabase()
        for index in 0..<5 { try store.expenses.add(draft("3.\(10 + index)", "COFFEE #\(1000 + index)", category: "food")) }
        try store.expenses.add(draft("4", "Coffee", category: "entertainment"))
        try store.expenses.add(draft("1500", "Coffee", category: "salary", kind: .income))  // another kind does not count
        let guess = try #require(try store.expenses.guessCategory(for: "coffee 0931", kind: .expense))
        #expect(guess.category == "food" && guess.count == 5)
        #expect(try store.expenses.add(draft("3.50", "Coffee")).category == "food")
        // A merchant never seen, and a description that names none, fall back to other.
        #expect(try store.expenses.add(draft("9", "Hardware store")).category == "other")
        #expect(try store.expenses.add(draft("9", "12345")).category == "other")
        // A deleted transaction does not vote.
        let wrong = try store.expenses.add(draft("5", "Bakery", category: "health"))
        try store.expenses.delete(id: wrong.id)
        #expect(try store.expenses.guessCategory(for: "Bakery", kind: .expense) == nil)
    }
}
