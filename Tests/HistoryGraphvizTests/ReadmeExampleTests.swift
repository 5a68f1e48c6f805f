import Foundation
import Testing

/// The library example of `docs/library.md`: its `main.swift` block is the
/// package's `readme-example` target (built from the public products alone),
/// and its `Package.swift` block, text only, names products this package has.
@Suite("The library page's example")
struct ReadmeExampleTests {
  static let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let page = "docs/library.md"

  /// The ```` ```swift ```` block after each `<!-- MARKER -->` line of the page, by the text after the marker's name.
  static func blocks(marker: String) throws -> [(name: String, body: String)] {
    let text = try String(contentsOf: project.appendingPathComponent(page), encoding: .utf8)
    return try text.components(separatedBy: "<!-- \(marker)").dropFirst().map { chunk in
      let name = try #require(chunk.components(separatedBy: "-->").first, "\(page): <!-- \(marker) without -->")
      let after = try #require(chunk.components(separatedBy: "```swift\n").dropFirst().first, "\(page): no swift block after <!-- \(marker)")
      return (name.trimmingCharacters(in: .whitespaces), after.components(separatedBy: "\n```").first! + "\n")
    }
  }

  @Test("each example block of the page is its file in the package, byte for byte")
  func blocksAreTheTargetsFiles() throws {
    let blocks = try Self.blocks(marker: "readme-example:")
    #expect(blocks.map(\.name) == ["Examples/readme-example/main.swift"])
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.project.appendingPathComponent("Examples/readme-example").path)
    #expect(files.sorted() == ["main.swift"], "every file of the example is on the page")
    for block in blocks {
      let file = try Data(contentsOf: Self.project.appendingPathComponent(block.name))
      #expect(file == Data(block.body.utf8), "\(Self.page): the block of \(block.name) differs from the file; copy one to the other")
    }
  }

  @Test("the page's Package.swift depends on products this package has, the ones the example imports")
  func packageBlockNamesTheProducts() throws {
    let blocks = try Self.blocks(marker: "readme-example-package")
    let manifest = try #require(blocks.first?.body)
    #expect(blocks.count == 1)
    let named = Self.matches(#"\.product\(name: "([^"]+)""#, in: manifest)
    let ours = try String(contentsOf: Self.project.appendingPathComponent("Package.swift"), encoding: .utf8)
    let libraries = Set(Self.matches(#"\.library\(name: "([^"]+)""#, in: ours))
    #expect(!named.isEmpty)
    for product in named { #expect(libraries.contains(product), "\(Self.page): no library product \(product) in Package.swift") }
    let main = try String(contentsOf: Self.project.appendingPathComponent("Examples/readme-example/main.swift"), encoding: .utf8)
    #expect(Set(Self.matches(#"(?m)^import (\w+)"#, in: main)) == Set(named), "the example imports what its Package.swift depends on")
    // The target builds against the same modules, at public access only.
    let target = try #require(ours.components(separatedBy: #"name: "readme-example""#).dropFirst().first?.components(separatedBy: "),").first)
    #expect(Set(Self.matches(#""([A-Za-z]+)""#, in: target.components(separatedBy: "path:").first ?? "")) == Set(named))
    #expect(target.contains("packageAccess: false"))
  }

  @Test("the example runs on the curated graph and prints what its comments say")
  func exampleRuns() throws {
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
    var binary = folder.appendingPathComponent("readme-example")
    if !FileManager.default.isExecutableFile(atPath: binary.path) { binary = Self.project.appendingPathComponent(".build/debug/readme-example") }
    let process = Process()
    process.executableURL = binary
    process.currentDirectoryURL = Self.project
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(text.suffix(3000))")
    #expect(text.contains("quotes checked: true"))
    #expect(text.contains("heads alash-orda"))
    #expect(text.contains("hop alikhan-bokeikhanov"))
    #expect(text.contains("svg bytes:") && text.contains("chairs: 1"))
  }

  static func matches(_ pattern: String, in text: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: pattern)
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}
