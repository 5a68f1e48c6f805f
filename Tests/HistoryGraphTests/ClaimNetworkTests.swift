import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

@testable import GraphEngine
@testable import HistoryGraph

@Suite("Queries over the curated graph")
struct ClaimNetworkTests {
  static let network: ClaimNetwork? = try? ClaimNetwork(Curated.graph())

  @Test("Bokeikhanov and Lenin connect only indirectly, and every step carries all its claims and quotes")
  func indirectPath() throws {
    let network = try #require(Self.network)
    let route = try #require(try network.routes(from: "alikhan-bokeikhanov", to: "vladimir-lenin").first)
    #expect(route.length >= 2)
    #expect(route.entities.first == "alikhan-bokeikhanov" && route.entities.last == "vladimir-lenin")
    for (step, next) in zip(route.steps, route.steps.dropFirst()) { #expect(step.to == next.from) }
    for step in route.steps {
      #expect(!step.claims.isEmpty)
      // Every claim the graph has between the two is under the step.
      let between = network.relationClaims.filter { Set([$0.subject, $0.object]) == Set([step.from, step.to]) }
      #expect(Set(step.claims.map(\.claim.id)) == Set(between.map(\.id)))
      for hop in step.claims {
        #expect(!hop.claim.sources.isEmpty)
        #expect(hop.reversed == (hop.claim.subject != hop.from))
      }
    }
  }

  @Test("k shortest routes are k different entity sequences, in order of length then hub load")
  func kShortest() throws {
    let network = try #require(Self.network)
    let routes = try network.routes(from: "alikhan-bokeikhanov", to: "vladimir-lenin", search: .kShortest(3))
    #expect(routes.count == 3)
    #expect(Set(routes.map(\.entities)).count == 3)
    #expect(zip(routes, routes.dropFirst()).allSatisfy { ($0.length, $0.hubLoad) <= ($1.length, $1.hubLoad) })
    let all = try network.routes(from: "alikhan-bokeikhanov", to: "vladimir-lenin", search: .allShortest)
    #expect(Set(all.map(\.entities)).count == all.count)
    #expect(all.allSatisfy { $0.length == routes[0].length })
  }

  @Test("The shortest route is the one of least hub load among the shortest")
  func leastHubLoad() throws {
    let network = try #require(Self.network)
    let best = try #require(try network.routes(from: "turar-ryskulov", to: "alash-party").first)
    let all = try network.routes(from: "turar-ryskulov", to: "alash-party", search: .allShortest)
    #expect(best.hubLoad == all.map(\.hubLoad).min())
  }

  @Test("Avoiding an entity removes it from every route")
  func avoid() throws {
    let network = try #require(Self.network)
    let first = try #require(try network.routes(from: "alikhan-bokeikhanov", to: "vladimir-lenin").first)
    let middle = first.entities[1]
    let detour = try network.routes(from: "alikhan-bokeikhanov", to: "vladimir-lenin", filter: NetworkFilter(avoid: [middle]))
    #expect(!detour.isEmpty)
    for route in detour { #expect(!route.entities.contains(middle)) }
  }

  @Test(
    "Bokeikhanov reaches Lenin by a certain time-respecting route, whose every claim ends before the next begins, and so by a possible one; dated-only routes use no undated claim"
  )
  func timeRespecting() throws {
    let network = try #require(Self.network)
    let possible = try network.routes(from: "alikhan-bokeikhanov", to: "vladimir-lenin", search: .timeRespecting(.possible, from: .min))
    let certain = try network.routes(from: "alikhan-bokeikhanov", to: "vladimir-lenin", search: .timeRespecting(.certain, from: .min))
    // The curated graph has such a route (through Alash Orda's envoys and the Council of People's Commissars).
    try #require(!certain.isEmpty, "no certain time-respecting route from alikhan-bokeikhanov to vladimir-lenin")
    #expect(!possible.isEmpty, "a certain route is a possible one too")
    for route in certain {
      #expect(route.entities.first?.rawValue == "alikhan-bokeikhanov" && route.entities.last?.rawValue == "vladimir-lenin")
      let intervals = route.steps.map { $0.claims[0].claim.time!.interval }
      for (a, b) in zip(intervals, intervals.dropFirst()) { #expect(a.latest <= b.earliest) }
    }
    let dated = try network.routes(
      from: "alikhan-bokeikhanov", to: "vladimir-lenin", search: .timeRespecting(.possible, from: .min), filter: NetworkFilter(keepsUndated: false))
    #expect(!dated.isEmpty)
    #expect(dated.allSatisfy { $0.steps.allSatisfy { $0.claims.allSatisfy { $0.claim.time != nil } } })
  }

  @Test("Bad questions are errors, not empty answers")
  func badInput() throws {
    let network = try #require(Self.network)
    #expect(throws: QueryError.unknownEntity("nobody")) { try network.routes(from: "nobody", to: "vladimir-lenin") }
    #expect(throws: QueryError.self) { try network.routes(from: "vladimir-lenin", to: "vladimir-lenin") }
    #expect(throws: QueryError.self) { try network.routes(from: "alikhan-bokeikhanov", to: "vladimir-lenin", search: .kShortest(0)) }
    #expect(throws: QueryError.self) { try network.view(NetworkFilter(relations: ["befriended"])) }
  }

  @Test("A symmetric claim is one neighbour entry, not two")
  func symmetricOnce() throws {
    let network = try #require(Self.network)
    for id in ["alash-orda", "bolsheviks", "alikhan-bokeikhanov"] {
      let claims = try network.neighbors(of: EntityID(id)).map(\.claim.id)
      #expect(claims.count == Set(claims).count)
    }
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
    let graph = try Curated.graph()
    let march = try Dating(edtf: "1918-03").interval
    let held = graph.holdings(during: march)
    #expect(held.contains { $0.place == "semey" })
    #expect(held.allSatisfy { $0.period.overlaps(march) && !$0.claim.sources.isEmpty })
    #expect(held.filter { !$0.isTaken }.allSatisfy { $0.claim.time!.interval.overlaps(march) })
  }
}
