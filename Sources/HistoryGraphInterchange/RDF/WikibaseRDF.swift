import HistoryGraph

/// The graph as RDF in the Wikibase statement pattern, for triple stores
/// (Oxigraph, Virtuoso, QLever, a Wikibase) and SPARQL.
///
/// Under one base IRI *B* (``defaultBase`` unless the user sets another):
/// - an entity is `B entity/ID` (prefix `wd:`), typed by its kind
///   (`B kind/KIND`), with `rdfs:label` per language tag (`kk`, `kk-Latn`,
///   `ru`, `en`), `skos:altLabel` for each alias (tagged `kk`, the sources'
///   language) and `schema:description` for its note;
/// - a relation, property or qualifier is a `wikibase:Property`
///   (`B property/NAME`) linked to its predicates `p:`, `ps:`, `pq:`, `wdt:`
///   the way Wikibase links them, with its schema roles as `hg:role`;
/// - each claim is a statement node `B statement/CLAIM` (`wds:`):
///   `wd:S p:R wds:C`, `wds:C ps:R wd:O` (or the property's value), a `pq:`
///   qualifier per claim qualifier, its time as `pq:earliest_date` and
///   `pq:latest_date` (New Style `xsd:date`, absent when open) and, for one
///   day, `pq:point_in_time`, each with a `wikibase:TimeValue` node (`pqv:`)
///   whose `wikibase:timeValue` is New Style, as Wikibase normalises it, and
///   whose `wikibase:timeCalendarModel` is the calendar the source used:
///   Wikidata's proleptic Julian (Q1985786) or Gregorian (Q1985727) calendar;
///   the EDTF as given, the source's calendar, the display and the
///   confidence as `hg:` literals; and a `wikibase:Reference` per source
///   (`prov:wasDerivedFrom`) with `pr:stated_in` (the document), `pr:quote`
///   (tagged `kk`), `hg:position`, where the quote stands (`hg:locator` as text,
///   `hg:line`, `hg:column`, `hg:endLine`, `hg:endColumn`) and its confidence and note;
/// - the plain fact also as a "truthy" triple `wd:S wdt:R wd:O`, both ways for
///   a symmetric relation;
/// - a located place (see ``Gazetteer``) with a GeoSPARQL `geo:hasGeometry` whose
///   `geo:Geometry` holds the point as `geo:asWKT` (a `geo:wktLiteral`), with
///   `hg:precision` and `hg:locationSource`.
public struct WikibaseRDF: Sendable {
  /// The base IRI used when none is given.
  public static let defaultBase = "http://example.org/history-graph/"
  /// Wikidata's items for the two calendar models.
  public static let julianCalendar = "http://www.wikidata.org/entity/Q1985786"
  public static let gregorianCalendar = "http://www.wikidata.org/entity/Q1985727"

  static let wikibase = "http://wikiba.se/ontology#"
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  static let skos = "http://www.w3.org/2004/02/skos/core#"
  static let schema = "http://schema.org/"
  static let prov = "http://www.w3.org/ns/prov#"
  static let geo = "http://www.opengis.net/ont/geosparql#"

  public let base: String
  /// Every triple, grouped by subject.
  public let triples: [Triple]

  /// Whether `base` can stand before the graph's names: an absolute IRI ending in `/` or `#`.
  public static func isUsableBase(_ base: String) -> Bool {
    guard let colon = base.firstIndex(of: ":"), colon != base.startIndex, base.last == "/" || base.last == "#" else { return false }
    let scheme = base[..<colon]
    return scheme.first!.isLetter && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
      && !base.contains { $0 == " " || $0 == "<" || $0 == ">" || $0 == "\"" }
  }

  /// The graph's triples under `base` (which ``isUsableBase(_:)`` must accept), with the places' coordinates.
  public init(_ graph: CuratedGraph, base: String = WikibaseRDF.defaultBase, places: Gazetteer = Gazetteer()) {
    precondition(Self.isUsableBase(base), "check the base with isUsableBase first")
    self.base = base
    var out: [Triple] = []
    let statements = Statements(graph, base: base, places: places) { out.append(Triple(subject: $0, predicate: $1, object: $2)) }
    statements.vocabulary()
    for entity in graph.entities.values { statements.entity(entity) }
    for claim in graph.claims.values { statements.claim(claim) }
    triples = out
  }

  /// The syntaxes the triples are written in.
  package enum Syntax: Sendable {
    case turtle, nTriples
  }

  /// Writes the triples of `records` under `base` (which ``isUsableBase(_:)`` must
  /// accept) to `sink` in `syntax`, a record at a time as they are read: the same
  /// text as ``turtle`` or ``nTriples`` of the whole graph.
  ///
  /// - Throws: what reading the records throws.
  package static func write(
    _ records: any GraphRecords, base: String, places: Gazetteer, as syntax: Syntax, to sink: OutputSink
  ) throws {
    precondition(isUsableBase(base), "check the base with isUsableBase first")
    var text = ""
    var turtle = syntax == .turtle ? RDFText.Turtle(prefixes: prefixes(Namespaces(base))) : nil
    if let turtle { turtle.start(&text) }
    let statements = Statements(records, base: base, places: places) { subject, predicate, object in
      let triple = Triple(subject: subject, predicate: predicate, object: object)
      if turtle != nil { turtle!.append(triple, to: &text) } else { RDFText.appendNTriple(triple, to: &text) }
    }
    func flush() {
      sink.write(text)
      text.removeAll(keepingCapacity: true)
    }
    statements.vocabulary()
    flush()
    try records.forEachEntitySlice([]) { slice in
      for record in slice { statements.entity(record.entity) }
      flush()
    }
    try records.forEachClaimSlice { slice in
      for record in slice { statements.claim(record.claim) }
      flush()
    }
    turtle?.finish(&text)
    flush()
  }

  /// The statements about each part of a graph, handed to `add` as they are made, in the order ``triples`` lists them.
  struct Statements {
    let records: any GraphRecords
    let places: Gazetteer
    let ns: Namespaces
    let add: (String, String, Term) -> Void
    let type = WikibaseRDF.rdf + "type"
    /// Our words (the schema's, notes) in the graph's notes language.
    let ours: String
    /// The tool's own words (dates in words, locators) in its interface language.
    let tool = Language.interface.rawValue
    let primary: String?
    let symmetric: Set<String>

    init(_ records: any GraphRecords, base: String, places: Gazetteer, add: @escaping (String, String, Term) -> Void) {
      self.records = records
      self.places = places
      self.add = add
      ns = Namespaces(base)
      let languages = records.schema.languages
      ours = languages.language(withRole: .notes)?.rawValue ?? Language.interface.rawValue
      primary = languages.primary?.rawValue
      symmetric = Set(records.schema.relations.filter(\.symmetric).map(\.name))
    }

    /// The vocabulary: kinds as classes, relations, properties and qualifiers as Wikibase properties.
    func vocabulary() {
      for kind in records.schema.kinds {
        add(ns.kind + kind.name, type, .iri(WikibaseRDF.rdfs + "Class"))
        add(ns.kind + kind.name, WikibaseRDF.rdfs + "label", .text(kind.label, language: ours))
        for role in kind.roles.map(\.rawValue).sorted() { add(ns.kind + kind.name, ns.hg + "role", .string(role)) }
      }
      func property(_ name: String, _ describe: (String) -> Void) {
        let subject = ns.property + name
        add(subject, type, .iri(WikibaseRDF.wikibase + "Property"))
        add(subject, WikibaseRDF.rdfs + "label", .text(name, language: ours))
        add(subject, WikibaseRDF.wikibase + "claim", .iri(ns.p + name))
        add(subject, WikibaseRDF.wikibase + "statementProperty", .iri(ns.ps + name))
        add(subject, WikibaseRDF.wikibase + "qualifier", .iri(ns.pq + name))
        add(subject, WikibaseRDF.wikibase + "directClaim", .iri(ns.wdt + name))
        describe(subject)
      }
      for relation in records.schema.relations {
        property(relation.name) { subject in
          add(subject, WikibaseRDF.wikibase + "propertyType", .iri(WikibaseRDF.wikibase + "WikibaseItem"))
          add(subject, ns.hg + "inverse", .text(relation.inverse, language: ours))
          add(subject, ns.hg + "symmetric", .boolean(relation.symmetric))
          for role in relation.roles.map(\.rawValue).sorted() { add(subject, ns.hg + "role", .string(role)) }
        }
      }
      for prop in records.schema.properties {
        property(prop.name) { subject in
          add(subject, WikibaseRDF.wikibase + "propertyType", .iri(WikibaseRDF.wikibase + (prop.type == .integer ? "Quantity" : "String")))
        }
      }
      let vocabulary = Set(records.schema.relations.map(\.name) + records.schema.properties.map(\.name))
      for qualifier in records.schema.qualifiers where !vocabulary.contains(qualifier.name) {
        property(qualifier.name) { subject in
          for role in qualifier.roles.map(\.rawValue).sorted() { add(subject, ns.hg + "role", .string(role)) }
        }
      }
      for (name, label) in [("earliest_date", "earliest date"), ("latest_date", "latest date"), ("point_in_time", "point in time")] {
        property(name) { subject in
          add(subject, WikibaseRDF.rdfs + "comment", .text("New Style day; \(label) of the claim's time", language: tool))
        }
      }
      for name in ["stated_in", "quote"] {
        add(ns.property + name, type, .iri(WikibaseRDF.wikibase + "Property"))
        add(ns.property + name, WikibaseRDF.wikibase + "reference", .iri(ns.pr + name))
      }
    }

    /// An entity: its kind, labels, aliases, note, document file and location.
    func entity(_ entity: Entity) {
      let subject = ns.entity + entity.id.rawValue
      add(subject, type, .iri(ns.kind + entity.kind))
      for label in records.schema.languages.ordered(entity.labels) {
        add(subject, WikibaseRDF.rdfs + "label", .text(label.text, language: label.language.rawValue))
      }
      for alias in entity.aliases { add(subject, WikibaseRDF.skos + "altLabel", primary.map { .text(alias, language: $0) } ?? .string(alias)) }
      if let note = entity.note { add(subject, WikibaseRDF.schema + "description", .text(note, language: ours)) }
      if let document = records.documents[DocumentID(entity.id.rawValue)] {
        add(subject, ns.hg + "file", .string(document.file))
        add(subject, ns.hg + "sha256", .string(document.sha256))
        if let parent = document.derivedFrom { add(subject, ns.hg + "derivedFrom", .iri(ns.entity + parent.rawValue)) }
      }
      if let point = places[entity.id] {
        let geometry = ns.value + "\(entity.id.rawValue)-geometry"
        add(subject, WikibaseRDF.geo + "hasGeometry", .iri(geometry))
        add(geometry, type, .iri(WikibaseRDF.geo + "Geometry"))
        add(geometry, WikibaseRDF.geo + "asWKT", .typed(point.wkt, datatype: WikibaseRDF.geo + "wktLiteral"))
        add(geometry, ns.hg + "precision", .string(point.precision.rawValue))
        add(geometry, ns.hg + "locationSource", .string(point.source))
      }
    }

    /// A claim: the statement node, then its time values and references as their own subjects.
    func claim(_ claim: Claim) {
      let name = claim.predicateName
      let subject = ns.entity + claim.subject.rawValue
      let statement = ns.statement + claim.id.rawValue
      add(subject, ns.p + name, .iri(statement))
      switch claim.predicate {
      case .relation(_, let object):
        add(subject, ns.wdt + name, .iri(ns.entity + object.rawValue))
        if symmetric.contains(name), object != claim.subject { add(ns.entity + object.rawValue, ns.wdt + name, .iri(subject)) }
      case .property(_, let value?):
        let term: Term
        switch value {
        case .integer(let n): term = .integer(n)
        case .string(let s): term = .string(s)
        }
        add(subject, ns.wdt + name, term)
      case .property(_, nil): break
      }
      add(statement, type, .iri(WikibaseRDF.wikibase + "Statement"))
      add(statement, WikibaseRDF.wikibase + "rank", .iri(WikibaseRDF.wikibase + "NormalRank"))
      switch claim.predicate {
      case .relation(_, let object): add(statement, ns.ps + name, .iri(ns.entity + object.rawValue))
      case .property(_, .integer(let n)?): add(statement, ns.ps + name, .integer(n))
      case .property(_, .string(let s)?): add(statement, ns.ps + name, .string(s))
      case .property(_, nil): break
      }
      for qualifier in claim.qualifiers { add(statement, ns.pq + qualifier.name, .string(qualifier.value)) }
      var values: [(String, String, Int32)] = []
      if let time = claim.time {
        let interval = time.interval
        if interval.hasStart { values.append(("earliest_date", "earliest", interval.earliest)) }
        if interval.hasEnd { values.append(("latest_date", "latest", interval.latest)) }
        if interval.hasStart, interval.earliest == interval.latest { values.append(("point_in_time", "point", interval.earliest)) }
        for (qualifier, suffix, day) in values {
          add(statement, ns.pq + qualifier, .date(CalendarDay.iso(day)))
          add(statement, ns.pqv + qualifier, .iri(ns.value + "\(claim.id.rawValue)-\(suffix)"))
        }
        add(statement, ns.hg + "edtf", .string(time.edtf.text))
        add(statement, ns.hg + "calendar", .string(time.calendar.rawValue))
        add(statement, ns.hg + "newStyle", .string(time.newStyleEDTF))
        add(statement, ns.hg + "display", .text(time.display, language: tool))
        if let reason = time.reason { add(statement, ns.hg + "calendarReason", .text(reason, language: ours)) }
      }
      add(statement, ns.hg + "confidence", .double(claim.confidence))
      if let note = claim.note { add(statement, WikibaseRDF.schema + "description", .text(note, language: ours)) }
      for position in claim.sources.indices {
        add(statement, WikibaseRDF.prov + "wasDerivedFrom", .iri(ns.reference + "\(claim.id.rawValue)-\(position + 1)"))
      }
      if let time = claim.time {
        let model = time.calendar == .julian ? WikibaseRDF.julianCalendar : WikibaseRDF.gregorianCalendar
        for (_, suffix, day) in values {
          let node = ns.value + "\(claim.id.rawValue)-\(suffix)"
          add(node, type, .iri(WikibaseRDF.wikibase + "TimeValue"))
          add(node, WikibaseRDF.wikibase + "timeValue", .dateTime(CalendarDay.iso(day)))
          add(node, WikibaseRDF.wikibase + "timePrecision", .integer(11))
          add(node, WikibaseRDF.wikibase + "timeTimezone", .integer(0))
          add(node, WikibaseRDF.wikibase + "timeCalendarModel", .iri(model))
        }
      }
      for (position, source) in claim.sources.enumerated() {
        let reference = ns.reference + "\(claim.id.rawValue)-\(position + 1)"
        add(reference, type, .iri(WikibaseRDF.wikibase + "Reference"))
        add(reference, ns.pr + "stated_in", .iri(ns.entity + source.document.rawValue))
        // A quote is in its document's language when the document says, else in the primary one.
        let quoted = records.quoteLanguage(of: source)?.rawValue
        add(reference, ns.pr + "quote", quoted.map { .text(source.quote, language: $0) } ?? .string(source.quote))
        // The curators' translations, each tagged with its language.
        for translation in records.schema.languages.ordered(source.translations) {
          add(reference, ns.hg + "translation", .text(translation.text, language: translation.language.rawValue))
        }
        add(reference, ns.hg + "position", .integer(position + 1))
        if let locator = source.locator {
          add(reference, ns.hg + "locator", .text(locator.description, language: tool))
          add(reference, ns.hg + "line", .integer(locator.line))
          add(reference, ns.hg + "column", .integer(locator.column))
          add(reference, ns.hg + "endLine", .integer(locator.endLine))
          add(reference, ns.hg + "endColumn", .integer(locator.endColumn))
        }
        add(reference, ns.hg + "confidence", .double(source.confidence))
        if let note = source.note { add(reference, WikibaseRDF.schema + "description", .text(note, language: ours)) }
      }
    }
  }

  /// The triples as N-Triples: one per line, full IRIs.
  public var nTriples: String { RDFText.nTriples(triples) }

  /// The triples as Turtle, with the Wikibase prefixes under the base.
  public var turtle: String { RDFText.turtle(triples, prefixes: Self.prefixes(Namespaces(base))) }

  /// The Turtle prefixes: the Wikibase ones under the base, then the vocabularies'.
  static func prefixes(_ ns: Namespaces) -> [(String, String)] {
    [
      ("wd", ns.entity), ("wds", ns.statement), ("wdv", ns.value), ("wdref", ns.reference), ("wdt", ns.wdt), ("p", ns.p),
      ("ps", ns.ps), ("pqv", ns.pqv), ("pq", ns.pq), ("pr", ns.pr), ("hgp", ns.property), ("kind", ns.kind), ("hg", ns.hg),
      ("wikibase", wikibase), ("rdf", rdf), ("rdfs", rdfs), ("skos", skos), ("schema", schema),
      ("prov", prov), ("geo", geo), ("xsd", Term.xsd),
    ]
  }

  /// The namespaces under a base, laid out as Wikibase lays out its own.
  struct Namespaces {
    let entity, statement, value, reference, property, kind, hg: String
    let p, ps, pq, pqv, pr, wdt: String

    init(_ base: String) {
      entity = base + "entity/"
      statement = base + "entity/statement/"
      value = base + "value/"
      reference = base + "reference/"
      property = base + "property/"
      kind = base + "kind/"
      hg = base + "ontology#"
      p = base + "prop/"
      ps = base + "prop/statement/"
      pq = base + "prop/qualifier/"
      pqv = base + "prop/qualifier/value/"
      pr = base + "prop/reference/"
      wdt = base + "prop/direct/"
    }
  }
}
