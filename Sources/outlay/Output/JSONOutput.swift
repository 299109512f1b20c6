import OutlayBasics

/// Prints JSON the way every `--json` flag does: indented, sorted keys, money as decimal text.
enum JSONOutput {
    static func print(_ value: JSONValue) {
        Swift.print(value.prettyText)
    }
}
