import Dispatch
import Foundation
import OutlayBasics
import OutlayKit
import TerminalUI

/// Does what `update` asks, against the domain library, and reports back as actions.
///
/// Local reads and writes take well under a millisecond to a few
/// milliseconds, so they run on the UI thread; deliveries that may touch the
/// network (webhooks, desktop) run in the background.
public final class EffectRunner {
    /// Its clock is the dashboard's too ("today", midnight, what every service sees).
    /// Opened again when the welcome screen sets the book's currency.
    private(set) var database: AppDatabase
    let themes: ThemeLibrary
    /// Where the chosen theme and the seen welcome are kept between runs; nil in tests and snapshots.
    let memory: DashboardMemory?
    /// The config's `[tui] theme`, kept beside a remembered choice.
    private(set) var configuredTheme: String?
    /// Rings the terminal bell (the live app's backend; tests count).
    var bell: () -> Void
    /// Sync with the server; nil where there is none to talk to (snapshots, benchmarks).
    let sync: BackgroundSync?
    /// `config.toml`, read again when it changes; nil where there is none to watch (tests, snapshots).
    public var configWatch: ConfigWatch?
    /// The theme file on screen, read again when it changes; follows `T`. Nil where there is none to watch.
    public var themeWatch: ThemeWatch?
    private var lastSyncLabel: String?
    private var lastChangeStamp: String?
    private var lastToday: LocalDate?

    public init(database: AppDatabase, themes: ThemeLibrary, sync: BackgroundSync? = nil, memory: DashboardMemory? = nil,
                configuredTheme: String? = nil, bell: @escaping () -> Void = {}) {
        self.database = database
        self.themes = themes
        self.memory = memory
        self.configuredTheme = configuredTheme
        self.sync = sync
        self.bell = bell
    }

    var expenses: TransactionService { TransactionService(database: database) }
    var clock: ServiceClock { database.clock }

    public func run(_ effect: Effect) -> [Action] {
        do {
            return try perform(effect)
        } catch {
            switch effect {
            case let .submit(.editTransaction(id, _, _)):
                if case let OutlayError.reconciled(description) = error { return [.reconciledNeedsConfirming(id: id, description: description)] }
                return [.saveFailed("\(error)")]
            case .submit, .runImport: return [.saveFailed("\(error)")]
            default: break
            }
            return [.failed("\(error)")]
        }
    }

    private func perform(_ effect: Effect) throws -> [Action] {
        switch effect {
        case let .loadTransactions(filter, mode, after):
            // What is read from here on is current: only changes after this moment need a reload.
            lastChangeStamp = database.changeStamp()
            return [.transactionsLoaded(try loadTransactions(filter, mode, after: after))]
        case let .loadSummaries(filtered, period):
            let periodSummary = try expenses.summary(period)
            return [.summariesLoaded(filtered: filtered == period ? periodSummary : try expenses.summary(filtered), period: periodSummary)]
        case let .loadBudgets(day):
            return [.budgetsLoaded(try BudgetService(database: database).statuses(on: day))]
        case let .loadAnalytics(period):
            return [.analyticsLoaded(try loadAnalytics(period))]
        case .loadAlerts:
            // A summary whose period changed since (an import, an edit, a sync) is revised before the inbox shows it.
            try PeriodicReports(database: database).reviseStale()
            let service = NotificationService(database: database)
            let alerts = try service.list(limit: 200)
            if alerts.contains(where: { $0.deliveries.contains { $0.channel == .terminal && $0.status == .pending } }) {
                try service.markTerminalDelivered()
            }
            return [.alertsLoaded(alerts, unread: try service.unreadCount(), latest: try service.latestSequence())]
        case .loadCategories:
            return [.categoriesLoaded(try CategoryService(database: database).list().map(\.category))]
        case .loadAccounts:
            return [.accountsLoaded(try AccountService(database: database).balances(), configuredDefault: database.settings.defaultAccount)]
        case let .loadRegister(account):
            return [.registerLoaded(account: account, try AccountService(database: database).register(of: account))]
        case .loadUpcoming:
            return [.upcomingLoaded(try ForecastService(database: database).upcoming(days: 30))]
        case .loadRecurring:
            let forecast = ForecastService(database: database)
            let waiting = Dictionary(grouping: try forecast.upcoming(days: 0).filter(\.waiting), by: \.schedule.id).mapValues(\.count)
            let items = try ScheduleService(database: database).listWithNext().map {
                RecurringViewData.Item(schedule: $0.schedule, next: $0.next, waiting: waiting[$0.schedule.id] ?? 0)
            }
            return [.recurringLoaded(RecurringViewData(schedules: items, suggestions: try RecurringSuggestions(database: database).find(),
                                                       forecast: try forecast.forecast(days: 90)))]
        case .postDue:
            try BookUpkeep.run(database)
            return []
        case .offerSuggestions:
            let found = try RecurringSuggestions(database: database).findOnce()
            return found.isEmpty ? [] : [.suggestionsFound(found)]
        case let .skipOccurrence(scheduleID):
            let service = ScheduleService(database: database)
            let day = try service.skip(id: scheduleID)
            return written("Skipped '\(try service.get(scheduleID).description)' on \(day)")
        case let .confirmOccurrence(scheduleID):
            let service = ScheduleService(database: database)
            try service.confirm(id: scheduleID)
            return written("Posted '\(try service.get(scheduleID).description)'")
        case let .stopSchedule(id):
            let stopped = try ScheduleService(database: database).remove(id: id)
            return written("Stopped '\(stopped.description)'; what it posted stays")
        case let .assignTransfer(id, side, account, register):
            let transfer = try TransferService(database: database).assign(id: id, side: side, to: account)
            return try perform(.loadRegister(account: register)) + perform(.loadAccounts)
                + written("'\(transfer.description)' is now from \(transfer.from) to \(transfer.to)")
        case let .toggleCleared(id, account):
            try ReconcileService(database: database).toggleCleared(id, account: account)
            return try perform(.loadRegister(account: account)) + perform(.loadAccounts)
        case let .guessCategory(description, kind):
            return [.categoryGuessed(description: description, try expenses.guessCategory(for: description, kind: kind))]
        case let .submit(submission):
            return written(try save(submission))
        case let .deleteTransaction(id, force):
            let removed: Transaction
            do {
                removed = try expenses.delete(id: id, force: force)
            } catch let OutlayError.reconciled(description) {
                return [.reconciledNeedsConfirming(id: id, description: description)]
            }
            return written("Deleted '\(removed.description)'")
        case let .deleteBudget(id):
            let budgets = BudgetService(database: database)
            let name = try budgets.list().first { $0.id == id }.map { $0.scope == .overall ? "overall" : "'\($0.scope)'" } ?? "the"
            try budgets.delete(id: id)
            return written("Deleted the \(name) budget")
        case let .deleteAlert(id):
            try NotificationService(database: database).delete(id: id)
            return written("Deleted the alert")
        case .undo:
            let outcome = try UndoService(database: database).undo()
            return written("Undone: \(outcome.summary)")
        case let .markRead(id):
            try NotificationService(database: database).markRead(id: id)
            return try perform(.loadAlerts)
        case .markAllRead:
            let count = try NotificationService(database: database).markAllRead()
            return written("Marked \(count) alert\(count == 1 ? "" : "s") read")
        case let .loadTheme(name):
            let (theme, problem) = themes.load(name)
            if themeWatch != nil, problem == nil { themeWatch = ThemeWatch(name: name, themes: themes) }
            return [.themeLoaded(theme, problem: problem)]
        case let .rememberTheme(name):
            memory?.remember(theme: name, configured: configuredTheme)
            return []
        case let .export(format, path):
            let count = try Exporter(database: database).export(format, to: path)
            return [.saved("Exported \(count) transaction\(count == 1 ? "" : "s") to \(path)")]
        case let .finishWelcome(currency):
            memory?.rememberWelcomed()
            if currency != nil { try database.markCurrencyChosen() }
            guard let currency, currency != database.currency else { return [] }
            guard try database.setCurrencyOfEmptyBook(currency) else {
                return [.failed("The book already holds amounts in \(database.currency.code); it stays in \(database.currency.code)")]
            }
            database = try AppDatabase.open(path: database.path, settings: database.settings).withClock(database.clock)
            return [.currencyChanged(database.currency), .saved("The book is in \(currency.code)")]
        case .checkExternalChanges:
            let stamp = database.changeStamp(), today = clock.today()
            defer { (lastChangeStamp, lastToday) = (stamp, today) }
            if let lastToday, lastToday != today { return [.dayChanged(today)] }
            let files = try filesChanged()
            if !files.isEmpty { return files }
            return lastChangeStamp.map { $0 != stamp } == true ? [.externalChange] : []
        case .checkSync:
            return checkSync()
        case .syncNow:
            guard let sync else { return [.failed("sync is not available here")] }
            switch sync.start() {
            case .started: return checkSync()
            case .alreadyRunning: return [.saved("A sync is already running")]
            case let .notLoggedIn(reason): return [.failed(reason)]
            }
        case .bell:
            bell()
            return []
        case let .previewImport(request):
            return [.importPreviewed(request, previewImport(request))]
        case let .runImport(request):
            return try imported(request, try ImportService(database: database).importFile(request.path, options: request.options(preview: false)))
        case let .completePath(typed):
            return [.pathCompleted(typed: typed, PathCompletion.complete(typed, list: PathCompletion.entries(of:)))]
        case .makeDemo:
            return demoMade(Result { try Self.makeDemo(in: database) })
        case let .runToolImport(path):
            return try toolImported(path, ImportService(database: database).importTool(path))
        }
    }

    /// What an edit of `config.toml` or of the theme file on screen changes, read again.
    private func filesChanged() throws -> [Action] {
        var actions: [Action] = []
        switch themeWatch?.changed() {
        case let .success(theme)?: actions.append(.themeFileRead(theme, problem: nil))
        case let .failure(error)?: actions.append(.themeFileRead(nil, problem: "\(error)"))
        case nil: break
        }
        switch configWatch?.changed() {
        case let .success(reading)?:
            // Every pane and open view reads again with the new settings (a default account, the week's start).
            database = database.withSettings(reading.settings)
            sync?.interval = reading.tui.autoSyncSeconds
            actions += [.externalChange, .keymapChanged(reading.tui.keymap)]
            if reading.tui.theme != configuredTheme {
                configuredTheme = reading.tui.theme
                actions += try perform(.loadTheme(reading.tui.theme ?? "dark"))
            }
            actions.append(.informed("config.toml read again"))
        case let .failure(error)?:
            actions.append(.failed("config.toml changed but cannot be used: \(error)"))
        case nil: break
        }
        return actions
    }

    /// The status bar's sync words when they changed, and word of a sync that ended.
    private func checkSync() -> [Action] {
        guard let sync else { return [] }
        _ = sync.startIfDue(now: Date())
        var actions: [Action] = []
        if let finished = sync.takeFinished() {
            actions.append(.syncEnded(finished.message, failed: finished.failed))
        }
        let label = sync.label(now: clock.now())
        if label != lastSyncLabel {
            lastSyncLabel = label
            actions.append(.syncStatus(label))
        }
        return actions
    }

    private func previewImport(_ request: ImportRequest) -> ImportPreviewOutcome {
        Self.previewImport(request, in: database)
    }

    /// Reads the file as the import would, and rolls back; from any thread (`offLoop`).
    static func previewImport(_ request: ImportRequest, in database: AppDatabase, progress: ProgressReporter? = nil) -> ImportPreviewOutcome {
        // Another tool's export: the accounts it would make and its rows, nothing written.
        do {
            var dry = ImportOptions()
            dry.dryRun = true
            if let tool = try ImportService(database: database).importTool(request.path, options: dry) { return .tool(ToolPreview(tool)) }
        } catch {
            return .failed("\(error)", columns: [])
        }
        var options = request.options(preview: true)
        options.progress = progress
        if progress != nil { options.expectedRows = WorkProgress.expectedRows(inFile: request.path) }
        do {
            return .report(try ImportService(database: database).importFile(request.path, options: options))
        } catch OutlayError.unknownLayout {
            return .failed("No bank's layout fits this file: give its columns their roles (←→ picks one, r changes it), "
                           + "a date, a description and an amount at least", columns: ImportService.firstRowFields(of: request.path))
        } catch let OutlayError.layoutQuestion(_, question, _, key) {
            // What the content leaves open is asked here with the view's keys, not the command line's options.
            return .failed("\(question.prefix(1).uppercased() + question.dropFirst()): \(key)", columns: ImportService.firstRowFields(of: request.path))
        } catch let OutlayError.accountNeeded(open) {
            return .failed("Which account do the rows go in? a picks one of \(open.joined(separator: ", "))",
                           columns: ImportService.firstRowFields(of: request.path))
        } catch {
            return .failed("\(error)", columns: ImportService.firstRowFields(of: request.path))
        }
    }

    /// What an import did, as the dashboard says it.
    private func imported(_ request: ImportRequest, _ report: ImportReport) throws -> [Action] {
        var changed: [Action] = []
        if let adopted = report.adoptedCurrency {
            // The empty book took the statement's currency: this handle reads amounts in it from now on.
            database = try AppDatabase.open(path: database.path, settings: database.settings).withClock(database.clock)
            changed = [.currencyChanged(adopted)]
        }
        let file = (request.path as NSString).lastPathComponent
        let shown: [Action] = report.firstDate.flatMap { from in report.lastDate.map { [.imported(from: from, to: $0)] } } ?? []
        return changed + shown + written("Imported \(counted(report.imported, "transaction")) into \(report.account) from \(file)"
                       + (report.matched > 0 ? ", \(report.matched) matched to entries you made" : "")
                       + (report.duplicates > 0 ? " (\(report.duplicates) already there)" : ""))
    }

    /// The work of an effect that may take long, to run off the event loop (`DashboardApp`), or nil for one that
    /// runs on it. Its result comes back through `finish`, on the loop, as the same actions `run` gives.
    public func offLoop(_ effect: Effect) -> OffLoopWork? {
        let database = database
        switch effect {
        case let .previewImport(request):
            return OffLoopWork(label: "Reading \((request.path as NSString).lastPathComponent)",
                               work: { progress in Self.previewImport(request, in: database, progress: progress) },
                               finish: { result in
                                   guard case let .success(outcome as ImportPreviewOutcome) = result else { return [] }
                                   return [.importPreviewed(request, outcome)]
                               })
        case let .runImport(request):
            return OffLoopWork(label: "Importing \((request.path as NSString).lastPathComponent)",
                               work: { progress in
                                   var options = request.options(preview: false)
                                   options.progress = progress
                                   options.expectedRows = WorkProgress.expectedRows(inFile: request.path)
                                   return try ImportService(database: database).importFile(request.path, options: options)
                               },
                               finish: { [unowned self] result in
                                   do {
                                       guard case let .success(report as ImportReport) = result else { return [.saveFailed("\(try result.get())")] }
                                       return try imported(request, report)
                                   } catch {
                                       return [.saveFailed("\(error)")]
                                   }
                               })
        case let .export(format, path):
            return OffLoopWork(label: "Exporting to \((path as NSString).lastPathComponent)",
                               work: { progress in try Exporter(database: database).export(format, to: path, progress: progress) },
                               finish: { result in
                                   do {
                                       let count = try result.get() as? Int ?? 0
                                       return [.saved("Exported \(count) transaction\(count == 1 ? "" : "s") to \(path)")]
                                   } catch {
                                       return [.failed("\(error)")]
                                   }
                               })
        case let .runToolImport(path):
            return OffLoopWork(label: "Importing \((path as NSString).lastPathComponent)",
                               work: { _ in try ImportService(database: database).importTool(path) },
                               finish: { [unowned self] result in
                                   do { return try toolImported(path, try result.get() as? ToolImportReport) } catch { return [.saveFailed("\(error)")] }
                               })
        case .undo:
            // Taking back an import of thousands of rows takes seconds; one entry takes a millisecond and stays on the loop.
            guard (try? UndoService(database: database).rowsTaken()) ?? 0 >= Self.undoOffLoopRows else { return nil }
            return OffLoopWork(label: "Undoing",
                               work: { _ in try UndoService(database: database).undo() },
                               finish: { [unowned self] result in
                                   do {
                                       guard let outcome = try result.get() as? UndoOutcome else { return [] }
                                       return written("Undone: \(outcome.summary)")
                                   } catch {
                                       return [.failed("\(error)")]
                                   }
                               })
        case .makeDemo:
            return OffLoopWork(label: "Making demo data",
                               work: { progress in try Self.makeDemo(in: database, progress: progress) },
                               finish: { [unowned self] result in demoMade(result.map { $0 as? Int ?? 0 }) })
        default:
            return nil
        }
    }

    /// What moving in from another tool did, as the dashboard says it.
    private func toolImported(_ path: String, _ report: ToolImportReport?) throws -> [Action] {
        guard let report else { return [.saveFailed("\((path as NSString).lastPathComponent) is no longer another tool's export")] }
        let made = report.accountsMade.isEmpty ? "" : "; made \(report.accountsMade.map(\.name).joined(separator: ", "))"
        // The panes go where the rows are, as after a bank's file.
        let days = report.imports.flatMap { [$0.firstDate, $0.lastDate].compactMap { $0 } }
        let shown: [Action] = days.min().flatMap { from in days.max().map { [.imported(from: from, to: $0)] } } ?? [.externalChange]
        return shown + written("Imported \(counted(report.imported, "transaction")) from \((path as NSString).lastPathComponent), "
            + "\(report.tool)\(made)")
    }

    /// From this many rows an undo runs off the event loop (about a tenth of a second at the bench's rates).
    static let undoOffLoopRows = 2_000

    /// How many demo transactions the dashboard makes: a year and more of a household's spending, quick to make.
    static let demoTransactions = 1_000

    /// Fills an empty book with demo data ending today (a book holding anything is refused).
    static func makeDemo(in database: AppDatabase, progress: ProgressReporter? = nil) throws -> Int {
        try DemoService(database: database).populate(count: demoTransactions, seed: 1, end: database.clock.today(), progress: progress)
    }

    private func demoMade(_ made: Result<Int, any Error>) -> [Action] {
        switch made {
        case let .success(count): return [.externalChange] + written("Added \(counted(count, "demo transaction")) to look around with")
        case let .failure(OutlayError.demoTargetNotEmpty(_, held)):
            return [.failed("Demo data goes only into an empty book; this one holds \(counted(held, "transaction"))")]
        case let .failure(error): return [.failed("\(error)")]
        }
    }

    /// A committed write's message, with what undo would now take back.
    private func written(_ message: String) -> [Action] {
        deliverInBackground()
        return [.saved(message, undo: try? UndoService(database: database).preview())]
    }

    private func save(_ submission: Submission) throws -> String {
        switch submission {
        case let .addTransaction(draft):
            // The form said a new name would be made when saved.
            let added = try expenses.add(draft, creatingCategory: true)
            let categories = added.isSplit ? SplitPart.listed(added.splits) : added.category
            return "Added '\(added.description)' \(added.amount) in \(categories)"
        case let .editTransaction(id, patch, force):
            let edited = try expenses.edit(id: id, patch, creatingCategory: true, force: force)
            return "Saved '\(edited.description)'"
        case let .setBudget(replacing, scope, amount, period, threshold, rollover):
            let budgets = BudgetService(database: database)
            let saved = try budgets.set(scope: scope, amount: amount, period: period, threshold: threshold, rollover: rollover)
            if let replacing, replacing != saved.id { try budgets.delete(id: replacing) }
            return "Budget for \(saved.scope): \(saved.amount) \(saved.period.rawValue)"
        case let .addTransfer(draft):
            let transfer = try TransferService(database: database).add(draft)
            return "Moved \(transfer.amount) from \(transfer.from) to \(transfer.to)"
        case let .addSchedule(draft):
            let (schedule, posted) = try ScheduleService(database: database).add(draft, creatingCategory: true)
            return "Made '\(schedule.description)' \(schedule.rhythm)" + (posted > 0 ? "; posted \(posted) already due" : "")
        case let .editSchedule(id, patch):
            let schedule = try ScheduleService(database: database).edit(id: id, patch, creatingCategory: true)
            return "Saved '\(schedule.description)' \(schedule.rhythm)"
        }
    }

    /// Desktop and webhook alerts go out after the write, off the UI thread.
    private func deliverInBackground() {
        let database = self.database
        Task.detached(priority: .utility) {
            _ = try? await NotificationDeliverer(database: database).deliverDue()
        }
    }

    private func loadTransactions(_ filter: TransactionFilter, _ mode: TransactionsLoadMode, after: TransactionCursor?) throws -> TransactionsLoad {
        let size = TransactionsState.pageSize
        switch mode {
        case .top, .older:
            let page = try expenses.list(TransactionPageRequest(filter: filter, order: .newestFirst, limit: size, after: after))
            return TransactionsLoad(mode: mode, rows: page.transactions, hasMore: page.nextCursor != nil)
        case .reload:
            // The same stretch as before, from the same starting point.
            let page = try expenses.list(TransactionPageRequest(filter: filter, order: .newestFirst, limit: size * 2, after: after))
            return TransactionsLoad(mode: mode, rows: page.transactions, hasMore: page.nextCursor != nil)
        case .bottom, .newer:
            // Read towards the newest; one extra row tells where the window starts.
            let page = try expenses.list(TransactionPageRequest(filter: filter, order: .oldestFirst, limit: size + 1,
                                                                after: mode == .bottom ? nil : after))
            var rows = page.transactions
            var windowAfter: TransactionCursor?
            let hasMore = rows.count > size
            if hasMore {
                let beyond = rows.removeLast()
                windowAfter = TransactionCursor(date: beyond.date, id: beyond.id)
            }
            return TransactionsLoad(mode: mode, rows: rows.reversed(), hasMore: hasMore, windowAfter: windowAfter)
        }
    }

    /// The viewed period's figures: its categories, days and weekdays up to
    /// today, twelve months of spending and income to its end, and the insights of its month.
    private func loadAnalytics(_ period: ViewPeriod) throws -> AnalyticsData {
        let analytics = AnalyticsService(database: database)
        let today = clock.today()
        let reference = period.referenceDay(today: today)
        let month = YearMonth(reference)
        // All time is everything recorded, as `outlay list` without dates counts it.
        let recorded = period.range == nil ? try analytics.recordedDays() : nil
        let range = period.range ?? recorded.map { $0.lowerBound...Swift.max($0.upperBound, today) } ?? month.range
        let start = period == .allTime || period.analysisPeriod == .year ? reference.adding(days: -29) : range.lowerBound
        let end = range.contains(today) ? today : range.upperBound
        return AnalyticsData(
            period: period, month: month,
            categories: period == .allTime ? try analytics.categoryAnalysisOfAllTime()
                : try analytics.categoryAnalysis(period.analysisPeriod, containing: reference),
            trends: try analytics.trends(months: 12, endingWith: month),
            daily: try analytics.dailyPattern(days: Swift.max(1, end.daysSinceEpoch - start.daysSinceEpoch + 1), endingWith: end),
            weekdays: try analytics.weekdayPattern(range.lowerBound...end),
            insights: try analytics.insights(month))
    }
}
