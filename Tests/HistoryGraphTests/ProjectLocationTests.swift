import Foundation
import HistoryGraph
import Testing

@Suite("ProjectLocation: the graph folder found as git finds a repository")
struct ProjectLocationTests {
  /// A temporary tree: a/ holds a project (schema.yaml, documents.yaml), b/Graph/ holds one, c/ has only a schema.yaml.
  final class Tree {
    let root: URL
    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent("hg-location-\(UUID().uuidString)").standardizedFileURL
      for folder in ["a/claims/deep", "b/Graph", "b/notes", "c/sub"] {
        try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
      }
      for file in ["a/schema.yaml", "a/documents.yaml", "b/Graph/schema.yaml", "b/Graph/documents.yaml", "c/schema.yaml"] {
        try Data().write(to: root.appendingPathComponent(file))
      }
    }
    deinit { try? FileManager.default.removeItem(at: root) }
    func path(_ sub: String) -> String { root.appendingPathComponent(sub).path }
  }

  @Test(
    "the nearest folder at or above the working folder, itself or its Graph/, given relative to it",
    arguments: [
      ("a", "."), ("a/claims", ".."), ("a/claims/deep", "../.."), ("b", "Graph"), ("b/notes", "../Graph"), ("b/Graph", "."),
    ])
  func found(_ start: String, _ expected: String) throws {
    let tree = try Tree()
    let location = try ProjectLocation.find(flag: nil, environment: [:], workingFolder: tree.path(start))
    #expect(location == ProjectLocation(folder: expected, origin: .found))
  }

  @Test("--graph wins over HISTORY_GRAPH, which wins over the search; an empty HISTORY_GRAPH is not a name")
  func precedence() throws {
    let tree = try Tree()
    #expect(
      try ProjectLocation.find(flag: "x", environment: ["HISTORY_GRAPH": "y"], workingFolder: tree.path("a"))
        == ProjectLocation(folder: "x", origin: .flag))
    #expect(
      try ProjectLocation.find(flag: nil, environment: ["HISTORY_GRAPH": "y"], workingFolder: tree.path("a"))
        == ProjectLocation(folder: "y", origin: .environment))
    #expect(try ProjectLocation.find(flag: nil, environment: ["HISTORY_GRAPH": ""], workingFolder: tree.path("a")).origin == .found)
  }

  @Test("a folder with only one of the two files is no project; nothing found lists every folder tried")
  func notFound() throws {
    let tree = try Tree()
    let error = try #require(throws: ProjectLocationError.self) {
      try ProjectLocation.find(flag: nil, environment: [:], workingFolder: tree.path("c/sub"))
    }
    #expect(error.workingFolder == tree.path("c/sub"))
    #expect(Array(error.searched.prefix(4)) == [tree.path("c/sub"), tree.path("c/sub/Graph"), tree.path("c"), tree.path("c/Graph")])
    #expect(error.searched.last == "/Graph")
    #expect(error.description.contains("hint: cd into your project, pass --graph DIR or set HISTORY_GRAPH=DIR"))
  }
}
