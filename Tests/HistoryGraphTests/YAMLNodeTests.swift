import Foundation
import HistoryGraphTestSupport
import Testing
import Yams

@testable import HistoryGraph

/// The graph's YAML reader against Yams, which composes its node trees from the
/// same libyaml events: same structure, texts, lines and columns, and the same
/// texts refused.
@Suite("YAML reader")
struct YAMLNodeTests {
  /// Describes a node as Yams composes it with every scalar read as text.
  static func shape(_ node: Yams.Node) -> String {
    let at = "@\(node.mark?.line ?? 0):\(node.mark?.column ?? 0)"
    switch node {
    case .scalar(let scalar): return "s\(at)\(scalar.string.debugDescription)"
    case .sequence(let items): return "[\(at) " + items.map(shape).joined(separator: ", ") + "]"
    case .mapping(let pairs): return "{\(at) " + pairs.map { shape($0.key) + ": " + shape($0.value) }.joined(separator: ", ") + "}"
    case .alias: return "*"
    }
  }

  /// Describes a node as the graph's reader gives it, in the same words.
  static func shape(_ node: YAMLNode) -> String {
    let at = "@\(node.line):\(node.column)"
    switch node.content {
    case .scalar(let text): return "s\(at)\(text.debugDescription)"
    case .sequence(let items): return "[\(at) " + items.map(shape).joined(separator: ", ") + "]"
    case .mapping(let pairs): return "{\(at) " + pairs.map { shape($0.key) + ": " + shape($0.value) }.joined(separator: ", ") + "}"
    }
  }

  /// Both readers' view of `text`: the tree, or where reading failed.
  static func compare(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let expected: String
    do {
      expected = try Yams.compose(yaml: text, .basic).map(shape) ?? "nothing"
    } catch let YamlError.scanner(_, _, mark, _), let YamlError.parser(_, _, mark, _) {
      expected = "error@\(mark.line):\(mark.column)"
    } catch let YamlError.composer(_, problem, mark, _) where problem == "but found another document" {
      expected = "error@\(mark.line):\(mark.column)"
    } catch YamlError.duplicatedKeysInMapping {
      expected = "duplicate keys"
    } catch {
      expected = "error"
    }
    let actual: String
    do {
      actual = try YAMLNode.read(text).map(shape) ?? "nothing"
    } catch {
      switch error.reason {
      case .syntax, .secondDocument: actual = "error@\(error.line):\(error.column)"
      case .duplicateKeys: actual = "duplicate keys"
      default: actual = "error"
      }
    }
    #expect(actual == expected, "\(text.prefix(300))", sourceLocation: sourceLocation)
  }

  @Test("Every YAML file of the curated graph reads as Yams composes it")
  func curatedFiles() throws {
    let fm = FileManager.default
    var paths = ["schema.yaml", "documents.yaml"].map { "\(Paths.graph)/\($0)" }
    for folder in ["entities", "claims"] {
      paths += try fm.contentsOfDirectory(atPath: "\(Paths.graph)/\(folder)").filter { $0.hasSuffix(".yaml") }.map {
        "\(Paths.graph)/\(folder)/\($0)"
      }
    }
    #expect(paths.count > 6)
    for path in paths {
      Self.compare(try String(contentsOfFile: path, encoding: .utf8))
    }
  }

  @Test("Styles, quoting, comments, empty values and broken texts read as Yams reads them")
  func handWritten() {
    let texts = [
      "", "# only a comment\n", "---\n", "--- \n...\n", "a: 1\n", "a:\n", "a: ~\n", "a: null\nb: true\nc: 0x1F\n",
      "- a\n- 'b ''c'''\n- \"d\\te\\u00e9\"\n", "k: |\n  line one\n  line two\n\nz: >-\n  folded\n  text\n",
      "{a: [1, 2, {b: c}], d: {}}\n", "- - - deep\n", "a: b: c\n", "- [unclosed\n", "a: \"unclosed\n", "\ta: tab\n",
      "a: 1\na: 2\n", "a: 1\nb: 2\na: 3\nb: 4\n", "x: {k: 1, k: 1}\n", "---\na: 1\n---\nb: 2\n", "a: 1\n--- b\n",
      "? complex key\n: value\n", "? [a, b]\n: v\n", "!!str tagged: !custom value\n", "%YAML 1.1\n---\na: b\n",
      "Алаш: \"Әлихан Бөкейханов\"\nkk-Latn: Älihan\n", "a: \"\u{1F600} emoji\"\nb: 'e\u{0301}'\n",
      "- id: c1\n  sources: [{document: d000, quote: \"x\"}]\n  time: {edtf: \"1917-12-13\", calendar: julian}\n",
    ]
    for text in texts { Self.compare(text) }
  }

  @Test("Generated YAML in block and flow style reads as Yams reads it")
  func generated() {
    var random = SeededGenerator(seed: 17)
    let words = ["id", "a", "Алаш", "кеңес", "x y", "1917-12-13", "", "#", "-", "'", "\"q\"", "é", "Орынборда", "k: v", "[", "}", "~"]
    func scalar() -> String {
      let word = words.randomElement(using: &random)!
      switch Int.random(in: 0..<3, using: &random) {
      case 0: return "'" + word.replacingOccurrences(of: "'", with: "''") + "'"
      case 1: return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
      default: return word
      }
    }
    func flow(_ depth: Int) -> String {
      if depth == 0 || Bool.random(using: &random) { return scalar() }
      let count = Int.random(in: 0..<4, using: &random)
      if Bool.random(using: &random) { return "[" + (0..<count).map { _ in flow(depth - 1) }.joined(separator: ", ") + "]" }
      return "{" + (0..<count).map { i in "k\(i): " + flow(depth - 1) }.joined(separator: ", ") + "}"
    }
    func block(_ depth: Int, indent: String) -> String {
      var lines: [String] = []
      for i in 0..<Int.random(in: 1..<4, using: &random) {
        let key = Int.random(in: 0..<8, using: &random) == 0 ? "k0" : "k\(i)"
        switch Int.random(in: 0..<4, using: &random) {
        case 0 where depth > 0: lines.append("\(indent)\(key):\n" + block(depth - 1, indent: indent + "  "))
        case 1 where depth > 0: lines.append("\(indent)\(key):\n\(indent)  - " + flow(2) + "\n\(indent)  - " + flow(1))
        case 2: lines.append("\(indent)\(key): \(flow(3))  # note")
        default: lines.append("\(indent)\(key): \(scalar())")
        }
      }
      return lines.joined(separator: "\n")
    }
    for _ in 0..<400 {
      Self.compare("- " + block(3, indent: "  ").dropFirst(2) + "\n- " + block(2, indent: "  ").dropFirst(2) + "\n")
    }
  }

  @Test("A byte-order mark is not a column: the first key starts at column 1 (Yams counts it)")
  func byteOrderMark() throws {
    let root = try #require(try YAMLNode.read("\u{FEFF}a: bom\n"))
    #expect(Self.shape(root) == "{@1:1 s@1:1\"a\": s@1:4\"bom\"}")
  }

  @Test("Anchors and aliases are refused where they first appear")
  func anchors() throws {
    for (text, line, column) in [("a: &x 1\nb: *x\n", 1, 4), ("a: 1\nb: *x\n", 2, 4), ("- &list [1]\n", 1, 3), ("- x\n- k: &m {a: 1}\n", 2, 6)] {
      #expect(throws: YAMLReadError(reason: .anchorOrAlias, line: line, column: column)) { try YAMLNode.read(text) }
    }
  }

  @Test("A repeated key is reported at its second appearance, with every repeated key")
  func duplicateKeys() throws {
    #expect(throws: YAMLReadError(reason: .duplicateKeys(["a", "b"]), line: 3, column: 1)) { try YAMLNode.read("b: 1\na: 2\na: 3\nb: 4\n") }
  }

  @Test("Nesting deeper than libyaml allows is refused, not a stack overflow")
  func deepNesting() throws {
    let text = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
    #expect(throws: YAMLReadError.self) { try YAMLNode.read(text) }
    #expect((try? YAMLNode.read(String(repeating: "[", count: 500) + String(repeating: "]", count: 500))) != nil)
  }
}
