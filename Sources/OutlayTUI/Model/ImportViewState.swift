import Foundation
import OutlayKit
import TerminalUI

/// What the import view asks of a file: the path and the user's changes to
/// how it is read. Every change is previewed (a dry run) before Enter imports.
public struct ImportRequest: Sendable, Equatable {
    public var path: String
    /// 1-based column number → field, over what the header and the bank's profile say.
    public var roles: [Int: ImportField] = [:]
    public var dateFormat: BankDateFormat?
    public var invertSign = false
    public var skipLines: Set<Int> = []
    /// Import the rows that can be read, leaving out the others.
    public var skipUnreadable = false
    /// The account the rows go in (nil: the default or only open account, which the preview names).
    public var account: String?
    /// Rows not to match to an entry already in the book.
    public var unmatchLines: Set<Int> = []

    public init(path: String) { self.path = path }

    /// The rows the preview shows, at most.
    static let previewRows = 60

    func options(preview: Bool) -> ImportOptions {
        var options = ImportOptions(mappings: Dictionary(uniqueKeysWithValues: roles.map { (String($0.key), $0.value) }),
                                    dateFormat: dateFormat, skipBad: skipUnreadable)
        options.invertSign = invertSign
        options.skipLines = skipLines
        options.account = account
        options.unmatchLines = unmatchLines
        options.previewRows = preview ? Self.previewRows : 0
        return options
    }
}

/// How a preview came out: the rows as they would be stored, or why the file cannot be read,
/// with its first row's fields so that columns can still be given roles.
public enum ImportPreviewOutcome: Sendable, Equatable {
    case report(ImportReport)
    case failed(String, columns: [String])
    /// Another tool's export of several accounts: what Enter brings in.
    case tool(ToolPreview)
}

/// Another tool's export as the import view shows it before Enter.
public struct ToolPreview: Sendable, Equatable {
    public var tool: String
    public var rows: Int
    public var accounts: [String]
    /// "Checking (checking)": the accounts Enter makes.
    public var accountsMade: [String]
    public var unrepresentable: [String]

    public init(_ report: ToolImportReport) {
        tool = report.tool
        rows = report.rowsRead
        accounts = report.accounts
        accountsMade = report.accountsMade.map { "\($0.name) (\($0.type.rawValue))" }
        unrepresentable = report.unrepresentable
    }
}

/// The import view (`i`): a path, then a preview of the file as it would be stored.
public struct ImportViewState: Sendable, Equatable {
    public var path: TextInput
    /// Typing the path (else moving around the preview).
    public var editingPath = true
    /// What Tab found when it could not settle on one name.
    public var candidates: [String] = []
    /// The file and changes the preview is of.
    public var request: ImportRequest?
    public var outcome: ImportPreviewOutcome?
    /// The request `outcome` answers: Enter imports only what the preview shows.
    public var previewed: ImportRequest?
    /// The selected column (0-based) and preview row.
    public var column = 0
    public var row = 0
    /// Enter was pressed: the import is running.
    public var importing = false
    /// The account was chosen for the file (a card's export, a card account), not by the user.
    public var suggestedAccount = false
    public var error: String?

    public init(path: String = "") { self.path = TextInput(path) }

    public var report: ImportReport? {
        if case let .report(report) = outcome { return report }
        return nil
    }

    /// The file's columns, for giving them roles.
    public var columnNames: [String] {
        switch outcome {
        case let .report(report): report.columnNames
        case let .failed(_, columns): columns
        case .tool, nil: []
        }
    }

    /// What the column (0-based) is read as: the user's choice, else the file's layout.
    public func role(ofColumn index: Int) -> String? {
        if let chosen = request?.roles[index + 1] { return chosen.rawValue }
        guard let report else { return nil }
        if let field = report.columnFields.first(where: { $0.value == index })?.key { return field.rawValue }
        return report.ruleColumns[index]
    }

    /// The roles `r` cycles through, in order.
    static let roleCycle: [ImportField] = [.date, .description, .amount, .debit, .credit, .category, .type, .note, .balance, .ignore]
}
