import Foundation
import HistoryGraph

/// A sentence that names entities of the graph but that no claim quotes: what the graph may still miss.
public struct UncitedPassage: Sendable {
  /// The document the sentence is in.
  public let document: DocumentID
  /// The sentence's line, and its first and last columns as in ``Passage``.
  public let line: Int
  /// The sentence's first column (see ``Passage/column``).
  public let column: Int
  /// The sentence's last column.
  public let endColumn: Int
  /// The sentence as the document writes it.
  public let text: String
  /// The entities the sentence names, in graph order.
  public let entities: [EntityID]
}

/// Finds the entities a sentence names, by any label or alias, folded as names
/// are: every word of a name but the last as a whole word, the last as the
/// start of a word (Kazakh inflects the end: `Бөкейхановтың`), in a row.
struct EntityNames {
  /// Names by their first folded word: the rest of the words and the entity.
  private var byFirstWord: [String: [(rest: [String], entity: Int)]] = [:]
  private let ids: [EntityID]

  init(_ entities: some Collection<Entity>, folding: NameFolding) {
    ids = entities.map(\.id)
    for (index, entity) in entities.enumerated() {
      var seen: Set<[String]> = []
      for name in Array(entity.labels.values) + entity.aliases {
        let words = Mentions.folded(name, folding)
        // Names too short to tell apart from ordinary words are left out.
        guard let first = words.first, words.joined().count >= 3, seen.insert(words).inserted else { continue }
        byFirstWord[first, default: []].append((Array(words.dropFirst()), index))
      }
    }
  }

  /// The entities named in a sentence's folded words, in graph order.
  func named(in words: [String]) -> [EntityID] {
    var found: Set<Int> = []
    for start in words.indices {
      let word = words[start]
      // The first word of a name is the word itself, or (for a one-word name) a start of it.
      for end in word.indices.dropFirst(2) + [word.endIndex] {
        let head = String(word[..<end])
        for (rest, entity) in byFirstWord[head] ?? [] where !found.contains(entity) {
          let whole = end == word.endIndex
          if rest.isEmpty {
            found.insert(entity)
          } else if whole, start + rest.count < words.count,
            rest.indices.allSatisfy({ i in i == rest.count - 1 ? words[start + 1 + i].hasPrefix(rest[i]) : words[start + 1 + i] == rest[i] })
          {
            found.insert(entity)
          }
        }
      }
    }
    return found.sorted().map { ids[$0] }
  }
}

extension GraphIndex {
  /// Every sentence of the documents (in order) that names an entity of the graph,
  /// overlaps no claim's quote where it was located (its first occurrence) and
  /// holds no quote of the document elsewhere (a quote's words may occur twice).
  ///
  /// - Throws: ``MentionsError`` if the documents' texts were not found.
  public static func uncitedPassages(in load: Load) throws -> [UncitedPassage] {
    guard let corpus = load.report.corpus else { throw MentionsError(description: "the documents' texts were not found, so they cannot be searched") }
    let names = EntityNames(load.graph.entities.values, folding: load.graph.schema.nameFolding)
    let quotes = QuotedLines(load.graph)
    var found: [UncitedPassage] = []
    for document in load.graph.documents.values {
      guard let text = try? String(contentsOfFile: "\(corpus)/\(document.file)", encoding: .utf8) else {
        throw MentionsError(description: "cannot read \(corpus)/\(document.file)")
      }
      let repeated = QuoteWords(load.graph, document: document.id)
      for sentence in Mentions.sentences(of: text) {
        guard quotes.claims(quoting: document.id, line: sentence.line, columns: sentence.column...sentence.endColumn).isEmpty,
          !repeated.occur(in: sentence.text)
        else { continue }
        let entities = names.named(in: Mentions.folded(sentence.text, load.graph.schema.nameFolding))
        guard !entities.isEmpty else { continue }
        found.append(
          UncitedPassage(
            document: document.id, line: sentence.line, column: sentence.column, endColumn: sentence.endColumn, text: sentence.text,
            entities: entities))
      }
    }
    return found
  }
}

/// The quotes of one document by their first word, whitespace folded, to find
/// a quote's words again in a sentence beyond the place they were located.
struct QuoteWords {
  private var byFirstWord: [Substring: [String]] = [:]

  init(_ graph: CuratedGraph, document: DocumentID) {
    for claim in graph.claims.values {
      for source in claim.sources where source.document == document {
        let words = source.quote.nfc.split(whereSeparator: \.isWhitespace)
        guard let first = words.first else { continue }
        byFirstWord[first, default: []].append(words.joined(separator: " "))
      }
    }
  }

  /// Whether a quote starts at a word of `sentence` (whitespace folded) and stands there whole.
  func occur(in sentence: String) -> Bool {
    var rest = Substring(sentence)
    while !rest.isEmpty {
      let word = rest.prefix { $0 != " " }
      if let quotes = byFirstWord[word], quotes.contains(where: { rest.hasPrefix($0) }) { return true }
      rest = rest.dropFirst(word.count).drop { $0 == " " }
    }
    return false
  }
}
