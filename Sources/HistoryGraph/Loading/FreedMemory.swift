#if canImport(Glibc)
  import Glibc
#endif

/// Memory freed in bulk, handed back to the system: glibc's allocator keeps the
/// pages freed on each thread's arena otherwise, and a large load frees much at
/// once (the documents' texts once the quotes are checked, the builder once the
/// graph is built).
package enum FreedMemory {
  /// Returns the free pages of every arena to the system (`malloc_trim`, which
  /// Swift's Glibc module does not declare; nothing where there is no glibc).
  package static func release() {
    #if canImport(Glibc)
      guard let program = dlopen(nil, RTLD_NOW) else { return }
      defer { dlclose(program) }
      guard let symbol = dlsym(program, "malloc_trim") else { return }
      _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
    #endif
  }
}
