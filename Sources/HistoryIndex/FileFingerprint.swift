import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What says whether a file changed: its status (inode, size, modification and
/// change times, as git's own index keeps them) and a hash of its bytes.
///
/// A file whose status is unchanged is taken as unchanged (any write moves its
/// change time, which no tool can set back); one whose status moved is re-read
/// and compared by content.
struct FileFingerprint: Hashable, Sendable {
  let path: String
  let status: FileStatus
  let contentHash: String

  /// The file's status and content hash now; `nil` if it cannot be read.
  static func of(_ path: String) -> FileFingerprint? {
    guard let status = FileStatus.of(path), let hash = ContentHash.of(file: path) else { return nil }
    return FileFingerprint(path: path, status: status, contentHash: hash)
  }

  /// Whether the file still holds what it held when fingerprinted.
  func isCurrent() -> Bool {
    guard let now = FileStatus.of(path) else { return false }
    if now == status { return true }
    return ContentHash.of(file: path) == contentHash
  }
}

/// The parts of `stat` that change whenever a file's content does.
struct FileStatus: Hashable, Sendable {
  let inode: Int
  let size: Int
  let modified: Int
  let changed: Int

  static func of(_ path: String) -> FileStatus? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    #if canImport(Darwin)
      let modified = Int(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int(info.st_mtimespec.tv_nsec)
      let changed = Int(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int(info.st_ctimespec.tv_nsec)
    #else
      let modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
      let changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
    #endif
    return FileStatus(inode: Int(truncatingIfNeeded: info.st_ino), size: Int(info.st_size), modified: modified, changed: changed)
  }
}

/// A fast 128-bit hash of bytes, for noticing edits (not for security): two
/// 64-bit lanes over 8-byte words, each finished with a full avalanche.
enum ContentHash {
  static func of(file path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return of(data)
  }

  static func of(_ data: Data) -> String {
    data.withUnsafeBytes { of($0) }
  }

  static func of(_ bytes: UnsafeRawBufferPointer) -> String {
    var a: UInt64 = 0x243F_6A88_85A3_08D3
    var b: UInt64 = 0x1319_8A2E_0370_7344
    let words = bytes.count / 8
    for i in 0..<words {
      let word = bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
      a = ((a ^ word) &* 0x9E37_79B9_7F4A_7C15)
      a = (a << 31) | (a >> 33)
      b = (b &+ word) &* 0xC2B2_AE3D_27D4_EB4F
      b ^= b >> 29
    }
    var tail: UInt64 = 0
    for i in (words * 8)..<bytes.count { tail = (tail << 8) | UInt64(bytes[i]) }
    a = mix(a ^ tail ^ UInt64(bytes.count))
    b = mix(b &+ tail &+ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
    return hex(a) + hex(b)
  }

  /// murmur3's 64-bit finaliser.
  private static func mix(_ value: UInt64) -> UInt64 {
    var x = value
    x ^= x >> 33
    x &*= 0xFF51_AFD7_ED55_8CCD
    x ^= x >> 33
    x &*= 0xC4CE_B9FE_1A85_EC53
    x ^= x >> 33
    return x
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}

/// What stands at a path when it is not a regular file: the index opens only
/// regular files it finds at its own names, never a link, FIFO, socket, device
/// or folder put there.
enum FileKind {
  /// What is at `path` (not following a link) if it is anything but a regular
  /// file, in words ("a FIFO"); `nil` for a regular file or nothing.
  static func of(_ path: String) -> String? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return describe(info.st_mode)
  }

  /// Throws unless `path` is a regular file, checked on a descriptor opened
  /// without blocking and without following a link (so a FIFO never blocks).
  static func requireRegular(_ path: String) throws(SQLiteError) {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else {
      let reason = errno == ELOOP ? "it is a symbolic link" : String(cString: strerror(errno))
      throw SQLiteError(description: "cannot open \(path): \(reason)")
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw SQLiteError(description: "cannot open \(path): \(String(cString: strerror(errno)))") }
    if let kind = describe(info.st_mode) { throw SQLiteError(description: "\(path) is \(kind), not a regular file") }
  }

  /// The device and inode of the regular file at `path` (not following a link), if there is one.
  static func identity(_ path: String) -> (device: Int, inode: Int)? {
    var info = stat()
    guard lstat(path, &info) == 0, describe(info.st_mode) == nil else { return nil }
    return (Int(truncatingIfNeeded: info.st_dev), Int(truncatingIfNeeded: info.st_ino))
  }

  private static func describe(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFIFO: "a FIFO"
    case S_IFDIR: "a folder"
    case S_IFLNK: "a symbolic link"
    case S_IFSOCK: "a socket"
    case S_IFCHR, S_IFBLK: "a device"
    default: "not a file"
    }
  }
}
