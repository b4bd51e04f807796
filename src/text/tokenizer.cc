// The tokenizer. See include/claimsift/tokenizer.h for the rules.
//
// One left-to-right pass. At a token start the first byte picks the scanner: ASCII bytes go
// through a table (char_class.h) and only non-ASCII code points reach ICU. Web tokens
// (web_tokens.h) and emoji (emoji.h) have their own scanners; words and numbers are scanned
// here, joining over inner hyphens, apostrophes, initials' periods and number separators, and
// splitting clitics off. Nothing is allocated per token: the normalised forms go straight into
// Doc::norm_buffer and the abbreviation look-up reuses one scratch string.
//
// Fast paths, each giving what the general scanner gives: the common word (fewer than sixteen
// ASCII letters and digits before a character that joins nothing) is classified sixteen bytes at
// a time (char_class.h: its end, shape flags and lower-case form at once), and the words after
// it, one space apart, follow without a trip through the main loop; a one-byte mark (a comma, a
// bracket, a lone period) is emitted without the general dispatch. Each token's word id is
// looked up as it is emitted, in the vocabulary's one-cache-line word records (TokenWordIds).
//
// Tested by tests/tokenizer_test.cc, tests/text_fast_paths_test.cc and
// tests/doc_invariants_test.cc.
#include "claimsift/tokenizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>

#include "claimsift/limits.h"
#include "claimsift/normalize.h"
#include "text/abbreviations.h"
#include "text/char_class.h"
#include "text/emoji.h"
#include "text/token_shape.h"
#include "text/web_tokens.h"

namespace claimsift {

namespace {

using text::AbbrevKind;
using text::CharKind;
using text::classify;
using text::first_bytes16;

// Longest word that is looked up in the abbreviation list.
constexpr size_t kMaxAbbreviationBytes = 16;

bool is_ideograph(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// Top-level domains that let a word join over a period without the www. prefix (Netflix.com).
bool is_common_tld(std::string_view s) {
  static constexpr std::string_view kTlds[] = {"com", "org", "net", "edu", "gov", "io",
                                               "co",  "uk",  "tv",  "ly",  "me",  "fm"};
  for (std::string_view t : kTlds)
    if (s == t) return true;
  return false;
}

// Per byte: its shape bits (token_shape.h's flags by table) and its ASCII lower-case form.
enum : uint8_t {
  kShapeDigit = 1,
  kShapeUpper = 2,
  kShapeLower = 4,
  kShapePeriod = 8,
  kShapeHyphen = 16,
  kShapeNotAscii = 0x80,
  kShapeAlnum = kShapeDigit | kShapeUpper | kShapeLower,
};

constexpr std::array<uint8_t, 256> kByteShape = [] {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    uint8_t m = 0;
    if (c >= 0x80) m = kShapeNotAscii;
    else if (c >= '0' && c <= '9') m = kShapeDigit;
    else if (c >= 'A' && c <= 'Z') m = kShapeUpper;
    else if (c >= 'a' && c <= 'z') m = kShapeLower;
    else if (c == '.') m = kShapePeriod;
    else if (c == '-') m = kShapeHyphen;
    table[static_cast<size_t>(c)] = m;
  }
  return table;
}();

constexpr std::array<char, 256> kLowerByte = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[static_cast<size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return table;
}();

// Bytes that may continue a word or number past its ASCII letters and digits: the ASCII joiners
// (inner hyphens, apostrophes and periods, number separators, AT&T, snake_case) and every byte
// of a non-ASCII character (a letter, a mark, a joining hyphen...). Any other byte ends it (a
// space, most punctuation): one look-up for the common case.
constexpr std::array<bool, 256> kMayContinueWord = [] {
  std::array<bool, 256> table{};
  for (const char c : std::string_view("-'.,:/&_")) table[static_cast<size_t>(c)] = true;
  for (size_t b = 0x80; b < 256; ++b) table[b] = true;
  return table;
}();

// Per byte, how a word may start with it: kNotWordStart (not an ASCII letter), kWordStart (a
// letter), or for h f w (any case) the lower-case second letter with which they may start a URL
// scheme or www. (ht ft ww). One look-up answers the common letter (starts_word_not_address).
constexpr char kNotWordStart = 0;
constexpr char kWordStart = 1;
constexpr std::array<char, 256> kWordStartOrUrl = [] {
  std::array<char, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) {
    table[static_cast<size_t>(c)] = kWordStart;
    table[static_cast<size_t>(c - 32)] = kWordStart;
  }
  for (const std::string_view pair : {"ht", "ft", "ww"}) {
    table[static_cast<size_t>(pair[0])] = pair[1];
    table[static_cast<size_t>(pair[0] - 32)] = pair[1];
  }
  return table;
}();

// ASCII marks that are a token of one byte where a token starts (when no combining mark
// follows): kAlone for a punctuation mark, kAloneSymbol for a symbol, kAloneUnlessRun for the
// marks that form runs (. - ` of one mark, ! ? mixed) when the next byte does not continue the
// run; 0 for letters, digits and gaps, the apostrophe, and the starts of handles, hashtags and
// keycap emoji (@ # *).
enum : uint8_t { kAlone = 1, kAloneSymbol = 2, kAloneUnlessRun = 3 };
constexpr std::array<uint8_t, 128> kLoneMark = [] {
  std::array<uint8_t, 128> table{};
  for (int c = 0; c < 128; ++c) {
    const CharKind k = text::ascii_kind(c);
    if (k == CharKind::kPunct) table[static_cast<size_t>(c)] = kAlone;
    if (k == CharKind::kSymbol || k == CharKind::kOther) {
      table[static_cast<size_t>(c)] = kAloneSymbol;
    }
  }
  for (const char c : std::string_view("'@#*")) table[static_cast<size_t>(c)] = 0;
  for (const char c : std::string_view(".-`!?")) table[static_cast<size_t>(c)] = kAloneUnlessRun;
  return table;
}();

// x with the bytes A-Z made lower-case. Bytes of 0x80 and above may change too: callers use it
// only on ASCII text (or on bytes they throw away).
inline uint64_t lower_ascii_letters(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const uint64_t h = x & ~kHigh;
  const uint64_t ge_a = h + (0x80 - 'A') * kOnes;  // high bit: byte >= 'A'
  const uint64_t gt_z = h + (0x7F - 'Z') * kOnes;  // high bit: byte > 'Z'
  return x | ((ge_a & ~gt_z & kHigh) >> 2);
}

// The word ids of forms: one vocabulary look-up per token, which reads one word record (a
// cache line: the records of the frequent words stay in the cache, and the later stages find
// there what they ask of the token's word). Forms of up to kMaxForm bytes are held zero-padded
// in two eight-byte words, the vocabulary's key; longer forms are looked up by text.
class TokenWordIds {
 public:
  static constexpr size_t kMaxForm = 16;
  // The bytes of a form of at most kMaxForm bytes, zero-padded.
  struct Key {
    uint64_t w[2];
  };

  explicit TokenWordIds(const LexiconVocabulary& vocabulary) : vocabulary_(vocabulary) {}
  // Sets t's word id and list bits from its normalised form of `size` bytes, held by `key`.
  void assign(Key key, size_t size, Token* t) const {
    t->word = vocabulary_.find_short(key.w[0], key.w[1], size);
    t->lists = t->word < 0 ? 0 : vocabulary_.record(t->word).lists;
  }
  // The same for a form longer than kMaxForm.
  void assign_long(std::string_view form, Token* t) const {
    t->word = vocabulary_.find_long(form);
    t->lists = t->word < 0 ? 0 : vocabulary_.record(t->word).lists;
  }

  // The same look-up in two steps, so that the record's cache miss overlaps the tokenizer's
  // work on the next tokens instead of stalling it: start() puts the form's slot in t->word
  // (as pending_word(slot)) and prefetches its record; finish() compares the record's form
  // with the token's and sets the word id and list bits.
  void start(Key key, Token* t) const {
    t->lists = 0;
    if (vocabulary_.size() == 0) {
      t->word = -1;
      return;
    }
    const uint32_t slot = vocabulary_.short_slot(key.w[0], key.w[1]);
    __builtin_prefetch(&vocabulary_.record(static_cast<int32_t>(slot)));
    t->word = pending_word(slot);
  }
  void finish(Key key, size_t size, Token* t) const {
    const auto slot = static_cast<uint32_t>(-2 - t->word);
    t->word = vocabulary_.word_in_slot(slot, key.w[0], key.w[1], size);
    // The slot's record is read either way: a select, not a branch on the comparison.
    const uint64_t lists = vocabulary_.record(static_cast<int32_t>(slot)).lists;
    t->lists = t->word < 0 ? 0 : lists;
  }
  static int32_t pending_word(uint32_t slot) { return -2 - static_cast<int32_t>(slot); }
  static bool is_pending(int32_t word) { return word <= -2; }

 private:
  const LexiconVocabulary& vocabulary_;
};

class Run {
 public:
  Run(const text::Abbreviations& abbreviations, uint64_t abbreviation_bit,
      const LexiconVocabulary& vocabulary, const Tokenizer::WordBits* byte_words, Doc* doc)
      : abbreviations_(abbreviations),
        abbreviation_bit_(abbreviation_bit),
        word_ids_(vocabulary),
        byte_words_(byte_words),
        doc_(doc),
        text_(doc->text),
        norm_(doc->norm_buffer) {}

  void tokenize();

 private:
  // Tokens whose word look-up was started are finished this many at a time: enough for their
  // records' fetches to overlap, few enough that the records are still in the cache.
  static constexpr size_t kPendingBatch = 128;
  void finish_pending();
  char32_t at(size_t i, size_t* next) const {
    const unsigned char b = static_cast<unsigned char>(text_[i]);
    if (b < 0x80) {
      *next = i + 1;
      return b;
    }
    size_t j = i;
    const char32_t c = next_code_point(text_, j);
    *next = j;
    return c;
  }
  char32_t peek(size_t i) const {
    if (i >= text_.size()) return 0;
    size_t j;
    return at(i, &j);
  }
  CharKind kind_at(size_t i) const { return i < text_.size() ? classify(peek(i)) : CharKind::kGap; }

  void gap(char32_t c, size_t next);
  void emit(size_t begin, size_t end, TokenKind kind);
  // A run of ASCII letters and digits with the shape bits `mask` (a word, or a number).
  void emit_plain(size_t begin, size_t end, unsigned mask);
  [[gnu::always_inline]] bool short_plain_word(size_t i);
  bool starts_word_not_address(size_t i);
  bool email_may_start(size_t i);
  bool lone_mark(size_t i);
  // Out of line: inlined into word_or_number's loop, its registers and spills cost the common
  // word (short_plain_word) more than the call costs the rare word that needs it.
  [[gnu::noinline]] void scan_word(size_t i);
  void set_word(Token* t) const;
  uint16_t gap_flags();  // flags of the whitespace before the token; resets it
  [[gnu::noinline]] uint16_t emit_non_ascii(size_t begin, size_t end, TokenKind kind);
  // Makes room in the norm buffer for a form of `len` bytes at norm_size_ and for the sixteen
  // bytes form_key reads from the form's start.
  void make_norm_room(size_t len) {
    if (norm_size_ + std::max<size_t>(len, 16) > norm_.size()) grow_norm(len);
  }
  // Whether the fast paths may write sixteen bytes (a form and zeros) at norm_size_.
  bool room_for_sixteen() const { return norm_size_ + 16 <= norm_.size(); }
  [[gnu::noinline]] void grow_norm(size_t more);
  size_t absorb_marks(size_t begin, size_t end) const;
  void word_or_number(size_t i);
  size_t alnum_run_end(size_t from, size_t limit, unsigned* seen) const;
  size_t clitic_length(size_t apostrophe) const;
  size_t domain_end(size_t i) const;
  bool keeps_period(size_t begin, size_t end, bool initialism);
  AbbrevKind listed_with_period(std::string_view word);
  void emit_ascii_byte(size_t i, TokenKind kind);
  void apostrophe(size_t i, char32_t c, size_t next);
  void punctuation(size_t i, char32_t c, size_t next, CharKind k);

  const text::Abbreviations& abbreviations_;
  // The abbreviation list's bit in Token::lists (0: the vocabulary does not cover the list).
  uint64_t abbreviation_bit_;
  const TokenWordIds word_ids_;  // held here, not by pointer: one load less per token
  const Tokenizer::WordBits* byte_words_;  // by ASCII byte: its one-byte form's (Tokenizer)
  Doc* doc_;
  std::string_view text_;
  std::string scratch_;
  std::string& norm_;     // doc_->norm_buffer, sized ahead; norm_size_ bytes are used
  size_t norm_size_ = 0;
  size_t pos_ = 0;      // where the next token may start
  size_t finished_ = 0;  // tokens before it have their word ids (finish_pending)
  size_t next_at_ = 0;  // position of the next '@' at or after pos_ (text size: none)
  size_t no_email_before_ = 0;  // no address starts before it (65 bytes before next_at_)
  // Whitespace seen since the last token, as the flags it gives the next one (kSpaceBefore,
  // kNewlineBefore at the first line break, kParagraphBefore at the second).
  uint16_t gap_ = 0;
  bool pending_cr_ = false;
  // An opening single quote is waiting for its closing one (so "the 'good ones' are" does not
  // read ones' as a possessive).
  bool single_quote_open_ = false;
};

void Run::gap(char32_t c, size_t next) {
  if (text::is_line_break_char(c)) {
    gap_ |= kSpaceBefore;
    // CR LF is one line break.
    if (!(c == '\n' && pending_cr_)) {
      if (gap_ & kNewlineBefore) gap_ |= kParagraphBefore;
      gap_ |= kNewlineBefore;
    }
    pending_cr_ = c == '\r';
    if (c == 0x2029) gap_ |= kParagraphBefore | kNewlineBefore;
    return;
  }
  pending_cr_ = false;
  if (is_space(c)) gap_ |= kSpaceBefore;
  (void)next;
}

size_t Run::absorb_marks(size_t begin, size_t end) const {
  // Combining marks and variation selectors belong to the character before them (up to the
  // token limit; a longer run of marks continues in the next token).
  while (end < text_.size() && static_cast<unsigned char>(text_[end]) >= 0x80 &&
         end - begin < kMaxTokenBytes) {
    size_t next;
    const char32_t c = at(end, &next);
    if ((classify(c) == CharKind::kMark || (c >= 0xFE00 && c <= 0xFE0F)) &&
        next - begin <= kMaxTokenBytes) {
      end = next;
    } else {
      break;
    }
  }
  return end;
}

uint16_t Run::gap_flags() {
  const uint16_t flags = gap_;
  gap_ = 0;
  pending_cr_ = false;
  if (flags & kNewlineBefore) single_quote_open_ = false;
  return flags;
}

// The case flags of ASCII shape bits; s is the surface (searched for its first letter).
inline uint16_t case_flags(unsigned mask, const unsigned char* s) {
  uint16_t flags = 0;
  if (mask & kShapeDigit) flags |= kHasDigit;
  if (mask & (kShapeUpper | kShapeLower)) {
    const bool upper = (mask & kShapeUpper) != 0, lower = (mask & kShapeLower) != 0;
    size_t j = 0;
    while (!(kByteShape[s[j]] & (kShapeUpper | kShapeLower))) ++j;
    if ((kByteShape[s[j]] & kShapeUpper) && lower) flags |= kTitleCase;
    if (upper && !lower) flags |= kAllUpper;
    if (lower && !upper) flags |= kAllLower;
  }
  return flags;
}

void Run::emit_plain(size_t begin, size_t end, unsigned mask) {
  Token t;
  t.begin = static_cast<uint32_t>(begin);
  t.end = static_cast<uint32_t>(end);
  t.kind = (mask & (kShapeUpper | kShapeLower)) ? TokenKind::kWord : TokenKind::kNumber;
  const size_t len = end - begin;
  make_norm_room(len);
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text_.data()) + begin;
  char* out = norm_.data() + norm_size_;
  if (len <= 16 && begin + 16 <= text_.size()) {
    // Sixteen bytes at once (what follows the token is copied into the slack after its form,
    // and overwritten by the next form).
    uint64_t x[2];
    std::memcpy(x, s, 16);
    if (mask & kShapeUpper) {
      x[0] = lower_ascii_letters(x[0]);
      x[1] = lower_ascii_letters(x[1]);
    }
    std::memcpy(out, x, 16);
  } else {
    for (size_t k = 0; k < len; ++k) out[k] = kLowerByte[s[k]];
  }
  t.flags = gap_flags() | case_flags(mask, s);
  t.norm_begin = static_cast<uint32_t>(norm_size_);
  t.norm_size = static_cast<uint32_t>(len);
  norm_size_ += len;
  set_word(&t);
  doc_->tokens.push_back(t);
}

// The zero-padded key of a token's form of at most kMaxForm bytes, from the norm buffer: its
// sixteen bytes from the form's start (always there: make_norm_room), what follows the form
// masked off.
[[gnu::always_inline]] inline TokenWordIds::Key form_key(const char* norm, const Token& t) {
  TokenWordIds::Key key;
  std::memcpy(key.w, norm + t.norm_begin, 16);
  key.w[0] &= first_bytes16(t.norm_size).w[0];
  key.w[1] &= first_bytes16(t.norm_size).w[1];
  return key;
}

// The word id of a token whose form is in the norm buffer.
void Run::set_word(Token* t) const {
  if (t->norm_size > TokenWordIds::kMaxForm) {
    word_ids_.assign_long(std::string_view(norm_.data() + t->norm_begin, t->norm_size), t);
    return;
  }
  word_ids_.start(form_key(norm_.data(), *t), t);
}

// Finishes the word look-ups started since the last call (TokenWordIds::start).
void Run::finish_pending() {
  // In locals: the stores into the tokens would otherwise make the compiler load the tokens'
  // and the norm buffer's addresses again for every token.
  Token* const tokens = doc_->tokens.data();
  const size_t count = doc_->tokens.size();
  const char* const norm = norm_.data();
  for (size_t k = finished_; k < count; ++k) {
    Token& t = tokens[k];
    if (TokenWordIds::is_pending(t.word)) word_ids_.finish(form_key(norm, t), t.norm_size, &t);
  }
  finished_ = count;
}

// The common word, all at once: fewer than sixteen ASCII letters and digits, then an ASCII
// character that joins nothing (a space, most punctuation). The classes of sixteen bytes give
// its end, its shape flags and its lower-case form, which is also its word-id key. False
// (nothing emitted) for anything else, and near the end of the text.
inline bool Run::short_plain_word(size_t i) {
  if (i + 16 > text_.size() || !room_for_sixteen()) return false;
  const char* s = text_.data() + i;
  const text::Classes16 k = text::classify16(s);
  const uint32_t stop = ~(k.digit | k.letter) & 0xFFFF;
  if (stop == 0) return false;  // sixteen letters and digits or more
  const size_t len = static_cast<size_t>(std::countr_zero(stop));
  const unsigned char after = static_cast<unsigned char>(s[len]);
  if (len == 0) return false;
  if (kMayContinueWord[after]) {
    if (after >= 0x80) return false;
    // A joiner before a character that is neither a letter nor a digit joins nothing ("said,"
    // "2025." "Smith:"); a period may still belong to the word (an abbreviation, below).
    if (i + len + 1 >= text_.size()) return false;
    const unsigned char next = static_cast<unsigned char>(s[len + 1]);
    if (next >= 0x80 || (kByteShape[next] & kShapeAlnum)) return false;
  }
  // The classes of the word's own bytes.
  const uint32_t own = (uint32_t{1} << len) - 1;
  const uint32_t letter = k.letter & own, upper = letter & ~k.bit5;
  // The lower-case form is also the word-id key.
  const TokenWordIds::Key key = {
      {k.lowered[0] & first_bytes16(len).w[0], k.lowered[1] & first_bytes16(len).w[1]}};
  Token t;
  if (after == '.' && letter != 0) {
    // An abbreviation keeps its period. A listed one ("mr.") has its word ("mr") as a key of
    // the list too (a key's prefixes before a period are keys): without the list's bit, only
    // the shape can keep it. (The bits are needed now: no deferred look-up.)
    word_ids_.assign(key, len, &t);
    const bool maybe_listed = abbreviation_bit_ == 0 || (t.lists & abbreviation_bit_) != 0;
    if (maybe_listed ? keeps_period(i, i + len, false)
                     : text::has_plain_abbreviation_shape(text_.substr(i, len))) {
      emit(i, i + len + 1, TokenKind::kWord);
      pos_ = i + len + 1;
      return true;
    }
  } else {
    word_ids_.start(key, &t);
  }
  uint16_t flags = gap_flags();
  if (k.digit & own) flags |= kHasDigit;
  if (letter != 0) {
    // Title case: the first letter is upper-case, and some letter is lower-case.
    const bool lower = letter != upper;
    if (lower && (upper & letter & (0 - letter)) != 0) flags |= kTitleCase;
    if (!lower) flags |= kAllUpper;
    if (upper == 0) flags |= kAllLower;
  }
  t.begin = static_cast<uint32_t>(i);
  t.end = static_cast<uint32_t>(i + len);
  t.norm_begin = static_cast<uint32_t>(norm_size_);
  t.norm_size = static_cast<uint32_t>(len);
  t.kind = letter != 0 ? TokenKind::kWord : TokenKind::kNumber;
  t.flags = flags;
  // The form goes into the norm buffer with zeros after it, in the slack the next form
  // overwrites.
  std::memcpy(norm_.data() + norm_size_, key.w, 16);
  norm_size_ += len;
  pos_ = i + len;
  doc_->tokens.push_back(t);
  return true;
}

void Run::emit(size_t begin, size_t end, TokenKind kind) {
  if (end == begin + 1 && room_for_sixteen()) {
    emit_ascii_byte(begin, kind);
    return;
  }
  Token t;
  t.begin = static_cast<uint32_t>(begin);
  t.end = static_cast<uint32_t>(end);
  t.kind = kind;
  uint16_t flags = gap_flags();

  // One pass over the bytes: the shape bits by table and the lower-case copy into the norm
  // buffer. A byte of a multi-byte character sets kNotAscii, and the token takes the general path
  // (token_shape, append_normalized) instead.
  const size_t len = end - begin;
  make_norm_room(len);
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text_.data()) + begin;
  char* out = norm_.data() + norm_size_;
  unsigned mask = 0;
  size_t k = 0;
  for (; k + 1 < len; ++k) {
    const unsigned char b = s[k];
    mask |= kByteShape[b];
    out[k] = kLowerByte[b];
  }
  if (k < len) {  // a final hyphen is not inside the word
    mask |= kByteShape[s[k]] & ~kShapeHyphen;
    out[k] = kLowerByte[s[k]];
  }
  t.norm_begin = static_cast<uint32_t>(norm_size_);
  if (!(mask & kShapeNotAscii)) {
    flags |= case_flags(mask, s);
    if (kind == TokenKind::kWord || kind == TokenKind::kNumber || kind == TokenKind::kHandle ||
        kind == TokenKind::kHashtag || kind == TokenKind::kClitic) {
      if (mask & kShapePeriod) flags |= kHasPeriod;
      if (mask & kShapeHyphen) flags |= kHasHyphen;
    }
    norm_size_ += len;
  } else {
    flags |= emit_non_ascii(begin, end, kind);
  }
  t.flags = flags;
  t.norm_size = static_cast<uint32_t>(norm_size_ - t.norm_begin);
  set_word(&t);
  doc_->tokens.push_back(t);
}

// emit() for a token of one byte (ASCII: every other character has more), most often a
// punctuation mark: its form is the byte, lower-cased.
inline void Run::emit_ascii_byte(size_t i, TokenKind kind) {
  const unsigned char b = static_cast<unsigned char>(text_[i]);
  Token t;
  t.begin = static_cast<uint32_t>(i);
  t.end = static_cast<uint32_t>(i + 1);
  t.kind = kind;
  const unsigned mask = kByteShape[b] & ~kShapeHyphen;  // a final hyphen is not inside the word
  uint16_t flags = gap_flags() | case_flags(mask, &b);
  if ((mask & kShapePeriod) && (kind == TokenKind::kWord || kind == TokenKind::kNumber ||
                                kind == TokenKind::kHandle || kind == TokenKind::kHashtag ||
                                kind == TokenKind::kClitic))
    flags |= kHasPeriod;
  t.flags = flags;
  const uint64_t form[2] = {static_cast<unsigned char>(kLowerByte[b]), 0};
  std::memcpy(norm_.data() + norm_size_, form, 16);
  t.norm_begin = static_cast<uint32_t>(norm_size_);
  t.norm_size = 1;
  t.word = byte_words_[b].word;
  t.lists = byte_words_[b].lists;
  norm_size_ += 1;
  doc_->tokens.push_back(t);
}

// The shape flags and normalised form of a token with non-ASCII characters (kept out of emit's
// common path).
uint16_t Run::emit_non_ascii(size_t begin, size_t end, TokenKind kind) {
  bool ascii = true;
  const std::string_view surface = text_.substr(begin, end - begin);
  const uint16_t flags = text::token_shape(surface, kind, &ascii);
  scratch_.clear();
  append_normalized(surface, &scratch_);
  make_norm_room(scratch_.size());
  std::memcpy(norm_.data() + norm_size_, scratch_.data(), scratch_.size());
  norm_size_ += scratch_.size();
  return flags;
}

void Run::grow_norm(size_t more) {
  norm_.resize(std::max(norm_.size() * 2, norm_size_ + more + 64));
}

// Length of the clitic starting at the apostrophe (apostrophe included), or 0: 's 're 'll 've
// 'm 'd, each followed by a non-letter. ("n't" is found by the word scanner.)
size_t Run::clitic_length(size_t apostrophe) const {
  size_t after;
  at(apostrophe, &after);
  size_t n = 0;
  char first = 0, second = 0;
  if (after < text_.size()) first = static_cast<char>(text_[after] | 0x20);
  if (after + 1 < text_.size()) second = static_cast<char>(text_[after + 1] | 0x20);
  if (first == 's' || first == 'm' || first == 'd') {
    n = 1;
  } else if ((first == 'r' && second == 'e') || (first == 'l' && second == 'l') ||
             (first == 'v' && second == 'e')) {
    n = 2;
  } else {
    return 0;
  }
  // Case must be consistent with a clitic ('s or 'S), and no letter may follow.
  if (text::is_letter_kind(kind_at(after + n)) || kind_at(after + n) == CharKind::kMark) return 0;
  if (kind_at(after + n) == CharKind::kDigit) return 0;
  return after + n - apostrophe;
}

// Whether the period at text_[end] belongs to the word [begin, end).
bool Run::keeps_period(size_t begin, size_t end, bool initialism) {
  const std::string_view word = text_.substr(begin, end - begin);
  if (initialism) return true;
  if (word.size() <= kMaxAbbreviationBytes) {
    const AbbrevKind kind = listed_with_period(word);
    if (kind == AbbrevKind::kTitle || kind == AbbrevKind::kAny) return true;
    if (kind == AbbrevKind::kNumber) {
      // Only before a number on the same line: "No. 1", "Nov. 2" (not "I said no.").
      size_t k = end + 1;
      while (k < text_.size() && (text_[k] == ' ' || text_[k] == '\t') && k - end < 4) ++k;
      return k > end + 1 && k < text_.size() && text_[k] >= '0' && text_[k] <= '9';
    }
  }
  return text::has_abbreviation_shape(word);
}

// The abbreviation kind of the word's form with a period ("mr." for Mr). An ASCII word's form is
// its lower-case copy, and its word id tells most words apart from the list without a probe.
AbbrevKind Run::listed_with_period(std::string_view word) {
  bool ascii = word.size() < TokenWordIds::kMaxForm && abbreviation_bit_ != 0;
  for (size_t j = 0; ascii && j < word.size(); ++j) {
    ascii = static_cast<unsigned char>(word[j]) < 0x80;
  }
  if (!ascii) {
    scratch_.clear();
    append_normalized(word, &scratch_);
    scratch_.push_back('.');
    return abbreviations_.listed(scratch_);
  }
  char form[TokenWordIds::kMaxForm] = {};
  for (size_t j = 0; j < word.size(); ++j) {
    form[j] = kLowerByte[static_cast<unsigned char>(word[j])];
  }
  form[word.size()] = '.';
  const std::string_view key_form(form, word.size() + 1);
  TokenWordIds::Key key;
  std::memcpy(key.w, form, sizeof(form));
  Token probe;
  word_ids_.assign(key, key_form.size(), &probe);
  if ((probe.lists & abbreviation_bit_) == 0) return AbbrevKind::kNone;
  return abbreviations_.listed(key_form);
}

// End of the run of ASCII letters and digits at `from` (before `limit`); *seen gets their
// shape bits (kShapeAlnum).
size_t Run::alnum_run_end(size_t from, size_t limit, unsigned* seen) const {
  size_t f = from;
  while (f < limit) {
    const unsigned m = kByteShape[static_cast<unsigned char>(text_[f])] & kShapeAlnum;
    if (m == 0) break;
    *seen |= m;
    ++f;
  }
  return f;
}

// An ASCII letter at i starts a word, unless an address could start there: a URL (http:// ftp://
// www.) or an e-mail address (an '@' close ahead).
bool Run::starts_word_not_address(size_t i) {
  const size_t n = text_.size();
  const char start = kWordStartOrUrl[static_cast<unsigned char>(text_[i])];
  if (start == kNotWordStart) return false;
  // ht ft ww (any case) may start http:// ftp:// www.
  if (start != kWordStart && i + 1 < n && start == (text_[i + 1] | 0x20)) return false;
  return !email_may_start(i);
}

// Whether an e-mail address may start at i: an '@' follows within 65 bytes.
bool Run::email_may_start(size_t i) {
  if (i < no_email_before_) return false;
  const size_t n = text_.size();
  if (next_at_ < i) {  // the next '@' of the text, found once per '@' (not once per word)
    const void* p = std::memchr(text_.data() + i, '@', n - i);
    next_at_ = p ? static_cast<size_t>(static_cast<const char*>(p) - text_.data()) : n;
    no_email_before_ = next_at_ == n ? n : next_at_ - std::min<size_t>(next_at_, 65);
  }
  return next_at_ < n && next_at_ - i <= 65;
}

// Emits the one-byte token of an ASCII mark at i that stands alone (kLoneMark: a comma, a
// bracket, a straight double quote, a period not in "..."), without the general dispatch;
// false for other characters.
bool Run::lone_mark(size_t i) {
  const unsigned char b = static_cast<unsigned char>(text_[i]);
  if (b >= 0x80 || kLoneMark[b] == 0) return false;
  const unsigned char next = i + 1 < text_.size() ? static_cast<unsigned char>(text_[i + 1]) : 0;
  if (next >= 0x80) return false;
  if (kLoneMark[b] == kAloneUnlessRun &&
      (next == b || ((b == '!' || b == '?') && (next == '!' || next == '?'))))
    return false;
  // Straight to the one-byte emitter when it may run (as emit would), without emit's general
  // set-up.
  const TokenKind kind = kLoneMark[b] == kAloneSymbol ? TokenKind::kSymbol : TokenKind::kPunct;
  if (room_for_sixteen()) {
    emit_ascii_byte(i, kind);
  } else {
    emit(i, i + 1, kind);
  }
  pos_ = i + 1;
  return true;
}

// A word or number at i, and the words that follow it after one space each (the common run of
// prose, without a trip through the main loop per word).
void Run::word_or_number(size_t i) {
  while (true) {
    if (doc_->tokens.size() - finished_ >= kPendingBatch) finish_pending();
    if (!short_plain_word(i)) scan_word(i);
    i = pos_;
    if (i + 1 >= text_.size() || text_[i] != ' ' || !starts_word_not_address(i + 1)) return;
    // The word's token reset the whitespace state (gap_flags): the one space is all of it. (pos_
    // is set by the next word's scanner, as by every one.)
    gap_ = kSpaceBefore;
    ++i;
  }
}

// The general word scanner (joins over inner marks, splits clitics, keeps abbreviations'
// periods).
void Run::scan_word(size_t i) {
  const size_t limit = text_.size() - i < kMaxTokenBytes ? text_.size() : i + kMaxTokenBytes;
  {
    // The common case first: ASCII letters and digits up to an ASCII character that joins
    // nothing (a space, most punctuation). Anything else is scanned again below.
    unsigned seen = 0;
    const size_t f = alnum_run_end(i, limit, &seen);
    if (f > i && f < limit && !kMayContinueWord[static_cast<unsigned char>(text_[f])]) {
      emit_plain(i, f, seen);
      pos_ = f;
      return;
    }
  }
  size_t e = i;
  bool letters = false;
  bool initialism = false;  // joined over a period between short letter groups (U.S, p.m)
  bool domain = false;      // joined over a period before a top-level domain (Netflix.com)
  size_t group_begin = i;   // start of the current period-separated group
  char32_t prev = 0;
  CharKind prev_kind = CharKind::kGap;
  while (e < limit) {
    // ASCII letters and digits, by table: the common case.
    if (!(e > i && is_ideograph(prev))) {
      unsigned seen = 0;
      const size_t f = alnum_run_end(e, limit, &seen);
      if (f > e) {
        letters |= (seen & (kShapeUpper | kShapeLower)) != 0;
        prev = static_cast<unsigned char>(text_[f - 1]);
        prev_kind = text::kAsciiKind[prev];
      }
      e = f;
      if (e >= limit) break;
    }
    // An ASCII character that joins nothing ends the word (a space, most punctuation).
    if (!kMayContinueWord[static_cast<unsigned char>(text_[e])]) break;
    size_t next;
    const char32_t c = at(e, &next);
    const CharKind k = classify(c);
    if (text::is_word_char(k)) {
      if (next - i > kMaxTokenBytes) break;
      // Each ideograph is a token of its own (no word segmentation for CJK).
      if (is_ideograph(c)) {
        if (e == i) e = next;
        break;
      }
      if (e > i && is_ideograph(prev)) break;
      if (text::is_letter_kind(k)) letters = true;
      e = next;
      prev = c;
      if (k != CharKind::kMark) prev_kind = k;
      continue;
    }
    // The numero sign: N° / nº.
    if (c == 0xB0 && e == i + 1 && (prev == 'N' || prev == 'n')) {
      e = next;
      prev = c;
      continue;
    }
    const char32_t after = peek(next);
    const CharKind after_kind = kind_at(next);
    const bool after_alnum = after_kind == CharKind::kDigit || text::is_letter_kind(after_kind);
    if (!after_alnum) break;
    if (text::is_joining_hyphen(c)) {
      e = next;
      group_begin = e;
      prev = c;
      continue;
    }
    if (text::is_apostrophe(c)) {
      if (prev_kind == CharKind::kDigit) break;  // 1990's -> 1990 's
      // n't: end the word before the n (do|n't, ca|n't).
      if ((after | 0x20) == 't' && (prev | 0x20) == 'n' && !text::is_letter_kind(kind_at(next + 1)) &&
          kind_at(next + 1) != CharKind::kMark) {
        const size_t n_pos = e - 1;
        if (n_pos > i) emit(i, n_pos, TokenKind::kWord);
        emit(n_pos, next + 1, TokenKind::kClitic);
        pos_ = next + 1;
        return;
      }
      if (clitic_length(e) > 0) break;  // Cruise|'s, they|'re
      e = next;                          // O'Brien, rock'n'roll
      prev = c;
      continue;
    }
    if (c == '.') {
      if (prev_kind == CharKind::kDigit && after_kind == CharKind::kDigit) {  // 1.5, v2.0
        e = next;
        prev = c;
        continue;
      }
      if (after_kind == CharKind::kDigit) break;
      // Initials and dotted abbreviations: every group at most two letters (U.S.A, Ph.D, a.m).
      size_t group_end = next;
      while (group_end < text_.size() && group_end - next <= 4 &&
             text::is_letter_kind(kind_at(group_end))) {
        size_t n2;
        at(group_end, &n2);
        group_end = n2;
      }
      const size_t group_len = group_end - next;
      const bool short_groups = e - group_begin <= 2 && group_len <= 2 && !domain &&
                                (initialism || letters);
      if (short_groups && !is_common_tld(text_.substr(next, group_len))) {
        initialism = true;
        e = next;
        group_begin = e;
        prev = c;
        continue;
      }
      if (!initialism) {
        if (const size_t d = domain_end(next)) {  // Netflix.com, pic.twitter.com
          domain = true;
          e = d;
          group_begin = e;
          prev = 'a';
          continue;
        }
      }
      break;
    }
    if ((c == ',' || c == ':' || c == '/') && prev_kind == CharKind::kDigit &&
        after_kind == CharKind::kDigit) {  // 1,000  8:30  4/29
      e = next;
      prev = c;
      continue;
    }
    if (c == '&' && prev >= 'A' && prev <= 'Z' && after >= 'A' && after <= 'Z') {  // AT&T
      e = next;
      prev = c;
      continue;
    }
    if (c == '_' && (prev_kind == CharKind::kDigit || text::is_letter_kind(prev_kind))) {
      e = next;
      prev = c;
      continue;
    }
    break;
  }
  if (e == i) {  // a lone joiner cannot happen (callers start on a word character); be safe
    size_t next;
    at(i, &next);
    e = next;
  }
  // A bare domain with a path is an address: pic.twitter.com/abc.
  if (domain && e < text_.size() && text_[e] == '/') {
    const size_t url_end = text::extend_url(text_, i, e);
    if (url_end > e + 1) {
      emit(i, url_end, TokenKind::kUrl);
      pos_ = url_end;
      return;
    }
  }
  if (e < text_.size() && static_cast<unsigned char>(text_[e]) >= 0x80) e = absorb_marks(i, e);
  bool period = false;
  if (e < text_.size() && text_[e] == '.' && letters && e - i < kMaxTokenBytes) {
    period = keeps_period(i, e, initialism);
  }
  if (period) ++e;
  emit(i, e, letters ? TokenKind::kWord : TokenKind::kNumber);
  pos_ = e;
}

// If the lower-case labels from text_[i] ("com", "twitter.com", "co.uk") end with a common
// top-level domain, the end of that domain; else 0. At most four labels are looked at.
size_t Run::domain_end(size_t i) const {
  size_t k = i;
  for (int label = 0; label < 4; ++label) {
    const size_t begin = k;
    while (k < text_.size() && k - begin < 32 &&
           ((text_[k] >= 'a' && text_[k] <= 'z') || (text_[k] >= '0' && text_[k] <= '9') ||
            text_[k] == '-'))
      ++k;
    if (k == begin) return 0;
    if (k < text_.size() && static_cast<unsigned char>(text_[k]) < 0x80 &&
        text::is_ascii_alnum(static_cast<unsigned char>(text_[k])))
      return 0;  // an upper-case letter follows: not a domain label
    const bool more = k + 1 < text_.size() && text_[k] == '.' && text_[k + 1] >= 'a' &&
                      text_[k + 1] <= 'z';
    if (!more) return is_common_tld(text_.substr(begin, k - begin)) ? k : 0;
    ++k;
  }
  return 0;
}

void Run::apostrophe(size_t i, char32_t c, size_t next) {
  const auto& tokens = doc_->tokens;
  bool touches_word = !tokens.empty() && tokens.back().end == i &&
                      (tokens.back().kind == TokenKind::kWord ||
                       tokens.back().kind == TokenKind::kNumber);
  // A name with "!" takes a possessive too: E!'s, Yahoo!'s.
  if (!touches_word && tokens.size() >= 2 && tokens.back().end == i &&
      doc_->surface(tokens.back()) == "!" && tokens[tokens.size() - 2].end == tokens.back().begin &&
      tokens[tokens.size() - 2].kind == TokenKind::kWord) {
    const size_t n = clitic_length(i);
    if (n > 0 && (text_[i + n - 1] | 0x20) == 's') {
      emit(i, i + n, TokenKind::kClitic);
      pos_ = i + n;
      return;
    }
  }
  if (touches_word) {
    const size_t n = clitic_length(i);
    if (n > 0) {
      emit(i, i + n, TokenKind::kClitic);
      pos_ = i + n;
      return;
    }
    // de Armas' -> possessive ' after a word ending in s, unless it closes an open quote.
    const Token& w = doc_->tokens.back();
    const char last = text_[w.end - 1];
    if ((last | 0x20) == 's' && !single_quote_open_ && !text::is_letter_kind(kind_at(next))) {
      emit(i, next, TokenKind::kClitic);
      pos_ = next;
      return;
    }
    if (single_quote_open_) single_quote_open_ = false;
    emit(i, next, TokenKind::kPunct);
    pos_ = next;
    return;
  }
  // '90s: a decade.
  if (kind_at(next) == CharKind::kDigit && kind_at(next + 1) == CharKind::kDigit &&
      (peek(next + 2) | 0x20) == 's' && !text::is_word_char(kind_at(next + 3))) {
    emit(i, next + 3, TokenKind::kNumber);
    pos_ = next + 3;
    return;
  }
  // An opening quote before a word (after a gap or an opening mark).
  const bool after_gap = doc_->tokens.empty() || doc_->tokens.back().end < i ||
                         doc_->tokens.back().kind == TokenKind::kPunct;
  if (after_gap && text::is_word_char(kind_at(next))) single_quote_open_ = true;
  else if (c == 0x2019 || c == '\'') single_quote_open_ = false;
  emit(i, next, TokenKind::kPunct);
  pos_ = next;
}

void Run::punctuation(size_t i, char32_t c, size_t next, CharKind k) {
  size_t e = next;
  if (c == '.' || c == '-' || c == '`' || c == 0x2026 || text::is_dash(c)) {
    // Runs of the same mark: "..." "--" "——" "``".
    while (e < text_.size() && e - i < kMaxTokenBytes) {
      size_t n2;
      if (at(e, &n2) != c || n2 - i > kMaxTokenBytes) break;
      e = n2;
    }
  } else if (c == '!' || c == '?') {
    while (e < text_.size() && e - i < kMaxTokenBytes && (text_[e] == '!' || text_[e] == '?')) ++e;
  }
  if (c == 0x2018) single_quote_open_ = true;
  if (e < text_.size() && static_cast<unsigned char>(text_[e]) >= 0x80) e = absorb_marks(i, e);
  TokenKind kind = TokenKind::kPunct;
  if (k == CharKind::kSymbol || k == CharKind::kOther) kind = TokenKind::kSymbol;
  emit(i, e, kind);
  pos_ = e;
}

void Run::tokenize() {
  doc_->tokens.clear();
  // News prose has a token per ~5 bytes; reserving one per 4 means a large document never
  // reallocates (a doubling would hold the old and the new array at once: the peak of a 50 MB
  // document).
  doc_->tokens.reserve(text_.size() / 4 + 16);
  // ASCII tokens normalise to as many bytes as they have, and tokens do not overlap: the text's
  // size is room for the usual document (grow_norm makes more when folding lengthens a form).
  norm_.clear();
  norm_.resize(text_.size() - doc_->body_begin + 64);
  norm_size_ = 0;
  pos_ = doc_->body_begin;
  const size_t n = text_.size();
  const void* at_sign = std::memchr(text_.data() + pos_, '@', n - pos_);
  next_at_ = at_sign ? static_cast<size_t>(static_cast<const char*>(at_sign) - text_.data()) : n;
  no_email_before_ = next_at_ == n ? n : next_at_ - std::min<size_t>(next_at_, 65);
  while (pos_ < n) {
    const size_t i = pos_;
    if (text_[i] == ' ') {  // the common gap
      gap_ |= kSpaceBefore;
      pending_cr_ = false;
      pos_ = i + 1;
      continue;
    }
    if (starts_word_not_address(i)) {
      word_or_number(i);
      continue;
    }
    if (lone_mark(i)) continue;
    size_t next;
    const char32_t c = at(i, &next);
    const CharKind k = classify(c);
    if (k == CharKind::kGap) {
      gap(c, next);
      pos_ = next;
      continue;
    }
    if (c < 0x80) {
      const char b = static_cast<char>(c);
      // Web tokens first: they contain characters that would otherwise split them.
      // (Only http:// https:// ftp:// www. start one: "he", "was", "for" need no scan.)
      const char b1 = next < n ? static_cast<char>(text_[next] | 0x20) : 0;
      if ((((b | 0x20) == 'h' || (b | 0x20) == 'f') && b1 == 't') ||
          ((b | 0x20) == 'w' && b1 == 'w')) {
        if (const size_t e = text::scan_url(text_, i)) {
          emit(i, e, TokenKind::kUrl);
          pos_ = e;
          continue;
        }
      }
      if (text::is_ascii_alnum(c)) {
        if (email_may_start(i)) {
          if (const size_t e = text::scan_email(text_, i)) {
            emit(i, e, TokenKind::kEmail);
            pos_ = e;
            continue;
          }
        }
      }
      if ((k == CharKind::kDigit || b == '#' || b == '*') && next < n &&
          static_cast<unsigned char>(text_[next]) >= 0xE2) {
        const text::EmojiScan em = text::scan_emoji(text_, i, kMaxTokenBytes);
        if (em.end > 0) {  // keycap 1️⃣
          emit(i, em.end, TokenKind::kEmoji);
          pos_ = em.end;
          continue;
        }
      }
      if (b == '@') {
        if (const size_t e = text::scan_handle(text_, i)) {
          emit(i, e, TokenKind::kHandle);
          pos_ = e;
          continue;
        }
      }
      if (b == '#') {
        if (const size_t e = text::scan_hashtag(text_, i)) {
          emit(i, e, TokenKind::kHashtag);
          pos_ = e;
          continue;
        }
      }
    } else if (k == CharKind::kSymbol || k == CharKind::kOther) {
      const text::EmojiScan em = text::scan_emoji(text_, i, kMaxTokenBytes);
      if (em.end > 0) {
        emit(i, em.end, em.emoji ? TokenKind::kEmoji : TokenKind::kSymbol);
        pos_ = em.end;
        continue;
      }
    }
    if (text::is_word_char(k)) {
      word_or_number(i);
      continue;
    }
    if (text::is_apostrophe(c)) {
      apostrophe(i, c, next);
      continue;
    }
    punctuation(i, c, next, k);
  }
  finish_pending();
  norm_.resize(norm_size_);
}

}  // namespace

Tokenizer::Tokenizer(const LexiconSet& lexicons)
    : abbreviations_(&lexicons.get("en/lists/abbreviations")),
      vocabulary_(&lexicons.vocabulary()) {
  for (size_t b = 0; b < byte_words_.size(); ++b) {
    const char form = kLowerByte[b];
    const int32_t word = vocabulary_->find(std::string_view(&form, 1));
    byte_words_[b] = WordBits{word, word < 0 ? 0 : vocabulary_->record(word).lists};
  }
}

void Tokenizer::run(Doc* doc) const {
  const text::Abbreviations abbreviations(*abbreviations_);
  const int id = abbreviations_->id();
  const uint64_t abbreviation_bit =
      vocabulary_->covers(*abbreviations_) && id < 64 ? uint64_t{1} << id : 0;
  // One vocabulary look-up per token: every later list test is a bit test (find_token).
  Run run(abbreviations, abbreviation_bit, *vocabulary_, byte_words_.data(), doc);
  run.tokenize();
  doc->vocabulary = vocabulary_;
}

}  // namespace claimsift
