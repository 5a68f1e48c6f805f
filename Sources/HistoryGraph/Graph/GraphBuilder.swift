import GraphEngine

/// Makes a graph in memory (a web service, an app, a script) with the checks
/// the loader applies to `Graph/`, and the same typed errors.
///
/// ```swift
/// let schema = Schema(
///   kinds: [Schema.Kind(name: "person"), Schema.Kind(name: "party"), Schema.Kind(name: "document", roles: [.document])],
///   relations: [Schema.Relation(name: "belongs_to", subjects: ["person"], objects: ["party"], roles: [.memberOf])])
/// var builder = GraphBuilder(schema: schema)
/// builder.add(Document(id: "letters", file: "letters.txt", sha256: digest, labels: [.en: "Letters"]))
/// builder.add(Entity(id: "ahmet", kind: "person", labels: [.kk: "Ахмет"]))
/// builder.add(Entity(id: "alash", kind: "party", labels: [.kk: "Алаш"]))
/// builder.add(Claim(id: "c1", subject: "ahmet", predicate: .relation("belongs_to", object: "alash"),
///                   sources: [Source(document: "letters", quote: "Алаш партиясына кірді")]))
/// let graph = try builder.build()   // throws LoadError listing every problem
/// ```
///
/// Quotes are not checked against texts here (the builder has no corpus);
/// ``GraphLoader`` checks them when it reads a graph folder.
public struct GraphBuilder: Sendable {
  /// The vocabulary every entity and claim is checked against.
  public let schema: Schema
  /// Documents in the order added.
  public private(set) var documents: [Document] = []
  /// Entities in the order added (documents become entities when built).
  public private(set) var entities: [Entity] = []
  /// Claims in the order added.
  public private(set) var claims: [Claim] = []
  /// Where the fields of claims and entities were written, when read from files
  /// (`subject`, `object`, `relation`, `qualifiers.role`, `sources.0.document`, …),
  /// parallel to `claims` and `entities`; worked out only for a value at fault.
  private var claimFields: [FieldLocations?] = []
  private var entityFields: [FieldLocations?] = []

  /// Starts an empty graph over `schema`.
  public init(schema: Schema) { self.schema = schema }

  /// Adds a source document; it becomes an entity of the schema's `document` kind.
  public mutating func add(_ document: Document) { documents.append(document) }
  /// Adds an entity.
  public mutating func add(_ entity: Entity) { add(entity, fields: nil) }
  /// Adds a claim.
  public mutating func add(_ claim: Claim) { add(claim, fields: nil) }

  /// Where the fields of a value were written, by field name; asked only when it is at fault.
  package typealias FieldLocations = @Sendable () -> [String: SourceLocation]

  /// Adds an entity read from a file, with where its fields were written.
  package mutating func add(_ entity: Entity, fields: FieldLocations?) {
    entityFields.append(fields)
    entities.append(entity)
  }

  /// Makes room for `count` more claims (a loader that knows how many it read adds them without growing the list).
  package mutating func reserveCapacity(claims count: Int) {
    claims.reserveCapacity(claims.count + count)
    claimFields.reserveCapacity(claimFields.count + count)
  }

  /// Adds a claim read from a file, with where its fields were written.
  package mutating func add(_ claim: Claim, fields: FieldLocations?) {
    claimFields.append(fields)
    claims.append(claim)
  }

  /// The graph, if everything added is consistent with the schema and with itself.
  ///
  /// - Throws: ``LoadError`` with every problem found, each at the location of
  ///   the value at fault: a broken schema, a badly formed or repeated id, an
  ///   unknown kind, relation, property, qualifier, entity or document, a kind
  ///   a relation may not join, a value of the wrong type, a claim with no
  ///   source, an empty quote, a confidence outside (0, 1].
  /// - Complexity: O(*D* + *E* + *C*) with the sources of each claim.
  public func build() throws(LoadError) -> CuratedGraph {
    var problems = schema.problems
    let documentKind = schema.documentKind
    if documentKind == nil, let first = documents.first {
      problems.append(
        Diagnostic(
          .unknownKind, at: first.location, "documents are given, but no kind of the schema has the role 'document'",
          hint: "give the role `document` to the kind that documents are"))
    }
    var byID: [EntityID: Entity] = [:]
    var all: [Entity] = []
    func admit(_ entity: Entity) {
      if let first = byID[entity.id] {
        problems.append(
          Diagnostic(
            .duplicateID, at: entity.location, "entity id '\(entity.id)' is already used at \(first.location)",
            hint: "merge the two entries or rename one"))
      } else {
        byID[entity.id] = entity
        all.append(entity)
      }
    }
    let documentIDs = Set(documents.map(\.id))
    problems += Self.derivationCycles(documents)
    for document in documents {
      if !isWellFormedID(document.id.rawValue) {
        problems.append(
          Diagnostic(.badID, at: document.location, "document id '\(document.id)' must be lowercase letters, digits and '-'", hint: "e.g. `d001`"))
      }
      if let parent = document.derivedFrom, !documentIDs.contains(parent) {
        problems.append(
          Diagnostic(
            .unknownDocument, at: document.location, "document '\(document.id)' is derived from unknown document '\(parent)'",
            hint: "name a document of this graph"))
      }
      if let original = document.bibliography.translationOf, !documentIDs.contains(original) {
        let near = Spelling.closest(to: original.rawValue, among: documentIDs.map(\.rawValue))
        problems.append(
          Diagnostic(
            .unknownDocument, at: document.location, "document '\(document.id)' is a translation of unknown document '\(original)'",
            hint: near.map { "did you mean '\($0)'?" } ?? "name a document of this graph"))
      }
      admit(Entity(id: document.id, kind: documentKind ?? "", labels: document.labels, location: document.location))
    }
    for (index, entity) in entities.enumerated() {
      let known = schema.kind(named: entity.kind) != nil
      let wellFormed = isWellFormedID(entity.id.rawValue)
      let fields = wellFormed && known ? [:] : entityFields[index]?() ?? [:]
      if !wellFormed {
        problems.append(
          Diagnostic(
            .badID, at: fields["id"] ?? entity.location, "entity id '\(entity.id)' must be lowercase letters, digits and '-'",
            hint: "e.g. `alikhan-bokeikhanov`"))
      }
      if !known {
        problems.append(
          Diagnostic(
            .unknownKind, at: fields["kind"] ?? entity.location, "entity '\(entity.id)' has unknown kind '\(entity.kind)'",
            hint: "known kinds: \(schema.kinds.map(\.name).joined(separator: ", ")); or add it to the schema"))
      }
      if entity.labels.isEmpty {
        problems.append(
          Diagnostic(.missingField, at: entity.location, "entity '\(entity.id)' has no label", hint: "give it a label in at least one language"))
      }
      admit(entity)
    }
    var claimSeen: [ClaimID: SourceLocation] = [:]
    claimSeen.reserveCapacity(claims.count)
    let vocabulary = Vocabulary(schema)
    let kinds = byID.mapValues(\.kind)
    // The claims are checked on all cores, a part at a time; their problems are
    // then taken in file order, leaving out a claim whose id is taken.
    let part = 8192
    let checked = Parallel.map((claims.count + part - 1) / part) { [self] chunk in
      (chunk * part..<min(claims.count, (chunk + 1) * part)).map { index in
        check(claims[index], fields: claimFields[index], vocabulary: vocabulary, kinds: kinds, documents: documentIDs)
      }
    }
    // By index, not by element: only a claim's id and place are read, not each claim copied.
    for index in claims.indices {
      let (id, location) = (claims[index].id, claims[index].location)
      if let first = claimSeen[id] {
        problems.append(
          Diagnostic(.duplicateID, at: location, "claim id '\(id)' is already used at \(first)", hint: "give this claim its own id"))
        continue
      }
      claimSeen[id] = location
      if !isWellFormedID(id.rawValue) {
        problems.append(
          Diagnostic(
            .badID, at: location, "claim id '\(id)' must be lowercase letters, digits and '-'",
            hint: "e.g. `d001-bokeikhanov-chairs-alash-orda`"))
      }
      problems += checked[index / part][index % part]
    }
    guard problems.isEmpty else { throw LoadError(diagnostics: problems) }
    return CuratedGraph(schema: schema, documents: documents, entities: all, claims: claims)
  }

  /// A diagnostic for each cycle of `derivedFrom` among the documents (a text
  /// derived from itself included), at the first document of the cycle in file order.
  static func derivationCycles(_ documents: [Document]) -> [Diagnostic] {
    let byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var reported = Set<DocumentID>()
    var found: [Diagnostic] = []
    for document in documents where !reported.contains(document.id) {
      var chain: [DocumentID] = [document.id]
      var next = document.derivedFrom
      while let id = next, byID[id] != nil {
        if let start = chain.firstIndex(of: id) {
          let cycle = Array(chain[start...])
          if cycle.allSatisfy({ !reported.contains($0) }) {
            reported.formUnion(cycle)
            let first = cycle.min { byID[$0]!.location < byID[$1]!.location }!
            found.append(
              Diagnostic(
                .badValue, at: byID[first]!.location,
                "documents derive from each other in a cycle: \((cycle + [cycle[0]]).map(\.rawValue).joined(separator: " → "))",
                hint: "a text is derived from an earlier one; remove the derived_from that closes the cycle"))
          }
          break
        }
        chain.append(id)
        next = byID[id]?.derivedFrom
      }
    }
    return found
  }

  /// What is wrong with one claim, given the kinds of the graph's entities and its documents;
  /// each problem at the field at fault where `fields` says where it was written.
  ///
  /// A sound claim costs a few dictionary look-ups: messages, hints and field
  /// locations are only worked out for a claim at fault.
  package func check(
    _ claim: Claim, fields: FieldLocations?, vocabulary: Vocabulary, kinds: [EntityID: String], documents: Set<DocumentID>
  ) -> [Diagnostic] {
    var found: [Diagnostic] = []
    var locations: [String: SourceLocation]?
    var what: String { "claim '\(claim.id)'" }
    func location(_ field: String) -> SourceLocation? {
      if locations == nil { locations = fields?() ?? [:] }
      return locations![field]
    }
    func at(_ field: String) -> SourceLocation { location(field) ?? claim.location }
    func problem(_ code: Diagnostic.Code, at field: String, _ message: @autoclosure () -> String, hint: @autoclosure () -> String) {
      found.append(Diagnostic(code, at: at(field), message(), hint: hint()))
    }
    func kind(of id: EntityID, as field: String) -> String? {
      if let kind = kinds[id] { return kind }
      let close = Spelling.closest(to: id.rawValue, among: kinds.keys.lazy.map(\.rawValue))
      problem(
        .unknownEntity, at: field, "\(what): \(field) '\(id)' is not a known entity",
        hint: close.map { "did you mean '\($0)'?" } ?? "define the entity first")
      return nil
    }
    let subject = kind(of: claim.subject, as: "subject")
    switch claim.predicate {
    case .relation(let name, let objectID):
      let object = kind(of: objectID, as: "object")
      guard let relation = vocabulary.relations[name] else {
        let names = schema.relations.map(\.name)
        problem(
          .unknownRelation, at: "relation", "\(what) uses unknown relation '\(name)'",
          hint: Spelling.closest(to: name, among: names).map { "did you mean '\($0)'?" }
            ?? "known relations: \(names.joined(separator: ", ")); or add it to the schema")
        break
      }
      if let subject, !relation.subjects.contains(subject) {
        problem(
          .kindNotAllowed, at: "subject", "\(what): '\(name)' may not have a \(subject) ('\(claim.subject)') as subject",
          hint: "allowed subjects: \(relation.subjects.sorted().joined(separator: ", ")); pick another relation or fix the entity's kind")
      }
      if let object, !relation.objects.contains(object) {
        problem(
          .kindNotAllowed, at: "object", "\(what): '\(name)' may not have a \(object) ('\(objectID)') as object",
          hint: "allowed objects: \(relation.objects.sorted().joined(separator: ", ")); pick another relation or fix the entity's kind")
      }
    case .property(let name, let value):
      guard let property = vocabulary.properties[name] else {
        problem(
          .unknownProperty, at: "property", "\(what) uses unknown property '\(name)'",
          hint: "known properties: \(schema.properties.map(\.name).joined(separator: ", ")); or add it to the schema")
        break
      }
      if let subject, !property.subjects.contains(subject) {
        problem(
          .kindNotAllowed, at: "subject", "\(what): property '\(name)' is not for a \(subject) ('\(claim.subject)')",
          hint: "allowed subjects: \(property.subjects.sorted().joined(separator: ", "))")
      }
      switch (property.type, value) {
      case (.none, nil), (.integer, .integer), (.string, .string): break
      default:
        problem(
          .badValue, at: "value",
          "\(what): property '\(name)' takes \(property.type == .none ? "no value" : "a value of type \(property.type.rawValue)")",
          hint: "give a value of the property's type")
      }
    }
    for qualifier in claim.qualifiers where !vocabulary.qualifiers.contains(qualifier.name) {
      problem(
        .unknownQualifier, at: "qualifiers.\(qualifier.name)", "\(what) uses unknown qualifier '\(qualifier.name)'",
        hint: "known qualifiers: \(schema.qualifiers.map(\.name).joined(separator: ", ")); or add it to the schema")
    }
    // A source that could not be read was reported already; no need to add that none is left.
    if claim.sources.isEmpty, location("sources.unreadable") == nil {
      problem(
        .claimWithoutSource, at: "", "\(what) has no source",
        hint: "add `sources: [{document: d001, quote: \"…\"}]` with the words of the text that state it")
    }
    for (i, source) in claim.sources.enumerated() {
      if !documents.contains(source.document) {
        found.append(
          Diagnostic(
            .unknownDocument, at: location("sources.\(i).document") ?? source.location,
            "a source of \(what) names unknown document '\(source.document)'",
            hint: "use one of: \(documents.sorted().map(\.rawValue).joined(separator: ", "))"))
      }
      if source.quote.allSatisfy(\.isWhitespace) {
        found.append(
          Diagnostic(
            .missingField, at: source.location, "the quote of \(what) is empty", hint: "copy the words that state the claim from the document"))
      }
      if !(source.confidence > 0 && source.confidence <= 1) {
        found.append(
          Diagnostic(
            .badValue, at: source.location, "confidence of a source of \(what) must be a number in (0, 1], not \(source.confidence)",
            hint: "e.g. `confidence: 0.7`"))
      }
    }
    return found
  }

  /// The schema's names in dictionaries and sets, looked up once per claim.
  package struct Vocabulary {
    let relations: [String: Schema.Relation]
    let properties: [String: Schema.Property]
    let qualifiers: Set<String>

    package init(_ schema: Schema) {
      relations = Dictionary(schema.relations.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
      properties = Dictionary(schema.properties.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
      qualifiers = Set(schema.qualifiers.map(\.name))
    }
  }

}

/// Whether `id` is lowercase ASCII letters and digits in words joined by '-', '_' or '.'.
func isWellFormedID(_ id: String) -> Bool {
  var previousWasSeparator = true
  for byte in id.utf8 {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): previousWasSeparator = false
    case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
      if previousWasSeparator { return false }
      previousWasSeparator = true
    default: return false
    }
  }
  return !previousWasSeparator
}
