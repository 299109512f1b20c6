import TerminalUI

/// A form in a dialog over the dashboard.
enum FormOverlay {
    static func render(_ form: FormState, state: AppState, into buffer: inout Buffer) -> (x: Int, y: Int)? {
        let theme = state.theme
        let width = Swift.min(72, buffer.width - 4)
        // Two rows under the fields: a save's error is shown whole, wrapped, never cut mid-word.
        let height = Swift.min(form.fields.count * 2 + 6, buffer.height - 2)
        let modal = Modal(block: Block(title: form.kind.title, borderStyle: theme.focusedBorderStyle.with(background: theme.surface),
                                       titleStyle: theme.surfaceAccent, fillStyle: theme.surfaceStyle), width: width, height: height)
        let inner = modal.render(in: buffer.area, into: &buffer)
        let fields = form.fields.map {
            Form.Field(label: $0.label, input: $0.input, placeholder: $0.placeholder, error: $0.error, hint: $0.hint)
        }
        let styles = Form.Styles(label: theme.surfaceMuted, focusedLabel: theme.surfaceAccent, input: theme.surfaceStyle,
                                 focusedInput: theme.selectionStyle, placeholder: theme.surfaceMuted,
                                 error: theme.onSurface(theme.dangerStyle), hint: theme.surfaceMuted)
        let formArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 3)
        let view = Form(fields: fields, focused: form.focused, styles: styles)
        view.render(in: formArea, into: &buffer)
        let footer = inner.bottom - 2
        if let error = form.submitError {
            Paragraph("✖ " + error, style: theme.onSurface(theme.dangerStyle))
                .render(in: Rect(x: inner.x, y: footer, width: inner.width, height: 2), into: &buffer)
        } else if let message = view.focusedMessageCut(in: formArea) {
            // The focused field's message, whole: its own line cut it at a word.
            Paragraph(message, style: message.hasPrefix("✖") ? theme.onSurface(theme.dangerStyle) : theme.surfaceMuted)
                .render(in: Rect(x: inner.x, y: footer, width: inner.width, height: 2), into: &buffer)
        } else {
            buffer.put("Enter saves · Tab/↓ next field · Shift-Tab/↑ back · Esc closes", x: inner.x,
                       y: footer, width: inner.width, style: theme.surfaceMuted)
        }
        return view.cursor(in: formArea)
    }
}
