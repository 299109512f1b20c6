import Foundation
import OutlayAPI
import OutlayBasics
@testable import OutlayServer
import Testing

/// The list route's streamed JSON and the verified-token cache, which exist
/// for speed, must answer exactly what the plain versions would.
@Suite struct HotPathTests {
    static func expense(_ description: String, note: String?, tags: [String]) -> ExpenseWire {
        ExpenseWire(id: UUID().uuidString.lowercased(), amount: "12.50", currency: "EUR", type: "EXPENSE", category: "food",
                    description: description, date: "2026-03-18", note: note, tags: tags, account: nil,
                    createdAt: "2026-03-18T09:30:00.000Z", updatedAt: "2026-03-18T10:00:00.000Z")
    }

    @Test func streamedListIsByteForByteTheTreesJSON() throws {
        let tricky = ["Café \"Le Zinc\"", "back\\slash", "line\nbreak\ttab\r", "bell\u{07} and \u{1F}", "😀 emoji", ""]
        let expenses = tricky.enumerated().map { index, text in
            Self.expense(text, note: index.isMultiple(of: 2) ? nil : text, tags: Array(tricky.prefix(index)))
        }
        let summary = SummaryWire(totalIncome: "0.00", totalExpenses: "12.50", balance: "-12.50", count: 6)
        for response in [ExpenseListResponse(expenses: expenses, summary: summary, nextCursor: "2026-03-18/abc"),
                         ExpenseListResponse(expenses: [], summary: summary, nextCursor: nil)] {
            #expect(response.bytes == response.json.bytes)
            #expect(try JSONParser.parse(response.bytes) == response.json)
        }
    }

    @Test func aCachedTokenStillExpires() {
        let tokens = VerifiedTokens()
        let now = Date()
        tokens.remember("abc", userID: "ada", expiry: now.addingTimeInterval(60))
        #expect(tokens.userID(for: "abc", now: now) == "ada")
        #expect(tokens.userID(for: "abd", now: now) == nil)
        #expect(tokens.userID(for: "abc", now: now.addingTimeInterval(61)) == nil)
        #expect(tokens.userID(for: "abc", now: now) == nil)  // forgotten once expired
    }
}
