import GraphEngine
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
  /// property), object and qualifiers: different dates or different values, pairwise.
  ///
  /// A coarse date that contains a finer one (`1917-12` and `1917-12-05`) is
  /// agreement at a lower precision, not a disagreement.
  ///
  /// - Complexity: O(*C* + *P*), with *P* the pairs of claims that share a subject, predicate and object.
  public func disagreements() -> [Disagreement] {
    var result: [Disagreement] = []
    for group in claimGroups() {
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

  /// Claims grouped by what they are about: subject, predicate, object and qualifiers (notes aside).
  func claimGroups() -> [[Claim]] {
    var groups: [String: [Claim]] = [:]
    var order: [String] = []
    let remarks = schema.qualifiers(withRole: .remark)
    for claim in claims.values {
      let qualifiers = claim.qualifiers.filter { !remarks.contains($0.name) }.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
      let key = [claim.subject.rawValue, claim.predicateName, claim.object?.rawValue ?? "", qualifiers].joined(separator: "\u{1F}")
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(claim)
    }
    return order.compactMap { groups[$0].flatMap { $0.count > 1 ? $0 : nil } }
  }

  /// Independent documents that state `claim` or an agreeing claim (same subject,
  /// predicate, object, qualifiers and value; a date equal, coarser or finer, or none on either).
  public func corroboration(of claim: Claim) -> [DocumentID] {
    var documents = Set(claim.sources.map(\.document))
    for other in claimsAgreeing(with: claim) { documents.formUnion(other.sources.map(\.document)) }
    return documents.filter { id in
      var ancestor = self.documents[id]?.derivedFrom
      while let a = ancestor {
        if documents.contains(a) { return false }
        ancestor = self.documents[a]?.derivedFrom
      }
      return true
    }.sorted()
  }

  func claimsAgreeing(with claim: Claim) -> [Claim] {
    let remarks = schema.qualifiers(withRole: .remark)
    return claimsMentioning(claim.subject).filter { other in
      other.id != claim.id && other.subject == claim.subject && other.predicate == claim.predicate
        && other.qualifiers.filter { !remarks.contains($0.name) } == claim.qualifiers.filter { !remarks.contains($0.name) }
        && Self.disagreement(claim, other) == nil
    }
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
