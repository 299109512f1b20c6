import GRDB

extension Row {
    /// Column `index` as a `T`. A stored value of another type (an overflowed
    /// sum stored as REAL, text where a number belongs) is an error naming the
    /// column and the value, where GRDB's subscript would stop the process.
    @inline(__always)
    func value<T: DatabaseValueConvertible & StatementColumnConvertible>(_ index: Int) throws -> T {
        try decode(T.self, atIndex: index)
    }
}
