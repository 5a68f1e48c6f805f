import GraphEngine

extension PathSearch {
  /// The searches by the names a reader gives them (`path --method`).
  package enum Method: String, CaseIterable, Sendable {
    case informative, shortest, allShortest = "all-shortest", kShortest = "k-shortest", simple, weighted, timeRespecting = "time-respecting"
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
