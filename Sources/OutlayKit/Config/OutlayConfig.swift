import Foundation
import TOMLKit

/// Reads `config.toml`. A missing file means the defaults; a malformed one
/// is an error that names the file, the line and the key.
///
/// ```toml
/// [notifications]
/// channels = ["in-app", "terminal", "desktop", "webhook"]
/// webhook_url = "https://ntfy.example.org/outlay"
///
/// [book]
/// currency = "CHF"           # a new book's currency
///
/// [budgets]
/// week_start = "monday"
///
/// [accounts]
/// default_account = "checking"  # where a transaction goes when none is named
/// floor = 100                   # warn when an account is projected below this (default 0)
/// warning_days = 30             # how far ahead the warning looks
///
/// [[import.rules]]
/// match = "starbucks"        # or a regular expression: "/^uber( eats)?/"
/// category = "food"
/// ```
/// Sections other than these belong to other parts of Outlay and are left alone.
public enum OutlayConfig {
    public static func load(path: String) throws -> OutlaySettings {
        try settings(from: TOMLDocument.load(path: path))
    }

    public static func parse(_ text: String, path: String) throws -> OutlaySettings {
        try settings(from: TOMLDocument(text: text, path: path))
    }

    /// The domain's settings from the file's [book], [notifications], [accounts], [budgets] and [import] sections.
    public static func settings(from document: TOMLDocument) throws -> OutlaySettings {
        var settings = OutlaySettings()
        if let notifications = try document.section("notifications", keys: ["channels", "webhook_url"]) {
            if let value = notifications["channels"] {
                guard let array = value.array else { throw document.error("notifications", "channels", "expected a list of channel names") }
                settings.channels = try array.map { item in
                    guard let name = item.string, let channel = NotificationChannel(rawValue: name) else {
                        throw document.error("notifications", "channels",
                                             "unknown channel \(item.string.map { "'\($0)'" } ?? "value"); expected in-app, terminal, desktop or webhook")
                    }
                    return channel
                }
            }
            if let value = notifications["webhook_url"] {
                guard let url = value.string, let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? "") else {
                    throw document.error("notifications", "webhook_url", "expected an http:// or https:// URL")
                }
                settings.webhookURL = url
            }
        }
        if let book = try document.section("book", keys: ["currency", "number_format"]) {
            if let value = book["currency"] {
                guard let code = value.string, let currency = try? Currency(code: code) else {
                    throw document.error("book", "currency", "expected a currency code such as \"EUR\" or \"CHF\"")
                }
                settings.bookCurrency = currency
            }
            if let value = book["number_format"] {
                guard let text = value.string, let format = try? NumberFormat(parsing: text) else {
                    throw document.error("book", "number_format", "expected \"1,234.56\", \"1.234,56\", \"1 234,56\" or \"1'234.56\"")
                }
                settings.numberFormat = format
            }
        }
        if let accounts = try document.section("accounts", keys: ["default_account", "floor", "warning_days"]) {
            if let value = accounts["default_account"] {
                guard let name = value.string, (try? FieldRules.account(name)) != nil else {
                    throw document.error("accounts", "default_account", "expected an account's name, such as \"checking\"")
                }
                settings.defaultAccount = name
            }
            if let value = accounts["floor"] {
                // TOML's number as written (100, 100.5) or a string ("100.50"): read as decimal text, never through a float.
                let text = value.string ?? value.int.map(String.init) ?? value.double.map { "\($0)" }
                guard let text, (try? Money.parse(text, currency: .usd)) != nil else {
                    throw document.error("accounts", "floor", "expected an amount, such as 100 or \"250.00\"")
                }
                settings.balanceFloorText = text
            }
            if let value = accounts["warning_days"] {
                guard let days = value.int, (1...366).contains(days) else {
                    throw document.error("accounts", "warning_days", "expected a number of days from 1 to 366")
                }
                settings.warningDays = days
            }
        }
        if let budgets = try document.section("budgets", keys: ["week_start"]), let value = budgets["week_start"] {
            let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            guard let name = value.string?.lowercased(), let index = days.firstIndex(of: name) else {
                throw document.error("budgets", "week_start", "expected a weekday name such as monday or sunday")
            }
            settings.calendar = PeriodCalendar(weekStart: index + 1)
        }
        guard let section = try document.section("import", keys: ["rules", "category_map", "profiles"]) else { return settings }
        if let value = section["category_map"] {
            guard let table = value.table else { throw document.error("import", "category_map", "expected an [import.category_map] table") }
            for key in table.keys {
                guard let name = table[key]?.string, let category = try? Category.normalizedName(name) else {
                    throw document.error("import.category_map", key, "expected a category name, as in \"Food & Drink\" = \"food\"")
                }
                settings.importCategoryMap[key.trimmingWhitespace().lowercased()] = category
            }
        }
        if let value = section["profiles"] {
            guard let profiles = value.array else { throw document.error("import", "profiles", "expected [[import.profiles]] tables") }
            settings.importProfiles = try profiles.enumerated().map { index, item in
                guard let table = item.table, let profile = SavedProfile.profile(from: table) else {
                    throw document.error("import.profiles", "name", "each profile needs name, headers and columns (as --save-profile writes them)",
                                         item: index)
                }
                return profile
            }
        }
        if let value = section["rules"] {
            guard let rules = value.array else { throw document.error("import", "rules", "expected [[import.rules]] tables") }
            settings.importRules = try rules.enumerated().map { index, item in
                let transfer = item.table?["transfer"]?.string, payee = item.table?["payee"]?.string
                guard let rule = item.table, let match = rule["match"]?.string,
                      let category = rule["category"]?.string ?? (transfer ?? payee).map({ _ in "" }), !match.isEmpty else {
                    throw document.error("import.rules", "match",
                                         "each rule needs match = \"text\" and category = \"name\" (or transfer = \"account\", or payee = \"name\")",
                                         item: index)
                }
                if let payee, payee.trimmingWhitespace().isEmpty { throw document.error("import.rules", "payee", "a payee needs a name", item: index) }
                do {
                    return try CategoryRule(match: match, category: category, transfer: transfer, payee: payee)
                } catch {
                    throw document.error("import.rules", "match", "match \"\(match)\" is not a valid regular expression", item: index)
                }
            }
        }
        return settings
    }
}
