import HistoryGraph
/// The claim network as GraphML, the XML graph format that NetworkX
/// (`read_graphml`), Gephi, Cytoscape, yEd and igraph read.
///
/// One node per entity (id = entity id; `kind` and a label per language), one
/// directed edge per relation claim (id = claim id; `relation`, `symmetric`,
/// the time as `edtf`, `calendar`, `earliest`, `latest` in New Style ISO days,
/// `confidence`, the cited `documents` and the first `quote`). A symmetric
/// relation is written once, as the source states it, with `symmetric` true:
/// a reader that wants it both ways adds the reverse edge. Properties (claims
/// with a value rather than an object) are not edges and are left out; the
/// JSON dump has them.
public enum GraphML {
  /// The whole network as one GraphML document.
  ///
  /// - Complexity: O(*V* + *E*) in the size of the output.
  public static func document(_ network: ClaimNetwork) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">

      """
    for key in nodeKeys { out += "  <key id=\"\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"string\"/>\n" }
    for (key, type) in edgeKeys { out += "  <key id=\"\(key)\" for=\"edge\" attr.name=\"\(key)\" attr.type=\"\(type)\"/>\n" }
    out += "  <graph id=\"history-graph\" edgedefault=\"directed\">\n"
    for entity in network.graph.entities.values {
      out += "    <node id=\"\(escape(entity.id.rawValue))\">\n"
      data(&out, "kind", entity.kind)
      data(&out, "label", entity.label(in: .en))
      for language in Language.allCases {
        if let label = entity.labels[language] { data(&out, language.rawValue, label) }
      }
      out += "    </node>\n"
    }
    let symmetric = network.graph.schema.relations.filter(\.symmetric).map(\.name)
    for claim in network.relationClaims {
      guard let object = claim.object else { continue }
      out += "    <edge id=\"\(escape(claim.id.rawValue))\" source=\"\(escape(claim.subject.rawValue))\" target=\"\(escape(object.rawValue))\">\n"
      data(&out, "relation", claim.predicateName)
      data(&out, "symmetric", symmetric.contains(claim.predicateName) ? "true" : "false")
      if let time = claim.time {
        data(&out, "edtf", time.edtf.text)
        data(&out, "calendar", time.calendar.rawValue)
        if time.interval.hasStart { data(&out, "earliest", CalendarDay.iso(time.interval.earliest)) }
        if time.interval.hasEnd { data(&out, "latest", CalendarDay.iso(time.interval.latest)) }
      }
      data(&out, "confidence", "\(claim.confidence)")
      data(&out, "documents", claim.sources.map(\.document.rawValue).joined(separator: " "))
      data(&out, "quote", claim.sources[0].quote)
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }

  static let nodeKeys = ["kind", "label"] + Language.allCases.map(\.rawValue)
  static let edgeKeys = [
    ("relation", "string"), ("symmetric", "boolean"), ("edtf", "string"), ("calendar", "string"), ("earliest", "string"),
    ("latest", "string"), ("confidence", "double"), ("documents", "string"), ("quote", "string"),
  ]

  private static func data(_ out: inout String, _ key: String, _ value: String) {
    out += "      <data key=\"\(key)\">\(escape(value))</data>\n"
  }

  /// Text safe inside an XML attribute or element: markup characters as
  /// entities, and the control characters XML 1.0 forbids dropped.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
