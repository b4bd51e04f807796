// The HTML view: one self-contained page per document (inline CSS and JavaScript, no network,
// a Content-Security-Policy that forbids any other script), and an index page for a batch.
//
//   std::string page;
//   claimsift::write_document_html(doc, &page);              // one article
//
//   std::vector<claimsift::HtmlIndexEntry> entries;          // a batch (--output-dir)
//   for (size_t i = 0; i < docs.size(); ++i) {
//     std::string name = claimsift::html_page_name(docs[i].id, i);
//     ... write_document_html(docs[i], &page), save it as DIR/name ...
//     entries.push_back(claimsift::html_index_entry(docs[i], name));
//   }
//   claimsift::write_html_index(entries, &index);            // save as DIR/index.html
//
// The page shows the article text with entities highlighted by type (people, places,
// organizations, works, dates with their TIMEX3 value), claims underlined by status (hedged
// dotted, attributed dashed, denied wavy and struck, each with a text badge) and their cues and
// sources marked; hovering or focusing a claim or date shows its details. A side panel lists
// the people (clicking one highlights their mentions), a timeline of dated events, and the
// claims grouped by person. Every string from the article or the model is escaped.
//
// Overlapping spans nest correctly: the markup is built from a sorted list of open and close
// boundaries over byte offsets of Doc::text; a span that crosses another is closed and
// reopened around it (the continuation carries the same data-* attributes, class "cont").
//
// Tested by tests/html_writer_test.cc and, in a real browser, tests/browser_test.cc.
#ifndef CLAIMSIFT_HTML_WRITER_H_
#define CLAIMSIFT_HTML_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimsift/doc.h"

namespace claimsift {

// Appends the whole page (<!DOCTYPE html> ... </html>\n) for `doc` to *out.
void write_document_html(const Doc& doc, std::string* out);

// One row of the batch index.
struct HtmlIndexEntry {
  std::string id;     // the document id
  std::string href;   // its page's file path relative to index.html (html_page_name(), or the
                      // CLI's own --output-dir name); percent-encoded by the index; "" = no link
  std::string date;   // document date, YYYY-MM-DD, or empty
  std::string error;  // non-empty: the document failed with this message (no page)
  size_t people = 0;
  size_t claims = 0;
  size_t hedged = 0;      // claims with a hedge cue (Claim::hedged)
  size_t attributed = 0;  // claims with a source (source.kind != none)
  size_t denied = 0;      // denied claims
};

// The index row of a processed document whose page is at `href`.
HtmlIndexEntry html_index_entry(const Doc& doc, std::string href);

// Appends the index page listing `entries` in the given order, with totals.
void write_html_index(const std::vector<HtmlIndexEntry>& entries, std::string* out);

// A safe, unique file name for the page of document number `ordinal` (0-based, input order)
// with id `doc_id`: "0001-cruise_de_armas.html" (letters, digits, '.', '-', '_' kept from the
// id's last path component, at most 80 bytes of it; everything else becomes '_').
std::string html_page_name(std::string_view doc_id, size_t ordinal);

// Appends `s` escaped for HTML text and attribute values (& < > " ' escaped; NUL and other
// C0 controls except tab, LF and CR, and DEL, become U+FFFD; invalid UTF-8 bytes too).
void append_html_escaped(std::string_view s, std::string* out);

}  // namespace claimsift

#endif  // CLAIMSIFT_HTML_WRITER_H_
