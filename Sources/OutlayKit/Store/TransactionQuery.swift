import GRDB

/// Turns a filter and page request into SQL over live transactions.
///
/// Dates, kind and category are served by the partial indexes on
/// (date, id) and (category, date, id); a keyset cursor is a row-value
/// comparison on the same columns, so page 10 000 costs what page 1 costs.
/// Text search and tags drive the query from their own indexes instead.
/// A category filter also finds split rows with a part in it, through
/// `split_categories`: a page is then the union of the two, each read
/// through its own index.
struct TransactionQuery {
    private(set) var from = "transactions t"
    /// Every condition but the categories'.
    private(set) var conditions = ["t.deleted_at IS NULL"]
    private(set) var arguments = StatementArguments()
    /// Each category filter's names (a row is in one of each list).
    private(set) var categoryLists: [[String]] = []

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
        if let category = filter.category { inCategories([category]) }
        if let categories = filter.categories?.sorted() { inCategories(categories) }
        if let account = filter.account { add("t.account = ? COLLATE NOCASE", account) }
        if let minimum = filter.minimumAmount { add("t.amount >= ?", minimum) }
        if let maximum = filter.maximumAmount { add("t.amount <= ?", maximum) }
    }

    /// In one of `names`: by its category, or a split with a part in one.
    private mutating func inCategories(_ names: [String]) { categoryLists.append(names) }

    /// The categories in every filter: a split row counts its parts in them.
    private var categories: [String]? {
        categoryLists.dropFirst().reduce(categoryLists.first) { kept, names in kept?.filter(names.contains) }
    }

    mutating func add(_ condition: String, _ value: some DatabaseValueConvertible) {
        conditions.append(condition)
        arguments += [value]
    }

    private static func placeholders(_ names: [String]) -> String { names.map { _ in "?" }.joined(separator: ", ") }

    /// Every condition, the categories' matching a row's own category or any of its parts'.
    var whereClause: String {
        (conditions + categoryLists.map { names in
            "(t.category IN (\(Self.placeholders(names))) OR t.seq IN (SELECT seq FROM split_categories WHERE category IN (\(Self.placeholders(names)))))"
        }).joined(separator: " AND ")
    }

    /// `whereClause`'s arguments, in its order.
    var whereArguments: StatementArguments {
        categoryLists.reduce(arguments) { $0 + StatementArguments($1) + StatementArguments($1) }
    }

    /// Every condition, the categories' matching a row's own category only (the category index's part of a page).
    private var wholeRowsClause: String {
        (conditions + categoryLists.map { "t.category IN (\(Self.placeholders($0)))" }).joined(separator: " AND ")
    }

    private var wholeRowsArguments: StatementArguments {
        categoryLists.reduce(arguments) { $0 + StatementArguments($1) }
    }

    // MARK: - Statements

    /// One page of `request`, with one row more than its limit when there are more.
    func fetchPage(_ request: TransactionPageRequest, currency: Currency, in db: Database) throws -> [Transaction] {
        let (sql, arguments) = page(request, splitsInCategories: try categoryLists.first.map { names in
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM split_categories WHERE category IN (\(Self.placeholders(names))) LIMIT 1"),
                              arguments: StatementArguments(names)) == true
        } ?? false)
        return try TransactionRow.fetchAll(db, sql: sql, arguments: arguments, currency: currency)
    }

    /// `splitsInCategories`: some split has a part in the first category filter's names (else its rows are all found
    /// by their own category, as in a book without splits).
    func page(_ request: TransactionPageRequest, splitsInCategories: Bool = true) -> (sql: String, arguments: StatementArguments) {
        var query = self
        let descending = request.order == .newestFirst
        if let cursor = request.after {
            query.conditions.append(descending ? "(t.date, t.id) < (?, ?)" : "(t.date, t.id) > (?, ?)")
            query.arguments += [cursor.date.description, cursor.id]
        }
        let direction = descending ? "DESC" : "ASC"
        let order = "ORDER BY t.date \(direction), t.id \(direction) LIMIT ?"
        // One row more than asked tells whether another page follows.
        let limit = request.limit + 1
        guard let first = categoryLists.first, from == "transactions t", splitsInCategories else {
            let whereClause = splitsInCategories ? query.whereClause : query.wholeRowsClause
            let arguments = splitsInCategories ? query.whereArguments : query.wholeRowsArguments
            return ("SELECT \(TransactionRow.columnsOfT) FROM \(query.from) WHERE \(whereClause) \(order)", arguments + [limit])
        }
        // Rows in the categories by their own (the category index), and split rows with a part in the first list (driven from
        // `split_categories`): each branch one page, the union the page.
        let sql = """
            SELECT * FROM (SELECT \(TransactionRow.columnsOfT) FROM transactions t WHERE \(query.wholeRowsClause) \(order))
            UNION
            SELECT * FROM (SELECT \(TransactionRow.columnsOfT) FROM split_categories s CROSS JOIN transactions t ON t.seq = s.seq
                           WHERE s.category IN (\(Self.placeholders(first))) AND \(query.whereClause) \(order))
            ORDER BY date \(direction), id \(direction) LIMIT ?
            """
        return (sql, query.wholeRowsArguments + [limit] + StatementArguments(first) + query.whereArguments + [limit, limit])
    }

    func totalsByKind() -> (sql: String, arguments: StatementArguments) {
        // In the base currency (migration v16). A refund takes away from spending; of a split row, only its parts in the
        // filtered categories count (in another currency, in proportion to the whole's base amount).
        var amount = "COALESCE(t.base_amount, 0)", amountArguments = StatementArguments()
        if let categories {
            let parts = """
                (SELECT SUM(json_extract(value, '$.amount')) FROM json_each(t.splits)
                    WHERE json_extract(value, '$.category') IN (\(categories.map { _ in "?" }.joined(separator: ", "))))
                """
            amount = """
                CASE WHEN t.splits IS NULL THEN COALESCE(t.base_amount, 0) WHEN t.base_amount IS t.amount THEN \(parts)
                    ELSE \(parts) * COALESCE(t.base_amount, 0) / t.amount END
                """
            amountArguments = StatementArguments(categories) + StatementArguments(categories)  // `parts` is in it twice
        }
        return ("SELECT t.kind, SUM(CASE WHEN t.refund = 1 AND t.kind = 'expense' THEN -(\(amount)) ELSE \(amount) END), COUNT(*) FROM \(from) WHERE \(whereClause) GROUP BY t.kind",
                amountArguments + amountArguments + whereArguments)
    }
}
