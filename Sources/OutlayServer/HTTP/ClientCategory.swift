import OutlayKit

/// A category filter as the original clients send it: in any case
/// (`?category=Food` finds `food`), and the dashboard's ids for "Other".
enum ClientCategory {
    static func filter(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let name = (try? Category.normalizedName(raw)) ?? raw
        return Category.aliases[name] ?? name
    }
}
