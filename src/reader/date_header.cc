// The date header: a leading " date YYYY-MM-DD " prefix (the corpus convention) or a first
// line "Published: ..." / "Last updated ...". See include/claimsift/reader.h.
// Tested by tests/date_header_test.cc.
#include "claimsift/reader.h"

namespace claimsift {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

DateHeader find_date_header(std::string_view text) {
  DateHeader header;
  size_t i = 0;
  // A byte-order mark may precede the header.
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < text.size() && is_blank(text[i])) ++i;
  if (text.substr(i, 5) == "date " && i + 15 <= text.size()) {
    size_t j = i + 5;
    while (j < text.size() && text[j] == ' ') ++j;
    if (auto date = parse_iso_date(text.substr(j, 10))) {
      size_t end = j + 10;
      if (end == text.size() || is_blank(text[end])) {
        while (end < text.size() && is_blank(text[end])) ++end;
        header.date = date;
        header.body_begin = static_cast<uint32_t>(end);
        return header;
      }
    }
  }
  return header;
}

}  // namespace claimsift
