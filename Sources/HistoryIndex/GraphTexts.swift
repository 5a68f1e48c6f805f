import Foundation
import HistoryGraph

/// A text of the graph itself that holds the words searched for: a claim's
/// quote (or its translation), note, value or qualifier, or an entity's label, alias or note.
public struct TextHit: Hashable, Sendable {
  /// Which text of a claim or an entity matched.
  public enum Field: String, Sendable {
    case label, alias
    case entityNote = "entity note"
    case value, qualifier, quote
    /// The curators' translation of a quote.
    case translation
    case sourceNote = "source note"
    case claimNote = "claim note"
  }

  /// Which text it is.
  public let field: Field
  /// The entity whose text it is (for a claim's text, its subject).
  public let entity: EntityID
  /// The claim whose text it is; `nil` for an entity's own text.
  public let claim: ClaimID?
  /// The document of a quote or of a source's note.
  public let document: DocumentID?
  /// The text as the graph writes it.
  public let text: String
  /// How closely it matches the search.
  public let match: Passage.Match
}

/// Full-text search of the graph's own texts, folded and matched as the documents'
/// sentences are (see ``Mentions``): each searched word finds the words it starts,
/// in any script.
///
/// The texts are listed in the graph's order (every entity's labels, aliases and
/// note, then every claim's value, qualifiers, quotes and their translations, source notes and note), and
/// hits are ranked by how they match, then by that order.
///
/// As with ``Mentions``, the texts are rows of a plain table, `graph_text_rows`,
/// and an FTS5 table over it, `graph_texts`, indexes their folded words.
enum GraphTexts {
  /// The tables of the index's texts file (see ``GraphIndexFile/Auxiliary``).
  static let tables = """
    \(GraphTextRowsTable.creation)
    \(GraphTextRowsTable.fullTextCreation(searchTable, searched: .folded, options: #"columnsize = 0, tokenize = "unicode61 remove_diacritics 0""#))
    """

  /// The FTS5 table over ``GraphTextRowsTable``.
  static let searchTable = "graph_texts"

  /// One searchable text, before matching.
  struct Text: Sendable {
    let field: TextHit.Field
    let entity: EntityID
    let claim: ClaimID?
    let document: DocumentID?
    let text: String
  }

  /// Every text of the graph, in the graph's order.
  static func texts(of graph: CuratedGraph) -> [Text] { texts(of: graph, items: 0..<(graph.entities.count + graph.claims.count)) }

  /// The texts of some of the graph's entities and claims, in the graph's order:
  /// `items` numbers the entities, then the claims after them.
  static func texts(of graph: CuratedGraph, items: Range<Int>) -> [Text] {
    var texts: [Text] = []
    let entityCount = graph.entities.count
    for entity in graph.entities.values[min(items.lowerBound, entityCount)..<min(items.upperBound, entityCount)] {
      for label in graph.schema.languages.ordered(entity.labels) {
        texts.append(Text(field: .label, entity: entity.id, claim: nil, document: nil, text: label.text))
      }
      for alias in entity.aliases { texts.append(Text(field: .alias, entity: entity.id, claim: nil, document: nil, text: alias)) }
      if let note = entity.note { texts.append(Text(field: .entityNote, entity: entity.id, claim: nil, document: nil, text: note)) }
    }
    for claim in graph.claims.values[(max(items.lowerBound, entityCount) - entityCount)..<(max(items.upperBound, entityCount) - entityCount)] {
      func add(_ field: TextHit.Field, _ text: String, document: DocumentID? = nil) {
        texts.append(Text(field: field, entity: claim.subject, claim: claim.id, document: document, text: text))
      }
      if case .property(_, let value?) = claim.predicate { add(.value, "\(value)") }
      for qualifier in claim.qualifiers { add(.qualifier, "\(qualifier.name): \(qualifier.value)") }
      for source in claim.sources {
        add(.quote, source.quote, document: source.document)
        for translation in graph.schema.languages.ordered(source.translations) { add(.translation, translation.text, document: source.document) }
        if let note = source.note { add(.sourceNote, note, document: source.document) }
      }
      if let note = claim.note { add(.claimNote, note) }
    }
    return texts
  }

  /// Adds every text of the graph to the index, its rowid giving the graph's order
  /// (listed and folded on the calling thread, a chunk of entities and claims at a time).
  static func write(_ graph: CuratedGraph, into db: SQLiteDatabase) throws(SQLiteError) {
    let insert = try TableStatement<GraphTextRowsTable>.insert(into: db, rowID: true)
    let items = graph.entities.count + graph.claims.count
    let chunkSize = 2_048
    var order = 0
    for start in stride(from: 0, to: items, by: chunkSize) {
      for text in texts(of: graph, items: start..<min(items, start + chunkSize)) {
        order += 1
        try insert.bindRowID(order)
        try insert.bind(.folded, Mentions.folded(text.text, graph.schema.nameFolding).joined(separator: " "))
        try insert.bind(.field, text.field.rawValue)
        try insert.bind(.entity, text.entity.rawValue)
        try insert.bind(.claim, text.claim?.rawValue)
        try insert.bind(.document, text.document?.rawValue)
        try insert.bind(.text, text.text)
        try insert.run()
      }
    }
    try db.execute("INSERT INTO \(searchTable)(rowid, folded) SELECT rowid, folded FROM \(GraphTextRowsTable.tableName);")
  }

  /// The texts naming `query`, found by folding every text of the graph (when there is no index).
  static func scan(_ query: String, in graph: CuratedGraph) -> [TextHit] {
    let folding = graph.schema.nameFolding
    let words = TextQuery.words(query, folding: folding)
    guard !words.isEmpty else { return [] }
    let found = texts(of: graph).enumerated().compactMap { order, text in
      Mentions.match(words, in: Mentions.folded(text.text, folding)).map { (order, hit(text, match: $0)) }
    }
    return ranked(found)
  }

  /// The texts naming `query` through the index.
  static func search(_ query: String, in db: SQLiteDatabase, folding: NameFolding) throws(SQLiteError) -> [TextHit] {
    let words = TextQuery.words(query, folding: folding)
    guard !words.isEmpty else { return [] }
    let statement = try TableStatement<GraphTextRowsTable>.select(from: db, table: searchTable, "WHERE \(searchTable) MATCH :folded")
    try statement.bind(.folded, words.map { "\"\($0)\"*" }.joined(separator: " "))
    var found: [(Int, TextHit)] = []
    while try statement.step() {
      guard let match = Mentions.match(words, in: statement.text(.folded).split(separator: " ").map(String.init)) else { continue }
      guard let field = TextHit.Field(rawValue: statement.text(.field)) else { throw SQLiteError(description: "a text of an unknown field") }
      let text = Text(
        field: field, entity: EntityID(statement.text(.entity)), claim: statement.optionalText(.claim).map { ClaimID($0) },
        document: statement.optionalText(.document).map { DocumentID($0) }, text: statement.text(.text))
      found.append((statement.rowID - 1, hit(text, match: match)))
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

/// The graph's texts (see ``GraphTexts``), their rowid giving the graph's order:
/// `folded` holds the words they are searched by.
enum GraphTextRowsTable: Int, IndexTable {
  case folded, field, entity, claim, document, text
  static let tableName = "graph_text_rows"
  var column: IndexColumn {
    switch self {
    case .folded: .text("folded")
    case .field: .text("field")
    case .entity: .text("entity")
    case .claim: .text("claim")
    case .document: .text("document")
    case .text: .text("text")
    }
  }
}
