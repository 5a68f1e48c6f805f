import HistoryGraph

/// A schema file: reading never traps; every problem has a location.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchema(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let diagnostics = FuzzEntry.readSchema(text)
  precondition(diagnostics.allSatisfy { $0.location.line >= 0 && !$0.message.isEmpty }, "diagnostic without a place or a message")
  return 0
}
