import CSQLite
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failure reported by SQLite: what was being done and SQLite's own message.
package struct SQLiteError: Error, CustomStringConvertible {
  package let description: String
}

/// One connection to an SQLite database file; closed when released.
///
/// Opened without SQLite's own locking: it is used by one thread at a time (a
/// graph reads its stored names through it once, under the graph's lock).
package final class SQLiteDatabase: @unchecked Sendable {
  private let handle: OpaquePointer

  /// Opens `path`, read-only or read-write (creating it when `create`).
  ///
  /// A file that exists is opened only if it is a regular file, never through a
  /// symbolic link: a FIFO, socket, device or folder at its place is refused
  /// before SQLite opens it (opening a FIFO would block until a writer came).
  /// Each connection knows ``rowCheckFunction``.
  package init(path: String, readOnly: Bool, create: Bool = false) throws(SQLiteError) {
    _ = Self.withoutMemoryStatistics
    if !create || FileKind.of(path) != nil { try FileKind.requireRegular(path) }
    var db: OpaquePointer?
    let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0))
    let status = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW, nil)
    guard status == SQLITE_OK, let db else {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      if let db { sqlite3_close_v2(db) }
      throw SQLiteError(description: "cannot open \(path): \(message)")
    }
    let flagsOfCheck = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
    guard sqlite3_create_function_v2(db, Self.rowCheckFunction, -1, flagsOfCheck, nil, rowCheck, nil, nil, nil) == SQLITE_OK else {
      sqlite3_close_v2(db)
      throw SQLiteError(description: "cannot open \(path): the row check function cannot be defined")
    }
    handle = db
  }

  /// The SQL function that hashes a row's values (see ``IndexTable/checksum``).
  static let rowCheckFunction = "hg_row_check"

  deinit { sqlite3_close_v2(handle) }

  /// SQLite configured, once, before its first connection: without memory
  /// statistics (nothing reads them, and their lock serialises the threads that
  /// write an index's files at once).
  private static let withoutMemoryStatistics: Bool = CSQLite_turnOffMemoryStatistics() == SQLITE_OK

  /// Runs one or more statements that return no rows.
  package func execute(_ sql: String) throws(SQLiteError) {
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

  /// The statements compiled once per connection (``reusable(_:)``, ``TableStatement/reusable(_:from:_:)``), by their SQL (or a key as telling: a table, columns and clauses).
  private var compiled: [String: AnyObject] = [:]

  /// One statement compiled once per connection and reset for each use: for
  /// look-ups made again and again (one row by id or rowid).
  func reusable(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
    if let statement = compiled(sql, as: SQLiteStatement.self) {
      statement.reset()
      return statement
    }
    let statement = try prepare(sql)
    keep(statement, for: sql)
    return statement
  }

  /// The statement kept for `key` (its SQL, or a key as telling) by ``keep(_:for:)``, if any.
  func compiled<Statement: AnyObject>(_ key: String, as type: Statement.Type) -> Statement? { compiled[key] as? Statement }

  /// Keeps a compiled statement for the next use of `key` (its SQL, or a key as telling) on this connection.
  func keep(_ statement: AnyObject, for key: String) { compiled[key] = statement }

  /// By table: the rowid of the next row this connection writes into it with a
  /// statement that gives it its rowid (see `TableStatement.insert(into:rowID:)`).
  private var nextRowIDs: [ObjectIdentifier: Int] = [:]

  /// The rowid the next row written into `table` gets: one more than the
  /// table's largest, as SQLite would give it, then counted by ``wroteRow(into:)``.
  func nextRowID(of table: any IndexTable.Type) throws(SQLiteError) -> Int {
    if let next = nextRowIDs[ObjectIdentifier(table)] { return next }
    let largest = try prepare("SELECT ifnull(max(rowid), 0) FROM \(table.tableName)")
    _ = try largest.step()
    let next = largest.int(0) + 1
    nextRowIDs[ObjectIdentifier(table)] = next
    return next
  }

  /// Counts a row written into `table` with the rowid ``nextRowID(of:)`` gave.
  func wroteRow(into table: any IndexTable.Type) { nextRowIDs[ObjectIdentifier(table), default: 1] += 1 }
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

  /// Binds a text (or `NULL`) to the parameter at `index` (from 1).
  func bind(_ index: Int32, _ text: String?) throws(SQLiteError) {
    guard let text else { return try check(sqlite3_bind_null(statement, index), binding: index) }
    var copy = text
    let status = copy.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { CSQLite_bindText(statement, index, $0.baseAddress, Int32($0.count)) }
    }
    try check(status, binding: index)
  }

  /// Binds an integer (or `NULL`) to the parameter at `index` (from 1).
  func bind(_ index: Int32, _ value: Int?) throws(SQLiteError) {
    guard let value else { return try check(sqlite3_bind_null(statement, index), binding: index) }
    try check(sqlite3_bind_int64(statement, index, Int64(value)), binding: index)
  }

  /// Binds a real number to the parameter at `index` (from 1).
  func bind(_ index: Int32, _ value: Double) throws(SQLiteError) {
    try check(sqlite3_bind_double(statement, index, value), binding: index)
  }

  /// Binds 32-bit integers as a blob, in this machine's byte order (an index is read where it is written).
  func bind(_ index: Int32, _ numbers: ContiguousArray<Int32>) throws(SQLiteError) {
    let status = numbers.withUnsafeBytes { CSQLite_bindBlob(statement, index, $0.baseAddress, Int32($0.count)) }
    try check(status, binding: index)
  }

  /// Throws unless `status`, what binding the parameter at `index` returned, is `SQLITE_OK`.
  private func check(_ status: Int32, binding index: Int32) throws(SQLiteError) {
    guard status != SQLITE_OK else { return }
    let name = sqlite3_bind_parameter_name(statement, index).map { String(cString: $0) } ?? "?\(index)"
    throw SQLiteError(description: "cannot bind parameter \(name): \(String(cString: sqlite3_errstr(status))) (in: \(sql.prefix(60)))")
  }

  /// The statement's SQL, as compiled.
  var sql: String { sqlite3_sql(statement).map { String(cString: $0) } ?? "" }

  /// The position (from 1) of the parameter named `name` (such as `:id`), or `nil` if the statement has none.
  func parameterIndex(_ name: String) -> Int32? {
    let index = sqlite3_bind_parameter_index(statement, name)
    return index > 0 ? index : nil
  }

  /// The names of the columns of the statement's rows, in their order (from 0).
  var columnNames: [String] {
    (0..<sqlite3_column_count(statement)).map { sqlite3_column_name(statement, $0).map { String(cString: $0) } ?? "" }
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

  /// A blob of `Int32` pairs as two arrays, the pairs' first and second numbers, read
  /// straight from the blob; `nil` if its length is not a whole number of pairs.
  func numberPairs(_ column: Int32) -> (first: ContiguousArray<Int32>, second: ContiguousArray<Int32>)? {
    let size = 2 * MemoryLayout<Int32>.size
    let count = Int(sqlite3_column_bytes(statement, column))
    guard count % size == 0 else { return nil }
    guard count > 0, let bytes = sqlite3_column_blob(statement, column) else { return ([], []) }
    let blob = UnsafeRawBufferPointer(start: bytes, count: count)
    func numbers(at offset: Int) -> ContiguousArray<Int32> {
      ContiguousArray(unsafeUninitializedCapacity: count / size) { buffer, initialized in
        for i in 0..<buffer.count { buffer[i] = blob.loadUnaligned(fromByteOffset: i * size + offset, as: Int32.self) }
        initialized = buffer.count
      }
    }
    return (numbers(at: 0), numbers(at: MemoryLayout<Int32>.size))
  }

  func optionalInt(_ column: Int32) -> Int? { isNull(column) ? nil : int(column) }
}

/// `hg_row_check(values…)`: a 64-bit hash of the values' types and bytes, in
/// order, eight bytes at a time (for noticing a changed row, not for security:
/// anyone who can write the file can write a new hash).
private func rowCheck(_ context: OpaquePointer?, _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
  var hash: UInt64 = 0x243F_6A88_85A3_08D3
  func absorb(_ word: UInt64) {
    hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
    hash = (hash << 31) | (hash >> 33)
  }
  for index in 0..<Int(count) {
    let value = values?[index]
    let type = sqlite3_value_type(value)
    absorb(UInt64(truncatingIfNeeded: type))
    switch type {
    case SQLITE_INTEGER: absorb(UInt64(bitPattern: sqlite3_value_int64(value)))
    case SQLITE_FLOAT: absorb(sqlite3_value_double(value).bitPattern)
    case SQLITE_TEXT, SQLITE_BLOB:
      let start = type == SQLITE_TEXT ? UnsafeRawPointer(sqlite3_value_text(value)) : sqlite3_value_blob(value)
      let length = Int(sqlite3_value_bytes(value))
      absorb(UInt64(length))
      guard let start else { break }
      let words = length / 8
      for offset in stride(from: 0, to: words * 8, by: 8) { absorb(start.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
      var tail: UInt64 = 0
      for offset in (words * 8)..<length { tail = (tail << 8) | UInt64(start.load(fromByteOffset: offset, as: UInt8.self)) }
      absorb(tail)
    default: break
    }
  }
  hash ^= hash >> 33
  hash &*= 0xFF51_AFD7_ED55_8CCD
  hash ^= hash >> 33
  sqlite3_result_int64(context, Int64(bitPattern: hash))
}
