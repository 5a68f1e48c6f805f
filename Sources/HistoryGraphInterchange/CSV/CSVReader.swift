import HistoryGraph

/// A CSV table read as RFC 4180 writes it: a header row, then records of
/// fields, each record remembering the line it starts on.
public struct CSVTable: Sendable {
  public let file: String
  public let header: [String]
  /// Records after the header, each as wide as the header.
  public let records: [[String]]
  /// The line each record starts on (the header is line 1).
  public let lines: [Int]

  /// Reads `text` (UTF-8, `,` between fields, `"` around a field that holds
  /// a comma, a quote or a line break, quotes doubled inside; lines end at LF,
  /// CRLF or a lone CR, as classic Mac OS saved them). A field the exports
  /// guarded against formulas loses its apostrophe (``SpreadsheetCell``).
  ///
  /// - Throws: ``LoadError`` at `file:LINE:FIELD` for an unclosed quote, text
  ///   after a closing quote, a record wider or narrower than the header, an
  ///   empty file, or (when `needsRows`) a header with no rows under it.
  public init(_ text: String, file: String, needsRows: Bool = false) throws(LoadError) {
    self.file = file
    var rows: [[String]] = []
    var starts: [Int] = []
    var problems: [Diagnostic] = []
    var field: [UInt8] = []
    var row: [String] = []
    var line = 1
    var rowStart = 1
    var quoted = false, wasQuoted = false
    let bytes = Array(text.utf8)
    var i = 0
    func endField() {
      row.append(SpreadsheetCell.unguarded(String(decoding: field, as: UTF8.self)))
      field.removeAll(keepingCapacity: true)
      wasQuoted = false
    }
    func endRow() {
      endField()
      if !(row.count == 1 && row[0].isEmpty) {
        rows.append(row)
        starts.append(rowStart)
      }
      row = []
    }
    while i < bytes.count {
      let byte = bytes[i]
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
            field.append(byte)
            i += 1
          } else {
            quoted = false
          }
        } else {
          // A line ends at LF, at CR LF (counted at the LF) or at a lone CR.
          if byte == 0x0A || (byte == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) { line += 1 }
          field.append(byte)
        }
      } else {
        switch byte {
        case UInt8(ascii: ","): endField()
        case 0x0D where i + 1 < bytes.count && bytes[i + 1] == 0x0A: break
        case 0x0A, 0x0D:
          endRow()
          line += 1
          rowStart = line
        case UInt8(ascii: "\"") where field.isEmpty && !wasQuoted:
          quoted = true
          wasQuoted = true
        default:
          if wasQuoted {
            problems.append(
              Diagnostic(
                .badValue, at: SourceLocation(file: file, line: line, column: row.count + 1), "text after the closing quote of a field",
                hint: "a quote inside a quoted field is written twice (\"\")"))
            wasQuoted = false
          }
          field.append(byte)
        }
      }
      i += 1
    }
    if quoted {
      problems.append(
        Diagnostic(
          .badValue, at: SourceLocation(file: file, line: rowStart, column: row.count + 1), "a quoted field is never closed",
          hint: "close the field with \""))
    }
    if !field.isEmpty || !row.isEmpty || wasQuoted { endRow() }
    guard let header = rows.first else {
      throw LoadError(diagnostics: [
        Diagnostic(.missingField, at: SourceLocation(file: file, line: 1, column: 1), "the file is empty", hint: "the first row names the columns")
      ])
    }
    if needsRows && rows.count == 1 {
      throw LoadError(diagnostics: [
        Diagnostic(
          .missingField, at: SourceLocation(file: file, line: starts[0] + 1, column: 1), "the table has its header row but no rows",
          hint: "an import of no rows would empty what an earlier import wrote; to remove that, delete its files instead")
      ])
    }
    var firstColumn: [String: Int] = [:]
    for (column, name) in header.enumerated() {
      if let first = firstColumn[name] {
        problems.append(
          Diagnostic(
            .duplicateID, at: SourceLocation(file: file, line: starts[0], column: column + 1),
            "the header names column '\(name)' twice (columns \(first + 1) and \(column + 1))",
            hint: "rename or remove one of them: a value would be read from one and the other ignored"))
      } else {
        firstColumn[name] = column
      }
    }
    for (record, start) in zip(rows.dropFirst(), starts.dropFirst()) where record.count != header.count {
      problems.append(
        Diagnostic(
          .wrongType, at: SourceLocation(file: file, line: start, column: min(record.count, header.count) + 1),
          "the row has \(record.count) fields but the header has \(header.count)", hint: "quote a field that holds a comma"))
    }
    guard problems.isEmpty else { throw LoadError(diagnostics: problems) }
    self.header = header
    records = Array(rows.dropFirst())
    lines = Array(starts.dropFirst())
  }

  /// The index of the column named `name`.
  public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}
