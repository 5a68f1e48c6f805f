/// The guard against formula injection in CSV cells (OWASP, "CSV Injection"):
/// a spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return as a formula, so the CSV exports write such a cell with a
/// leading apostrophe, which a spreadsheet shows as text and `import` removes.
///
/// The rule is exact both ways. A cell is *guarded* when, after any leading
/// apostrophes, it begins with one of those characters and is not a plain
/// number or date (a sign, a digit, then only digits, `.`, `-` and `:`, such as
/// `-5`, `-0.5` or `-0044-03-15`: no formula can call anything without letters
/// or brackets). A guarded cell gets one more apostrophe on the way out and loses
/// one on the way in; any other cell is written and read as it is. So `=1+2` is
/// written `'=1+2`, `'=1+2` is written `''=1+2`, and `'hello` stays `'hello`.
package enum SpreadsheetCell {
  /// The cell as an export writes it.
  public static func guarded(_ value: String) -> String { isGuarded(value) ? "'" + value : value }

  /// The value a cell an export wrote stands for (the inverse of ``guarded(_:)``).
  public static func unguarded(_ cell: String) -> String {
    guard cell.utf8.first == UInt8(ascii: "'") else { return cell }
    let rest = String(cell.dropFirst())
    return isGuarded(rest) ? rest : cell
  }

  /// A Cypher expression for the value of the text cell `field` (``unguarded(_:)`` in Cypher:
  /// Java's regular expressions, which `=~` matches against the whole text).
  static func cypherUnguarded(_ field: String) -> String {
    "CASE WHEN \(field) =~ \"\(cypherPattern)\" THEN substring(\(field), 1) ELSE \(field) END"
  }

  /// The guarded cells, as a Java regular expression in a double-quoted Cypher string.
  static let cypherPattern = #"(?s)'+(?:[=@\\t\\r]|[+-](?![0-9][-0-9.:]*$)).*"#

  /// Whether `value` is written with an apostrophe before it.
  static func isGuarded(_ value: String) -> Bool {
    let bytes = value.utf8.drop { $0 == UInt8(ascii: "'") }
    guard let first = bytes.first else { return false }
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
    case UInt8(ascii: "+"), UInt8(ascii: "-"): return !isPlainNumber(bytes.dropFirst())
    default: return false
    }
  }

  /// A digit, then only digits, `.`, `-` and `:`.
  private static func isPlainNumber(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
    guard let first = bytes.first, (0x30...0x39).contains(first) else { return false }
    return bytes.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }
  }
}
