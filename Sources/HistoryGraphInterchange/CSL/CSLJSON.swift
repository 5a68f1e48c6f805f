import HistoryGraph

/// The documents as CSL-JSON, the citation data that Zotero, Mendeley,
/// citeproc-js, citeproc-py and pandoc read: an array of items, one per
/// document, each with its `id`, CSL `type`, `title` and what its bibliography
/// holds (`author`, `issued`, `publisher`, `publisher-place`,
/// `container-title`, `volume`, `page`, `URL`, `accessed`, `archive`,
/// `archive_location`, `language`). A field the document lacks is left out.
/// Same documents, same bytes: one item per line block, keys in a fixed order.
public enum CSLJSON {
  /// The CSL type of a document type: `book`, `article-journal`, `chapter`,
  /// `article-newspaper`, `manuscript` (archival documents),
  /// `personal_communication` (letters, telegrams), `webpage`; a document of
  /// no stated type is an `article`, the type Zotero gives its generic "Document".
  public static func type(of type: Bibliography.SourceType?) -> String {
    switch type {
    case .book: "book"
    case .article: "article-journal"
    case .chapter: "chapter"
    case .newspaper: "article-newspaper"
    case .archivalDocument: "manuscript"
    case nil: "article"
    case .letter, .telegram: "personal_communication"
    case .webPage: "webpage"
    }
  }

  /// The CSL-JSON array of `documents`, each titled by `title` (its label in
  /// the language chosen), ending with a line break.
  public static func document(_ documents: [Document], title: (Document) -> String) -> String {
    var out = "["
    for (n, document) in documents.enumerated() {
      out += n == 0 ? "\n" : ",\n"
      item(document, title: title(document), to: &out)
    }
    out += documents.isEmpty ? "]\n" : "\n]\n"
    return out
  }

  private static func item(_ document: Document, title: String, to out: inout String) {
    let b = document.bibliography
    var fields: [(String, Value)] = [("id", .text(document.id.rawValue)), ("type", .text(type(of: b.type))), ("title", .text(title))]
    if !b.authors.isEmpty {
      fields.append(
        (
          "author",
          .names(
            b.authors.map { name in
              if let literal = name.literal { return [("literal", literal)] }
              return [("family", name.family), ("given", name.given)].compactMap { key, value in value.map { (key, $0) } }
            })
        ))
    }
    if let date = b.date, case let parts = Bibliography.dateParts(of: date), !parts.isEmpty { fields.append(("issued", .date(parts))) }
    let optional: [(String, String?)] = [
      ("publisher", b.publisher), ("publisher-place", b.place), ("container-title", b.container), ("volume", b.volume),
      ("page", b.pages), ("URL", b.url),
    ]
    for (key, value) in optional { if let value { fields.append((key, .text(value))) } }
    if let accessed = b.accessed, case let parts = Bibliography.dateParts(of: accessed), !parts.isEmpty { fields.append(("accessed", .date(parts))) }
    if let repository = b.archive?.repository { fields.append(("archive", .text(repository))) }
    if let location = b.archive?.locator { fields.append(("archive_location", .text(location))) }
    if let language = b.language { fields.append(("language", .text(language.rawValue))) }
    out += "  {"
    for (n, (key, value)) in fields.enumerated() {
      out += n == 0 ? "" : ", "
      string(key, to: &out)
      out += ": "
      switch value {
      case .text(let text): string(text, to: &out)
      case .names(let names):
        out +=
          "["
          + names.map { name in
            var object = "{"
            for (i, (key, value)) in name.enumerated() {
              if i > 0 { object += ", " }
              string(key, to: &object)
              object += ": "
              string(value, to: &object)
            }
            return object + "}"
          }.joined(separator: ", ") + "]"
      case .date(let parts):
        out += "{\"date-parts\": [" + parts.map { "[" + $0.map(String.init).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]}"
      }
    }
    out += "}"
  }

  private enum Value {
    case text(String)
    case names([[(String, String)]])
    case date([[Int]])
  }

  private static func string(_ text: String, to out: inout String) { BackslashEscaped.append(text, to: &out) }
}
