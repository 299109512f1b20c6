import Foundation
import Testing
@testable import OutlayTUI
import TerminalUI

@Suite struct ThemeTests {
    let library = ThemeLibrary(directories: [TUIFixture.themesDirectory])

    @Test func everyShippedThemeParsesAndMeetsWCAGContrast() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TUIFixture.themesDirectory).filter { $0.hasSuffix(".toml") }
        #expect(Set(files) == ["dark.toml", "light.toml", "solarized-dark.toml", "gruvbox.toml", "nord.toml", "high-contrast.toml"])
        for file in files {
            let path = TUIFixture.themesDirectory + "/" + file
            let theme = try ThemeLibrary.parse(try String(contentsOfFile: path, encoding: .utf8), path: path, name: String(file.dropLast(5)))
            #expect(theme.name == String(file.dropLast(5)))
            for pair in theme.textPairs {
                let ratio = try #require(Color.contrastRatio(pair.foreground, pair.background))
                #expect(ratio >= 4.5, "\(file): \(pair.slot) has contrast \(ratio)")
            }
        }
    }

    @Test func theBuiltInDarkThemeIsTheFile() {
        let (theme, problem) = library.load("dark")
        #expect(problem == nil)
        #expect(theme == Theme.dark)
    }

    @Test func aPartialThemeInheritsFromDark() throws {
        let theme = try ThemeLibrary.parse("name = \"mine\"\n[colors]\naccent = \"#ff00ff\"\n", path: "mine.toml", name: "mine")
        var expected = Theme.dark
        expected.name = "mine"
        expected.accent = .rgb(255, 0, 255)
        #expect(theme == expected)
    }

    @Test func aMalformedThemeNamesFileAndLineAndFallsBackToDark() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "name = \"broken\"\n[colors]\ntext = \"#c0caf5\"\nexpense = \"red\"\n".write(
            to: folder.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        try "[colors\ntext = 1\n".write(to: folder.appendingPathComponent("unparsable.toml"), atomically: true, encoding: .utf8)
        let user = ThemeLibrary(directories: [folder.path, TUIFixture.themesDirectory])
        let (theme, problem) = user.load("broken")
        #expect(theme == .dark)
        #expect(problem == "\(folder.path)/broken.toml (line 4, key 'colors.expense'): expense: 'red' is not a #rrggbb colour; using dark")
        let (other, parseProblem) = user.load("unparsable")
        #expect(other == .dark)
        #expect(parseProblem?.hasPrefix("\(folder.path)/unparsable.toml (line 1") == true)
        #expect(user.names() == ["dark", "broken", "gruvbox", "high-contrast", "light", "nord", "solarized-dark", "unparsable"])
    }

    @Test func aUserThemeReplacesAShippedOneOfTheSameName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "[colors]\nbackground = \"#000000\"\n".write(to: folder.appendingPathComponent("nord.toml"), atomically: true, encoding: .utf8)
        let (theme, _) = ThemeLibrary(directories: [folder.path, TUIFixture.themesDirectory]).load("nord")
        #expect(theme.background == .rgb(0, 0, 0))
        #expect(theme.text == Theme.dark.text)
    }

    @Test func noColorDrawsWithTheTerminalsOwnColours() throws {
        let fixture = try TUIFixture()
        defer { fixture.remove() }
        let backend = TestBackend(width: 120, height: 40)
        let state = AppState(width: 120, height: 40, today: TUIFixture.today, currency: fixture.database.currency, noColor: true)
        let app = DashboardApp(state: state, runner: EffectRunner(database: fixture.database.withClock(fixture.clock), themes: library),
                               terminal: Terminal(backend: backend))
        app.start()
        let frame = app.frame()
        #expect(frame.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        // The selection still shows, in reverse video.
        #expect(frame.cells.contains { $0.style.attributes.contains(.reverse) })
    }
}
