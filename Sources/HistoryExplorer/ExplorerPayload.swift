import Foundation
import HistoryGraph
import HistoryGraphviz

/// The data a page embeds as JSON: the schema's vocabulary and styles, the
/// documents, the laid-out nodes with their folded names, the claims and the
/// ties. Node, claim and document references are positions in these arrays.
struct ExplorerPayload: Encodable {
  struct Kind: Encodable { let name, label, shape, fill, border: String }
  struct Relation: Encodable { let name, label, inverse, color: String; let width: Double; let symmetric: Bool }
  struct Document: Encodable { let id, file: String; let titles: [String] }
  struct Name: Encodable { let text: String; let exact, loose: [String] }
  struct Node: Encodable {
    let id, kind: String
    /// The label in each of ``ExplorerPayload/languages``, with the CLI's fallbacks.
    let label: [String]
    /// The labels the data gives, by language code.
    let labels: [String: String]
    let aliases: [String]
    let note: String?
    let names: [Name]
    let x, y: Double
  }
  struct Time: Encodable {
    let display, edtf, calendar: String
    let earliest, latest: String?
  }
  struct Source: Encodable {
    let document: Int
    /// The line of the document's text on which the quote begins, when the text was at hand.
    let line: Int?
    let quote: String
    /// The quote's language tag (its document's, else the graph's primary one).
    let language: String?
    /// The curators' translations, by language tag.
    let translations: [String: String]
    let note: String?
    let confidence: Double
  }
  struct Claim: Encodable {
    let id: String
    let subject: Int
    let predicate: String
    let object: Int?
    let value: String?
    let qualifiers: [[String]]
    let time: Time?
    let sources: [Source]
    let note: String?
    let confidence: Double
  }
  struct Conflict: Encodable { let aspect: String; let claims: [Int] }
  /// A located place: its node, the point (degrees) and how precise it is.
  struct Place: Encodable { let node: Int; let lat, lon: Double; let precision, source: String }
  /// A holding as `as-of` reads it: place and holder nodes, its claim, the New Style days it may cover.
  struct Held: Encodable { let place, holder, claim: Int; let earliest, latest: String? }
  /// Name folding as ``NameKey`` does it with the graph's ``NameFolding``, for the page's search box.
  struct Folding: Encodable {
    /// Every letter the folding maps (the scheme's own and those of every folding).
    let letters: [String: String]
    /// Whether an apostrophe joins the letters on either side (else it ends a word).
    let joins: Bool
    /// Whether the loose key merges variants (by `digraphs` and `vowels`, and doubled letters).
    let merges: Bool
    let digraphs: [[String]]
    let vowels: [String: String]
  }

  let title, filters, engine: String
  let languages: [String]
  let language: Int
  let kinds: [Kind]
  let relations: [Relation]
  let properties: [String]
  let documents: [Document]
  let folding: Folding
  let width, height: Double
  let nodes: [Node]
  let claims: [Claim]
  /// Each tie as `[a, b, claim, claim, …]`.
  let ties: [[Int]]
  let conflicts: [Conflict]
  /// Node positions, most central first (PageRank over the view): the overview labels the first ones.
  let central: [Int]
  /// The route `history-graph path A B` prints, for every ordered pair of the
  /// first ``ExplorerPayload/routedCount`` central nodes: `[a, b, a, …, b]`.
  let routes: [[Int]]
  let places: [Place]
  let holdings: [Held]

  /// How many of the most central nodes the page carries the library's routes between.
  static let routedCount = 40

  init(
    view: ExplorerView, layout: GraphLayout, network: ClaimNetwork, filter: NetworkFilter, places gazetteer: Gazetteer, title: String,
    filters: String,
    language: LabelLanguage
  ) {
    let graph = network.graph
    let declared = graph.schema.languages
    let listed = declared.listed(graph.entities.values.lazy.map(\.labels))
    self.title = title
    self.filters = filters
    engine = view.engine.rawValue
    languages = listed.map(\.rawValue)
    self.language = language.language.flatMap { listed.firstIndex(of: $0) } ?? 0
    let choices = listed.map { declared.choice($0) }
    let fallback = DiagramStyle.standard
    kinds = graph.schema.kinds.map { kind in
      let style = kind.style ?? fallback.defaultNodeStyle
      return Kind(name: kind.name, label: kind.label, shape: style.shape, fill: style.fill, border: style.border ?? DiagramStyle.borderColor)
    }
    relations = graph.schema.relations.map { relation in
      let style = relation.style ?? fallback.defaultEdgeStyle
      return Relation(
        name: relation.name, label: DiagramRelation(relation.name).displayName, inverse: relation.inverse, color: style.color,
        width: style.width, symmetric: relation.symmetric)
    }
    properties = graph.schema.properties.map(\.name)
    let documentIDs = Array(graph.documents.keys)
    documents = graph.documents.values.map { document in
      Document(
        id: document.id.rawValue, file: document.file,
        titles: listed.map { document.labels[$0] ?? document.labels.values.sorted().first ?? document.id.rawValue })
    }
    let nameFolding = graph.schema.nameFolding
    folding = Folding(
      letters: Dictionary(uniqueKeysWithValues: NameKey.letters.merging(nameFolding.letters) { $1 }.map { (String($0.key), $0.value) }),
      joins: nameFolding.joinsAtApostrophes,
      merges: nameFolding.mergesVariants,
      digraphs: nameFolding.digraphs.map { [String(decoding: $0.0, as: UTF8.self), String(decoding: $0.1, as: UTF8.self)] },
      vowels: Dictionary(
        uniqueKeysWithValues: nameFolding.vowelClass.map {
          (String(UnicodeScalar($0.key)), String(UnicodeScalar($0.value)))
        }))
    // Graphviz puts y upwards; the page's SVG downwards.
    width = layout.width
    height = layout.height
    nodes = view.entities.enumerated().map { i, entity in
      let point = layout.positions["n\(i)"] ?? GraphLayout.Point(x: 0, y: 0)
      return Node(
        id: entity.id.rawValue, kind: entity.kind, label: choices.map { entity.label(in: $0) },
        labels: Dictionary(uniqueKeysWithValues: entity.labels.map { ($0.key.rawValue, $0.value) }),
        aliases: entity.aliases, note: entity.note, names: Self.names(of: entity, languages: declared, folding: nameFolding),
        x: (point.x * 10).rounded() / 10, y: ((layout.height - point.y) * 10).rounded() / 10)
    }
    var nodeIndex: [EntityID: Int] = [:]
    for (i, entity) in view.entities.enumerated() { nodeIndex[entity.id] = i }
    var claimIndex: [ClaimID: Int] = [:]
    for (i, claim) in view.claims.enumerated() { claimIndex[claim.id] = i }
    claims = view.claims.map { claim in
      var value: String?
      if case .property(_, let v) = claim.predicate { value = v?.description }
      return Claim(
        id: claim.id.rawValue, subject: nodeIndex[claim.subject] ?? -1, predicate: claim.predicateName,
        object: claim.object.flatMap { nodeIndex[$0] }, value: value,
        qualifiers: claim.qualifiers.map { [$0.name, $0.value] },
        time: claim.time.map { dating in
          Time(
            display: dating.display, edtf: dating.edtf.text, calendar: dating.calendar.rawValue,
            earliest: dating.interval.hasStart ? CalendarDay.iso(dating.interval.earliest) : nil,
            latest: dating.interval.hasEnd ? CalendarDay.iso(dating.interval.latest) : nil)
        },
        sources: claim.sources.map { source in
          Source(
            document: documentIDs.firstIndex(of: source.document) ?? -1, line: source.locator?.line,
            quote: source.quote, language: graph.quoteLanguage(of: source)?.rawValue,
            translations: Dictionary(uniqueKeysWithValues: source.translations.map { ($0.key.rawValue, $0.value) }),
            note: source.note, confidence: source.confidence)
        },
        note: claim.note, confidence: claim.confidence)
    }
    ties = view.ties.map { [$0.a, $0.b] + $0.claims }
    let ranked = (try? network.rank(by: .pageRank, top: graph.entities.count, filter: filter)) ?? []
    var central = ranked.compactMap { nodeIndex[$0.entity.id] }
    let inRank = Set(central)
    central += view.entities.indices.filter { !inRank.contains($0) }
    self.central = central
    var routes: [[Int]] = []
    let routed = central.prefix(Self.routedCount).map { view.entities[$0].id }
    for a in routed {
      for b in routed where a != b {
        guard let route = try? network.routes(from: a, to: b, search: .informative, filter: filter).first else { continue }
        let steps = route.entities.compactMap { nodeIndex[$0] }
        if steps.count == route.entities.count, let first = steps.first, let last = steps.last { routes.append([first, last] + steps) }
      }
    }
    self.routes = routes
    places = gazetteer.locations.values.compactMap { point in
      nodeIndex[point.place].map {
        Place(node: $0, lat: point.latitude, lon: point.longitude, precision: point.precision.rawValue, source: point.source)
      }
    }
    holdings = graph.holdings(during: .unbounded).compactMap { holding in
      guard let place = nodeIndex[holding.place], let holder = nodeIndex[holding.holder] else { return nil }
      return Held(
        place: place, holder: holder, claim: claimIndex[holding.claim.id] ?? -1,
        earliest: holding.period.hasStart ? CalendarDay.iso(holding.period.earliest) : nil,
        latest: holding.period.hasEnd ? CalendarDay.iso(holding.period.latest) : nil)
    }
    conflicts = graph.disagreements().compactMap { disagreement in
      let shown = disagreement.claims.compactMap { claimIndex[$0.id] }
      return shown.count > 1 ? Conflict(aspect: disagreement.aspect.rawValue, claims: shown) : nil
    }
  }

  /// Every label, alias and the id of `entity`, folded as the CLI's name search folds them.
  static func names(of entity: Entity, languages: LabelLanguages, folding: NameFolding) -> [Name] {
    var texts = languages.ordered(entity.labels).map(\.text) + entity.aliases
    texts.append(entity.id.rawValue.replacingOccurrences(of: "-", with: " "))
    var seen = Set<String>()
    return texts.filter { seen.insert($0).inserted }.map { text in
      let exact = NameKey.exactTokens(text, folding: folding)
      return Name(text: text, exact: exact, loose: exact.map { NameKey.loose($0, folding: folding) })
    }
  }
}
