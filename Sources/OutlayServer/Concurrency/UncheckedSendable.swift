/// Carries a value that is not `Sendable` (a `[String: Any]` report) from the
/// database thread that built it back to the request that serialises it: it
/// is handed over once, never shared.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
