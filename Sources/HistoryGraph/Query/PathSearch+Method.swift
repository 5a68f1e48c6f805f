import GraphEngine

extension PathSearch {
  /// The searches by the names a reader gives them (`path --method`).
  package enum Method: String, CaseIterable, Sendable {
    case informative, shortest, allShortest = "all-shortest", kShortest = "k-shortest", simple, weighted, timeRespecting = "time-respecting"

    /// What the method finds, in a line (the command line's help lists them).
    package var summary: String {
      switch self {
      case .informative: "the route of least cost: a step costs 1 plus log2 of the ties of the entity it enters"
      case .shortest: "the fewest steps, then the least hub load"
      case .allShortest: "every route of the fewest steps (at most 1,000)"
      case .kShortest: "the k shortest routes (Yen's algorithm over ties)"
      case .simple: "every route of at most the steps asked (at most 1,000)"
      case .weighted: "the cheapest route, a less certain tie costing more (Dijkstra)"
      case .timeRespecting: "the earliest-arriving route whose claims follow each other in time"
      }
    }
  }

  /// The search `method` names, with the settings of the one chosen: `k` routes
  /// (k-shortest), routes of at most `maxHops` steps (simple), or a walk from `day`
  /// that some (`possible`) or every (`certain`) reading of the dates orders (time-respecting).
  package init(_ method: Method, k: Int, maxHops: Int, reading mode: TemporalMode, from day: Int32) {
    switch method {
    case .informative: self = .informative
    case .shortest: self = .shortest
    case .allShortest: self = .allShortest
    case .kShortest: self = .kShortest(k)
    case .simple: self = .all(maxHops: maxHops)
    case .weighted: self = .weighted
    case .timeRespecting: self = .timeRespecting(mode, from: day)
    }
  }

  /// The name of the search's method.
  package var method: Method {
    switch self {
    case .informative: .informative
    case .shortest: .shortest
    case .allShortest: .allShortest
    case .kShortest: .kShortest
    case .all: .simple
    case .weighted: .weighted
    case .timeRespecting: .timeRespecting
    }
  }
}
