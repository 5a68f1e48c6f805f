import HistoryGraph

/// Name folding and search: any text as a name and as a query.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNames(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for folding in NameFolding.allCases {
    _ = FuzzEntry.nameKeys(text, folding: folding)
    // Oracle: the table reads a text of its alphabet as the characters do, byte for byte.
    let (byScalar, byCharacter) = FuzzEntry.exactKeysBothWays(text, folding: folding)
    if let byScalar {
      precondition(byScalar.map { Array($0.utf8) } == byCharacter.map { Array($0.utf8) }, "the table folds a text otherwise than its characters do")
    }
  }
  let schema = Schema(kinds: [Schema.Kind(name: "person")], relations: [])
  var builder = GraphBuilder(schema: schema)
  builder.add(Entity(id: "named", kind: "person", labels: ["kk": text.isEmpty ? "?" : text], aliases: [text]))
  builder.add(Entity(id: "bokeikhanov", kind: "person", labels: ["kk": "Әлихан Бөкейханов"], aliases: ["Ә. Бөкейханов"]))
  guard let graph = try? builder.build() else { return 0 }
  let results = graph.search(text, limit: 5)
  precondition(results.allSatisfy { (1...100).contains($0.score) }, "score out of range")
  _ = try? graph.resolve(text)
  return 0
}
