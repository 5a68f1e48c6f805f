import HistoryGraph
import HistoryIndex

// The JSON answers of the commands that search texts (`search --text`,
// `mentions`, `uncited`), with the keys of ``Records``.

extension Records {
  /// `{field, text, match, entity, claim, document, about}`: one hit of `search --text`,
  /// the text that matched and the claim or entity it belongs to.
  public struct TextHit: Encodable, Sendable {
    public let field: String
    public let text: String
    public let match: String
    public let entity: String
    public let claim: String?
    public let document: String?
    /// The claim in words ("subject — relation → object [date]"), or the entity's label and kind.
    public let about: String

    public init(_ hit: HistoryIndex.TextHit, in graph: CuratedGraph, language: LabelLanguage) {
      field = hit.field.rawValue
      text = hit.text
      match = "\(hit.match)"
      entity = hit.entity.rawValue
      claim = hit.claim?.rawValue
      document = hit.document?.rawValue
      if let id = hit.claim, let claim = graph.claims[id] {
        about = ClaimText.statement(claim, from: nil, in: graph, language: language) + (claim.time.map { "  [\($0.display)]" } ?? "")
      } else {
        about =
          "\(graph.entities[hit.entity]?.label(in: language) ?? hit.entity.rawValue)  [\(graph.entities[hit.entity]?.kind ?? "")]  id: \(hit.entity)"
      }
    }
  }

  /// `{document, line, column, end_column, match, text, claims}`: a sentence of a
  /// document that names the words `mentions` looked for, and the claims quoting it.
  public struct Mention: Encodable, Sendable {
    public let document: String
    public let line: Int
    public let column: Int
    public let endColumn: Int
    public let match: String
    public let text: String
    public let claims: [String]

    public init(_ mention: GraphIndex.Mention) {
      let passage = mention.passage
      (document, line, column, endColumn) = (passage.document.rawValue, passage.line, passage.column, passage.endColumn)
      (match, text, claims) = ("\(passage.match)", passage.text, mention.claims.map(\.rawValue))
    }
  }

  /// `{document, line, column, end_column, text, entities}`: a sentence that names
  /// entities of the graph but that no claim quotes.
  public struct UncitedSentence: Encodable, Sendable {
    public let document: String
    public let line: Int
    public let column: Int
    public let endColumn: Int
    public let text: String
    public let entities: [String]

    public init(_ passage: UncitedPassage) {
      (document, line, column, endColumn) = (passage.document.rawValue, passage.line, passage.column, passage.endColumn)
      (text, entities) = (passage.text, passage.entities.map(\.rawValue))
    }
  }
}
