// The resolver: underspecified values -> TIMEX3 values. See resolver.h.
// Tested by tests/temporal_resolver_test.cc.
#include "temporal/resolver.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace claimsift::temporal {
namespace {

// v in decimal, zero-padded to `width` digits ("%0*d", without printf's cost).
std::string pad(int v, int width) {
  char buf[16];
  if (v < 0 || width > 10) {
    std::snprintf(buf, sizeof buf, "%0*d", width, v);
    return buf;
  }
  int len = 0;
  do {
    buf[15 - len++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v > 0);
  while (len < width) buf[15 - len++] = '0';
  return std::string(buf + 16 - len, static_cast<size_t>(len));
}
// Years outside 0000-9999 cannot be written as TIMEX3 calendar values.
std::string fmt_year(int y) { return y < 0 || y > 9999 ? std::string("XXXX") : pad(y, 4); }
std::string fmt_month(int y, int m) { return fmt_year(y) + "-" + pad(m, 2); }
std::string fmt_day(CivilDate d) {
  // format_iso_date's "%04d-%02d-%02d", without printf's cost.
  if (d.year < 0 || d.year > 9999) return "XXXX-XX-XX";
  if (d.month >= 0 && d.month <= 99 && d.day >= 0 && d.day <= 99) {  // always, for a real date
    const char s[10] = {static_cast<char>('0' + d.year / 1000), static_cast<char>('0' + d.year / 100 % 10),
                        static_cast<char>('0' + d.year / 10 % 10), static_cast<char>('0' + d.year % 10),
                        '-', static_cast<char>('0' + d.month / 10), static_cast<char>('0' + d.month % 10),
                        '-', static_cast<char>('0' + d.day / 10), static_cast<char>('0' + d.day % 10)};
    return std::string(s, sizeof s);
  }
  std::string s = pad(d.year, 4);
  s += '-';
  s += pad(d.month, 2);
  s += '-';
  s += pad(d.day, 2);
  return s;
}
std::string fmt_week(CivilDate d) {
  IsoWeek w = iso_week(d);
  return fmt_year(w.year) + "-W" + pad(w.week, 2);
}
// The ISO week of the weekend that belongs to a day: a Monday's is the one before it, a
// Friday's the one after, any other day's the one of its week.
std::string fmt_weekend_of(CivilDate d) {
  const int wd = iso_weekday(d);
  const CivilDate sat = wd == 1 ? add_days(d, -2) : add_days(d, 6 - wd);
  return fmt_week(sat) + "-WE";
}

const char* kSeasonCodes[] = {"", "SP", "SU", "FA", "WI"};

// Index into `c` (ascending) of the candidate a direction picks relative to `cur`; -1 if none.
int pick(const long* c, int n, long cur, Dir d) {
  int best = -1;
  for (int i = 0; i < n; ++i) {
    switch (d) {
      case Dir::kPast: if (c[i] <= cur) best = i; break;
      case Dir::kLast: if (c[i] < cur) best = i; break;
      case Dir::kFuture: if (c[i] >= cur && best < 0) best = i; break;
      case Dir::kNext: if (c[i] > cur && best < 0) best = i; break;
      default:  // kNearest (ties go to the past)
        if (best < 0 || std::labs(c[i] - cur) < std::labs(c[best] - cur)) best = i;
    }
  }
  return best;
}

std::string time_suffix(const Partial& p) {
  std::string s;
  if (p.hour >= 0) {
    s = "T" + pad(p.hour, 2) + ":" + pad(p.minute < 0 ? 0 : p.minute, 2);
  } else if (p.part_of_day) {
    s = std::string("T") + p.part_of_day;
  }
  if (p.utc && p.hour >= 0) s += "Z";
  return s;
}

// `d` moved by `offset` units (weeks as 7 days, quarters as 3 months, years as 12 months).
CivilDate shifted(CivilDate d, Unit unit, long offset) {
  switch (unit) {
    case Unit::kDay: return add_days(d, offset);
    case Unit::kWeek: return add_days(d, 7L * offset);
    case Unit::kMonth: return add_months(d, static_cast<int>(offset));
    case Unit::kQuarter: return add_months(d, static_cast<int>(3 * offset));
    case Unit::kYear: return add_months(d, static_cast<int>(12 * offset));
  }
  return d;
}

std::string fmt_gran(CivilDate d, Gran g) {
  switch (g) {
    case Gran::kCentury: return d.year < 0 || d.year > 9999 ? "XX" : pad(d.year / 100, 2);
    case Gran::kDecade: return d.year < 0 || d.year > 9999 ? "XXX" : pad(d.year / 10, 3);
    case Gran::kYear: return fmt_year(d.year);
    case Gran::kQuarter: return fmt_year(d.year) + "-Q" + std::to_string((d.month - 1) / 3 + 1);
    case Gran::kSeason: return fmt_year(d.year);
    case Gran::kMonth: return fmt_month(d.year, d.month);
    case Gran::kWeek: return fmt_week(d);
    case Gran::kWeekend: return fmt_week(d) + "-WE";
    case Gran::kDay: return fmt_day(d);
  }
  return fmt_day(d);
}

std::string unknown_gran(Gran g) {
  switch (g) {
    case Gran::kCentury: return "XX";
    case Gran::kDecade: return "XXX";
    case Gran::kYear: return "XXXX";
    case Gran::kQuarter: return "XXXX-QX";
    case Gran::kSeason: return "XXXX";
    case Gran::kMonth: return "XXXX-XX";
    case Gran::kWeek: return "XXXX-WXX";
    case Gran::kWeekend: return "XXXX-WXX-WE";
    case Gran::kDay: return "XXXX-XX-XX";
  }
  return "XXXX-XX-XX";
}

int parse_int(std::string_view s, int fallback) {
  int v = fallback;
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() ? v : fallback;
}

}  // namespace

CivilDate easter_sunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDate{y, month, day};
}

Resolver::Resolver(const Lexicon& holidays, DatePreference preference)
    : preference_(preference) {
  rules_.resize(holidays.size());
  for (size_t e = 0; e < holidays.size(); ++e) {
    std::string_view spec = holidays.field(static_cast<int>(e), 0);
    while (!spec.empty()) {
      const size_t bar = spec.find('|');
      std::string_view one = spec.substr(0, bar);
      spec = bar == std::string_view::npos ? std::string_view() : spec.substr(bar + 1);
      // Split "kind:a:b:c:d".
      std::string_view parts[6];
      int n = 0;
      while (n < 6) {
        const size_t colon = one.find(':');
        parts[n++] = one.substr(0, colon);
        if (colon == std::string_view::npos) break;
        one = one.substr(colon + 1);
      }
      Rule r;
      if (parts[0] == "fixed" && n >= 2) {
        r.kind = Rule::kFixed;
        r.month = parse_int(parts[1].substr(0, 2), 0);
        r.day = parse_int(parts[1].substr(3), 0);
      } else if (parts[0] == "nth" && n >= 4) {
        r.kind = Rule::kNth;
        r.month = parse_int(parts[1], 0);
        r.n = parse_int(parts[2], 0);
        r.weekday = parse_int(parts[3], 0);
        r.offset = n >= 5 ? parse_int(parts[4], 0) : 0;
      } else if (parts[0] == "easter" && n >= 2) {
        r.kind = Rule::kEaster;
        r.offset = parse_int(parts[1], 0);
      } else {
        continue;  // an unknown rule is skipped (tests/temporal_data_test.cc checks the file)
      }
      rules_[e].push_back(r);
    }
  }
}

std::optional<CivilDate> Resolver::apply(const Rule& r, int year) {
  switch (r.kind) {
    case Rule::kFixed:
      if (!is_valid_date(year, r.month, r.day)) return std::nullopt;
      return CivilDate{year, r.month, r.day};
    case Rule::kNth: {
      if (r.month < 1 || r.month > 12 || r.weekday < 1 || r.weekday > 7 || r.n == 0) return std::nullopt;
      int day;
      if (r.n > 0) {
        const int wd1 = iso_weekday(CivilDate{year, r.month, 1});
        day = 1 + (r.weekday - wd1 + 7) % 7 + 7 * (r.n - 1);
      } else {
        const int last = days_in_month(year, r.month);
        const int wdl = iso_weekday(CivilDate{year, r.month, last});
        day = last - (wdl - r.weekday + 7) % 7;
      }
      if (!is_valid_date(year, r.month, day)) return std::nullopt;
      return add_days(CivilDate{year, r.month, day}, r.offset);
    }
    case Rule::kEaster:
      return add_days(easter_sunday(year), r.offset);
  }
  return std::nullopt;
}

std::optional<CivilDate> Resolver::holiday_date(int holiday, int year) const {
  if (holiday < 0 || holiday >= static_cast<int>(rules_.size()) || rules_[holiday].empty())
    return std::nullopt;
  return apply(rules_[holiday][0], year);
}

Dir Resolver::effective(Dir d, Tense t) const {
  if (d != Dir::kByTense) return d;
  if (t == Tense::kPast) return Dir::kPast;
  if (t == Tense::kFuture) return Dir::kFuture;
  switch (preference_) {
    case DatePreference::kPast: return Dir::kPast;
    case DatePreference::kFuture: return Dir::kFuture;
    default: return Dir::kNearest;
  }
}

std::optional<CivilDate> Resolver::day_of(std::string_view v) {
  if (v.size() < 10) return std::nullopt;
  if (v.size() > 10 && v[10] != 'T') return std::nullopt;
  return parse_iso_date(v.substr(0, 10));
}

bool Resolver::year_month_of(std::string_view v, int* year, int* month) {
  if (v.size() < 4) return false;
  for (int i = 0; i < 4; ++i)
    if (v[i] < '0' || v[i] > '9') return false;
  if (v.size() > 4 && v[4] != '-') return false;  // 199 (a decade) or 2019T...
  *year = parse_int(v.substr(0, 4), 0);
  *month = 0;
  if (v.size() >= 7 && v[5] >= '0' && v[5] <= '9' && v[6] >= '0' && v[6] <= '9')
    *month = parse_int(v.substr(5, 2), 0);
  return true;
}

std::string Resolver::resolve(const Partial& p, const ResolveContext& ctx) const {
  const std::string suffix = p.type == TimexType::kTime ? time_suffix(p) : std::string();
  const Dir dir = effective(p.dir, ctx.tense);
  switch (p.base) {
    case Base::kLiteral:
      return p.literal;

    case Base::kCalendar: {
      if (p.gran == Gran::kDay) {
        if (p.year) return fmt_day(CivilDate{p.year, p.month, p.day}) + suffix;
        if (!ctx.dct) return "XXXX-" + pad(p.month, 2) + "-" + pad(p.day, 2) + suffix;
        const int y = ctx.dct->year;
        if (dir == Dir::kThis && is_valid_date(y, p.month, p.day))
          return fmt_day(CivilDate{y, p.month, p.day}) + suffix;
        long c[3];
        int years[3], n = 0;
        for (int k = -1; k <= 1; ++k) {
          if (!is_valid_date(y + k, p.month, p.day)) continue;
          years[n] = y + k;
          c[n++] = days_from_civil(CivilDate{y + k, p.month, p.day});
        }
        const int i = pick(c, n, days_from_civil(*ctx.dct), dir);
        if (i < 0) return "XXXX-" + pad(p.month, 2) + "-" + pad(p.day, 2) + suffix;
        return fmt_day(CivilDate{years[i], p.month, p.day}) + suffix;
      }
      // Month, season or quarter: periods numbered from year 0.
      int per_year = 12, slot = p.month - 1;
      std::string code;
      if (p.gran == Gran::kSeason) {
        per_year = 4;
        slot = p.season - 1;
        code = std::string("-") + kSeasonCodes[p.season];
      } else if (p.gran == Gran::kQuarter) {
        per_year = 4;
        slot = p.quarter - 1;
        code = "-Q" + std::to_string(p.quarter);
      } else {
        code = "-" + pad(p.month, 2);
      }
      if (p.year) return fmt_year(p.year) + code;
      if (!ctx.dct) return "XXXX" + code;
      const int y = ctx.dct->year, m = ctx.dct->month;
      long cur;
      int this_year = y;
      if (p.gran == Gran::kSeason) {
        // Winter belongs to the year it starts in: January and February are last year's winter.
        const int s = m >= 3 && m <= 5 ? 0 : m >= 6 && m <= 8 ? 1 : m >= 9 && m <= 11 ? 2 : 3;
        const int sy = m <= 2 ? y - 1 : y;
        cur = static_cast<long>(sy) * 4 + s;
        if (p.season == 4 && m <= 2) this_year = y - 1;
      } else if (p.gran == Gran::kQuarter) {
        cur = static_cast<long>(y) * 4 + (m - 1) / 3;
      } else {
        cur = static_cast<long>(y) * 12 + m - 1;
      }
      if (dir == Dir::kThis) return fmt_year(this_year) + code;
      long c[3];
      for (int k = 0; k < 3; ++k) c[k] = static_cast<long>(y - 1 + k) * per_year + slot;
      const int i = pick(c, 3, cur, dir);
      if (i < 0) return "XXXX" + code;
      return fmt_year(y - 1 + i) + code;
    }

    case Base::kWeekday: {
      if (!ctx.dct) return "XXXX-WXX-" + std::to_string(p.weekday) + suffix;
      const long cur = days_from_civil(*ctx.dct);
      const long base = cur - (iso_weekday(*ctx.dct) - p.weekday);
      if (dir == Dir::kThis) return fmt_day(civil_from_days(base)) + suffix;
      const long c[3] = {base - 7, base, base + 7};
      const int i = pick(c, 3, cur, dir);
      return fmt_day(civil_from_days(c[i < 0 ? 1 : i])) + suffix;
    }

    case Base::kWeekend: {
      if (!ctx.dct) return "XXXX-WXX-WE";
      const int wd = iso_weekday(*ctx.dct);
      int weeks = 0;
      switch (dir) {
        case Dir::kLast: weeks = -1; break;
        case Dir::kNext: weeks = 1; break;
        case Dir::kThis: case Dir::kFuture: weeks = 0; break;
        case Dir::kPast: weeks = wd >= 6 ? 0 : -1; break;
        default: weeks = wd <= 3 ? -1 : 0;
      }
      return fmt_week(add_days(*ctx.dct, 7L * weeks)) + "-WE";
    }

    case Base::kHoliday: {
      if (p.holiday < 0 || p.holiday >= static_cast<int>(rules_.size()) || rules_[p.holiday].empty())
        return "XXXX-XX-XX";
      const auto& rules = rules_[p.holiday];
      std::optional<CivilDate> date;
      if (p.year) {
        date = apply(rules[0], p.year);
      } else if (ctx.dct) {
        const int y = ctx.dct->year;
        if (dir == Dir::kThis) {
          date = apply(rules[0], y);
        } else {
          long c[48];
          int n = 0;
          for (int k = -1; k <= 1; ++k)
            for (const Rule& r : rules) {
              auto d = apply(r, y + k);
              if (d && n < 48) c[n++] = days_from_civil(*d);
            }
          // Sort the few candidates (several rules per year interleave).
          for (int a = 1; a < n; ++a)
            for (int b = a; b > 0 && c[b - 1] > c[b]; --b) std::swap(c[b - 1], c[b]);
          const int i = pick(c, n, days_from_civil(*ctx.dct), dir);
          if (i >= 0) date = civil_from_days(c[i]);
        }
      } else {
        const Rule& r = rules[0];
        if (p.weekend) return "XXXX-WXX-WE";
        if (r.kind == Rule::kFixed) return "XXXX-" + pad(r.month, 2) + "-" + pad(r.day, 2);
        return "XXXX-XX-XX";
      }
      if (!date) return "XXXX-XX-XX";
      if (p.weekend) return fmt_weekend_of(*date);
      return fmt_day(*date) + suffix;
    }

    case Base::kDctOffset: {
      if (!ctx.dct) return unknown_gran(p.gran) + (p.gran == Gran::kDay ? suffix : "");
      const CivilDate d = shifted(*ctx.dct, p.unit, p.offset);
      if (p.quarter) return fmt_year(d.year) + "-Q" + std::to_string(p.quarter);
      if (p.month) return fmt_month(d.year, p.month);
      return fmt_gran(d, p.gran) + (p.gran == Gran::kDay ? suffix : "");
    }

    case Base::kAnchorOffset: {
      if (!ctx.anchor) return unknown_gran(p.gran) + (p.gran == Gran::kDay ? suffix : "");
      const CivilDate d = shifted(*ctx.anchor, p.unit, p.offset);
      return fmt_gran(d, p.gran) + (p.gran == Gran::kDay ? suffix : "");
    }

    case Base::kClock:
      if (!ctx.anchor) return "XXXX-XX-XX" + suffix;
      return fmt_day(*ctx.anchor) + suffix;
  }
  return p.literal;
}

}  // namespace claimsift::temporal
