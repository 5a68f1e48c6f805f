import HistoryGraph

/// The claim network as GEXF 1.3 with time, for Gephi's timeline (and
/// NetworkX's `read_gexf`).
///
/// The graph is `mode="dynamic"` with `timeformat="date"`. Each relation
/// claim is an edge (id = claim id, `label` and `kind` = relation, `weight` 1)
/// with one spell from its earliest to its latest New Style day; an open end
/// is an absent `start` or `end`, as GEXF allows, and an undated claim has no
/// spell (it holds at all times). A node's spell runs from the earliest to the
/// latest day of the claims it takes part in when all of them are dated, and
/// it has none otherwise. The entity and claim columns of ``FlatGraph`` are
/// static attributes; colours and edge thickness come from the schema's styles.
public enum GEXF {
  /// The whole network as one GEXF 1.3 document.
  ///
  /// - Complexity: O(*V* + *C*) in the size of the output.
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
    let schema = records.schema
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
        <meta>
          <creator>history-graph</creator>
          <description>Entities and the relation claims between them, each claim an edge with its sources and its time.</description>
        </meta>
        <graph defaultedgetype="directed" mode="dynamic" timeformat="date">

      """
    let nodeColumns = Array(layout.entityColumns.enumerated().dropFirst())  // `id` is the node's own id
    let edgeColumns = layout.edgeColumns
    out += "    <attributes class=\"node\" mode=\"static\">\n"
    for (n, (_, column)) in nodeColumns.enumerated() { attribute(&out, "n\(n)", column) }
    out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
    for (n, (_, column)) in edgeColumns.enumerated() { attribute(&out, "e\(n)", column) }
    out += "    </attributes>\n    <nodes>\n"
    func flush() {
      sink.write(out)
      out.removeAll(keepingCapacity: true)
    }

    // Each column's row index and the opening of its attvalue element, made once.
    let nodeValues = nodeColumns.enumerated().map { ($0.element.offset, "          <attvalue for=\"n\($0.offset)\" value=\"") }
    let edgeValues = edgeColumns.enumerated().map { ($0.element.index, "          <attvalue for=\"e\($0.offset)\" value=\"") }
    let exportLabel = schema.languages.exportLabel
    try records.forEachEntitySlice([.properties, .span]) { slice in
      for record in slice {
        let entity = record.entity
        out += "      <node id=\"\(XML.escape(entity.id.rawValue))\" label=\"\(XML.escape(entity.label(in: exportLabel)))\">\n"
        values(&out, nodeValues, layout.row(record))
        if let span = record.span { spell(&out, span) }
        if let fill = schema.kind(named: entity.kind)?.style?.fill { color(&out, fill) }
        out += "      </node>\n"
      }
      flush()
    }
    out += "    </nodes>\n    <edges>\n"
    try records.forEachClaimSlice { slice in
      for record in slice {
        let claim = record.claim
        guard let object = claim.object else { continue }
        let relation = XML.escape(claim.predicateName)
        out += "      <edge id=\"\(XML.escape(claim.id.rawValue))\" source=\"\(XML.escape(claim.subject.rawValue))\" "
        out += "target=\"\(XML.escape(object.rawValue))\" label=\"\(relation)\" kind=\"\(relation)\" weight=\"1.0\">\n"
        values(&out, edgeValues, layout.row(record))
        if let time = claim.time { spell(&out, time.interval) }
        if let style = schema.relation(named: claim.predicateName)?.style {
          color(&out, style.color)
          out += "        <viz:thickness value=\"\(style.width)\"/>\n"
        }
        out += "      </edge>\n"
      }
      flush()
    }
    out += "    </edges>\n  </graph>\n</gexf>\n"
    flush()
  }

  private static func attribute(_ out: inout String, _ id: String, _ column: Column) {
    out += "      <attribute id=\"\(id)\" title=\"\(XML.escape(column.name))\" type=\"\(column.type.rawValue)\"/>\n"
  }

  private static func values(_ out: inout String, _ columns: [(index: Int, opening: String)], _ row: [Cell?]) {
    out += "        <attvalues>\n"
    for (i, opening) in columns {
      guard let cell = row[i] else { continue }
      out += opening
      out += XML.escape(cell.text)
      out += "\"/>\n"
    }
    out += "        </attvalues>\n"
  }

  /// A spell over New Style days; an unbounded side has no attribute.
  private static func spell(_ out: inout String, _ interval: DayInterval) {
    guard interval.hasStart || interval.hasEnd else { return }
    out += "        <spells>\n          <spell"
    if interval.hasStart { out += " start=\"\(CalendarDay.iso(interval.earliest))\"" }
    if interval.hasEnd { out += " end=\"\(CalendarDay.iso(interval.latest))\"" }
    out += "/>\n        </spells>\n"
  }

  /// `viz:color` from a `#RRGGBB` style colour; anything else is left out.
  private static func color(_ out: inout String, _ hex: String) {
    let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
    guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return }
    out += "        <viz:color r=\"\(value >> 16 & 0xFF)\" g=\"\(value >> 8 & 0xFF)\" b=\"\(value & 0xFF)\"/>\n"
  }
}
