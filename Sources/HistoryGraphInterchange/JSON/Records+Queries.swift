import HistoryGraph

// The JSON answers of the queries (`--json` of as-of, conflicts, neighbors, path,
// rank, search, timeline, communities), with the keys of ``Records``.

extension Records {
  /// `{place, holder, taken, earliest, latest, claim, ended_by, leaders}`.
  public struct Holding: Encodable, Sendable {
    public let place: String
    public let holder: String
    public let taken: Bool
    public let earliest: String?
    public let latest: String?
    public let claim: Claim
    /// The claim whose taking or holding closed this one (inferred), if any.
    public let endedBy: Claim?
    public let leaders: [Claim]

    public init(_ holding: HistoryGraph.Holding, graph: CuratedGraph) {
      place = holding.place.rawValue
      holder = holding.holder.rawValue
      taken = holding.isTaken
      earliest = holding.period.hasStart ? CalendarDay.iso(holding.period.earliest) : nil
      latest = holding.period.hasEnd ? CalendarDay.iso(holding.period.latest) : nil
      claim = Claim(holding.claim, in: graph)
      endedBy = holding.endedBy.map { Claim($0, in: graph) }
      leaders = holding.leaders.map { Claim($0, in: graph) }
    }
  }

  /// `{place, claimant, claim}`: a body that declared authority over a place (not a holding).
  public struct Claimant: Encodable, Sendable {
    public let place: String
    public let claimant: String
    public let claim: Claim

    public init(_ claimant: HistoryGraph.Claimant, graph: CuratedGraph) {
      place = claimant.place.rawValue
      self.claimant = claimant.claimant.rawValue
      claim = Claim(claimant.claim, in: graph)
    }
  }

  /// `{window, mode, filters, holdings, claimants}`: the holdings and claims to places of one date, or of one step of a series.
  public struct Snapshot: Encodable, Sendable {
    public let window: String
    /// `possible` (holdings that may be in force) or `certain` (in force under every reading of their dates).
    public let mode: String
    public let filters: String
    public let holdings: [Holding]
    /// Bodies that claimed places then without holding them (relations of the `claims-territory` role).
    public let claimants: [Claimant]

    public init(window: String, mode: String, filters: String, holdings: [Holding], claimants: [Claimant] = []) {
      self.window = window
      self.mode = mode
      self.filters = filters
      self.holdings = holdings
      self.claimants = claimants
    }
  }

  /// `{from, to, mode, filters, ended, began, continued}`.
  public struct Change: Encodable, Sendable {
    public let from: String
    public let to: String
    /// `possible` or `certain`, as in ``Snapshot``.
    public let mode: String
    public let filters: String
    public let ended: [Holding]
    public let began: [Holding]
    public let continued: [Holding]

    public init(from: String, to: String, mode: String, filters: String, ended: [Holding], began: [Holding], continued: [Holding]) {
      self.from = from
      self.to = to
      self.mode = mode
      self.filters = filters
      self.ended = ended
      self.began = began
      self.continued = continued
    }
  }

  /// `{aspect, independent, claims}`.
  public struct Conflict: Encodable, Sendable {
    public let aspect: String
    /// Whether the claims rest on two or more documents independent of each other.
    public let independent: Bool
    public let claims: [Claim]

    public init(_ disagreement: Disagreement, graph: CuratedGraph) {
      aspect = disagreement.aspect.rawValue
      independent = graph.isIndependent(disagreement)
      claims = disagreement.claims.map { Claim($0, in: graph) }
    }
  }

  /// `{id, kind, label, relation, reading, direction, distance, claim, time, sources}`.
  public struct Neighbor: Encodable, Sendable {
    public let id: String
    public let kind: String
    public let label: String
    public let relation: String
    /// The relation in words, read from the entity asked about.
    public let reading: String
    public let direction: String
    public let distance: Int
    /// The id of the entity the claim was reached from (the entity asked about, for direct neighbours).
    public let via: String
    public let claim: String
    public let time: Time?
    public let sources: [Source]

    public init(_ entry: NeighborEntry, graph: CuratedGraph, language: LabelLanguage) {
      id = entry.entity.id.rawValue
      kind = entry.entity.kind
      label = entry.entity.label(in: language)
      relation = entry.claim.predicateName
      reading = graph.schema.wording(of: entry.claim.predicateName, reversed: entry.direction == .incoming)
      direction = entry.direction == .outgoing ? "out" : "in"
      distance = entry.distance
      via = entry.via.rawValue
      claim = entry.claim.id.rawValue
      time = entry.claim.time.map(Time.init)
      sources = entry.claim.sources.map(Source.init)
    }
  }

  /// `{from, to, method, filters, routes}`.
  public struct Path: Encodable, Sendable {
    public let from: String
    public let to: String
    public let method: String
    public let filters: String
    public let routes: [Route]

    public init(from: String, to: String, method: String, filters: String, routes: [Route]) {
      self.from = from
      self.to = to
      self.method = method
      self.filters = filters
      self.routes = routes
    }
  }

  /// `{entities, length, hub_load, cost, steps: [{from, to, claims}]}`.
  public struct Route: Encodable, Sendable {
    /// `{id, label}`.
    public struct Named: Encodable, Sendable {
      public let id: String
      public let label: String
    }
    /// `{from, to, claims, more_claims}`: `more_claims` counts the claims joining the two that are not listed.
    public struct Step: Encodable, Sendable {
      public let from: String
      public let to: String
      public let claims: [Hop]
      public let moreClaims: Int
    }
    public let entities: [Named]
    public let length: Int
    public let hubLoad: Int
    /// The route's cost in the informative ranking (`HistoryGraph.Route.cost`), to two decimals.
    public let cost: Double
    public let steps: [Step]

    public init(_ route: HistoryGraph.Route, in graph: CuratedGraph, language: LabelLanguage) {
      entities = route.entities.map { Named(id: $0.rawValue, label: graph.entities[$0]?.label(in: language) ?? $0.rawValue) }
      length = route.length
      hubLoad = route.hubLoad
      cost = (route.cost * 100).rounded() / 100
      steps = route.steps.map { step in
        Step(
          from: step.from.rawValue, to: step.to.rawValue, claims: step.claims.map { Hop($0, schema: graph.schema) },
          moreClaims: step.claimCount - step.claims.count)
      }
    }
  }

  /// A claim on a path step: `{from, relation, reading, to, reversed, claim, time, sources}`.
  public struct Hop: Encodable, Sendable {
    public let from: String
    public let relation: String
    /// The relation in words as walked.
    public let reading: String
    public let to: String
    public let reversed: Bool
    public let claim: String
    public let time: Time?
    public let sources: [Source]

    public init(_ hop: PathHop, schema: HistoryGraph.Schema) {
      from = hop.from.rawValue
      relation = hop.claim.predicateName
      reading = schema.wording(of: hop.claim.predicateName, reversed: hop.reversed)
      to = hop.to.rawValue
      reversed = hop.reversed
      claim = hop.claim.id.rawValue
      time = hop.claim.time.map(Time.init)
      sources = hop.claim.sources.map(Source.init)
    }
  }

  /// `{id, kind, label, score}`, the score a number.
  public struct Ranked: Encodable, Sendable {
    public let id: String
    public let kind: String
    public let label: String
    public let score: Double

    public init(_ entity: HistoryModel.Entity, score: Double, language: LabelLanguage) {
      id = entity.id.rawValue
      kind = entity.kind
      label = entity.label(in: language)
      self.score = score
    }
  }

  /// `{id, kind, label, matched, score, detail}`: one entity a name search found.
  public struct Found: Encodable, Sendable {
    public let id: String
    public let kind: String
    public let label: String
    public let matched: String
    public let score: Int
    public let detail: String?

    public init(_ result: SearchResult) {
      id = result.id.rawValue
      kind = result.kind
      label = result.label
      matched = result.matched
      score = result.score
      detail = result.detail
    }
  }

  /// `{ids, filters, events, inherited, undated}`: `events` the dated claims in time
  /// order, each `{date, via, claim}` (`via` `null`); `inherited` the same shape with `via`
  /// the event; `undated` claims.
  public struct Timeline: Encodable, Sendable {
    /// `{date, via, claim}`.
    public struct Event: Encodable, Sendable {
      public let date: Time
      public let via: String?
      public let claim: Claim
    }

    public let ids: [String]
    public let filters: String
    public let events: [Event]
    public let inherited: [Event]
    public let undated: [Claim]

    public init(
      ids: [EntityID], filters: String, dated: [TimelineEntry], inherited: [TimelineEntry], undated: [HistoryModel.Claim], graph: CuratedGraph
    ) {
      self.ids = ids.map(\.rawValue)
      self.filters = filters
      func event(_ entry: TimelineEntry) -> Event {
        Event(date: Time(entry.claim.time!), via: entry.via?.rawValue, claim: Claim(entry.claim, in: graph))
      }
      events = dated.map(event)
      self.inherited = inherited.map(event)
      self.undated = undated.map { Claim($0, in: graph) }
    }
  }

  /// `{modularity, singletons, communities: [{size, members: [{id, kind, label, degree}]}]}`.
  public struct Communities: Encodable, Sendable {
    /// `{id, kind, label, degree}`.
    public struct Member: Encodable, Sendable {
      public let id: String
      public let kind: String
      public let label: String
      public let degree: Int
    }
    /// `{size, members}`.
    public struct Community: Encodable, Sendable {
      public let size: Int
      public let members: [Member]
    }

    public let modularity: Double
    public let singletons: Int
    public let communities: [Community]

    /// The communities listed, each with its members as the view shows them.
    public init(modularity: Double, singletons: Int, listed: [[RankedEntity]], language: LabelLanguage) {
      self.modularity = modularity
      self.singletons = singletons
      communities = listed.map { community in
        Community(
          size: community.count,
          members: community.map {
            Member(id: $0.entity.id.rawValue, kind: $0.entity.kind, label: $0.entity.label(in: language), degree: Int($0.score))
          })
      }
    }
  }
}
