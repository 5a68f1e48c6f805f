/// Where something was written: `Graph/claims/alash.yaml:12:5`.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }
  public static func < (a: Self, b: Self) -> Bool { (a.file, a.line, a.column) < (b.file, b.line, b.column) }
}

extension SourceLocation {
  /// The location of something made in code rather than read from a file.
  public static let inMemory = SourceLocation(file: "(in memory)", line: 0, column: 0)
}
