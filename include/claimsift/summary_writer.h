// The terminal summary: a Doc as a few screens of plain text for a person at a terminal.
//
//   std::string out;
//   claimsift::write_summary(doc, /*color=*/isatty(1) && !getenv("NO_COLOR"), &out);
//
// Sections: the document id and date, people (ages, descriptors, mention count), places,
// organizations, works, events (dated ones first, by date), then the claims one per line:
// id, status (denied / attributed / hedged, always as a word), type, subjects, source, certainty
// and the claim text shortened. Every line is one terminal line: whitespace runs become one
// space and control characters (an ESC sequence in an article included) become U+FFFD, so the
// article cannot drive the terminal. `color` adds ANSI SGR codes (bold headings, one colour per
// claim status) and nothing else changes; the caller decides (a TTY and NO_COLOR unset).
// Each summary ends with a blank line, so summaries of a batch can be concatenated.
//
// Tested by tests/summary_writer_test.cc.
#ifndef CLAIMSIFT_SUMMARY_WRITER_H_
#define CLAIMSIFT_SUMMARY_WRITER_H_

#include <string>

#include "claimsift/doc.h"

namespace claimsift {

// Appends the summary of `doc` to *out.
void write_summary(const Doc& doc, bool color, std::string* out);

}  // namespace claimsift

#endif  // CLAIMSIFT_SUMMARY_WRITER_H_
