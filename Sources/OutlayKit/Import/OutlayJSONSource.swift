import Foundation

/// Outlay's own JSON export, read back whole (it is Outlay's, and small next to a bank's CSV).
struct OutlayJSONSource: ImportSource {
    let path: String
    let currency: Currency

    func read(_ emit: (Result<ImportedRow, BadRow>) -> Bool) throws -> (any ImportSource)? {
        guard let data = FileManager.default.contents(atPath: path) else { throw OutlayError.invalidImport(path, "cannot be read") }
        for (index, t) in try OutlayJSON.read(data, file: path, into: currency).enumerated() {
            var row = ImportedRow(line: index + 1, date: t.date, signedAmount: t.amount.minorUnits, kind: t.kind,
                                  description: t.description, category: t.category, note: t.note, id: t.id, tags: t.tags,
                                  createdAt: t.createdAt, updatedAt: t.updatedAt)
            row.isRefund = t.isRefund
            row.bankText = t.bankText
            row.splits = t.splits
            guard emit(.success(row)) else { return nil }
        }
        return nil
    }
}
