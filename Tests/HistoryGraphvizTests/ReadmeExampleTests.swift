import Foundation
import Testing

/// The README's library example, built and run as written: its `Package.swift`
/// and `main.swift` blocks become a package of their own that depends on this
/// one by path (in `.build-readme-example/`, kept between runs so that only
/// what changed is rebuilt).
@Test("The README's library example builds as its own package and runs")
func readmeExample() throws {
  let project = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  let readme = try String(contentsOf: project.appendingPathComponent("README.md"), encoding: .utf8)
  let folder = project.appendingPathComponent(".build-readme-example/MyTool")
  // The README names this package by path as ../history-graph: a link of that name stands for it.
  let link = project.appendingPathComponent(".build-readme-example/history-graph")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  if (try? FileManager.default.destinationOfSymbolicLink(atPath: link.path)) != project.path {
    try? FileManager.default.removeItem(at: link)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: project)
  }
  var files = 0
  for marker in readme.components(separatedBy: "<!-- readme-example: ").dropFirst() {
    let name = String(marker.prefix { $0 != " " })
    let body = try #require(marker.components(separatedBy: "```swift\n").dropFirst().first?.components(separatedBy: "\n```").first)
    let text = body
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    if (try? String(contentsOf: url, encoding: .utf8)) != text + "\n" { try Data((text + "\n").utf8).write(to: url) }
    files += 1
  }
  #expect(files == 2)

  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["swift", "run", "--package-path", folder.path, "--scratch-path", folder.appendingPathComponent(".build").path, "MyTool"]
  process.currentDirectoryURL = project
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
