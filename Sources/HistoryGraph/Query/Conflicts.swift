import GraphEngine
import OrderedCollections

/// Claims about the same thing that the sources state differently: every
/// reading side by side.
public struct Disagreement: Hashable, Sendable {
  public enum Aspect: String, Sendable, Codable, CaseIterable {
    /// Some of the dates cannot both be right: their intervals do not overlap.
    case incompatibleDates = "incompatible_dates"
    /// The dates differ but could all be right (e.g. 5–12 and 5–13 December).
    case differentDates = "different_dates"
    /// The values (numbers, manners, titles) differ.
    case differentValues = "different_values"
    /// The values are one name or title in different scripts or transliterations
    /// (they fold to one name key); listed apart, not counted as disagreements.
    case spellingVariants = "spelling_variants"
    /// The same two stood together and against each other in overlapping times
    /// (relations of the schema's `alliance` and `opposition` roles).
    case contradictoryRelations = "contradictory_relations"

    /// What the aspect compares, in a line (the command line's help lists them).
    public var summary: String {
      switch self {
      case .incompatibleDates: "no day fits every reading of the dates"
      case .differentDates: "the dates differ but could all be right"
      case .differentValues: "the values (numbers, manners, titles) differ"
      case .spellingVariants: "one name in other scripts or transliterations (never counted as a disagreement)"
      case .contradictoryRelations: "the same two allied and opposed in overlapping times"
      }
    }
  }

  /// Whether the aspect is a disagreement about what happened (not a spelling).
  public var isDisagreement: Bool { aspect != .spellingVariants }

  public let aspect: Aspect
  /// The claims that disagree, two or more: in time order for dates, in file order for values.
  public let claims: [Claim]

  /// A disagreement found before (as a compiled index stores them).
  package init(aspect: Aspect, claims: [Claim]) {
    self.aspect = aspect
    self.claims = claims
  }
}

extension CuratedGraph {
  /// Every disagreement between claims with the same subject, relation (or
  /// property), object and qualifiers (remarks aside): one per group of such
  /// claims and aspect, listing all of the group's readings. Entities tied by a
  /// relation of the `same-as` role (one event told of by two texts, on two
  /// entities) count as one subject or object.
  ///
  /// A coarse date that contains a finer one (`1917-12` and `1917-12-05`) is
  /// agreement at a lower precision, not a disagreement; so are two dates with
  /// the same interval, or the same EDTF read in two calendars.
  ///
  /// - Complexity: O(*C* log *C*), computed once per graph and shared by its copies.
  public func disagreements() -> [Disagreement] { agreements.disagreements }

  /// Whether the claims of `disagreement` rest on at least two documents independent
  /// of each other (a text and its abridged copy are one voice).
  public func isIndependent(_ disagreement: Disagreement) -> Bool {
    let cited = Set(disagreement.claims.flatMap { $0.sources.map(\.document) })
    return Agreements.independent(cited, in: documents).count >= 2
  }

  /// Independent documents that state `claim` or an agreeing claim (same subject,
  /// predicate, object, qualifiers and value; a date equal, coarser or finer, or
  /// none on either). A document derived from another one in the list is left out.
  ///
  /// - Complexity: O(1) for a claim of the graph once ``disagreements()`` or any
  ///   corroboration has been asked (O(*C* log *C*) the first time).
  public func corroboration(of claim: Claim) -> [DocumentID] {
    if let index = claims.index(forKey: claim.id), claims.values[index] == claim {
      return agreements.corroboration[index]
    }
    return Agreements.independent(Set(claim.sources.map(\.document)), in: documents)
  }

  var agreements: Agreements { agreementCache.get { Agreements(self) } }

  /// Lets a part of a graph answer ``disagreements()`` and ``corroboration(of:)``
  /// as the whole graph does: with what was found in the whole graph (by a
  /// compiled index), not worked out from the part's own claims.
  ///
  /// - Parameters:
  ///   - disagreements: the whole graph's disagreements (their claims are the part's).
  ///   - corroboration: each claim's independent corroborating documents in the whole graph, in `claims` order.
  package func useAgreements(disagreements: [Disagreement], corroboration: [[DocumentID]]) {
    precondition(corroboration.count == claims.count, "one corroboration for each claim")
    agreementCache.prepare { Agreements(corroboration: corroboration, disagreements: disagreements) }
  }
}

/// What the claims of a graph say alike and differently, worked out once by grouping.
struct Agreements: Sendable {
  /// The independent corroborating documents of each claim, by claim index.
  let corroboration: [[DocumentID]]
  let disagreements: [Disagreement]

  /// What was found before (for a part of a graph, in the whole graph).
  init(corroboration: [[DocumentID]], disagreements: [Disagreement]) {
    (self.corroboration, self.disagreements) = (corroboration, disagreements)
  }

  /// Each entity tied to others by claims of a `same-as` relation (``RelationRole/sameAs``: one
  /// event, place or body told of by two texts), mapped to the first id of its group in id order.
  static func sameAs(_ graph: CuratedGraph) -> [EntityID: EntityID] {
    let relations = graph.schema.relations(withRole: .sameAs)
    guard !relations.isEmpty else { return [:] }
    var parent: [EntityID: EntityID] = [:]
    func root(_ id: EntityID) -> EntityID {
      var id = id
      while let up = parent[id], up != id { id = up }
      return id
    }
    for claim in graph.claims.values where relations.contains(claim.predicateName) {
      guard let object = claim.object else { continue }
      let (a, b) = (root(claim.subject), root(object))
      if a != b { parent[max(a, b)] = min(a, b) }
      parent[a] = parent[a] ?? a
      parent[b] = parent[b] ?? b
    }
    var result: [EntityID: EntityID] = [:]
    for id in parent.keys { result[id] = root(id) }
    return result
  }

  init(_ graph: CuratedGraph) {
    let claims = Array(graph.claims.values)
    let remarks = graph.schema.qualifiers(withRole: .remark)
    let same = Self.sameAs(graph)
    // Claims grouped by what they are about (entities tied as the same one read as one):
    // each claim's group, numbered in order of first appearance, then the members of
    // each group of two or more, in claim order (most groups have one claim: no list each).
    var groupIndex: [GroupKey: Int32] = [:]
    groupIndex.reserveCapacity(claims.count)
    var groupOf = [Int32](repeating: 0, count: claims.count)
    var sizes: [Int32] = []
    for (i, claim) in claims.enumerated() {
      let key = GroupKey(
        subject: same[claim.subject] ?? claim.subject, predicate: claim.predicateName, object: claim.object.map { same[$0] ?? $0 },
        qualifiers: claim.qualifiers.filter { !remarks.contains($0.name) })
      if let g = groupIndex[key] {
        groupOf[i] = g
        sizes[Int(g)] += 1
      } else {
        groupOf[i] = Int32(sizes.count)
        groupIndex[key] = Int32(sizes.count)
        sizes.append(1)
      }
    }
    groupIndex = [:]
    var shared: [Int32: [Int]] = [:]
    for (i, g) in groupOf.enumerated() where sizes[Int(g)] > 1 { shared[g, default: []].append(i) }
    let groups = shared.keys.sorted().map { shared[$0]! }
    // Each claim's cited documents, made when needed (a set per claim held at once is
    // a hundred megabytes at a million claims); those a reading corroborates, by claim.
    func cited(_ i: Int) -> Set<DocumentID> { Set(claims[i].sources.map(\.document)) }
    var corroborated: [Int: Set<DocumentID>] = [:]
    var found: [Disagreement] = []
    for members in groups {
      var byValue: [PropertyValue?: [Int]] = [:]
      var values: [PropertyValue?] = []
      for i in members {
        let value: PropertyValue? = if case .property(_, let v) = claims[i].predicate { v } else { nil }
        if byValue[value] == nil { values.append(value) }
        byValue[value, default: []].append(i)
      }
      if values.count > 1 {
        let names = Set(
          values.map { value -> [String]? in
            if case .string(let text)? = value {
              return NameKey.exactTokens(text, folding: graph.schema.nameFolding).map { NameKey.loose($0, folding: graph.schema.nameFolding) }
            }
            return nil
          })
        let spelling = names.count == 1 && names.first! != nil
        found.append(Disagreement(aspect: spelling ? .spellingVariants : .differentValues, claims: members.map { claims[$0] }))
      }
      for value in values {
        let readings = Readings(byValue[value]!, of: claims, documents: cited)
        for (i, docs) in readings.corroborating() { corroborated[i] = docs }
        if let aspect = readings.disagreement {
          let dated = readings.dated.sorted {
            (claims[$0].time!.interval.earliest, claims[$0].id) < (claims[$1].time!.interval.earliest, claims[$1].id)
          }
          found.append(Disagreement(aspect: aspect, claims: dated.map { claims[$0] }))
        }
      }
    }
    corroboration = claims.indices.map { Self.independent(corroborated[$0] ?? cited($0), in: graph.documents) }
    disagreements = found + Self.contradictions(claims, schema: graph.schema)
  }

  /// Alliance and opposition claims between the same two entities whose times
  /// overlap (an undated claim overlaps every time), one disagreement per pair.
  static func contradictions(_ claims: [Claim], schema: Schema) -> [Disagreement] {
    let allied = schema.relations(withRole: .alliance)
    let opposed = schema.relations(withRole: .opposition)
    guard !allied.isEmpty, !opposed.isEmpty else { return [] }
    struct Pair: Hashable { let a: EntityID, b: EntityID }
    var byPair: OrderedDictionary<Pair, (allied: [Claim], opposed: [Claim])> = [:]
    for claim in claims {
      guard let object = claim.object, allied.contains(claim.predicateName) || opposed.contains(claim.predicateName) else { continue }
      let pair = Pair(a: min(claim.subject, object), b: max(claim.subject, object))
      if allied.contains(claim.predicateName) {
        byPair[pair, default: ([], [])].allied.append(claim)
      } else {
        byPair[pair, default: ([], [])].opposed.append(claim)
      }
    }
    return byPair.values.compactMap { sides in
      let overlapping = { (a: Claim, b: Claim) in (a.time?.interval ?? .unbounded).overlaps(b.time?.interval ?? .unbounded) }
      let clashing =
        sides.allied.filter { a in sides.opposed.contains { overlapping(a, $0) } }
        + sides.opposed.filter { o in sides.allied.contains { overlapping($0, o) } }
      return clashing.isEmpty ? nil : Disagreement(aspect: .contradictoryRelations, claims: clashing)
    }
  }

  /// `documents` less those derived (through any chain) from another one among them.
  static func independent(_ documents: Set<DocumentID>, in all: KeyedList<DocumentID, Document>) -> [DocumentID] {
    // One document is derived from no other among them.
    if documents.count == 1 { return [documents.first!] }
    return documents.filter { id in
      var seen: Set<DocumentID> = [id]
      var ancestor = all[id]?.derivedFrom
      while let a = ancestor, seen.insert(a).inserted {
        if documents.contains(a) { return false }
        ancestor = all[a]?.derivedFrom
      }
      return true
    }.sorted()
  }

  struct GroupKey: Hashable {
    let subject: EntityID
    let predicate: String
    let object: EntityID?
    let qualifiers: [Qualifier]
  }
}

/// The dated readings of claims with the same subject, predicate, object,
/// qualifiers and value: claims with an equal interval or an equal EDTF text are
/// one reading; a coarse reading (a single month, season or year) agrees with
/// the readings it contains.
struct Readings {
  struct Reading {
    var earliest: Int32
    var latest: Int32
    var isCoarse: Bool
    var members: [Int] = []
    var documents: Set<DocumentID> = []
    func contains(_ other: Reading) -> Bool { earliest <= other.earliest && other.latest <= latest }
  }

  let undated: [Int]
  let dated: [Int]
  private(set) var readings: [Reading] = []
  private let undatedDocuments: Set<DocumentID>

  /// The readings of `members` (indices into `claims`); `documents` gives each claim's cited documents.
  init(_ members: [Int], of claims: [Claim], documents: (Int) -> Set<DocumentID>) {
    undated = members.filter { claims[$0].time == nil }
    dated = members.filter { claims[$0].time != nil }
    undatedDocuments = undated.reduce(into: Set<DocumentID>()) { $0.formUnion(documents($1)) }
    // Union-find over the dated claims: equal interval or equal text is one reading.
    var parent = Array(dated.indices)
    func root(_ x: Int) -> Int {
      var x = x
      while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
      return x
    }
    var byInterval: [DayInterval: Int] = [:]
    var byText: [String: Int] = [:]
    for (k, i) in dated.enumerated() {
      let time = claims[i].time!
      if let other = byInterval[time.interval] { parent[root(k)] = root(other) } else { byInterval[time.interval] = k }
      if let other = byText[time.edtf.text] { parent[root(k)] = root(other) } else { byText[time.edtf.text] = k }
    }
    var readingOf: [Int: Int] = [:]
    for (k, i) in dated.enumerated() {
      let time = claims[i].time!
      let r = root(k)
      let coarse = Self.isCoarse(time)
      if let index = readingOf[r] {
        readings[index].earliest = min(readings[index].earliest, time.interval.earliest)
        readings[index].latest = max(readings[index].latest, time.interval.latest)
        readings[index].isCoarse = readings[index].isCoarse && coarse
        readings[index].members.append(i)
        readings[index].documents.formUnion(documents(i))
      } else {
        readingOf[r] = readings.count
        readings.append(
          Reading(earliest: time.interval.earliest, latest: time.interval.latest, isCoarse: coarse, members: [i], documents: documents(i)))
      }
    }
  }

  /// Whether a date is a single month, season or year (no day, no interval).
  static func isCoarse(_ dating: Dating) -> Bool {
    guard dating.edtf.end == nil, case .date(let d) = dating.edtf.start, d.days == nil else { return false }
    return true
  }

  /// How the readings disagree, or `nil` when every two of them agree.
  ///
  /// Every two agree when at most one reading is fine and the coarse ones are
  /// nested, each containing the fine one.
  var disagreement: Disagreement.Aspect? {
    guard readings.count > 1 else { return nil }
    let fine = readings.filter { !$0.isCoarse }
    let coarse = readings.filter(\.isCoarse).sorted { $0.latest - $0.earliest > $1.latest - $1.earliest }
    let nested =
      fine.count <= 1 && zip(coarse, coarse.dropFirst()).allSatisfy { $0.contains($1) }
      && coarse.allSatisfy { c in fine.allSatisfy { c.contains($0) } }
    guard !nested else { return nil }
    let lastStart = readings.map(\.earliest).max()!
    let firstEnd = readings.map(\.latest).min()!
    return lastStart > firstEnd ? .incompatibleDates : .differentDates
  }

  /// The documents that state or agree with each claim: its reading's, the
  /// undated claims', and those of the readings that contain it or that it contains
  /// as a coarse date. Undated claims agree with every claim.
  ///
  /// - Complexity: about O(*k* log *k*) for *k* readings: the coarse readings that
  ///   contain a date start at most a year and a season before it; wider coarse
  ///   readings (decades) are compared with every reading.
  func corroborating() -> [(Int, Set<DocumentID>)] {
    let all = readings.reduce(into: undatedDocuments) { $0.formUnion($1.documents) }
    var result: [(Int, Set<DocumentID>)] = undated.map { ($0, all) }
    let window: Int32 = 400
    let byStart = readings.indices.sorted { readings[$0].earliest < readings[$1].earliest }
    let starts = byStart.map { readings[$0].earliest }
    let coarse = byStart.filter { readings[$0].isCoarse && readings[$0].latest - readings[$0].earliest <= window }
    let coarseStarts = coarse.map { readings[$0].earliest }
    let wide = byStart.filter { readings[$0].isCoarse && readings[$0].latest - readings[$0].earliest > window }
    /// Index of the first element of `sorted` not below `value`.
    func lowerBound(_ sorted: [Int32], _ value: Int32) -> Int {
      var low = 0, high = sorted.count
      while low < high {
        let mid = (low + high) / 2
        if sorted[mid] < value { low = mid + 1 } else { high = mid }
      }
      return low
    }
    for (r, reading) in readings.enumerated() {
      var docs = reading.documents.union(undatedDocuments)
      // Coarse readings that contain this one start no earlier than a window before it.
      let from = lowerBound(coarseStarts, reading.earliest &- window)
      var k = from
      while k < coarse.count, coarseStarts[k] <= reading.earliest {
        let c = readings[coarse[k]]
        if coarse[k] != r, c.contains(reading) { docs.formUnion(c.documents) }
        k += 1
      }
      for w in wide where w != r && readings[w].contains(reading) { docs.formUnion(readings[w].documents) }
      // A coarse reading agrees with every reading it contains.
      if reading.isCoarse {
        var k = lowerBound(starts, reading.earliest)
        while k < starts.count, starts[k] <= reading.latest {
          let inner = readings[byStart[k]]
          if byStart[k] != r, reading.contains(inner) { docs.formUnion(inner.documents) }
          k += 1
        }
      }
      for i in reading.members { result.append((i, docs)) }
    }
    return result
  }
}
