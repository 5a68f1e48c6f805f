/// A language (and script, region or variant) as a BCP 47 tag: `en`, `de-CH`,
/// `kk-Latn`, `ota-Arab`, `zh-Hant-TW`.
///
/// The tag is checked for syntax (RFC 5646's language, extlang, script, region,
/// variant, extension and private-use subtags) and kept in its conventional case:
/// language lowercase, script in title case, region uppercase. Which languages a
/// graph uses is the graph's own: see ``LabelLanguages``.
public struct Language: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral, Codable {
  /// The tag in its conventional case.
  public let rawValue: String

  /// The tag, or `nil` when `rawValue` is not a well-formed BCP 47 tag.
  public init?(rawValue: String) {
    guard let canonical = Self.canonical(rawValue) else { return nil }
    self.rawValue = canonical
  }

  /// A tag written in code (`labels: ["fr": "Procès-verbal"]`); a malformed one is a programmer's mistake and traps.
  public init(stringLiteral value: String) {
    guard let tag = Language(rawValue: value) else { preconditionFailure("'\(value)' is not a BCP 47 language tag") }
    self = tag
  }

  public var description: String { rawValue }

  /// Reads a tag written as a string.
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let tag = Language(rawValue: text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a BCP 47 language tag"))
    }
    self = tag
  }

  /// Writes the tag as a string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// The language of the tool's own words (its messages, dates in words, locators),
  /// which no graph chooses: English.
  public static let interface = Language(rawValue: "en")!

  /// The primary language subtag (`kk` of `kk-Latn`).
  public var primarySubtag: Substring { rawValue.split(separator: "-").first ?? "" }

  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

  /// The tags of a comma-separated list (`fr,de` or `ota-Arab, en`), in order.
  ///
  /// - Throws: what is wrong with the list: a word that is not a tag, or a tag given twice.
  public static func list(_ text: String) throws(ListError) -> [Language] {
    var tags: [Language] = []
    for word in text.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
      guard let tag = Language(rawValue: word) else {
        throw ListError(description: "'\(word)' is not a language tag (BCP 47, e.g. en, fr, de-CH, ota-Arab)")
      }
      guard !tags.contains(tag) else { throw ListError(description: "'\(tag)' is named twice") }
      tags.append(tag)
    }
    return tags
  }

  /// What is wrong with a list of language tags.
  public struct ListError: Error, CustomStringConvertible {
    /// What is wrong.
    public let description: String
  }

  /// The tag in conventional case if it is well formed.
  static func canonical(_ text: String) -> String? {
    guard !text.isEmpty, text.utf8.count <= 64, text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    // The common case, a language alone in lower case (`kk`, `fra`), is its own canonical form.
    if (2...8).contains(text.utf8.count), text.utf8.allSatisfy({ (0x61...0x7A).contains($0) }) { return text }
    let subtags = text.split(separator: "-", omittingEmptySubsequences: false).map { String($0) }
    guard subtags.allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isLetter || $0.isNumber } }) else { return nil }
    var out: [String] = []
    var index = 0
    func isAlpha(_ s: String) -> Bool { s.allSatisfy(\.isLetter) }
    func isDigit(_ s: String) -> Bool { s.allSatisfy(\.isNumber) }
    // A private-use tag alone: x-anything.
    if subtags[0].lowercased() == "x" {
      guard subtags.count > 1 else { return nil }
      return subtags.map { $0.lowercased() }.joined(separator: "-")
    }
    // Language: 2–3 letters with up to three extlangs, or 4–8 letters.
    let language = subtags[0]
    guard isAlpha(language), language.count >= 2 else { return nil }
    out.append(language.lowercased())
    index = 1
    if language.count <= 3 {
      var extlangs = 0
      while index < subtags.count, extlangs < 3, subtags[index].count == 3, isAlpha(subtags[index]) {
        out.append(subtags[index].lowercased())
        index += 1
        extlangs += 1
      }
    }
    // Script: 4 letters.
    if index < subtags.count, subtags[index].count == 4, isAlpha(subtags[index]) {
      out.append(subtags[index].prefix(1).uppercased() + subtags[index].dropFirst().lowercased())
      index += 1
    }
    // Region: 2 letters or 3 digits.
    if index < subtags.count, (subtags[index].count == 2 && isAlpha(subtags[index])) || (subtags[index].count == 3 && isDigit(subtags[index])) {
      out.append(subtags[index].uppercased())
      index += 1
    }
    // Variants: 5–8 letters or digits, or a digit and three more.
    var variants = Set<String>()
    while index < subtags.count {
      let s = subtags[index]
      guard s.count >= 5 || (s.count == 4 && s.first!.isNumber) else { break }
      guard variants.insert(s.lowercased()).inserted else { return nil }
      out.append(s.lowercased())
      index += 1
    }
    // Extensions: a singleton other than x, then subtags of 2–8.
    var singletons = Set<String>()
    while index < subtags.count, subtags[index].count == 1, subtags[index].lowercased() != "x" {
      let singleton = subtags[index].lowercased()
      guard singletons.insert(singleton).inserted else { return nil }
      out.append(singleton)
      index += 1
      var count = 0
      while index < subtags.count, subtags[index].count >= 2 {
        out.append(subtags[index].lowercased())
        index += 1
        count += 1
      }
      guard count > 0 else { return nil }
    }
    // Private use: x, then subtags of 1–8.
    if index < subtags.count, subtags[index].lowercased() == "x" {
      guard index + 1 < subtags.count else { return nil }
      out += subtags[index...].map { $0.lowercased() }
      index = subtags.count
    }
    return index == subtags.count ? out.joined(separator: "-") : nil
  }
}
