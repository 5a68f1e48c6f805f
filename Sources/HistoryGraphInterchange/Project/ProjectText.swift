import Foundation
import HistoryGraph

/// A problem with a project's files met while listing texts: what, where, and what to do.
package struct ProjectError: Error, Sendable, CustomStringConvertible {
  public let message: String
  /// `file:line:col`, when there is one.
  public let location: String?
  public let hint: String

  public init(_ message: String, at location: String? = nil, hint: String) {
    self.message = message
    self.location = location
    self.hint = hint
  }

  public var description: String { (location.map { "\($0): " } ?? "") + "error: \(message)\n  hint: \(hint)" }
}

/// A text to list in a project's `documents.yaml`: its id, file name, SHA-256 and
/// a title from its first line, labelled in the graph's primary language.
package struct ProjectText: Sendable {
  public let id: String
  public let file: String
  public let sha256: String
  public let title: String
  /// The title's language: the graph's primary one, or `und` (undetermined) when it declares none.
  public let language: String

  /// Reads `path`; `file` is the name written in documents.yaml (relative to the corpus folder);
  /// `title`, if given, stands for the first line.
  ///
  /// - Throws: ``ProjectError`` when the file cannot be read or is not UTF-8.
  public init(path: String, file: String, id: String, title given: String? = nil, language: Language?) throws(ProjectError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ProjectError("cannot read the text '\(path)'", hint: "check the file name and that you may read it")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ProjectError(
        "'\(path)' is not UTF-8 text", hint: "save it as UTF-8 (quotes are checked letter for letter against it), or move it out of the corpus folder"
      )
    }
    self.id = id
    self.file = file
    sha256 = SHA256.hex([UInt8](data))
    let firstLine = text.split(whereSeparator: \.isNewline).lazy.map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? file
    title = given ?? (firstLine.count > 120 ? String(firstLine.prefix(119)) + "…" : firstLine)
    self.language = language?.rawValue ?? "und"
  }
  /// The entry as documents.yaml lists it.
  public func yaml() -> String {
    """
      - id: \(id)
        file: \(YAMLScalar.quoted(file))
        sha256: \(sha256)
        labels: {\(language): \(YAMLScalar.quoted(title))}

    """
  }

  /// A document id made from a file name: its stem in lowercase, every run of
  /// other characters than ASCII letters and digits made one '-'; never one of `taken`.
  public static func id(forFile name: String, avoiding taken: Set<String>) -> String {
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

/// Whether the file at `path`, every link and `..` resolved (`realpath`), lies
/// inside `folder` (resolved alike); `true` when either cannot be resolved (then
/// reading the file says what is wrong).
func liesInside(_ path: String, folder: String) -> Bool {
  func resolved(_ path: String) -> String? {
    guard let real = realpath(path, nil) else { return nil }
    defer { free(real) }
    return String(cString: real)
  }
  guard let file = resolved(path), let folder = resolved(folder) else { return true }
  return file.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
}

/// The path of `target` relative to the folder `base` (both made absolute first).
public func relativePath(to target: String, from base: String) -> String {
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

/// What a documents.yaml text lists, read with the graph's own YAML reader (every
/// scalar is text: an id `1917` stays "1917"): the corpus setting and each document
/// with where its `sha256` value is written, for editing the file in place.
package struct DocumentList: Sendable {
  /// One document as documents.yaml lists it.
  public struct Entry: Sendable {
    public let id: String
    public let file: String
    public let sha256: String
    /// 1-based line of the `sha256` value (0 if there is none).
    public let sha256Line: Int
  }

  public let corpus: String?
  public let documents: [Entry]

  /// Reads the text of `path`.
  ///
  /// - Throws: ``ProjectError`` when it is not YAML, or not a mapping.
  public static func read(_ text: String, path: String) throws(ProjectError) -> DocumentList {
    let root: YAMLNode?
    do {
      root = try YAMLNode.read(text)
    } catch {
      throw ProjectError(
        "\(path) is not valid YAML", at: "\(path):\(error.line):\(error.column)", hint: "`history-graph validate` says what is wrong; fix it first")
    }
    guard let top = root?.mapping else {
      throw ProjectError(
        "\(path) is not a mapping with `corpus:` and `documents:`", hint: "see Graph/README.md, or start a project with `history-graph init`")
    }
    func value(_ mapping: YAMLMapping, _ key: String) -> YAMLNode? { mapping.first { $0.key.string == key }?.value }
    let documents = (value(top, "documents")?.sequence ?? []).compactMap { item -> Entry? in
      guard let fields = item.mapping, let id = value(fields, "id")?.string else { return nil }
      let sha = value(fields, "sha256")
      return Entry(
        id: id, file: value(fields, "file")?.string ?? "", sha256: (sha?.string ?? "").lowercased(), sha256Line: sha.map { Int($0.line) } ?? 0)
    }
    return DocumentList(corpus: value(top, "corpus")?.string, documents: documents)
  }
}
