import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryGraphInterchange

/// Reads each CSV file with Python's csv module and prints what came back.
let csvReaderScript = """
  import csv, json, os, sys
  folder = sys.argv[1]
  answer = {}
  for name in ["nodes.csv", "edges.csv", "claims.csv", "sources.csv"]:
      raw = open(os.path.join(folder, name), "rb").read()
      raw.decode("utf-8", errors="strict")
      with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
          rows = list(csv.reader(f, strict=True))
      answer[name] = {"header": rows[0], "rows": len(rows) - 1,
                      "ragged": sum(1 for r in rows if len(r) != len(rows[0])),
                      "crlf": raw.count(b"\\r\\n") >= len(rows)}
  with open(os.path.join(folder, "sources.csv"), newline="", encoding="utf-8") as f:
      rows = list(csv.DictReader(f))
      answer["quotes"] = {"%s#%s" % (r["claim"], r["position"]): r["quote"] for r in rows}
      answer["lines"] = {"%s#%s" % (r["claim"], r["position"]): int(r["line"]) for r in rows if r["line"]}
  with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8") as f:
      answer["edges"] = {r["Id"]: [r["Source"], r["Target"], r["Label"]] for r in csv.DictReader(f)}
  with open(os.path.join(folder, "claims.csv"), newline="", encoding="utf-8") as f:
      answer["claims"] = {r["claim"]: [r["relation"], r["earliest"], r["latest"], r["calendar"]] for r in csv.DictReader(f)}
  print(json.dumps(answer))
  """

@Suite("CSV tables read back by Python's csv module")
struct TableConsumerTests {
  @Test(
    "every row of every table parses with one header's width; every quote, edge and date comes back as written", .tags(.python), .requiresPython())
  func csvTables() throws {
    let flat = try Curated.flat()
    let scratch = try Scratch()
    for file in CSVTables.files(flat) { _ = try scratch.write(file.text, to: file.name) }
    let answer = try python(csvReaderScript, scratch.folder.path)
    let graph = flat.graph
    let expectedRows = [
      "nodes.csv": graph.entities.count, "edges.csv": flat.relationClaims.count, "claims.csv": graph.claims.count,
      "sources.csv": graph.claims.values.map(\.sources.count).reduce(0, +),
    ]
    for (name, count) in expectedRows {
      let table = answer[name] as? [String: Any] ?? [:]
      #expect(table["rows"] as? Int == count, "\(name) has a row per record")
      #expect(table["ragged"] as? Int == 0, "\(name): every row as wide as the header")
      #expect(table["crlf"] as? Bool == true, "\(name): RFC 4180 line ends")
    }
    #expect(
      (answer["nodes.csv"] as? [String: Any])?["header"] as? [String] == ["Id", "Label"]
        + flat.entities.columns.map(\.name).filter { $0 != "id" && $0 != "label" })
    let quotes = answer["quotes"] as? [String: String] ?? [:]
    let lines = answer["lines"] as? [String: Int] ?? [:]
    #expect(!lines.isEmpty)
    var quoteCount = 0
    for claim in graph.claims.values {
      for (position, source) in claim.sources.enumerated() {
        #expect(quotes["\(claim.id)#\(position + 1)"] == source.quote, "quote \(position + 1) of \(claim.id), letter for letter")
        #expect(lines["\(claim.id)#\(position + 1)"] == source.locator?.line, "the line of quote \(position + 1) of \(claim.id)")
        quoteCount += 1
      }
    }
    #expect(quotes.count == quoteCount)
    let edges = answer["edges"] as? [String: [String]] ?? [:]
    let claims = answer["claims"] as? [String: [String]] ?? [:]
    for (index, claim) in graph.claims.values.enumerated() {
      if let object = claim.object {
        #expect(edges[claim.id.rawValue] == [claim.subject.rawValue, object.rawValue, claim.predicateName])
      }
      let time = [flat.claimText(index, "earliest") ?? "", flat.claimText(index, "latest") ?? "", claim.time?.calendar.rawValue ?? ""]
      #expect(claims[claim.id.rawValue] == [claim.predicateName] + time, "claim \(claim.id)")
    }
  }

  @Test("RFC 4180 quoting: a comma, a quote or a line break puts the field in quotes, quotes doubled")
  func quoting() {
    var line = ""
    CSVTables.line(&line, ["plain", "a,b", "say \"hi\"", "two\nlines", "Әлихан"])
    #expect(line == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",Әлихан\r\n")
  }
}
