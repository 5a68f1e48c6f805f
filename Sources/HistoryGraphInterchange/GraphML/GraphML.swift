import HistoryGraph

/// The claim network as GraphML, the XML graph format that NetworkX
/// (`read_graphml`), Gephi, Cytoscape, yEd and igraph read.
///
/// One node per entity (id = entity id) with the entity columns of
/// ``FlatGraph`` (kind, labels, aliases, note, property claims as typed node
/// data); one directed edge per relation claim (id = claim id, and a `claim`
/// data key with it, since igraph does not keep edge ids) with the claim
/// columns: relation, symmetric, qualifiers, both date readings, confidence,
/// `weight`, and every source's document, quote, note and confidence.
/// Parallel edges stay apart, each with its claim id. A symmetric relation is
/// written once, as the source states it, with `symmetric` true: a reader that
/// wants it both ways adds the reverse edge. Numbers are typed (`long`, `double`).
public enum GraphML {
  /// The whole network as one GraphML document.
  ///
  /// - Complexity: O(*V* + *E*) in the size of the output.
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
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">

      """
    let nodeColumns = Array(layout.entityColumns.enumerated().dropFirst())  // `id` is the node's own id
    let edgeColumns = layout.edgeColumns
    for (_, column) in nodeColumns { key(&out, "node", column) }
    for (_, column) in edgeColumns { key(&out, "edge", column) }
    out += "  <graph id=\"history-graph\" edgedefault=\"directed\">\n"
    // The opening of each column's data element, made once.
    let nodeData = nodeColumns.map { ($0.offset, "      <data key=\"node.\(XML.escape($0.element.name))\">") }
    let edgeData = edgeColumns.map { ($0.index, "      <data key=\"edge.\(XML.escape($0.column.name))\">") }
    func flush() {
      sink.write(out)
      out.removeAll(keepingCapacity: true)
    }
    try records.forEachEntitySlice(.properties) { slice in
      for record in slice {
        out += "    <node id=\"\(XML.escape(record.entity.id.rawValue))\">\n"
        let row = layout.row(record)
        for (i, opening) in nodeData { data(&out, opening, row[i]) }
        out += "    </node>\n"
      }
      flush()
    }
    try records.forEachClaimSlice { slice in
      for record in slice {
        let claim = record.claim
        guard let object = claim.object else { continue }
        out +=
          "    <edge id=\"\(XML.escape(claim.id.rawValue))\" source=\"\(XML.escape(claim.subject.rawValue))\" target=\"\(XML.escape(object.rawValue))\">\n"
        let row = layout.row(record)
        for (i, opening) in edgeData { data(&out, opening, row[i]) }
        out += "    </edge>\n"
      }
      flush()
    }
    out += "  </graph>\n</graphml>\n"
    flush()
  }

  private static func key(_ out: inout String, _ domain: String, _ column: Column) {
    let name = XML.escape(column.name)
    out += "  <key id=\"\(domain).\(name)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"\(column.type.rawValue)\"/>\n"
  }

  private static func data(_ out: inout String, _ opening: String, _ cell: Cell?) {
    guard let cell else { return }
    out += opening
    out += XML.escape(cell.text)
    out += "</data>\n"
  }
}
