@preconcurrency import CNCursesW
import CTerminalSignals
import Glibc
import TerminalUI

/// The ncursesw backend: wide characters, 256 colours or truecolor, keys, resize.
///
/// Open it with `CursesBackend.open()` and always `close()` it; signal
/// handlers make Ctrl-C, SIGTERM and SIGHUP come back through the event
/// loop, and a crash restore the terminal before the process dies.
public final class CursesBackend: Backend {
    private var colors: CursesColors
    private var closed = false

    public struct OpenError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Takes over the terminal; throws when stdin/stdout are not a terminal or TERM is unknown.
    public static func open() throws -> CursesBackend {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw OpenError(description: "the dashboard needs a terminal; use the subcommands (outlay list, outlay report …) in scripts and pipes")
        }
        useUTF8Locale()
        // Esc alone should act at once, not after curses' default 1 s wait for a sequence.
        set_escdelay(25)
        guard newterm(nil, stdout, stdin) != nil else {
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw OpenError(description: "cannot open the terminal: TERM=\(term) is not known to this system's terminfo")
        }
        installSignalHandlers()
        return CursesBackend()
    }

    /// The user's locale, and its UTF-8 even when the machine lacks it: `LANG=de_DE.UTF-8` on a system with only
    /// C.UTF-8 installed makes `setlocale` fail, and curses would then draw ASCII and drop every non-ASCII key.
    /// Only the character type matters to curses, so C.UTF-8 (which glibc always has) stands in for it.
    private static func useUTF8Locale() {
        let applied = setlocale(LC_ALL, "") != nil
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        guard !applied || codeset != "UTF-8" else { return }
        let names: [String] = ["LC_ALL", "LC_CTYPE", "LANG"]
        let asked = names.compactMap { name in getenv(name).map { String(cString: $0) } }.first { !$0.isEmpty } ?? ""
        guard asked.lowercased().filter({ $0 != "-" }).contains("utf8") else { return }
        if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "C.utf8") }
    }

    private init() {
        raw()
        noecho()
        nonl()
        keypad(outlay_stdscr(), true)
        curs_set(0)
        colors = CursesColors()
    }

    /// Gives the terminal back as it was. Safe to call twice.
    public func close() {
        guard !closed else { return }
        closed = true
        curs_set(1)
        endwin()
    }

    /// Set when SIGTERM, SIGHUP or SIGINT arrived; the app should quit.
    public var stopRequested: Bool { outlay_stop_requested() != 0 }

    /// Stop signals set a flag the event loop reads; crashes restore the terminal first.
    public static func installSignalHandlers() { outlay_install_signal_handlers() }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(outlay_stdscr())), Int(getmaxy(outlay_stdscr())))
    }

    public func draw(_ changes: [CellChange]) {
        let window = outlay_stdscr()
        for change in changes where !change.cell.isContinuation {
            var characters = Array(change.cell.symbol.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) })
            characters.append(0)
            var pair = Int32(colors.pair(for: change.cell.style))
            var cell = cchar_t()
            setcchar(&cell, characters, attributes(change.cell.style.attributes), 0, &pair)
            mvwadd_wch(window, Int32(change.y), Int32(change.x), &cell)
        }
    }

    private func attributes(_ attributes: Style.Attributes) -> attr_t {
        var result: attr_t = 0
        if attributes.contains(.bold) { result |= outlay_a_bold() }
        if attributes.contains(.dim) { result |= outlay_a_dim() }
        if attributes.contains(.italic) { result |= outlay_a_italic() }
        if attributes.contains(.underline) { result |= outlay_a_underline() }
        if attributes.contains(.reverse) { result |= outlay_a_reverse() }
        return result
    }

    public func clear() {
        werase(outlay_stdscr())
        clearok(outlay_stdscr(), true)
    }

    public func setCursor(_ position: (x: Int, y: Int)?) {
        if let position {
            wmove(outlay_stdscr(), Int32(position.y), Int32(position.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
    }

    public func flush() { wrefresh(outlay_stdscr()) }
    public func bell() { beep() }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        let window = outlay_stdscr()
        wtimeout(window, Int32(timeoutMilliseconds))
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        guard result != ERR else { return nil }
        let isFunctionKey = result == KEY_CODE_YES
        if isFunctionKey, Int32(code) == KEY_RESIZE {
            let (width, height) = size
            return .resize(width: width, height: height)
        }
        guard var event = CursesKeys.event(code: UInt32(code), isFunctionKey: isFunctionKey) else { return nil }
        if event.key == .escape {
            // Alt-x arrives as Esc then x, already queued; a lone Esc has nothing after it.
            wtimeout(window, 0)
            var next: wint_t = 0
            if wget_wch(window, &next) == OK, let follower = CursesKeys.event(code: UInt32(next), isFunctionKey: false),
               follower.key != .escape {
                event = follower
                event.modifiers.insert(.alt)
            }
        }
        return .key(event)
    }
}
