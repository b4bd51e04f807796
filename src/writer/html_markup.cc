// Nested HTML markup over overlapping spans, and HTML escaping. See html_markup.h.
//
// Tested by tests/html_writer_test.cc.
#include "writer/html_markup.h"

#include <algorithm>

#include "claimsift/html_writer.h"
#include "claimsift/utf8.h"
#include "writer/view_common.h"

namespace claimsift {

void append_html_escaped(std::string_view s, std::string* out) {
  size_t run = 0;  // start of the pending run of bytes copied as they are
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const char* replacement = nullptr;
    size_t next = i + 1;
    switch (c) {
      case '&':
        replacement = "&amp;";
        break;
      case '<':
        replacement = "&lt;";
        break;
      case '>':
        replacement = "&gt;";
        break;
      case '"':
        replacement = "&quot;";
        break;
      case '\'':
        replacement = "&#39;";
        break;
      default:
        if (c >= 0x80) {
          size_t j = i;
          const char32_t cp = view::decode_lenient(s, j);
          next = j;
          // A decoded U+FFFD that was not literally EF BF BD is an invalid byte.
          if (cp == 0xFFFD && j - i != 3) replacement = "\xEF\xBF\xBD";
        } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
          replacement = "\xEF\xBF\xBD";
        }
    }
    if (replacement != nullptr) {
      out->append(s.substr(run, i - run));
      out->append(replacement);
      run = next;
    }
    i = next;
  }
  out->append(s.substr(run));
}

namespace view {

void append_nested_markup(std::string_view text, std::vector<HtmlSpan> spans, std::string* out) {
  const auto size = static_cast<uint32_t>(text.size());
  std::erase_if(spans, [&](const HtmlSpan& s) { return s.begin >= s.end || s.end > size; });
  // Opening order: by begin, longer first, lower rank first, then as given.
  std::stable_sort(spans.begin(), spans.end(), [](const HtmlSpan& a, const HtmlSpan& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.rank < b.rank;
  });
  spans.erase(std::unique(spans.begin(), spans.end(),
                          [](const HtmlSpan& a, const HtmlSpan& b) {
                            return a.begin == b.begin && a.end == b.end && a.rank == b.rank &&
                                   a.open == b.open;
                          }),
              spans.end());

  std::vector<uint32_t> boundaries;
  boundaries.reserve(spans.size() * 2 + 2);
  boundaries.push_back(0);
  boundaries.push_back(size);
  for (const HtmlSpan& s : spans) {
    boundaries.push_back(s.begin);
    boundaries.push_back(s.end);
  }
  std::sort(boundaries.begin(), boundaries.end());
  boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());

  std::vector<size_t> stack;    // indexes into spans, outermost first
  std::vector<size_t> to_open;  // spans to open at the current boundary
  std::vector<bool> started(spans.size(), false);
  size_t next_span = 0;
  for (size_t b = 0; b < boundaries.size(); ++b) {
    const uint32_t at = boundaries[b];
    // Close: everything from the outermost span ending here to the top of the stack.
    size_t lowest = stack.size();
    for (size_t k = 0; k < stack.size(); ++k) {
      if (spans[stack[k]].end == at) {
        lowest = k;
        break;
      }
    }
    to_open.clear();
    while (stack.size() > lowest) {
      const size_t top = stack.back();
      stack.pop_back();
      out->append(spans[top].close);
      if (spans[top].end > at) to_open.push_back(top);  // crossed: continues after `at`
    }
    while (next_span < spans.size() && spans[next_span].begin == at) to_open.push_back(next_span++);
    // Open: outer (longer reach, earlier start) first.
    std::sort(to_open.begin(), to_open.end(), [&](size_t x, size_t y) {
      const HtmlSpan& a = spans[x];
      const HtmlSpan& c = spans[y];
      if (a.end != c.end) return a.end > c.end;
      if (a.begin != c.begin) return a.begin < c.begin;
      if (a.rank != c.rank) return a.rank < c.rank;
      return x < y;
    });
    for (size_t k : to_open) {
      out->append(started[k] ? spans[k].open_cont : spans[k].open);
      started[k] = true;
      stack.push_back(k);
    }
    if (b + 1 < boundaries.size()) {
      append_html_escaped(text.substr(at, boundaries[b + 1] - at), out);
    }
  }
  // Every span ends at or before the last boundary (the text's end), so the stack is empty.
}

}  // namespace view
}  // namespace claimsift
