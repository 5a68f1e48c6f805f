import Foundation
import Testing

/// The steps of a page (`docs/tutorial.md`, the README), read from the page itself: each ```` ```yaml file=PATH ```` block
/// is a file to write, and each `$ ` line of a ```` ```console ```` block a command, followed by
/// what it prints (standard output, then standard error). A command that ends in `# exits N`
/// exits with N; every other one with 0.
struct Tutorial {
  enum Step {
    case write(path: String, text: String)
    case run(arguments: [String], status: Int32, expected: String, line: Int)
  }

  static let page = Run.project.appendingPathComponent("docs/tutorial.md")
  static let texts = Run.project.appendingPathComponent("docs/tutorial/texts")
  /// The French and German texts of the section on another language and calendar.
  static let textes = Run.project.appendingPathComponent("docs/tutorial/textes")

  let steps: [Step]

  init(page: URL = Tutorial.page) throws {
    let lines = try String(contentsOf: page, encoding: .utf8).components(separatedBy: "\n")
    var steps: [Step] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      index += 1
      if line.hasPrefix("```yaml file=") {
        let path = String(line.dropFirst("```yaml file=".count))
        var body: [String] = []
        while index < lines.count, lines[index] != "```" { body.append(lines[index]); index += 1 }
        index += 1
        steps.append(.write(path: path, text: body.joined(separator: "\n") + "\n"))
      } else if line == "```console" {
        var command: (line: String, number: Int)?
        var expected: [String] = []
        func finish() throws {
          guard let command else { return }
          var text = String(command.line.dropFirst(2))
          var status: Int32 = 0
          if let comment = text.range(of: "  # exits ") {
            status = try #require(Int32(text[comment.upperBound...]), "line \(command.number): `# exits N` needs a number")
            text = String(text[..<comment.lowerBound])
          }
          let words = Self.words(text)
          try #require(words.first == "history-graph", "line \(command.number): a tutorial command runs history-graph")
          steps.append(.run(arguments: Array(words.dropFirst()), status: status, expected: expected.joined(separator: "\n"), line: command.number))
        }
        while index < lines.count, lines[index] != "```" {
          if lines[index].hasPrefix("$ ") {
            try finish()
            (command, expected) = ((lines[index], index + 1), [])
          } else {
            expected.append(lines[index])
          }
          index += 1
        }
        index += 1
        try finish()
      }
    }
    self.steps = steps
  }

  /// A command line split at spaces, a double-quoted part kept whole.
  static func words(_ line: String) -> [String] {
    var words: [String] = [], word = "", quoted = false, started = false
    for character in line {
      switch character {
      case "\"": quoted.toggle(); started = true
      case " " where !quoted:
        if started { words.append(word) }
        (word, started) = ("", false)
      default: word.append(character); started = true
      }
    }
    if started { words.append(word) }
    return words
  }
}

@Suite("docs/tutorial.md, step by step")
struct TutorialTests {
  @Test("every command of the tutorial, run in order in an empty folder, prints what the tutorial says and exits as it says")
  func tutorial() throws {
    let tutorial = try Tutorial()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hg-tutorial-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: Tutorial.texts, to: folder.appendingPathComponent("texts"))
    try FileManager.default.copyItem(at: Tutorial.textes, to: folder.appendingPathComponent("textes"))
    var commands: [String] = []
    for step in tutorial.steps {
      switch step {
      case .write(let path, let text):
        try Data(text.utf8).write(to: folder.appendingPathComponent(path))
      case .run(let arguments, let status, let expected, let line):
        let run = try Run(arguments: arguments, in: folder)
        let printed = (run.stdout + run.stderr).trimmingCharacters(in: .newlines)
        #expect(run.status == status, "tutorial.md:\(line): `\(arguments.joined(separator: " "))` exited \(run.status)\n\(run.stderr)")
        #expect(
          printed == expected.trimmingCharacters(in: .newlines), "tutorial.md:\(line): `\(arguments.joined(separator: " "))` printed:\n\(printed)")
        if let output = arguments.firstIndex(of: "-o").map({ arguments[$0 + 1] }) {
          let data = try Data(contentsOf: folder.appendingPathComponent(output))
          #expect(!data.isEmpty, "tutorial.md:\(line): \(output) is empty")
          if output.hasSuffix(".svg") { #expect(String(decoding: data, as: UTF8.self).contains("Tamarisk Ford")) }
          if output.hasSuffix(".json") {
            let graph = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect((graph["claims"] as? [Any])?.count == 5)
          }
        }
        commands.append(arguments[0])
      }
    }
    // The tutorial walks what the issue asks of it, in this order.
    #expect(commands == ["init", "validate", "validate", "path", "as-of", "render", "export", "init", "validate", "timeline"])
  }

  @Test("the tutorial's texts say they are invented")
  func textsAreMarkedInvented() throws {
    for folder in [Tutorial.texts, Tutorial.textes] {
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      #expect(names.count == 2)
      for name in names {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(text.contains("invented") && text.contains("nothing in it is history"), "\(name)")
      }
    }
  }

  @Test("the README's worked question prints what the README shows, on the curated graph")
  func readmeQuestion() throws {
    let readme = try Tutorial(page: Run.project.appendingPathComponent("README.md"))
    #expect(!readme.steps.isEmpty)
    for step in readme.steps {
      guard case .run(let arguments, let status, let expected, let line) = step else { continue }
      let run = try Run(arguments: arguments, in: Run.project)
      #expect(run.status == status, "README.md:\(line): exited \(run.status)\n\(run.stderr)")
      #expect(
        (run.stdout + run.stderr).trimmingCharacters(in: .newlines) == expected.trimmingCharacters(in: .newlines),
        "README.md:\(line) printed:\n\(run.stdout)\(run.stderr)")
    }
  }
}
