// Shared pieces of the human-facing views (html_writer.cc, summary_writer.cc, tsv_writer.cc):
// the names of the model's enums as the views print them, a claim's display status, entity
// names for EntityRefs, and UTF-8-safe text shortening and clean-up. Not for the JSON writer,
// whose names are the claimsift/1 contract and live with it.
//
// Tested by tests/html_writer_test.cc, tests/summary_writer_test.cc, tests/tsv_writer_test.cc.
#ifndef CLAIMSIFT_WRITER_VIEW_COMMON_H_
#define CLAIMSIFT_WRITER_VIEW_COMMON_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimsift/doc.h"

namespace claimsift::view {

// The one status a view shows for a claim: a denial wins over an attribution, which wins over a
// bare hedge. (The flags stay independent in the model; views that count print each flag.)
enum class ClaimStatus : uint8_t {
  kDenied,      // polarity is kDenied
  kAttributed,  // a source is named (source.kind != kNone)
  kHedged,      // only a hedge cue
};
ClaimStatus claim_status(const Claim& c);
std::string_view claim_status_name(ClaimStatus s);  // "denied", "attributed", "hedged"

std::string_view certainty_name(Certainty c);      // "certain", "probable", "possible"
std::string_view source_kind_name(SourceKind k);   // claimsift/1 names: "outlet", "none", ...
std::string_view source_kind_label(SourceKind k);  // for people: "outlet", "anonymous source", ...
std::string_view org_kind_name(OrgKind k);         // "outlet", "social_media", ...
std::string_view work_kind_name(WorkKind k);       // "film", "show", ...
std::string_view timex_type_name(TimexType t);     // "DATE", "TIME", "DURATION", "SET"
std::string_view date_source_name(DateSource s);   // "header", "option", "input", "" for none

// "P1", "C12", ...: the claimsift/1 id of item `index` (0-based) of a list with `prefix`.
std::string entity_id(char prefix, size_t index);
char entity_prefix(EntityKind k);

// The display name of a referenced entity: a person's or place's name, a work's title, an
// event's name or type. "?" for a dangling reference (hand-built Docs may have them).
std::string_view entity_name(const Doc& doc, EntityRef ref);

// Event indexes in timeline order: events whose date value is an ISO date or time (starts with
// a digit) first, sorted by that value; then events with another DATE or TIME value (PAST_REF,
// XXXX-06-06) in text order; then, when `with_undated`, the events dated by a DURATION or SET
// (not a point in time), then those without a date, each in text order.
std::vector<size_t> timeline_order(const Doc& doc, bool with_undated);

// The value of timex `index`, "" for kNone or a dangling index.
std::string_view timex_value(const Doc& doc, int32_t index);

// True when `s` is a valid span of doc.text (begin <= end <= size, on UTF-8 boundaries).
bool valid_span(const Doc& doc, ByteSpan s);
// doc.slice(s) for a valid span, "" otherwise.
std::string_view safe_slice(const Doc& doc, ByteSpan s);

// Text for one line of a terminal or a table cell: every run of whitespace (including line
// breaks) becomes one space, control characters (C0, DEL, C1: ESC sequences included) become
// U+FFFD, and leading and trailing whitespace goes. Invalid UTF-8 bytes become U+FFFD too.
std::string one_line(std::string_view text);

// `text` cut to at most `max_code_points` code points plus "…" when it was longer. The cut
// never splits a code point, and never separates a base character from the combining marks,
// variation selectors, emoji modifiers or zero-width joiner sequence that follow it.
std::string shorten(std::string_view text, size_t max_code_points);

// Decodes one code point of possibly invalid UTF-8 at s[i] (i < s.size()) and advances i; an
// invalid or truncated sequence yields U+FFFD and advances one byte.
char32_t decode_lenient(std::string_view s, size_t& i);

// Number of code points in valid UTF-8 `text`.
size_t code_point_count(std::string_view text);

}  // namespace claimsift::view

#endif  // CLAIMSIFT_WRITER_VIEW_COMMON_H_
