extension Dating {
  /// The latest New Style day on which what the date qualifies (a holding, a
  /// leadership) may begin, under every reading of the date: by then it has
  /// certainly begun.
  ///
  /// A single date is both start and end (`1918-03`: it began and ended somewhere in
  /// March). A start that is open, unknown, uncertain (`?`) or approximate (`~`) may
  /// come as late as the end; a date with no side known for sure gives `Int32.max`.
  public var latestStart: Int32 { readings.map { sides(in: $0.calendar).latestStart }.max() ?? .max }

  /// The earliest New Style day on which what the date qualifies may end, under
  /// every reading: until then it certainly lasts. An end that is open, unknown,
  /// uncertain or approximate may come as early as the start; a date with no side
  /// known for sure gives `Int32.min`.
  public var earliestEnd: Int32 { readings.map { sides(in: $0.calendar).earliestEnd }.min() ?? .min }

  /// Whether what the date qualifies is in force on some day of `window` under every
  /// reading of the date: it began by the window's last day and ended on or after its first.
  ///
  /// For a single day this is "certainly in force that day". `1918-03` certainly
  /// meets any window that holds all of March; `1918-01/1918-06` certainly meets
  /// February to May, and March 1918 as a whole; `1918` does not certainly meet March.
  public func certainlyOverlaps(_ window: DayInterval) -> Bool {
    latestStart <= window.latest && earliestEnd >= window.earliest
  }

  /// The latest possible start and earliest possible end in one calendar (for the
  /// Old Style reading of an unstated date, as ``readings`` reads its endpoints).
  private func sides(in calendar: HistoricalCalendar) -> (latestStart: Int32, earliestEnd: Int32) {
    func known(_ endpoint: EDTFDate.Endpoint?) -> DayInterval? {
      guard case .date(let d)? = endpoint, !d.uncertain, !d.approximate else { return nil }
      let read =
        calendar == .julian && self.calendar == .unstated ? Self.oldStyleCalendar(of: d, firstGregorian: calendarSwitch?.firstGregorianDay) : calendar
      return EDTFDate.bounds(of: d, calendar: read)
    }
    let start = known(edtf.start)
    let end = edtf.end == nil ? start : known(edtf.end)
    return (start?.latest ?? end?.latest ?? .max, end?.earliest ?? start?.earliest ?? .min)
  }
}
