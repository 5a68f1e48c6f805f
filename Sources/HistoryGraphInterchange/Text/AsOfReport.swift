import HistoryGraph

/// The holdings and claims to places of a date, or of each step of an interval,
/// as `as-of` prints them.
package struct HoldingsReport: QueryReport {
  let graph: CuratedGraph
  let language: LabelLanguage
  let window: DayInterval
  let isSeries: Bool
  let certain: Bool
  let filter: HoldingFilter
  let scope: String
  let series: [(window: DayInterval, holdings: [Holding], claimants: [Claimant])]

  /// The holdings during `window`, or during each of `steps` when given.
  ///
  /// - Parameters:
  ///   - certain: only holdings in force under every reading of their dates, not all that may be.
  ///   - scope: the filters in words (see ``scope(place:holder:kind:document:oldStyle:)``).
  /// - Throws: as ``CuratedGraph/holdings(during:reading:filter:)``.
  package init(
    _ graph: CuratedGraph, during window: DayInterval, steps: [DayInterval]?, certain: Bool, filter: HoldingFilter, scope: String,
    language: LabelLanguage
  ) throws(QueryError) {
    (self.graph, self.language, self.window, isSeries, self.certain, self.filter, self.scope) = (
      graph, language, window, steps != nil, certain, filter, scope
    )
    var series: [(DayInterval, [Holding], [Claimant])] = []
    for step in steps ?? [window] {
      series.append(
        (
          step, try graph.holdings(during: step, reading: certain ? .certain : .possible, filter: filter),
          try graph.claimants(during: step, reading: certain ? .certain : .possible, filter: filter)
        ))
    }
    self.series = series
  }

  /// The filters of an `as-of` question in words, as typed; `none` without any.
  package static func scope(place: String?, holder: String?, kind: String?, document: String?, oldStyle: Bool) -> String {
    var parts: [String] = []
    if let place { parts.append("in \(place) and the places within it") }
    if let holder { parts.append("holder: \(holder)") }
    if let kind { parts.append("holder kind: \(kind)") }
    if let document { parts.append("document: \(document)") }
    if oldStyle { parts.append("dates given in Old Style") }
    return parts.isEmpty ? "none" : parts.joined(separator: "; ")
  }

  package var record: any Encodable {
    let records = series.map {
      Records.Snapshot(
        window: Dating.isoText($0.window), mode: certain ? "certain" : "possible", filters: scope,
        holdings: $0.holdings.map { Records.Holding($0, graph: graph) }, claimants: $0.claimants.map { Records.Claimant($0, graph: graph) })
    }
    return isSeries ? records as any Encodable : records[0]
  }

  package var nothingFound: String? {
    get throws {
      guard !series.contains(where: { !$0.holdings.isEmpty || !$0.claimants.isEmpty }) else { return nil }
      if let document = filter.document, case let stated = graph.territorialClaims(statedBy: document, filter: filter), !stated.isEmpty {
        return
          "\(document) names who held or claimed places, but gives no date that covers \(Dating.isoText(window)) (filters: \(scope)); what it states:\n"
          + stated.map { "  \(ClaimText.statement($0, from: nil, in: graph, language: language))  [\($0.time?.display ?? "undated")]  {\($0.id)}" }
          .joined(separator: "\n")
      }
      guard certain else { return "no dated claim says who held a place during \(Dating.isoText(window)) (filters: \(scope))" }
      let possible = try series.reduce(0) { $0 + (try graph.holdings(during: $1.window, reading: .possible, filter: filter)).count }
      return "no holding is certainly in force \(window.earliest == window.latest ? "on" : "during") \(Dating.isoText(window)) (filters: \(scope))"
        + (possible > 0 ? "\n  hint: without --certainly-in-force, \(counted(possible, "holding")) may be in force then" : "")
    }
  }

  package var text: String {
    let words = HoldingText(graph: graph, language: language)
    var lines: [String] = []
    for (window, holdings, claimants) in series {
      let how = certain ? "certainly in force \(window.earliest == window.latest ? "on" : "during")" : "overlapping"
      lines += ["\(counted(holdings.count, "holding")) \(how) \(Dating.isoText(window)) (filters: \(scope))", ""] + holdings.map(words.describe)
      if !claimants.isEmpty {
        lines += ["", "claimants (declared authority over a place, not a holding): \(claimants.count)", ""] + claimants.map(words.describe)
      }
      if series.count > 1 { lines.append("") }
    }
    return lines.joined(separator: "\n")
  }
}

/// An `as-of` question as a user asks it: a date, the filters as typed (names and
/// ids), and either a snapshot at each of `steps` or a `later` date to compare with.
package struct AsOfQuestion {
  package var window: DayInterval
  /// The snapshots to take, in place of one for the whole window.
  package var steps: [DayInterval]?
  /// A later date to compare with: which holdings began, ended or continued.
  package var later: DayInterval?
  package var place: String?
  package var holder: String?
  package var kind: String?
  package var document: String?
  /// Only holdings in force under every reading of their dates.
  package var certain: Bool
  /// The dates were given in Old Style.
  package var oldStyle: Bool

  package init(
    _ window: DayInterval, steps: [DayInterval]?, later: DayInterval?, place: String?, holder: String?, kind: String?, document: String?,
    certain: Bool, oldStyle: Bool
  ) {
    (self.window, self.steps, self.later, self.place, self.holder, self.kind, self.document, self.certain, self.oldStyle) = (
      window, steps, later, place, holder, kind, document, certain, oldStyle
    )
  }

  /// The answer in `graph`, its names resolved in `language` (the notes of a name
  /// that matches several entities go to `noting`).
  ///
  /// - Throws: `QueryError` for a name that matches nothing, a kind or document the graph lacks.
  package func report(in graph: CuratedGraph, language: LabelLanguage, noting: (String) -> Void) throws(QueryError) -> any QueryReport {
    let filter = HoldingFilter(
      places: try place.map { name throws(QueryError) in try graph.places(within: graph.resolve(name, language: language, noting: noting).id) },
      holder: try holder.map { name throws(QueryError) in try graph.resolve(name, language: language, noting: noting).id }, holderKind: kind,
      document: document.map { DocumentID($0) })
    let scope = HoldingsReport.scope(place: place, holder: holder, kind: kind, document: document, oldStyle: oldStyle)
    if let later {
      return try HoldingChangesReport(graph, from: window, to: later, certain: certain, filter: filter, scope: scope, language: language)
    }
    return try HoldingsReport(graph, during: window, steps: steps, certain: certain, filter: filter, scope: scope, language: language)
  }
}

/// Which holdings ended, began and continued between two dates, as `as-of --changes-to` prints them.
package struct HoldingChangesReport: QueryReport {
  let graph: CuratedGraph
  let language: LabelLanguage
  let dates: (from: String, to: String)
  let certain: Bool
  let scope: String
  let changes: HoldingChanges

  /// The changes between `first` and `second`.
  ///
  /// - Throws: as ``CuratedGraph/holdingChanges(from:to:reading:filter:)``.
  package init(
    _ graph: CuratedGraph, from first: DayInterval, to second: DayInterval, certain: Bool, filter: HoldingFilter, scope: String,
    language: LabelLanguage
  ) throws(QueryError) {
    (self.graph, self.language, self.certain, self.scope) = (graph, language, certain, scope)
    changes = try graph.holdingChanges(from: first, to: second, reading: certain ? .certain : .possible, filter: filter)
    dates = (Dating.isoText(first), Dating.isoText(second))
  }

  var heading: String {
    "between \(dates.from) and \(dates.to) (holdings \(certain ? "certainly in force" : "that may be in force"); filters: \(scope))"
  }

  package var record: any Encodable {
    Records.Change(
      from: dates.from, to: dates.to, mode: certain ? "certain" : "possible", filters: scope,
      ended: changes.ended.map { Records.Holding($0, graph: graph) }, began: changes.began.map { Records.Holding($0, graph: graph) },
      continued: changes.continued.map { Records.Holding($0, graph: graph) })
  }

  package var nothingFound: String? {
    changes.ended.isEmpty && changes.began.isEmpty ? "no holding began or ended \(heading)" : nil
  }

  package var text: String {
    let words = HoldingText(graph: graph, language: language)
    var lines = [heading + ":", ""]
    for (title, list) in [("ended", changes.ended), ("began", changes.began)] where !list.isEmpty {
      lines += ["\(title): \(list.count)"] + list.map(words.describe) + [""]
    }
    return (lines + ["continued: \(changes.continued.count)"]).joined(separator: "\n")
  }
}

/// Holdings in words, with their sources, succession and leaders.
struct HoldingText {
  let graph: CuratedGraph
  let language: LabelLanguage

  func name(_ id: EntityID) -> String { graph.entities[id]?.label(in: language) ?? id.rawValue }

  func describe(_ h: Holding) -> String {
    let how = h.isTaken ? "taken \(h.claim.time!.display), held \(Dating.isoText(h.period))" : h.claim.time!.display
    var lines = ["\(name(h.place)) ← \(name(h.holder))  [\(how)]  {\(h.claim.id)}"]
    for source in h.claim.sources {
      lines.append("    \(source.document): «\(source.quote)»")
      if let translated = ClaimText.translationLine(source, in: graph, language: language, indent: "      ") { lines.append(translated) }
    }
    if let next = h.endedBy {
      lines.append(
        "    until \(name(next.subject)) \(graph.schema.wording(of: next.predicateName, reversed: false)) it [\(next.time!.display)] (inferred from both claims)  {\(next.id)}"
      )
    }
    for leader in h.leaders {
      let capacity = graph.schema.qualifier(.capacity, of: leader).map { " (\($0))" } ?? ""
      lines.append("    led by \(name(leader.subject))\(capacity)  [\(leader.time?.display ?? "undated")]  {\(leader.id)}")
    }
    return lines.joined(separator: "\n")
  }

  func describe(_ c: Claimant) -> String {
    let reading = graph.schema.wording(of: c.claim.predicateName, reversed: false)
    var lines = ["\(name(c.place)) ⇠ \(name(c.claimant)) (\(reading))  [\(c.claim.time!.display)]  {\(c.claim.id)}"]
    for source in c.claim.sources { lines.append("    \(source.document): «\(source.quote)»") }
    return lines.joined(separator: "\n")
  }
}
