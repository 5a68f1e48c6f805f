/// The two calendars the sources use. Russia kept the Julian calendar until
/// 1918-01-31 (Old Style), followed by 1918-02-14 (New Style, Gregorian).
public enum HistoricalCalendar: String, Sendable, Codable, CaseIterable {
  case gregorian
  case julian
}

/// Day arithmetic for both calendars, on day numbers counted from 1970-01-01 (Gregorian).
public enum CalendarDay {
  /// Day number of 1918-02-14, the first New Style day in Soviet Russia.
  public static let newStyleStart: Int32 = day(year: 1918, month: 2, day: 14, calendar: .gregorian)

  /// Whether `year` is a leap year in `calendar`.
  public static func isLeapYear(_ year: Int, calendar: HistoricalCalendar) -> Bool {
    switch calendar {
    case .julian: return year % 4 == 0
    case .gregorian: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
  }

  /// Number of days in a month of `calendar`.
  public static func daysInMonth(year: Int, month: Int, calendar: HistoricalCalendar) -> Int {
    switch month {
    case 2: return isLeapYear(year, calendar: calendar) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The day number of a calendar date. Months and days must be valid.
  public static func day(year: Int, month: Int, day: Int, calendar: HistoricalCalendar) -> Int32 {
    // Julian Day Number by the Fliegel–Van Flandern method, then shifted to the Unix epoch.
    let a = (14 - month) / 12
    let y = year + 4800 - a
    let m = month + 12 * a - 3
    var jdn = day + (153 * m + 2) / 5 + 365 * y + floorDiv(y, 4)
    switch calendar {
    case .gregorian: jdn += -floorDiv(y, 100) + floorDiv(y, 400) - 32045
    case .julian: jdn -= 32083
    }
    return Int32(jdn - 2_440_588)
  }

  /// The calendar date of a day number.
  public static func components(of dayNumber: Int32, calendar: HistoricalCalendar) -> (year: Int, month: Int, day: Int) {
    let jdn = Int(dayNumber) + 2_440_588
    let c: Int
    let d0: Int
    switch calendar {
    case .gregorian:
      let a = jdn + 32044
      let b = floorDiv(4 * a + 3, 146_097)
      c = a - floorDiv(146_097 * b, 4)
      d0 = 100 * b
    case .julian:
      c = jdn + 32082
      d0 = 0
    }
    let d = floorDiv(4 * c + 3, 1461)
    let e = c - floorDiv(1461 * d, 4)
    let m = floorDiv(5 * e + 2, 153)
    let dayOfMonth = e - floorDiv(153 * m + 2, 5) + 1
    let month = m + 3 - 12 * floorDiv(m, 10)
    let year = d0 + d - 4800 + floorDiv(m, 10)
    return (year, month, dayOfMonth)
  }

  /// ISO `YYYY-MM-DD` of a day number in `calendar`.
  public static func iso(_ dayNumber: Int32, calendar: HistoricalCalendar = .gregorian) -> String {
    let (y, m, d) = components(of: dayNumber, calendar: calendar)
    return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
  }

  static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
  }

  static func floorDiv(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }
}
