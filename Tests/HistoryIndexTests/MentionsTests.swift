import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@testable import HistoryIndex

/// The corpus's lines that name `query` by a plain scan: every folded word of the
/// query starts a folded word of the line. Independent of sentences and of SQLite.
func linesNaming(_ query: String, in graph: CuratedGraph) throws -> Set<String> {
  let words = NameKey.exactTokens(query, folding: .kazakhCyrillicLatin)
  var lines: Set<String> = []
  for document in graph.documents.values {
    let text = try String(contentsOfFile: "\(Paths.corpus)/\(document.file)", encoding: .utf8)
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineWords = NameKey.exactTokens(String(line), folding: .kazakhCyrillicLatin)
      if words.allSatisfy({ word in lineWords.contains { $0.hasPrefix(word) } }) { lines.insert("\(document.id):\(index + 1)") }
    }
  }
  return lines
}

@Suite(.serialized) struct MentionsTests {
  let copy: GraphCopy
  let load: GraphIndex.Load

  init() throws {
    copy = try GraphCopy(keepingIndex: false)
    load = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
  }

  @Test func theIndexFindsWhatAPlainScanFinds() throws {
    for query in ["Орынбор", "Алаш", "кеңес", "Бөкейханов", "съезд", "1917", "Ташкент"] {
      let found = try GraphIndex.mentions(query, in: load)
      #expect(!found.isEmpty, "nothing for \(query)")
      #expect(Set(found.map { "\($0.passage.document):\($0.passage.line)" }) == (try linesNaming(query, in: load.graph)), "\(query)")
      // The same search without the index reads the texts and finds the same sentences.
      let texts = try load.graph.documents.values.map { ($0.id, try String(contentsOfFile: "\(Paths.corpus)/\($0.file)", encoding: .utf8)) }
      #expect(found.map(\.passage) == Mentions.scan(query, in: texts, folding: .kazakhCyrillicLatin), "\(query)")
      // Answered from the index alone (no graph read), the sentences and the claims quoting them are the same.
      let alone = try #require(GraphIndex.mentions(query, graph: copy.graph, corpus: Paths.corpus))
      #expect(alone.map(\.passage) == found.map(\.passage) && alone.map(\.claims) == found.map(\.claims), "\(query)")
    }
  }

  @Test func aStemFindsItsInflectedFormsInEveryScript() throws {
    let found = try GraphIndex.mentions("Орынбор", in: load).map(\.passage.text)
    for form in ["Орынборда", "Орынбордан", "Орынборды"] {
      #expect(found.contains { $0.contains(form) }, "\(form)")
    }
    let latin = try GraphIndex.mentions("Orynbor", in: load).map(\.passage)
    #expect(latin == (try GraphIndex.mentions("орынбор", in: load).map(\.passage)))
    #expect(!latin.isEmpty)
  }

  @Test func wholeWordsAndPhrasesComeFirst() throws {
    let found = try GraphIndex.mentions("Алаш Орда", in: load)
    #expect(found.first?.passage.match == .phrase)
    #expect(found.map(\.passage.match) == found.map(\.passage.match).sorted())
    #expect(found.contains { $0.passage.match == .stems })
    for mention in found {
      let words = NameKey.exactTokens(mention.passage.text, folding: .kazakhCyrillicLatin)
      #expect(["alash", "orda"].allSatisfy { w in words.contains { $0.hasPrefix(w) } })
    }
  }

  @Test func eachSentenceNamesTheClaimsQuotingIt() throws {
    let found = try GraphIndex.mentions("Бөкейханов", in: load)
    let cited = found.filter { !$0.claims.isEmpty }
    #expect(!cited.isEmpty)
    for mention in cited {
      for id in mention.claims {
        let claim = try #require(load.graph.claims[id])
        // Some quote of the claim, whitespace folded, shares words with the sentence.
        let sentenceWords = Set(NameKey.exactTokens(mention.passage.text, folding: .kazakhCyrillicLatin))
        #expect(
          claim.sources.contains {
            $0.document == mention.passage.document && !sentenceWords.isDisjoint(with: NameKey.exactTokens($0.quote, folding: .kazakhCyrillicLatin))
          })
      }
    }
  }

  @Test func nothingIsFoundForAWordTheTextsLack() throws {
    #expect(try GraphIndex.mentions("zzqxw", in: load).isEmpty)
    #expect(try GraphIndex.mentions("…", in: load).isEmpty)
  }
}

@Suite struct UncitedPassagesTests {
  @Test func eachUncitedSentenceNamesAnEntityAndHoldsNoQuote() throws {
    let copy = try GraphCopy(keepingIndex: false)
    let load = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
    let uncited = try GraphIndex.uncitedPassages(in: load)
    #expect(!uncited.isEmpty)
    // Fewer than all the sentences: most of what names an entity is quoted.
    let texts = try load.graph.documents.values.map { try String(contentsOfFile: "\(Paths.corpus)/\($0.file)", encoding: .utf8) }
    #expect(uncited.count < texts.map { Mentions.sentences(of: $0).count }.reduce(0, +))
    for passage in uncited {
      let words = NameKey.exactTokens(passage.text, folding: .kazakhCyrillicLatin)
      // Some name of each entity listed stands in the sentence, its words in a row.
      for id in passage.entities {
        let entity = try #require(load.graph.entities[id])
        let named = (Array(entity.labels.values) + entity.aliases).contains { name in
          let nameWords = NameKey.exactTokens(name, folding: .kazakhCyrillicLatin)
          return !nameWords.isEmpty
            && words.indices.contains { start in
              start + nameWords.count <= words.count && nameWords.indices.allSatisfy { words[start + $0].hasPrefix(nameWords[$0]) }
            }
        }
        #expect(named, "\(id) in \(passage.document):\(passage.line)")
      }
      // No quote of the document lies inside the sentence.
      let folded = passage.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      for claim in load.graph.claims.values {
        for source in claim.sources where source.document == passage.document {
          #expect(
            !folded.contains(source.quote.split(whereSeparator: \.isWhitespace).joined(separator: " ")),
            "\(claim.id) quotes \(passage.document):\(passage.line)")
        }
      }
    }
  }
}

@Suite(.serialized) struct GraphTextsTests {
  let copy: GraphCopy
  let load: GraphIndex.Load

  init() throws {
    copy = try GraphCopy(keepingIndex: false)
    load = try GraphIndex.load(graph: copy.graph, corpus: Paths.corpus)
  }

  @Test func theIndexFindsTheTextsAPlainScanFinds() throws {
    for query in ["Орынбор", "Алаш Орда", "кеңес", "Bokeikhanov", "съезд", "1917", "d000 names"] {
      let found = try GraphIndex.texts(naming: query, in: load)
      #expect(!found.isEmpty, "nothing for \(query)")
      #expect(found == GraphTexts.scan(query, in: load.graph), "\(query)")
      // From the index alone: the same hits, and a part that holds what the first ones are about.
      let alone = try #require(GraphIndex.texts(naming: query, showing: 10, graph: copy.graph, corpus: Paths.corpus))
      #expect(alone.hits == found, "\(query)")
      for hit in found.prefix(10) {
        #expect(alone.graph.entities[hit.entity] == load.graph.entities[hit.entity])
        if let claim = hit.claim { #expect(alone.graph.claims[claim] == load.graph.claims[claim]) }
      }
      // Independently of both: every text whose folded words each start with a folded word of the query.
      let words = NameKey.exactTokens(query, folding: .kazakhCyrillicLatin)
      var expected = 0
      for text in GraphTexts.texts(of: load.graph) {
        let textWords = NameKey.exactTokens(text.text, folding: .kazakhCyrillicLatin)
        if words.allSatisfy({ word in textWords.contains { $0.hasPrefix(word) } }) { expected += 1 }
      }
      #expect(found.count == expected, "\(query)")
    }
  }

  @Test func quotesNotesLabelsAndAliasesAreSearchedAcrossScripts() throws {
    let found = try GraphIndex.texts(naming: "Орынбор", in: load)
    #expect(found.contains { $0.field == .label && $0.claim == nil })
    #expect(found.contains { $0.field == .alias })
    let quotes = found.filter { $0.field == .quote }
    #expect(!quotes.isEmpty && quotes.allSatisfy { $0.claim != nil && $0.document != nil })
    #expect(quotes.contains { $0.text.contains("Орынборда") || $0.text.contains("Орынборға") || $0.text.contains("Орынбордан") })
    for hit in quotes {
      let claim = try #require(load.graph.claims[hit.claim!])
      #expect(claim.sources.contains { $0.quote == hit.text && $0.document == hit.document })
    }
    #expect(try GraphIndex.texts(naming: "Orynbor", in: load) == found)
    #expect(found.map(\.match) == found.map(\.match).sorted())
    #expect(try GraphIndex.texts(naming: "xqzwv", in: load).isEmpty)
  }
}
