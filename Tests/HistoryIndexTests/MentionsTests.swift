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
      let alone = try #require(GraphIndex.mentions(query, limit: TextQuery.mostResults, graph: copy.graph, corpus: Paths.corpus)).shown
      #expect(alone.map(\.passage) == found.map(\.passage) && alone.map(\.claims) == found.map(\.claims), "\(query)")
    }
  }

  @Test("the index's first sentences, their claims and the count are the whole graph's, for many words, limits and --uncited (curated graph)")
  func theIndexShowsAndCountsAsTheWholeGraph() throws {
    let texts = try load.graph.documents.values.map { ($0.id, try String(contentsOfFile: "\(Paths.corpus)/\($0.file)", encoding: .utf8)) }
    try expectIndexAnswersAsTheWholeGraph(
      Self.queries(from: texts) + ["Орынбор", "Алаш Орда", "Алаш", "кеңес", "1917", "Бөкейханов", "а", "zzqxw"], graph: copy.graph,
      corpus: Paths.corpus,
      whole: load.graph, texts: texts)
  }

  @Test("the quoted sentences stored in the main file are those a claim's quote overlaps, and none other (curated graph)")
  func theQuotedSentencesAreThoseAQuoteOverlaps() throws {
    let (quoted, all) = try expectQuotedSentences(graph: copy.graph, corpus: Paths.corpus, whole: load.graph)
    #expect(quoted > 50 && quoted < all)
  }

  @Test("a passage's bit is set once it is marked quoted, and no other bit is: across a number's bounds, past the last and before the first")
  func quotedBitsHoldWhatWasMarked() {
    var bits = QuotedSentences.Bits(words: [])
    let marked = [0, 31, 32, 33, 63, 64, 1000]
    for row in marked.reversed() { bits.insert(row) }
    #expect(bits.words.count == 1000 / 32 + 1)
    #expect((-40..<1100).filter(bits.contains) == marked)
    #expect(bits.count == marked.count)
    bits.insert(31)
    #expect(bits.count == marked.count)
  }

  @Test("after an edit of the graph alone (the passages file kept), the quoted sentences and --uncited are the edited graph's")
  func anEditOfTheGraphMarksTheQuotedSentencesAgain() throws {
    let edited = try GraphCopy(keepingIndex: false)
    let first = try GraphIndex.load(graph: edited.graph, corpus: Paths.corpus)
    let passages = GraphIndexFile.Auxiliary.passages.path(beside: first.path)
    func passagesID() throws -> String {
      let db = try SQLiteDatabase(path: passages, readOnly: true)
      let row = try db.prepare("SELECT value FROM meta WHERE name = 'id'")
      _ = try row.step()
      return row.text(0)
    }
    let id = try passagesID()
    let query = "Петроградта"
    let uncitedBefore = try #require(GraphIndex.mentions(query, uncited: true, limit: 1, graph: edited.graph, corpus: Paths.corpus)).total
    // The claim quoting the sentence of Petrograd is taken out.
    let claims = try String(contentsOf: edited.folder.appendingPathComponent("Graph/claims/d000.yaml"), encoding: .utf8)
    let start = try #require(claims.range(of: "- id: d000-october-revolution-in-petrograd\n"))
    let end = try #require(claims.range(of: "- id: d000-bolsheviks-lead-october-revolution\n"))
    try edited.replace(String(claims[start.lowerBound..<end.lowerBound]), with: "", in: "claims/d000.yaml")
    let whole = try GraphIndex.load(graph: edited.graph, corpus: Paths.corpus)
    guard case .built = whole.outcome else { Issue.record("the edit did not compile: \(whole.outcome)"); return }
    #expect(whole.graph.claims[ClaimID("d000-october-revolution-in-petrograd")] == nil)
    #expect(try passagesID() == id)
    _ = try expectQuotedSentences(graph: edited.graph, corpus: Paths.corpus, whole: whole.graph)
    let uncitedAfter = try #require(GraphIndex.mentions(query, uncited: true, limit: 1, graph: edited.graph, corpus: Paths.corpus)).total
    #expect(uncitedAfter == uncitedBefore + 1)
    let texts = try whole.graph.documents.values.map { ($0.id, try String(contentsOfFile: "\(Paths.corpus)/\($0.file)", encoding: .utf8)) }
    try expectIndexAnswersAsTheWholeGraph([query, "қазанда", "Орынбор"], graph: edited.graph, corpus: Paths.corpus, whole: whole.graph, texts: texts)
  }

  @Test(
    "the index's first sentences, their claims and the count are the whole graph's on a generated graph", .tags(.python, .slow),
    .requiresPython("yaml"))
  func theIndexShowsAndCountsAsTheWholeGraphGenerated() throws {
    let generated = try GeneratedIndexedGraph(claims: 3000)
    let (quoted, all) = try expectQuotedSentences(graph: generated.graph, corpus: nil, whole: generated.whole.graph)
    #expect(quoted > 1000 && quoted < all)
    let corpus = generated.folder.appendingPathComponent("corpus").path
    let texts = try generated.whole.graph.documents.values.map { ($0.id, try String(contentsOfFile: "\(corpus)/\($0.file)", encoding: .utf8)) }
    try expectIndexAnswersAsTheWholeGraph(
      Self.queries(from: texts) + ["Орынбор", "Орынбор кеңес", "съезд", "1"], graph: generated.graph, corpus: nil,
      whole: generated.whole.graph, texts: texts)
  }

  @Test("where FTS5 may read a sentence's words otherwise, every sentence found is read and ranked, and the answer is still the whole graph's")
  func sentencesNotPlainAreReadAndRanked() throws {
    // The passages file says some folded word is not plain: the index is read as for a text with `ς` or `ि`.
    let passages = GraphIndexFile.Auxiliary.passages.path(beside: GraphIndex.indexPath(graph: copy.graph, corpus: Paths.corpus))
    try SQLiteDatabase(path: passages, readOnly: false).execute(
      "UPDATE meta SET value = '0' WHERE name = '\(Mentions.plainName)';" + MetaTable.sealing)
    let texts = try load.graph.documents.values.map { ($0.id, try String(contentsOfFile: "\(Paths.corpus)/\($0.file)", encoding: .utf8)) }
    try expectIndexAnswersAsTheWholeGraph(
      ["Орынбор", "Алаш Орда", "кеңес", "zzqxw"], graph: copy.graph, corpus: Paths.corpus, whole: load.graph, texts: texts)
  }

  @Test("plain words are those FTS5 reads as themselves: letters and digits it neither splits nor folds")
  func plainWords() throws {
    #expect(try PlainWords.arePlain(["orynbor", "1917", "σ", "œuvre", "احمد", "ß"]))
    for word in ["ς", "ſ", "कि", "µ", "a-b", "A"] {
      #expect(try !PlainWords.arePlain([word]), "\(word)")
    }
  }

  /// Words of the texts to search for: some whole words, the first three letters of others, and two words in a row.
  static func queries(from texts: [(DocumentID, String)]) -> [String] {
    var words: [String] = []
    var seen = Set<String>()
    for (_, text) in texts {
      for word in text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) where seen.insert(word.lowercased()).inserted {
        words.append(String(word))
      }
    }
    let step = max(1, words.count / 12)
    return stride(from: 0, to: words.count, by: step).flatMap { i in
      let pair: [String] = i + 1 < words.count ? ["\(words[i]) \(words[i + 1])"] : []
      return [words[i], String(words[i].prefix(3))] + pair
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

/// Expects the index's answer to `mentions` (the first sentences, their claims and
/// how many there are) to be what the whole graph gives: every sentence found by
/// reading the texts, the claims from every quote of the graph, then cut; for each
/// query, limits 1, 3, 50 and 10,000, with and without `uncited`.
func expectIndexAnswersAsTheWholeGraph(_ queries: [String], graph: String, corpus: String?, whole: CuratedGraph, texts: [(DocumentID, String)])
  throws
{
  let quotes = QuotedLines(whole)
  var uncitedSeen = false
  for query in queries {
    let every = Mentions.scan(query, in: texts, folding: whole.schema.nameFolding).map {
      GraphIndex.Mention(passage: $0, claims: quotes.claims(quoting: $0.document, line: $0.line, columns: $0.column...$0.endColumn))
    }
    for uncited in [false, true] {
      for limit in [1, 3, 50, 10_000] {
        let expected = GraphIndex.FoundMentions(every, uncited: uncited, limit: limit)
        let found = try #require(GraphIndex.mentions(query, uncited: uncited, limit: limit, graph: graph, corpus: corpus))
        #expect(found.total == expected.total, "\(query) uncited \(uncited) limit \(limit)")
        #expect(found.shown.map(\.passage) == expected.shown.map(\.passage), "\(query) uncited \(uncited) limit \(limit)")
        #expect(found.shown.map(\.claims) == expected.shown.map(\.claims), "\(query) uncited \(uncited) limit \(limit)")
        uncitedSeen = uncitedSeen || (uncited && expected.total > 0)
      }
    }
  }
  #expect(uncitedSeen || queries.isEmpty, "some query finds an uncited sentence")
}

/// Expects the index's quoted sentences (``QuotedSentences``) to be the sentences
/// of its passages file that some quote of the whole graph overlaps; returns how
/// many are quoted, and how many sentences there are.
func expectQuotedSentences(graph: String, corpus: String?, whole: CuratedGraph) throws -> (quoted: Int, all: Int) {
  let quotes = QuotedLines(whole)
  let main = GraphIndex.indexPath(graph: graph, corpus: corpus)
  let passages = try SQLiteDatabase(path: GraphIndexFile.Auxiliary.passages.path(beside: main), readOnly: true)
  var expected = Set<Int>()
  var all = 0
  let rows = try TableStatement<PassageRowsTable>.select([.document, .line, .col, .endCol], from: passages)
  while try rows.step() {
    all += 1
    let claims = quotes.claims(quoting: DocumentID(rows.text(.document)), line: rows.int(.line), columns: rows.int(.col)...rows.int(.endCol))
    if !claims.isEmpty { expected.insert(rows.rowID) }
  }
  let bits = try QuotedSentences.read(in: try SQLiteDatabase(path: main, readOnly: true))
  // No bit past the sentences' rowids, and each bit that of a sentence expected.
  #expect(bits.words.count <= all / 32 + 1)
  let stored = Set((0..<(bits.words.count * 32)).filter(bits.contains))
  #expect(bits.count == stored.count)
  #expect(
    stored == expected,
    "\(stored.subtracting(expected).sorted().prefix(5)) stored only, \(expected.subtracting(stored).sorted().prefix(5)) not stored")
  return (stored.count, all)
}
