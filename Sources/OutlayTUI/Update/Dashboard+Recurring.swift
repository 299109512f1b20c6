import OutlayKit
import TerminalUI

/// The recurring view (`p`): schedules with their next dates, series found in
/// history, and one account's forecast; its keys, and the schedule form.
extension Dashboard {
    static func recurringKey(_ state: inout AppState, _ view: RecurringViewState, _ key: KeyEvent) -> [Effect] {
        var view = view
        defer { if case .recurring = state.modal { state.modal = .recurring(view) } }
        let accounts = view.data?.forecast.accounts.count ?? 0
        switch key.key {
        case .escape: state.modal = nil
        case .down, .character("j"): view.selected = clamp(view.selected + 1, count: view.rowCount)
        case .up, .character("k"): view.selected = clamp(view.selected - 1, count: view.rowCount)
        case .right, .character("l"): view.account = accounts == 0 ? 0 : (view.account + 1) % accounts
        case .left, .character("h"): view.account = accounts == 0 ? 0 : (view.account + accounts - 1) % accounts
        case .character("a"): state.modal = .form(scheduleForm(state, editing: nil))
        case .enter, .character("e"):
            if let schedule = view.selectedSchedule { state.modal = .form(scheduleForm(state, editing: schedule)) }
            if let suggestion = view.selectedSuggestion { return [.submit(.addSchedule(suggestion.draft))] }
        case .character("s"):
            if let schedule = view.selectedSchedule { return [.skipOccurrence(scheduleID: schedule.id)] }
        case .character("y"):
            if let schedule = view.selectedSchedule { return [.confirmOccurrence(scheduleID: schedule.id)] }
        case .character("d"):
            if let schedule = view.selectedSchedule { return [.stopSchedule(id: schedule.id)] }
        default: if key == .ctrl("c") { state.modal = nil }
        }
        return []
    }

    /// `y` outside the view: the oldest occurrence waiting for confirmation.
    static func confirmOldestWaiting(_ state: inout AppState) -> [Effect] {
        guard let waiting = state.upcoming.first(where: \.waiting) else {
            state.notice = Notice(text: "Nothing waits for confirmation", level: .info)
            return []
        }
        return [.confirmOccurrence(scheduleID: waiting.schedule.id)]
    }

    // MARK: - The schedule form

    static func scheduleForm(_ state: AppState, editing schedule: Schedule?) -> FormState {
        let kind: FormKind = schedule.map { .editSchedule(id: $0.id) } ?? .addSchedule
        let r = schedule?.recurrence
        let every = r.map { $0.every == 1 ? $0.unit.rawValue : "\($0.every) \($0.unit.rawValue)s" } ?? "month"
        let day = r?.weekday?.description ?? r?.dayOfMonth.map(String.init) ?? ""
        return FormState(kind: kind, fields: [
            FormField(id: .amount, label: "Amount", input: TextInput(schedule?.amount.decimalString ?? ""), placeholder: "1200"),
            FormField(id: .description, label: "Description", input: TextInput(schedule?.description ?? ""), placeholder: "Rent"),
            FormField(id: .kind, label: "Type", input: TextInput(schedule?.kind.rawValue ?? "expense"), placeholder: "",
                      hint: "Space switches expense/income/transfer"),
            FormField(id: .category, label: "Category", input: TextInput(schedule?.category ?? ""), placeholder: "rent",
                      hint: "empty: what this description had before, else other"),
            FormField(id: .account, label: "Account", input: TextInput(schedule?.account ?? state.defaultAccount ?? ""), placeholder: "checking"),
            FormField(id: .to, label: "To account", input: TextInput(schedule?.toAccount ?? ""), placeholder: "transfers only: savings"),
            FormField(id: .every, label: "Every", input: TextInput(every), placeholder: "month", hint: "day, week, month, year, or 2 weeks, 3 months"),
            FormField(id: .day, label: "On day", input: TextInput(day), placeholder: "31 or last friday",
                      hint: "a day of the month (31: the last in shorter months), or first/last weekday, last friday …"),
            FormField(id: .start, label: "From", input: TextInput(r?.start.description ?? state.today.description), placeholder: "YYYY-MM-DD",
                      hint: schedule == nil ? "the first day it may fall on; past days are posted when saved" : "a change applies after today"),
            FormField(id: .until, label: "Until", input: TextInput(r?.until?.description ?? ""), placeholder: "optional: YYYY-MM-DD"),
            FormField(id: .confirm, label: "Confirm", input: TextInput(schedule?.confirm == true ? "yes" : "no"), placeholder: "",
                      hint: "Space: yes waits for y instead of posting on the day"),
        ])
    }

    /// The schedule form's problems, and what to save.
    static func checkSchedule(_ form: FormState, amount: Money?, errors: inout [FieldID: String], _ state: AppState) -> Submission? {
        let description = form.text(.description)
        if description.isEmpty { errors[.description] = "needed" }
        let kind = Schedule.Kind(rawValue: form.text(.kind)) ?? .expense
        let every = try? Recurrence.interval(parsing: form.text(.every))
        if every == nil { errors[.every] = "'\(form.text(.every))': say day, week, month, year, or 2 weeks" }
        var dayOfMonth: Int?, weekday: WeekdayRule?
        let dayText = form.text(.day)
        if let number = Int(dayText) { dayOfMonth = number }
        else if !dayText.isEmpty {
            do { weekday = try WeekdayRule(parsing: dayText) } catch { errors[.day] = "\(error)" }
        }
        let start = try? LocalDate(spoken: form.text(.start), today: state.today)
        if start == nil { errors[.start] = "'\(form.text(.start))' is not a date" }
        var until: LocalDate?
        if !form.text(.until).isEmpty {
            until = try? LocalDate(spoken: form.text(.until), today: state.today)
            if until == nil { errors[.until] = "'\(form.text(.until))' is not a date" }
        }
        let known = state.accounts.map(\.account.name)
        let accountFields: [FieldID] = kind == .transfer ? [.account, .to] : [.account]
        for field in accountFields where !form.text(field).isEmpty && !known.contains(where: { $0.lowercased() == form.text(field).lowercased() }) {
            errors[field] = "no account '\(form.text(field))'"
        }
        if kind == .transfer, form.text(.to).isEmpty { errors[.to] = "needed for a transfer" }
        guard errors.isEmpty, let amount, let every, let start else { return nil }
        let recurrence = Recurrence(every: every.0, unit: every.1, dayOfMonth: dayOfMonth, weekday: weekday, start: start, until: until)
        do { _ = try recurrence.validated() } catch {
            errors[dayText.isEmpty ? .every : .day] = "\(error)"
            return nil
        }
        let category = form.text(.category).isEmpty ? nil : form.text(.category)
        let account = form.text(.account).isEmpty ? nil : form.text(.account)
        let to = kind == .transfer ? form.text(.to) : nil
        let confirm = form.text(.confirm) == "yes"
        if case let .editSchedule(id) = form.kind {
            guard let before = state.modalSchedule(id) else {
                return .editSchedule(id: id, ScheduleService.Patch(amount: amount, description: description, category: category, account: account,
                                                                   toAccount: to, confirm: confirm))
            }
            var patch = ScheduleService.Patch(amount: amount, description: description, category: category, account: account, toAccount: to,
                                              confirm: confirm)
            let old = before.recurrence
            // Only what changed: an unchanged rhythm keeps its dates.
            if (old.every, old.unit) != (every.0, every.1) { (patch.every, patch.unit) = (every.0, every.1) }
            if old.dayOfMonth != dayOfMonth || old.weekday != weekday { (patch.dayOfMonth, patch.weekday) = (.some(dayOfMonth), .some(weekday)) }
            if old.start != start { patch.from = start }
            if old.until != until { patch.until = .some(until) }
            return .editSchedule(id: id, patch)
        }
        return .addSchedule(ScheduleService.Draft(kind: kind, amount: amount, description: description, category: category, account: account,
                                                  toAccount: to, recurrence: recurrence, confirm: confirm))
    }
}

extension AppState {
    /// The schedule being edited, as the recurring view loaded it (the form replaced the view, which keeps its data).
    func modalSchedule(_ id: String) -> Schedule? { lastRecurring?.schedules.first { $0.schedule.id == id }?.schedule }
}
