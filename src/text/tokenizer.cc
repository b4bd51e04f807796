// The tokenizer. See include/claimsift/tokenizer.h for the rules.
// FIRST VERSION: words, numbers, clitics, punctuation and abbreviations; URLs, e-mail, handles,
// hashtags and emoji sequences are refined in tests/tokenizer_test.cc's cases.
// Tested by tests/tokenizer_test.cc.
#include "claimsift/tokenizer.h"

#include <unicode/uchar.h>

#include "claimsift/limits.h"
#include "claimsift/normalize.h"
#include "claimsift/utf8.h"

namespace claimsift {

namespace {

inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c)) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) ==
                                                   U_NON_SPACING_MARK;
}
inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
inline bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

char32_t peek(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  return next_code_point(s, i);
}

}  // namespace

Tokenizer::Tokenizer(const LexiconSet& lexicons)
    : abbreviations_(&lexicons.get("en/lists/abbreviations")) {}

void Tokenizer::run(Doc* doc) const {
  const std::string_view text = doc->text;
  doc->tokens.clear();
  doc->norm_buffer.clear();
  doc->tokens.reserve(text.size() / 5 + 1);
  doc->norm_buffer.reserve(text.size());
  size_t i = doc->body_begin;
  uint16_t gap_flags = 0;
  int newlines = 0;
  bool start = true;
  auto emit = [&](size_t b, size_t e, TokenKind kind) {
    Token t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.kind = kind;
    t.flags = gap_flags;
    if (start) t.flags &= ~kSpaceBefore;
    start = false;
    gap_flags = 0;
    newlines = 0;
    bool upper = false, lower = false, first_upper = false, first_seen = false;
    for (size_t k = b; k < e;) {
      const char32_t c = next_code_point(text, k);
      if (is_digit(c)) t.flags |= kHasDigit;
      if (c == '.') t.flags |= kHasPeriod;
      if (is_hyphen(c) && k < e) t.flags |= kHasHyphen;
      if (is_letter(c)) {
        const bool u = u_isUUppercase(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
        const bool l = u_isULowercase(static_cast<UChar32>(c));
        if (!first_seen) {
          first_seen = true;
          first_upper = u;
        }
        upper |= u;
        lower |= l;
      }
    }
    if (first_seen) {
      if (first_upper && lower) t.flags |= kTitleCase;
      if (upper && !lower) t.flags |= kAllUpper;
      if (lower && !upper) t.flags |= kAllLower;
    }
    t.norm_begin = static_cast<uint32_t>(doc->norm_buffer.size());
    append_normalized(text.substr(b, e - b), &doc->norm_buffer);
    t.norm_size = static_cast<uint32_t>(doc->norm_buffer.size() - t.norm_begin);
    doc->tokens.push_back(t);
  };
  while (i < text.size()) {
    size_t j = i;
    const char32_t c = next_code_point(text, j);
    if (is_space(c) || is_invisible(c)) {
      gap_flags |= kSpaceBefore;
      if (c == '\n' || (c == '\r' && peek(text, j) != '\n') || c == 0x2029 || c == 0x2028) {
        ++newlines;
        gap_flags |= kNewlineBefore;
        if (newlines >= 2) gap_flags |= kParagraphBefore;
      }
      i = j;
      continue;
    }
    if (is_letter(c) || is_digit(c)) {
      // A word or number: letters/digits with inner . ' - joined when followed by a letter/digit.
      size_t e = j;
      bool clitic = false;
      bool digits_only = is_digit(c);
      while (e < text.size() && e - i < kMaxTokenBytes) {
        size_t k = e;
        const char32_t d = next_code_point(text, k);
        if (is_letter(d) || is_digit(d)) {
          if (!is_digit(d)) digits_only = false;
          e = k;
          continue;
        }
        const bool joiner = d == '.' || is_hyphen(d) || d == ',' || d == ':' || d == '/' ||
                            is_apostrophe(d);
        if (!joiner) break;
        const char32_t after = peek(text, k);
        if (!(is_letter(after) || is_digit(after))) break;
        if ((d == ',' || d == ':' || d == '/') && !(digits_only && is_digit(after))) break;
        if (is_apostrophe(d)) {
          // Clitics split off: Cruise's -> Cruise 's; don't -> do n't.
          size_t m = k;
          std::string_view rest = text.substr(k);
          auto starts = [&](std::string_view w) {
            if (rest.size() < w.size()) return false;
            for (size_t q = 0; q < w.size(); ++q)
              if ((rest[q] | 0x20) != w[q]) return false;
            size_t z = k + w.size();
            return !(is_letter(peek(text, z)));
          };
          if (starts("s") || starts("re") || starts("ll") || starts("ve") || starts("m") ||
              starts("d")) {
            (void)m;
            break;
          }
          if (starts("t") && (text[e - 1] | 0x20) == 'n') {
            if (e - 1 > i) {
              // do|n't: end the word before the n.
              e -= 1;
              break;
            }
            // The n't itself.
            e = k + 1;
            clitic = true;
            break;
          }
        }
        e = k;
      }
      // A trailing period belongs to the word when it is a known abbreviation or an initial.
      if (e < text.size() && text[e] == '.') {
        std::string key;
        append_normalized(text.substr(i, e + 1 - i), &key);
        const bool inner_period = text.substr(i, e - i).find('.') != std::string_view::npos;
        size_t one = i;
        next_code_point(text, one);
        const bool initial = one == e && is_letter(c) &&
                             u_isUUppercase(static_cast<UChar32>(c));
        if (abbreviations_->contains(key) || inner_period || initial) ++e;
      }
      emit(i, e, clitic ? TokenKind::kClitic : is_digit(c) ? TokenKind::kNumber : TokenKind::kWord);
      i = e;
      continue;
    }
    if (is_apostrophe(c)) {
      // A clitic after a word ('s 're n't ...), a possessive ' after s, or a quote mark.
      const bool after_word = !doc->tokens.empty() && doc->tokens.back().end == i &&
                              doc->tokens.back().kind == TokenKind::kWord;
      if (after_word) {
        size_t e = j;
        while (e < text.size()) {
          size_t k = e;
          if (!is_letter(next_code_point(text, k))) break;
          e = k;
        }
        if (e - j <= 2) {
          emit(i, e, TokenKind::kClitic);
          i = e;
          continue;
        }
      }
    }
    // Punctuation and symbols: runs of the same mark are one token (... !! ??); mixed !? too.
    size_t e = j;
    if (c == '.' || c == '!' || c == '?') {
      while (e < text.size() && (text[e] == '.' || text[e] == '!' || text[e] == '?')) {
        if (c == '.' && text[e] != '.') break;
        if (c != '.' && text[e] == '.') break;
        ++e;
      }
    } else if (c == '-') {
      while (e < text.size() && text[e] == '-') ++e;
    }
    const int8_t cat = static_cast<int8_t>(u_charType(static_cast<UChar32>(c)));
    const bool symbol = cat == U_MATH_SYMBOL || cat == U_CURRENCY_SYMBOL ||
                        cat == U_MODIFIER_SYMBOL || cat == U_OTHER_SYMBOL;
    emit(i, e, symbol ? (cat == U_OTHER_SYMBOL && c >= 0x2100 ? TokenKind::kEmoji : TokenKind::kSymbol)
                      : TokenKind::kPunct);
    i = e;
  }
}

}  // namespace claimsift
