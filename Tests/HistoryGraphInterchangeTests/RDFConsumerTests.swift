import Foundation
import HistoryGraph
import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

/// Loads the N-Triples into pyoxigraph and asks SPARQL who held which place on
/// each day (the `as-of` rule written from the schema's roles as the RDF states
/// them) and which statements join each pair of entities, with their quotes;
/// parses the Turtle with rdflib and compares the two graphs.
let rdfReaderScript = """
  import json, sys
  import pyoxigraph as ox, rdflib
  ntriples, turtle, B = sys.argv[1], sys.argv[2], sys.argv[3]
  days, pairs = json.loads(sys.argv[4]), json.loads(sys.argv[5])
  store = ox.Store()
  store.load(open(ntriples, "rb").read(), format=ox.RdfFormat.N_TRIPLES)
  prefixes = '''
  PREFIX wikibase: <http://wikiba.se/ontology#>
  PREFIX prov: <http://www.w3.org/ns/prov#>
  PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
  PREFIX hg: <%(B)sontology#>
  PREFIX wd: <%(B)sentity/>
  PREFIX pq: <%(B)sprop/qualifier/>
  PREFIX pr: <%(B)sprop/reference/>
  ''' % {"B": B}
  territorial = '''
    ?property hg:role ?role ; wikibase:claim ?claimP ; wikibase:statementProperty ?valueP .
    FILTER(?role IN ("holds-territory", "takes-territory"))
    ?holder ?claimP ?statement . ?statement ?valueP ?place .
  '''
  def local(term):
      return term.value.rsplit("/", 1)[-1]
  def quotes(statement):
      q = prefixes + "SELECT ?quote WHERE { <%s> prov:wasDerivedFrom ?r . ?r pr:quote ?quote ; hg:position ?n } ORDER BY ?n" % statement
      return [r["quote"].value for r in store.query(q)]
  asof = {}
  for day in days:
      q = prefixes + '''
      SELECT DISTINCT ?holder ?place ?statement WHERE {
        {
          SELECT ?holder ?place ?statement ?start ?end WHERE {
            ''' + territorial + '''
            FILTER EXISTS { ?statement hg:edtf ?dated }
            OPTIONAL { ?statement pq:earliest_date ?start }
            OPTIONAL { ?statement pq:latest_date ?stated }
            BIND(EXISTS { ?property hg:role "holds-territory" } AS ?held)
            OPTIONAL {
              # A taking, or a holding with no stated end, lasts until another's next taking or holding.
              SELECT ?statement (MIN(?nextStart) AS ?next) WHERE {
                ?p1 hg:role ?r1 ; wikibase:claim ?c1 ; wikibase:statementProperty ?v1 .
                FILTER(?r1 IN ("holds-territory", "takes-territory"))
                ?holder1 ?c1 ?statement . ?statement ?v1 ?place1 .
                ?p2 hg:role ?r2 ; wikibase:claim ?c2 ; wikibase:statementProperty ?v2 .
                FILTER(?r2 IN ("holds-territory", "takes-territory"))
                ?other ?c2 ?later . ?later ?v2 ?place1 ; pq:earliest_date ?nextStart .
                FILTER(?other != ?holder1)
                OPTIONAL { ?statement pq:earliest_date ?s1 }
                FILTER(!BOUND(?s1) || ?nextStart > ?s1)
              } GROUP BY ?statement
            }
            BIND(IF(?held && BOUND(?stated), ?stated, IF(BOUND(?next), ?next - "P1D"^^xsd:dayTimeDuration, ?open)) AS ?end)
          }
        }
        FILTER(!BOUND(?start) || ?start <= "%(day)s"^^xsd:date)
        FILTER(!BOUND(?end) || ?end >= "%(day)s"^^xsd:date || ?start = "%(day)s"^^xsd:date)
      }''' % {"day": day}
      asof[day] = sorted([local(r["holder"]), local(r["place"]), local(r["statement"])] + quotes(r["statement"].value) for r in store.query(q))
  hops = []
  for a, b in pairs:
      q = prefixes + '''
      SELECT DISTINCT ?statement WHERE {
        ?property wikibase:claim ?claimP ; wikibase:statementProperty ?valueP .
        { wd:%(a)s ?claimP ?statement . ?statement ?valueP wd:%(b)s } UNION { wd:%(b)s ?claimP ?statement . ?statement ?valueP wd:%(a)s }
      }''' % {"a": a, "b": b}
      hops.append({local(r["statement"]): quotes(r["statement"].value) for r in store.query(q)})
  calendars = {}
  q = prefixes + '''
  SELECT ?statement ?model WHERE { ?statement ?pqv ?value . ?value wikibase:timeCalendarModel ?model }'''
  for r in store.query(q):
      calendars.setdefault(local(r["statement"]), set()).add(r["model"].value)
  parsed = rdflib.Graph().parse(turtle, format="turtle")
  lines = rdflib.Graph().parse(ntriples, format="nt")
  print(json.dumps({
      "asof": asof, "hops": hops, "calendars": {k: sorted(v) for k, v in calendars.items()},
      "oxigraphTriples": len(store), "turtleTriples": len(parsed), "sameGraph": set(parsed) == set(lines),
      "labels": sorted({l.language for l in parsed.objects(None, rdflib.RDFS.label) if l.language}),
  }))
  """

@Suite("RDF read back by pyoxigraph (SPARQL) and rdflib")
struct RDFConsumerTests {
  static let base = "https://example.org/kz-1917/"

  @Test(
    "SPARQL over the statements answers as-of on three days and a path hop by hop, with the quotes; rdflib reads the Turtle as the same graph",
    .tags(.python), .requiresPython("pyoxigraph", "rdflib"))
  func sparql() throws {
    let graph = try Curated.flat().graph
    let rdf = WikibaseRDF(graph, base: Self.base)
    let scratch = try Scratch()
    let ntriples = try scratch.write(rdf.nTriples, to: "graph.nt")
    let turtle = try scratch.write(rdf.turtle, to: "graph.ttl")
    let days = ["1917-12-01", "1918-03-15", "1918-08-01"]
    let network = ClaimNetwork(graph)
    let route = try #require(try network.routes(from: EntityID("alikhan-bokeikhanov"), to: EntityID("vladimir-lenin")).first)
    let pairs = route.steps.map { [$0.from.rawValue, $0.to.rawValue] }
    func json(_ value: Any) throws -> String { String(decoding: try JSONSerialization.data(withJSONObject: value), as: UTF8.self) }
    let answer = try python(rdfReaderScript, ntriples, turtle, Self.base, try json(days), try json(pairs))

    let asOf = answer["asof"] as? [String: [[String]]] ?? [:]
    for day in days {
      let (y, m, d) = (Int(day.prefix(4))!, Int(day.dropFirst(5).prefix(2))!, Int(day.suffix(2))!)
      let holdings = graph.holdings(during: DayInterval(day: CalendarDay.day(year: y, month: m, day: d, calendar: .gregorian)))
      let expected = holdings.map { [$0.holder.rawValue, $0.place.rawValue, $0.claim.id.rawValue] + $0.claim.sources.map(\.quote) }
      #expect(!expected.isEmpty)
      #expect(asOf[day] == expected.sorted { $0.lexicographicallyPrecedes($1) }, "holders on \(day), with their quotes")
    }

    let hops = answer["hops"] as? [[String: [String]]] ?? []
    #expect(hops.count == route.steps.count && route.steps.count > 1)
    for (step, found) in zip(route.steps, hops) {
      #expect(Set(found.keys) == Set(step.claims.map(\.claim.id.rawValue)), "every claim joining \(step.from) and \(step.to)")
      for hop in step.claims {
        #expect(found[hop.claim.id.rawValue] == hop.claim.sources.map(\.quote), "the quotes of \(hop.claim.id), letter for letter")
      }
    }

    let calendars = answer["calendars"] as? [String: [String]] ?? [:]
    var julian = 0
    for claim in graph.claims.values {
      guard let time = claim.time, time.interval.hasStart || time.interval.hasEnd else {
        #expect(calendars[claim.id.rawValue] == nil)
        continue
      }
      let model = time.calendar == .julian ? WikibaseRDF.julianCalendar : WikibaseRDF.gregorianCalendar
      if time.calendar == .julian { julian += 1 }
      #expect(calendars[claim.id.rawValue] == [model], "calendar model of \(claim.id)")
    }
    #expect(julian > 0, "the curated graph has Old Style dates, and they were checked")
    #expect(answer["sameGraph"] as? Bool == true)
    #expect(answer["turtleTriples"] as? Int == answer["oxigraphTriples"] as? Int)
    #expect(answer["labels"] as? [String] == ["en", "kk", "kk-Latn", "ru"], "a label per language tag")
  }

  @Test(
    "a base must be an absolute IRI ending in / or #",
    arguments: [
      ("https://example.org/x/", true), ("urn:hg:", false), ("urn:hg#", true), ("example.org/", false), ("http://a b/", false), ("/local/", false),
    ])
  func base(_ base: String, _ usable: Bool) {
    #expect(WikibaseRDF.isUsableBase(base) == usable)
  }
}
