// The lexicon file format, its parser and its validator: one place for the build-time
// compiler (tools/lexicon_compiler.cc) and for user files loaded at run time.
//
//   // Title: Hedge cues
//   // Source: ... (provenance; licence in data/SOURCES.md)
//   // FORMAT: cue<TAB>strength
//   reportedly<TAB>probable
//   is said to<TAB>probable
//
// Lines starting with `//` (after optional blanks) are comments; blank lines are skipped. An
// entry is its surface, optionally followed by a tab and tab-separated fields. Errors (invalid
// UTF-8, control characters, an empty surface, a duplicate normalised key, a missing FORMAT
// line when required) are reported as "PATH:LINE: message".
//
// Tested by tests/lexicon_test.cc.
#ifndef CLAIMSIFT_LEXICON_FILE_H_
#define CLAIMSIFT_LEXICON_FILE_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimsift {

struct LexiconRow {
  std::string surface;
  std::string value;  // after the first tab, "" when none
  int line = 0;
};

struct LexiconParseOptions {
  bool require_format_line = false;  // built-in files must document their FORMAT
  bool reject_duplicates = true;     // a repeated normalised key is an error
};

// Parses `content` (the file's bytes). Returns false and sets *error on the first problem.
bool parse_lexicon_file(std::string_view path, std::string_view content,
                        const LexiconParseOptions& options, std::vector<LexiconRow>* rows,
                        std::string* error);

// Every proper prefix of a normalised key that ends where a token could end: before a space,
// or at a change between a letter/digit and any other character. "e! news" -> "e", "e!".
std::vector<std::string_view> token_prefixes(std::string_view key);

}  // namespace claimsift

#endif  // CLAIMSIFT_LEXICON_FILE_H_
