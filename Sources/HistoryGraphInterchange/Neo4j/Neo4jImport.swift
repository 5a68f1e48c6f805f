import HistoryGraph

/// The graph as CSV files for `neo4j-admin database import full`, and a
/// `LOAD CSV` Cypher script that loads the same files into a running server.
///
/// - `entities.csv`: a node per entity, `id:ID(Entity)`, `:LABEL` (`Entity`
///   and its kind), then the entity columns of ``FlatGraph`` typed in the
///   header (`members:long`, …).
/// - `relations.csv`: a relationship per relation claim,
///   `:START_ID(Entity)`, `:END_ID(Entity)`, `:TYPE` (the relation), then the
///   claim columns (`claim:string`, `confidence:double`, `earliest:date`, …)
///   except the numbered source columns.
/// - `sources.csv`: a node per source, `id:ID(Source)` (`CLAIM#N`), `:LABEL`
///   `Source`, `claim`, `position`, `quote`, `locator` with its `line`,
///   `column`, `end_line`, `end_column`, `note`, `confidence`.
/// - `stated_in.csv`: a `STATED_IN` relationship from each source to its
///   document's entity node.
/// - `load.cypher`: the same graph through `LOAD CSV` for a running server,
///   the import command in its first lines.
///
/// A relationship's `claim` property finds its sources
/// (`MATCH (s:Source {claim: r.claim})-[:STATED_IN]->(d)`), so a query can
/// return the quote behind a tie. Dates are Neo4j `date`s (New Style; an
/// open end is empty, which the importer leaves unset). A text cell that a
/// spreadsheet would run as a formula has a leading apostrophe, as in
/// ``CSVTables`` (see ``SpreadsheetCell``); the `LOAD CSV` script removes it.
public enum Neo4jImport {
  /// The import command for these files, run in the folder that holds them.
  public static let command =
    "neo4j-admin database import full --nodes=entities.csv --nodes=sources.csv --relationships=relations.csv --relationships=stated_in.csv --multiline-fields=true neo4j"

  /// The files' names, in the order ``write(_:layout:to:)`` takes their sinks.
  public static let fileNames = ["entities.csv", "relations.csv", "sources.csv", "stated_in.csv", "load.cypher"]

  /// Each file's name and its text.
  public static func files(_ flat: FlatGraph) -> [(name: String, text: String)] {
    let sinks = fileNames.map { _ in OutputSink() }
    // The records of a graph in memory are read without failing.
    try! write(flat.graph, layout: flat.layout, to: sinks)
    return Array(zip(fileNames, sinks.map(\.text)))
  }

  /// Writes the files of `records`, whose columns `layout` sets, to the sinks of ``fileNames``, a record at a time as they are read.
  ///
  /// - Throws: what reading the records throws.
  package static func write(_ records: any GraphRecords, layout: FlatLayout, to sinks: [OutputSink]) throws {
    precondition(sinks.count == fileNames.count, "a sink for each file")
    let (entities, relations, sources, statedIn, load) = (sinks[0], sinks[1], sinks[2], sinks[3], sinks[4])
    var text = ""
    func flush(to sink: OutputSink) {
      sink.write(text)
      text.removeAll(keepingCapacity: true)
    }

    let entityColumns = layout.entityColumns.enumerated().filter { $0.element.name != "id" }
    CSVTables.line(&text, ["id:ID(Entity)", ":LABEL"] + entityColumns.map { header($0.element) })
    flush(to: entities)
    try records.forEachEntitySlice(.properties) { slice in
      for record in slice {
        let row = layout.row(record)
        CSVTables.line(&text, [record.entity.id.rawValue, "Entity;\(record.entity.kind)"] + entityColumns.map { row[$0.offset]?.text ?? "" })
      }
      flush(to: entities)
    }

    let claimColumns = layout.edgeColumns.filter { !CSVTables.isSourceColumn($0.column.name) }
    CSVTables.line(&text, [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"] + claimColumns.map { header($0.column) })
    flush(to: relations)
    CSVTables.line(
      &text,
      [
        "id:ID(Source)", ":LABEL", "claim:string", "position:long", "quote:string", "locator:string", "line:long", "column:long", "end_line:long",
        "end_column:long", "note:string", "confidence:double",
      ])
    flush(to: sources)
    CSVTables.line(&text, [":START_ID(Source)", ":END_ID(Entity)", ":TYPE"])
    flush(to: statedIn)
    try records.forEachClaimSlice { slice in
      var sourceText = ""
      var statedText = ""
      for record in slice {
        let claim = record.claim
        if let object = claim.object {
          let row = layout.row(record)
          CSVTables.line(
            &text, [claim.subject.rawValue, object.rawValue, claim.predicateName] + claimColumns.map { dateCell($0.column, row[$0.index]) })
        }
        for (position, source) in claim.sources.enumerated() {
          let id = "\(claim.id.rawValue)#\(position + 1)"
          CSVTables.line(
            &sourceText,
            [id, "Source", claim.id.rawValue, String(position + 1), source.quote] + CSVTables.locatorFields(source.locator)
              + [source.note ?? "", String(source.confidence)])
          CSVTables.line(&statedText, [id, source.document.rawValue, "STATED_IN"])
        }
      }
      flush(to: relations)
      sources.write(sourceText)
      statedIn.write(statedText)
    }
    load.write(cypher(records.schema, entityColumns: entityColumns.map(\.element), claimColumns: claimColumns.map(\.column)))
  }

  /// Columns holding New Style days are Neo4j dates; the rest keep their type.
  static func isDate(_ column: Column) -> Bool { column.name == "earliest" || column.name == "latest" }

  /// `name:type` as the import header grammar writes a property column.
  static func header(_ column: Column) -> String {
    let type: String
    switch column.type {
    case .string: type = isDate(column) ? "date" : "string"
    case .boolean: type = "boolean"
    case .long: type = "long"
    case .double: type = "double"
    }
    return "\(propertyName(column.name)):\(type)"
  }

  /// A property name Cypher takes without backticks: `label_kk-Latn` → `label_kk_Latn`.
  static func propertyName(_ name: String) -> String {
    String(name.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "_" })
  }

  /// A date cell, empty for an open end (`..`), which the importer leaves unset.
  static func dateCell(_ column: Column, _ cell: Cell?) -> String {
    guard let text = cell?.text else { return "" }
    return isDate(column) && text == ".." ? "" : text
  }

  /// The `LOAD CSV` script: constraints, then each file, typed as in its header.
  static func cypher(_ schema: Schema, entityColumns: [Column], claimColumns: [Column]) -> String {
    func value(_ column: Column) -> String {
      let field = "row.`\(header(column))`"
      switch column.type {
      case .string:
        return isDate(column)
          ? "CASE \(field) WHEN '' THEN null ELSE date(\(field)) END"
          : "CASE \(field) WHEN '' THEN null ELSE \(SpreadsheetCell.cypherUnguarded(field)) END"
      case .boolean: return "toBoolean(\(field))"
      case .long: return "toInteger(\(field))"
      case .double: return "toFloat(\(field))"
      }
    }
    func assignments(_ variable: String, _ columns: [Column]) -> String {
      columns.map { "\(variable).\(propertyName($0.name)) = \(value($0))" }.joined(separator: ",\n    ")
    }
    var out = """
      // The history graph for a running Neo4j 5 server: put the CSV files of this
      // folder in the server's import folder, then run this script (cypher-shell -f load.cypher).
      // For a new database, the bulk importer reads the same files:
      //   \(command)
      CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
      CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
      CREATE INDEX source_claim IF NOT EXISTS FOR (s:Source) ON (s.claim);

      """
    for kind in schema.kinds {
      out += """
        LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row
        WITH row WHERE row.`:LABEL` = 'Entity;\(kind.name)'
        MERGE (n:Entity:`\(kind.name)` {id: row.`id:ID(Entity)`})
        SET \(assignments("n", entityColumns));

        """
    }
    for relation in schema.relations {
      out += """
        LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
        WITH row WHERE row.`:TYPE` = '\(relation.name)'
        MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})
        CREATE (a)-[r:`\(relation.name)`]->(b)
        SET \(assignments("r", claimColumns));

        """
    }
    out += """
      LOAD CSV WITH HEADERS FROM 'file:///sources.csv' AS row
      MERGE (s:Source {id: row.`id:ID(Source)`})
      SET s.claim = row.`claim:string`, s.position = toInteger(row.`position:long`), s.quote = \(SpreadsheetCell.cypherUnguarded("row.`quote:string`")),
        s.locator = CASE row.`locator:string` WHEN '' THEN null ELSE row.`locator:string` END,
        s.line = toInteger(row.`line:long`), s.column = toInteger(row.`column:long`),
        s.end_line = toInteger(row.`end_line:long`), s.end_column = toInteger(row.`end_column:long`),
        s.note = CASE row.`note:string` WHEN '' THEN null ELSE \(SpreadsheetCell.cypherUnguarded("row.`note:string`")) END, s.confidence = toFloat(row.`confidence:double`);
      LOAD CSV WITH HEADERS FROM 'file:///stated_in.csv' AS row
      MATCH (s:Source {id: row.`:START_ID(Source)`}), (d:Entity {id: row.`:END_ID(Entity)`})
      MERGE (s)-[:STATED_IN]->(d);

      """
    return out
  }
}
