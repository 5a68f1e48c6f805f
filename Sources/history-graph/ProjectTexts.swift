import Foundation
import HistoryGraph
import HistoryGraphInterchange

/// A text to list in a project's `documents.yaml`: its id, file name, SHA-256 and a title from its first line.
struct TextEntry {
  let id: String
  let file: String
  let sha256: String
  let title: String
  /// The title's language: the graph's primary one, or `und` (undetermined) when it declares none.
  let language: String

  /// Reads `path`; `file` is the name written in documents.yaml (relative to the corpus folder);
  /// `title`, if given, stands for the first line.
  init(path: String, file: String, id: String, title given: String? = nil, language: Language?) throws {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(message: "cannot read the text '\(path)'", hint: "check the file name and that you may read it")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Failure(message: "'\(path)' is not UTF-8 text", hint: "save it as UTF-8 (quotes are checked letter for letter against it), or move it out of the corpus folder")
    }
    self.id = id
    self.file = file
    sha256 = SHA256.hex([UInt8](data))
    let firstLine = text.split(whereSeparator: \.isNewline).lazy.map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? file
    title = given ?? (firstLine.count > 120 ? String(firstLine.prefix(119)) + "…" : firstLine)
    self.language = language?.rawValue ?? "und"
  }

  /// The entry as documents.yaml lists it.
  func yaml() -> String {
    """
      - id: \(id)
        file: \(YAMLScalar.quoted(file))
        sha256: \(sha256)
        labels: {\(language): \(YAMLScalar.quoted(title))}

    """
  }

  /// A document id made from a file name: its stem in lowercase, every run of
  /// other characters than ASCII letters and digits made one '-'; never one of `taken`.
  static func id(forFile name: String, avoiding taken: Set<String>) -> String {
    let stem = (name as NSString).deletingPathExtension.lowercased()
    var id = ""
    for scalar in stem.unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        id.unicodeScalars.append(scalar)
      } else if !id.isEmpty, !id.hasSuffix("-") {
        id += "-"
      }
    }
    while id.hasSuffix("-") { id.removeLast() }
    if id.isEmpty { id = "text" }
    var unique = id, n = 2
    while taken.contains(unique) { (unique, n) = ("\(id)-\(n)", n + 1) }
    return unique
  }
}

/// The path of `target` relative to the folder `base` (both made absolute first).
func relativePath(to target: String, from base: String) -> String {
  func components(_ path: String) -> [String] {
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    return URL(fileURLWithPath: absolute).standardizedFileURL.pathComponents
  }
  let to = components(target), from = components(base)
  var common = 0
  while common < min(to.count, from.count), to[common] == from[common] { common += 1 }
  let path = Array(repeating: "..", count: from.count - common) + to[common...]
  return path.isEmpty ? "." : path.joined(separator: "/")
}
