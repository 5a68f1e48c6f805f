import Foundation

/// The calendars read through Foundation's `Calendar` (Islamic, Persian, Hebrew):
/// day numbers, month lengths, and the names a reader sees.
enum ConvertedCalendar {
  /// Foundation's calendar for each converted calendar, on UTC days.
  private static let calendars: [HistoricalCalendar: Calendar] = {
    var result: [HistoricalCalendar: Calendar] = [:]
    let identifiers: [(HistoricalCalendar, Calendar.Identifier)] = [
      (.islamicCivil, .islamicCivil), (.islamicUmmAlQura, .islamicUmmAlQura), (.persian, .persian), (.hebrew, .hebrew),
    ]
    for (calendar, identifier) in identifiers {
      var foundation = Calendar(identifier: identifier)
      foundation.timeZone = TimeZone(identifier: "UTC")!
      result[calendar] = foundation
    }
    return result
  }()

  private static func foundation(_ calendar: HistoricalCalendar) -> Calendar {
    guard let foundation = calendars[calendar] else { preconditionFailure("\(calendar.rawValue) is reckoned by arithmetic, not through Foundation") }
    return foundation
  }

  /// The first and last year (of the calendar's era) that dates may have.
  static let years = 1...9999

  /// The date of `year-month-day` if the calendar has that day (Foundation's own
  /// reading is lenient: it carries day 31 of a 30-day month into the next).
  private static func date(year: Int, month: Int, day: Int, in foundation: Calendar) -> Date? {
    guard years.contains(year), month >= 1, day >= 1,
      let date = foundation.date(from: DateComponents(era: nil, year: year, month: month, day: day))
    else { return nil }
    let back = foundation.dateComponents([.year, .month, .day], from: date)
    return back.year == year && back.month == month && back.day == day ? date : nil
  }

  static func day(year: Int, month: Int, day: Int, calendar: HistoricalCalendar) -> Int32 {
    guard let date = date(year: year, month: month, day: day, in: foundation(calendar)) else {
      preconditionFailure("\(year)-\(month)-\(day) is not a day of the \(calendar.rawValue) calendar")
    }
    return dayNumber(of: date)
  }

  static func daysInMonth(year: Int, month: Int, calendar: HistoricalCalendar) -> Int {
    let foundation = foundation(calendar)
    guard let first = date(year: year, month: month, day: 1, in: foundation) else { return 0 }
    return foundation.range(of: .day, in: .month, for: first)?.count ?? 0
  }

  static func daysInYear(_ year: Int, calendar: HistoricalCalendar) -> Int {
    let first = day(year: year, month: 1, day: 1, calendar: calendar)
    let lastMonth = CalendarDay.lastMonth(of: calendar)
    let last = day(year: year, month: lastMonth, day: daysInMonth(year: year, month: lastMonth, calendar: calendar), calendar: calendar)
    return Int(last - first) + 1
  }

  static func components(of dayNumber: Int32, calendar: HistoricalCalendar) -> (year: Int, month: Int, day: Int) {
    let parts = foundation(calendar).dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(dayNumber) * 86_400))
    return (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }

  private static func dayNumber(of date: Date) -> Int32 {
    Int32((date.timeIntervalSince1970 / 86_400).rounded(.down))
  }
}

extension CalendarDay {
  /// A month's name for a reader: `Mar`, `Rabiʻ I`, `Khordad`, `Adar II`.
  ///
  /// Gregorian and Julian months are abbreviated; the others are named in full,
  /// as Foundation's English month names spell them (kept here so that output
  /// does not change with the system's locale data).
  static func monthName(_ month: Int, year: Int, calendar: HistoricalCalendar) -> String {
    let names: [String]
    switch calendar {
    case .gregorian, .julian: names = monthAbbreviations
    case .islamicCivil, .islamicUmmAlQura: names = islamicMonths
    case .persian: names = persianMonths
    case .hebrew:
      if month == 7, isLeapYear(year, calendar: .hebrew) { return "Adar II" }
      names = hebrewMonths
    }
    return names.indices.contains(month - 1) ? names[month - 1] : "month \(month)"
  }

  /// What follows a year of the calendar for a reader: ` AH`, ` AP`, ` AM`; nothing for Gregorian and Julian years.
  static func eraSuffix(_ calendar: HistoricalCalendar) -> String {
    switch calendar {
    case .gregorian, .julian: ""
    case .islamicCivil, .islamicUmmAlQura: " AH"
    case .persian: " AP"
    case .hebrew: " AM"
    }
  }

  static let islamicMonths = [
    "Muharram", "Safar", "Rabiʻ I", "Rabiʻ II", "Jumada I", "Jumada II", "Rajab", "Shaʻban", "Ramadan", "Shawwal", "Dhuʻl-Qiʻdah", "Dhuʻl-Hijjah",
  ]
  static let persianMonths = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"]
  static let hebrewMonths = ["Tishri", "Heshvan", "Kislev", "Tevet", "Shevat", "Adar I", "Adar", "Nisan", "Iyar", "Sivan", "Tamuz", "Av", "Elul"]
}
