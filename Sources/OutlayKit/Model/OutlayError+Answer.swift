/// What kind of failure an error is, which decides how any front end answers
/// it; the gateway's status for each is in its comment (`APIError` looks it up).
public enum FailureKind: Sendable, Equatable {
    /// A value the caller can correct (400).
    case badInput
    /// Nothing has that id or name (404).
    case notFound
    /// What the ledger already holds forbids it (409).
    case conflict
    /// Another writer holds the ledger; the same request may succeed in a moment (503).
    case busy
    /// The disk is full; nothing was written (507).
    case storageFull
    /// The ledger itself cannot be used: the server's administrator must act (500).
    case ledgerFault
}

extension OutlayError {
    /// The kind of failure: every case is listed, so a new one must say what it is.
    public var kind: FailureKind {
        switch self {
        case .invalidAmount, .invalidDate, .invalidSpokenDate, .invalidCurrency, .invalidRate, .noRate, .invalidKind, .refundOfIncome, .invalidSplit, .emptyDescription, .invalidTag,
             .tooManyTags, .textTooLong, .nulInText, .outOfRange, .invalidLimit, .invalidCursor, .invalidCategoryName,
             .unknownCategory, .invalidPeriod, .invalidMonth, .invalidImport, .unknownLayout, .layoutQuestion, .importRejected, .invalidThreshold,
             .invalidConfig, .invalidSyncChange, .clockTooFarAhead, .invalidAccount, .unknownAccount, .accountNeeded,
             .invalidSchedule, .demoTargetNotEmpty, .nothingToUndo:
            .badInput
        case .unknownTransaction, .unknownPayee, .ambiguousTransaction, .unknownBudget, .unknownNotification, .unknownTransfer, .unknownSchedule:
            .notFound
        case .categoryExists, .budgetExists, .accountExists, .accountInUse, .reconciled, .conflict, .ledgerTotalTooLarge:
            .conflict
        case .databaseLocked:
            .busy
        case .diskFull:
            .storageFull
        case .databaseUnavailable, .storedValueInvalid, .cannotWrite:
            .ledgerFault
        }
    }

    /// The field a client should fix, in the gateway's names; nil when the failure is not one field's.
    public var field: String? {
        switch self {
        case .invalidAmount, .ledgerTotalTooLarge: "amount"
        case .invalidDate, .invalidSpokenDate: "date"
        case .invalidCurrency, .noRate: "currency"
        case .invalidRate: "rate"
        case .invalidKind, .refundOfIncome: "type"
        case .invalidSplit: "splits"
        case .emptyDescription: "description"
        case .invalidTag, .tooManyTags: "tags"
        case let .textTooLong(field, _), let .nulInText(field): field
        case let .outOfRange(name, _, _): name
        case .invalidLimit: "limit"
        case .invalidCursor: "cursor"
        case .unknownCategory, .invalidCategoryName: "category"
        case .invalidPeriod: "period"
        case .invalidMonth: "month"
        case .invalidThreshold: "alertThreshold"
        case .invalidAccount, .unknownAccount, .accountNeeded: "account"
        case .invalidImport, .unknownLayout, .layoutQuestion, .importRejected, .invalidConfig, .invalidSyncChange, .clockTooFarAhead, .invalidSchedule,
             .demoTargetNotEmpty, .nothingToUndo, .unknownTransaction, .unknownPayee, .ambiguousTransaction, .unknownBudget, .unknownNotification,
             .unknownTransfer, .unknownSchedule, .categoryExists, .budgetExists, .accountExists, .accountInUse, .reconciled, .conflict,
             .databaseLocked, .diskFull, .databaseUnavailable, .storedValueInvalid, .cannotWrite:
            nil
        }
    }
}
