/// The calendar a source used for a date, as recorded in the data (`calendar:`).
public enum CalendarStyle: String, Sendable, Codable, CaseIterable {
  /// New Style, as the text says, or as every date is that the text does not mark
  /// and that falls on or after the switch to the Gregorian calendar (``CalendarSwitch``).
  case gregorian
  /// Old Style: stored and compared as its New Style equivalent, shown as both.
  case julian
  /// A date before the switch to the Gregorian calendar whose style the text does
  /// not state: read as either style. Without a switch it reads as Gregorian.
  case unstated
  /// The arithmetical Islamic (Hijri) calendar.
  case islamicCivil = "islamic-civil"
  /// The Islamic (Hijri) calendar of the Umm al-Qura tables.
  case islamicUmmAlQura = "islamic-umalqura"
  /// The Persian solar calendar.
  case persian
  /// The Hebrew calendar.
  case hebrew

  /// The style of a date said to be in `calendar`.
  public init(_ calendar: HistoricalCalendar) {
    self.init(rawValue: calendar.rawValue)!
  }

  /// The calendar the text counts in, when the style is stated; `nil` for ``unstated``.
  public var statedCalendar: HistoricalCalendar? { HistoricalCalendar(rawValue: rawValue) }

  /// The styles' names, as `calendar:` takes them: `gregorian, julian, unstated, islamic-civil, …`.
  public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// A claim's time: the EDTF as the source gives it, the calendar it used, and the days it covers.
public struct Dating: Hashable, Sendable {
  /// The date as written in the source's calendar.
  public let edtf: EDTFDate
  public let calendar: CalendarStyle
  /// New Style days the date may denote. An `unstated` date before the switch to
  /// the Gregorian calendar spans both readings (wider by the days between them).
  public let interval: DayInterval
  /// Why a Julian date after the switch to the Gregorian calendar is nevertheless Julian.
  public let reason: String?
  /// The switch from the Julian to the Gregorian calendar the date was read under
  /// (its document's, else its graph's); `nil` when none was declared.
  public let calendarSwitch: CalendarSwitch?

  /// Reads a date in the given style.
  ///
  /// - Parameters:
  ///   - text: the date in EDTF, as the source gives it.
  ///   - calendar: the style the text used; `nil` means `gregorian` for dates
  ///     from the switch to the Gregorian calendar on (or for every date, without
  ///     a switch) and `unstated` before it.
  ///   - newStyle: the Gregorian date the text itself gives beside one in another
  ///     calendar; it must match the conversion.
  ///   - reason: why a Julian date falls after the switch.
  ///   - calendarSwitch: the day the source's Julian reckoning gave way to the
  ///     Gregorian (its document's, else the graph's); `nil` when there is none:
  ///     then a date not marked is Gregorian, and `julian` may mark any date.
  /// - Throws: ``EDTFError`` for malformed or impossible dates (in the calendar
  ///   given), a Julian date after the switch without a reason, or a `newStyle`
  ///   that does not match. A Julian date is never an error without a switch.
  public init(
    edtf text: String, calendar: CalendarStyle? = nil, newStyle: String? = nil, reason: String? = nil, calendarSwitch: CalendarSwitch? = nil
  ) throws(EDTFError) {
    self.calendarSwitch = calendarSwitch
    self.reason = reason
    let firstGregorian = calendarSwitch?.firstGregorianDay
    if let converted = calendar?.statedCalendar, converted.isConverted {
      edtf = try EDTFDate(parsing: text, calendar: converted)
      interval = edtf.interval(in: converted)
      self.calendar = calendar!
      if let newStyle {
        let given = try EDTFDate(parsing: newStyle, calendar: .gregorian).interval(in: .gregorian)
        guard given == interval else {
          throw EDTFError(
            text, "\(text) in the \(converted.rawValue) calendar is \(Self.isoText(interval)) in the Gregorian, not \(newStyle)",
            hint: "check both dates against the text; if the text itself converts wrongly, record each date as its own claim")
        }
      }
      return
    }
    let readAs: HistoricalCalendar = calendar == .julian ? .julian : .gregorian
    let date: EDTFDate
    do {
      date = try EDTFDate(parsing: text, calendar: readAs)
    } catch {
      // A date whose style is not stated may exist in the Julian calendar only (29 Feb 1900).
      guard calendar == nil || calendar == .unstated, let firstGregorian, let julian = try? EDTFDate(parsing: text, calendar: .julian),
        julian.interval(in: .julian).latest < firstGregorian
      else { throw error }
      edtf = julian
      interval = julian.interval(in: .julian)
      self.calendar = .unstated
      guard newStyle == nil else { throw EDTFError(text, "has `new_style` but is not marked `calendar: julian`", hint: "add `calendar: julian`") }
      return
    }
    // A Julian-only day (29 Feb 1900) has no Gregorian reading: read each date in its own calendar only.
    let gregorianReading = readAs == .julian ? DayInterval.unbounded : date.interval(in: .gregorian)
    let style = calendar ?? (firstGregorian.map { gregorianReading.earliest < $0 } == true ? .unstated : .gregorian)
    switch style {
    case .julian:
      let julianReading = date.interval(in: .julian)
      // Old Style ended on the last Julian day, the day before the first Gregorian one.
      if let calendarSwitch, julianReading.hasEnd, julianReading.latest >= calendarSwitch.firstGregorianDay, reason == nil {
        throw EDTFError(
          text,
          "is marked Julian but falls after \(calendarSwitch.lastJulianISO), the last Old Style day before the switch to New Style on \(calendarSwitch.firstGregorianISO)",
          hint: "drop `calendar: julian`, or add `reason:` saying why this source still used Old Style")
      }
      interval = julianReading
    case .unstated:
      // Either style: the union of the two readings (the Julian one may fall before
      // the Gregorian one, as in the first centuries, or after it, as since 200).
      // An interval that runs past the switch has its later end in New Style either way.
      let julianReading =
        (try? EDTFDate(parsing: text, calendar: .julian)).flatMap { Self.oldStyleInterval(of: $0, firstGregorian: firstGregorian) }
        ?? gregorianReading
      if firstGregorian != nil {
        interval = DayInterval(
          earliest: min(julianReading.earliest, gregorianReading.earliest), latest: max(julianReading.latest, gregorianReading.latest))
      } else {
        interval = gregorianReading
      }
    default:
      interval = gregorianReading
    }
    if let newStyle {
      guard style == .julian else {
        throw EDTFError(text, "has `new_style` but is not marked `calendar: julian`", hint: "add `calendar: julian`")
      }
      let given = try EDTFDate(parsing: newStyle, calendar: .gregorian).interval(in: .gregorian)
      guard given == interval else {
        throw EDTFError(
          text,
          "Old Style \(text) is New Style \(Self.isoText(interval)), not \(newStyle)",
          hint: "check both dates against the text; if the text itself converts wrongly, record each date as its own claim")
      }
    }
    edtf = date
    self.calendar = style
  }

  /// The calendar an endpoint of a date of unstated style is read in under its
  /// Old Style reading: Julian when its Gregorian reading falls wholly before the
  /// switch (`firstGregorian`, or always without one), else Gregorian.
  static func oldStyleCalendar(of endpoint: EDTFDate.SimpleDate, firstGregorian: Int32?) -> HistoricalCalendar {
    guard let firstGregorian else { return .julian }
    return EDTFDate.bounds(of: endpoint, calendar: .gregorian).latest < firstGregorian ? .julian : .gregorian
  }

  /// The New Style days of the Old Style reading of a date of unstated style (see
  /// ``oldStyleCalendar(of:firstGregorian:)``); `nil` when that reading would end
  /// before it starts (`1918-02-10/1918-02-15`: only the New Style reading is possible).
  static func oldStyleInterval(of date: EDTFDate, firstGregorian: Int32?) -> DayInterval? {
    func bounds(_ d: EDTFDate.SimpleDate) -> DayInterval { EDTFDate.bounds(of: d, calendar: oldStyleCalendar(of: d, firstGregorian: firstGregorian)) }
    if case .date(let d) = date.start, date.end == nil { return bounds(d) }
    var earliest = Int32.min, latest = Int32.max
    if case .date(let d) = date.start { earliest = bounds(d).earliest }
    if case .date(let d)? = date.end { latest = bounds(d).latest }
    return earliest <= latest ? DayInterval(earliest: earliest, latest: latest) : nil
  }

  /// The New Style value as EDTF: the source's text for Gregorian dates, the converted days otherwise.
  public var newStyleEDTF: String {
    calendar == .gregorian ? edtf.text : Self.isoText(interval)
  }

  /// The date in words as the source writes it, in the source's own calendar, with no second reading:
  /// `25 Oct 1917`, `15 Rabiʻ I 1336 AH`.
  public var asWritten: String { Self.describe(edtf, calendar: calendar.statedCalendar ?? .gregorian) }

  /// One way to read a date: the calendar it is taken to be in and the New Style days it then covers.
  public struct Reading: Hashable, Sendable {
    public let calendar: HistoricalCalendar
    public let interval: DayInterval
  }

  /// The readings the date allows: one for a stated style; for a date before the
  /// switch to the Gregorian calendar whose style is not stated, the Old Style
  /// reading, then the New Style one.
  ///
  /// An interval that starts before the switch and ends after it has two readings
  /// too: in the Old Style one only the endpoints before the switch are Julian
  /// (`1917-12-20/1918-02-20` may run from 2 Jan 1918 N.S.), as ``oldStyleCalendar(of:firstGregorian:)`` says.
  public var readings: [Reading] {
    guard calendar == .unstated else { return [Reading(calendar: calendar.statedCalendar!, interval: interval)] }
    // The interval is the union of the readings the date allows (see the initialiser).
    let gregorian = edtf.interval(in: .gregorian)
    guard calendarSwitch != nil, let julian = Self.oldStyleInterval(of: edtf, firstGregorian: calendarSwitch?.firstGregorianDay), julian != gregorian
    else {
      return [Reading(calendar: .gregorian, interval: gregorian)]
    }
    let union = DayInterval(earliest: min(julian.earliest, gregorian.earliest), latest: max(julian.latest, gregorian.latest))
    guard interval == union else { return [Reading(calendar: .julian, interval: julian)] }  // a day only the Julian calendar has
    return [Reading(calendar: .julian, interval: julian), Reading(calendar: .gregorian, interval: gregorian)]
  }

  /// The date for a reader, in one format for days and ranges:
  /// `2 Mar 1918`; Old Style `25 Oct 1917 O.S. = 7 Nov 1917 N.S.`; a date before the
  /// switch to the Gregorian calendar whose style is not stated
  /// `5–13 Dec 1917 O.S.? = 18–26 Dec 1917 N.S.` (the text as written, and what it
  /// is in New Style if the source counted in Old Style); a date of another
  /// calendar as written and in the Gregorian, `15 Rabiʻ I 1336 AH = 29 Dec 1917`.
  /// Year-precision dates of unstated style need no second reading.
  public var display: String {
    switch calendar {
    case .gregorian:
      return Self.describe(edtf, calendar: .gregorian)
    case .julian:
      return "\(Self.describe(edtf, calendar: .julian)) O.S. = \(Self.describe(interval)) N.S."
    case .unstated:
      let readings = readings
      guard readings.count == 2, edtf.hasMonthPrecision else { return Self.describe(edtf, calendar: .gregorian) }
      return "\(Self.describe(edtf, calendar: .gregorian)) O.S.? = \(Self.describe(readings[0].interval)) N.S."
    case .islamicCivil, .islamicUmmAlQura, .persian, .hebrew:
      return "\(asWritten) = \(Self.describe(interval))"
    }
  }

  /// The interval as ISO days: `1918-03-01/1918-03-31`, one day alone, `..` for an open end.
  public static func isoText(_ interval: DayInterval) -> String {
    let start = interval.hasStart ? CalendarDay.iso(interval.earliest) : ".."
    let end = interval.hasEnd ? CalendarDay.iso(interval.latest) : ".."
    return start == end ? start : "\(start)/\(end)"
  }

  static func describe(_ interval: DayInterval) -> String {
    func day(_ d: Int32) -> (Int, Int, Int) { CalendarDay.components(of: d, calendar: .gregorian) }
    guard interval.hasStart, interval.hasEnd else {
      func side(_ d: Int32) -> String { let (y, m, dd) = day(d); return "\(dd) \(CalendarDay.monthAbbreviations[m - 1]) \(y)" }
      return "\(interval.hasStart ? side(interval.earliest) : "…")–\(interval.hasEnd ? side(interval.latest) : "…")"
    }
    return dayRange(day(interval.earliest), day(interval.latest), calendar: .gregorian)
  }

  /// Two days as one short range: `7 Nov 1917`, `18–26 Dec 1917`, `25 Oct–2 Nov 1917`, `19 Dec 1917–1 Jan 1918`.
  static func dayRange(_ a: (Int, Int, Int), _ b: (Int, Int, Int), calendar: HistoricalCalendar) -> String {
    let ma = CalendarDay.monthName(a.1, year: a.0, calendar: calendar)
    let mb = CalendarDay.monthName(b.1, year: b.0, calendar: calendar)
    if a == b { return "\(a.2) \(ma) \(a.0)" }
    if a.0 == b.0 && a.1 == b.1 { return "\(a.2)–\(b.2) \(ma) \(a.0)" }
    if a.0 == b.0 { return "\(a.2) \(ma)–\(b.2) \(mb) \(a.0)" }
    return "\(a.2) \(ma) \(a.0)–\(b.2) \(mb) \(b.0)"
  }

  /// A date in words with the calendar's months, its era after the years of a
  /// converted calendar (`15 Rabiʻ I 1336 AH`) and its qualifiers.
  static func describe(_ date: EDTFDate, calendar: HistoricalCalendar) -> String {
    func side(_ endpoint: EDTFDate.Endpoint) -> String {
      switch endpoint {
      case .open: return "…"
      case .unknown: return "?"
      case .date(let d): return describe(d, calendar: calendar)
      }
    }
    let era = CalendarDay.eraSuffix(calendar)
    guard let end = date.end else { return side(date.start) + era + qualifierSuffix(date) }
    if case .date(let a) = date.start, case .date(let b) = end, a.isSingleDay, b.isSingleDay {
      let day = { (d: EDTFDate.SimpleDate) in (d.years.lowerBound, d.months!.lowerBound, d.days!.lowerBound) }
      return dayRange(day(a), day(b), calendar: calendar) + era + qualifierSuffix(date)
    }
    // An unspecified side is said in words, so the two sides are joined by "to".
    let worded = [date.start, end].contains { endpoint in
      guard case .date(let d) = endpoint else { return false }
      return d.years.count > 1 || (d.months?.count ?? 1) > 1 || (d.days?.count ?? 1) > 1
    }
    return "\(side(date.start))\(worded ? " to " : "–")\(side(end))" + era + qualifierSuffix(date)
  }

  /// A date in words; unspecified parts (Level 1 `X`s from the right) as "the 1910s",
  /// "a month of 1917", "a day of Feb 1918".
  static func describe(_ d: EDTFDate.SimpleDate, calendar: HistoricalCalendar) -> String {
    let year: String
    if d.years.count == 1 {
      year = "\(d.years.lowerBound)"
    } else if d.years.lowerBound >= 0, d.years.lowerBound % 10 == 0, d.years.count == 10 {
      year = "the \(d.years.lowerBound)s"
    } else {
      year = "a year of \(d.years.lowerBound)–\(d.years.upperBound)"
    }
    if let season = d.season { return "\(["spring", "summer", "autumn", "winter"][season - 21]) \(year)" }
    guard let m = d.months else { return year }
    guard m.count == 1 else { return d.days == nil ? "a month of \(year)" : "a day of \(year)" }
    let month = "\(CalendarDay.monthName(m.lowerBound, year: d.years.lowerBound, calendar: calendar)) \(year)"
    guard let days = d.days else { return month }
    return days.count == 1 ? "\(days.lowerBound) \(month)" : "a day of \(month)"
  }

  static func qualifierSuffix(_ date: EDTFDate) -> String {
    switch (date.isUncertain, date.isApproximate) {
    case (true, true): return " (approximate, uncertain)"
    case (true, false): return " (uncertain)"
    case (false, true): return " (approximate)"
    default: return ""
    }
  }
}

extension EDTFDate {
  /// Whether some side of the date is given to the month or the day (not only the year, or open).
  var hasMonthPrecision: Bool {
    [start, end].contains { endpoint in
      if case .date(let d)? = endpoint { return d.months != nil || d.season != nil }
      return false
    }
  }
}

extension EDTFDate.Endpoint {
  var isSingleDay: Bool {
    if case .date(let d) = self { return d.isSingleDay }
    return false
  }
}
