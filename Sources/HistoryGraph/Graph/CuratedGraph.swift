import Synchronization

/// A loaded graph: schema, documents, entities and claims, checked and indexed.
///
/// Values, not references: a `CuratedGraph` is immutable once loaded and safe to share.
public struct CuratedGraph: Sendable {
  public let schema: Schema
  /// Source documents in file order.
  public let documents: KeyedList<DocumentID, Document>
  /// Entities in file order (documents included, as kind `document`).
  public let entities: KeyedList<EntityID, Entity>
  /// Claims in file order.
  public let claims: KeyedList<ClaimID, Claim>

  /// Indices into `claims` of the claims whose subject or object is each entity, in claim order.
  let claimsByEntity: [EntityID: [Int]]
  /// Every label and alias, folded for search; built on the first search.
  private let names = Lazy<NameIndex>()
  /// What the claims say alike and differently; worked out on first use.
  let agreementCache = Lazy<Agreements>()
  /// The periods of the holdings and takings; worked out on first use.
  let holdingSpanCache = Lazy<[HoldingSpan]>()

  var nameIndex: NameIndex { names.get { NameIndex(entities: entities.values, languages: schema.languages, folding: schema.nameFolding) } }

  /// Every label and alias folded for search, in entity order (what a compiled index stores).
  package var foldedNames: [NameIndex.Name] { nameIndex.names }

  /// Lets the graph take its names folded before (by a compiled index) on the first search, instead of folding them.
  ///
  /// - Parameter read: the names as ``NameIndex/names(of:at:languages:folding:)`` gives them for each
  ///   entity in `entities` order, or `nil` if they cannot be read (then they are folded).
  package func useFoldedNames(_ read: @escaping @Sendable () -> [NameIndex.Name]?) {
    let entities = self.entities.values
    let folding = schema.nameFolding
    names.prepare { read().map { NameIndex(entities: entities, names: $0, folding: folding) } }
  }

  public init(schema: Schema, documents: [Document], entities: [Entity], claims: [Claim]) {
    self.schema = schema
    self.documents = KeyedList(documents, key: \.id)
    self.entities = KeyedList(entities, key: \.id)
    self.claims = KeyedList(claims, key: \.id)
    var byEntity: [EntityID: [Int]] = [:]
    // By index, not by element: a claim's fields are read in place, not each claim copied.
    for index in claims.indices {
      let subject = claims[index].subject
      byEntity[subject, default: []].append(index)
      if let object = claims[index].object, object != subject { byEntity[object, default: []].append(index) }
    }
    claimsByEntity = byEntity
  }

  /// The entity with this id.
  ///
  /// - Throws: ``QueryError/unknownEntity(_:)`` if there is none.
  public func entity(_ id: EntityID) throws(QueryError) -> Entity {
    guard let entity = entities[id] else { throw .unknownEntity(id) }
    return entity
  }

  /// Every claim in which `id` is the subject or the object, in file order.
  ///
  /// - Throws: ``QueryError/unknownEntity(_:)`` if there is no such entity; an
  ///   entity in no claim is not an error (the answer is empty).
  public func claims(about id: EntityID) throws(QueryError) -> [Claim] {
    guard entities[id] != nil else { throw .unknownEntity(id) }
    return claimsMentioning(id)
  }

  /// The claims of `claims(about:)`, for an id known to be in the graph.
  func claimsMentioning(_ id: EntityID) -> [Claim] {
    (claimsByEntity[id] ?? []).map { claims.values[$0] }
  }
}

/// A value worked out once, on first use, and shared by copies of the graph.
final class Lazy<Value: Sendable>: Sendable {
  private let value = Mutex<Value?>(nil)
  /// A cheaper way to the value, tried first (see ``prepare(_:)``).
  private let shortcut = Mutex<(@Sendable () -> Value?)?>(nil)

  func get(_ make: () -> Value) -> Value {
    value.withLock { stored in
      if let stored { return stored }
      let made = shortcut.withLock { $0?() } ?? make()
      stored = made
      return made
    }
  }

  /// Gives a way to the value to try before `make` on first use; `nil` from it falls back to `make`.
  func prepare(_ read: @escaping @Sendable () -> Value?) {
    shortcut.withLock { $0 = read }
  }
}
