import HistoryGraph

/// The graph as four CSV tables for spreadsheets, Palladio, nodegoat and
/// Gephi's spreadsheet importer: UTF-8, RFC 4180 (CRLF line ends, a field
/// quoted when it holds a comma, a quote or a line break, quotes doubled),
/// one header row each. A cell a spreadsheet would run as a formula gets a
/// leading apostrophe (see ``SpreadsheetCell``), which `import` removes.
///
/// - `nodes.csv`: `Id`, `Label`, then the entity columns of ``FlatGraph``.
/// - `edges.csv`: a row per relation claim: `Source`, `Target`, `Type`
///   (`Directed`), `Id` (the claim id), `Label` (the relation), `Weight`,
///   then the claim's other columns.
/// - `claims.csv`: a row per claim, relation or property, with `claim`,
///   `subject`, `relation`, `object`, `value` and the claim columns except
///   the numbered source columns.
/// - `sources.csv`: a row per source: `claim`, `position` (1, 2, …),
///   `document`, `quote`, `locator` (`line 12, chars 40–95`) and its `line`,
///   `column`, `end_line`, `end_column`, `note`, `confidence`.
public enum CSVTables {
  /// The files' names, in the order ``write(_:layout:to:)`` takes their sinks.
  public static let fileNames = ["nodes.csv", "edges.csv", "claims.csv", "sources.csv"]

  /// Each file's name and its text.
  public static func files(_ flat: FlatGraph) -> [(name: String, text: String)] {
    let sinks = fileNames.map { _ in OutputSink() }
    // The records of a graph in memory are read without failing.
    try! write(flat.graph, layout: flat.layout, to: sinks)
    return Array(zip(fileNames, sinks.map(\.text)))
  }

  /// Writes the tables of `records`, whose columns `layout` sets, to the sinks of ``fileNames``, a record at a time as they are read.
  ///
  /// - Throws: what reading the records throws.
  package static func write(_ records: any GraphRecords, layout: FlatLayout, to sinks: [OutputSink]) throws {
    precondition(sinks.count == fileNames.count, "a sink for each file")
    let (nodes, edges, claims, sources) = (sinks[0], sinks[1], sinks[2], sinks[3])
    var text = ""
    func flush(to sink: OutputSink) {
      sink.write(text)
      text.removeAll(keepingCapacity: true)
    }

    let nodeColumns = layout.entityColumns.enumerated().filter { !["id", "label"].contains($0.element.name) }
    line(&text, ["Id", "Label"] + nodeColumns.map(\.element.name))
    flush(to: nodes)
    try records.forEachEntitySlice(.properties) { slice in
      for record in slice {
        let row = layout.row(record)
        line(&text, [row[0]?.text ?? "", row[2]?.text ?? ""] + nodeColumns.map { row[$0.offset]?.text ?? "" })
      }
      flush(to: nodes)
    }

    let edgeColumns = layout.edgeColumns.filter { !["claim", "relation", "weight"].contains($0.column.name) }
    line(&text, ["Source", "Target", "Type", "Id", "Label", "Weight"] + edgeColumns.map(\.column.name))
    flush(to: edges)
    let claimColumns = layout.claimColumns.enumerated().filter { !isSourceColumn($0.element.name) }
    line(&text, claimColumns.map(\.element.name))
    flush(to: claims)
    let translated = layout.claimColumns.compactMap { column in
      column.name.hasPrefix("quote_1_") ? Language(rawValue: String(column.name.dropFirst("quote_1_".count))) : nil
    }
    line(
      &text,
      ["claim", "position", "document", "quote"] + translated.map { "quote_\($0.rawValue)" }
        + ["locator", "line", "column", "end_line", "end_column", "note", "confidence"])
    flush(to: sources)
    try records.forEachClaimSlice { slice in
      var claimText = ""
      var sourceText = ""
      for record in slice {
        let claim = record.claim
        let row = layout.row(record)
        if let object = claim.object {
          line(
            &text,
            [claim.subject.rawValue, object.rawValue, "Directed", claim.id.rawValue, claim.predicateName, "1"]
              + edgeColumns.map { row[$0.index]?.text ?? "" })
        }
        line(&claimText, claimColumns.map { row[$0.offset]?.text ?? "" })
        for (position, source) in claim.sources.enumerated() {
          line(
            &sourceText,
            [claim.id.rawValue, String(position + 1), source.document.rawValue, source.quote] + translated.map { source.translations[$0] ?? "" }
              + locatorFields(source.locator) + [source.note ?? "", String(source.confidence)])
        }
      }
      flush(to: edges)
      claims.write(claimText)
      sources.write(sourceText)
    }
  }

  /// A locator as text and its four numbers; empty fields when the quote was not located.
  static func locatorFields(_ locator: Locator?) -> [String] {
    guard let locator else { return ["", "", "", "", ""] }
    return [locator.description] + [locator.line, locator.column, locator.endLine, locator.endColumn].map(String.init)
  }

  /// The numbered per-source columns of the claim table, written to `sources.csv` instead.
  static func isSourceColumn(_ name: String) -> Bool {
    ["document_", "quote_", "locator_", "source_note_", "source_confidence_"].contains { prefix in
      guard name.hasPrefix(prefix) else { return false }
      let rest = name.dropFirst(prefix.count)
      let number = rest.prefix { $0.isNumber }
      // `quote_2_en`: a translation of the second quote.
      return !number.isEmpty && (number.count == rest.count || (prefix == "quote_" && rest.dropFirst(number.count).hasPrefix("_")))
    }
  }

  /// Appends one record and its CRLF, each field guarded against formulas (``SpreadsheetCell``).
  package static func line(_ out: inout String, _ fields: [String]) {
    for (i, field) in fields.enumerated() {
      if i > 0 { out += "," }
      out += quoted(SpreadsheetCell.guarded(field))
    }
    out += "\r\n"
  }

  /// A field as RFC 4180 writes it: as it is, or in quotes with quotes doubled.
  static func quoted(_ field: String) -> String {
    guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return field }
    var out = "\""
    for scalar in field.unicodeScalars {
      if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
    }
    return out + "\""
  }
}
