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
  /// Each file's name and its text.
  public static func files(_ flat: FlatGraph) -> [(name: String, text: String)] {
    let graph = flat.graph
    let claims = Array(graph.claims.values)

    var nodes = ""
    let nodeColumns = flat.entities.columns.enumerated().filter { !["id", "label"].contains($0.element.name) }
    line(&nodes, ["Id", "Label"] + nodeColumns.map(\.element.name))
    for row in flat.entities.rows {
      line(&nodes, [row[0]?.text ?? "", row[2]?.text ?? ""] + nodeColumns.map { row[$0.offset]?.text ?? "" })
    }

    var edges = ""
    let edgeColumns = flat.edgeColumns.filter { !["claim", "relation", "weight"].contains($0.column.name) }
    line(&edges, ["Source", "Target", "Type", "Id", "Label", "Weight"] + edgeColumns.map(\.column.name))
    for index in flat.relationClaims {
      let claim = claims[index]
      let row = flat.claims.rows[index]
      line(
        &edges,
        [claim.subject.rawValue, claim.object?.rawValue ?? "", "Directed", claim.id.rawValue, claim.predicateName, "1"]
          + edgeColumns.map { row[$0.index]?.text ?? "" })
    }

    var claimsText = ""
    let claimColumns = flat.claims.columns.enumerated().filter { !isSourceColumn($0.element.name) }
    line(&claimsText, claimColumns.map(\.element.name))
    for row in flat.claims.rows { line(&claimsText, claimColumns.map { row[$0.offset]?.text ?? "" }) }

    var sources = ""
    let translated = flat.claims.columns.compactMap { column in
      column.name.hasPrefix("quote_1_") ? Language(rawValue: String(column.name.dropFirst("quote_1_".count))) : nil
    }
    line(
      &sources,
      ["claim", "position", "document", "quote"] + translated.map { "quote_\($0.rawValue)" }
        + ["locator", "line", "column", "end_line", "end_column", "note", "confidence"])
    for claim in claims {
      for (position, source) in claim.sources.enumerated() {
        line(
          &sources,
          [claim.id.rawValue, String(position + 1), source.document.rawValue, source.quote] + translated.map { source.translations[$0] ?? "" }
            + locatorFields(source.locator) + [source.note ?? "", String(source.confidence)])
      }
    }
    return [("nodes.csv", nodes), ("edges.csv", edges), ("claims.csv", claimsText), ("sources.csv", sources)]
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
