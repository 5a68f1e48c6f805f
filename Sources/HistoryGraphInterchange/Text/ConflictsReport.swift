import HistoryGraph

/// Disagreements between sources, each with its claims and quotes, as `conflicts` prints them.
package struct ConflictsReport: QueryReport {
  let graph: CuratedGraph
  let disagreements: [Disagreement]
  let language: LabelLanguage
  /// What was asked, in words, for the message when nothing is found.
  let asked: String

  /// The disagreements of `found` that the options keep.
  ///
  /// - Parameters:
  ///   - about: only those about this entity (its id, and the name as typed).
  ///   - aspect: only this aspect.
  ///   - independent: only those between documents independent of each other.
  ///   - spelling: spelling variants too (always with `aspect` spelling variants).
  package init(
    _ graph: CuratedGraph, from found: [Disagreement], about: (id: EntityID, typed: String)?, aspect: Disagreement.Aspect?, independent: Bool,
    spelling: Bool,
    language: LabelLanguage
  ) {
    var kept = found.filter { spelling || aspect == .spellingVariants || $0.isDisagreement }
    if let aspect { kept = kept.filter { $0.aspect == aspect } }
    if independent { kept = kept.filter(graph.isIndependent) }
    if let about { kept = kept.filter { $0.claims[0].subject == about.id || $0.claims[0].object == about.id } }
    (self.graph, disagreements, self.language) = (graph, kept, language)
    asked =
      (about.map { " about \($0.typed)" } ?? "") + (aspect.map { " of aspect \($0.rawValue)" } ?? "")
      + (independent ? " between independent documents" : "")
  }

  package var record: any Encodable { disagreements.map { Records.Conflict($0, graph: graph) } }

  package var nothingFound: String? { disagreements.isEmpty ? "no disagreement between sources\(asked)" : nil }

  package var text: String {
    let real = disagreements.filter(\.isDisagreement).count
    let variants = disagreements.count - real
    var lines = ["\(counted(real, "disagreement"))\(variants > 0 ? ", \(counted(variants, "spelling variant"))" : "")", ""]
    for (n, d) in disagreements.enumerated() {
      let documents = Set(d.claims.flatMap { $0.sources.map(\.document.rawValue) }).sorted()
      let aspect = String(d.aspect.rawValue.map { $0 == "_" ? " " : $0 })
      lines.append(
        "\(n + 1). \(aspect): \(d.claims.count) claims from \(documents.joined(separator: ", "))\(graph.isIndependent(d) ? "" : " (not independent)")"
      )
      lines += d.claims.map { ClaimText.describe($0, from: nil, in: graph, language: language) } + [""]
    }
    return lines.joined(separator: "\n")
  }
}
