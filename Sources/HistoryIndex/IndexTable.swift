import HistoryGraph

/// A column of a table of the index: its name in SQL and its type.
struct IndexColumn: Equatable {
  /// The SQL types the index's columns are declared with.
  enum SQLType: String {
    case text = "TEXT", integer = "INTEGER", real = "REAL", blob = "BLOB"
  }

  let name: String
  let type: SQLType
  /// What the column's definition adds to its type (`PRIMARY KEY`), if anything.
  var constraint: String? = nil

  static func text(_ name: String, _ constraint: String? = nil) -> Self { Self(name: name, type: .text, constraint: constraint) }
  static func integer(_ name: String) -> Self { Self(name: name, type: .integer) }
  static func real(_ name: String) -> Self { Self(name: name, type: .real) }
  static func blob(_ name: String) -> Self { Self(name: name, type: .blob) }
}

/// A table of the index, described once: its cases are its columns in their
/// order on disk, each with its name and SQL type (``column``).
///
/// Its `CREATE TABLE` (``creation``), the `INSERT` that writes its rows
/// (``TableStatement/insert(into:)``) and the `SELECT`s that read them
/// (``TableStatement/select(_:from:schema:table:_:)``) are all made from this list; a
/// value is bound to a column and read from one by naming the column, never by a
/// position written in code. The positions are looked up by name once per
/// statement, so that binding and reading a row stay array look-ups.
///
/// The raw value is the case's place in the list (from 0, given by the order
/// of the cases), which only ``TableStatement`` uses.
protocol IndexTable: RawRepresentable<Int>, CaseIterable, Sendable {
  /// The table's name in SQL.
  static var tableName: String { get }
  /// The column's name and SQL type.
  var column: IndexColumn { get }
  /// The column holding each row's check (``rowCheck``), if the table has one.
  static var checkColumn: Self? { get }
}

/// How many bytes of words FTS5 gathers in memory before writing them out as a
/// segment, for the passages' and the graph texts' tables: 2 MiB, not FTS5's 1 MiB
/// (fewer segments to merge) nor 16 MiB (a hash that large leaves the processor's
/// caches: at a million claims, 16 MiB took 30–40% longer to insert than 2 MiB).
let fullTextHashSize = 2 * 1024 * 1024

extension IndexTable {
  /// The table's columns, in their order on disk.
  static var columns: [IndexColumn] { allCases.map(\.column) }

  /// The `CREATE TABLE` statement of the table, as the index's format declares it.
  static var creation: String {
    "CREATE TABLE \(tableName)(\(columns.map { ([$0.name, $0.type.rawValue] + ($0.constraint.map { [$0] } ?? [])).joined(separator: " ") }.joined(separator: ", ")));"
  }

  /// The `CREATE VIRTUAL TABLE` of an FTS5 table named `name` over this table
  /// (its external content): the same columns, only `searched` indexed; then its
  /// hash size (``fullTextHashSize``).
  static func fullTextCreation(_ name: String, searched: Self, options: String) -> String {
    let columns = allCases.map { $0 == searched ? $0.column.name : "\($0.column.name) UNINDEXED" }
    return """
      CREATE VIRTUAL TABLE \(name) USING fts5(\(columns.joined(separator: ", ")), content = '\(tableName)', \(options));
      INSERT INTO \(name)(\(name), rank) VALUES('hashsize', \(fullTextHashSize));
      """
  }

  /// The column of this name, if the table has one.
  static func named(_ name: String) -> Self? { allCases.first { $0.column.name == name } }

  static var checkColumn: Self? { nil }

  /// What a row's check is: `hg_row_check` (see ``SQLiteDatabase/rowCheckFunction``) of its rowid and every other column.
  static var rowCheck: String {
    "\(SQLiteDatabase.rowCheckFunction)(\((["rowid"] + allCases.filter { $0.rawValue != checkColumn?.rawValue }.map(\.column.name)).joined(separator: ", ")))"
  }
}

/// A compiled statement about one ``IndexTable``: parameters are bound, and
/// columns read, by the table's columns.
///
/// A parameter is named after the column it holds (`:subject`); a column of a row
/// is found by its name among the statement's result columns. Both are looked up
/// once, when the statement is compiled.
final class TableStatement<Table: IndexTable> {
  /// The statement, for what is not about the table's columns (``run()``, ``step()``, ``reset()``).
  let statement: SQLiteStatement
  /// By a column's raw value: the position (from 1) of the parameter named after it, 0 if none.
  private let parameters: ContiguousArray<Int32>
  /// By a column's raw value: the position (from 0) of the result column of its name, -1 if none.
  private let results: ContiguousArray<Int32>
  /// The position of the result column `rowid`, -1 if none.
  private let rowIDResult: Int32
  /// The position of the result column that says whether the row matches its check, -1 if none.
  private let intactResult: Int32
  /// For an insert into a checked table that numbers its rows itself: the
  /// connection counting the table's rows (see ``SQLiteDatabase/nextRowID(of:)``).
  private var numbering: SQLiteDatabase?
  /// The position (from 1) of the parameter `:rowid`, 0 if none.
  private let rowIDParameter: Int32

  private init(_ statement: SQLiteStatement) {
    self.statement = statement
    let count = Table.allCases.count
    var parameters = ContiguousArray<Int32>(repeating: 0, count: count)
    var results = ContiguousArray<Int32>(repeating: -1, count: count)
    for column in Table.allCases {
      precondition(column.rawValue >= 0 && column.rawValue < count, "the columns of \(Table.tableName) are not numbered by their order")
      parameters[column.rawValue] = statement.parameterIndex(":\(column.column.name)") ?? 0
    }
    var rowIDResult: Int32 = -1
    var intactResult: Int32 = -1
    for (position, name) in statement.columnNames.enumerated() {
      if name == "rowid" { rowIDResult = Int32(position) }
      if name == Self.intactName { intactResult = Int32(position) }
      if let column = Table.named(name), results[column.rawValue] < 0 { results[column.rawValue] = Int32(position) }
    }
    self.parameters = parameters
    self.rowIDParameter = statement.parameterIndex(":rowid") ?? 0
    self.results = results
    self.rowIDResult = rowIDResult
    self.intactResult = intactResult
  }

  /// The result column that says whether a row of a checked table matches its check.
  private static var intactName: String { "row_intact" }

  /// `INSERT INTO table(every column) VALUES(:every column)`; with `rowID`, also the row's rowid (see ``bindRowID(_:)``).
  ///
  /// A row of a table with a ``IndexTable/checkColumn`` gets its check as it is
  /// written, from the values bound (so a value must be bound as the type its
  /// column stores), and its rowid, unless bound, is the one SQLite would give
  /// it: one more than the table's largest.
  static func insert(into db: SQLiteDatabase, rowID: Bool = false) throws(SQLiteError) -> TableStatement {
    guard let check = Table.checkColumn else {
      let names = (rowID ? ["rowid"] : []) + Table.columns.map(\.name)
      return try TableStatement(
        db.prepare("INSERT INTO \(Table.tableName)(\(names.joined(separator: ", "))) VALUES(\(names.map { ":\($0)" }.joined(separator: ", ")))"))
    }
    let names = ["rowid"] + Table.allCases.filter { $0 != check }.map(\.column.name)
    let values = names.map { ":\($0)" }
    let statement = TableStatement(
      try db.prepare(
        "INSERT INTO \(Table.tableName)(\((names + [check.column.name]).joined(separator: ", "))) "
          + "VALUES(\((values + ["\(SQLiteDatabase.rowCheckFunction)(\(values.joined(separator: ", ")))"]).joined(separator: ", ")))"))
    if !rowID { statement.numbering = db }
    return statement
  }

  /// `SELECT rowid, columns FROM table` followed by `clauses` (`WHERE`, `ORDER BY`),
  /// whose parameters are named after columns (`WHERE id = :id`).
  ///
  /// - Parameter schema: the database the table is in (`main` or an attached one); `nil` to let SQLite find it.
  /// - Parameter table: the table read, if not `Table` itself: one with its columns (a full-text table over it).
  static func select(
    _ columns: [Table] = Array(Table.allCases), from db: SQLiteDatabase, schema: String? = nil, table: String? = nil, _ clauses: String = ""
  ) throws(SQLiteError) -> TableStatement {
    try TableStatement(db.prepare(selection(columns, schema: schema, table: table, clauses)))
  }

  /// ``select(_:from:schema:table:_:)`` compiled once per connection and reset for each use.
  static func reusable(_ columns: [Table] = Array(Table.allCases), from db: SQLiteDatabase, _ clauses: String = "") throws(SQLiteError)
    -> TableStatement
  {
    // Kept under a key cheaper to make than the SQL (a look-up may be made for each of many rows).
    let key = "\(Table.tableName) \(columns.map(\.rawValue)) \(clauses)"
    if let statement = db.compiled(key, as: TableStatement.self) {
      statement.reset()
      return statement
    }
    let statement = TableStatement(try db.prepare(selection(columns, schema: nil, table: nil, clauses)))
    db.keep(statement, for: key)
    return statement
  }

  private static func selection(_ columns: [Table], schema: String?, table: String?, _ clauses: String) -> String {
    // A table read itself (not a full-text table over it) gives, with each row, whether the row matches its check.
    let intact = table == nil && Table.checkColumn != nil ? ["\(Table.rowCheck) IS \(Table.checkColumn!.column.name) AS \(intactName)"] : []
    let name = table ?? Table.tableName
    let table = schema.map { "\($0).\(name)" } ?? name
    return "SELECT \((["rowid"] + columns.map(\.column.name) + intact).joined(separator: ", ")) FROM \(table) \(clauses)"
  }

  // MARK: Binding

  private func parameter(_ column: Table) -> Int32 {
    let index = parameters[column.rawValue]
    precondition(index > 0, "no parameter :\(column.column.name) in: \(statement.sql)")
    return index
  }

  func bind(_ column: Table, _ text: String?) throws(SQLiteError) { try statement.bind(parameter(column), text) }
  func bind(_ column: Table, _ value: Int?) throws(SQLiteError) { try statement.bind(parameter(column), value) }
  func bind(_ column: Table, _ value: Double) throws(SQLiteError) { try statement.bind(parameter(column), value) }
  func bind(_ column: Table, _ numbers: ContiguousArray<Int32>) throws(SQLiteError) { try statement.bind(parameter(column), numbers) }

  /// Binds the rowid of a row inserted by ``insert(into:rowID:)`` with `rowID`.
  func bindRowID(_ row: Int) throws(SQLiteError) {
    precondition(rowIDParameter > 0, "no parameter :rowid in: \(statement.sql)")
    try statement.bind(rowIDParameter, row)
  }

  /// Binds a place in a file to the three columns that hold it.
  func bind(_ location: SourceLocation, to columns: SourceLocationColumns<Table>) throws(SQLiteError) {
    try bind(columns.file, location.file)
    try bind(columns.line, location.line)
    try bind(columns.column, location.column)
  }

  // MARK: Running and reading

  /// Advances to the next row: `true` while there is one.
  ///
  /// - Throws: ``SQLiteError`` also when a row of a checked table does not match its check (it was changed after it was written).
  func step() throws(SQLiteError) -> Bool {
    guard try statement.step() else { return false }
    if intactResult >= 0, statement.int(intactResult) != 1 {
      throw SQLiteError(description: "a row of \(Table.tableName) was changed after the index was written")
    }
    return true
  }

  /// Runs a statement that returns no rows, then makes it ready for new parameters.
  func run() throws(SQLiteError) {
    guard let numbering else { return try statement.run() }
    try bindRowID(try numbering.nextRowID(of: Table.self))
    try statement.run()
    numbering.wroteRow(into: Table.self)
  }

  /// Makes the statement ready to run again with new parameters.
  func reset() { statement.reset() }

  private func result(_ column: Table) -> Int32 {
    let position = results[column.rawValue]
    precondition(position >= 0, "\(column.column.name) is not selected in: \(statement.sql)")
    return position
  }

  /// The row's rowid (selected by ``select(_:from:schema:table:_:)``).
  var rowID: Int {
    precondition(rowIDResult >= 0, "rowid is not selected in: \(statement.sql)")
    return statement.int(rowIDResult)
  }

  func isNull(_ column: Table) -> Bool { statement.isNull(result(column)) }
  func int(_ column: Table) -> Int { statement.int(result(column)) }
  func optionalInt(_ column: Table) -> Int? { statement.optionalInt(result(column)) }
  func double(_ column: Table) -> Double { statement.double(result(column)) }
  func text(_ column: Table) -> String { statement.text(result(column)) }
  func optionalText(_ column: Table) -> String? { statement.optionalText(result(column)) }
  /// A blob bound by ``bind(_:_:)-(_,ContiguousArray<Int32>)``; `nil` if its length is not a whole number of them.
  func numbers(_ column: Table) -> ContiguousArray<Int32>? { statement.numbers(result(column)) }

  /// A blob of `Int32` pairs as its first and second numbers.
  func numberPairs(_ column: Table) -> (first: ContiguousArray<Int32>, second: ContiguousArray<Int32>)? {
    statement.numberPairs(result(column))
  }

  /// The place in a file held by three columns.
  func location(_ columns: SourceLocationColumns<Table>) -> SourceLocation {
    SourceLocation(file: text(columns.file), line: int(columns.line), column: int(columns.column))
  }
}

/// The three columns that hold a place in a file (file, line, column) in a table.
struct SourceLocationColumns<Table: IndexTable> {
  let file: Table
  let line: Table
  let column: Table
}
