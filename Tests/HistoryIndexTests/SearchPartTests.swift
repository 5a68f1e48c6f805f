import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

/// `search NAME` read from the name words that can match the query (their first
/// letters and trigrams in the index) finds exactly what a search of every name
/// finds: same entities, scores, order and details.
@Suite(.serialized) struct SearchPartTests {
  /// Queries made from every `stride`-th entity: its id, labels and aliases whole, a
  /// word, a prefix, a misspelling, a piece from inside a word, initials and a
  /// word with another's initial.
  static func queries(_ whole: CuratedGraph, every stride: Int) -> [String] {
    var queries: [String] = []
    for (i, entity) in whole.entities.values.enumerated() where i % stride == 0 {
      let names = entity.labels.values.sorted() + entity.aliases
      queries.append(entity.id.rawValue)
      for name in names.prefix(3) {
        queries.append(name)
        let words = name.split(separator: " ").map(String.init)
        guard let word = words.max(by: { $0.count < $1.count }) else { continue }
        queries.append(word)
        queries.append(String(word.prefix(3)))
        if word.count >= 6 {
          var letters = Array(word)
          letters[letters.count / 2] = letters[letters.count / 2] == "a" ? "o" : "a"
          queries.append(String(letters))
          queries.append(String(word.dropFirst(1).prefix(4)))
        }
        if words.count > 1 { queries.append("\(words[0].prefix(1)). \(words.last!)") }
      }
    }
    return queries
  }

  /// Compares each query's results through the index with the whole graph's; returns how many read only candidates.
  func expectSearches(graph folder: String, corpus: String?, whole: CuratedGraph, queries: [String]) throws -> Int {
    let language = LabelLanguages().choice(nil)
    var partial = 0
    for (i, query) in queries.enumerated() {
      for limit in i % 4 == 0 ? [20, 10_000] : [20] {
        let expected = whole.search(query, language: language, limit: limit)
        #expect(GraphIndex.search(query, language: language, limit: limit, graph: folder, corpus: corpus) == expected, "\(query), limit \(limit)")
      }
      let candidates = GraphIndex.fromCurrentIndex(graph: folder, corpus: corpus) { reader throws(SQLiteError) in
        try reader.searchCandidates(query, folding: whole.schema.nameFolding)
      }
      if candidates != nil { partial += 1 }
    }
    return partial
  }

  @Test func theCuratedGraphsSearchesAreTheWholeGraphs() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let whole = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus).graph
    let queries =
      Self.queries(whole, every: 40) + [
        "bokeikhanov", "Bokeikhanov Alikhan", "Ә. Бөкейханов", "alash", "Kolchak", "Dutov", "orenburg", "Семей", "x", "zzzz", "Туркестан",
      ]
    #expect(queries.count > 100)
    let partial = try expectSearches(graph: copy.graph, corpus: Paths.corpus, whole: whole, queries: queries)
    #expect(partial > queries.count * 3 / 4)
  }

  @Test(.tags(.python, .slow), .requiresPython("yaml"))
  func aGeneratedGraphsSearchesAreItsWholeGraphs() throws {
    let generated = try GeneratedIndexedGraph(claims: 3000)
    let (graph, whole) = (generated.graph, generated.whole)
    let queries =
      Self.queries(whole.graph, every: 150) + [
        "Entity 17", "entity", "e17", "17", "Entity 1", "1", "Entity 170", "Entity 17 1", "entity 599", "Entity 5999",
      ]
    #expect(try expectSearches(graph: graph, corpus: nil, whole: whole.graph, queries: queries) > queries.count / 2)
  }

  /// In a graph of 5,000 entities a name search reads up to 625 candidates one
  /// by one (an eighth of them), not only 500: a first syllable that many names
  /// share is such a query.
  @Test(.tags(.python, .slow), .requiresPython("yaml"))
  func aWordManyNamesShareIsReadAsAPartInALargerGraph() throws {
    let generated = try GeneratedIndexedGraph(claims: 25_000)
    let (graph, whole) = (generated.graph, generated.whole.graph)
    #expect(whole.entities.count >= 8 * (GraphIndexReader.largestPart + 1))
    // The syllables the generated names are made of (Benchmarks/generate-graph.py).
    let queries = ["Ба", "Қа", "Жан", "Тай", "Бек", "Сұл", "Тан", "Ғали", "Дар", "Хан", "Ұлы"]
    _ = try expectSearches(graph: graph, corpus: nil, whole: whole, queries: queries)
    let sizes = queries.compactMap { query in
      GraphIndex.fromCurrentIndex(graph: graph, corpus: nil) { reader throws(SQLiteError) in
        try reader.searchCandidates(query, folding: whole.schema.nameFolding)
      }??.count
    }
    #expect(sizes.contains { $0 > GraphIndexReader.largestPart && $0 <= whole.entities.count / 8 }, "\(sizes)")
  }
}
