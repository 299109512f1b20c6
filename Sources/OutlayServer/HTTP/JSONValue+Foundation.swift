import Foundation
import OutlayAPI

extension JSONValue {
    /// The value as `JSONSerialization` objects, to sit inside a report built that way.
    var foundationObject: Any {
        switch self {
        case .null: NSNull()
        case let .bool(flag): flag
        case let .number(text): Int64(text).map { $0 as Any } ?? NSDecimalNumber(string: text)
        case let .string(text): text
        case let .array(values): values.map(\.foundationObject)
        case let .object(object): Dictionary(object.members.map { ($0.key, $0.value.foundationObject) }, uniquingKeysWith: { $1 })
        }
    }
}
