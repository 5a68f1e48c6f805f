/// What a historian cites a document by: its type, authors, date, publication
/// and archive. Every field is optional; a document's title is its labels.
///
/// Read from the optional fields of a document in `documents.yaml` (see Graph/README.md).
public struct Bibliography: Hashable, Sendable, Codable {
  /// What kind of text a document is, as a citation style distinguishes them.
  public enum SourceType: String, CaseIterable, Hashable, Sendable, Codable {
    case book
    /// An article in a journal.
    case article
    /// A chapter in an edited book, a collection or an encyclopedia.
    case chapter
    /// A document kept in an archive (cited by repository, fonds, opis, delo, folio).
    case archivalDocument = "archival-document"
    /// An article in a newspaper.
    case newspaper
    case letter
    case telegram
    case webPage = "web-page"
  }

  /// An author: a name as written, or a family and a given name.
  public struct Name: Hashable, Sendable, Codable {
    /// The name as written, when it is not split into family and given names.
    public var literal: String?
    public var family: String?
    public var given: String?

    /// A name as written (an institution, or a name not to be split).
    public init(literal: String) {
      self.literal = literal
    }

    /// A name split into family and given names.
    public init(family: String?, given: String?) {
      self.family = family
      self.given = given
    }

    /// "Given Family" (or the literal), as a note names an author.
    public var displayed: String {
      if let literal { return literal }
      return [given, family].compactMap { $0 }.joined(separator: " ")
    }
  }

  /// Where an archival document is kept: a repository and either the fonds /
  /// opis / delo / folio of Russian and Soviet archives or a free reference.
  public struct ArchiveReference: Hashable, Sendable, Codable {
    /// The archive (e.g. "ЦГА РК").
    public var repository: String?
    /// Fonds (фонд).
    public var fonds: String?
    /// Inventory (опись).
    public var opis: String?
    /// File (дело).
    public var delo: String?
    /// Folio or leaves (лист).
    public var folio: String?
    /// A reference in the archive's own form, for archives not arranged by fonds.
    public var reference: String?

    /// Creates a reference from its parts.
    public init(
      repository: String? = nil, fonds: String? = nil, opis: String? = nil, delo: String? = nil, folio: String? = nil, reference: String? = nil
    ) {
      self.repository = repository
      self.fonds = fonds
      self.opis = opis
      self.delo = delo
      self.folio = folio
      self.reference = reference
    }

    /// The reference within the repository: "f. 1, op. 2, d. 3, l. 4" or the free reference.
    public var locator: String? {
      let parts = [("f.", fonds), ("op.", opis), ("d.", delo), ("l.", folio)].compactMap { label, value in value.map { "\(label) \($0)" } }
      let joined = (parts + (reference.map { [$0] } ?? [])).joined(separator: ", ")
      return joined.isEmpty ? nil : joined
    }
  }

  public var type: SourceType?
  public var authors: [Name]
  /// The date of the text, EDTF as written.
  public var date: String?
  /// The place of publication (or of writing, for a letter or telegram).
  public var place: String?
  public var publisher: String?
  /// What the text appeared in: a journal, a newspaper, a collection, a book.
  public var container: String?
  public var volume: String?
  /// The pages it spans in its container ("250–302").
  public var pages: String?
  public var archive: ArchiveReference?
  public var url: String?
  /// When a web page was read, EDTF.
  public var accessed: String?
  /// The language of the text.
  public var language: Language?
  /// The document this one translates.
  public var translationOf: DocumentID?

  /// Creates a bibliography; every field is optional.
  public init(
    type: SourceType? = nil, authors: [Name] = [], date: String? = nil, place: String? = nil, publisher: String? = nil,
    container: String? = nil, volume: String? = nil, pages: String? = nil, archive: ArchiveReference? = nil,
    url: String? = nil, accessed: String? = nil, language: Language? = nil, translationOf: DocumentID? = nil
  ) {
    self.type = type
    self.authors = authors
    self.date = date
    self.place = place
    self.publisher = publisher
    self.container = container
    self.volume = volume
    self.pages = pages
    self.archive = archive
    self.url = url
    self.accessed = accessed
    self.language = language
    self.translationOf = translationOf
  }

  /// Whether no field is set.
  public var isEmpty: Bool { self == Bibliography() }
}
