import OutlayBasics
import Foundation
import OutlayKit
import TerminalUI

/// The import view: type a path (Tab completes), Enter previews the file as
/// it would be stored; keys change how it is read, each change previewed
/// again; Enter imports, Esc leaves with nothing written.
extension Dashboard {
    static func importKey(_ state: inout AppState, _ view: ImportViewState, _ key: KeyEvent) -> [Effect] {
        var view = view
        defer { if case .importFile = state.modal { state.modal = .importFile(view) } }
        if key.key == .escape || key == .ctrl("c") {
            state.modal = nil
            return []
        }
        guard !view.importing else { return [] }
        view.error = nil
        return view.editingPath ? pathKey(&view, key) : previewKey(state, &view, key)
    }

    private static func pathKey(_ view: inout ImportViewState, _ key: KeyEvent) -> [Effect] {
        switch key.key {
        case .tab:
            return [.completePath(view.path.text)]
        case .enter:
            let typed = view.path.text.trimmingWhitespace()
            guard !typed.isEmpty else {
                view.error = "Type the path of a bank's export (CSV, OFX, QIF); Tab completes"
                return []
            }
            view.candidates = []
            view.editingPath = false
            let path = (typed as NSString).expandingTildeInPath
            // Another file starts afresh; the same one keeps the changes made to how it is read.
            let request = view.request?.path == path ? view.request! : ImportRequest(path: path)
            return preview(&view, request)
        default:
            guard view.path.handle(key) else { return [] }
            view.candidates = []
            // What could not be opened is not shown under another path.
            if case .failed = view.outcome, view.columnNames.isEmpty { view.outcome = nil }
            return []
        }
    }

    private static func previewKey(_ state: AppState, _ view: inout ImportViewState, _ key: KeyEvent) -> [Effect] {
        guard var request = view.request, key.modifiers.subtracting(.shift).isEmpty else { return [] }
        let rows = view.report?.preview.count ?? 0
        switch key.key {
        case .left, .character("h"): view.column = clamp(view.column - 1, count: view.columnNames.count)
        case .right, .character("l"): view.column = clamp(view.column + 1, count: view.columnNames.count)
        case .up, .character("k"): view.row = clamp(view.row - 1, count: rows)
        case .down, .character("j"): view.row = clamp(view.row + 1, count: rows)
        case .character("p"), .character("/"):
            view.editingPath = true
        case .character("r"), .character("R"):
            guard view.columnNames.indices.contains(view.column) else { return [] }
            let current = view.role(ofColumn: view.column).flatMap(ImportField.init(rawValue:))
            let cycle = ImportViewState.roleCycle
            let step = key.key == .character("R") ? cycle.count - 1 : 1
            let position = current.flatMap { cycle.firstIndex(of: $0) } ?? (step == 1 ? cycle.count - 1 : 0)
            request.roles[view.column + 1] = cycle[(position + step) % cycle.count]
            return preview(&view, request)
        case .character("f"):
            let formats = BankDateFormat.allCases
            let current = request.dateFormat ?? view.report?.dateFormat
            request.dateFormat = formats[((current.flatMap { formats.firstIndex(of: $0) } ?? -1) + 1) % formats.count]
            return preview(&view, request)
        case .character("s"):
            request.invertSign.toggle()
            return preview(&view, request)
        case .character("x"):
            guard let line = view.report?.preview[safe: view.row]?.line else { return [] }
            if request.skipLines.remove(line) == nil { request.skipLines.insert(line) }
            return preview(&view, request)
        case .character("b"):
            request.skipUnreadable.toggle()
            return preview(&view, request)
        case .character("a"), .character("A"):
            let choices = accountChoices(state, report: view.report)
            guard !choices.isEmpty else { return [] }
            let current = request.account ?? view.report?.account
            let position = current.flatMap { name in choices.firstIndex { $0.lowercased() == name.lowercased() } }
            let step = key.key == .character("A") ? choices.count - 1 : 1
            request.account = choices[((position ?? (step == 1 ? -1 : 0)) + step + choices.count) % choices.count]
            return preview(&view, request)
        case .character("m"):
            guard let row = view.report?.preview[safe: view.row] else { return [] }
            if request.unmatchLines.remove(row.line) == nil {
                guard case .matched = row.status else {
                    view.error = "Only a row matched to an entry you made can be unmatched"
                    return []
                }
                request.unmatchLines.insert(row.line)
            }
            return preview(&view, request)
        case .enter:
            return startImport(&view, request)
        default:
            break
        }
        return []
    }

    private static func preview(_ view: inout ImportViewState, _ request: ImportRequest) -> [Effect] {
        view.request = request
        return [.previewImport(request)]
    }

    /// Enter: only a preview that would import something, with every row readable or left out.
    private static func startImport(_ view: inout ImportViewState, _ request: ImportRequest) -> [Effect] {
        if case .tool = view.outcome, view.previewed == request {
            view.importing = true
            return [.runToolImport(path: request.path)]
        }
        guard let report = view.report, view.previewed == request else {
            view.error = "No preview yet: fix what is said above, or give a column its role with r"
            return []
        }
        if report.badRowCount > 0 && !request.skipUnreadable {
            view.error = "\(counted(report.badRowCount, "row")) cannot be read: b imports the others, x leaves out the selected one"
            return []
        }
        guard report.imported + report.matched + report.transfersMade > 0 else {
            view.error = report.duplicates > 0 ? "Nothing new: all \(report.duplicates) rows were imported before" : "Nothing to import"
            return []
        }
        view.importing = true
        return [.runImport(request)]
    }

    /// The accounts `a` cycles through: the open ones, those a card's export suits first.
    static func accountChoices(_ state: AppState, report: ImportReport?) -> [String] {
        let open = state.accounts.map(\.account).filter { !$0.closed && $0.name != Account.unassigned }
        let card = report?.profile.map(\.isCard) ?? false
        return (open.filter { $0.type.isLiability == card } + open.filter { $0.type.isLiability != card }).map(\.name)
    }

    static func importPreviewed(_ state: inout AppState, _ request: ImportRequest, _ outcome: ImportPreviewOutcome) -> [Effect] {
        // A preview of an earlier request (the user changed something since) is not shown.
        guard case var .importFile(view) = state.modal, view.request == request else { return [] }
        // A card's export going into an account that is not a card, the user having chosen none: the card account is suggested.
        if request.account == nil, case let .report(report) = outcome, let suggested = report.cardAccount {
            var suggesting = request
            suggesting.account = suggested
            view.request = suggesting
            view.suggestedAccount = true
            state.modal = .importFile(view)
            return [.previewImport(suggesting)]
        }
        view.outcome = outcome
        view.previewed = request
        view.column = clamp(view.column, count: view.columnNames.count)
        view.row = clamp(view.row, count: view.report?.preview.count ?? 0)
        // A file that is not there, or not a file: back to the path.
        if case .failed = outcome, view.columnNames.isEmpty { view.editingPath = true }
        state.modal = .importFile(view)
        return []
    }

    static func pathCompleted(_ state: inout AppState, typed: String, _ completion: PathCompletion.Result) -> [Effect] {
        guard case var .importFile(view) = state.modal, view.editingPath, view.path.text == typed else { return [] }
        view.path.setText(completion.text)
        view.candidates = completion.candidates
        if completion.text == typed && completion.candidates.isEmpty { view.error = "Nothing here starts with that" }
        state.modal = .importFile(view)
        return []
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
