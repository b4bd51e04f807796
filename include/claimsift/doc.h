// The document model: one Doc owns the decoded text and every layer the pipeline adds.
//
// Offsets inside the library are BYTE offsets into Doc::text (valid UTF-8, invalid input bytes
// already replaced by U+FFFD). The writer converts them to code points for claimsift/1 with
// Doc::offsets. Layers are flat vectors of plain records; a stage reads earlier layers and fills
// its own (see pipeline.h for the order):
//
//   reader     -> text, body_begin, document_date, warnings, offsets
//   tokenizer  -> tokens, norm_buffer
//   sentences  -> sentences (and kSentenceStart on tokens)
//   entities   -> people, places, organizations, works, named events (events with name set)
//   temporal   -> timexes
//   claims     -> events, claims
//
// Invariants (tests/doc_invariants_test.cc checks them on hostile text):
//   * every span satisfies begin <= end <= text.size() and lies on UTF-8 boundaries;
//   * tokens are sorted, do not overlap, and never cover whitespace;
//   * text.substr(t.begin, t.end - t.begin) is the token's surface; the gaps between tokens are
//     whitespace or invisible characters only (BOM, zero-width space, bidi and other format
//     controls), so tokens plus gaps rebuild the text exactly;
//   * nothing before body_begin (the date header) is covered by a token, sentence or entity.
//
// Tested by tests/reader_test.cc (DocClear) and tests/doc_invariants_test.cc.
#ifndef CLAIMSIFT_DOC_H_
#define CLAIMSIFT_DOC_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimsift/civil_date.h"
#include "claimsift/limits.h"
#include "claimsift/offset_map.h"
#include "claimsift/spare_records.h"

namespace claimsift {

class LexiconVocabulary;  // lexicon.h

// A half-open byte range [begin, end) into Doc::text.
struct ByteSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin >= end; }
  uint32_t size() const { return end - begin; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

enum class TokenKind : uint8_t {
  kWord,     // letters, with inner apostrophes, hyphens or periods (don't, Osei-Mensah, U.S.)
  kNumber,   // digits with inner , . : / - (62, 1,000.50, 8:30, 4/29, 2025-05-04)
  kPunct,    // one punctuation mark, or a run of the same mark (..., !!, ?!)
  kSymbol,   // currency, math and other symbols ($, %, &, +)
  kUrl,      // https://example.com/a, www.example.com
  kEmail,    // name@example.com
  kHandle,   // @handle
  kHashtag,  // #hashtag
  kEmoji,    // one emoji, including multi-code-point sequences (ZWJ, flags, skin tones)
  kClitic,   // split-off clitic: 's, ’s, ' (possessive), n't, 're, 'll, 've, 'm, 'd
};

// Bit flags on Token::flags.
enum TokenFlag : uint16_t {
  kTitleCase = 1 << 0,        // first letter upper-case, some later letter lower (Cruise, McDonald)
  kAllUpper = 1 << 1,         // has letters, none lower-case (TMZ, U.S., BBC)
  kAllLower = 1 << 2,         // has letters, none upper-case
  kHasDigit = 1 << 3,         // at least one digit
  kSpaceBefore = 1 << 4,      // whitespace precedes the token
  kNewlineBefore = 1 << 5,    // the whitespace before contains a line break
  kParagraphBefore = 1 << 6,  // the whitespace before contains a blank line (two line breaks)
  kSentenceStart = 1 << 7,    // first token of a sentence (set by the sentence splitter)
  kHasPeriod = 1 << 8,        // word with a period inside or at its end (U.S., Mr., J.K.)
  kHasHyphen = 1 << 9,        // word with a hyphen inside (Osei-Mensah, 41-year-old)
};

// One token. Owns nothing; Doc::surface(t) and Doc::norm(t) give its text.
struct Token {
  uint32_t begin = 0;       // byte offset of the first byte in Doc::text
  uint32_t end = 0;         // byte offset one past the last byte
  uint32_t norm_begin = 0;  // byte offset into Doc::norm_buffer
  uint32_t norm_size = 0;   // bytes of the normalised form (see lexicon/normalize.h)
  uint64_t lists = 0;       // bit b: the list with vocabulary id b < 64 has the form as a key
  int32_t word = -1;        // id of the normalised form in Doc::vocabulary (-1: in no list)
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};
// Field order keeps it at 32 bytes (no padding): a large document holds millions of tokens.
static_assert(sizeof(Token) == 32, "Token grew: check the field order and the memory bar");

// A sentence: a token range and its trimmed byte span.
struct Sentence {
  uint32_t token_begin = 0;  // index of its first token
  uint32_t token_end = 0;    // index one past its last token
  ByteSpan span;             // from the first token's begin to the last token's end
};

struct Age {
  int value = 0;
  ByteSpan span;  // the digits ("62" in "Cruise, 62,"; "41" in "the 41-year-old")
};

struct Person {
  std::string name;                  // the fullest form the article uses (canonical)
  std::vector<ByteSpan> mentions;    // names and epithets, in text order
  std::vector<Age> ages;
  std::vector<ByteSpan> descriptors; // title or epithet phrases ("Mission: Impossible star")
};

struct Place {
  std::string name;
  std::vector<ByteSpan> mentions;
};

enum class OrgKind : uint8_t {
  kOutlet,       // People, Us Weekly, TMZ, Page Six
  kSocialMedia,  // X, Instagram, TikTok
  kCompany,      // studios, labels, streamers, brands
  kTeam,         // sports clubs
  kBand,         // bands and groups
  kAgency,       // police, courts, government bodies
  kOther,
};

struct Organization {
  std::string name;
  OrgKind kind = OrgKind::kOther;
  std::vector<ByteSpan> mentions;
};

enum class WorkKind : uint8_t { kFilm, kShow, kAlbum, kSong, kBook, kOther };

struct Work {
  std::string title;
  WorkKind kind = WorkKind::kOther;
  std::vector<ByteSpan> mentions;
};

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };

struct Timex {
  ByteSpan span;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value, resolved against document_date where possible
};

enum class Certainty : uint8_t { kCertain, kProbable, kPossible };
enum class EventPolarity : uint8_t { kPositive, kNegative };

// A reference to an entity of any list, for claim subjects and event participants.
enum class EntityKind : uint8_t { kPerson, kPlace, kOrganization, kWork, kEvent };
struct EntityRef {
  EntityKind kind = EntityKind::kPerson;
  uint32_t index = 0;  // index into the matching Doc vector
  friend bool operator==(const EntityRef&, const EntityRef&) = default;
};

inline constexpr int32_t kNone = -1;

struct Event {
  std::string type;                   // birthday, premiere, walk, split, arrest, ... or "named"
  std::string name;                   // set for named events (the Met Gala); empty otherwise
  ByteSpan trigger;                   // the word(s) that evoke it; for a named event, the name
  int32_t sentence = kNone;
  std::vector<uint32_t> participants; // indexes into Doc::people
  int32_t date = kNone;               // index into Doc::timexes
  int32_t place = kNone;              // index into Doc::places
  Certainty certainty = Certainty::kCertain;
  EventPolarity polarity = EventPolarity::kPositive;
};

enum class SourceKind : uint8_t {
  kNone,             // a hedge without a source
  kOutlet,           // per People, TMZ has learned
  kAnonymousSource,  // a source, an eyewitness
  kInsider,          // insiders close to the pair, a friend of the couple
  kNamedPerson,      // on-record speakers, reps, official statements
  kSocialMedia,      // posts, captions, fans on a platform
};

struct ClaimSource {
  SourceKind kind = SourceKind::kNone;
  std::string name;  // empty when kind is kNone
  ByteSpan span;     // where the source is named; empty when not in the text
};

enum class Polarity : uint8_t { kAffirmed, kDenied };

struct Claim {
  int32_t sentence = kNone;
  ByteSpan span;
  std::string type;                 // a label from CLAIM_TYPES.md (romance, breakup, ...)
  std::vector<EntityRef> subjects;
  bool hedged = false;
  std::vector<ByteSpan> cues;
  ClaimSource source;
  Polarity polarity = Polarity::kAffirmed;
  Certainty certainty = Certainty::kCertain;
  std::vector<uint32_t> events;  // indexes into Doc::events
  std::vector<uint32_t> dates;   // indexes into Doc::timexes
  std::vector<uint32_t> places;  // indexes into Doc::places
};

enum class DateSource : uint8_t {
  kNone,    // no publication date known
  kHeader,  // a leading "date YYYY-MM-DD" prefix or a "Published: ..." line
  kOption,  // --date
  kInput,   // the "date" field of a JSON Lines record
};

struct Warning {
  std::string code;     // stable, documented: invalid_utf8, bom_removed, ...
  std::string message;  // one human-readable line
};

// How each record of a list is emptied for reuse (spare_records.h): equal to a default record,
// its strings and vectors cleared in place so that they keep their capacity. Each binds every
// field by name, so that a field added to the record does not compile here until it is reset;
// the other fields take their values from a default record.
inline void empty_for_reuse(Person* p) {
  auto& [name, mentions, ages, descriptors] = *p;
  name.clear();
  mentions.clear();
  ages.clear();
  descriptors.clear();
}
inline void empty_for_reuse(Place* p) {
  auto& [name, mentions] = *p;
  name.clear();
  mentions.clear();
}
inline void empty_for_reuse(Organization* o) {
  static const Organization kDefault;
  auto& [name, kind, mentions] = *o;
  name.clear();
  kind = kDefault.kind;
  mentions.clear();
}
inline void empty_for_reuse(Work* w) {
  static const Work kDefault;
  auto& [title, kind, mentions] = *w;
  title.clear();
  kind = kDefault.kind;
  mentions.clear();
}
inline void empty_for_reuse(Event* e) {
  static const Event kDefault;
  auto& [type, name, trigger, sentence, participants, date, place, certainty, polarity] = *e;
  type.clear();
  name.clear();
  trigger = kDefault.trigger;
  sentence = kDefault.sentence;
  participants.clear();
  date = kDefault.date;
  place = kDefault.place;
  certainty = kDefault.certainty;
  polarity = kDefault.polarity;
}
inline void empty_for_reuse(Claim* c) {
  static const Claim kDefault;
  auto& [sentence, span, type, subjects, hedged, cues, source, polarity, certainty, events, dates,
         places] = *c;
  sentence = kDefault.sentence;
  span = kDefault.span;
  type.clear();
  subjects.clear();
  hedged = kDefault.hedged;
  cues.clear();
  auto& [source_kind, source_name, source_span] = source;
  source_kind = kDefault.source.kind;
  source_name.clear();
  source_span = kDefault.source.span;
  polarity = kDefault.polarity;
  certainty = kDefault.certainty;
  events.clear();
  dates.clear();
  places.clear();
}

struct Doc {
  std::string id;
  std::string text;         // valid UTF-8; the exact input after U+FFFD replacement
  uint32_t body_begin = 0;  // first byte after the date header (0 when there is none)
  std::optional<CivilDate> document_date;
  DateSource document_date_source = DateSource::kNone;
  OffsetMap offsets;        // byte offset -> code point offset over text

  std::vector<Token> tokens;
  std::string norm_buffer;  // normalised forms of all tokens, back to back
  // The vocabulary Token::word refers to (set by the tokenizer; null: no ids assigned).
  const LexiconVocabulary* vocabulary = nullptr;
  std::vector<Sentence> sentences;

  std::vector<Person> people;
  std::vector<Place> places;
  std::vector<Organization> organizations;
  std::vector<Work> works;
  std::vector<Timex> timexes;
  std::vector<Event> events;
  std::vector<Claim> claims;
  std::vector<Warning> warnings;

  // The records of the lists above that clear() emptied and kept (spare_records.h). A stage
  // makes its records from them (spares.claims.append_to(&doc->claims), or take() for one it
  // fills before it decides to keep it), so that a batch does not allocate their strings and
  // vectors again for every document.
  struct Spares {
    SpareRecords<Person> people;
    SpareRecords<Place> places;
    SpareRecords<Organization> organizations;
    SpareRecords<Work> works;
    SpareRecords<Event> events;
    SpareRecords<Claim> claims;
  };
  Spares spares;

  std::string_view surface(const Token& t) const {
    return std::string_view(text).substr(t.begin, t.end - t.begin);
  }
  std::string_view norm(const Token& t) const {
    return std::string_view(norm_buffer).substr(t.norm_begin, t.norm_size);
  }
  std::string_view slice(ByteSpan s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  // Code point offset of a byte offset (what claimsift/1 reports).
  uint32_t code_point(uint32_t byte) const { return offsets.code_point_at(text, byte); }
  // The span covering tokens [first, last).
  ByteSpan token_span(uint32_t first, uint32_t last) const {
    return ByteSpan{tokens[first].begin, tokens[last - 1].end};
  }

  // Makes this an empty Doc again, as Doc() would, but keeps the capacity of its buffers (text,
  // tokens, normalised forms, sentences, the offset map, and the lists of entities, dates,
  // events and claims) so that a batch, which reuses one Doc per thread, does not allocate,
  // grow and fault them in again for every document. Buffers grown past kKeepBytes by one
  // large document are released instead. The records of the lists become spares; after a
  // document of more than kKeepScratchTokens tokens (limits.h) every spare is released.
  void clear() {
    if (tokens.size() > kKeepScratchTokens) {
      spares = Spares();
    } else {
      spares.people.keep_from(&people);
      spares.places.keep_from(&places);
      spares.organizations.keep_from(&organizations);
      spares.works.keep_from(&works);
      spares.events.keep_from(&events);
      spares.claims.keep_from(&claims);
    }
    Doc kept;
    kept.spares = std::move(spares);
    kept.text = recycled(std::move(text));
    kept.tokens = recycled(std::move(tokens));
    kept.norm_buffer = recycled(std::move(norm_buffer));
    kept.sentences = recycled(std::move(sentences));
    offsets.clear();
    kept.offsets = std::move(offsets);
    kept.people = recycled(std::move(people));
    kept.places = recycled(std::move(places));
    kept.organizations = recycled(std::move(organizations));
    kept.works = recycled(std::move(works));
    kept.timexes = recycled(std::move(timexes));
    kept.events = recycled(std::move(events));
    kept.claims = recycled(std::move(claims));
    *this = std::move(kept);
  }
  static constexpr size_t kKeepBytes = size_t{64} << 20;

 private:
  template <typename Buffer>
  static Buffer recycled(Buffer buffer) {
    if (buffer.capacity() * sizeof(buffer[0]) > kKeepBytes) return Buffer();
    buffer.clear();
    return buffer;
  }
};

}  // namespace claimsift

#endif  // CLAIMSIFT_DOC_H_
