import OutlayKit
import TerminalUI

/// The accounts view (`b`): the accounts, then one's register, where Space
/// clears a line and `=` takes the statement's balance, so the difference
/// to reconcile shows as lines are cleared.
extension Dashboard {
    static func accountsKey(_ state: inout AppState, _ view: AccountsViewState, _ key: KeyEvent) -> [Effect] {
        var view = view
        defer { if case .accounts = state.modal { state.modal = .accounts(view) } }
        guard var register = view.register else {
            switch key.key {
            case .escape: state.modal = nil
            case .down, .character("j"): view.selected = clamp(view.selected + 1, count: state.accounts.count)
            case .up, .character("k"): view.selected = clamp(view.selected - 1, count: state.accounts.count)
            case .enter:
                guard state.accounts.indices.contains(view.selected) else { return [] }
                return [.loadRegister(account: state.accounts[view.selected].account.name)]
            case .character("t"): state.modal = .form(transferForm(state))
            default: if key == .ctrl("c") { state.modal = nil }
            }
            return []
        }
        var closing = false
        defer { view.register = closing ? nil : register }
        if var input = register.statementInput {
            switch key.key {
            case .escape: register.statementInput = nil
            case .enter:
                do {
                    register.statement = try Money.parseTyped(input.text, currency: state.currency)
                    register.statementInput = nil
                    register.error = nil
                } catch {
                    register.error = "\(error)"
                }
            default:
                input.handle(key)
                register.statementInput = input
            }
            return []
        }
        if var choice = register.otherSide {
            switch key.key {
            case .escape: register.otherSide = nil
            case .character("o"), .tab, .down, .character("j"):
                choice.index = (choice.index + 1) % choice.accounts.count
                register.otherSide = choice
            case .up, .character("k"):
                choice.index = (choice.index + choice.accounts.count - 1) % choice.accounts.count
                register.otherSide = choice
            case .enter:
                register.otherSide = nil
                return [.assignTransfer(id: choice.transferID, side: choice.side, account: choice.account, register: register.account)]
            default: break
            }
            return []
        }
        switch key.key {
        case .escape: closing = true
        case .character("o"):
            guard let line = register.lines[safe: register.selected] else { return [] }
            guard line.transferWith == Account.unassigned else {
                register.error = "o names the other account of a transfer whose other side is not known yet"
                return []
            }
            let accounts = state.accounts.map(\.account).filter {
                !$0.closed && $0.name != Account.unassigned && $0.name.lowercased() != register.account.lowercased()
            }.map(\.name)
            guard !accounts.isEmpty else {
                register.error = "No other account to name: t moves money, b lists accounts"
                return []
            }
            register.error = nil
            // Money out of this account: the open side is where it went.
            register.otherSide = OtherSideChoice(transferID: line.id, side: line.amount.minorUnits < 0 ? .to : .from, accounts: accounts)
        case .down, .character("j"): register.selected = clamp(register.selected + 1, count: register.lines.count)
        case .up, .character("k"): register.selected = clamp(register.selected - 1, count: register.lines.count)
        case .character("g"), .home: register.selected = 0
        case .character("G"), .end: register.selected = clamp(register.lines.count - 1, count: register.lines.count)
        case .character(" "):
            guard register.lines.indices.contains(register.selected) else { return [] }
            return [.toggleCleared(id: register.lines[register.selected].id, account: register.account)]
        case .character("="): register.statementInput = TextInput(register.statement?.decimalString ?? "")
        default: break
        }
        return []
    }
}
