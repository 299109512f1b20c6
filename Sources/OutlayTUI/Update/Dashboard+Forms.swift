import OutlayBasics
import OutlayKit
import TerminalUI

extension Dashboard {
    // MARK: - Opening forms

    /// A new transaction form, or the one last closed with Esc, as it was left.
    static func addTransactionForm(_ state: inout AppState) -> FormState {
        if let draft = state.cancelledDraft {
            state.cancelledDraft = nil
            state.notice = Notice(text: "Your unsaved entry is back", level: .info)
            return draft
        }
        return transactionForm(.addTransaction, amount: "", description: "", category: "", splits: "", date: state.today.description,
                               type: "expense", account: state.defaultAccount ?? "", original: "", tags: "", note: "")
    }

    static func editTransactionForm(_ transaction: Transaction) -> FormState {
        transactionForm(.editTransaction(id: transaction.id), amount: transaction.amount.decimalString,
                        description: transaction.description, category: transaction.category,
                        splits: SplitPart.text(transaction.splits), date: transaction.date.description,
                        type: transaction.isRefund ? "refund" : transaction.kind.rawValue, account: transaction.account ?? "",
                        original: transaction.original.map { "\($0.description) \($0.currency.code)" } ?? "",
                        tags: transaction.tags.joined(separator: ", "),
                        note: transaction.note ?? "")
    }

    private static func transactionForm(_ kind: FormKind, amount: String, description: String, category: String, splits: String,
                                        date: String, type: String, account: String, original: String, tags: String, note: String) -> FormState {
        FormState(kind: kind, fields: [
            FormField(id: .amount, label: "Amount", input: TextInput(amount), placeholder: "12.50"),
            FormField(id: .description, label: "Description", input: TextInput(description), placeholder: "Coffee with Sam"),
            FormField(id: .category, label: "Category", input: TextInput(category), placeholder: "food",
                      hint: "empty: what this description had before, else other"),
            FormField(id: .date, label: "Date", input: TextInput(date), placeholder: "YYYY-MM-DD",
                      hint: "YYYY-MM-DD, today, yesterday or -3 (days ago)"),
            FormField(id: .kind, label: "Type", input: TextInput(type), placeholder: "",
                      hint: "Space switches expense/income/refund"),
            FormField(id: .account, label: "Account", input: TextInput(account), placeholder: "checking"),
            FormField(id: .tags, label: "Tags", input: TextInput(tags), placeholder: "trip, work"),
            FormField(id: .note, label: "Note", input: TextInput(note), placeholder: "optional"),
            // Late: most entries have one category; a split names a category per part.
            FormField(id: .splits, label: "Split", input: TextInput(splits), placeholder: "optional: groceries 120; household",
                      hint: splitHint),
            // Rarer still: what a card was charged abroad, beside what the account paid.
            FormField(id: .original, label: "Charged", input: TextInput(original), placeholder: "optional: 12.00 EUR, in another currency"),
        ])
    }

    static let splitHint = "; between parts; one without an amount takes the rest"

    /// What a valid split adds up to: "groceries 120.00 + household 60.00 = 180.00".
    private static func splitHint(_ form: FormState, _ state: AppState) -> String {
        let total = try? Money.parseTyped(form.text(.amount), currency: state.currency)
        guard let parts = try? SplitPart.list(parsing: form.text(.splits), currency: state.currency, total: total), !parts.isEmpty else {
            return splitHint
        }
        let sum = Money(minorUnits: parts.reduce(0) { $0 + $1.amount.minorUnits }, currency: state.currency)
        return SplitPart.listed(parts) + " = \(sum)"
    }

    /// `t`: from the default (or first) account to another; the date today.
    static func transferForm(_ state: AppState) -> FormState {
        let open = openAccounts(state)
        let from = state.defaultAccount ?? open.first ?? ""
        return FormState(kind: .addTransfer, fields: [
            FormField(id: .amount, label: "Amount", input: TextInput(""), placeholder: "500"),
            FormField(id: .from, label: "From", input: TextInput(from), placeholder: "checking"),
            FormField(id: .to, label: "To", input: TextInput(open.first { $0 != from } ?? ""), placeholder: "card"),
            FormField(id: .date, label: "Date", input: TextInput(state.today.description), placeholder: "YYYY-MM-DD",
                      hint: "YYYY-MM-DD, today, yesterday or -3 (days ago)"),
            FormField(id: .description, label: "Description", input: TextInput(""), placeholder: "optional: Transfer from A to B"),
            FormField(id: .received, label: "Received", input: TextInput(""), placeholder: "when To keeps another currency: what arrived"),
        ])
    }

    static func budgetForm(_ state: AppState, editing budget: Budget?) -> FormState {
        let kind: FormKind = budget.map { .editBudget(id: $0.id, scope: $0.scope, period: $0.period) } ?? .addBudget
        return FormState(kind: kind, fields: [
            FormField(id: .scope, label: "Category", input: TextInput(budget?.scope.description ?? ""), placeholder: "food",
                      hint: "a category, or overall"),
            FormField(id: .amount, label: "Amount", input: TextInput(budget?.amount.decimalString ?? ""), placeholder: "400"),
            FormField(id: .period, label: "Period", input: TextInput(budget?.period.rawValue ?? "monthly"), placeholder: "monthly",
                      hint: "daily, weekly, monthly or yearly"),
            FormField(id: .threshold, label: "Alert at %", input: TextInput(String(budget?.threshold ?? 80)), placeholder: "80"),
            FormField(id: .rollover, label: "Rollover", input: TextInput(budget?.rollover == true ? "yes" : "no"), placeholder: "no",
                      hint: "Space switches: carry what is left (or overspent) into the next period"),
        ])
    }

    // MARK: - Typing in a form

    static func formKey(_ state: inout AppState, _ form: FormState, _ key: KeyEvent) -> [Effect] {
        var form = form
        switch key.key {
        case .escape:
            return cancelForm(&state, form)
        case .tab, .down:
            form.fields[form.focused].touched = true
            form.focus((form.focused + 1) % form.fields.count)
        case .backTab, .up:
            form.fields[form.focused].touched = true
            form.focus((form.focused + form.fields.count - 1) % form.fields.count)
        case .enter:
            return submit(&state, form)
        default:
            if key == .ctrl("c") { return cancelForm(&state, form) }
            if key == .ctrl("s") { return submit(&state, form) }
            edit(&form, key, suggestions: [.account, .from, .to].contains(form.fields[form.focused].id) ? openAccounts(state)
                : names(of: kind(of: form), in: state))
        }
        form.submitError = nil
        state.modal = .form(validated(form, state))
        return guessIfNeeded(form)
    }

    /// A transaction form whose description or type changed asks history again (shown live under the category).
    private static func guessIfNeeded(_ form: FormState) -> [Effect] {
        guard form.kind.isTransaction, !form.text(.description).isEmpty else { return [] }
        let asked = form.text(.description) + "\u{1F}" + form.text(.kind)
        guard asked != form.guessedFor else { return [] }
        return [.guessCategory(description: form.text(.description), kind: kind(of: form))]
    }

    /// A refund is an expense's money coming back: its categories are the spending ones.
    static func kind(of form: FormState) -> TransactionKind { TransactionKind(rawValue: form.text(.kind)) ?? .expense }
    static func isRefund(_ form: FormState) -> Bool { form.text(.kind) == "refund" }

    static func openAccounts(_ state: AppState) -> [String] {
        state.accounts.filter { !$0.account.closed }.map(\.account.name)
    }

    /// The category names of one kind, or (budgets) of expenses.
    static func names(of kind: TransactionKind, in state: AppState) -> [String] {
        state.categories.filter { $0.kind == kind }.map(\.name)
    }

    private static func cancelForm(_ state: inout AppState, _ form: FormState) -> [Effect] {
        state.modal = nil
        // Esc is deliberate, but a half-typed entry is still kept for the next `a`.
        if form.kind == .addTransaction, form.hasTypedContent {
            state.cancelledDraft = form
            state.notice = Notice(text: "Entry put aside: press \(state.keymap.label(for: .add)) to get it back", level: .info)
        }
        return []
    }

    /// Applies a key to the focused field. Switch fields take Space; the category field accepts its suggestion with →.
    private static func edit(_ form: inout FormState, _ key: KeyEvent, suggestions: [String]) {
        let field = form.fields[form.focused]
        var input = field.input
        switch field.id {
        case .kind where form.kind.isSchedule:
            if case .character(" ") = key.key {
                let kinds = Schedule.Kind.allCases.map(\.rawValue)
                input.setText(kinds[((kinds.firstIndex(of: input.text) ?? 0) + 1) % kinds.count])
            }
        case .kind:
            if case let .character(c) = key.key {
                let types = ["expense", "income", "refund"]
                if c == " " { input.setText(types[((types.firstIndex(of: input.text) ?? 0) + 1) % types.count]) }
                if c == "i" { input.setText("income") }
                if c == "e" { input.setText("expense") }
                if c == "r" { input.setText("refund") }
            }
        case .rollover, .confirm:
            if case let .character(c) = key.key {
                if c == " " { input.setText(input.text == "yes" ? "no" : "yes") }
                if c == "y" { input.setText("yes") }
                if c == "n" { input.setText("no") }
            }
        case .category, .scope, .account, .from, .to:
            if key.key == .right, input.cursor == input.text.count, let suggestion = suggestion(input.text, suggestions) {
                input.setText(suggestion)
            } else {
                input.handle(key)
            }
        default:
            input.handle(key)
        }
        form.fields[form.focused].input = input
    }

    static func suggestion(_ prefix: String, _ categories: [String]) -> String? {
        let lowered = prefix.lowercased()
        guard !lowered.isEmpty else { return nil }
        return categories.first { $0.lowercased().hasPrefix(lowered) && $0.lowercased() != lowered }
    }

    // MARK: - Validation

    /// The form with each field's error set: live for what has been typed,
    /// and for empty required fields once they were visited; hints say what
    /// the category and date fields understood.
    static func validated(_ form: FormState, _ state: AppState) -> FormState {
        var form = form
        let (errors, _) = check(form, state)
        let kind = form.kind.isTransaction ? kind(of: form) : .expense
        let known = names(of: kind, in: state)
        for index in form.fields.indices {
            let field = form.fields[index]
            let error = errors[field.id]
            form.fields[index].error = (field.input.text.isEmpty && !field.touched) ? nil : error
            guard error == nil else { continue }
            let typed = field.input.text.trimmingWhitespace()
            switch field.id {
            case .category where !form.text(.splits).isEmpty && form.kind.isTransaction:
                form.fields[index].hint = "split: each part names its category"
            case .category, .scope:
                if let suggestion = suggestion(typed, known) {
                    form.fields[index].hint = "→ \(suggestion)   (→ key accepts)"
                } else if !typed.isEmpty, typed.lowercased() != "overall" || field.id == .category,
                          !known.contains(where: { $0.lowercased() == typed.lowercased() }) {
                    form.fields[index].hint = "new \(kind.rawValue) category '\(typed.lowercased())', made when saved"
                } else if typed.isEmpty, field.id == .category {
                    form.fields[index].hint = form.guess.map { "\($0.category) — like \($0.count) earlier '\($0.example)'" }
                        ?? "empty: other (nothing like this description yet)"
                } else if typed.isEmpty {
                    form.fields[index].hint = "a category, or overall"
                } else {
                    form.fields[index].hint = nil
                }
            case .account, .from, .to:
                let open = openAccounts(state)
                form.fields[index].hint = suggestion(typed, open).map { "→ \($0)   (→ key accepts)" }
                    ?? (typed.isEmpty ? "one of \(open.joined(separator: ", "))" : nil)
            case .splits:
                form.fields[index].hint = splitHint(form, state)
            case .date:
                // Say which day a relative date means: "-3" is "Saturday 28 November 2026".
                let day = try? LocalDate(spoken: typed, today: state.today)
                form.fields[index].hint = day.map { "= \($0.spelledOut)" } ?? "YYYY-MM-DD, today, yesterday or -3 (days ago)"
            default:
                break
            }
        }
        return form
    }

    private static func submit(_ state: inout AppState, _ form: FormState) -> [Effect] {
        var form = form
        for index in form.fields.indices { form.fields[index].touched = true }
        let (errors, submission) = check(form, state)
        form = validated(form, state)
        guard let submission, errors.isEmpty else {
            if let first = form.fields.firstIndex(where: { errors[$0.id] != nil }) { form.focused = first }
            form.submitError = "Fix the field\(errors.count == 1 ? "" : "s") marked ✖ — nothing was saved yet"
            state.modal = .form(form)
            return []
        }
        form.submitError = nil
        state.modal = .form(form)
        return [.submit(submission)]
    }

    /// Every field's problem, and the submission when there are none.
    static func check(_ form: FormState, _ state: AppState) -> (errors: [FieldID: String], submission: Submission?) {
        var errors: [FieldID: String] = [:]
        var amount: Money?
        do {
            let parsed = try Money.parseTyped(form.text(.amount), currency: state.currency)
            if parsed.isPositive { amount = parsed } else { errors[.amount] = "must be more than zero" }
        } catch {
            errors[.amount] = form.text(.amount).isEmpty ? "needed" : "\(error)"
        }
        switch form.kind {
        case .addTransaction, .editTransaction:
            let description = form.text(.description)
            if description.isEmpty { errors[.description] = "needed" }
            let date = try? LocalDate(spoken: form.text(.date), today: state.today)
            if date == nil { errors[.date] = "'\(form.text(.date))' is not a date: use YYYY-MM-DD, today, yesterday or -N" }
            let kind = kind(of: form)
            let category = form.text(.category).isEmpty ? nil : form.text(.category)
            if let category, let other = otherKind(of: category, for: kind, in: state) {
                errors[.category] = "'\(category.lowercased())' is an \(other.rawValue) category: Space on Type switches to \(other.rawValue)"
            }
            var splits: [SplitPart] = []
            do { splits = try SplitPart.list(parsing: form.text(.splits), currency: state.currency, total: amount) } catch {
                errors[.splits] = if case let .invalidSplit(reason) = error { reason } else { "\(error)" }
            }
            if let amount, !splits.isEmpty, errors[.splits] == nil {
                let sum = splits.reduce(0) { $0 + $1.amount.minorUnits }
                if sum != amount.minorUnits {
                    let gap = Money(minorUnits: abs(amount.minorUnits - sum), currency: state.currency)
                    errors[.splits] = "the parts sum to \(Money(minorUnits: sum, currency: state.currency)) of \(amount): "
                        + (sum < amount.minorUnits ? "\(gap) not assigned" : "\(gap) too much")
                }
            }
            let tags = form.text(.tags).split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            let note = form.text(.note).isEmpty ? nil : form.text(.note)
            let account = form.text(.account).isEmpty ? nil : form.text(.account)
            var original: Money?
            if !form.text(.original).isEmpty {
                do { original = try Money.parseWithCurrency(form.text(.original)) } catch { errors[.original] = "\(error)" }
            }
            let accounts = state.accounts.map(\.account.name)
            if let account, !accounts.isEmpty, !accounts.contains(where: { $0.lowercased() == account.lowercased() }) {
                errors[.account] = "no account '\(account)': outlay accounts add \(account) --type checking makes one"
            } else if account == nil, state.defaultAccount == nil, openAccounts(state).count > 1 {
                errors[.account] = "needed: which account (→ accepts a suggestion)"
            }
            guard errors.isEmpty, let amount, let date else { return (errors, nil) }
            if case let .editTransaction(id) = form.kind {
                return (errors, .editTransaction(id: id, TransactionPatch(
                    kind: kind, amount: amount, category: category, description: description, date: date, note: .some(note),
                    tags: tags, account: account.map { .some($0) }, isRefund: isRefund(form), splits: splits, original: .some(original)),
                    force: form.confirmedReconciled))
            }
            return (errors, .addTransaction(TransactionDraft(kind: kind, amount: amount, category: splits.isEmpty ? category : nil,
                                                             description: description, date: date, note: note, tags: tags, account: account,
                                                             isRefund: isRefund(form), splits: splits, original: original)))
        case .addTransfer:
            let known = state.accounts.map(\.account.name)
            for field in [FieldID.from, .to] {
                let name = form.text(field)
                if name.isEmpty { errors[field] = "needed: an account (→ accepts a suggestion)" }
                else if !known.contains(where: { $0.lowercased() == name.lowercased() }) {
                    errors[field] = "no account '\(name)': outlay accounts add \(name) --type checking makes one"
                }
            }
            if errors[.to] == nil, form.text(.from).lowercased() == form.text(.to).lowercased() { errors[.to] = "the other account" }
            let date = try? LocalDate(spoken: form.text(.date), today: state.today)
            if date == nil { errors[.date] = "'\(form.text(.date))' is not a date: use YYYY-MM-DD, today, yesterday or -N" }
            // In the currency of the account it arrives in; the service says when one is needed.
            var received: Money?
            if !form.text(.received).isEmpty {
                let arriving = state.accounts.first { $0.account.name.lowercased() == form.text(.to).lowercased() }?.account.currency ?? state.currency
                do { received = try Money.parseTyped(form.text(.received), currency: arriving) } catch { errors[.received] = "\(error)" }
            }
            guard errors.isEmpty, let amount, let date else { return (errors, nil) }
            return (errors, .addTransfer(TransferService.Draft(amount: amount, from: form.text(.from), to: form.text(.to), date: date,
                                                              description: form.text(.description).isEmpty ? nil : form.text(.description),
                                                              received: received)))
        case .addSchedule, .editSchedule:
            let submission = checkSchedule(form, amount: amount, errors: &errors, state)
            return (errors, submission)
        case .addBudget, .editBudget:
            let scopeText = form.text(.scope)
            if scopeText.isEmpty { errors[.scope] = "needed: a category name, or overall" }
            let period = BudgetPeriod(rawValue: form.text(.period).lowercased())
            if period == nil { errors[.period] = "'\(form.text(.period))': use daily, weekly, monthly or yearly" }
            let threshold = Int(form.text(.threshold))
            if threshold.map({ !FieldLimits.alertThreshold.contains($0) }) ?? true {
                errors[.threshold] = "a whole number from \(FieldLimits.alertThreshold.lowerBound) to \(FieldLimits.alertThreshold.upperBound)"
            }
            guard errors.isEmpty, let amount, let period, let threshold else { return (errors, nil) }
            let scope: BudgetScope = scopeText.lowercased() == "overall" ? .overall : .category(scopeText)
            var replacing: String?
            if case let .editBudget(id, oldScope, oldPeriod) = form.kind, oldScope != scope || oldPeriod != period { replacing = id }
            return (errors, .setBudget(replacing: replacing, scope: scope, amount: amount, period: period, threshold: threshold,
                                       rollover: form.text(.rollover) == "yes"))
        }
    }

    /// The other kind, when `name` is a category of that kind only (salary typed into an expense).
    private static func otherKind(of name: String, for kind: TransactionKind, in state: AppState) -> TransactionKind? {
        let lowered = name.lowercased()
        let kinds = Set(state.categories.filter { $0.name == lowered }.map(\.kind))
        return !kinds.isEmpty && !kinds.contains(kind) ? kinds.first : nil
    }
}
