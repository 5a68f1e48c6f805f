/// Makes a graph in memory (a web service, an app, a script) with the checks
/// the loader applies to `Graph/`, and the same typed errors.
///
/// ```swift
/// let schema = Schema(
///   kinds: [Schema.Kind(name: "person"), Schema.Kind(name: "party"), Schema.Kind(name: "document", roles: [.document])],
///   relations: [Schema.Relation(name: "member_of", subjects: ["person"], objects: ["party"], roles: [.memberOf])])
/// var builder = GraphBuilder(schema: schema)
/// builder.add(Document(id: "letters", file: "letters.txt", sha256: digest, labels: [.en: "Letters"]))
/// builder.add(Entity(id: "ahmet", kind: "person", labels: [.kk: "Ахмет"]))
/// builder.add(Entity(id: "alash", kind: "party", labels: [.kk: "Алаш"]))
/// builder.add(Claim(id: "c1", subject: "ahmet", predicate: .relation("member_of", object: "alash"),
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

  /// Starts an empty graph over `schema`.
  public init(schema: Schema) { self.schema = schema }

  /// Adds a source document; it becomes an entity of the schema's `document` kind.
  public mutating func add(_ document: Document) { documents.append(document) }
  /// Adds an entity.
  public mutating func add(_ entity: Entity) { entities.append(entity) }
  /// Adds a claim.
  public mutating func add(_ claim: Claim) { claims.append(claim) }

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
      problems.append(Diagnostic(.unknownKind, at: first.location, "documents are given, but no kind of the schema has the role 'document'", hint: "give the role `document` to the kind that documents are"))
    }
    var byID: [EntityID: Entity] = [:]
    var all: [Entity] = []
    func admit(_ entity: Entity) {
      if let first = byID[entity.id] {
        problems.append(Diagnostic(.duplicateID, at: entity.location, "entity id '\(entity.id)' is already used at \(first.location)", hint: "merge the two entries or rename one"))
      } else {
        byID[entity.id] = entity
        all.append(entity)
      }
    }
    let documentIDs = Set(documents.map(\.id))
    for document in documents {
      if let parent = document.derivedFrom, !documentIDs.contains(parent) {
        problems.append(Diagnostic(.unknownDocument, at: document.location, "document '\(document.id)' is derived from unknown document '\(parent)'", hint: "name a document of this graph"))
      }
      admit(Entity(id: document.id, kind: documentKind ?? "", labels: document.labels, location: document.location))
    }
    for entity in entities {
      if !isWellFormedID(entity.id.rawValue) {
        problems.append(Diagnostic(.badID, at: entity.location, "entity id '\(entity.id)' must be lowercase letters, digits and '-'", hint: "e.g. `alikhan-bokeikhanov`"))
      }
      if schema.kind(named: entity.kind) == nil {
        problems.append(Diagnostic(.unknownKind, at: entity.location, "entity '\(entity.id)' has unknown kind '\(entity.kind)'", hint: "known kinds: \(schema.kinds.map(\.name).joined(separator: ", "))"))
      }
      if entity.labels.isEmpty {
        problems.append(Diagnostic(.missingField, at: entity.location, "entity '\(entity.id)' has no label", hint: "give it a label in at least one language"))
      }
      admit(entity)
    }
    var claimSeen: [ClaimID: SourceLocation] = [:]
    for claim in claims {
      if let first = claimSeen[claim.id] {
        problems.append(Diagnostic(.duplicateID, at: claim.location, "claim id '\(claim.id)' is already used at \(first)", hint: "give this claim its own id"))
        continue
      }
      claimSeen[claim.id] = claim.location
      problems += check(claim, entities: byID, documents: documentIDs)
    }
    guard problems.isEmpty else { throw LoadError(diagnostics: problems) }
    return CuratedGraph(schema: schema, documents: documents, entities: all, claims: claims)
  }

  /// What is wrong with one claim, given the entities and documents of the graph.
  func check(_ claim: Claim, entities: [EntityID: Entity], documents: Set<DocumentID>) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let what = "claim '\(claim.id)'"
    func problem(_ code: Diagnostic.Code, _ message: String, hint: String) {
      found.append(Diagnostic(code, at: claim.location, message, hint: hint))
    }
    let subject = entities[claim.subject]
    if subject == nil { problem(.unknownEntity, "\(what): subject '\(claim.subject)' is not a known entity", hint: "add the entity first") }
    switch claim.predicate {
    case .relation(let name, let objectID):
      let object = entities[objectID]
      if object == nil { problem(.unknownEntity, "\(what): object '\(objectID)' is not a known entity", hint: "add the entity first") }
      guard let relation = schema.relation(named: name) else {
        problem(.unknownRelation, "\(what) uses unknown relation '\(name)'", hint: "known relations: \(schema.relations.map(\.name).joined(separator: ", "))")
        break
      }
      if let subject, !relation.subjects.contains(subject.kind) {
        problem(.kindNotAllowed, "\(what): '\(name)' may not have a \(subject.kind) ('\(subject.id)') as subject", hint: "allowed subjects: \(relation.subjects.sorted().joined(separator: ", "))")
      }
      if let object, !relation.objects.contains(object.kind) {
        problem(.kindNotAllowed, "\(what): '\(name)' may not have a \(object.kind) ('\(object.id)') as object", hint: "allowed objects: \(relation.objects.sorted().joined(separator: ", "))")
      }
    case .property(let name, let value):
      guard let property = schema.property(named: name) else {
        problem(.unknownProperty, "\(what) uses unknown property '\(name)'", hint: "known properties: \(schema.properties.map(\.name).joined(separator: ", "))")
        break
      }
      if let subject, !property.subjects.contains(subject.kind) {
        problem(.kindNotAllowed, "\(what): property '\(name)' is not for a \(subject.kind) ('\(subject.id)')", hint: "allowed subjects: \(property.subjects.sorted().joined(separator: ", "))")
      }
      switch (property.type, value) {
      case (.none, nil), (.integer, .integer), (.string, .string): break
      default: problem(.badValue, "\(what): property '\(name)' takes \(property.type == .none ? "no value" : "a value of type \(property.type.rawValue)")", hint: "give a value of the property's type")
      }
    }
    for qualifier in claim.qualifiers where schema.qualifier(named: qualifier.name) == nil {
      problem(.unknownQualifier, "\(what) uses unknown qualifier '\(qualifier.name)'", hint: "known qualifiers: \(schema.qualifiers.map(\.name).joined(separator: ", "))")
    }
    if claim.sources.isEmpty { problem(.claimWithoutSource, "\(what) has no source", hint: "give the document and the words of it that state the claim") }
    for source in claim.sources {
      if !documents.contains(source.document) {
        found.append(Diagnostic(.unknownDocument, at: source.location, "a source of \(what) names unknown document '\(source.document)'", hint: "add the document first"))
      }
      if source.quote.allSatisfy(\.isWhitespace) {
        found.append(Diagnostic(.missingField, at: source.location, "the quote of \(what) is empty", hint: "copy the words that state the claim from the document"))
      }
      if !(source.confidence > 0 && source.confidence <= 1) {
        found.append(Diagnostic(.badValue, at: source.location, "confidence of a source of \(what) must be in (0, 1], not \(source.confidence)", hint: "e.g. 0.7"))
      }
    }
    return found
  }
}
