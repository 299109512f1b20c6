import OutlayBasics

/// A request body or query that cannot be used, naming the field at fault.
public struct WireError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The member or query parameter at fault; nil when the whole body is.
    public let field: String?
    public let reason: String

    public init(field: String?, _ reason: String) {
        self.field = field
        self.reason = reason
    }

    public var description: String { field.map { "'\($0)': \(reason)" } ?? reason }
}
