import Testing

@testable import GraphEngine
@testable import HistoryGraph
import HistoryGraphInterchange

@Suite("Queries over the curated graph")
struct ClaimNetworkTests {
  static let network: ClaimNetwork? = try? ClaimNetwork(RealGraph.shared())

  @Test("Bokeikhanov and Lenin connect only indirectly, and every hop carries its claim and quotes")
  func indirectPath() throws {
    let network = try #require(Self.network)
    let paths = try network.paths(from: "alikhan-bokeikhanov", to: "vladimir-lenin")
    let path = try #require(paths.first)
    #expect(path.count >= 2)
    #expect(path.first?.from == "alikhan-bokeikhanov" && path.last?.to == "vladimir-lenin")
    for (hop, next) in zip(path, path.dropFirst()) { #expect(hop.to == next.from) }
    for hop in path {
      #expect(!hop.claim.sources.isEmpty)
      #expect(hop.reversed == (hop.claim.subject != hop.from))
    }
  }

  @Test("k shortest paths come in order and are distinct")
  func kShortest() throws {
    let network = try #require(Self.network)
    let paths = try network.paths(from: "alikhan-bokeikhanov", to: "vladimir-lenin", search: .kShortest(3))
    #expect(paths.count == 3)
    #expect(zip(paths, paths.dropFirst()).allSatisfy { $0.count <= $1.count })
    #expect(Set(paths.map { $0.map(\.claim.id) }).count == 3)
  }

  @Test("Avoiding an entity removes it from every path")
  func avoid() throws {
    let network = try #require(Self.network)
    let first = try #require(try network.paths(from: "alikhan-bokeikhanov", to: "vladimir-lenin").first)
    let middle = first[0].to
    let detour = try network.paths(from: "alikhan-bokeikhanov", to: "vladimir-lenin", filter: NetworkFilter(avoid: [middle]))
    for path in detour { #expect(!path.contains { $0.to == middle || $0.from == middle }) }
  }

  @Test("A certain time-respecting path is never found where no possible one exists")
  func timeRespecting() throws {
    let network = try #require(Self.network)
    let possible = try network.paths(from: "alikhan-bokeikhanov", to: "vladimir-lenin", search: .timeRespecting(.possible, from: .min))
    let certain = try network.paths(from: "alikhan-bokeikhanov", to: "vladimir-lenin", search: .timeRespecting(.certain, from: .min))
    if !certain.isEmpty { #expect(!possible.isEmpty) }
    for path in certain {
      let intervals = path.map { $0.claim.time!.interval }
      for (a, b) in zip(intervals, intervals.dropFirst()) { #expect(a.latest <= b.earliest) }
    }
  }

  @Test("Bad questions are errors, not empty answers")
  func badInput() throws {
    let network = try #require(Self.network)
    #expect(throws: QueryError.unknownEntity("nobody")) { try network.paths(from: "nobody", to: "vladimir-lenin") }
    #expect(throws: QueryError.self) { try network.paths(from: "vladimir-lenin", to: "vladimir-lenin") }
    #expect(throws: QueryError.self) { try network.paths(from: "alikhan-bokeikhanov", to: "vladimir-lenin", search: .kShortest(0)) }
    #expect(throws: QueryError.self) { try network.view(NetworkFilter(relations: ["befriended"])) }
  }

  @Test("A relation filter keeps only that relation")
  func relationFilter() throws {
    let network = try #require(Self.network)
    let neighbors = try network.neighbors(of: "alash-orda", filter: NetworkFilter(relations: ["leads"]))
    #expect(!neighbors.isEmpty)
    #expect(neighbors.allSatisfy { $0.claim.predicateName == "leads" })
    #expect(neighbors.contains { $0.entity.id == "alikhan-bokeikhanov" && $0.direction == .incoming })
  }

  @Test("As of March 1918, Soviets held towns and each holding is a dated, sourced claim")
  func holdings() throws {
    let graph = try RealGraph.shared()
    let march = try Dating(edtf: "1918-03").interval
    let held = graph.holdings(during: march)
    #expect(held.contains { $0.place == "semey" })
    #expect(held.allSatisfy { $0.period.overlaps(march) && !$0.claim.sources.isEmpty })
    #expect(held.filter { !$0.isTaken }.allSatisfy { $0.claim.time!.interval.overlaps(march) })
  }
}
