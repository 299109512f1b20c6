import Foundation
import OutlayBasics
import OutlayKit
import TerminalUI

/// Keeps an unsaved transaction entry on disk when the dashboard closes
/// (quit, SIGTERM, closed terminal) and offers it again next time.
public struct DraftStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// The add form that was open or put aside, if it holds anything.
    public static func unsaved(in state: AppState) -> FormState? {
        if case let .form(form) = state.modal, form.kind == .addTransaction, form.hasTypedContent {
            return form
        }
        return state.cancelledDraft
    }

    public func save(_ form: FormState?) {
        guard let form else {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        let data = Data(JSONValue.object(JSONObject(form.fields.map { (key: $0.id.rawValue, value: .string($0.input.text)) })).bytes)
        try? PrivateFile.folder(URL(fileURLWithPath: (path as NSString).deletingLastPathComponent))
        _ = FileManager.default.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600])
    }

    /// Puts a kept entry back as the form `a` opens. The file stays until the
    /// entry is saved (`discard`) or the dashboard closes (`save`), so a crash
    /// in between loses nothing. Returns whether there was one.
    @discardableResult
    public func restore(into state: inout AppState) -> Bool {
        guard let data = FileManager.default.contents(atPath: path),
              let values = (try? JSONParser.parse(Array(data)))?.objectValue else { return false }
        var draft = state.cancelledDraft ?? Dashboard.addTransactionForm(&state)
        state.notice = nil
        for index in draft.fields.indices {
            if let text = values[draft.fields[index].id.rawValue]?.stringValue { draft.fields[index].input = TextInput(text) }
        }
        state.cancelledDraft = draft
        state.notice = Notice(text: "An unsaved entry from last time is kept: press \(state.keymap.label(for: .add))", level: .info)
        return true
    }

    /// The kept entry was saved: nothing to offer next time.
    public func discard() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
