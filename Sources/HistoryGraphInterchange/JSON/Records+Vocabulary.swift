import HistoryGraph

extension Records {
  /// The vocabulary of a schema: `{kinds, relations, properties, qualifiers, languages,
  /// name_folding, gregorian_from}`; a part not asked for is `null`.
  public struct Vocabulary: Encodable, Sendable {
    /// `{name, label, description, roles}`.
    public struct Kind: Encodable, Sendable {
      public let name: String
      public let label: String
      public let description: String?
      public let roles: [String]
    }

    /// `{name, subjects, objects, symmetric, reading, reverse_reading, roles, description}`:
    /// `reading` from the subject, `reverse_reading` from the object.
    public struct Relation: Encodable, Sendable {
      public let name: String
      public let subjects: [String]
      public let objects: [String]
      public let symmetric: Bool
      public let reading: String
      public let reverseReading: String
      public let roles: [String]
      public let description: String?
    }

    /// `{name, type, subjects, description}`; `type` is `integer`, `string` or `none`.
    public struct Property: Encodable, Sendable {
      public let name: String
      public let type: String
      public let subjects: [String]
      public let description: String?
    }

    /// `{name, description, roles}`.
    public struct Qualifier: Encodable, Sendable {
      public let name: String
      public let description: String?
      public let roles: [String]
    }

    /// `{tag, required, fallbacks, derived_from, scheme, roles}`.
    public struct DeclaredLanguage: Encodable, Sendable {
      public let tag: String
      public let required: Bool
      public let fallbacks: [String]
      public let derivedFrom: String?
      public let scheme: String?
      public let roles: [String]
    }

    public let kinds: [Kind]?
    public let relations: [Relation]?
    public let properties: [Property]?
    public let qualifiers: [Qualifier]?
    public let languages: [DeclaredLanguage]?
    public let nameFolding: String?
    /// The first Gregorian day (ISO), `null` with no switch or when not asked for.
    public let gregorianFrom: String?

    /// The parts named in `parts` (`kinds`, `relations`, `properties`, `qualifiers`,
    /// `languages`, `calendar`); the others are `null`.
    public init(_ schema: HistoryGraph.Schema, parts: Set<String>) {
      /// Kind names in the schema's order.
      func ordered(_ names: Set<String>) -> [String] { schema.kinds.map(\.name).filter(names.contains) }
      func roles(_ names: some Sequence<String>) -> [String] { names.sorted() }
      kinds =
        !parts.contains("kinds")
        ? nil
        : schema.kinds.map {
          Kind(name: $0.name, label: $0.label, description: $0.description.isEmpty ? nil : $0.description, roles: roles($0.roles.map(\.rawValue)))
        }
      relations =
        !parts.contains("relations")
        ? nil
        : schema.relations.map {
          Relation(
            name: $0.name, subjects: ordered($0.subjects), objects: ordered($0.objects), symmetric: $0.symmetric,
            reading: schema.wording(of: $0.name, reversed: false), reverseReading: schema.wording(of: $0.name, reversed: true),
            roles: roles($0.roles.map(\.rawValue)), description: $0.description)
        }
      properties =
        !parts.contains("properties")
        ? nil
        : schema.properties.map {
          Property(name: $0.name, type: $0.type.rawValue, subjects: ordered($0.subjects), description: $0.description)
        }
      qualifiers =
        !parts.contains("qualifiers")
        ? nil
        : schema.qualifiers.map {
          Qualifier(name: $0.name, description: $0.description.isEmpty ? nil : $0.description, roles: roles($0.roles.map(\.rawValue)))
        }
      let declared = schema.languages
      languages =
        !parts.contains("languages")
        ? nil
        : declared.declarations.map {
          DeclaredLanguage(
            tag: $0.language.rawValue, required: $0.required, fallbacks: declared.choice($0.language).order.dropFirst().map(\.rawValue),
            derivedFrom: $0.derivation?.source.rawValue, scheme: $0.derivation?.scheme.rawValue, roles: roles($0.roles.map(\.rawValue)))
        }
      nameFolding = parts.contains("languages") ? schema.nameFolding.rawValue : nil
      gregorianFrom = parts.contains("calendar") ? schema.calendarSwitch?.firstGregorianISO : nil
    }
  }
}
