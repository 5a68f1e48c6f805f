import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

/// Every change of power the texts date is a holding `as-of` finds (issue 26):
/// the oblasts in spring 1918, and each place on the day after each dated taking.
@Suite("Changes of power are holdings as-of finds, with their quotes", .tags(.slow))
struct ChangesOfPowerTests {
  /// The holdings (and claims) of `as-of DAY --in PLACE --json` whose place is `place` itself.
  static func holders(of place: String, on day: String) throws -> (holders: [String], quotes: [String], claimants: [String]) {
    let run = try Run("as-of", day, "--in", place, "--json")
    let answer = try #require(try run.json() as? [String: Any], "as-of \(day) --in \(place): \(run.stderr)")
    func own(_ key: String) -> [[String: Any]] {
      ((answer[key] as? [[String: Any]]) ?? []).filter { $0["place"] as? String == place }
    }
    let holdings = own("holdings")
    let quotes = holdings.flatMap { holding in
      (((holding["claim"] as? [String: Any])?["sources"] as? [[String: Any]]) ?? []).compactMap { $0["quote"] as? String }
    }
    return (holdings.compactMap { $0["holder"] as? String }, quotes, own("claimants").compactMap { $0["claimant"] as? String })
  }

  @Test("On 15 April 1918 each oblast of the texts has a holder, with the quote that says so")
  func oblasts() throws {
    for oblast in ["aqmola-oblast", "semey-oblast", "turgai-oblast", "ural-oblast", "zhetisu-oblast", "syrdarya-oblast"] {
      let found = try Self.holders(of: oblast, on: "1918-04-15")
      #expect(!found.holders.isEmpty, "\(oblast): no holder on 1918-04-15")
      #expect(!found.quotes.isEmpty && found.quotes.allSatisfy { !$0.isEmpty }, "\(oblast): a holder without its quote")
    }
  }

  @Test("After every dated taking of a place, as-of names a holder or a claimant of it")
  func everyTaking() throws {
    let graph = try Curated.graph()
    let taking = graph.schema.relations(withRole: .takesTerritory)
    let takings = graph.claims.values.filter { taking.contains($0.predicateName) && $0.time?.interval.hasEnd == true }
    #expect(takings.count >= 40, "the texts date at least forty changes of power: \(takings.count)")
    var places: [String: Int32] = [:]
    for claim in takings {
      guard let place = claim.object, let time = claim.time else { continue }
      places[place.rawValue] = max(places[place.rawValue] ?? .min, time.interval.latest)
    }
    for (place, latest) in places.sorted(by: { $0.key < $1.key }) {
      let day = CalendarDay.iso(latest + 1)
      let found = try Self.holders(of: place, on: day)
      #expect(!found.holders.isEmpty || !found.claimants.isEmpty, "\(place): nobody holds or claims it on \(day)")
      #expect(found.holders.isEmpty || !found.quotes.isEmpty, "\(place): a holder on \(day) without its quote")
    }
  }
}
