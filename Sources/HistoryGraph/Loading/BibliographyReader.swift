/// Reads a document's bibliographic fields (type, authors, date, publication,
/// archive, URL, language, translation) from its entry in `documents.yaml`.
enum BibliographyReader {
  /// The document fields this reader takes, besides id, file, sha256, derived_from and labels.
  static let fields = [
    "type", "authors", "date", "place", "publisher", "container", "volume", "pages", "archive", "url", "accessed", "language", "translation_of",
  ]
  /// The fields of an `archive:` mapping.
  static let archiveFields = ["repository", "fonds", "opis", "delo", "folio", "reference"]

  /// The bibliography of one document; every problem is a diagnostic at its field.
  static func read(_ fields: Fields, in file: YAMLFile, owner: String, diagnostics: inout [Diagnostic]) -> Bibliography {
    var bibliography = Bibliography()
    if let node = fields["type"], let text = file.scalar(node, field: "type", diagnostics: &diagnostics) {
      if let type = Bibliography.SourceType(rawValue: text) {
        bibliography.type = type
      } else {
        let names = Bibliography.SourceType.allCases.map(\.rawValue)
        let near = Spelling.closest(to: text, among: names)
        diagnostics.append(
          Diagnostic(
            .badValue, at: file.location(node), "unknown type '\(text)' of \(owner)",
            hint: "\(near.map { "did you mean '\($0)'? " } ?? "")the types are \(names.joined(separator: ", "))"))
      }
    }
    if let node = fields["authors"] {
      for item in file.list(node, field: "authors", diagnostics: &diagnostics) {
        if let name = item.string {
          if !name.isEmpty { bibliography.authors.append(.init(literal: name.nfc)) }
        } else if let parts = Fields(
          item, in: file, what: "an author of \(owner)", allowed: ["family", "given", "literal"], diagnostics: &diagnostics)
        {
          let family = parts.optionalString("family", diagnostics: &diagnostics)?.nfc
          let given = parts.optionalString("given", diagnostics: &diagnostics)?.nfc
          if let literal = parts.optionalString("literal", diagnostics: &diagnostics)?.nfc {
            bibliography.authors.append(.init(literal: literal))
          } else if family != nil || given != nil {
            bibliography.authors.append(.init(family: family, given: given))
          } else {
            diagnostics.append(
              Diagnostic(
                .missingField, at: file.location(item), "an author of \(owner) has no name",
                hint: "write the name as written, or `{family: …, given: …}`"))
          }
        }
      }
    }
    bibliography.date = date("date", of: fields, in: file, owner: owner, diagnostics: &diagnostics)
    bibliography.accessed = date("accessed", of: fields, in: file, owner: owner, diagnostics: &diagnostics)
    bibliography.place = fields.optionalString("place", diagnostics: &diagnostics)?.nfc
    bibliography.publisher = fields.optionalString("publisher", diagnostics: &diagnostics)?.nfc
    bibliography.container = fields.optionalString("container", diagnostics: &diagnostics)?.nfc
    bibliography.volume = fields.optionalString("volume", diagnostics: &diagnostics)?.nfc
    bibliography.pages = fields.optionalString("pages", diagnostics: &diagnostics)?.nfc
    bibliography.url = fields.optionalString("url", diagnostics: &diagnostics)
    if let text = fields.optionalString("language", diagnostics: &diagnostics) {
      bibliography.language = Language(rawValue: text)
      if bibliography.language == nil {
        diagnostics.append(
          Diagnostic(
            .badValue, at: file.location(fields["language"]), "the language of \(owner), '\(text)', is not a language tag",
            hint: "write a BCP 47 tag: en, fr, de-CH, kk, ota-Arab"))
      }
    }
    bibliography.translationOf = fields.optionalString("translation_of", diagnostics: &diagnostics).map { DocumentID($0) }
    if let node = fields["archive"] {
      if let reference = node.string {
        bibliography.archive = .init(reference: reference.nfc)
      } else if let parts = Fields(node, in: file, what: "the archive of \(owner)", allowed: archiveFields, diagnostics: &diagnostics) {
        func part(_ name: String) -> String? { parts.optionalString(name, diagnostics: &diagnostics)?.nfc }
        bibliography.archive = .init(
          repository: part("repository"), fonds: part("fonds"), opis: part("opis"), delo: part("delo"), folio: part("folio"),
          reference: part("reference"))
      }
    }
    return bibliography
  }

  /// An optional EDTF date field, as written; a date EDTF cannot read is a diagnostic.
  private static func date(_ name: String, of fields: Fields, in file: YAMLFile, owner: String, diagnostics: inout [Diagnostic]) -> String? {
    guard let node = fields[name], let text = file.scalar(node, field: name, diagnostics: &diagnostics) else { return nil }
    do {
      _ = try EDTFDate(parsing: text)
      return text
    } catch {
      diagnostics.append(
        Diagnostic(
          .impossibleDate, at: file.location(node), "the \(name) of \(owner) is not an EDTF date: \(error)",
          hint: "write e.g. `\(name): \"1979\"`, `\"1918-03\"` or `\"1917-11-07\"`"))
      return nil
    }
  }
}
