import Foundation

/// A file read in chunks of bytes, with its text encoding decided once:
/// UTF-8 (with or without a byte-order mark) when its start is valid UTF-8,
/// Latin-1 otherwise. A field that is not valid UTF-8 in a UTF-8 file is read
/// as Latin-1 rather than lost.
final class TextFile {
    enum Encoding { case utf8, latin1 }

    let path: String
    let encoding: Encoding
    private let handle: FileHandle
    private(set) var atEnd = false
    static let chunkSize = 1 << 20

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw OutlayError.invalidImport(path, "cannot be opened (check that it exists and can be read)")
        }
        self.path = path
        self.handle = handle
        let head = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
        // Ignore a character cut at the end of the sample.
        var sample = head
        while let last = sample.last, last & 0xC0 == 0x80 || last >= 0xC0 { sample.removeLast(); if last >= 0xC0 { break } }
        encoding = String(data: sample, encoding: .utf8) != nil ? .utf8 : .latin1
        try handle.seek(toOffset: head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
    }

    deinit { try? handle.close() }

    /// The next chunk of bytes, empty at the end.
    func read() throws -> [UInt8] {
        guard !atEnd else { return [] }
        let data = try handle.read(upToCount: Self.chunkSize) ?? Data()
        if data.isEmpty { atEnd = true }
        return [UInt8](data)
    }

    func decode(_ bytes: ArraySlice<UInt8>) -> String {
        if encoding == .utf8, let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}
