extension NameKey {
  /// The exact-key steps of the common alphabet, one per Unicode scalar, for
  /// reading most text without grapheme clusters, string lowercasing or
  /// dictionary look-ups.
  ///
  /// The common alphabet is ASCII but the carriage return, Latin-1, Latin
  /// Extended-A (the Kazakh Latin letters), the modifier apostrophe, the Cyrillic
  /// block without its combining marks (U+0483–U+0489), the general punctuation
  /// from U+2010 to U+2027 (dashes, quotation marks, the ellipsis) and the numero
  /// sign. Text made only of these reads the same scalar by scalar as character
  /// by character, because each of these scalars
  /// - is NFC on its own and composes with none of them (``Swift/String/nfc`` keeps such text as it is),
  /// - lowercases on its own (`String.lowercased()` maps each scalar by itself, with no context),
  /// - and, lowercased, is one whole character that never joins the next one
  ///   (none is a combining mark, a joiner or a prepended mark, and the carriage
  ///   return, which joins a line feed, is left out),
  /// so each step is ``NameKey/step(_:folding:)`` of the scalar's lowercase character.
  /// Each ``NameFolding`` has its table.
  package struct ScalarSteps: Sendable {
    /// What each scalar does, indexed by its value.
    private let steps: [Entry]
    /// The letters that `append` entries add, one after another.
    private let letters: [UInt8]

    private struct Entry: Sendable {
      enum Kind: UInt8 { case outside, append, join, split }
      var kind: Kind
      var count: UInt8
      var start: UInt16
    }

    /// The table of `folding`.
    package static func table(for folding: NameFolding) -> ScalarSteps {
      switch folding {
      case .unicode: unicode
      case .kazakhCyrillicLatin: kazakhCyrillicLatin
      }
    }

    private static let unicode = ScalarSteps(folding: .unicode)
    private static let kazakhCyrillicLatin = ScalarSteps(folding: .kazakhCyrillicLatin)

    /// The scalars of the common alphabet.
    package static let alphabet: [ClosedRange<UInt32>] = [
      0x00...0x0C, 0x0E...0x7F,  // ASCII but the carriage return
      0x80...0xFF,  // Latin-1
      0x100...0x17F,  // Latin Extended-A
      0x2BC...0x2BC,  // modifier letter apostrophe
      0x400...0x482, 0x48A...0x4FF,  // Cyrillic, without its combining marks
      0x2010...0x2027,  // dashes, quotation marks, bullets, ellipsis
      0x2116...0x2116,  // numero sign
    ]

    private init(folding: NameFolding) {
      var steps = [Entry](repeating: Entry(kind: .outside, count: 0, start: 0), count: Int(Self.alphabet.last!.upperBound) + 1)
      var letters: [UInt8] = []
      for value in Self.alphabet.joined() {
        let lowered = String(Character(Unicode.Scalar(value)!)).lowercased()
        guard lowered.count == 1, let ch = lowered.first else { continue }
        switch NameKey.step(ch, folding: folding) {
        case .append(let added):
          steps[Int(value)] = Entry(kind: .append, count: UInt8(added.utf8.count), start: UInt16(letters.count))
          letters += added.utf8
        case .join: steps[Int(value)] = Entry(kind: .join, count: 0, start: 0)
        case .split: steps[Int(value)] = Entry(kind: .split, count: 0, start: 0)
        }
      }
      self.steps = steps
      self.letters = letters
    }

    /// Whether every scalar of `text` is in the common alphabet.
    package func covers(_ text: String) -> Bool {
      text.unicodeScalars.allSatisfy { Int($0.value) < steps.count && steps[Int($0.value)].kind != .outside }
    }

    /// The exact-key words of `text`, or `nil` if it holds a scalar outside the common alphabet.
    package func tokens(_ text: String) -> [String]? {
      var tokens: [String] = []
      var current: [UInt8] = []
      for scalar in text.unicodeScalars {
        let value = Int(scalar.value)
        guard value < steps.count else { return nil }
        let entry = steps[value]
        switch entry.kind {
        case .outside: return nil
        case .append:
          if entry.count == 1 {
            current.append(letters[Int(entry.start)])
          } else {
            current += letters[Int(entry.start)..<(Int(entry.start) + Int(entry.count))]
          }
        case .join: continue
        case .split:
          if !current.isEmpty {
            tokens.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
          }
        }
      }
      if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
      return tokens
    }
  }
}
