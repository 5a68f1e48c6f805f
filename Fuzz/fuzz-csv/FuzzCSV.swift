import Foundation
import HistoryGraph
import HistoryGraphInterchange

/// A CSV table as `import` reads nodes.csv (curated schema: `Graph/`, or
/// HG_GRAPH): never a trap; a refusal names its problems, each at a place; a
/// table read, written again as the exports write (formula guard included) and
/// read back, is the same table; the entities YAML the import writes from it is
/// well-formed, and reads back with the table's ids and labels.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let table: CSVTable
  do {
    table = try CSVTable(text, file: "nodes.csv")
  } catch {
    FuzzEntry.check(FuzzEntry.located(error), "a refusal with no problem, or one without a place or a message")
    return 0
  }
  // Written as the exports write it, then read again: the same table.
  var written = ""
  for row in [table.header] + table.records { CSVTables.line(&written, row) }
  let again: CSVTable
  do { again = try CSVTable(written, file: "again.csv") } catch { fatalError("a written table does not read back: \(error)") }
  FuzzEntry.check(again.header == table.header && again.records == table.records, "a table changed through writing and reading")

  // Imported: well-formed YAML with the same ids and labels.
  guard
    let imported = try? CSVImport(
      nodes: table, claims: Fixed.claims, sources: Fixed.sources, documents: [], languages: Fixed.schema.languages, origin: String(text.prefix(60)))
  else {
    return 0
  }
  var yamlProblems: [Diagnostic] = []
  let file = YAMLFile(path: "entities/imported.yaml", text: imported.entities, diagnostics: &yamlProblems)
  FuzzEntry.check(yamlProblems.isEmpty, "the import wrote YAML that does not read: \(yamlProblems)")
  var problems: [Diagnostic] = []
  let entities = LoaderState.readEntities(file, languages: Fixed.schema.languages, diagnostics: &problems)
  guard let idColumn = table.column("Id") else { return 0 }
  // Rows by id (a table with two rows of one id is refused by the builder later; its labels are not compared).
  guard let rows = try? Dictionary(table.records.map { ($0[idColumn], $0) }, uniquingKeysWith: { _, _ in throw CancellationError() }) else {
    return 0
  }
  for (entity, _) in entities {
    guard let row = rows[entity.id.rawValue] else { fatalError("an entity '\(entity.id)' that no row has") }
    // The columns the import reads: label_TAG for each declared tag, the first of that name.
    for tag in Fixed.schema.languages.tags {
      guard let column = table.column("label_\(tag)"), !row[column].isEmpty else { continue }
      FuzzEntry.check(entity.labels[tag] == row[column].nfc, "the label in label_\(tag) changed through the import")
    }
  }
  return 0
}

/// The curated schema, and the claims and sources tables (headers only) imported with every nodes table.
enum Fixed {
  static let folder = ProcessInfo.processInfo.environment["HG_GRAPH"] ?? "Graph"
  static let schema: Schema = {
    do { return try GraphLoader.loadSchema(graph: folder) } catch { fatalError("the fuzz target needs the curated schema: \(error)") }
  }()
  static let claims = try! CSVTable("claim,subject,relation,object\r\n", file: "claims.csv")
  static let sources = try! CSVTable("claim,position,document,quote\r\n", file: "sources.csv")
}
