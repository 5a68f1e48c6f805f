import HistoryGraph

// The JSON answers about the sources (`documents --json`, `cite --json`), with the keys of ``Records``.

extension Records {
  /// `{id, title, titles, file, sha256, derived_from, claims, quotes}`: a source document and how much cites it.
  public struct DocumentSummary: Encodable, Sendable {
    public let id: String
    /// The title in the language asked for.
    public let title: String
    /// Every title, keyed by language tag.
    public let titles: [String: String]
    public let file: String
    public let sha256: String
    public let derivedFrom: String?
    /// Claims citing the document.
    public let claims: Int
    /// Quotes from it.
    public let quotes: Int

    /// Every document of `graph`, in its order, titled in `language`.
    public static func all(in graph: CuratedGraph, language: LabelLanguage) -> [DocumentSummary] {
      var claims: [DocumentID: Int] = [:], quotes: [DocumentID: Int] = [:]
      for claim in graph.claims.values {
        for document in Set(claim.sources.map(\.document)) { claims[document, default: 0] += 1 }
        for source in claim.sources { quotes[source.document, default: 0] += 1 }
      }
      return graph.documents.values.map { d in
        DocumentSummary(
          id: d.id.rawValue, title: d.title(in: language), titles: Dictionary(uniqueKeysWithValues: d.labels.map { ($0.key.rawValue, $0.value) }),
          file: d.file, sha256: d.sha256, derivedFrom: d.derivedFrom?.rawValue, claims: claims[d.id] ?? 0, quotes: quotes[d.id] ?? 0)
      }
    }
  }

  /// `{language, text}`: the curators' translation of a quote.
  public struct Translation: Encodable, Sendable {
    public let language: String
    public let text: String
  }

  /// `{claim, statement, time, sources: [{document, title, locator, quote, translation, footnote}]}`: a claim cited.
  public struct Citation: Encodable, Sendable {
    /// One source of the claim, with its Chicago note.
    public struct Note: Encodable, Sendable {
      public let document: String
      public let title: String
      public let locator: Source.Locator?
      public let quote: String
      /// The curators' translation of the quote into the language asked for, if any.
      public let translation: Translation?
      /// The Chicago note, citing the line of the quote.
      public let footnote: String
    }
    public let claim: String
    /// What the claim states, in words: `subject relation object` or `subject: property = value`.
    public let statement: String
    public let time: Time?
    public let sources: [Note]

    /// `claim` of `graph`, names and titles in `language`.
    public init(_ claim: HistoryModel.Claim, in graph: CuratedGraph, language: LabelLanguage) {
      func name(_ id: EntityID) -> String { graph.entities[id]?.label(in: language) ?? id.rawValue }
      switch claim.predicate {
      case .relation(let relation, let object):
        statement = "\(name(claim.subject)) \(graph.schema.wording(of: relation, reversed: false)) \(name(object))"
      case .property(let property, let value): statement = "\(name(claim.subject)): \(property)\(value.map { " = \($0)" } ?? "")"
      }
      self.claim = claim.id.rawValue
      time = claim.time.map(Time.init)
      sources = claim.sources.map { source in
        let title = graph.documents[source.document]?.title(in: language) ?? source.document.rawValue
        let lines = source.locator.map { $0.line == $0.endLine ? "line \($0.line)" : "lines \($0.line)–\($0.endLine)" }
        return Note(
          document: source.document.rawValue, title: title,
          locator: source.locator.map(Source.Locator.init),
          quote: source.quote,
          translation: language.language.flatMap { target in
            graph.translation(of: source, into: target).map { Translation(language: target.rawValue, text: $0) }
          },
          footnote: graph.documents[source.document].map { ChicagoNote.footnote(for: $0, title: title, locator: lines) }
            ?? "\(title)\(lines.map { ", \($0)" } ?? "")."
        )
      }
    }
  }
}
