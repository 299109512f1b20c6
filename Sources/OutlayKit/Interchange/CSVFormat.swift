/// RFC 4180 CSV lines for exports: fields quoted when they hold the
/// delimiter, a quote or a line break. (Reading is `DelimitedReader`'s.)
public enum CSVFormat {
    public static func line(_ fields: [String], delimiter: Character = ",") -> String {
        fields.map { field in
            field.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: String(delimiter)) + "\n"
    }
}
