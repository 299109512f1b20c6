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
                    register.statement = try Money.parse(input.text, currency: state.currency)
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
        switch key.key {
        case .escape: closing = true
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
