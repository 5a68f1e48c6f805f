import HistoryGraph

/// The routes between two entities, each step with its claims, dates and quotes,
/// as `path` prints them.
package struct PathReport: QueryReport {
  let network: ClaimNetwork
  let ends: (from: Entity, to: Entity)
  let search: PathSearch
  let filter: NetworkFilter
  let direction: TraversalDirection
  let language: LabelLanguage
  let routes: [Route]
  let method: String

  /// The routes `search` finds from `source` to `target`.
  ///
  /// - Parameter includesUndated: for a time-respecting search, whether undated claims may carry the walk (for the words only).
  /// - Throws: as ``ClaimNetwork/routes(from:to:search:filter:direction:claimsPerStep:)``.
  package init(
    _ network: ClaimNetwork, from source: Entity, to target: Entity, search: PathSearch, filter: NetworkFilter, direction: TraversalDirection,
    claimsPerStep: Int, includesUndated: Bool, language: LabelLanguage
  ) throws(QueryError) {
    (self.network, ends, self.search, self.filter, self.direction, self.language) = (network, (source, target), search, filter, direction, language)
    routes = try network.routes(from: source.id, to: target.id, search: search, filter: filter, direction: direction, claimsPerStep: claimsPerStep)
    method = Self.method(search, includesUndated: includesUndated)
  }

  /// The search in words, with its settings.
  static func method(_ search: PathSearch, includesUndated: Bool) -> String {
    switch search {
    case .informative, .shortest, .allShortest, .weighted: return search.method.rawValue
    case .kShortest(let k): return "k-shortest (k = \(k))"
    case .all(let maxHops): return "simple (at most \(maxHops) steps)"
    case .timeRespecting(let mode, let day):
      let from = day == .min ? "from the earliest claim" : "from \(Dating.isoText(DayInterval(earliest: day, latest: day)))"
      return
        "time-respecting (\(mode == .possible ? "possible" : "certain"), \(from), \(includesUndated ? "undated claims allowed" : "dated claims only"))"
    }
  }

  package var record: any Encodable {
    Records.Path(
      from: ends.from.id.rawValue, to: ends.to.id.rawValue, method: method, filters: filter.summary,
      routes: routes.map { Records.Route($0, in: network.graph, language: language) })
  }

  package var nothingFound: String? {
    guard routes.isEmpty else { return nil }
    let (from, to) = ends
    return
      "no path from \(from.label(in: language)) (\(from.id)) to \(to.label(in: language)) (\(to.id)); method: \(method); filters: \(filter.summary)"
  }

  package var text: String {
    get throws {
      let graph = network.graph
      func name(_ id: EntityID) -> String { graph.entities[id]!.label(in: language) }
      var lines: [String] = []
      for (n, route) in routes.enumerated() {
        lines.append("route \(n + 1): \(route.entities.map(name).joined(separator: " · "))")
        lines.append(
          "  \(counted(route.length, "step")), hub load \(route.hubLoad)\(search == .informative ? ", cost \((route.cost * 10).rounded() / 10)" : "")"
        )
        for step in route.steps {
          lines.append("  \(name(step.from)) → \(name(step.to)): \(counted(step.claimCount, "claim"))")
          for hop in step.claims {
            let time = hop.claim.time.map { "  [\($0.display)]" } ?? ""
            lines.append("    \(graph.schema.wording(of: hop.claim.predicateName, reversed: hop.reversed))\(time)  {\(hop.claim.id)}")
            for source in hop.claim.sources {
              lines.append("      \(source.document): «\(source.quote)»")
              if let translated = ClaimText.translationLine(source, in: graph, language: language, indent: "        ") { lines.append(translated) }
            }
          }
          if step.claimCount > step.claims.count { lines.append("    … and \(step.claimCount - step.claims.count) more claims (--claims-per-step)") }
        }
        lines.append("")
      }
      if search == .informative, let route = routes.first, let shorter = try network.shorterRoute(than: route, filter: filter, direction: direction) {
        let hub = zip(shorter.entities.dropFirst(), shorter.intermediaryTies).max { $0.1 < $1.1 }
        lines.append(
          "a shorter route of \(counted(shorter.length, "step")) exists\(hub.map { " through \(name($0.0)) (tied to \($0.1) entities)" } ?? ""): --method shortest"
        )
      }
      return (lines + ["method: \(method)", "filters: \(filter.summary)"]).joined(separator: "\n")
    }
  }
}
