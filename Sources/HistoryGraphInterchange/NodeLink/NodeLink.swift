import HistoryGraph

/// The claim network as node-link JSON, the shape NetworkX's
/// `node_link_graph` reads (and D3 draws): `{directed, multigraph, graph,
/// nodes, edges}`, a node per entity with the entity columns of
/// ``FlatGraph`` (its `id` the entity id), an edge per relation claim with
/// `source`, `target`, `key` (the claim id) and the claim columns. Values keep
/// their type: strings, booleans, integers, and decimals always written with
/// a fraction (`1.0`), so a reader reads them back as floats. An empty cell is
/// left out. One node or edge per line, in the graph's order.
public enum NodeLink {
  /// The whole network as one JSON document.
  public static func document(_ flat: FlatGraph) -> String {
    var out = "{\"directed\": true, \"multigraph\": true, \"graph\": {\"name\": \"history-graph\"},\n\"nodes\": [\n"
    for (n, row) in flat.entities.rows.enumerated() {
      if n > 0 { out += ",\n" }
      object(&out, zip(flat.entities.columns, row).compactMap { column, cell in cell.map { (column.name, $0) } })
    }
    out += "\n],\n\"edges\": [\n"
    let claims = Array(flat.graph.claims.values)
    let edgeColumns = flat.edgeColumns
    for (n, index) in flat.relationClaims.enumerated() {
      if n > 0 { out += ",\n" }
      let claim = claims[index]
      var fields: [(String, Cell)] = [
        ("source", .string(claim.subject.rawValue)), ("target", .string(claim.object?.rawValue ?? "")), ("key", .string(claim.id.rawValue)),
      ]
      let row = flat.claims.rows[index]
      for (i, column) in edgeColumns { if let cell = row[i] { fields.append((column.name, cell)) } }
      object(&out, fields)
    }
    out += "\n]}\n"
    return out
  }

  private static func object(_ out: inout String, _ fields: [(String, Cell)]) {
    out += "{"
    for (n, (name, cell)) in fields.enumerated() {
      if n > 0 { out += ", " }
      string(&out, name)
      out += ": "
      switch cell {
      case .string(let s): string(&out, s)
      case .boolean(let b): out += b ? "true" : "false"
      case .integer(let i): out += String(i)
      case .double(let d): out += d.isFinite ? String(d) : "null"
      }
    }
    out += "}"
  }

  /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
  static func string(_ out: inout String, _ text: String) {
    out += "\""
    guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
      out += text
      out += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
