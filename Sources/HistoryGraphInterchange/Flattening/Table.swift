import HistoryGraph

/// A typed value in a flat table: what an attribute, a data key or a CSV cell holds.
public enum Cell: Hashable, Sendable {
  case string(String)
  case boolean(Bool)
  case integer(Int)
  case double(Double)

  /// The value as text: `true`/`false`, decimal numbers, strings as they are.
  public var text: String {
    switch self {
    case .string(let s): return s
    case .boolean(let b): return b ? "true" : "false"
    case .integer(let n): return String(n)
    case .double(let d): return String(d)
    }
  }
}

/// A named, typed column of a flat table.
public struct Column: Hashable, Sendable {
  /// The types a column may have, named as GraphML and GEXF name them.
  public enum ValueType: String, Hashable, Sendable {
    case string, boolean, long, double
  }

  public let name: String
  public let type: ValueType

  public init(_ name: String, _ type: ValueType) {
    self.name = name
    self.type = type
  }
}

/// Rows under named columns; a cell is `nil` when the row has no value there.
public struct Table: Sendable {
  public let columns: [Column]
  public let rows: [[Cell?]]

  /// The index of the column named `name`.
  public func column(named name: String) -> Int? { columns.firstIndex { $0.name == name } }
}
