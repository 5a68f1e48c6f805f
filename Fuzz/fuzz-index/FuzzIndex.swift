import CSQLite
import Foundation
import HistoryGraph
import HistoryGraphInterchange
import HistoryIndex

/// The index file's reader. The input is a list of row edits (set a cell to NULL,
/// a number, a text or another row's value; delete or copy a row) made in place
/// in the main file of a small project's compiled index, so that the file still
/// stands where it was written. Loading the project then must give the graph its
/// YAML gives, or compile the index again: a whole load read from the edited
/// index has the same entities, claims and documents as the YAML, and a part read
/// (a name looked up, a claim cited) holds only entities and claims equal to the
/// YAML's. Never a trap, never a load that fails for an edited cache.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIndex(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let edits = Edit.list(Array(UnsafeBufferPointer(start: data, count: size)))
  let index = SmallProject.currentIndex()
  // The compiled bytes, put back in place after the loads (nothing is kept between inputs).
  let compiled = (file: IndexFileStatus(index), bytes: FileManager.default.contents(atPath: index) ?? Data())
  Edit.apply(edits, to: index)
  for portion in SmallProject.portions {
    let load: GraphIndex.Load
    do {
      load = try GraphIndex.load(portion, graph: SmallProject.graph)
    } catch {
      fatalError("the project could not be loaded after \(edits): \(error)")
    }
    guard load.outcome == .read else { continue }
    SmallProject.checkRead(load, portion, edits)
  }
  // A load that compiled again wrote a new file, left as it is.
  if IndexFileStatus(index) == compiled.file { SmallProject.restore(compiled.bytes, to: index) }
  return 0
}

/// A project of three people, two organizations and four sourced claims under the
/// starter schema, made by `StarterProject` in a temporary folder, and its graph
/// as the YAML gives it.
enum SmallProject {
  static let root = NSTemporaryDirectory() + "hg-fuzz-index-\(getpid())"
  static var graph: String { root + "/project" }
  static let text = """
    A chronicle (invented for the fuzz target: nothing in it is history)
    In 1905 Anna Berg joined the Reform Club.
    Karl Stein led the Reform Club from 1910 to 1914.
    Anna Berg wrote to Karl Stein in March 1911.
    The Harbour Guild elected Lena Wolf as its chair.

    """
  static let entities = """
    - {id: anna-berg, kind: person, labels: {en: "Anna Berg"}, aliases: ["A. Berg"]}
    - {id: karl-stein, kind: person, labels: {en: "Karl Stein"}}
    - {id: lena-wolf, kind: person, labels: {en: "Lena Wolf"}, note: "Chair of the guild."}
    - {id: reform-club, kind: organization, labels: {en: "Reform Club"}}
    - {id: harbour-guild, kind: organization, labels: {en: "Harbour Guild"}}

    """
  static let claims = """
    - id: berg-joins-club
      subject: anna-berg
      relation: member_of
      object: reform-club
      time: "1905"
      sources: [{document: chronicle, quote: "In 1905 Anna Berg joined the Reform Club."}]
    - id: stein-leads-club
      subject: karl-stein
      relation: leads
      object: reform-club
      qualifiers: {role: "leader"}
      time: "1910/1914"
      sources: [{document: chronicle, quote: "Karl Stein led the Reform Club from 1910 to 1914", confidence: 0.9}]
    - id: berg-writes-stein
      subject: anna-berg
      relation: corresponded_with
      object: karl-stein
      time: "1911-03"
      sources: [{document: chronicle, quote: "Anna Berg wrote to Karl Stein in March 1911."}]
    - id: wolf-chairs-guild
      subject: lena-wolf
      relation: leads
      object: harbour-guild
      qualifiers: {role: "chair"}
      sources: [{document: chronicle, quote: "elected Lena Wolf as its chair"}]

    """
  static let portions: [GraphIndex.Portion] = [.whole, .naming(["anna-berg"]), .naming(["Reform Club"]), .citing(ClaimID("stein-leads-club"))]

  /// The graph as the YAML gives it (made once, with the project).
  static let expected: CuratedGraph = {
    let fm = FileManager.default
    try? fm.removeItem(atPath: root)
    FuzzEntry.check((try? fm.createDirectory(atPath: root + "/texts", withIntermediateDirectories: true)) != nil, "cannot create \(root)")
    FuzzEntry.check(fm.createFile(atPath: root + "/texts/chronicle.txt", contents: Data(text.utf8)), "cannot write the text")
    do {
      _ = try StarterProject(folder: graph, corpus: root + "/texts", languages: ["en"]).create()
      try Data(entities.utf8).write(to: URL(fileURLWithPath: graph + "/entities/people.yaml"))
      try Data(claims.utf8).write(to: URL(fileURLWithPath: graph + "/claims/people.yaml"))
      atexit { try? FileManager.default.removeItem(atPath: SmallProject.root) }
      return try GraphLoader.load(graph: graph).0
    } catch {
      fatalError("the fuzz target's project does not load: \(error)")
    }
  }()

  /// The main file of the project's current index, compiled if there is none; the
  /// first time, the index as compiled must read back as the YAML's graph.
  static func currentIndex() -> String {
    _ = expected
    if let path = mainFile() { return path }
    // Compiled, then read back: unedited, every portion must give what the YAML gives.
    for portion in [GraphIndex.Portion.whole] + portions {
      do {
        let load = try GraphIndex.load(portion, graph: graph)
        if load.outcome == .read { checkRead(load, portion, []) }
      } catch {
        fatalError("the project could not be compiled: \(error)")
      }
    }
    guard let path = mainFile() else { fatalError("no index was written in \(graph)/.index") }
    return path
  }

  /// The main file of the current index.
  static func mainFile() -> String? {
    let folder = graph + "/.index"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.first { $0.hasPrefix("graph-") && $0.hasSuffix(".sqlite") && $0.split(separator: ".").count == 2 }.map { folder + "/" + $0 }
  }

  /// Writes `bytes` back into the same file (same inode: it stays "written in place").
  static func restore(_ bytes: Data, to path: String) {
    let descriptor = open(path, O_WRONLY | O_TRUNC)
    FuzzEntry.check(descriptor >= 0, "cannot reopen \(path)")
    defer { close(descriptor) }
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    FuzzEntry.check(written == bytes.count, "cannot restore \(path)")
  }

  /// What a read from the index gave must be what the YAML gives.
  static func checkRead(_ load: GraphIndex.Load, _ portion: GraphIndex.Portion, _ edits: [Edit]) {
    let read = load.graph
    if load.isPart {
      for (id, entity) in read.entities {
        FuzzEntry.check(expected.entities[id] == entity, "\(portion) read entity \(id) unlike the YAML's after \(edits)")
      }
      for (id, claim) in read.claims {
        FuzzEntry.check(expected.claims[id] == claim, "\(portion) read claim \(id) unlike the YAML's after \(edits)")
      }
    } else {
      FuzzEntry.check(
        read.entities.count == expected.entities.count && Set(read.entities.values) == Set(expected.entities.values),
        "the whole read's entities differ from the YAML's after \(edits)")
      FuzzEntry.check(
        read.claims.count == expected.claims.count && Set(read.claims.values) == Set(expected.claims.values),
        "the whole read's claims differ from the YAML's after \(edits)")
      FuzzEntry.check(
        read.documents.count == expected.documents.count && Set(read.documents.values) == Set(expected.documents.values),
        "the whole read's documents differ from the YAML's after \(edits)")
    }
  }
}

/// A file's device and inode: which file stands at a path.
struct IndexFileStatus: Equatable {
  let device: UInt64, inode: UInt64

  init?(_ path: String) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
  }
}

/// One change to a row of the index, as SQL.
struct Edit: CustomStringConvertible {
  let sql: String
  var description: String { sql }

  /// Each edit takes 4 bytes (table, operation, column, row) and what its value needs; at most 8 edits.
  static func list(_ bytes: [UInt8]) -> [Edit] {
    let tables = Tables.shape
    guard !tables.isEmpty else { return [] }
    var edits: [Edit] = [], i = 0
    while i + 4 <= bytes.count, edits.count < 8 {
      let table = tables[Int(bytes[i]) % tables.count], operation = bytes[i + 1] % 8
      let column = "\"\(table.columns[Int(bytes[i + 2]) % table.columns.count])\""
      let row = 1 + Int(bytes[i + 3]) % max(table.rows, 1)
      i += 4
      let name = "\"\(table.name)\"", at = "WHERE rowid = \(row)"
      switch operation {
      case 0: edits.append(Edit(sql: "UPDATE \(name) SET \(column) = NULL \(at)"))
      case 1:
        var value: Int64 = 0
        for byte in bytes[i..<min(i + 8, bytes.count)].reversed() { value = value << 8 | Int64(byte) }
        i += 8
        edits.append(Edit(sql: "UPDATE \(name) SET \(column) = \(value) \(at)"))
      case 2:
        let value = i < bytes.count ? Int(Int8(bitPattern: bytes[i])) : -1
        i += 1
        edits.append(Edit(sql: "UPDATE \(name) SET \(column) = \(value) \(at)"))
      case 3:
        let end = min(bytes[i...].firstIndex(of: 0) ?? bytes.count, i + 64)
        let text = String(decoding: bytes[i..<end], as: UTF8.self).replacingOccurrences(of: "'", with: "''")
        i = end + 1
        edits.append(Edit(sql: "UPDATE \(name) SET \(column) = '\(text)' \(at)"))
      case 4:
        let other = i < bytes.count ? 1 + Int(bytes[i]) % max(table.rows, 1) : 1
        i += 1
        edits.append(Edit(sql: "UPDATE \(name) SET \(column) = (SELECT \(column) FROM \(name) WHERE rowid = \(other)) \(at)"))
      case 5: edits.append(Edit(sql: "DELETE FROM \(name) \(at)"))
      case 6: edits.append(Edit(sql: "INSERT INTO \(name) SELECT * FROM \(name) \(at)"))
      default: edits.append(Edit(sql: "UPDATE \(name) SET \(column) = \(column) || 'x' \(at)"))
      }
    }
    return edits
  }

  /// Makes the edits in place (an edit SQLite refuses is passed over).
  static func apply(_ edits: [Edit], to path: String) {
    guard !edits.isEmpty else { return }
    var db: OpaquePointer?
    guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
      sqlite3_close(db)
      return
    }
    defer { sqlite3_close(db) }
    sqlite3_exec(db, "PRAGMA journal_mode=MEMORY", nil, nil, nil)
    for edit in edits { sqlite3_exec(db, edit.sql, nil, nil, nil) }
  }
}

/// The tables of the compiled index: names, columns and row counts, read once.
enum Tables {
  struct Shape { let name: String, columns: [String], rows: Int }

  static let shape: [Shape] = {
    let path = SmallProject.currentIndex()
    var db: OpaquePointer?
    guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { fatalError("cannot open \(path)") }
    defer { sqlite3_close(db) }
    func column(_ sql: String) -> [String] {
      var statement: OpaquePointer?
      guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { return [] }
      defer { sqlite3_finalize(statement) }
      var values: [String] = []
      while sqlite3_step(statement) == SQLITE_ROW {
        values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
      }
      return values
    }
    let names = column("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE '%VIRTUAL%' ORDER BY name")
    return names.compactMap { name in
      let columns = column("SELECT name FROM pragma_table_info('\(name)')")
      let rows = Int(column("SELECT max(rowid) FROM \"\(name)\"").first ?? "") ?? 0
      return columns.isEmpty ? nil : Shape(name: name, columns: columns, rows: rows)
    }
  }()
}
