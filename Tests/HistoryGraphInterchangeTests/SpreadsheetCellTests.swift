import Foundation
import HistoryGraph
import Testing

@testable import HistoryGraphInterchange

/// The CSV exports' guard against formula injection, and the CSV reader's line
/// ends (second reliability probe, findings 5 and 6).
@Suite("CSV cells: formula guard and line ends")
struct SpreadsheetCellTests {
  /// Values a spreadsheet would run, values that only look like them, and values already guarded.
  static let values = [
    "=1+2", "=HYPERLINK(\"http://evil.example/\",\"x\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)", "\tx", "\rx",
    "'=1+2", "''=1+2", "'", "''", "'hello", "'-5", "-5", "-0.5", "+7", "-0044-03-15", "--x", "-", "+", "=", "@", "plain", "", "Ленин", "- dash",
    "'\t", "1917-10-25",
  ]

  @Test("a cell beginning with = + - @ TAB or CR is written with an apostrophe; numbers and dates are not", arguments: values)
  func guarded(_ value: String) {
    let cell = SpreadsheetCell.guarded(value)
    let rest = value.drop { $0 == "'" }
    let runs = ["=", "+", "-", "@", "\t", "\r"].contains { rest.hasPrefix($0) }
    let number =
      rest.count > 1 && (rest.first == "-" || rest.first == "+") && rest.dropFirst().first!.isNumber
      && rest.dropFirst().allSatisfy { $0.isNumber || $0 == "." || $0 == "-" || $0 == ":" }
    #expect(cell == (runs && !number ? "'" + value : value))
    // What a spreadsheet sees first is never a formula character.
    #expect(!["=", "@", "\t", "\r"].contains { cell.hasPrefix($0) } && (!(cell.hasPrefix("-") || cell.hasPrefix("+")) || number))
  }

  @Test("import reads back exactly what export wrote", arguments: values)
  func roundTrip(_ value: String) {
    #expect(SpreadsheetCell.unguarded(SpreadsheetCell.guarded(value)) == value)
  }

  @Test("the LOAD CSV script's pattern finds exactly the guarded cells", arguments: values)
  func cypherPattern(_ value: String) throws {
    // Cypher's double-quoted string turns \\t into \t for Java's regular expressions, which ICU reads alike.
    let pattern = SpreadsheetCell.cypherPattern.replacingOccurrences(of: "\\\\", with: "\\")
    let regex = try NSRegularExpression(pattern: "^(?:\(pattern))$")
    let cell = SpreadsheetCell.guarded(value)
    let matches = regex.firstMatch(in: cell, range: NSRange(cell.startIndex..., in: cell)) != nil
    #expect(matches == (cell != value), "\(cell.debugDescription)")
  }

  @Test("the CSV tables write guarded cells and the reader removes the guard")
  func tables() throws {
    var out = ""
    CSVTables.line(&out, ["id", "=1+2", "'=x", "-5", "@a"])
    #expect(out == "id,'=1+2,''=x,-5,'@a\r\n")
    let table = try CSVTable("a,b,c,d,e\r\n" + out, file: "t.csv")
    #expect(table.records == [["id", "=1+2", "'=x", "-5", "@a"]])
  }

  @Test("lines may end in LF, CRLF or a lone CR, also mixed; rows keep their line numbers", arguments: ["\n", "\r\n", "\r"])
  func lineEnds(_ end: String) throws {
    let text = ["Id,note", "a,\"two\(end)lines\"", "b,x", "c,y"].joined(separator: end) + end
    let table = try CSVTable(text, file: "t.csv")
    #expect(table.header == ["Id", "note"])
    #expect(table.records == [["a", "two\(end)lines"], ["b", "x"], ["c", "y"]])
    #expect(table.lines == [2, 4, 5])
    let mixed = try CSVTable("Id,note\ra,1\r\nb,2\nc,3", file: "t.csv")
    #expect(mixed.records.map(\.[0]) == ["a", "b", "c"])
  }

  @Test("a header with no rows is refused when rows are needed, at the line they should start on")
  func noRows() throws {
    #expect(try CSVTable("Id,kind\r\n", file: "t.csv").records.isEmpty)
    #expect {
      try CSVTable("Id,kind\r", file: "nodes.csv", needsRows: true)
    } throws: { error in
      "\(error)".contains("nodes.csv:2:1") && "\(error)".contains("no rows")
    }
  }

  /// Found by the second reliability probe: `Id,Id` read the first column and ignored the other.
  @Test("a header that names a column twice is refused at the second one")
  func duplicateColumn() throws {
    #expect {
      try CSVTable("Id,kind,Id\na,person,b\n", file: "nodes.csv")
    } throws: { error in
      "\(error)".contains("nodes.csv:1:3") && "\(error)".contains("'Id' twice")
    }
    #expect(try CSVTable("Id,kind,id\na,person,b\n", file: "nodes.csv").header == ["Id", "kind", "id"])
  }
}

/// What `import` writes must read back: the fuzz target `csv` found a C1 control
/// character (U+0081) written raw, which YAML does not allow in a file.
@Suite("YAML scalars that import writes")
struct YAMLScalarTests {
  @Test(
    "any character reads back from a quoted scalar",
    arguments: ["\u{81}", "a\u{85}b", "\u{FFFE}\u{FFFF}", "\u{2028}\u{2029}", "\u{7F}\u{9F}", "\0\u{1B}[31m", "\u{FEFF}é"])
  func readsBack(_ value: String) throws {
    var problems: [Diagnostic] = []
    let file = YAMLFile(path: "t.yaml", text: "x: \(YAMLScalar.quoted(value))\n", diagnostics: &problems)
    #expect(problems.isEmpty, "\(problems)")
    let node = try #require(file.root?.mapping?.first?.1)
    #expect(file.scalar(node, field: "x", diagnostics: &problems) == value)
  }
}
