import HistoryGraph
import HistoryGraphviz

let (graph, report) = try GraphLoader.load(graph: "Graph", corpus: "../shared/seeds")
print("quotes checked:", report.allQuotesChecked)  // true
let alikhan = try graph.resolve("bokeikhanov")  // Әлихан Бөкейханов
let leading = graph.schema.relations(withRole: .leadership)  // ask the schema, not a name
for claim in try graph.claims(about: alikhan.id) where leading.contains(claim.predicateName) {
  print("heads", claim.object!, claim.time?.display ?? "undated", "«\(claim.sources[0].quote)»")
}
let network = ClaimNetwork(graph)
let lenin = try graph.resolve("Ленин")
for step in try network.routes(from: alikhan.id, to: lenin.id).first?.steps ?? [] {
  for hop in step.claims { print("hop", hop.from, hop.claim.predicateName, hop.to, hop.claim.sources.map(\.quote)) }
}

// A graph of one's own: a schema with roles, a text, two entities, one claim.
let schema = Schema(
  kinds: [
    Schema.Kind(name: "person"), Schema.Kind(name: "body"),
    Schema.Kind(name: "text", roles: [.document]),
  ],
  relations: [
    Schema.Relation(
      name: "chairs", subjects: ["person"], objects: ["body"], inverse: "chaired by", roles: [.leadership],
      style: RelationStyle(color: "#004488", width: 1.4))
  ])
var builder = GraphBuilder(schema: schema)
builder.add(Document(id: "minutes", file: "minutes.txt", sha256: String(repeating: "0", count: 64), labels: ["en": "Minutes"]))
builder.add(Entity(id: "chair", kind: "person", labels: ["en": "The chair"]))
builder.add(Entity(id: "committee", kind: "body", labels: ["en": "The committee"]))
builder.add(
  Claim(
    id: "c1", subject: "chair", predicate: .relation("chairs", object: "committee"),
    time: try Dating(edtf: "1918-03"), sources: [Source(document: "minutes", quote: "elected chair")]))
let mine = try builder.build()  // LoadError lists every problem
let diagram = try Diagram(network: ClaimNetwork(mine), selection: .whole, title: "My committee")
let svg = try diagram.render(as: .svg)  // laid out in-process by libgvc
print("svg bytes:", svg.count, "chairs:", try ClaimNetwork(mine).claims(matching: NetworkFilter(relations: ["chairs"])).count)
