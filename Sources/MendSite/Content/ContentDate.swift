/// A date (and optionally a time) from front matter, parsed and formatted without the
/// system clock or locale, so builds are identical everywhere.
///
/// Accepts `2024-05-01`, `2024-05-01T09:30`, `2024-05-01 09:30:00`, `2024-05-01T09:30:00Z`
/// and `2024-05-01T09:30:00+02:00`. A date without a zone is taken as UTC.
public struct ContentDate: Sendable, Hashable, Comparable {
    public let year: Int, month: Int, day: Int
    /// Seconds since midnight, when a time was given.
    public let secondOfDay: Int?
    /// Offset from UTC in minutes, when a time was given.
    public let offsetMinutes: Int

    /// Seconds since 1970-01-01T00:00:00Z: the order of dates (worked out once, lists sort by it).
    public let timestamp: Int

    init(year: Int, month: Int, day: Int, secondOfDay: Int?, offsetMinutes: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.secondOfDay = secondOfDay
        self.offsetMinutes = offsetMinutes
        timestamp = Self.daysFromCivil(year, month, day) * 86_400 + (secondOfDay ?? 0) - offsetMinutes * 60
    }

    /// `2024-05-01`, or `2024-05-01T09:30:00+02:00` when a time was given.
    public var iso: String {
        guard let seconds = secondOfDay else { return isoDate }
        return "\(isoDate)T\(Self.pad(seconds / 3600)):\(Self.pad(seconds / 60 % 60)):\(Self.pad(seconds % 60))\(zone)"
    }

    /// RFC 3339 with a time, as Atom and sitemaps want: `2024-05-01T00:00:00Z` for a plain date.
    public var rfc3339: String {
        secondOfDay == nil ? "\(isoDate)T00:00:00Z" : iso
    }

    /// `2024-05-01`; the year always has four digits (`0999-05-05`), as ISO 8601, RFC 3339
    /// and HTML's `<time>` want.
    public var isoDate: String { "\(Self.pad4(year))-\(Self.pad(month))-\(Self.pad(day))" }

    /// The year with at least four digits, as ISO 8601 writes it: `2024`, `0999`.
    public var paddedYear: String { Self.pad4(year) }

    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool { lhs.timestamp < rhs.timestamp }
}

public extension ContentDate {
    /// Parses the formats listed on the type; `nil` for anything else, or an impossible date
    /// (the year 0000 among them: HTML dates start at 0001).
    init?(_ text: String) {
        var scanner = DateScanner(text.trimmed)
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
              let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2),
              year >= 1, (1...12).contains(month), (1...Self.daysIn(month, of: year)).contains(day)
        else { return nil }
        var secondOfDay: Int?
        var offset = 0
        if scanner.skip("T") || scanner.skip(" ") {
            guard let time = scanner.time(), let zone = scanner.zone() else { return nil }
            secondOfDay = time
            offset = zone
        }
        guard scanner.isAtEnd else { return nil }
        self.init(year: year, month: month, day: day, secondOfDay: secondOfDay, offsetMinutes: offset)
    }
}

private extension ContentDate {
    var zone: String {
        guard offsetMinutes != 0 else { return "Z" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        return "\(sign)\(Self.pad(abs(offsetMinutes) / 60)):\(Self.pad(abs(offsetMinutes) % 60))"
    }

    static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    static func pad4(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
