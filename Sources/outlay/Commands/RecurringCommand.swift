import ArgumentParser
import Foundation
import OutlayBasics
import OutlayKit
import TerminalUI

struct RecurringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recurring",
        abstract: "Bills, income and transfers that repeat, posted on their day without cron.",
        discussion: """
            outlay recurring add 1200 Rent --every month --day 1 --from 2027-01-01 --category housing --account checking
            Each occurrence is posted the first time Outlay runs on or after its day (any command, the dashboard, the server), \
            once, even across synced devices. --confirm makes them wait for outlay recurring confirm (y in the dashboard). \
            A change applies from the next occurrence after today; what is posted stays.
            """,
        subcommands: [Add.self, List.self, Edit.self, Skip.self, Confirm.self, Remove.self, Suggest.self],
        defaultSubcommand: List.self)

    /// When it comes round, as the options spell it.
    struct RhythmOptions: ParsableArguments {
        @Option(help: "How often: day, week, month, year, or with a count: 2-weeks, 3-months (also daily, weekly, monthly, yearly).")
        var every: String?
        @Option(help: "The day of the month (31 means the month's last day in shorter months), or a weekday rule: 'last friday', 'first weekday'.")
        var day: String?
        @Option(parsing: .unconditional, help: "The first day it may fall on (default: today).") var from: String?
        @Option(parsing: .unconditional, help: "The last day it may fall on.") var until: String?
        @Option(help: "How many times it happens in all.") var count: Int?

        var isEmpty: Bool { every == nil && day == nil && from == nil && until == nil && count == nil }

        /// `2-weeks` → (2, week); `monthly` → (1, month).
        func interval() throws -> (every: Int, unit: Recurrence.Unit)? {
            guard let every else { return nil }
            return try parseArgument("--every") { try Recurrence.interval(parsing: every) }
        }

        /// `--day 31` or `--day 'last friday'`.
        func dayRule() throws -> (dayOfMonth: Int?, weekday: WeekdayRule?)? {
            guard let day else { return nil }
            if let number = Int(day) { return (number, nil) }
            return (nil, try parseArgument("--day") { try WeekdayRule(parsing: day) })
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a schedule; occurrences already due (a --from in the past) are posted now.")
        @Argument(help: "The amount.") var amount: String
        @Argument(help: "What it is, as each transaction will say.") var description: String
        @OptionGroup var rhythm: RhythmOptions
        @Option(help: "Its category (default: what earlier transactions like it had, else other).") var category: String?
        @Option(help: "The account it is paid from (income: paid into).") var account: String?
        @Option(name: .customLong("transfer-to"), help: "Make it a transfer from --account to this account.") var transferTo: String?
        @Flag(help: "It is income.") var income = false
        @Flag(help: "Wait for confirmation (outlay recurring confirm, y in the dashboard) instead of posting on the day.") var confirm = false
        @Option(help: "A note each transaction carries.") var note: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if rhythm.every == nil { throw ValidationError("--every is needed: day, week, month, year, or 2-weeks, 3-months …") }
            if income, transferTo != nil { throw ValidationError("a transfer (--transfer-to) is not income; leave out --income") }
            if transferTo != nil, category != nil { throw ValidationError("a transfer has no category; leave out --category") }
        }

        func run() throws {
            let (schedule, posted, next) = try global.withDatabase(printingAlerts: !output.json) { database in
                let today = database.clock.today()
                guard let interval = try rhythm.interval() else { throw ValidationError("--every is needed") }
                let rule = try rhythm.dayRule()
                let recurrence = Recurrence(every: interval.every, unit: interval.unit, dayOfMonth: rule?.dayOfMonth, weekday: rule?.weekday,
                                            start: try parseDate("--from", rhythm.from, today: today) ?? today,
                                            until: try parseDate("--until", rhythm.until, today: today), count: rhythm.count)
                let draft = ScheduleService.Draft(
                    kind: transferTo != nil ? .transfer : income ? .income : .expense,
                    amount: try parseArgument("amount") { try Money.parseTyped(amount, currency: database.currency) }, description: description,
                    category: category, account: account, toAccount: transferTo, recurrence: recurrence, confirm: confirm, note: note)
                let made = try ScheduleService(database: database).add(draft)
                return (made.schedule, made.posted, made.schedule.recurrence.next(onOrAfter: today.adding(days: made.posted > 0 ? 1 : 0)))
            }
            if output.json { return JSONOutput.print(schedule.json(next: next)) }
            print("Made '\(schedule.description)': \(schedule.amount) \(schedule.rhythm) (\(RecordID.short(schedule.id)))")
            if posted > 0 { print("Posted \(posted) occurrence\(posted == 1 ? "" : "s") already due") }
            if let next { print("Next: \(next)") }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The schedules and when each comes next.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let (rows, problems) = try global.withDatabase(printingAlerts: !output.json) { database in
                let service = ScheduleService(database: database)
                return (try service.listWithNext(), try service.problems())
            }
            if output.json { return JSONOutput.print(.array(rows.map { $0.json(next: $1, problem: problems[$0.id]) })) }
            guard !rows.isEmpty else {
                return print("No recurring items yet. outlay recurring add AMOUNT DESCRIPTION --every month makes one; outlay recurring suggest finds them in your history.")
            }
            var table = TextTable([TextTable.Column(title: "ID"), TextTable.Column(title: "DESCRIPTION", flexible: true),
                                   TextTable.Column(title: "AMOUNT", alignRight: true), TextTable.Column(title: "ACCOUNT"),
                                   TextTable.Column(title: "WHEN", flexible: true), TextTable.Column(title: "NEXT")])
            for (s, next) in rows {
                let amount = s.kind == .income ? "+\(s.amount)" : s.kind == .transfer ? "\(s.amount) →" : "-\(s.amount)"
                table.append([TextTable.Cell(text: RecordID.short(s.id)), TextTable.Cell(text: s.description + (s.confirm ? " (confirm)" : "")),
                              TextTable.Cell(text: amount), TextTable.Cell(text: s.toAccount.map { "\(s.account) → \($0)" } ?? s.account),
                              TextTable.Cell(text: s.rhythm), TextTable.Cell(text: next?.description ?? "ended")])
            }
            print(table.render(width: TerminalStyle.width, style: .standardOutput))
            for (s, _) in rows {
                if let problem = problems[s.id] { print("⚠ \(RecordID.short(s.id)) '\(TerminalSafeText.sanitize(s.description))': \(TerminalSafeText.sanitize(problem))") }
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a schedule from its next occurrence on; outlay undo takes the change back.")
        @Argument(help: "Its id (or the end of it).") var id: String
        @Option(help: "A new amount.") var amount: String?
        @Option(help: "A new description.") var description: String?
        @Option(help: "A new category.") var category: String?
        @Option(help: "A new account.") var account: String?
        @Option(name: .customLong("transfer-to"), help: "A new receiving account (transfers).") var transferTo: String?
        @OptionGroup var rhythm: RhythmOptions
        @Option(help: "Wait for confirmation: yes or no.") var confirm: String?
        @Option(help: "A new note.") var note: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if rhythm.isEmpty, [amount, description, category, account, transferTo, confirm, note].allSatisfy({ $0 == nil }) {
                throw ValidationError("nothing to change: give --amount, --description, --category, --account, --every, --day, --from, --until, --count, --confirm or --note")
            }
            if let confirm, !["yes", "no"].contains(confirm.lowercased()) { throw ValidationError("--confirm \(confirm): say yes or no") }
        }

        func run() throws {
            let schedule = try global.withDatabase(printingAlerts: !output.json) { database in
                let today = database.clock.today()
                var patch = ScheduleService.Patch()
                patch.amount = try amount.map { text in try parseArgument("--amount") { try Money.parseTyped(text, currency: database.currency) } }
                (patch.description, patch.category, patch.account, patch.toAccount, patch.note) = (description, category, account, transferTo, note.map { $0 })
                patch.confirm = confirm.map { $0.lowercased() == "yes" }
                if let interval = try rhythm.interval() { (patch.every, patch.unit) = (interval.every, interval.unit) }
                if let rule = try rhythm.dayRule() { (patch.dayOfMonth, patch.weekday) = rule.weekday == nil ? (.some(rule.dayOfMonth), nil) : (nil, .some(rule.weekday)) }
                patch.from = try parseDate("--from", rhythm.from, today: today)
                if let until = try parseDate("--until", rhythm.until, today: today) { patch.until = .some(until) }
                if let count = rhythm.count { patch.count = .some(count) }
                return try ScheduleService(database: database).edit(id: id, patch)
            }
            if output.json { return JSONOutput.print(schedule.json()) }
            print("Saved '\(schedule.description)': \(schedule.amount) \(schedule.rhythm), from \(schedule.recurrence.start) (\(RecordID.short(schedule.id)))")
        }
    }

    struct Skip: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Leave out one occurrence (default: the next one); it is never posted.")
        @Argument(help: "Its id.") var id: String
        @Option(parsing: .unconditional, help: "The occurrence's day.") var date: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (description, day) = try global.withDatabase(printingAlerts: true) { database in
                let service = ScheduleService(database: database)
                let day = try service.skip(id: id, on: try parseDate("--date", date, today: database.clock.today()))
                return (try service.get(id).description, day)
            }
            print("Skipped '\(description)' on \(day)")
        }
    }

    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Post an occurrence waiting for confirmation (default: the oldest); outlay undo takes it back.")
        @Argument(help: "Its id.") var id: String
        @Option(parsing: .unconditional, help: "The occurrence's day.") var date: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let (description, posted) = try global.withDatabase(printingAlerts: true) { database in
                let service = ScheduleService(database: database)
                let posted = try service.confirm(id: id, on: try parseDate("--date", date, today: database.clock.today()))
                return (try service.get(id).description, posted)
            }
            print("Posted '\(description)' (\(RecordID.short(posted)))")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rm", abstract: "Stop a schedule; what it posted stays. outlay undo brings it back.")
        @Argument(help: "Its id.") var id: String
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let schedule = try global.withDatabase(printingAlerts: true) { try ScheduleService(database: $0).remove(id: id) }
            print("Stopped '\(schedule.description)'; what it posted stays")
        }
    }

    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find series in your history (subscriptions, rent, salary) and turn them into schedules.",
            discussion: "Lists what it finds, numbered; --accept 1,3 (or all) makes those schedules, starting at each one's next date.")
        @Option(help: "Which to make: numbers from the list (1,3) or all.") var accept: String?
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let (found, made) = try global.withDatabase(printingAlerts: !output.json) { database in
                let found = try RecurringSuggestions(database: database).find()
                let chosen = try choose(from: found)
                let service = ScheduleService(database: database)
                return (found, try chosen.map { try service.add($0.draft).schedule })
            }
            if output.json {
                return JSONOutput.print(["suggestions": .array(found.enumerated().map { index, s in
                    ["number": .integer(Int64(index + 1)), "seen": .integer(Int64(s.seen)), "last": .string(s.last.description),
                     "description": .string(s.draft.description), "amount": s.draft.amount.json(), "type": .string(s.draft.kind.rawValue),
                    "account": .optional(s.draft.account), "category": .optional(s.draft.category), "rhythm": .string(s.draft.recurrence.words),
                    "from": .string(s.draft.recurrence.start.description)]
                }), "made": .array(made.map { $0.json() })])
            }
            if !made.isEmpty {
                for schedule in made { print("Made '\(schedule.description)': \(schedule.amount) \(schedule.rhythm), from \(schedule.recurrence.start) (\(RecordID.short(schedule.id)))") }
                return
            }
            guard !found.isEmpty else { return print("No series found: nothing came round at a steady interval and amount three times or more.") }
            for (index, s) in found.enumerated() {
                let d = s.draft
                print("\(index + 1). \(d.description): \(d.kind == .income ? "+" : "")\(d.amount) \(d.recurrence.words) from \(d.account ?? "the default account"), seen \(s.seen) times (last \(s.last)); next \(d.recurrence.start)")
            }
            print("Make them with: outlay recurring suggest --accept \(found.count == 1 ? "1" : "1,2") (or --accept all)")
        }

        private func choose(from found: [RecurringSuggestion]) throws -> [RecurringSuggestion] {
            guard let accept else { return [] }
            if accept.lowercased() == "all" { return found }
            return try accept.split(separator: ",").map { part in
                guard let number = Int(part.trimmingCharacters(in: .whitespaces)), found.indices.contains(number - 1) else {
                    throw ValidationError("--accept \(part): there are \(found.count) suggestion\(found.count == 1 ? "" : "s"), numbered from 1")
                }
                return found[number - 1]
            }
        }
    }
}
