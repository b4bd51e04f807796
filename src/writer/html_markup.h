// Nested HTML markup over a text from possibly overlapping spans: the core of the HTML view.
//
// The idea: every span contributes an open boundary at its begin and a close boundary at its
// end. Walking the text from boundary to boundary with a stack of open elements, a span that
// ends closes every element opened after it (they are inside it in the markup) and those that
// continue past this point are reopened right away, as continuation fragments. Spans that start
// at the same offset open longest first (then by rank: claims outside entities), so the usual
// case, an entity inside a claim, needs no split at all. The result is always well nested, and
// the text between tags is the exact text, escaped.
//
// Tested by tests/html_writer_test.cc.
#ifndef CLAIMSIFT_WRITER_HTML_MARKUP_H_
#define CLAIMSIFT_WRITER_HTML_MARKUP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimsift::view {

struct HtmlSpan {
  uint32_t begin = 0;  // byte offsets into the text, on UTF-8 boundaries
  uint32_t end = 0;
  int rank = 0;           // among spans with the same extent, lower ranks go outside
  std::string open;       // the opening tag (and anything right after it), first fragment
  std::string open_cont;  // the opening tag of a continuation fragment
  std::string close;      // the closing tag
};

// Appends `text` escaped, with `spans` marked up around it. Empty spans, spans past the end of
// the text and exact duplicates (same extent, rank and open tag) are dropped.
void append_nested_markup(std::string_view text, std::vector<HtmlSpan> spans, std::string* out);

}  // namespace claimsift::view

#endif  // CLAIMSIFT_WRITER_HTML_MARKUP_H_
