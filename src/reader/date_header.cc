// The date header: publication-date metadata on the first line of a document. See
// find_date_header in include/claimsift/reader.h for the forms read.
//
// The idea: read the first non-blank line as a small sequence of header pieces, left to right:
//   [keywords ":"] [weekday ","] DATE { separator | time | zone | am/pm | keyword | DATE }
// With a keyword ("Published", "Last updated", the corpus's "date"), the header ends after the
// last piece read and the body may follow on the same line. Without one, a date counts only if
// the pieces fill the whole line (a line "June 12, 2022" is metadata; "June 12, 2022 was..." is
// not). Only the first date is the document's. Linear in the line; at most kMaxHeaderBytes read.
// The month and weekday names are the closed English set, kept here (not a lexicon) because the
// reader runs before any lexicon is consulted.
//
// Tested by tests/date_header_test.cc.
#include <array>
#include <cstring>

#include "claimsift/reader.h"

namespace claimsift {

namespace {

constexpr size_t kMaxHeaderBytes = 512;

struct Cursor {
  std::string_view s;
  size_t i = 0;
  bool done() const { return i >= s.size(); }
  unsigned char peek(size_t k = 0) const {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0;
  }
};

bool is_ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
char lower(unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c); }

// Bytes of a space on the line at c.i (space, tab, NBSP, thin and narrow spaces, zero-width
// space, BOM), 0 otherwise. Line breaks are not spaces here.
size_t space_len(const Cursor& c) {
  const unsigned char b = c.peek();
  if (b == ' ' || b == '\t') return 1;
  if (b == 0xC2 && c.peek(1) == 0xA0) return 2;  // NBSP
  if (b == 0xE2 && c.peek(1) == 0x80) {
    const unsigned char t = c.peek(2);
    if ((t >= 0x80 && t <= 0x8B) || t == 0xAF) return 3;  // U+2000..200B, U+202F
  }
  if (b == 0xEF && c.peek(1) == 0xBB && c.peek(2) == 0xBF) return 3;  // U+FEFF
  return 0;
}

void skip_spaces(Cursor& c) {
  while (size_t n = space_len(c)) c.i += n;
}

// Skips spaces and line breaks (the blank lines before the header, or after it).
void skip_blank(Cursor& c) {
  while (!c.done()) {
    if (size_t n = space_len(c)) {
      c.i += n;
    } else if (c.peek() == '\n' || c.peek() == '\r') {
      ++c.i;
    } else {
      break;
    }
  }
}

bool at_line_end(const Cursor& c) { return c.done() || c.peek() == '\n' || c.peek() == '\r'; }

// The ASCII word at c.i, lower-cased into buf (empty when none or too long).
std::string_view word_at(const Cursor& c, char (&buf)[16]) {
  size_t n = 0;
  while (is_ascii_alpha(c.peek(n))) {
    if (n >= sizeof buf) return {};
    buf[n] = lower(c.peek(n));
    ++n;
  }
  return std::string_view(buf, n);
}

int month_number(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kLong = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (size_t m = 0; m < kLong.size(); ++m) {
    if (w == kLong[m]) return static_cast<int>(m) + 1;
    if (w.size() == 3 && kLong[m].substr(0, 3) == w) return static_cast<int>(m) + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

bool is_weekday(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (std::string_view d : kDays) {
    if (w == d || (w.size() == 3 && d.substr(0, 3) == w)) return true;
  }
  return w == "tues" || w == "thur" || w == "thurs";
}

// Header keywords. `core` words make a keyword phrase; the others only join one.
bool is_keyword(std::string_view w, bool* core) {
  static constexpr std::array<std::string_view, 9> kCore = {
      "published", "updated", "posted", "modified", "date", "dated", "revised", "created",
      "pubdate"};
  static constexpr std::array<std::string_view, 5> kJoin = {"last", "first", "originally",
                                                            "on", "at"};
  for (std::string_view k : kCore) {
    if (w == k) {
      *core = true;
      return true;
    }
  }
  for (std::string_view k : kJoin) {
    if (w == k) return true;
  }
  return false;
}

bool is_zone(std::string_view w) {
  static constexpr std::array<std::string_view, 26> kZones = {
      "et",  "est", "edt", "ct",  "cst",  "cdt",  "mt",   "mst",  "mdt", "pt",  "pst", "pdt",
      "gmt", "bst", "utc", "cet", "cest", "eet",  "eest", "ist",  "aest", "aedt", "jst", "hkt",
      "sgt", "z"};
  for (std::string_view z : kZones) {
    if (w == z) return true;
  }
  return false;
}

// Reads up to `max` digits; returns the count read (0 when none) and the value.
size_t read_digits(const Cursor& c, size_t max, int* value) {
  size_t n = 0;
  int v = 0;
  while (n < max && is_digit(c.peek(n))) {
    v = v * 10 + (c.peek(n) - '0');
    ++n;
  }
  if (is_digit(c.peek(n))) return 0;  // more digits than allowed
  *value = v;
  return n;
}

// A month name with an optional period: "June", "Oct.", "Sept.".
bool read_month(Cursor& c, int* month) {
  char buf[16];
  const std::string_view w = word_at(c, buf);
  const int m = w.empty() ? 0 : month_number(w);
  if (m == 0) return false;
  c.i += w.size();
  if (c.peek() == '.') ++c.i;
  *month = m;
  return true;
}

// A day of the month with an optional ordinal suffix: "9", "12th".
bool read_day(Cursor& c, int* day) {
  size_t n = read_digits(c, 2, day);
  if (n == 0) return false;
  Cursor t = c;
  t.i += n;
  char buf[16];
  const std::string_view w = word_at(t, buf);
  if (w == "st" || w == "nd" || w == "rd" || w == "th") {
    n += 2;
  } else if (!w.empty()) {
    return false;
  }
  c.i += n;
  return true;
}

bool read_year(Cursor& c, int* year) {
  const size_t n = read_digits(c, 4, year);
  if (n != 4) return false;
  c.i += 4;
  return true;
}

// Optional "," then spaces.
void skip_comma(Cursor& c) {
  skip_spaces(c);
  if (c.peek() == ',') ++c.i;
  skip_spaces(c);
}

// "T10:30:00Z", "T10:30:00+01:00" after an ISO date.
void skip_iso_time(Cursor& c) {
  if (c.peek() != 'T' || !is_digit(c.peek(1))) return;
  size_t k = 1;
  while (is_digit(c.peek(k)) || c.peek(k) == ':' || c.peek(k) == '.') ++k;
  if (c.peek(k) == 'Z') {
    ++k;
  } else if (c.peek(k) == '+' || c.peek(k) == '-') {
    ++k;
    while (is_digit(c.peek(k)) || c.peek(k) == ':') ++k;
  }
  c.i += k;
}

// One date in any accepted form; leaves c after it on success.
std::optional<CivilDate> read_date(Cursor& c) {
  Cursor t = c;
  int y = 0, m = 0, d = 0;
  if (is_digit(t.peek())) {
    // YYYY-MM-DD or YYYY/MM/DD
    if (read_digits(t, 4, &y) == 4 && (t.peek(4) == '-' || t.peek(4) == '/')) {
      const char sep = static_cast<char>(t.peek(4));
      t.i += 5;
      if (read_digits(t, 2, &m) == 2 && t.peek(2) == sep) {
        t.i += 3;
        if (read_digits(t, 2, &d) == 2) {
          t.i += 2;
          if (sep == '-') skip_iso_time(t);
          if (!is_valid_date(y, m, d)) return std::nullopt;
          c = t;
          return CivilDate{y, m, d};
        }
      }
      return std::nullopt;
    }
    // D Month YYYY
    if (!read_day(t, &d)) return std::nullopt;
    skip_spaces(t);
    if (!read_month(t, &m)) return std::nullopt;
    skip_comma(t);
    if (!read_year(t, &y) || !is_valid_date(y, m, d)) return std::nullopt;
    c = t;
    return CivilDate{y, m, d};
  }
  // Month D, YYYY
  if (!read_month(t, &m)) return std::nullopt;
  skip_spaces(t);
  if (!read_day(t, &d)) return std::nullopt;
  skip_comma(t);
  if (!read_year(t, &y) || !is_valid_date(y, m, d)) return std::nullopt;
  c = t;
  return CivilDate{y, m, d};
}

// A clock time: "6:02", "18.30", "6pm", "6:02 p.m." (the am/pm part is read as a piece too).
bool read_time(Cursor& c) {
  int h = 0, mm = 0;
  const size_t n = read_digits(c, 2, &h);
  if (n == 0 || h > 24) return false;
  Cursor t = c;
  t.i += n;
  if ((t.peek() == ':' || t.peek() == '.') && is_digit(t.peek(1))) {
    ++t.i;
    if (read_digits(t, 2, &mm) != 2 || mm > 59) return false;
    t.i += 2;
    if (t.peek() == ':' && read_digits(Cursor{t.s, t.i + 1}, 2, &mm) == 2) t.i += 3;
  } else {
    // A bare hour needs am/pm right after it ("6pm", "6 p.m.").
    Cursor u = t;
    skip_spaces(u);
    char buf[16];
    const std::string_view w = word_at(u, buf);
    if (w != "am" && w != "pm" && w != "a" && w != "p") return false;
  }
  c = t;
  return true;
}

// "am", "pm", "a.m.", "p.m.", "AM".
bool read_meridiem(Cursor& c) {
  const unsigned char a = static_cast<unsigned char>(lower(c.peek()));
  if (a != 'a' && a != 'p') return false;
  if (lower(c.peek(1)) == 'm' && !is_ascii_alpha(c.peek(2))) {
    c.i += 2;
    if (c.peek() == '.') ++c.i;
    return true;
  }
  if (c.peek(1) == '.' && lower(c.peek(2)) == 'm' && c.peek(3) == '.') {
    c.i += 4;
    return true;
  }
  return false;
}

// A separator between header pieces: , | - · • / ( ) and en and em dashes.
size_t separator_len(const Cursor& c) {
  const unsigned char b = c.peek();
  if (b == ',' || b == '|' || b == '-' || b == '/' || b == '(' || b == ')' || b == ';') return 1;
  if (b == 0xC2 && c.peek(1) == 0xB7) return 2;                          // ·
  if (b == 0xE2 && c.peek(1) == 0x80 && (c.peek(2) == 0x93 || c.peek(2) == 0x94 ||
                                         c.peek(2) == 0xA2)) {
    return 3;                                                            // – — •
  }
  return 0;
}

// Keyword phrase: "Published", "Last updated on", "date", with an optional ':' after. Leaves c
// untouched when there is no phrase with a core keyword.
bool read_keywords(Cursor& c) {
  bool core = false;
  Cursor t = c;
  while (true) {
    char buf[16];
    const std::string_view w = word_at(t, buf);
    if (w.empty() || is_ascii_alpha(t.peek(w.size())) || !is_keyword(w, &core)) break;
    t.i += w.size();
    skip_spaces(t);
    if (t.peek() == ':') {
      ++t.i;
      skip_spaces(t);
      break;
    }
  }
  if (!core) return false;
  c = t;
  return true;
}

// Optional weekday: "Monday,", "Mon.".
void skip_weekday(Cursor& c) {
  char buf[16];
  const std::string_view w = word_at(c, buf);
  if (w.empty() || !is_weekday(w)) return;
  Cursor t = c;
  t.i += w.size();
  if (t.peek() == '.') ++t.i;
  skip_comma(t);
  c = t;
}

}  // namespace

DateHeader find_date_header(std::string_view text) {
  DateHeader header;
  Cursor c{text.substr(0, std::min(text.size(), kMaxHeaderBytes))};
  skip_blank(c);
  const bool keyword = read_keywords(c);
  skip_weekday(c);
  const std::optional<CivilDate> date = read_date(c);
  if (!date) return header;
  // The tail: times ("at 6:02 p.m."), zones after a time ("ET", "UTC+1"), separators, and
  // further dates with their keywords ("| Updated June 13, 2022"). Nothing else: a word that is
  // not one of these starts the body.
  bool after_time = false;
  size_t end = c.i;
  while (true) {
    Cursor t = c;
    while (true) {
      skip_spaces(t);
      const size_t n = separator_len(t);
      if (n == 0) break;
      t.i += n;
    }
    end = t.i;
    if (at_line_end(t)) break;
    Cursor u = t;
    char buf[16];
    if (word_at(u, buf) == "at") {
      u.i += 2;
      skip_spaces(u);
    }
    if (read_time(u) || (after_time && read_meridiem(u))) {
      c = u;
      after_time = true;
      continue;
    }
    u = t;
    const std::string_view w = word_at(u, buf);
    if (after_time && !w.empty() && !is_ascii_alpha(u.peek(w.size())) && is_zone(w)) {
      u.i += w.size();
      // A zone offset: "UTC+1", "GMT+01:00".
      if ((u.peek() == '+' || u.peek() == '-') && is_digit(u.peek(1))) {
        ++u.i;
        while (is_digit(u.peek()) || u.peek() == ':') ++u.i;
      }
      c = u;
      continue;
    }
    u = t;
    read_keywords(u);
    skip_weekday(u);
    if (read_date(u)) {
      c = u;
      after_time = false;
      continue;
    }
    break;
  }
  if (!keyword && !at_line_end(Cursor{c.s, end})) {
    // Without a keyword the date (and time) must fill the line.
    return header;
  }
  Cursor body{text, end};
  skip_blank(body);
  if (body.i > UINT32_MAX) return header;
  header.date = date;
  header.body_begin = static_cast<uint32_t>(body.i);
  return header;
}

}  // namespace claimsift
