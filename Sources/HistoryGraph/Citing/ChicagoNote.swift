/// A footnote for a document in the notes style of *The Chicago Manual of
/// Style*: author, title, then what the document's type calls for (publication
/// facts for a book, journal and volume for an article, the book a chapter is
/// in, the newspaper and date, the archive's repository with fonds, opis, delo
/// and folio, a web page's URL and access date), then the place cited.
///
/// A field the document lacks is left out with its punctuation. Titles are
/// given as the graph holds them (no italics in plain text); an article's,
/// chapter's or page's title is set in quotation marks.
public enum ChicagoNote {
  /// The note for `document`, titled `title` (its label in the reader's
  /// language), citing the place `locator` (e.g. `line 12`) if given.
  public static func footnote(for document: Document, title: String, locator: String? = nil) -> String {
    let b = document.bibliography
    var note = Note()
    note.add(authors(b.authors))
    let date = b.date.map(longDate)
    let year = b.date.flatMap { Bibliography.dateParts(of: $0).first?.first }.map(String.init) ?? b.date
    let publication = publicationFacts(place: b.place, publisher: b.publisher, year: year)
    let archive = [b.archive?.repository, b.archive?.locator].compactMap { $0 }
    switch b.type {
    case .book:
      note.add(title + (b.volume.map { ", vol. \($0)" } ?? "") + (publication.map { " (\($0))" } ?? ""))
      note.add(b.pages)
    case .article:
      note.add(title, quoted: true)
      let issue = [b.container, b.volume].compactMap { $0 }.joined(separator: " ")
      let dated = year.map { issue.isEmpty ? $0 : "\(issue) (\($0))" } ?? issue
      note.add(dated.isEmpty ? b.pages : dated + (b.pages.map { ": \($0)" } ?? ""))
    case .chapter:
      note.add(title, quoted: true)
      note.add(b.container.map { "in \($0)" + (b.volume.map { ", vol. \($0)" } ?? "") + (publication.map { " (\($0))" } ?? "") } ?? publication)
      note.add(b.pages)
    case .newspaper:
      note.add(title, quoted: true)
      note.add(b.container)
      note.add(b.place.flatMap { b.container == nil ? $0 : nil })
      note.add(date)
      note.add(b.pages)
    case .archivalDocument:
      note.add(title, quoted: true)
      note.add(date)
      note.add(b.place)
      for part in archive { note.add(part) }
    case .letter, .telegram:
      note.add(title)
      note.add(b.place)
      note.add(date)
      for part in archive { note.add(part) }
    case .webPage:
      note.add(title, quoted: true)
      note.add(b.container ?? b.publisher)
      note.add(date)
      note.add(b.accessed.map { "accessed \(longDate($0))" })
      note.add(b.url)
    case nil:
      note.add(title)
      note.add(b.container)
      note.add(publication)
      for part in archive { note.add(part) }
      note.add(b.url)
    }
    if b.type == .article || b.type == .book || b.type == .chapter || b.type == .newspaper || b.type == .archivalDocument || b.type == .letter
      || b.type == .telegram
    {
      note.add(b.url)
    }
    note.add(locator)
    return note.text
  }

  /// "A", "A and B", "A, B, and C", "A et al." (more than three).
  static func authors(_ names: [Bibliography.Name]) -> String? {
    let shown = names.map(\.displayed).filter { !$0.isEmpty }
    switch shown.count {
    case 0: return nil
    case 1: return shown[0]
    case 2: return "\(shown[0]) and \(shown[1])"
    case 3: return "\(shown[0]), \(shown[1]), and \(shown[2])"
    default: return "\(shown[0]) et al."
    }
  }

  /// "Place: Publisher, Year", each part left out when missing.
  static func publicationFacts(place: String?, publisher: String?, year: String?) -> String? {
    let who = [place, publisher].compactMap { $0 }.joined(separator: ": ")
    let all = [who.isEmpty ? nil : who, year].compactMap { $0 }.joined(separator: ", ")
    return all.isEmpty ? nil : all
  }

  private static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  ]

  /// `1917-11-07` → "November 7, 1917", `1918-03` → "March 1918"; any other EDTF as written.
  static func longDate(_ edtf: String) -> String {
    let parts = Bibliography.dateParts(of: edtf)
    guard parts.count == 1, !edtf.contains("/"), edtf.allSatisfy({ $0.isNumber || $0 == "-" }) else { return edtf }
    let p = parts[0]
    switch p.count {
    case 3: return "\(months[p[1] - 1]) \(p[2]), \(p[0])"
    case 2: return "\(months[p[1] - 1]) \(p[0])"
    default: return edtf
    }
  }

  /// A note's parts, joined by commas and ended by a period; a quoted title
  /// takes the comma or period inside its quotation marks.
  private struct Note {
    var parts: [(text: String, quoted: Bool)] = []

    mutating func add(_ text: String?, quoted: Bool = false) {
      guard let text, !text.isEmpty else { return }
      parts.append((text, quoted))
    }

    var text: String {
      var out = ""
      for (i, part) in parts.enumerated() {
        let last = i == parts.count - 1
        if i > 0 { out += " " }
        let mark = last ? "." : ","
        if part.quoted {
          out += "“\(part.text)\(mark)”"
        } else {
          out += part.text
          if !(last && part.text.hasSuffix(".")) { out += mark }
        }
      }
      return out
    }
  }
}
