import Foundation
import HistoryGraph
import HistoryIndex

/// Query text as `mentions` and `search --text` take it, over the first lines of
/// the corpus texts (`../shared/seeds`, or HG_CORPUS) indexed once in memory:
/// never a trap and never an SQLite error (FTS5 syntax is only words); a query
/// within ``TextQuery``'s bounds uses at most its words; the index finds exactly
/// the sentences a plain scan of the texts finds, in the same order.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFTS(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let query = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let problem = TextQuery.problem(query)
  FuzzEntry.check(
    problem != nil || (query.count <= TextQuery.longestQuery && TextQuery.words(query, folding: Texts.folding).count <= TextQuery.mostWords),
    "a query within the bounds uses more words than they allow")
  let indexed: [Passage]
  do {
    indexed = try Mentions.search(query, in: Texts.database, documents: Texts.documents, folding: Texts.folding)
  } catch {
    fatalError("the index could not be searched for \(query.debugDescription): \(error)")
  }
  let scanned = Mentions.scan(query, in: Texts.texts, folding: Texts.folding)
  FuzzEntry.check(indexed == scanned, "the index and a plain scan disagree on \(query.debugDescription)")
  return 0
}

/// The first 3,000 characters of each corpus text, whole lines, and their passages index.
enum Texts {
  static let corpus = ProcessInfo.processInfo.environment["HG_CORPUS"] ?? "../shared/seeds"
  static let folding = NameFolding.kazakhCyrillicLatin
  static let texts: [(DocumentID, String)] = {
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    FuzzEntry.check(!files.isEmpty, "the fuzz target needs the corpus texts in \(corpus)")
    return files.map { file in
      let text = (try? String(contentsOfFile: "\(corpus)/\(file)", encoding: .utf8)) ?? ""
      let head = text.prefix(3_000)
      return (DocumentID(String(file.dropLast(4))), String(head[..<(head.lastIndex(of: "\n") ?? head.endIndex)]))
    }
  }()
  static let documents = texts.map(\.0)
  static let database: SQLiteDatabase = {
    do {
      let db = try SQLiteDatabase(path: ":memory:", readOnly: false, create: true)
      try db.execute(Mentions.tables)
      try Mentions.write(texts, folding: folding, into: db)
      return db
    } catch {
      fatalError("the fuzz target could not index the texts: \(error)")
    }
  }()
}
