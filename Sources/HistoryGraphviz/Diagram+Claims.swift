import HistoryGraph

/// What part of the claim network a diagram shows.
public enum DiagramSelection: Sendable, Hashable {
  /// Every claim the filter keeps.
  case whole
  /// Entities within `depth` hops of one entity.
  case focus(EntityID, depth: Int)
  /// Routes between two entities, highlighted: with `k` 1 the route `path` ranks
  /// first (``HistoryGraph/PathSearch/informative``), else the `k` shortest.
  case path(EntityID, EntityID, k: Int)
  /// The claims with these relations whose subjects' ids start with a prefix (e.g. `soviet-power-in-`).
  case subjects(prefix: String)
  /// The claims among the `count` entities of highest PageRank in the filtered network.
  case mostCentral(count: Int)
}

extension DiagramSelection {
  /// The view around `focus` (within `depth` hops), else of the `k` shortest paths
  /// between the two entities of `path`, else of the `top` most central, else the
  /// whole network; and the title it has when none is given.
  ///
  /// - Throws: ``HistoryGraph/QueryError`` for a name that denotes no entity, or several.
  package static func asked(
    focus: String?, depth: Int, path: [String], k: Int, top: Int?, in graph: CuratedGraph, language: LabelLanguage
  ) throws(QueryError) -> (selection: DiagramSelection, title: String) {
    if let focus {
      let center = try graph.resolve(focus, language: language)
      return (.focus(center.id, depth: depth), "\(center.label(in: language)): \(depth)-hop network")
    }
    guard path.count == 2 else { return (top.map { .mostCentral(count: $0) } ?? .whole, "Claims") }
    let a = try graph.resolve(path[0], language: language)
    let b = try graph.resolve(path[1], language: language)
    return (.path(a.id, b.id, k: k), "How \(a.label(in: language)) connects to \(b.label(in: language))")
  }
}

extension Diagram {
  /// A diagram of part of the claim network: entities as nodes labelled in
  /// `language`, relation claims as edges labelled with relation and date.
  ///
  /// The subtitle states the filters in force and the source documents cited.
  /// A claim is drawn dashed when a source gives it less than full confidence
  /// or its date is qualified as uncertain or approximate.
  ///
  /// - Throws: ``HistoryGraph/QueryError`` for unknown entities or a bad filter, or
  ///   ``HistoryGraph/QueryError/invalidArgument(_:)`` if the view is empty.
  public init(
    network: ClaimNetwork, selection: DiagramSelection, filter: NetworkFilter = NetworkFilter(), language: LabelLanguage? = nil,
    title: String, options: DiagramOptions = DiagramOptions()
  ) throws(QueryError) {
    let graph = network.graph
    let language = language ?? graph.schema.languages.choice(nil)
    var claims: [Claim] = []
    var highlighted = Set<ClaimID>()
    var endpoints: [EntityID] = []
    var selectionNote: String?
    switch selection {
    case .whole:
      claims = try network.claims(matching: filter)
    case .focus(let center, let depth):
      claims = try network.claims(around: center, depth: depth, filter: filter)
      endpoints = [center]
    case .path(let from, let to, let k):
      var seen = Set<ClaimID>()
      // One route is the one `path` ranks first; more are the k shortest, as `path --k N`.
      for route in try network.routes(from: from, to: to, search: k == 1 ? .informative : .kShortest(k), filter: filter) {
        for step in route.steps {
          for hop in step.claims where seen.insert(hop.claim.id).inserted { claims.append(hop.claim) }
        }
      }
      highlighted = seen
      endpoints = [from, to]
    case .subjects(let prefix):
      claims = try network.claims(matching: filter).filter { $0.subject.rawValue.hasPrefix(prefix) }
    case .mostCentral(let count):
      guard count >= 1 else { throw .invalidArgument("the number of entities to draw must be at least 1, not \(count)") }
      let all = try network.claims(matching: filter)
      let kept = Set(try network.rank(by: .pageRank, top: count, filter: filter).map(\.entity.id))
      claims = all.filter { claim in kept.contains(claim.subject) && claim.object.map(kept.contains) == true }
      let present = Set(all.flatMap { [$0.subject] + ($0.object.map { [$0] } ?? []) })
      let drawn = Set(claims.flatMap { [$0.subject] + ($0.object.map { [$0] } ?? []) })
      selectionNote =
        "The \(kept.count) most central of \(present.count) entities by PageRank (\(drawn.count) with a claim among them drawn); "
        + "\(present.count - drawn.count) left out"
    }
    guard !claims.isEmpty else {
      throw .invalidArgument("the view is empty (filters: \(filter.summary)); widen the filter or pick another focus")
    }
    var vertices = Set<EntityID>(endpoints)
    var nodes: [DiagramNode] = []
    var documents = Set<DocumentID>()
    // One edge per tie: the claims of one relation between the same two entities
    // share an edge, except those the sources disagree on, which stay apart.
    let disputed = Set(graph.disagreements().flatMap { $0.claims.map(\.id) })
    var ties: [TieKey: [Claim]] = [:]
    for claim in claims {
      guard let object = claim.object else { continue }
      vertices.insert(claim.subject)
      vertices.insert(object)
      documents.formUnion(claim.sources.map(\.document))
      let key = TieKey(subject: claim.subject, object: object, relation: claim.predicateName, claim: disputed.contains(claim.id) ? claim.id : nil)
      ties[key, default: []].append(claim)
    }
    let diagramEdges = ties.map { key, claims in
      let uncertain = claims.allSatisfy { claim in
        claim.confidence < 1 || claim.time?.edtf.isUncertain == true || claim.time?.edtf.isApproximate == true
      }
      return DiagramEdge(
        from: DiagramNodeID(key.subject.rawValue), to: DiagramNodeID(key.object.rawValue),
        label: Self.tieLabel(claims, disputed: key.claim != nil), relation: DiagramRelation(key.relation), isUncertain: uncertain,
        isSymmetric: graph.schema.relation(named: key.relation)?.symmetric ?? false,
        isHighlighted: claims.contains { highlighted.contains($0.id) }, tooltip: Self.evidence(claims),
        link: options.explorerPage.map { "\($0)#claim=\(claims.map(\.id).min()!.rawValue)" })
    }
    let emphasis = try Self.emphasis(of: vertices, in: network, by: options.sizeBy, filter: filter)
    let (communityFill, fillKey) =
      options.colorsCommunities
      ? try Self.communityFills(of: vertices, in: network, filter: filter, language: language) : ([:], [])
    for id in vertices.sorted() {
      guard let entity = graph.entities[id] else { continue }
      let names = graph.schema.languages.ordered(entity.labels).map { "\($0.language): \($0.text)" }
      nodes.append(
        DiagramNode(
          id: DiagramNodeID(id.rawValue), label: entity.label(in: language), kind: DiagramNodeKind(entity.kind),
          tooltip: (names + [id.rawValue]).joined(separator: "\n"), isHighlighted: endpoints.contains(id),
          link: options.explorerPage.map { "\($0)#\(id.rawValue)" }, emphasis: emphasis[id] ?? 0,
          fill: communityFill[id]))
    }
    // A document's title in the language asked for, else in the primary one, else in any.
    let primary = graph.schema.languages.choice(nil)
    let cited = documents.sorted().map { id -> String in
      guard let labels = graph.documents[id]?.labels else { return "\(id): \(id)" }
      let title = language.language.flatMap { labels[$0] } ?? primary.language.flatMap { labels[$0] } ?? language.pick(labels) ?? id.rawValue
      return "\(id): \(title)"
    }
    var style = options.greyscale ? DiagramStyle(greyscaleFor: graph.schema) : DiagramStyle(schema: graph.schema)
    if let points = options.fontSize { style.scaleFonts(to: points) }
    self.init(
      title: title,
      subtitle: ["Filters: \(filter.summary)"] + (selectionNote.map { [$0] } ?? []),
      // One line per document, so that the heading stays narrower than the drawing.
      sources: cited.enumerated().map { ($0.offset == 0 ? "Sources: " : "              ") + $0.element },
      nodes: nodes, edges: diagramEdges, options: options, style: style, fillKey: fillKey)
    if let selectionNote { notes.append(selectionNote) }
  }

  /// Each shown entity's centrality in the filtered network, over the largest among them (0–1).
  static func emphasis(
    of shown: Set<EntityID>, in network: ClaimNetwork, by measure: CentralityMeasure?, filter: NetworkFilter
  ) throws(QueryError) -> [EntityID: Double] {
    guard let measure else { return [:] }
    let ranked = try network.rank(by: measure, top: network.graph.entities.count, filter: filter).filter { shown.contains($0.entity.id) }
    let largest = ranked.map(\.score).max() ?? 0
    guard largest > 0 else { return [:] }
    return Dictionary(uniqueKeysWithValues: ranked.map { ($0.entity.id, $0.score / largest) })
  }

  /// Fills for communities: each of the largest communities among the shown
  /// entities gets a colour of ``communityPalette`` (the rest share grey),
  /// and the key names each by its best-connected members.
  static func communityFills(
    of shown: Set<EntityID>, in network: ClaimNetwork, filter: NetworkFilter, language: LabelLanguage
  ) throws(QueryError) -> ([EntityID: String], [FillKeyEntry]) {
    let partition = try network.communities(filter: filter)
    let present = partition.communities.map { $0.filter { shown.contains($0.entity.id) } }.filter { !$0.isEmpty }
      .sorted { $0.count > $1.count }
    var fills: [EntityID: String] = [:]
    var key: [FillKeyEntry] = []
    for (index, members) in present.enumerated() {
      let fill = index < communityPalette.count ? communityPalette[index] : otherCommunities
      for member in members { fills[member.entity.id] = fill }
      if index < communityPalette.count {
        let names = members.prefix(2).map { $0.entity.label(in: language) }.joined(separator: ", ")
        key.append(FillKeyEntry(fill: fill, meaning: "community \(index + 1): \(names)\(members.count > 2 ? ", …" : "") (\(members.count))"))
      }
    }
    for id in shown where fills[id] == nil { fills[id] = otherCommunities }
    if present.count > communityPalette.count || fills.values.contains(otherCommunities) {
      key.append(FillKeyEntry(fill: otherCommunities, meaning: "smaller communities, or none"))
    }
    return (fills, key)
  }

  /// Light fills that stay apart for colour-blind readers (Paul Tol's "light" scheme).
  static let communityPalette = ["#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00"]
  /// The fill of entities outside the coloured communities.
  static let otherCommunities = "#DDDDDD"

  /// What one diagram edge stands for: a relation from one entity to another;
  /// `claim` is set for a disputed claim, which gets an edge of its own.
  struct TieKey: Hashable {
    let subject: EntityID
    let object: EntityID
    let relation: String
    let claim: ClaimID?
  }

  /// An edge's label: the relation, the date or date span, the documents and,
  /// for more than one claim, how many; a disputed claim says so.
  static func tieLabel(_ claims: [Claim], disputed: Bool) -> String {
    let relation = DiagramRelation(claims[0].predicateName).displayName
    let dated = claims.compactMap(\.time).sorted { ($0.interval.earliest, $0.interval.latest) < ($1.interval.earliest, $1.interval.latest) }
    var dates = Array(Set(dated.map(shortDate))).sorted()
    if dates.count > 1, let first = dated.first, let last = dated.max(by: { $0.interval.latest < $1.interval.latest }) {
      dates = ["\(shortDate(first)) … \(shortDate(last))"]
    }
    let documents = Set(claims.flatMap { $0.sources.map(\.document.rawValue) }).sorted().joined(separator: ", ")
    let count = claims.count > 1 ? " · \(claims.count) claims" : disputed ? " · disputed" : ""
    return ([relation] + dates + [documents + count]).joined(separator: "\n")
  }

  /// An edge's tooltip: each claim's id, date and sources, with the quotes.
  static func evidence(_ claims: [Claim]) -> String {
    claims.sorted { $0.id < $1.id }.map { claim in
      let sources = claim.sources.map { "\($0.document): «\($0.quote)»" }.joined(separator: "\n")
      return "\(claim.id) (\(claim.time.map(shortDate) ?? "undated"))\n\(sources)"
    }.joined(separator: "\n\n")
  }

  /// A compact date for an edge label: as the source writes it, with Old Style dates
  /// and dates of other calendars also shown in the Gregorian.
  static func shortDate(_ dating: Dating) -> String {
    dating.calendar == .gregorian || dating.calendar == .unstated ? dating.asWritten : dating.display
  }
}
