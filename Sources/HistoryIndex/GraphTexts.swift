import Foundation
import GraphEngine
import HistoryGraph

/// A text of the graph itself that holds the words searched for: a claim's
/// quote, note, value or qualifier, or an entity's label, alias or note.
public struct TextHit: Hashable, Sendable {
  /// Which text of a claim or an entity matched.
  public enum Field: String, Sendable {
    case label, alias
    case entityNote = "entity note"
    case value, qualifier, quote
    case sourceNote = "source note"
    case claimNote = "claim note"
  }

  public let field: Field
  /// The entity whose text it is (for a claim's text, its subject).
  public let entity: EntityID
  /// The claim whose text it is; `nil` for an entity's own text.
  public let claim: ClaimID?
  /// The document of a quote or of a source's note.
  public let document: DocumentID?
  public let text: String
  public let match: Passage.Match
}

/// Full-text search of the graph's own texts, folded and matched as the documents'
/// sentences are (see ``Mentions``): each searched word finds the words it starts,
/// in any script.
///
/// The texts are listed in the graph's order (every entity's labels, aliases and
/// note, then every claim's value, qualifiers, quotes, source notes and note), and
/// hits are ranked by how they match, then by that order.
///
/// As with ``Mentions``, the texts are rows of a plain table, `graph_text_rows`,
/// and an FTS5 table over it, `graph_texts`, indexes their folded words.
enum GraphTexts {
  /// The tables of the index's texts file (see ``GraphIndexFile/Auxiliary``).
  static let tables = """
    CREATE TABLE graph_text_rows(folded TEXT, field TEXT, entity TEXT, claim TEXT, document TEXT, text TEXT);
    CREATE VIRTUAL TABLE graph_texts USING fts5(folded, field UNINDEXED, entity UNINDEXED, claim UNINDEXED, document UNINDEXED, text UNINDEXED, content = 'graph_text_rows', columnsize = 0, tokenize = "unicode61 remove_diacritics 0");
    INSERT INTO graph_texts(graph_texts, rank) VALUES('hashsize', 16777216);
    """

  /// One searchable text, before matching.
  struct Text: Sendable {
    let field: TextHit.Field
    let entity: EntityID
    let claim: ClaimID?
    let document: DocumentID?
    let text: String
  }

  /// Every text of the graph, in the graph's order.
  static func texts(of graph: CuratedGraph) -> [Text] {
    var texts: [Text] = []
    for entity in graph.entities.values {
      for label in graph.schema.languages.ordered(entity.labels) {
        texts.append(Text(field: .label, entity: entity.id, claim: nil, document: nil, text: label.text))
      }
      for alias in entity.aliases { texts.append(Text(field: .alias, entity: entity.id, claim: nil, document: nil, text: alias)) }
      if let note = entity.note { texts.append(Text(field: .entityNote, entity: entity.id, claim: nil, document: nil, text: note)) }
    }
    for claim in graph.claims.values {
      func add(_ field: TextHit.Field, _ text: String, document: DocumentID? = nil) {
        texts.append(Text(field: field, entity: claim.subject, claim: claim.id, document: document, text: text))
      }
      if case .property(_, let value?) = claim.predicate { add(.value, "\(value)") }
      for qualifier in claim.qualifiers { add(.qualifier, "\(qualifier.name): \(qualifier.value)") }
      for source in claim.sources {
        add(.quote, source.quote, document: source.document)
        if let note = source.note { add(.sourceNote, note, document: source.document) }
      }
      if let note = claim.note { add(.claimNote, note) }
    }
    return texts
  }

  /// Adds every text of the graph to the index, its rowid giving the graph's order
  /// (the texts folded on all cores).
  static func write(_ graph: CuratedGraph, into db: SQLiteDatabase) throws(SQLiteError) {
    let insert = try db.prepare("INSERT INTO graph_text_rows(rowid, folded, field, entity, claim, document, text) VALUES(?, ?, ?, ?, ?, ?, ?)")
    let texts = texts(of: graph)
    let chunkSize = 4_096
    let folded = Parallel.map((texts.count + chunkSize - 1) / chunkSize) { chunk in
      texts[(chunk * chunkSize)..<min(texts.count, (chunk + 1) * chunkSize)].map { Mentions.folded($0.text, graph.schema.nameFolding).joined(separator: " ") }
    }.joined()
    for (order, (text, words)) in zip(texts, folded).enumerated() {
      insert.bind(1, order + 1)
      insert.bind(2, words)
      insert.bind(3, text.field.rawValue)
      insert.bind(4, text.entity.rawValue)
      insert.bind(5, text.claim?.rawValue)
      insert.bind(6, text.document?.rawValue)
      insert.bind(7, text.text)
      try insert.run()
    }
    try db.execute("INSERT INTO graph_texts(rowid, folded) SELECT rowid, folded FROM graph_text_rows;")
  }

  /// The texts naming `query`, found by folding every text of the graph (when there is no index).
  static func scan(_ query: String, in graph: CuratedGraph) -> [TextHit] {
    let folding = graph.schema.nameFolding
    let words = Mentions.folded(query, folding)
    guard !words.isEmpty else { return [] }
    let found = texts(of: graph).enumerated().compactMap { order, text in
      Mentions.match(words, in: Mentions.folded(text.text, folding)).map { (order, hit(text, match: $0)) }
    }
    return ranked(found)
  }

  /// The texts naming `query` through the index.
  static func search(_ query: String, in db: SQLiteDatabase, folding: NameFolding) throws(SQLiteError) -> [TextHit] {
    let words = Mentions.folded(query, folding)
    guard !words.isEmpty else { return [] }
    let statement = try db.prepare("SELECT rowid, folded, field, entity, claim, document, text FROM graph_texts WHERE graph_texts MATCH ?")
    statement.bind(1, words.map { "\"\($0)\"*" }.joined(separator: " "))
    var found: [(Int, TextHit)] = []
    while try statement.step() {
      guard let match = Mentions.match(words, in: statement.text(1).split(separator: " ").map(String.init)) else { continue }
      guard let field = TextHit.Field(rawValue: statement.text(2)) else { throw SQLiteError(description: "a text of an unknown field") }
      let text = Text(field: field, entity: EntityID(statement.text(3)), claim: statement.optionalText(4).map { ClaimID($0) }, document: statement.optionalText(5).map { DocumentID($0) }, text: statement.text(6))
      found.append((statement.int(0) - 1, hit(text, match: match)))
    }
    return ranked(found)
  }

  private static func hit(_ text: Text, match: Passage.Match) -> TextHit {
    TextHit(field: text.field, entity: text.entity, claim: text.claim, document: text.document, text: text.text, match: match)
  }

  /// Best match first, then the graph's order.
  private static func ranked(_ found: [(order: Int, hit: TextHit)]) -> [TextHit] {
    found.sorted { ($0.hit.match, $0.order) < ($1.hit.match, $1.order) }.map(\.hit)
  }
}
