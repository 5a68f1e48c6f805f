/// A calendar a source may count its dates in.
///
/// `gregorian` and `julian` are reckoned here by arithmetic; the others are
/// converted through Foundation's `Calendar` (see ``isConverted``). Which of
/// Julian and Gregorian a graph's sources used before a given day is the graph's
/// data (``CalendarSwitch``), not the calendar's.
public enum HistoricalCalendar: String, Sendable, Codable, CaseIterable {
  /// New Style.
  case gregorian
  /// Old Style.
  case julian
  /// The arithmetical Islamic (Hijri) calendar, years AH.
  case islamicCivil = "islamic-civil"
  /// The Islamic (Hijri) calendar of Saudi Arabia's Umm al-Qura tables, years AH.
  case islamicUmmAlQura = "islamic-umalqura"
  /// The Persian solar (Solar Hijri) calendar, years AP.
  case persian
  /// The Hebrew calendar, years AM; months are numbered from Tishri (1) to Elul (13),
  /// 6 being Adar I, which only leap years have.
  case hebrew

  /// Whether dates of the calendar are converted through Foundation's `Calendar`
  /// (every calendar but Julian and Gregorian).
  public var isConverted: Bool { self != .gregorian && self != .julian }

  /// The calendar in a few words: what it is called and how its years are counted.
  public var summary: String {
    switch self {
    case .gregorian: "New Style"
    case .julian: "Old Style"
    case .islamicCivil: "Hijri, years AH, arithmetical"
    case .islamicUmmAlQura: "Hijri, years AH, Umm al-Qura tables"
    case .persian: "Solar Hijri, years AP"
    case .hebrew: "years AM, months 01 Tishri to 13 Elul"
    }
  }

  /// The calendars' names, as `--calendar` and `calendar:` take them: `gregorian, julian, islamic-civil, …`.
  public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Day arithmetic for every ``HistoricalCalendar``, on day numbers counted from 1970-01-01 (Gregorian).
public enum CalendarDay {
  /// Whether `year` is a leap year in `calendar`: it has a leap day (Julian,
  /// Gregorian, Islamic, Persian) or a leap month (Hebrew). A converted calendar
  /// has no leap years outside its years 1–9999.
  public static func isLeapYear(_ year: Int, calendar: HistoricalCalendar) -> Bool {
    if calendar.isConverted, !ConvertedCalendar.years.contains(year) { return false }
    switch calendar {
    case .julian: return year % 4 == 0
    case .gregorian: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    case .hebrew: return ConvertedCalendar.daysInMonth(year: year, month: 6, calendar: calendar) > 0
    case .islamicCivil, .islamicUmmAlQura, .persian:
      return ConvertedCalendar.daysInYear(year, calendar: calendar) > (calendar == .persian ? 365 : 354)
    }
  }

  /// Number of days in a month of `calendar`; 0 for a month the year does not
  /// have (Adar I of a common Hebrew year, or a month beyond ``lastMonth(of:calendar:)``).
  public static func daysInMonth(year: Int, month: Int, calendar: HistoricalCalendar) -> Int {
    guard !calendar.isConverted else { return ConvertedCalendar.daysInMonth(year: year, month: month, calendar: calendar) }
    switch month {
    case 2: return isLeapYear(year, calendar: calendar) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// The number of a year's last month: 12, or 13 in the Hebrew calendar.
  public static func lastMonth(of calendar: HistoricalCalendar) -> Int { calendar == .hebrew ? 13 : 12 }

  /// The day number of a calendar date. Months and days must be valid (a converted
  /// calendar's years 1–9999); an invalid one traps.
  public static func day(year: Int, month: Int, day: Int, calendar: HistoricalCalendar) -> Int32 {
    if calendar.isConverted { return ConvertedCalendar.day(year: year, month: month, day: day, calendar: calendar) }
    // Julian Day Number by the Fliegel–Van Flandern method, then shifted to the Unix epoch.
    let a = (14 - month) / 12
    let y = year + 4800 - a
    let m = month + 12 * a - 3
    var jdn = day + (153 * m + 2) / 5 + 365 * y + floorDiv(y, 4)
    if calendar == .gregorian {
      jdn += -floorDiv(y, 100) + floorDiv(y, 400) - 32045
    } else {
      jdn -= 32083
    }
    return Int32(jdn - 2_440_588)
  }

  /// The calendar date of a day number.
  public static func components(of dayNumber: Int32, calendar: HistoricalCalendar) -> (year: Int, month: Int, day: Int) {
    if calendar.isConverted { return ConvertedCalendar.components(of: dayNumber, calendar: calendar) }
    let jdn = Int(dayNumber) + 2_440_588
    let c: Int
    let d0: Int
    if calendar == .gregorian {
      let a = jdn + 32044
      let b = floorDiv(4 * a + 3, 146_097)
      c = a - floorDiv(146_097 * b, 4)
      d0 = 100 * b
    } else {
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
