@preconcurrency import CNCursesW
import TerminalUI

/// Turns what `wget_wch` returns into key events.
enum CursesKeys {
    static func event(code: UInt32, isFunctionKey: Bool) -> KeyEvent? {
        if isFunctionKey { return functionKey(Int32(code)) }
        switch code {
        case 9: return KeyEvent(.tab)
        case 10, 13: return KeyEvent(.enter)
        case 8, 127: return KeyEvent(.backspace)
        case 27: return KeyEvent(.escape)
        case 0: return KeyEvent.ctrl(" ")
        case 1...26:
            // Ctrl-A … Ctrl-Z arrive as 1 … 26.
            return KeyEvent.ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return KeyEvent(.character(Character(scalar)))
        }
    }

    private static func functionKey(_ code: Int32) -> KeyEvent? {
        let f0 = Int32(outlay_key_f0())
        if code > f0, code <= f0 + 24 { return KeyEvent(.function(Int(code - f0))) }
        switch code {
        case KEY_UP: return KeyEvent(.up)
        case KEY_DOWN: return KeyEvent(.down)
        case KEY_LEFT: return KeyEvent(.left)
        case KEY_RIGHT: return KeyEvent(.right)
        case KEY_SR: return KeyEvent(.up, .shift)
        case KEY_SF: return KeyEvent(.down, .shift)
        case KEY_SLEFT: return KeyEvent(.left, .shift)
        case KEY_SRIGHT: return KeyEvent(.right, .shift)
        case KEY_HOME, KEY_A1: return KeyEvent(.home)
        case KEY_END, KEY_C1, KEY_LL: return KeyEvent(.end)
        case KEY_PPAGE, KEY_A3: return KeyEvent(.pageUp)
        case KEY_NPAGE, KEY_C3: return KeyEvent(.pageDown)
        case KEY_BACKSPACE: return KeyEvent(.backspace)
        case KEY_DC: return KeyEvent(.delete)
        case KEY_IC: return KeyEvent(.insert)
        case KEY_BTAB: return KeyEvent(.backTab)
        case KEY_ENTER: return KeyEvent(.enter)
        default: return nil
        }
    }
}
