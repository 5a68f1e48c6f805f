/// The languages a graph labels its entities and documents in, as `schema.yaml`
/// declares them: their order, which are required, which stand in for a missing
/// label, and which are derived from another by a named scheme.
///
/// A graph that declares none takes labels in any language, requires none and
/// orders them by tag.
public struct LabelLanguages: Hashable, Sendable {
  /// One declared language.
  public struct Declaration: Hashable, Sendable {
    public var language: Language
    /// Whether every entity must have a label in it.
    public var required: Bool
    /// Languages tried, in order, when a label in this one is missing.
    public var fallbacks: [Language]
    /// How a missing label is made from another language's, if it is.
    public var derivation: Derivation?
    /// What else the language is used for.
    public var roles: Set<LanguageRole>
    /// Where it is declared.
    public var location: SourceLocation

    public init(
      language: Language, required: Bool = false, fallbacks: [Language] = [], derivation: Derivation? = nil, roles: Set<LanguageRole> = [],
      location: SourceLocation = .inMemory
    ) {
      self.language = language
      self.required = required
      self.fallbacks = fallbacks
      self.derivation = derivation
      self.roles = roles
      self.location = location
    }
  }

  /// A label made from a label in another language by a named scheme.
  public struct Derivation: Hashable, Sendable {
    public var source: Language
    public var scheme: LabelScheme

    public init(source: Language, scheme: LabelScheme) {
      self.source = source
      self.scheme = scheme
    }
  }

  /// The declarations in order; the first is the graph's primary language.
  public let declarations: [Declaration]

  /// Languages as declared; none declared allows any.
  public init(_ declarations: [Declaration] = []) {
    self.declarations = declarations
  }

  /// The declared languages in order.
  public var tags: [Language] { declarations.map(\.language) }
  /// The first declared language, in which names are given unless asked otherwise.
  public var primary: Language? { declarations.first?.language }
  /// Whether the graph declares its languages (and so allows no others).
  public var areDeclared: Bool { !declarations.isEmpty }

  public func declaration(of language: Language) -> Declaration? { declarations.first { $0.language == language } }

  /// The first declared language with `role`, else the primary one.
  public func language(withRole role: LanguageRole) -> Language? {
    declarations.first { $0.roles.contains(role) }?.language ?? primary
  }

  /// Names for the `label` column of exports (the language with role `export-label`).
  public var exportLabel: LabelLanguage { choice(language(withRole: .exportLabel)) }

  /// The languages in which labels are read for `language`: the language itself,
  /// then its declared fallbacks (the other declared languages in order when it
  /// declares none).
  public func choice(_ language: Language?) -> LabelLanguage {
    guard let language = language ?? primary else { return LabelLanguage(language: nil, order: []) }
    var order = [language]
    if let declared = declaration(of: language), !declared.fallbacks.isEmpty {
      order += declared.fallbacks.filter { $0 != language }
    } else {
      order += tags.filter { $0 != language }
    }
    return LabelLanguage(language: language, order: order)
  }

  /// The choice for a tag a user typed.
  ///
  /// - Throws: ``LabelLanguageError`` when the text is no BCP 47 tag, or the graph
  ///   declares its languages and this is not one of them. No tag is not an error:
  ///   it names the primary language.
  public func choice(typed text: String?) throws(LabelLanguageError) -> LabelLanguage {
    guard let text else { return choice(nil) }
    guard let language = Language(rawValue: text) else { throw LabelLanguageError(text: text, declared: tags, malformed: true) }
    guard !areDeclared || declaration(of: language) != nil else { throw LabelLanguageError(text: text, declared: tags, malformed: false) }
    return choice(language)
  }

  /// The languages to list labels in: the declared ones, or when none are
  /// declared, every language of `labelSets`, by tag.
  public func listed(_ labelSets: some Sequence<[Language: String]>) -> [Language] {
    areDeclared ? tags : Set(labelSets.lazy.flatMap(\.keys)).sorted()
  }

  /// `labels` in declared order (by tag when none are declared; undeclared ones last).
  public func ordered(_ labels: [Language: String]) -> [(language: Language, text: String)] {
    let declared = tags.compactMap { tag in labels[tag].map { (tag, $0) } }
    let others = labels.filter { declaration(of: $0.key) == nil }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    return declared + others
  }
}

/// What a declared language is used for besides labels.
public enum LanguageRole: String, Hashable, Sendable, CaseIterable {
  /// The graph's own notes are written in it (RDF tags them with it).
  case notes
  /// Exports name entities in it in their one `label` column (CSV, GraphML, GEXF).
  case exportLabel = "export-label"
}

/// A language to give names in, and the languages that stand in for a missing label.
public struct LabelLanguage: Hashable, Sendable {
  /// The language asked for (`nil` when the graph declares none and none was asked).
  public let language: Language?
  /// The languages tried in order.
  public let order: [Language]

  public init(language: Language?, order: [Language]) {
    self.language = language
    self.order = order
  }

  /// The first label found in `order`; else the first by tag; else `nil`.
  public func pick(_ labels: [Language: String]) -> String? {
    for candidate in order { if let label = labels[candidate] { return label } }
    return labels.min { $0.key < $1.key }?.value
  }
}

/// A language tag that is malformed or not declared by the graph.
public struct LabelLanguageError: Error, CustomStringConvertible, Hashable, Sendable {
  public let text: String
  public let declared: [Language]
  public let malformed: Bool

  public init(text: String, declared: [Language], malformed: Bool) {
    self.text = text
    self.declared = declared
    self.malformed = malformed
  }

  public var description: String {
    let list = declared.map(\.rawValue).joined(separator: ", ")
    if malformed {
      return "'\(text)' is not a language tag (BCP 47, e.g. en, fr, de-CH, ota-Arab)"
        + (declared.isEmpty ? "" : "; the graph's languages are \(list)")
    }
    return "the graph does not declare the language '\(text)'; its languages are \(list) (schema.yaml, `languages:`)"
  }
}
