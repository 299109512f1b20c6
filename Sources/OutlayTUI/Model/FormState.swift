import OutlayBasics
import OutlayKit
import TerminalUI

/// What a form edits.
public enum FormKind: Sendable, Hashable {
    case addTransaction
    case editTransaction(id: String)
    case addBudget
    case addTransfer
    case editBudget(id: String, scope: BudgetScope, period: BudgetPeriod)
    case addSchedule
    case editSchedule(id: String)

    var isSchedule: Bool {
        switch self {
        case .addSchedule, .editSchedule: true
        default: false
        }
    }

    var isTransaction: Bool {
        switch self {
        case .addTransaction, .editTransaction: true
        case .addBudget, .editBudget, .addTransfer, .addSchedule, .editSchedule: false
        }
    }

    var title: String {
        switch self {
        case .addTransaction: "Add a transaction"
        case .editTransaction: "Edit the transaction"
        case .addBudget: "Add a budget"
        case .addTransfer: "Move money between accounts"
        case .editBudget: "Edit the budget"
        case .addSchedule: "Add a recurring item"
        case .editSchedule: "Edit the recurring item (from its next date on)"
        }
    }
}

public enum FieldID: String, Sendable, Hashable {
    case amount, description, category, splits, date, kind, account, tags, note
    /// What a card was charged in another currency; what arrived of a transfer between currencies.
    case original, received
    case from, to
    case scope, period, threshold, rollover
    case every, day, start, until, confirm
}

public struct FormField: Sendable, Equatable {
    public var id: FieldID
    public var label: String
    public var input: TextInput
    public var placeholder: String
    public var hint: String?
    /// Shown once the field has been visited or a save was tried, so a fresh form is not all red.
    public var error: String?
    public var touched = false
}

/// An open form: every keystroke lives here, so nothing typed is lost when a save fails.
public struct FormState: Sendable, Equatable {
    public var kind: FormKind
    public var fields: [FormField]
    public var focused = 0
    /// Why the last save failed (the database's answer); the input stays.
    public var submitError: String?
    /// What history says an empty category becomes, for the description and type in `guessedFor`.
    public var guess: CategoryGuess?
    public var guessedFor = ""
    /// The transaction is reconciled and the user was asked: the next save changes it anyway.
    public var confirmedReconciled = false

    /// A form opens on its first field, its text selected: typing replaces what was filled in.
    public init(kind: FormKind, fields: [FormField]) {
        self.kind = kind
        self.fields = fields
        focus(0)
    }

    /// Moves to a field and selects its text, as forms elsewhere do.
    public mutating func focus(_ index: Int) {
        guard fields.indices.contains(index) else { return }
        focused = index
        fields[index].input.selectAll()
    }

    /// True when the user typed something worth keeping (the date and type start filled in).
    public var hasTypedContent: Bool {
        fields.contains { ![.date, .kind, .period, .threshold, .rollover, .every, .start, .confirm].contains($0.id) && !$0.input.text.isEmpty }
    }

    subscript(id: FieldID) -> FormField? {
        fields.first { $0.id == id }
    }

    func text(_ id: FieldID) -> String {
        self[id]?.input.text.trimmingWhitespace() ?? ""
    }
}
