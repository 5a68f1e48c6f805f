import Foundation
import HistoryGraph
import HistoryGraphviz
import Testing

/// The library example from README.md, compiled and run as written.
@Test("The README's library example runs: load, resolve, path with quotes, render SVG")
func readmeExample() throws {
  let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  let graphFolder = project.appendingPathComponent("Graph").path
  let corpus = project.deletingLastPathComponent().appendingPathComponent("shared/seeds").path

  let (graph, report) = try GraphLoader.load(graph: graphFolder, corpus: corpus)
  #expect(report.allQuotesChecked)
  let alikhan = try graph.resolve("bokeikhanov")
  let leads = graph.claims(about: alikhan.id).filter { $0.predicateName == "leads" }
  #expect(!leads.isEmpty)
  let network = ClaimNetwork(graph)
  let lenin = try graph.resolve("Ленин")
  let hops = try network.paths(from: alikhan.id, to: lenin.id).first ?? []
  #expect(hops.first?.from == alikhan.id && hops.last?.to == lenin.id)
  #expect(hops.allSatisfy { !$0.claim.sources.isEmpty })
  let diagram = try Diagram(network: network, selection: .focus(alikhan.id, depth: 1), title: "Бөкейханов")
  let svg = String(decoding: try diagram.render(as: .svg), as: UTF8.self)
  #expect(svg.contains("Әлихан Бөкейханов"))
}
