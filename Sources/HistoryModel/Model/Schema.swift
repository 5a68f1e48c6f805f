/// The vocabulary of a graph, read from `Graph/schema.yaml` or made in code:
/// node kinds, relation types with the kinds they join, qualifiers and
/// properties, and the *roles* that tell the queries what each one means.
///
/// Code never spells a relation's name; it asks the schema:
///
/// ```swift
/// let holds = schema.relations(withRole: .holdsTerritory)
/// let held = graph.claims.values.filter { holds.contains($0.predicateName) }
/// ```
public struct Schema: Hashable, Sendable {
  /// A node kind (`person`, `party`, …).
  public struct Kind: Hashable, Sendable {
    public var name: String
    public var label: String
    public var description: String
    /// What entities of this kind mean to the queries.
    public var roles: Set<KindRole>
    /// How diagrams draw entities of this kind (`nil`: the diagram's default).
    public var style: KindStyle?
    /// Where the kind is defined.
    public var location: SourceLocation

    /// Creates a kind; `label` defaults to `name`.
    public init(
      name: String, label: String? = nil, description: String = "", roles: Set<KindRole> = [], style: KindStyle? = nil,
      location: SourceLocation = .inMemory
    ) {
      self.name = name
      self.label = label ?? name
      self.description = description
      self.roles = roles
      self.style = style
      self.location = location
    }
  }

  /// A relation type: a directed (or symmetric) tie between two entities.
  public struct Relation: Hashable, Sendable {
    public var name: String
    public var description: String?
    /// Kinds allowed as subject.
    public var subjects: Set<String>
    /// Kinds allowed as object.
    public var objects: Set<String>
    /// Reads the same both ways (`allied_with`).
    public var symmetric: Bool
    /// Wording when read from the object's side (`led by`).
    public var inverse: String
    /// What claims of this relation mean to the queries.
    public var roles: Set<RelationRole>
    /// How diagrams draw claims of this relation (`nil`: the diagram's default).
    public var style: RelationStyle?
    /// Where the relation is defined.
    public var location: SourceLocation

    /// Creates a relation; `inverse` defaults to "NAME (inverse)".
    public init(
      name: String, description: String? = nil, subjects: Set<String>, objects: Set<String>, symmetric: Bool = false,
      inverse: String? = nil, roles: Set<RelationRole> = [], style: RelationStyle? = nil, location: SourceLocation = .inMemory
    ) {
      self.name = name
      self.description = description
      self.subjects = subjects
      self.objects = objects
      self.symmetric = symmetric
      self.inverse = inverse ?? "\(name) (inverse)"
      self.roles = roles
      self.style = style
      self.location = location
    }

    /// The relation in words, read from the subject (`based in`) or, when `reversed`, from the object (`seat of`).
    public func wording(reversed: Bool) -> String {
      reversed && !symmetric ? inverse : String(name.map { $0 == "_" ? " " : $0 })
    }
  }

  /// A property: a value stated of one entity (a count, a title, that an event occurred).
  public struct Property: Hashable, Sendable {
    public enum ValueType: String, Hashable, Sendable {
      /// No value: the claim's time is what it states (an event `occurred`).
      case none
      case integer, string
    }
    public var name: String
    public var type: ValueType
    public var subjects: Set<String>
    public var description: String?
    /// Where the property is defined.
    public var location: SourceLocation

    /// Creates a property.
    public init(name: String, type: ValueType, subjects: Set<String>, description: String? = nil, location: SourceLocation = .inMemory) {
      self.name = name
      self.type = type
      self.subjects = subjects
      self.description = description
      self.location = location
    }
  }

  /// A qualifier name a claim may carry (`role: chairman`).
  public struct Qualifier: Hashable, Sendable {
    public var name: String
    public var description: String
    /// What the qualifier means to the queries.
    public var roles: Set<QualifierRole>
    /// Where the qualifier is defined.
    public var location: SourceLocation

    /// Creates a qualifier.
    public init(name: String, description: String = "", roles: Set<QualifierRole> = [], location: SourceLocation = .inMemory) {
      self.name = name
      self.description = description
      self.roles = roles
      self.location = location
    }
  }

  /// Kinds in file order.
  public let kinds: [Kind]
  /// Relations in file order.
  public let relations: [Relation]
  /// Properties in file order.
  public let properties: [Property]
  /// Qualifiers in file order.
  public let qualifiers: [Qualifier]
  /// The languages labels are given in.
  public let languages: LabelLanguages
  /// The graph's switch from the Julian to the Gregorian calendar (`calendar:
  /// {gregorian_from: …}`); `nil` when it declares none, and every date not
  /// marked otherwise is Gregorian. A document may declare its own.
  public let calendarSwitch: CalendarSwitch?
  /// How the graph's names are folded for lookup (`names: {folding: …}`); ``NameFolding/unicode`` unless declared.
  public var nameFolding: NameFolding = .unicode

  /// Creates a schema. Nothing is checked here; ``problems`` lists what is wrong.
  public init(
    kinds: [Kind], relations: [Relation], properties: [Property] = [], qualifiers: [Qualifier] = [],
    languages: LabelLanguages = LabelLanguages(), calendarSwitch: CalendarSwitch? = nil
  ) {
    self.kinds = kinds
    self.relations = relations
    self.properties = properties
    self.qualifiers = qualifiers
    self.languages = languages
    self.calendarSwitch = calendarSwitch
  }

  public func kind(named name: String) -> Kind? { kinds.first { $0.name == name } }
  public func relation(named name: String) -> Relation? { relations.first { $0.name == name } }

  /// The relation a reader means by `words`: its name (`member_of`), the words
  /// a listing prints for it (`member of`), or its inverse wording (`has member`),
  /// in any case and spacing; `nil` if none.
  public func relation(worded words: String) -> Relation? {
    func folded(_ text: String) -> String {
      text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" || $0 == "\t" }).joined(separator: " ")
    }
    let wanted = folded(words)
    return relation(named: words) ?? relations.first { folded($0.name) == wanted || folded($0.inverse) == wanted }
  }
  /// A relation in words as read from the subject, or from the object when `reversed` (the name itself if the schema lacks it).
  public func wording(of relation: String, reversed: Bool) -> String {
    self.relation(named: relation)?.wording(reversed: reversed) ?? relation
  }
  public func property(named name: String) -> Property? { properties.first { $0.name == name } }
  public func qualifier(named name: String) -> Qualifier? { qualifiers.first { $0.name == name } }

  /// Names of the relations that have `role`.
  public func relations(withRole role: RelationRole) -> Set<String> {
    Set(relations.filter { $0.roles.contains(role) }.map(\.name))
  }

  /// Names of the kinds that have `role`.
  public func kinds(withRole role: KindRole) -> Set<String> {
    Set(kinds.filter { $0.roles.contains(role) }.map(\.name))
  }

  /// Names of the qualifiers that have `role`.
  public func qualifiers(withRole role: QualifierRole) -> Set<String> {
    Set(qualifiers.filter { $0.roles.contains(role) }.map(\.name))
  }

  /// The value of the first qualifier of `claim` that has `role`.
  public func qualifier(_ role: QualifierRole, of claim: Claim) -> String? {
    let names = qualifiers(withRole: role)
    return claim.qualifiers.first { names.contains($0.name) }?.value
  }

  /// The kind given to the entries of `documents.yaml`: the one kind with role `document`.
  public var documentKind: String? { kinds.first { $0.roles.contains(.document) }?.name }

  /// Everything that makes the schema unusable, each at the definition at fault:
  /// a name defined twice (a property and a relation may not share one), a
  /// relation or property naming an unknown kind, no kinds at all, two kinds
  /// with the role `document`.
  public var problems: [Diagnostic] {
    var found: [Diagnostic] = []
    if kinds.isEmpty {
      found.append(Diagnostic(.missingField, at: .inMemory, "the schema defines no kinds", hint: "add a `kinds:` mapping (person, party, …)"))
    }
    var kindSeen: [String: SourceLocation] = [:]
    for kind in kinds {
      if let first = kindSeen[kind.name] {
        found.append(Diagnostic(.duplicateID, at: kind.location, "kind '\(kind.name)' is already defined at \(first)", hint: "define each kind once"))
      }
      kindSeen[kind.name] = kind.location
    }
    var predicateSeen: [String: (SourceLocation, String)] = [:]
    func claimName(_ name: String, _ what: String, at location: SourceLocation) {
      if let (first, firstWhat) = predicateSeen[name] {
        found.append(
          Diagnostic(
            .duplicateID, at: location, "\(what) '\(name)' has the name of the \(firstWhat) defined at \(first)",
            hint: "a claim names its relation or property by name alone: rename one of them"))
      } else {
        predicateSeen[name] = (location, what)
      }
    }
    let known = kinds.map(\.name).joined(separator: ", ")
    func checkKinds(_ names: Set<String>, _ owner: String, at location: SourceLocation) {
      for name in names.sorted() where kindSeen[name] == nil {
        found.append(Diagnostic(.unknownKind, at: location, "\(owner) names unknown kind '\(name)'", hint: "known kinds: \(known)"))
      }
    }
    for relation in relations {
      claimName(relation.name, "relation", at: relation.location)
      checkKinds(relation.subjects.union(relation.objects), "relation '\(relation.name)'", at: relation.location)
    }
    for property in properties {
      claimName(property.name, "property", at: property.location)
      checkKinds(property.subjects, "property '\(property.name)'", at: property.location)
    }
    var qualifierSeen = Set<String>()
    for qualifier in qualifiers where !qualifierSeen.insert(qualifier.name).inserted {
      found.append(
        Diagnostic(.duplicateID, at: qualifier.location, "qualifier '\(qualifier.name)' is defined twice", hint: "define each qualifier once"))
    }
    for kind in kinds.filter({ $0.roles.contains(.document) }).dropFirst() {
      found.append(
        Diagnostic(
          .badValue, at: kind.location, "kind '\(kind.name)' is a second kind with the role 'document'",
          hint: "give the role to one kind only: the entries of documents.yaml become entities of that kind"))
    }
    return found
  }

  public static func == (a: Schema, b: Schema) -> Bool {
    a.kinds == b.kinds && a.relations == b.relations && a.properties == b.properties && a.qualifiers == b.qualifiers && a.languages == b.languages
      && a.calendarSwitch == b.calendarSwitch && a.nameFolding == b.nameFolding
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(kinds)
    hasher.combine(relations)
  }
}

/// What a relation means to the queries. A schema gives each relation any
/// number of roles; `as-of`, timelines and leaders of holders read them.
public enum RelationRole: String, Hashable, Sendable, CaseIterable, Codable {
  /// The subject holds the object (a place) while the claim's time lasts (`controls`).
  case holdsTerritory = "holds-territory"
  /// The subject takes the object (a place) on the claim's date: a holding starts
  /// then and runs until someone else takes or holds the place (`captured`).
  case takesTerritory = "takes-territory"
  /// The subject heads the object: chairs, commands, edits.
  case leadership
  /// The subject belongs to the object: a member of a party or a body.
  case memberOf = "member-of"
  /// The subject (an event, a body) is situated in the object, a place (`occurred_in`, `based_in`).
  case locatedIn = "located-in"
  /// The subject is part of the object (a town of an oblast, a body of a body) (`part_of`).
  case partOf = "part-of"
  /// The subject took part in the object, an event (`participated_in`).
  case participatesIn = "participates-in"
  /// The subject stood with the object (`allied_with`); a claim of this role and one
  /// of `opposition` between the same two in overlapping times contradict each other.
  case alliance
  /// The subject stood against the object (`opposed`).
  case opposition
  /// The subject declared authority over the object, a place, without holding it:
  /// `as-of` lists it among the place's claimants, never its holders.
  case claimsTerritory = "claims-territory"
  /// The subject and the object are one thing described by two texts (one event
  /// told twice): `conflicts` compares their claims as if they were one entity's.
  case sameAs = "same-as"
}

/// What entities of a kind mean to the queries.
public enum KindRole: String, Hashable, Sendable, CaseIterable, Codable {
  /// Something that happened: timelines reach through it to its own dates.
  case event
  /// The kind of the source texts listed in `documents.yaml`.
  case document
  /// A place: what territory relations hold and take.
  case place
}

/// What a qualifier means to the queries.
public enum QualifierRole: String, Hashable, Sendable, CaseIterable, Codable {
  /// The capacity in which the subject acted (`role: chairman`); shown next to leaders.
  case capacity
  /// Our own remark: not part of what a claim states, so ignored when claims are compared.
  case remark
}

/// How diagrams draw entities of a kind: plain data, read by the renderer.
public struct KindStyle: Hashable, Sendable {
  /// A Graphviz shape name: `box`, `ellipse`, `octagon`, `note`, `house`, …
  public var shape: String
  /// Fill colour as `#RRGGBB`.
  public var fill: String
  /// Border colour as `#RRGGBB` (`nil`: the diagram's default).
  public var border: String?
  /// Rounded corners for box-like shapes.
  public var rounded: Bool
  /// Number of borders (2 draws a double border).
  public var peripheries: Int

  /// Creates a kind style.
  public init(shape: String, fill: String, border: String? = nil, rounded: Bool = false, peripheries: Int = 1) {
    self.shape = shape
    self.fill = fill
    self.border = border
    self.rounded = rounded
    self.peripheries = peripheries
  }
}

/// How diagrams draw claims of a relation: plain data, read by the renderer.
public struct RelationStyle: Hashable, Sendable {
  /// Line colour as `#RRGGBB`.
  public var color: String
  /// Line width in points.
  public var width: Double
  /// A Graphviz arrowhead name: `normal`, `vee`, `empty`, `tee`, …
  public var arrowhead: String

  /// Creates a relation style.
  public init(color: String, width: Double = 1, arrowhead: String = "normal") {
    self.color = color
    self.width = width
    self.arrowhead = arrowhead
  }
}
