/// Claims and entity cards in words for a reader, as the command line prints them.
package enum ClaimText {
  /// An entity card: its label and kind, its labels in every language, aliases, note,
  /// then every claim about it as ``describe(_:from:in:language:)`` words it.
  ///
  /// - Throws: ``QueryError/unknownEntity(_:)`` if the entity is not in `graph`.
  public static func card(_ entity: Entity, in graph: CuratedGraph, language: LabelLanguage) throws(QueryError) -> String {
    var lines = ["\(entity.label(in: language))  [\(entity.kind)]  id: \(entity.id)"]
    for (code, label) in graph.schema.languages.ordered(entity.labels) { lines.append("  \(code.rawValue.padding(7)) \(label)") }
    if !entity.aliases.isEmpty { lines.append("  aliases \(entity.aliases.joined(separator: "; "))") }
    if let note = entity.note { lines.append("  note    \(note)") }
    let claims = try graph.claims(about: entity.id)
    lines.append("\n\(claims.count) claim\(claims.count == 1 ? "" : "s"):")
    for claim in claims { lines.append(describe(claim, from: entity.id, in: graph, language: language)) }
    return lines.joined(separator: "\n")
  }

  /// One claim as read from `viewpoint`'s side, with time, qualifiers and quotes.
  public static func describe(_ claim: Claim, from viewpoint: EntityID?, in graph: CuratedGraph, language: LabelLanguage) -> String {
    var head = statement(claim, from: viewpoint, in: graph, language: language)
    if !claim.qualifiers.isEmpty { head += " (" + claim.qualifiers.map { "\($0.name): \($0.value)" }.joined(separator: ", ") + ")" }
    if let time = claim.time { head += "  [\(time.display)]" }
    var lines = ["• \(head)   {\(claim.id)}"]
    for source in claim.sources {
      let confidence = source.confidence < 1 ? " (confidence \(source.confidence))" : ""
      lines.append("    \(source.document)\(source.locator.map { ", \($0)" } ?? ""): «\(source.quote)»\(confidence)")
      if let translated = translationLine(source, in: graph, language: language, indent: "      ") { lines.append(translated) }
      if let note = source.note { lines.append("      note: \(note)") }
    }
    if let note = claim.note { lines.append("    note: \(note)") }
    return lines.joined(separator: "\n")
  }

  /// The curators' translation of `source`'s quote into the language asked for,
  /// as a line to print under the quote (`nil` when there is none, or the quote is in that language).
  public static func translationLine(_ source: Source, in graph: CuratedGraph, language: LabelLanguage, indent: String) -> String? {
    guard let target = language.language, let text = graph.translation(of: source, into: target) else { return nil }
    return "\(indent)\(target) (curators' translation): \"\(text)\""
  }

  /// What a claim states, in words: "relation → object" read from `viewpoint`'s
  /// side (reversed when it is the object), prefixed by "subject — " without one.
  public static func statement(_ claim: Claim, from viewpoint: EntityID?, in graph: CuratedGraph, language: LabelLanguage) -> String {
    func name(_ id: EntityID) -> String { graph.entities[id]?.label(in: language) ?? id.rawValue }
    let head: String
    switch claim.predicate {
    case .relation(let relation, let object):
      if viewpoint == object && viewpoint != claim.subject {
        head = "\(graph.schema.wording(of: relation, reversed: true)) → \(name(claim.subject))"
      } else {
        head = "\(graph.schema.wording(of: relation, reversed: false)) → \(name(object))"
      }
    case .property(let property, let value):
      head = value.map { "\(property) = \($0)" } ?? property
    }
    return viewpoint == nil ? "\(name(claim.subject)) — \(head)" : head
  }
}

extension String {
  /// The text padded with spaces to `width` characters (never cut).
  func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
