import CSQLite
import Foundation

/// A failure reported by SQLite: what was being done and SQLite's own message.
struct SQLiteError: Error, CustomStringConvertible {
  let description: String
}

/// One connection to an SQLite database file; closed when released.
///
/// Opened without SQLite's own locking: it is used by one thread at a time (a
/// graph reads its stored names through it once, under the graph's lock).
final class SQLiteDatabase: @unchecked Sendable {
  private let handle: OpaquePointer

  /// Opens `path`, read-only or read-write (creating it when `create`).
  init(path: String, readOnly: Bool, create: Bool = false) throws(SQLiteError) {
    _ = Self.withoutMemoryStatistics
    var db: OpaquePointer?
    let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))
    let status = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
    guard status == SQLITE_OK, let db else {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      if let db { sqlite3_close_v2(db) }
      throw SQLiteError(description: "cannot open \(path): \(message)")
    }
    handle = db
  }

  deinit { sqlite3_close_v2(handle) }

  /// SQLite configured, once, before its first connection: without memory
  /// statistics (nothing reads them, and their lock serialises the threads that
  /// write an index's files at once).
  private static let withoutMemoryStatistics: Bool = CSQLite_turnOffMemoryStatistics() == SQLITE_OK

  /// Runs one or more statements that return no rows.
  func execute(_ sql: String) throws(SQLiteError) {
    var message: UnsafeMutablePointer<CChar>?
    guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? "unknown error"
      sqlite3_free(message)
      throw SQLiteError(description: "\(text) (in: \(sql.prefix(60)))")
    }
  }

  /// Compiles one statement.
  func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw SQLiteError(description: "\(String(cString: sqlite3_errmsg(handle))) (in: \(sql.prefix(60)))")
    }
    return SQLiteStatement(statement, database: handle)
  }

  /// The statements ``reusable(_:)`` compiled, by their SQL.
  private var compiled: [String: SQLiteStatement] = [:]

  /// One statement compiled once per connection and reset for each use: for
  /// look-ups made again and again (one row by id or rowid).
  func reusable(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
    if let statement = compiled[sql] {
      statement.reset()
      return statement
    }
    let statement = try prepare(sql)
    compiled[sql] = statement
    return statement
  }
}

/// A compiled statement: bind parameters (from 1), step, read columns (from 0).
final class SQLiteStatement {
  private let statement: OpaquePointer
  private let database: OpaquePointer

  fileprivate init(_ statement: OpaquePointer, database: OpaquePointer) {
    self.statement = statement
    self.database = database
  }

  deinit { sqlite3_finalize(statement) }

  func bind(_ index: Int32, _ text: String?) {
    guard let text else { sqlite3_bind_null(statement, index); return }
    var copy = text
    copy.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { _ = CSQLite_bindText(statement, index, $0.baseAddress, Int32($0.count)) }
    }
  }

  func bind(_ index: Int32, _ value: Int?) {
    guard let value else { sqlite3_bind_null(statement, index); return }
    sqlite3_bind_int64(statement, index, Int64(value))
  }

  func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(statement, index, value) }

  /// Binds 32-bit integers as a blob, in this machine's byte order (an index is read where it is written).
  func bind(_ index: Int32, _ numbers: ContiguousArray<Int32>) {
    numbers.withUnsafeBytes { _ = CSQLite_bindBlob(statement, index, $0.baseAddress, Int32($0.count)) }
  }

  /// Advances to the next row: `true` while there is one.
  func step() throws(SQLiteError) -> Bool {
    switch sqlite3_step(statement) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw SQLiteError(description: String(cString: sqlite3_errmsg(database)))
    }
  }

  /// Runs a statement that returns no rows, then makes it ready for new parameters.
  func run() throws(SQLiteError) {
    _ = try step()
    reset()
  }

  func reset() {
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
  }

  func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

  func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }

  func double(_ column: Int32) -> Double { sqlite3_column_double(statement, column) }

  func text(_ column: Int32) -> String {
    guard let bytes = sqlite3_column_text(statement, column) else { return "" }
    let count = Int(sqlite3_column_bytes(statement, column))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }

  func optionalText(_ column: Int32) -> String? { isNull(column) ? nil : text(column) }

  /// A blob bound by ``bind(_:_:)-(_,ContiguousArray<Int32>)``; `nil` if its length is not a whole number of them.
  func numbers(_ column: Int32) -> ContiguousArray<Int32>? {
    let count = Int(sqlite3_column_bytes(statement, column))
    guard count % MemoryLayout<Int32>.size == 0 else { return nil }
    guard count > 0, let bytes = sqlite3_column_blob(statement, column) else { return [] }
    var numbers = ContiguousArray<Int32>(repeating: 0, count: count / MemoryLayout<Int32>.size)
    numbers.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(start: bytes, count: count)) }
    return numbers
  }

  func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }
}
