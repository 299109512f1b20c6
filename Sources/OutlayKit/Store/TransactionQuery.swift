import GRDB

/// Turns a filter and page request into SQL over live transactions.
///
/// Dates, kind and category are served by the partial indexes on
/// (date, id) and (category, date, id); a keyset cursor is a row-value
/// comparison on the same columns, so page 10 000 costs what page 1 costs.
/// Text search and tags drive the query from their own indexes instead.
struct TransactionQuery {
    private(set) var from = "transactions t"
    private(set) var conditions = ["t.deleted_at IS NULL"]
    private(set) var arguments = StatementArguments()

    init(_ filter: TransactionFilter) {
        let search = filter.search.flatMap(SearchTerms.query)
        if let search {
            // CROSS JOIN keeps the search index as the outer loop: a rare word is a few lookups.
            from = "transactions_fts f CROSS JOIN transactions t ON t.seq = f.rowid"
            add("transactions_fts MATCH ?", search)
        }
        if let tag = filter.tag?.lowercased() {
            if search == nil {
                from = "transaction_tags g CROSS JOIN transactions t ON t.seq = g.seq"
                add("g.tag = ?", tag)
            } else {
                add("t.seq IN (SELECT seq FROM transaction_tags WHERE tag = ?)", tag)
            }
        }
        if let date = filter.from { add("t.date >= ?", date.description) }
        if let date = filter.to { add("t.date <= ?", date.description) }
        if let kind = filter.kind { add("t.kind = ?", kind.rawValue) }
        if let category = filter.category { add("t.category = ?", category) }
        if let categories = filter.categories?.sorted() {
            conditions.append("t.category IN (\(categories.map { _ in "?" }.joined(separator: ", ")))")
            arguments += StatementArguments(categories)
        }
        if let account = filter.account { add("t.account = ? COLLATE NOCASE", account) }
        if let minimum = filter.minimumAmount { add("t.amount >= ?", minimum) }
        if let maximum = filter.maximumAmount { add("t.amount <= ?", maximum) }
    }

    mutating func add(_ condition: String, _ value: some DatabaseValueConvertible) {
        conditions.append(condition)
        arguments += [value]
    }

    var whereClause: String { conditions.joined(separator: " AND ") }

    // MARK: - Statements

    /// One page of `request`, with one row more than its limit when there are more.
    func fetchPage(_ request: TransactionPageRequest, currency: Currency, in db: Database) throws -> [Transaction] {
        let (sql, arguments) = page(request)
        return try TransactionRow.fetchAll(db, sql: sql, arguments: arguments, currency: currency)
    }

    func page(_ request: TransactionPageRequest) -> (sql: String, arguments: StatementArguments) {
        var query = self
        let descending = request.order == .newestFirst
        if let cursor = request.after {
            query.conditions.append(descending ? "(t.date, t.id) < (?, ?)" : "(t.date, t.id) > (?, ?)")
            query.arguments += [cursor.date.description, cursor.id]
        }
        let direction = descending ? "DESC" : "ASC"
        let sql = """
            SELECT \(TransactionRow.columnsOfT) FROM \(query.from) WHERE \(query.whereClause)
            ORDER BY t.date \(direction), t.id \(direction) LIMIT ?
            """
        // One row more than asked tells whether another page follows.
        return (sql, query.arguments + [request.limit + 1])
    }

    func totalsByKind() -> (sql: String, arguments: StatementArguments) {
        // A refund takes away from spending.
        ("SELECT t.kind, SUM(CASE WHEN t.refund = 1 AND t.kind = 'expense' THEN -t.amount ELSE t.amount END), COUNT(*) FROM \(from) WHERE \(whereClause) GROUP BY t.kind",
         arguments)
    }
}
