import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

@Suite struct ResolutionTests {
  @Test("Names are resolved from the part of the graph they need, as the whole graph resolves them")
  func namesResolveFromAPart() throws {
    let copy = try GraphCopy()
    let whole = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).graph
    let language = whole.schema.languages.choice(nil)
    var notices: [String] = []
    let found = try GraphIndex.resolve(["lenin", "bokeikhanov"], language: language, graph: copy.graph, corpus: Paths.corpus) { notices.append($0) }
    #expect(found.load.isPart && found.load.outcome == .read && notices.isEmpty)
    #expect(found.entities.map(\.id) == [try whole.resolve("lenin", language: language).id, try whole.resolve("bokeikhanov", language: language).id])
    #expect(found.graph.entities.count < whole.entities.count)
    // Every claim about them is in the part.
    for entity in found.entities {
      let about = whole.claims.values.filter { $0.subject == entity.id || $0.object == entity.id }.map(\.id)
      #expect(!about.isEmpty && about.allSatisfy { found.graph.claims[$0] != nil })
    }
    let asked = try GraphIndex.resolve(["lenin"], language: language, wholeGraph: true, graph: copy.graph, corpus: Paths.corpus)
    #expect(!asked.load.isPart && asked.graph.entities.count == whole.entities.count)
  }

  @Test("A name of nothing is looked up again in the whole graph, for its nearest names")
  func aNameOfNothingListsTheWholeGraphsNearest() throws {
    let copy = try GraphCopy()
    let whole = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).graph
    let language = whole.schema.languages.choice(nil)
    for name in ["Bokeikhanv", "zzz qqq"] {
      let expected = Result { () throws(QueryError) in try whole.resolve(name, language: language) }
      guard case .failure(let wholeError) = expected, case .noMatch = wholeError else {
        Issue.record("\(name) was meant to match nothing in the whole graph")
        continue
      }
      #expect {
        try GraphIndex.resolve([name], language: language, graph: copy.graph, corpus: Paths.corpus)
      } throws: { error in
        guard case .query(let found) = error as? GraphIndex.ResolutionError else { return false }
        return found == wholeError
      }
    }
  }

  @Test("A graph that cannot be loaded is a load error, after the notice of its index")
  func aBrokenGraphIsALoadError() throws {
    let copy = try GraphCopy()
    let first = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    try Data("not an index".utf8).write(to: URL(fileURLWithPath: first.path))
    var notices: [String] = []
    let found = try GraphIndex.resolve(["lenin"], language: first.graph.schema.languages.choice(nil), graph: copy.graph, corpus: Paths.corpus) {
      notices.append($0)
    }
    #expect(!found.load.isPart && notices.count == 1 && notices[0].contains("could not be read"))
    #expect {
      try GraphIndex.resolve(
        ["lenin"], language: first.graph.schema.languages.choice(nil), graph: copy.folder.appendingPathComponent("Missing").path, corpus: Paths.corpus
      )
    } throws: { error in
      guard case .load(let load) = error as? GraphIndex.ResolutionError else { return false }
      return !load.errors.isEmpty
    }
  }
}
