import HistoryGraph

/// The sources as `documents` and `cite` print them for a reader.
package enum SourcesText {
  /// Each document: id and title; file (in `corpus`) and checksum; what it copies; how much cites it.
  package static func lines(_ documents: [Records.DocumentSummary], corpus: String?) -> [String] {
    documents.flatMap { d in
      ["\(d.id)  \(d.title)", "      file \(d.file)\(corpus.map { " in \($0)" } ?? ""), sha256 \(d.sha256.prefix(16))…"]
        + (d.derivedFrom.map { ["      derived from \($0): agreement with it is not independent"] } ?? [])
        + ["      cited by \(d.claims) claim\(d.claims == 1 ? "" : "s") (\(d.quotes) quote\(d.quotes == 1 ? "" : "s"))"]
    }
  }

  /// What `claim` states and when, then each source: a numbered footnote with the quote
  /// (`footnotes`), or the title, id and place of the quote in its text.
  package static func lines(_ citation: Records.Citation, of claim: Claim, footnotes: Bool) -> [String] {
    var lines = ["\(citation.statement)\(claim.time.map { " (\($0.display))" } ?? "")  {\(claim.id)}"]
    for (n, (source, note)) in zip(claim.sources, citation.sources).enumerated() {
      let indent = footnotes ? "     " : "    "
      lines.append(
        footnotes
          ? "  \(n + 1). \(note.footnote)"
          : "  \(note.title) [\(note.document)]\(source.locator.map { ", \($0)" } ?? " (place not found: quotes were not checked)"):")
      lines.append(footnotes ? "\(indent)«\(note.quote)» [\(note.document)]" : "\(indent)«\(note.quote)»")
      if let translated = note.translation { lines.append("\(indent)\(translated.language) (curators' translation): \"\(translated.text)\"") }
    }
    return lines
  }
}
