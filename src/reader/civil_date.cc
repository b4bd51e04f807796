// Calendar arithmetic for CivilDate. See include/claimsift/civil_date.h.
// days_from_civil / civil_from_days follow Howard Hinnant's public-domain algorithms
// ("chrono-Compatible Low-Level Date Algorithms").
// Tested by tests/civil_date_test.cc.
#include "claimsift/civil_date.h"

#include <cstdio>

namespace claimsift {

long days_from_civil(CivilDate d) {
  long y = d.year;
  const unsigned m = static_cast<unsigned>(d.month);
  const unsigned dd = static_cast<unsigned>(d.day);
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + dd - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CivilDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int iso_weekday(CivilDate d) {
  const long z = days_from_civil(d);
  // 1970-01-01 was a Thursday (4).
  long w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

IsoWeek iso_week(CivilDate d) {
  // The ISO week belongs to the year that holds its Thursday.
  const long z = days_from_civil(d);
  const long thursday = z - (iso_weekday(d) - 1) + 3;
  const CivilDate th = civil_from_days(thursday);
  const long jan1 = days_from_civil(CivilDate{th.year, 1, 1});
  return IsoWeek{th.year, static_cast<int>((thursday - jan1) / 7 + 1)};
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

CivilDate add_months(CivilDate d, int months) {
  long total = static_cast<long>(d.year) * 12 + (d.month - 1) + months;
  long y = total >= 0 ? total / 12 : (total - 11) / 12;
  int m = static_cast<int>(total - y * 12) + 1;
  int day = d.day;
  const int dim = days_in_month(static_cast<int>(y), m);
  if (day > dim) day = dim;
  return CivilDate{static_cast<int>(y), m, day};
}

CivilDate add_days(CivilDate d, long days) { return civil_from_days(days_from_civil(d) + days); }

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n, int* out) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, &y) || !digits(5, 2, &m) || !digits(8, 2, &d)) return std::nullopt;
  if (!is_valid_date(y, m, d)) return std::nullopt;
  return CivilDate{y, m, d};
}

std::string format_iso_date(CivilDate d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

}  // namespace claimsift
