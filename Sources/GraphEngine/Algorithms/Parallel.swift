import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parallel helpers for the kernels that split work over the cores.
package enum Parallel {
  /// Workers to use: the active cores, at least 1.
  package static var workerCount: Int { max(1, onlineProcessorCount()) }

  /// Splits `0 ..< count` items into `parts` contiguous ranges whose summed
  /// `offsets` spans are about equal (CSR-balanced chunks).
  static func balancedRanges(offsets: UnsafeBufferPointer<Int32>, vertexCount n: Int, parts: Int) -> [Range<Int>] {
    let total = Int(offsets[n])
    var bounds = [0]
    for p in 1..<parts {
      let goal = Int32(total * p / parts)
      // First vertex whose offset reaches the goal.
      var lo = bounds.last!, hi = n
      while lo < hi {
        let mid = (lo + hi) >> 1
        if offsets[mid] < goal { lo = mid + 1 } else { hi = mid }
      }
      bounds.append(lo)
    }
    bounds.append(n)
    return (0..<parts).map { bounds[$0]..<bounds[$0 + 1] }
  }

  /// `transform(0) … transform(count - 1)` computed on all cores, in index order.
  /// Each call must touch only its own data.
  package static func map<T>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 1, workerCount > 1 else { return (0..<count).map(transform) }
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      let results = SharedSlots(base: buffer.baseAddress!)
      DispatchQueue.concurrentPerform(iterations: count) { i in
        (results.base + i).initialize(to: transform(i))
      }
      initialized = count
    }
  }
}

/// The number of online processors (sysconf), without importing Foundation.
private func onlineProcessorCount() -> Int {
  #if canImport(Glibc)
    return Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
  #else
    return Int(sysconf(_SC_NPROCESSORS_ONLN))
  #endif
}

/// A raw buffer shared by `concurrentPerform` workers that write disjoint parts of it.
struct SharedBuffer<Element>: @unchecked Sendable {
  let base: UnsafeMutableBufferPointer<Element>

  init(repeating value: Element, count: Int) {
    base = .allocate(capacity: count)
    base.initialize(repeating: value)
  }

  func deallocate() { base.deallocate() }
}

/// Result slots that `concurrentPerform` workers initialise, each its own.
private struct SharedSlots<Element>: @unchecked Sendable {
  let base: UnsafeMutablePointer<Element>
}
