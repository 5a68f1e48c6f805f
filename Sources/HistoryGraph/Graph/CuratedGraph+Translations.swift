extension CuratedGraph {
  /// The language a source's quote is in: its document's `language:`, else the graph's primary one.
  public func quoteLanguage(of source: Source) -> Language? {
    documents[source.document]?.bibliography.language ?? schema.languages.primary
  }

  /// The language the curators translate quotes into: the one whose role is
  /// `notes`, when the schema declares one (`nil` otherwise: no translations are expected).
  public var translationLanguage: Language? {
    schema.languages.declarations.first { $0.roles.contains(.notes) }?.language
  }

  /// The translation of `source`'s quote into `language`, when the curators gave
  /// one and the quote is in another language.
  public func translation(of source: Source, into language: Language?) -> String? {
    guard let language, quoteLanguage(of: source) != language else { return nil }
    return source.translations[language]
  }

  /// A warning for each source whose quote is in another language than the
  /// curators' notes and has no translation into it.
  func untranslatedQuotes() -> [Diagnostic] {
    guard let target = translationLanguage else { return [] }
    var warnings: [Diagnostic] = []
    for claim in claims.values {
      for source in claim.sources where source.translations[target] == nil && quoteLanguage(of: source) != target {
        warnings.append(
          Diagnostic(
            .untranslatedQuote, at: source.location, "the quote of claim '\(claim.id)' from '\(source.document)' has no '\(target)' translation",
            hint: "add `translation: {\(target): \"…\"}` beside the quote: a plain, faithful rendering for readers", severity: .warning))
      }
    }
    return warnings
  }
}
