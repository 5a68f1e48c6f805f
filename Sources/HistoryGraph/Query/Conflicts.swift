/// Two claims about the same thing that the sources state differently.
public struct Disagreement: Hashable, Sendable {
  public enum Aspect: String, Sendable, Codable {
    /// The dates cannot both be right: their intervals do not overlap.
    case incompatibleDates = "incompatible_dates"
    /// The dates differ but could both be right (e.g. 5–12 and 5–13 December).
    case differentDates = "different_dates"
    /// The values (numbers, manners, titles) differ.
    case differentValues = "different_values"
  }

  public let aspect: Aspect
  public let first: Claim
  public let second: Claim
}

extension CuratedGraph {
  /// Every disagreement between claims with the same subject, relation (or
  /// property) and object: different dates or different values, pairwise.
  ///
  /// A coarse date that contains a finer one (`1917-12` and `1917-12-05`) is
  /// agreement at a lower precision, not a disagreement.
  ///
  /// - Complexity: O(*C* + *P*), with *P* the pairs of claims that share a subject, predicate and object.
  public func disagreements() -> [Disagreement] {
    var groups: [String: [Claim]] = [:]
    var order: [String] = []
    for claim in claims.values {
      let key = "\(claim.subject)\u{1F}\(claim.predicateName)\u{1F}\(claim.object?.rawValue ?? "")"
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(claim)
    }
    var result: [Disagreement] = []
    for key in order {
      let group = groups[key]!
      guard group.count > 1 else { continue }
      for i in group.indices {
        for j in group.indices where j > i {
          if let aspect = Self.disagreement(group[i], group[j]) {
            result.append(Disagreement(aspect: aspect, first: group[i], second: group[j]))
          }
        }
      }
    }
    return result
  }

  static func disagreement(_ a: Claim, _ b: Claim) -> Disagreement.Aspect? {
    if case .property(_, let va) = a.predicate, case .property(_, let vb) = b.predicate, va != vb {
      return .differentValues
    }
    guard let ta = a.time, let tb = b.time, ta.interval != tb.interval else { return nil }
    if !ta.interval.overlaps(tb.interval) { return .incompatibleDates }
    if isCoarseContaining(ta, tb) || isCoarseContaining(tb, ta) { return nil }
    // An unstated style that overlaps its own Julian/Gregorian reading is one date read two ways.
    if ta.edtf.text == tb.edtf.text { return nil }
    return .differentDates
  }

  /// Whether `coarse` is a single month, season or year that contains `fine`.
  static func isCoarseContaining(_ coarse: Dating, _ fine: Dating) -> Bool {
    guard coarse.edtf.end == nil, case .date(let d) = coarse.edtf.start, d.days == nil else { return false }
    return coarse.interval.earliest <= fine.interval.earliest && fine.interval.latest <= coarse.interval.latest
  }
}
