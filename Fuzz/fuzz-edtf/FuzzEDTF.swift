import HistoryModel

/// EDTF dates in every calendar: parsing never traps, and what parses has an
/// ordered interval and a display.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEDTF(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  for calendar in [nil, CalendarStyle.julian, .gregorian, .unstated] {
    guard let dating = try? Dating(edtf: text, calendar: calendar) else { continue }
    precondition(dating.interval.earliest <= dating.interval.latest, "interval out of order for \(text)")
    _ = dating.display
    _ = dating.newStyleEDTF
  }
  return 0
}
