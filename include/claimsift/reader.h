// The reader: bytes -> a Doc with valid UTF-8 text, an offset map and a publication date.
//
//   Doc doc;
//   Status s = read_document("a.txt", bytes, DocumentDate{}, options, &doc);
//
// * Bytes with a NUL are a binary file (error binary_file). Over options.max_bytes: too_large.
// * Invalid UTF-8 is replaced by U+FFFD exactly as Python's bytes.decode("utf-8", "replace")
//   does (one U+FFFD per maximal invalid subpart), with an `invalid_utf8` warning, so the
//   claimsift/1 offsets slice Python's decoded string.
// * A leading byte-order mark is kept in the text (it is part of the input; offsets count it)
//   and skipped by the tokenizer.
// * The date header: a leading " date YYYY-MM-DD " prefix, or a first line such as
//   "Published: 12 June 2022" or "Last updated Oct. 9, 2021, 6:02 p.m. ET", sets
//   document_date (source header) and body_begin. Precedence of dates: the external date (a
//   JSON Lines "date", source input) > Options::default_date (--date, source option) > the
//   header's date. The header counts as metadata (before body_begin) whichever date wins.
// * CRLF, lone CR, NBSP and zero-width characters are kept as they are (offsets count them);
//   the tokenizer treats them as whitespace.
//
// Tested by tests/reader_test.cc and tests/date_header_test.cc.
#ifndef CLAIMSIFT_READER_H_
#define CLAIMSIFT_READER_H_

#include <optional>
#include <string>
#include <string_view>

#include "claimsift/doc.h"
#include "claimsift/options.h"
#include "claimsift/status.h"

namespace claimsift {

// A date given from outside the text.
struct ExternalDate {
  std::optional<CivilDate> date;
  DateSource source = DateSource::kNone;  // kOption or kInput when date is set
};

// Result of decoding: valid UTF-8 text and what was replaced.
struct DecodeResult {
  std::string text;
  size_t invalid_sequences = 0;         // number of U+FFFD inserted
  size_t first_invalid_byte = 0;        // byte offset in the input of the first one
};

// Python-compatible "replace" decoding.
DecodeResult decode_utf8_lossy(std::string_view bytes);

// True when the bytes look like a binary file (a NUL byte).
bool looks_binary(std::string_view bytes);

// What a date header gave: the date and the byte offset where the body starts.
struct DateHeader {
  std::optional<CivilDate> date;
  uint32_t body_begin = 0;  // 0 when there is no header
};
// Recognised headers, on the first non-blank line (after an optional byte-order mark):
//   date 2025-05-04 <body on the same line>       (the corpus convention)
//   Published: 12 June 2022                       keyword: the body may follow on the line
//   Last updated Oct. 9, 2021, 6:02 p.m. ET       a time, zone and separators are consumed
//   Posted on Monday, June 12th, 2022 | Updated June 13, 2022
//   June 12, 2022                                 no keyword: the date must fill the line
// Dates: D Month YYYY, Month D, YYYY (abbreviated months with or without a period, ordinals),
// YYYY-MM-DD (optionally with a T time), YYYY/MM/DD. Slashed dates D/M or M/D are ambiguous and
// not read. An impossible date (June 31) is no header.
DateHeader find_date_header(std::string_view text);

// Reads a whole file into *bytes. Errors: not_found, unreadable (permission, I/O error),
// is_directory, too_large (more than max_bytes; a regular file is not read at all then).
Status read_file_bytes(const std::string& path, uint64_t max_bytes, std::string* bytes);

// Reads a file descriptor (stdin, a pipe) to its end into *bytes, stopping with too_large
// after max_bytes.
Status read_fd_bytes(int fd, uint64_t max_bytes, std::string* bytes);

// Builds a Doc from raw bytes: checks, decodes, finds the date header, builds offsets.
Status read_document(std::string id, std::string_view bytes, const ExternalDate& external,
                     const Options& options, Doc* doc);
// The same, taking the bytes over: valid UTF-8 becomes Doc::text without a copy (the bytes are
// left with the Doc's previous buffer, or empty).
Status read_document_owned(std::string id, std::string&& bytes, const ExternalDate& external,
                     const Options& options, Doc* doc);

}  // namespace claimsift

#endif  // CLAIMSIFT_READER_H_
