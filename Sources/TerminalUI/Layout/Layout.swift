/// How much of a row or column a part of a layout takes.
public enum Constraint: Sendable, Hashable {
    /// Exactly this many cells (or what is left).
    case length(Int)
    /// This percentage of the whole.
    case percentage(Int)
    /// A share of what the fixed parts leave, by weight.
    case fill(Int)
}

public enum Direction: Sendable, Hashable {
    case horizontal
    case vertical
}

public enum Layout {
    /// Splits `area` along `direction`: fixed lengths and percentages first,
    /// then the rest shared by the `fill` weights; the last fill takes any remainder.
    public static func split(_ area: Rect, _ direction: Direction, _ constraints: [Constraint]) -> [Rect] {
        let total = direction == .horizontal ? area.width : area.height
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case let .length(n): return Swift.max(0, n)
            case let .percentage(p): return total * Swift.max(0, p) / 100
            case .fill: return 0
            }
        }
        // Fixed parts can ask for more than there is: cut from the end.
        var overflow = sizes.reduce(0, +) - total
        for index in sizes.indices.reversed() where overflow > 0 {
            let cut = Swift.min(sizes[index], overflow)
            sizes[index] -= cut
            overflow -= cut
        }
        let weights = constraints.map { if case let .fill(w) = $0 { return Swift.max(1, w) } else { return 0 } }
        let weightSum = weights.reduce(0, +)
        let left = total - sizes.reduce(0, +)
        if weightSum > 0, left > 0 {
            var given = 0
            for index in sizes.indices where weights[index] > 0 {
                sizes[index] = left * weights[index] / weightSum
                given += sizes[index]
            }
            if let last = weights.lastIndex(where: { $0 > 0 }) { sizes[last] += left - given }
        }
        var offset = 0
        return sizes.map { size in
            defer { offset += size }
            switch direction {
            case .horizontal: return Rect(x: area.x + offset, y: area.y, width: size, height: area.height)
            case .vertical: return Rect(x: area.x, y: area.y + offset, width: area.width, height: size)
            }
        }
    }
}
