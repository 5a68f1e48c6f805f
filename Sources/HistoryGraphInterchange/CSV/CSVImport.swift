import HistoryGraph

/// Turns the CSV tables of ``CSVTables`` (as a spreadsheet saves them) back
/// into the graph's YAML: an entities file from `nodes.csv` and a claims file
/// from `claims.csv` and `sources.csv`.
///
/// The importer checks only the tables' shape (columns present, every source
/// row naming a claim); what the values mean is checked by loading the YAML
/// with the graph, exactly as `validate` does, and ``csvLocation(ofLine:inClaims:)``
/// maps each problem back to the table's row and column.
///
/// Columns read: `nodes.csv`: `Id`, `kind`, `label_TAG` for each language the
/// schema declares (those of its required languages must be there; any
/// well-formed tag when it declares none), `aliases` (split at ` | `), `note`. `claims.csv`:
/// `claim`, `subject`, `relation`, `object`, `is_property`, `value`, every
/// `qualifier_NAME`, `edtf`, `calendar`, `reason`, `note`. `sources.csv`:
/// `claim`, `position`, `document`, `quote`, `quote_TAG` (the curators'
/// translations, by language tag), `note`, `confidence`. Other
/// columns are derived (labels, dates, counts) and ignored.
public struct CSVImport: Sendable {
  /// The entities file's text.
  public let entities: String
  /// The claims file's text.
  public let claims: String
  /// For each line of `entities` and `claims` (1-based), the table cell it came from.
  public let entityLines: [Int: SourceLocation]
  public let claimLines: [Int: SourceLocation]

  /// Reads the tables; rows of `nodes` whose id is in `documents` (the
  /// graph's `documents.yaml`) are left out, as the graph already has them.
  ///
  /// - Throws: ``LoadError`` at `file:ROW:COLUMN` for a missing column or a
  ///   source of a claim that `claims.csv` does not have.
  public init(
    nodes: CSVTable, claims claimTable: CSVTable, sources: CSVTable, documents: Set<String>, languages: LabelLanguages, origin: String
  ) throws(LoadError) {
    var problems: [Diagnostic] = []
    func columns(_ table: CSVTable, _ names: [String]) -> [Int] {
      names.compactMap { name in
        if let index = table.column(name) { return index }
        problems.append(
          Diagnostic(
            .missingField, at: SourceLocation(file: table.file, line: 1, column: table.header.count + 1), "no column '\(name)'",
            hint: "the header row must name it (see `export --format csv`)"))
        return nil
      }
    }
    let required = languages.declarations.filter(\.required).map { "label_\($0.language)" }
    let nodeColumns = columns(nodes, ["Id", "kind"] + required)
    let labelColumns: [(tag: String, column: Int)] =
      languages.areDeclared
      ? languages.tags.compactMap { tag in nodes.column("label_\(tag)").map { (tag.rawValue, $0) } }
      : nodes.header.enumerated().compactMap { column, name in
        guard name.hasPrefix("label_"), let tag = Language(rawValue: String(name.dropFirst("label_".count))) else { return nil }
        return (tag.rawValue, column)
      }
    let claimColumns = columns(claimTable, ["claim", "subject", "relation"])
    let sourceColumns = columns(sources, ["claim", "document", "quote"])
    let translationColumns: [(tag: String, column: Int)] = sources.header.enumerated().compactMap { column, name in
      guard name.hasPrefix("quote_"), let tag = Language(rawValue: String(name.dropFirst("quote_".count))) else { return nil }
      return (tag.rawValue, column)
    }
    guard problems.isEmpty else { throw LoadError(diagnostics: problems) }

    // Entities.
    var out = YAMLLines(header: "# Entities imported by history-graph import from \(origin).")
    for (index, record) in nodes.records.enumerated() {
      let id = record[nodeColumns[0]]
      if documents.contains(id) { continue }
      func at(_ column: Int) -> SourceLocation { SourceLocation(file: nodes.file, line: nodes.lines[index], column: column + 1) }
      out.add("- id: \(YAMLScalar.quoted(id))", at(nodeColumns[0]))
      out.add("  kind: \(YAMLScalar.quoted(record[nodeColumns[1]]))", at(nodeColumns[1]))
      let labels = labelColumns.filter { !record[$0.column].isEmpty }
      if let first = labels.first {
        out.add("  labels:", at(nodeColumns.count > 2 ? nodeColumns[2] : first.column))
        for (tag, column) in labels { out.add("    \(tag): \(YAMLScalar.quoted(record[column]))", at(column)) }
      }
      if let column = nodes.column("aliases"), !record[column].isEmpty {
        let aliases = YAMLLines.split(record[column], at: " | ").map(YAMLScalar.quoted).joined(separator: ", ")
        out.add("  aliases: [\(aliases)]", at(column))
      }
      if let column = nodes.column("note"), !record[column].isEmpty { out.add("  note: \(YAMLScalar.quoted(record[column]))", at(column)) }
    }
    entities = out.text
    entityLines = out.origins

    // Sources by claim, in position order.
    var sourcesByClaim: [String: [(record: Int, position: Int)]] = [:]
    let claimIDs = Set(claimTable.records.map { $0[claimColumns[0]] })
    let positionColumn = sources.column("position")
    for (index, record) in sources.records.enumerated() {
      let claim = record[sourceColumns[0]]
      guard claimIDs.contains(claim) else {
        problems.append(
          Diagnostic(
            .unknownEntity, at: SourceLocation(file: sources.file, line: sources.lines[index], column: sourceColumns[0] + 1),
            "a source of claim '\(claim)', which claims.csv does not have", hint: "add the claim to claims.csv or remove this row"))
        continue
      }
      let position = positionColumn.flatMap { Int(record[$0]) } ?? index
      sourcesByClaim[claim, default: []].append((index, position))
    }
    guard problems.isEmpty else { throw LoadError(diagnostics: problems) }

    // Claims.
    out = YAMLLines(header: "# Claims imported by history-graph import from \(origin).")
    let qualifierColumns = claimTable.header.enumerated().filter { $0.element.hasPrefix("qualifier_") }
    for (index, record) in claimTable.records.enumerated() {
      func at(_ column: Int?) -> SourceLocation {
        SourceLocation(file: claimTable.file, line: claimTable.lines[index], column: (column ?? 0) + 1)
      }
      func cell(_ name: String) -> (text: String, column: Int)? {
        guard let column = claimTable.column(name), !record[column].isEmpty else { return nil }
        return (record[column], column)
      }
      let id = record[claimColumns[0]]
      out.add("- id: \(YAMLScalar.quoted(id))", at(claimColumns[0]))
      out.add("  subject: \(YAMLScalar.quoted(record[claimColumns[1]]))", at(claimColumns[1]))
      if cell("is_property")?.text == "true" {
        out.add("  property: \(YAMLScalar.quoted(record[claimColumns[2]]))", at(claimColumns[2]))
        if let value = cell("value") { out.add("  value: \(YAMLLines.scalar(value.text))", at(value.column)) }
      } else {
        out.add("  relation: \(YAMLScalar.quoted(record[claimColumns[2]]))", at(claimColumns[2]))
        let object = cell("object")
        out.add("  object: \(YAMLScalar.quoted(object?.text ?? ""))", at(object?.column ?? claimTable.column("object")))
        if let value = cell("value") { out.add("  value: \(YAMLLines.scalar(value.text))", at(value.column)) }
      }
      let qualifiers = qualifierColumns.filter { !record[$0.offset].isEmpty }
      if !qualifiers.isEmpty {
        out.add("  qualifiers:", at(qualifiers[0].offset))
        for (column, name) in qualifiers {
          out.add("    \(YAMLScalar.quoted(String(name.dropFirst("qualifier_".count)))): \(YAMLScalar.quoted(record[column]))", at(column))
        }
      }
      if let edtf = cell("edtf") {
        out.add("  time:", at(edtf.column))
        out.add("    edtf: \(YAMLScalar.quoted(edtf.text))", at(edtf.column))
        if let calendar = cell("calendar") { out.add("    calendar: \(YAMLScalar.quoted(calendar.text))", at(calendar.column)) }
        if let reason = cell("reason") { out.add("    reason: \(YAMLScalar.quoted(reason.text))", at(reason.column)) }
      }
      let own = (sourcesByClaim[id] ?? []).sorted { $0.position < $1.position }
      out.add("  sources:", at(claimColumns[0]))
      for (record, _) in own {
        let row = sources.records[record]
        func source(_ column: Int) -> SourceLocation { SourceLocation(file: sources.file, line: sources.lines[record], column: column + 1) }
        out.add("    - document: \(YAMLScalar.quoted(row[sourceColumns[1]]))", source(sourceColumns[1]))
        out.add("      quote: \(YAMLScalar.quoted(row[sourceColumns[2]]))", source(sourceColumns[2]))
        let translations = translationColumns.filter { !row[$0.column].isEmpty }
        if !translations.isEmpty {
          out.add("      translation:", source(translations[0].column))
          for (tag, column) in translations { out.add("        \(tag): \(YAMLScalar.quoted(row[column]))", source(column)) }
        }
        if let column = sources.column("note"), !row[column].isEmpty { out.add("      note: \(YAMLScalar.quoted(row[column]))", source(column)) }
        if let column = sources.column("confidence"), !row[column].isEmpty, row[column] != "1.0" {
          out.add("      confidence: \(YAMLLines.scalar(row[column]))", source(column))
        }
      }
      if let note = cell("note") { out.add("  note: \(YAMLScalar.quoted(note.text))", at(note.column)) }
    }
    claims = out.text
    claimLines = out.origins
  }

  /// The table cell a line of the entities or claims file came from.
  public func csvLocation(ofLine line: Int, inClaims: Bool) -> SourceLocation? {
    (inClaims ? claimLines : entityLines)[line]
  }
}

/// YAML text built line by line, remembering where each line came from.
struct YAMLLines {
  private(set) var text: String
  private(set) var origins: [Int: SourceLocation] = [:]
  private var line: Int

  /// Starts with `header`, a comment line: a character YAML would not read there
  /// (a control character or line break; a folder name may hold one) is written
  /// as U+FFFD, so it stays one comment.
  init(header: String) {
    text = String(String.UnicodeScalarView(header.unicodeScalars.map { YAMLScalar.needsCode($0.value) ? "\u{FFFD}" : $0 })) + "\n"
    line = 2
  }

  mutating func add(_ content: String, _ origin: SourceLocation) {
    text += content + "\n"
    origins[line] = origin
    line += 1
  }

  /// `text` cut at each `separator`.
  static func split(_ text: String, at separator: String) -> [String] {
    text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
  }

  /// A number as it is (so the loader reads it as a number); anything else quoted.
  static func scalar(_ text: String) -> String {
    let isNumber = !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") } && text.first != "."
    return isNumber ? text : YAMLScalar.quoted(text)
  }
}
