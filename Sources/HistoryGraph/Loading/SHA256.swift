import Foundation

/// SHA-256 (FIPS 180-4) of a byte buffer, as lowercase hex: enough to check
/// that a corpus file is the one `Graph/documents.yaml` names.
public enum SHA256 {
  /// The digest of `bytes` as 64 lowercase hex digits.
  public static func hex(_ bytes: [UInt8]) -> String { bytes.withUnsafeBytes { hex($0) } }

  /// The digest of `data` as 64 lowercase hex digits, read where it lies (a text of the corpus is not copied).
  public static func hex(_ data: Data) -> String { data.withUnsafeBytes { hex($0) } }

  /// The digest of `bytes`: its whole blocks read in place, the last one padded in a copy of its own.
  ///
  /// The state and the message schedule are read through pointers, with no
  /// array bounds checks: a debug build (in which the tests compile indexes)
  /// hashes the corpus several times faster so.
  public static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
    var tail = [UInt8](bytes[(bytes.count / 64 * 64)...])
    let bitLength = UInt64(bytes.count) * 8
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
    let digest = withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8 + 64) { buffer in
      let (h, w) = (buffer.baseAddress!, buffer.baseAddress! + 8)
      for (i, word) in initial.enumerated() { (h + i).initialize(to: word) }
      w.initialize(repeating: 0, count: 64)
      k.withUnsafeBufferPointer { k in
        let k = k.baseAddress!
        compressBlocks(UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count / 64 * 64)]), h, w, k)
        tail.withUnsafeBytes { compressBlocks($0, h, w, k) }
      }
      return (0..<8).map { h[$0] }
    }
    return digest.map { word in
      let s = String(word, radix: 16)
      return String(repeating: "0", count: 8 - s.count) + s
    }.joined()
  }

  /// Folds every 64-byte block of `message` into the state `h`, with `w` the message schedule and `k` the round constants.
  private static func compressBlocks(
    _ message: UnsafeRawBufferPointer, _ h: UnsafeMutablePointer<UInt32>, _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>
  ) {
    guard let base = message.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
    for chunk in stride(from: 0, to: message.count, by: 64) {
      let block = base + chunk
      for i in 0..<16 {
        let p = block + 4 * i
        w[i] = UInt32(p[0]) << 24 | UInt32(p[1]) << 16 | UInt32(p[2]) << 8 | UInt32(p[3])
      }
      for i in 16..<64 {
        let (x, y) = (w[i - 15], w[i - 2])
        let s0 = (x >> 7 | x << 25) ^ (x >> 18 | x << 14) ^ (x >> 3)
        let s1 = (y >> 17 | y << 15) ^ (y >> 19 | y << 13) ^ (y >> 10)
        w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
      }
      var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
      for i in 0..<64 {
        let s1 = (e >> 6 | e << 26) ^ (e >> 11 | e << 21) ^ (e >> 25 | e << 7)
        let choice = (e & f) ^ (~e & g)
        let t1 = hh &+ s1 &+ choice &+ k[i] &+ w[i]
        let s0 = (a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10)
        let majority = (a & b) ^ (a & c) ^ (b & c)
        (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ s0 &+ majority)
      }
      h[0] &+= a
      h[1] &+= b
      h[2] &+= c
      h[3] &+= d
      h[4] &+= e
      h[5] &+= f
      h[6] &+= g
      h[7] &+= hh
    }
  }

  /// The first hash value: the fractional parts of the square roots of the first eight primes.
  private static let initial: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
  ]

  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]
}
