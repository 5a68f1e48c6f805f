extension CuratedGraph {
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

  /// One warning per claims file that has quotes in another language than the
  /// curators' notes without a translation into it: how many, and where the first is
  /// (so that a graph of a million untranslated quotes gets a warning a file, not a million).
  func untranslatedQuotes() -> [Diagnostic] {
    guard let target = translationLanguage else { return [] }
    var byFile: [String: (first: Source, claim: ClaimID, count: Int)] = [:]
    for claim in claims.values {
      for source in claim.sources where source.translations[target] == nil && quoteLanguage(of: source) != target {
        var entry = byFile[source.location.file] ?? (source, claim.id, 0)
        if entry.count > 0, source.location < entry.first.location { (entry.first, entry.claim) = (source, claim.id) }
        entry.count += 1
        byFile[source.location.file] = entry
      }
    }
    return byFile.values.map { found in
      let others = found.count - 1
      return Diagnostic(
        .untranslatedQuote, at: found.first.location,
        "the quote of claim '\(found.claim)' from '\(found.first.document)' has no '\(target)' translation"
          + (others > 0 ? ", nor have \(others) other\(others == 1 ? "" : "s") in this file" : ""),
        hint: "add `translation: {\(target): \"…\"}` beside each quote: a plain, faithful rendering for readers", severity: .warning)
    }
  }
}
