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
    let sink = OutputSink()
    // The records of a graph in memory are read without failing.
    try! write(flat.graph, layout: flat.layout, to: sink)
    return sink.text
  }

  /// Writes the network of `records`, whose columns `layout` sets, to `sink`, a record at a time as they are read.
  ///
  /// - Throws: what reading the records throws.
  package static func write(_ records: any GraphRecords, layout: FlatLayout, to sink: OutputSink) throws {
    var out = "{\"directed\": true, \"multigraph\": true, \"graph\": {\"name\": \"history-graph\"},\n\"nodes\": [\n"
    func flush() {
      sink.write(out)
      out.removeAll(keepingCapacity: true)
    }
    var count = 0
    try records.forEachEntitySlice(.properties) { slice in
      for record in slice {
        if count > 0 { out += ",\n" }
        count += 1
        object(&out, zip(layout.entityColumns, layout.row(record)).compactMap { column, cell in cell.map { (column.name, $0) } })
      }
      flush()
    }
    out += "\n],\n\"edges\": [\n"
    let edgeColumns = layout.edgeColumns
    count = 0
    try records.forEachClaimSlice { slice in
      for record in slice {
        let claim = record.claim
        guard let object = claim.object else { continue }
        if count > 0 { out += ",\n" }
        count += 1
        var fields: [(String, Cell)] = [
          ("source", .string(claim.subject.rawValue)), ("target", .string(object.rawValue)), ("key", .string(claim.id.rawValue)),
        ]
        let row = layout.row(record)
        for (i, column) in edgeColumns { if let cell = row[i] { fields.append((column.name, cell)) } }
        Self.object(&out, fields)
      }
      flush()
    }
    out += "\n]}\n"
    flush()
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
  static func string(_ out: inout String, _ text: String) { BackslashEscaped.append(text, to: &out) }
}
