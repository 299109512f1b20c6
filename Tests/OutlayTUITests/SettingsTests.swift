import OutlayKit
import Testing
@testable import OutlayTUI
import TerminalUI

@Suite struct SettingsTests {
    @Test func keysCanBeRebound() throws {
        let settings = try TUISettings.parse("[tui]\ntheme = \"nord\"\n\n[keys]\nquit = \"Q\"\ndown = [\"j\", \"ctrl-n\"]\nadd = \"n\"\n",
                                             path: "config.toml")
        #expect(settings.theme == "nord")
        #expect(settings.keymap.command(for: .char("Q")) == .quit)
        #expect(settings.keymap.command(for: .char("q")) == nil)
        #expect(settings.keymap.command(for: .ctrl("n")) == .down)
        #expect(settings.keymap.command(for: .char("n")) == .add)
        #expect(settings.keymap.command(for: .char("a")) == nil)
        // The help overlay is built from the keymap, so it shows the new keys.
        let help = HelpOverlay.blocks(settings.keymap, summaryWidth: 40).joined()
        #expect(help.contains { $0.keys == "Q" && $0.text == "Quit" })
        #expect(help.contains { $0.keys == "j/Ctrl-n" })
    }

    @Test func aKeyTakenFromAnotherCommandLeavesIt() throws {
        let settings = try TUISettings.parse("[keys]\nundo = \"d\"\n", path: "c.toml")
        #expect(settings.keymap.command(for: .char("d")) == .undo)
        #expect(settings.keymap.keys(for: .delete) == [KeyEvent(.delete)])
    }

    @Test func badKeysNameTheFileLineAndCommand() {
        #expect(throws: OutlayError.invalidConfig(path: "c.toml", line: 3, key: "keys.quit",
                                                  reason: "[keys] quit: 'hyper-q' is not a key (examples: \"x\", \"ctrl-d\", \"alt-j\", \"f5\", \"pgdn\")")) {
            try TUISettings.parse("[keys]\nadd = \"a\"\nquit = \"hyper-q\"\n", path: "c.toml")
        }
        #expect(throws: OutlayError.self) { try TUISettings.parse("[keys]\nfly = \"f\"\n", path: "c.toml") }
    }

    @Test func autoSyncIsMinutesAndABadValueNamesTheLine() throws {
        #expect(try TUISettings.parse("[tui]\nauto_sync_minutes = 15\n", path: "c.toml").autoSyncSeconds == 900)
        #expect(try TUISettings.parse("[tui]\ntheme = \"dark\"\n", path: "c.toml").autoSyncSeconds == nil)
        #expect(throws: OutlayError.invalidConfig(path: "c.toml", line: 3, key: "tui.auto_sync_minutes",
                                                  reason: "[tui] auto_sync_minutes must be a whole number of minutes from 1 to 1440")) {
            try TUISettings.parse("[tui]\ntheme = \"dark\"\nauto_sync_minutes = 0\n", path: "c.toml")
        }
    }
}
