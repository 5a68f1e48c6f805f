import Foundation

extension String {
  /// The string in Unicode NFC. Text made only of characters that are NFC on
  /// their own and never combine with a neighbour (Latin-1, Cyrillic letters,
  /// common punctuation: what the seed texts use) is returned as it is; any
  /// other text goes through Foundation's full normalisation.
  package var nfc: String {
    for scalar in unicodeScalars where !Self.isStableStarter(scalar.value) {
      return precomposedStringWithCanonicalMapping
    }
    return self
  }

  /// Whether a character is NFC by itself and never composes with the one before it.
  private static func isStableStarter(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x300,  // ASCII, Latin-1, Latin Extended-A/B, IPA
      0x400...0x482, 0x48A...0x52F,  // Cyrillic letters (not the combining marks U+0483–U+0489)
      0x2010...0x2027, 0x2030...0x205E,  // dashes, quotation marks, bullets, per mille
      0x2116:  // numero sign
      return true
    default:
      return false
    }
  }
}
