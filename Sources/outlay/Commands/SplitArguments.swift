import OutlayKit

/// `--split CATEGORY=AMOUNT[:NOTE]`, as `add` and `edit` take it.
enum SplitArguments {
    static func parts(_ arguments: [String], currency: Currency) throws -> [SplitPart] {
        try arguments.map { text in try parseArgument("--split") { try SplitPart(parsing: text, currency: currency) } }
    }
}
