import Foundation
import HistoryGraph
import HistoryGraphTestSupport
import Testing

@Suite("Documents' bibliographic fields and Chicago notes")
struct BibliographyTests {
  /// A graph folder with the curated schema, one entity and the documents given (YAML list items).
  final class Folder {
    let url: URL
    init(documents: String) throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent("hg-bib-\(UUID().uuidString)")
      for folder in ["entities", "claims"] {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(folder), withIntermediateDirectories: true)
      }
      try Data(contentsOf: Paths.project.appendingPathComponent("Graph/schema.yaml")).write(to: url.appendingPathComponent("schema.yaml"))
      try Data("- id: somebody\n  kind: person\n  labels: {kk: \"Somebody\"}\n".utf8).write(to: url.appendingPathComponent("entities/people.yaml"))
      try Data("documents:\n\(documents)".utf8).write(to: url.appendingPathComponent("documents.yaml"))
    }
    deinit { try? FileManager.default.removeItem(at: url) }
  }

  static let hash = String(repeating: "a", count: 64)

  @Test("an unknown field, type or archive part is an error at its place with a did-you-mean; a bad date and an unknown translation_of too")
  func errors() throws {
    let folder = try Folder(
      documents: """
          - id: d1
            file: a.txt
            sha256: \(Self.hash)
            autors: [X]
            type: artcle
            date: "1917-13-45"
            archive: {repository: R, fond: "1"}
            translation_of: d2
        """)
    let error = try #require(throws: LoadError.self) { try GraphLoader.load(graph: folder.url.path) }
    let text = error.description
    #expect(text.contains("documents.yaml:5:5: error: unknown field 'autors' in a document"), "\(text)")
    #expect(text.contains("did you mean 'authors'?"))
    #expect(text.contains("documents.yaml:6:11: error: unknown type 'artcle' of document 'd1'"))
    #expect(text.contains("did you mean 'article'?"))
    #expect(text.contains("the date of document 'd1' is not an EDTF date"))
    #expect(text.contains("unknown field 'fond' in the archive of document 'd1'") && text.contains("did you mean 'fonds'?"))
    #expect(text.contains("document 'd1' is a translation of unknown document 'd2'"))
  }

  @Test(
    "Chicago notes per type, with the locator, leaving out what is missing",
    arguments: [
      (
        "type: book, authors: [{family: Quillfeather, given: Anna}], date: \"1995\", place: Nowhere, publisher: Invented Press",
        "Anna Quillfeather, Steppe Towns (Nowhere: Invented Press, 1995), line 3."
      ),
      (
        "type: article, authors: [{family: Brell, given: Tomas}, \"Agnes Varro\"], date: \"2001-03\", container: Journal of Invented Studies, volume: \"20\", pages: \"1–20\"",
        "Tomas Brell and Agnes Varro, “Steppe Towns,” Journal of Invented Studies 20 (2001): 1–20, line 3."
      ),
      (
        "type: chapter, date: \"1979\", container: A Collection, place: Nowhere, pages: \"250-302\"",
        "“Steppe Towns,” in A Collection (Nowhere, 1979), 250-302, line 3."
      ),
      (
        "type: newspaper, container: The Ford Courier, date: \"1917-11-07\"",
        "“Steppe Towns,” The Ford Courier, November 7, 1917, line 3."
      ),
      (
        "type: archival-document, date: \"1918-03\", archive: {repository: Invented Archive, fonds: \"15\", opis: \"1\", delo: \"3\", folio: \"4\"}",
        "“Steppe Towns,” March 1918, Invented Archive, f. 15, op. 1, d. 3, l. 4, line 3."
      ),
      (
        "type: telegram, authors: [Ferry Committee], place: Tamarisk Ford, date: \"1918-02-16/1918-02-17\"",
        "Ferry Committee, Steppe Towns, Tamarisk Ford, 1918-02-16/1918-02-17, line 3."
      ),
      (
        "type: web-page, container: Invented Encyclopedia, url: \"https://example.org/t\", accessed: \"2024-05-01\"",
        "“Steppe Towns,” Invented Encyclopedia, accessed May 1, 2024, https://example.org/t, line 3."
      ),
      ("language: fr", "Steppe Towns, line 3."),
    ])
  func chicago(_ fields: String, _ expected: String) throws {
    let folder = try Folder(documents: "  - {id: d1, file: a.txt, sha256: \(Self.hash), labels: {en: \"Steppe Towns\"}, \(fields)}\n")
    let (graph, _) = try GraphLoader.load(graph: folder.url.path)
    let document = try #require(graph.documents[DocumentID("d1")])
    #expect(ChicagoNote.footnote(for: document, title: "Steppe Towns", locator: "line 3") == expected)
  }
}
