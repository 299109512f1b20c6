import CSQLiteTuning

/// Words as the search index sees them. The index splits text with FTS5's
/// `unicode61` tokenizer, whose idea of a word (letters, digits and private
/// use characters of its own Unicode version; combining marks and joiners
/// split words) differs from Swift's in many scripts: `मनीष` is two tokens
/// to it, one word to Swift. A query built from Swift's words would then
/// quote two tokens as one term, which FTS5 reads as a phrase, and phrases
/// are not supported by this index (`detail=column`). So user text goes
/// through the index's own tokenizer first.
enum SearchTerms {
    /// The index's tokens of `text`, folded and without diacritics as it stores them.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var utf8 = Array(text.utf8)
        guard !utf8.isEmpty else { return [] }
        let length = Int32(clamping: utf8.count)
        withUnsafeMutablePointer(to: &tokens) { sink in
            utf8.withUnsafeMutableBufferPointer { bytes in
                bytes.baseAddress?.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
                    _ = outlay_fts5_tokenize(text, length, sink) { context, token, count in
                        guard let context, let token else { return }
                        let bytes = UnsafeRawBufferPointer(start: token, count: Int(count))
                        context.assumingMemoryBound(to: [String].self).pointee.append(String(decoding: bytes, as: UTF8.self))
                    }
                }
            }
        }
        return tokens
    }

    /// An FTS5 query matching rows that have every token of `text` as a word
    /// prefix: `coff shop` → `"coff"* "shop"*`. Each term is one token, so user
    /// text can never be read as FTS syntax or as a phrase. Nil when `text` has no token.
    static func query(_ text: String) -> String? {
        let tokens = tokens(text)
        guard !tokens.isEmpty else { return nil }
        return tokens.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}
