/// A date in the Extended Date/Time Format (EDTF, ISO 8601-2), levels 0 and 1.
///
/// Accepts calendar dates (`1917-11-07`), year-months (`1918-03`), years
/// (`1918`, `-0044`, long years `Y17000` up to `Y5000000`), seasons (`1918-21` …
/// `1918-24`), unspecified digits from the right as Level 1 has them (`191X`,
/// `19XX`, `1917-XX`, `1917-XX-XX`, `1917-10-XX`), qualifiers (`?` uncertain,
/// `~` approximate, `%` both) and intervals (`1917-12-05/1917-12-13`) with open
/// (`../1918`) or unknown (`/1918`) ends. Level 2 forms (`19X7`, `1917-1X`,
/// `1917-XX-31`, qualified seasons) and the year `-0000` are refused. The components are read in whatever
/// calendar the source used; ``interval(in:)`` turns them into days. In a converted calendar
/// (``HistoricalCalendar/isConverted``: Islamic, Persian, Hebrew) years run from 1 to 9999,
/// the Hebrew months from 01 (Tishri) to 13 (Elul), and seasons are refused.
public struct EDTFDate: Hashable, Sendable, CustomStringConvertible {
  /// The text as written.
  public let text: String
  /// The first (or only) endpoint.
  public let start: Endpoint
  /// The second endpoint of an interval; `nil` for a single date.
  public let end: Endpoint?

  /// One side of an interval.
  public enum Endpoint: Hashable, Sendable {
    case date(SimpleDate)
    /// `..`: the interval runs on without limit.
    case open
    /// Empty: the end exists but is not known.
    case unknown
  }

  /// A single EDTF date with its precision and qualifiers.
  public struct SimpleDate: Hashable, Sendable {
    /// Lowest and highest year the (possibly unspecified) year digits allow.
    public var years: ClosedRange<Int>
    /// Months allowed, or `nil` for year precision.
    public var months: ClosedRange<Int>?
    /// Days allowed, or `nil` for month or year precision.
    public var days: ClosedRange<Int>?
    /// Season code 21–24 (spring, summer, autumn, winter), if given.
    public var season: Int?
    public var uncertain: Bool
    public var approximate: Bool

    /// Whether the date names one day.
    public var isSingleDay: Bool {
      years.count == 1 && months?.count == 1 && days?.count == 1
    }
  }

  public var description: String { text }

  /// Whether any part is qualified as uncertain (`?` or `%`).
  public var isUncertain: Bool { simpleDates.contains { $0.uncertain } }
  /// Whether any part is qualified as approximate (`~` or `%`).
  public var isApproximate: Bool { simpleDates.contains { $0.approximate } }
  /// Whether the value is an interval (`a/b`).
  public var isInterval: Bool { end != nil }

  var simpleDates: [SimpleDate] {
    [start, end].compactMap { if case .date(let d)? = $0 { return d } else { return nil } }
  }

  /// Parses EDTF text.
  ///
  /// - Throws: ``EDTFError`` naming what is wrong: a malformed date, an
  ///   impossible one (`1917-02-30`), or an interval that ends before it starts.
  ///   Calendar-dependent checks (31 Feb, 29 Feb in a non-leap year, 30 Safar) use the
  ///   calendar given.
  public init(parsing text: String, calendar: HistoricalCalendar = .gregorian) throws(EDTFError) {
    if !calendar.isConverted, let plain = Self.plain(text, calendar: calendar) {
      self = plain
      return
    }
    try self.init(parsingFully: text, calendar: calendar)
  }

  private init(text: String, start: Endpoint, end: Endpoint?) {
    self.text = text
    self.start = start
    self.end = end
  }

  /// The common forms alone, read from their bytes: a year, year-month or
  /// calendar date of ASCII digits that exists (`1917`, `1918-03`,
  /// `1917-12-13`), or an interval of two in order. `nil` for anything else,
  /// which ``init(parsingFully:calendar:)`` reads or refuses; the two agree on
  /// every text this reads (a test).
  static func plain(_ text: String, calendar: HistoricalCalendar) -> EDTFDate? {
    guard !calendar.isConverted else { return nil }
    var bytesOfText = text
    return bytesOfText.withUTF8 { bytes -> EDTFDate? in
      guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else {
        return plainDate(bytes[...], calendar: calendar).map { EDTFDate(text: text, start: .date($0), end: nil) }
      }
      guard let first = plainDate(bytes[..<slash], calendar: calendar), let second = plainDate(bytes[(slash + 1)...], calendar: calendar),
        bounds(of: first, calendar: calendar).earliest <= bounds(of: second, calendar: calendar).latest
      else { return nil }
      return EDTFDate(text: text, start: .date(first), end: .date(second))
    }
  }

  /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of ASCII digits naming a month 01–12 and a day of it.
  private static func plainDate(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, calendar: HistoricalCalendar) -> SimpleDate? {
    guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10 else { return nil }
    let start = bytes.startIndex
    /// The number written by the ASCII digits at `offset ..< offset + count`.
    func number(_ offset: Int, _ count: Int) -> Int? {
      var value = 0
      for byte in bytes[(start + offset)..<(start + offset + count)] {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0, 4) else { return nil }
    var date = SimpleDate(years: year...year, months: nil, days: nil, season: nil, uncertain: false, approximate: false)
    guard bytes.count > 4 else { return date }
    guard bytes[start + 4] == UInt8(ascii: "-"), let month = number(5, 2), (1...12).contains(month) else { return nil }
    date.months = month...month
    guard bytes.count > 7 else { return date }
    guard bytes[start + 7] == UInt8(ascii: "-"), let day = number(8, 2), day >= 1,
      day <= CalendarDay.daysInMonth(year: year, month: month, calendar: calendar)
    else { return nil }
    date.days = day...day
    return date
  }

  /// Parses any EDTF text this type reads, by its characters.
  init(parsingFully text: String, calendar: HistoricalCalendar) throws(EDTFError) {
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else { throw EDTFError(text, "is empty") }
    self.text = trimmed
    let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
    switch parts.count {
    case 1:
      guard trimmed != ".." else { throw EDTFError(trimmed, "'..' is only allowed as one end of an interval") }
      start = .date(try Self.parseSimple(Substring(trimmed), whole: trimmed, calendar: calendar))
      end = nil
    case 2:
      start = try Self.parseEndpoint(parts[0], whole: trimmed, calendar: calendar)
      end = try Self.parseEndpoint(parts[1], whole: trimmed, calendar: calendar)
      if case .date = start {
      } else if case .date? = end {
      } else {
        throw EDTFError(trimmed, "an interval needs at least one known date")
      }
      if case .date(let a) = start, case .date(let b)? = end,
        Self.bounds(of: a, calendar: calendar).earliest > Self.bounds(of: b, calendar: calendar).latest
      {
        throw EDTFError(trimmed, "the interval ends before it starts")
      }
    default:
      throw EDTFError(trimmed, "has more than one '/'")
    }
  }

  /// The days this date may denote, read in `calendar` and returned as Gregorian day numbers.
  ///
  /// Open and unknown interval ends are unbounded (`Int32.min` / `Int32.max`).
  public func interval(in calendar: HistoricalCalendar) -> DayInterval {
    switch (start, end) {
    case (.date(let d), nil):
      return Self.bounds(of: d, calendar: calendar)
    default:
      let earliest: Int32
      if case .date(let d) = start { earliest = Self.bounds(of: d, calendar: calendar).earliest } else { earliest = .min }
      let latest: Int32
      if case .date(let d)? = end { latest = Self.bounds(of: d, calendar: calendar).latest } else { latest = .max }
      return DayInterval(earliest: earliest, latest: latest)
    }
  }

  static func bounds(of d: SimpleDate, calendar: HistoricalCalendar) -> DayInterval {
    let firstYear = d.years.lowerBound
    let lastYear = d.years.upperBound
    if let season = d.season {
      let (m0, m1, nextYear) = seasonMonths[season - 21]
      let endYear = lastYear + (nextYear ? 1 : 0)
      return DayInterval(
        earliest: CalendarDay.day(year: firstYear, month: m0, day: 1, calendar: calendar),
        latest: CalendarDay.day(
          year: endYear, month: m1, day: CalendarDay.daysInMonth(year: endYear, month: m1, calendar: calendar),
          calendar: calendar))
    }
    var firstMonth = d.months?.lowerBound ?? 1
    var lastMonth = d.months?.upperBound ?? CalendarDay.lastMonth(of: calendar)
    // A month the year lacks (Adar I of a common Hebrew year) gives way to the next or the one before.
    if CalendarDay.daysInMonth(year: firstYear, month: firstMonth, calendar: calendar) == 0 { firstMonth += 1 }
    if CalendarDay.daysInMonth(year: lastYear, month: lastMonth, calendar: calendar) == 0 { lastMonth -= 1 }
    let firstDay = min(d.days?.lowerBound ?? 1, CalendarDay.daysInMonth(year: firstYear, month: firstMonth, calendar: calendar))
    let monthLength = CalendarDay.daysInMonth(year: lastYear, month: lastMonth, calendar: calendar)
    let lastDay = min(d.days?.upperBound ?? monthLength, monthLength)
    return DayInterval(
      earliest: CalendarDay.day(year: firstYear, month: firstMonth, day: firstDay, calendar: calendar),
      latest: CalendarDay.day(year: lastYear, month: lastMonth, day: lastDay, calendar: calendar))
  }

  /// Spring, summer, autumn, winter (northern hemisphere): first month, last month, ends next year.
  static let seasonMonths: [(Int, Int, Bool)] = [(3, 5, false), (6, 8, false), (9, 11, false), (12, 2, true)]

  private static func parseEndpoint(_ part: Substring, whole: String, calendar: HistoricalCalendar) throws(EDTFError) -> Endpoint {
    if part.isEmpty { return .unknown }
    if part == ".." { return .open }
    return .date(try parseSimple(part, whole: whole, calendar: calendar))
  }

  private static func parseSimple(_ input: Substring, whole: String, calendar: HistoricalCalendar) throws(EDTFError) -> SimpleDate {
    var body = input
    var uncertain = false
    var approximate = false
    switch body.last {
    case "?": uncertain = true; body.removeLast()
    case "~": approximate = true; body.removeLast()
    case "%": uncertain = true; approximate = true; body.removeLast()
    default: break
    }
    // Year: optional 'Y' prefix (long years), optional '-', digits or X.
    var negative = false
    var longYear = false
    if body.first == "Y" { longYear = true; body.removeFirst() }
    if body.first == "-" { negative = true; body.removeFirst() }
    let fields = body.split(separator: "-", omittingEmptySubsequences: false)
    guard let yearText = fields.first, !yearText.isEmpty else {
      throw EDTFError(whole, "'\(input)' has no year", hint: "write the year with four digits, e.g. 1918")
    }
    if calendar.isConverted, longYear || negative {
      throw EDTFError(
        whole, "years of the \(calendar.rawValue) calendar run from 0001 to 9999", hint: "write the year as the source gives it, with four digits")
    }
    if longYear {
      guard yearText.count > 4, yearText.first != "0", yearText.allSatisfy(\.isASCIIDigit), let y = Int(yearText), y <= 5_000_000 else {
        throw EDTFError(whole, "'Y\(yearText)' is not a long year (more than four digits, no leading zero, at most 5000000)")
      }
      guard fields.count == 1 else { throw EDTFError(whole, "a 'Y' year takes no month or day") }
      let year = negative ? -y : y
      return SimpleDate(years: year...year, months: nil, days: nil, season: nil, uncertain: uncertain, approximate: approximate)
    }
    guard yearText.count == 4 else {
      throw EDTFError(whole, "year '\(yearText)' must have four digits", hint: "pad with zeros (0988) or use the Y prefix for long years")
    }
    guard let years = digitRange(yearText, low: 0, high: 9999) else {
      throw EDTFError(whole, "year '\(yearText)' is not digits or X")
    }
    var yearRange = negative ? (-years.upperBound)...(-years.lowerBound) : years
    if calendar.isConverted {
      guard yearRange.upperBound >= 1 else {
        throw EDTFError(whole, "the \(calendar.rawValue) calendar has no year 0", hint: "its years start at 0001")
      }
      yearRange = max(1, yearRange.lowerBound)...yearRange.upperBound
    }
    guard fields.count <= 3 else { throw EDTFError(whole, "'\(input)' has too many parts") }
    if negative, years == 0...0 { throw EDTFError(whole, "the year zero has no sign", hint: "write 0000") }
    // Level 1: unspecified digits only from the right; a month or day wholly (XX) or not at all.
    let digits = fields.joined()
    guard digits.drop(while: { $0 != "X" }).allSatisfy({ $0 == "X" }),
      fields.dropFirst().allSatisfy({ !$0.contains("X") || $0 == "XX" })
    else {
      throw EDTFError(
        whole, "'\(input)' leaves digits unspecified in a way only EDTF level 2 allows",
        hint: "mark unspecified digits from the right only: 191X, 1917-XX, 1917-10-XX")
    }
    var result = SimpleDate(years: yearRange, months: nil, days: nil, season: nil, uncertain: uncertain, approximate: approximate)
    guard fields.count >= 2 else { return result }
    let monthText = fields[1]
    guard monthText.count == 2, let rawMonths = digitRange(monthText, low: 0, high: 99) else {
      throw EDTFError(whole, "month '\(monthText)' must be two digits (01–12) or a season (21–24)")
    }
    if rawMonths.count == 1, (21...24).contains(rawMonths.lowerBound) {
      guard !calendar.isConverted else {
        throw EDTFError(whole, "a season is not a part of the \(calendar.rawValue) calendar", hint: "give the month or the year, as the source does")
      }
      guard fields.count == 2 else { throw EDTFError(whole, "a season takes no day") }
      guard !uncertain && !approximate, years.count == 1 else {
        throw EDTFError(
          whole, "a qualified season, or a season of an unspecified year, is EDTF level 2", hint: "write the season of one year, e.g. 1918-21")
      }
      result.season = rawMonths.lowerBound
      return result
    }
    let firstMonth = max(rawMonths.lowerBound, 1)
    let lastMonth = min(rawMonths.upperBound, CalendarDay.lastMonth(of: calendar))
    guard firstMonth <= lastMonth else {
      let hint =
        calendar.isConverted
        ? "months of the \(calendar.rawValue) calendar are 01–\(CalendarDay.lastMonth(of: calendar))"
        : "months are 01–12; seasons are 21 (spring) to 24 (winter)"
      throw EDTFError(whole, "month \(monthText) does not exist", hint: hint)
    }
    let months = firstMonth...lastMonth
    if yearRange.count == 1, months.count == 1, CalendarDay.daysInMonth(year: yearRange.lowerBound, month: firstMonth, calendar: calendar) == 0 {
      throw EDTFError(
        whole,
        "month \(monthText) (\(CalendarDay.monthName(firstMonth, year: yearRange.lowerBound, calendar: calendar))) does not exist in \(yearRange.lowerBound) (\(calendar.rawValue) calendar)",
        hint: "only leap years of the Hebrew calendar have Adar I (06); Adar of a common year is 07")
    }
    result.months = months
    guard fields.count == 3 else { return result }
    let dayText = fields[2]
    guard dayText.count == 2, let rawDays = digitRange(dayText, low: 0, high: 99) else {
      throw EDTFError(whole, "day '\(dayText)' must be two digits")
    }
    // The longest month the year and month digits allow bounds the day.
    // (A converted calendar is asked of one month and year at most; its months have at most 31 days.
    // Julian and Gregorian leap years repeat every 400 years, so no more years than that are asked:
    // `XXXX-XX-XX` asks 4,800 months, not 120,000.)
    let leapCycle = yearRange.lowerBound...min(yearRange.upperBound, yearRange.lowerBound + 399)
    let longest =
      calendar.isConverted && yearRange.count * months.count > 1
      ? 31 : leapCycle.flatMap { y in months.map { m in CalendarDay.daysInMonth(year: y, month: m, calendar: calendar) } }.max() ?? 31
    let firstDay = max(rawDays.lowerBound, 1)
    let lastDay = min(rawDays.upperBound, longest)
    guard firstDay <= lastDay else {
      let name = months.count == 1 ? CalendarDay.monthName(months.lowerBound, year: yearRange.lowerBound, calendar: calendar) : "that month"
      let hint =
        calendar.isConverted
        ? "check the day against the text; \(name) \(yearRange.lowerBound) has \(longest) days in the \(calendar.rawValue) calendar"
        : "check the day against the text; months have 28–31 days"
      throw EDTFError(
        whole, "day \(dayText) does not exist in \(name) \(yearRange.lowerBound) (\(calendar.rawValue) calendar)",
        hint: hint)
    }
    result.days = firstDay...lastDay
    return result
  }

  /// The numeric range a run of digits and `X`s allows, or `nil` if it holds other characters.
  private static func digitRange(_ text: Substring, low: Int, high: Int) -> ClosedRange<Int>? {
    var lo = 0
    var hi = 0
    for ch in text {
      if ch == "X" {
        lo = lo * 10
        hi = hi * 10 + 9
      } else if let v = ch.wholeNumberValue, ch.isASCII {
        lo = lo * 10 + v
        hi = hi * 10 + v
      } else {
        return nil
      }
    }
    return max(lo, low)...min(hi, high)
  }
}

/// Why an EDTF text could not be read.
public struct EDTFError: Error, Equatable, Sendable, CustomStringConvertible {
  public var text: String
  public var reason: String
  public var hint: String?

  public init(_ text: String, _ reason: String, hint: String? = nil) {
    self.text = text
    self.reason = reason
    self.hint = hint
  }

  public var description: String { "'\(text)' is not a valid EDTF date: \(reason)" }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
  package func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(self[first...last])
  }
}
