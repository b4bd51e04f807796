// Abbreviations that keep their period: the known list (data/en/lists/abbreviations.txt, with a
// kind per entry) and the shapes that mark an unlisted one (initials J. and U.S., consonant-only
// Blvd). The tokenizer asks whether a period belongs to the word before it; the sentence
// splitter asks whether an abbreviation's period can also end the sentence.
//
// Tested by tests/tokenizer_test.cc and tests/sentences_test.cc.
#ifndef CLAIMSIFT_TEXT_ABBREVIATIONS_H_
#define CLAIMSIFT_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>

#include "claimsift/lexicon.h"

namespace claimsift::text {

enum class AbbrevKind : uint8_t {
  kNone,    // not an abbreviation: the period is a full stop
  kTitle,   // only before a name (Mr. Dr. Mt.): never ends a sentence before a capital
  kNumber,  // only before a number (No. 1, Nov. 2, pp. 4): the period is kept only there
  kAny,     // can end a sentence (Jr. Inc. U.S. a.m.): it does when a sentence starter follows
};

class Abbreviations {
 public:
  explicit Abbreviations(const Lexicon& list) : list_(&list) {}
  // The kind of a listed abbreviation; `key` is the normalised word WITH its final period
  // ("mr.", "nov.").
  AbbrevKind listed(std::string_view key) const;

 private:
  const Lexicon* list_;
};

// True for a word (without the final period) whose shape marks an abbreviation by itself:
// one cased letter (J, p), letters with inner periods in short groups (U.S, p.m, Ph.D), or a
// short consonant-only word with a lower-case letter and no doubled letter (Blvd, Pkwy, Jr;
// not TMZ, not Hmm).
bool has_abbreviation_shape(std::string_view word);

// has_abbreviation_shape for a word of ASCII letters and digits only, by byte tests: one of
// five bytes or more, or with a digit, is ruled out; one letter is an initial; two to four
// letters need a lower-case one, no vowel (y counts) and no doubled letter (Blvd, Jr).
// Tested against has_abbreviation_shape by tests/abbreviation_shape_test.cc.
bool has_short_plain_abbreviation_shape(std::string_view word);  // word.size() <= 4
inline bool has_plain_abbreviation_shape(std::string_view word) {
  return word.size() <= 4 && has_short_plain_abbreviation_shape(word);
}

}  // namespace claimsift::text

#endif  // CLAIMSIFT_TEXT_ABBREVIATIONS_H_
