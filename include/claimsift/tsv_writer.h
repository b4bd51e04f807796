// The claims table: one tab-separated row per claim, for spreadsheets, pandas and csvkit.
//
//   std::string out;
//   claimsift::write_claims_tsv_header(&out);           // once per run
//   for (const Doc& doc : docs) claimsift::write_claims_tsv(doc, &out);
//
// Columns (in this order): doc_id, claim_id, type, subjects, hedged, cues, source_kind,
// source_name, polarity, certainty, dates, places, text. Lists (subjects by name, cue texts,
// date values, place names) are joined with "; ". `hedged` is `true`/`false`; the kinds use the
// claimsift/1 names.
//
// Every row is one line: inside a field a backslash is written `\\`, a tab `\t`, a line feed
// `\n` and a carriage return `\r` (the "linear TSV" convention). A field that contains a double
// quote is enclosed in double quotes with inner quotes doubled, so readers that honour CSV
// quoting (pandas, csvkit, spreadsheets) read the text back as written. Output is deterministic.
//
// Tested by tests/tsv_writer_test.cc.
#ifndef CLAIMSIFT_TSV_WRITER_H_
#define CLAIMSIFT_TSV_WRITER_H_

#include <string>
#include <string_view>

#include "claimsift/doc.h"

namespace claimsift {

// Appends the header row, ending in '\n'.
void write_claims_tsv_header(std::string* out);

// Appends one row per claim of `doc` (nothing for a document without claims).
void write_claims_tsv(const Doc& doc, std::string* out);

// Appends `field` escaped as described above.
void append_tsv_field(std::string_view field, std::string* out);

}  // namespace claimsift

#endif  // CLAIMSIFT_TSV_WRITER_H_
