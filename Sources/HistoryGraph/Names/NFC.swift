import Foundation

extension String {
  /// The string in Unicode NFC. Text with no combining marks and none of the
  /// few characters NFC replaces (singletons such as U+212B) is already NFC
  /// and is returned as it is, without Foundation's slower normalisation.
  var nfc: String {
    for scalar in unicodeScalars where scalar.value >= 0x300 {
      if scalar.properties.canonicalCombiningClass != .notReordered || Self.singletonRanges.contains(where: { $0.contains(scalar.value) }) {
        return precomposedStringWithCanonicalMapping
      }
    }
    return self
  }

  private static let singletonRanges: [ClosedRange<UInt32>] = [
    0x0340...0x0344, 0x0374...0x0374, 0x037E...0x037E, 0x0387...0x0387, 0x1F71...0x1FFD, 0x2000...0x2001,
    0x2126...0x2126, 0x212A...0x212B, 0x2329...0x232A, 0xF900...0xFAFF, 0x2F800...0x2FA1F,
  ]
}
