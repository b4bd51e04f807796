// The claimsift/1 writer. See include/claimsift/json_writer.h and DESIGN.md for the contract.
//
// A small streaming emitter: objects and arrays are opened and closed explicitly, commas and
// indentation are handled by the emitter, strings are escaped once. Byte offsets become code
// point offsets here and nowhere else.
// Tested by tests/json_writer_test.cc.
#include "claimsift/json_writer.h"

#include <cstring>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace claimsift {

namespace {

// The bytes of a 16-byte block that JSON must escape, one bit each (SSE2 only).
#ifdef __SSE2__
inline unsigned escape_mask(__m128i v) {
  const __m128i hit = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
      _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v));  // v <= 0x1F
  return static_cast<unsigned>(_mm_movemask_epi8(hit));
}
#endif

// The first byte at or after i that JSON must escape (a control character, '"' or '\\'), or n.
inline size_t find_escape(const char* p, size_t i, size_t n) {
#ifdef __SSE2__
  for (; i + 16 <= n; i += 16) {
    const unsigned mask = escape_mask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)));
    if (mask != 0) return i + static_cast<size_t>(__builtin_ctz(mask));
  }
#endif
  for (; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    if (c < 0x20 || c == '"' || c == '\\') return i;
  }
  return n;
}

// The escape of a byte find_escape() stopped at, into dst (room for 6 bytes); returns its length.
inline size_t write_escape(unsigned char c, char* dst) {
  char second;
  switch (c) {
    case '"': second = '"'; break;
    case '\\': second = '\\'; break;
    case '\n': second = 'n'; break;
    case '\r': second = 'r'; break;
    case '\t': second = 't'; break;
    case '\b': second = 'b'; break;
    case '\f': second = 'f'; break;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char buf[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      std::memcpy(dst, buf, 6);
      return 6;
    }
  }
  dst[0] = '\\';
  dst[1] = second;
  return 2;
}

// The decimal digits of v at dst (room for 20 bytes); returns the end. Two digits per step
// from a pair table, written backwards once the length is known: offsets and counts are most of
// the numbers in claimsift/1, and std::to_chars is an out-of-line call.
inline char* put_decimal(char* dst, uint64_t v) {
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  int digits = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : 5;
  if (digits == 5) {
    for (uint64_t bound = 100000; digits < 20 && v >= bound; bound *= 10) ++digits;
  }
  char* const end = dst + digits;
  char* p = end;
  while (v >= 100) {
    const uint64_t pair = v % 100;
    v /= 100;
    p -= 2;
    std::memcpy(p, kPairs + 2 * pair, 2);
  }
  if (v >= 10) {
    std::memcpy(p - 2, kPairs + 2 * v, 2);
  } else {
    p[-1] = static_cast<char>('0' + v);
  }
  return end;
}

// A signed value: a minus sign, then its digits.
inline char* put_decimal_signed(char* dst, long v) {
  if (v >= 0) return put_decimal(dst, static_cast<uint64_t>(v));
  *dst = '-';
  return put_decimal(dst + 1, uint64_t{0} - static_cast<uint64_t>(v));
}

// Writes straight into the end of a std::string: the string grows a chunk at a time (resize,
// which zero-fills only the new chunk) and is cut back to what was written by finish() or the
// destructor. The hot path is plain stores behind one bounds check, with no staging buffer to
// copy into the string afterwards. Chunks stay small so that the zero-fill stays a short run of
// vector stores in cache.
class OutBuffer {
 public:
  static constexpr size_t kChunk = 2048;

  explicit OutBuffer(std::string* s) : s_(s), p_(s->data() + s->size()), end_(p_) {}
  ~OutBuffer() { finish(); }
  OutBuffer(const OutBuffer&) = delete;
  OutBuffer& operator=(const OutBuffer&) = delete;

  // Room for n more bytes; write them, then advance(n).
  char* reserve(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) grow(n);
    return p_;
  }
  void advance(size_t n) { p_ += n; }
  void put(char c) {
    *reserve(1) = c;
    ++p_;
  }
  void put(const char* data, size_t n) {
    char* dst = reserve(n);
    if (n > 0) std::memcpy(dst, data, n);  // data may be null when n is 0
    p_ += n;
  }
  // Cuts the string back to the bytes written.
  void finish() {
    s_->resize(written());
    end_ = p_ = s_->data() + s_->size();
  }

 private:
  size_t written() const { return static_cast<size_t>(p_ - s_->data()); }
  void grow(size_t n) {
    const size_t used = written();
    s_->resize(used + (n > kChunk ? n : kChunk));
    p_ = s_->data() + used;
    end_ = s_->data() + s_->size();
  }

  std::string* s_;
  char* p_;    // the next byte to write, inside s_
  char* end_;  // the end of s_ (the room left is end_ - p_)
};

// Escapes p[0, n) into dst, which has room for 6 * n + 16 bytes; returns the bytes written.
// One pass: each 16-byte block is stored whole and the write position advances to the first
// byte to escape (or past the block). Bytes up to `readable_end` (>= p + n) may be loaded: a
// slice of the document's text reads its last block in place; otherwise the last partial block
// goes through a zero-padded copy, so nothing past readable_end is read.
inline size_t escape_into(const char* p, size_t n, const char* readable_end, char* dst) {
  size_t i = 0;
  size_t o = 0;
#ifdef __SSE2__
  while (i < n) {
    __m128i v;
    unsigned valid = 0xFFFF;
    if (i + 16 <= n) {
      v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    } else {
      valid = (1u << (n - i)) - 1;
      if (readable_end - (p + i) >= 16) {
        v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      } else {
        alignas(16) char tail[16] = {};
        std::memcpy(tail, p + i, n - i);
        v = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
      }
    }
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + o), v);
    const unsigned mask = escape_mask(v) & valid;
    if (mask == 0) {
      const size_t step = valid == 0xFFFF ? 16 : n - i;
      i += step;
      o += step;
      continue;
    }
    const size_t k = static_cast<size_t>(__builtin_ctz(mask));
    i += k;
    o += k;
    o += write_escape(static_cast<unsigned char>(p[i]), dst + o);
    ++i;
  }
#else
  (void)readable_end;
  for (; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    if (c < 0x20 || c == '"' || c == '\\') {
      o += write_escape(c, dst + o);
    } else {
      dst[o++] = static_cast<char>(c);
    }
  }
#endif
  return o;
}

// Strings up to this size (names, labels, most sentences) are escaped in one pass into room
// for the worst case (6 bytes a byte); longer ones go run by run (find_escape).
constexpr size_t kDirectString = 2048;

// The quoted escape of p[0, n) (n <= kDirectString) at dst, which has room for 6 * n + 18
// bytes; returns its length. `readable_end`: see escape_into.
inline size_t quote_into(const char* p, size_t n, const char* readable_end, char* dst) {
  dst[0] = '"';
  const size_t written = 1 + escape_into(p, n, readable_end, dst + 1);
  dst[written] = '"';
  return written + 1;
}

// `readable_end`: see escape_into (s.data() + s.size() when nothing after s may be read).
void put_json_string(std::string_view s, const char* readable_end, OutBuffer* out) {
  const char* p = s.data();
  const size_t n = s.size();
  if (n <= kDirectString) {
    out->advance(quote_into(p, n, readable_end, out->reserve(6 * n + 18)));
    return;
  }
  out->put('"');
  size_t i = 0;
  while (true) {
    const size_t j = find_escape(p, i, n);
    out->put(p + i, j - i);
    if (j == n) break;
    out->advance(write_escape(static_cast<unsigned char>(p[j]), out->reserve(6)));
    i = j + 1;
  }
  out->put('"');
}

}  // namespace

void append_json_string(std::string_view s, std::string* out) {
  OutBuffer buffer(out);
  put_json_string(s, s.data() + s.size(), &buffer);
}

namespace {

// Indented output puts each member on its own line, except inside a "leaf" container (a span
// object such as {"start": 17, "end": 128}, or a list of ids), which stays on one line for
// reading. Compact output has no spaces at all. The style is a template parameter so that the
// compact writer carries no test of it.
template <bool kIndented>
class Emitter {
 public:
  explicit Emitter(std::string* out) : out_(out) {}

  void begin_object(bool leaf = false) { open('{', leaf); }
  void end_object() { close('}'); }
  void begin_array(bool leaf = false) { open('[', leaf); }
  void end_array() { close(']'); }

  // `k` is a member name of the schema: a literal in plain ASCII that needs no escaping.
  template <size_t N>
  void key(const char (&k)[N]) {
    constexpr size_t kLen = N - 1;
    constexpr size_t kSize = kIndented ? kLen + 4 : kLen + 3;  // "k": or "k":<space>
    char* dst = room(kSize);
    dst[0] = '"';
    std::memcpy(dst + 1, k, kLen);
    dst[kLen + 1] = '"';
    dst[kLen + 2] = ':';
    if constexpr (kIndented) dst[kLen + 3] = ' ';
    out_.advance(kSize);
    if constexpr (kIndented) {
      after_key_ = true;
    } else {
      comma_ = false;  // the value follows the colon
    }
  }
  void string(std::string_view s) { string_in(s, s.data() + s.size()); }
  // A string inside a buffer that may be read up to `readable_end` (a slice of the text).
  void string_in(std::string_view s, const char* readable_end) {
    if (s.size() <= kDirectString) {
      out_.advance(quote_into(s.data(), s.size(), readable_end, room(6 * s.size() + 18)));
      return;
    }
    separate();
    put_json_string(s, readable_end, &out_);
  }
  // A label of the schema (a kind, a certainty, a date): ASCII that needs no escaping.
  void label(std::string_view s) {
    char* dst = room(s.size() + 2);
    dst[0] = '"';
    std::memcpy(dst + 1, s.data(), s.size());
    dst[s.size() + 1] = '"';
    out_.advance(s.size() + 2);
  }
  // An entity id ("P1", "E12"): its prefix and the 1-based index, written in place.
  void entity_id(char prefix, size_t index) {
    char* dst = room(24);
    dst[0] = '"';
    dst[1] = prefix;
    char* end = put_decimal(dst + 2, index + 1);
    *end = '"';
    out_.advance(static_cast<size_t>(end + 1 - dst));
  }
  void number(long v) {
    char* dst = room(24);
    out_.advance(static_cast<size_t>(put_decimal_signed(dst, v) - dst));
  }
  // The members "start" and "end" of a span, in one buffer reservation: the whole of a leaf
  // span object, or two members of a larger one. (Indented output of a non-leaf object puts
  // each member on its own line: that case takes the general path.)
  void start_end(long start, long end) {
    if constexpr (kIndented) {
      if (depth_ == 0 || !levels_[depth_ - 1].leaf) {
        key("start");
        number(start);
        key("end");
        number(end);
        return;
      }
    }
    constexpr std::string_view kStart = kIndented ? "\"start\": " : "\"start\":";
    constexpr std::string_view kEnd = kIndented ? ", \"end\": " : ",\"end\":";
    char* const dst = room(kStart.size() + kEnd.size() + 48);
    char* p = dst;
    std::memcpy(p, kStart.data(), kStart.size());
    p = put_decimal_signed(p + kStart.size(), start);
    std::memcpy(p, kEnd.data(), kEnd.size());
    p = put_decimal_signed(p + kEnd.size(), end);
    out_.advance(static_cast<size_t>(p - dst));
  }
  void boolean(bool b) {
    if (b) {
      std::memcpy(room(4), "true", 4);
      out_.advance(4);
    } else {
      std::memcpy(room(5), "false", 5);
      out_.advance(5);
    }
  }
  void null() {
    std::memcpy(room(4), "null", 4);
    out_.advance(4);
  }

 private:
  struct Level {
    bool empty = true;  // no element written yet
    bool leaf = false;  // one line
  };
  static constexpr size_t kMaxDepth = 16;  // the schema nests 4 deep

  // Before a key, or a value that has no key (an array element, the top object): the comma
  // and, indented, the line break it needs. Compact output only has to know whether something
  // came before in the same container: one flag, no stack of levels.
  void separate() {
    if constexpr (!kIndented) {
      if (comma_) out_.put(',');
      comma_ = true;
      return;
    }
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;
    Level& level = levels_[depth_ - 1];
    if (!level.empty) {
      out_.put(',');
      if (kIndented && level.leaf) out_.put(' ');
    }
    if (!level.leaf) newline(depth_);
    level.empty = false;
  }
  // separate(), then room for a value or key of up to n bytes; returns where it goes. Compact
  // output writes its comma into the same reservation (one bounds check, not two).
  char* room(size_t n) {
    if constexpr (!kIndented) {
      char* dst = out_.reserve(n + 1);
      if (comma_) {
        *dst = ',';
        out_.advance(1);
        ++dst;
      }
      comma_ = true;
      return dst;
    }
    separate();
    return out_.reserve(n);
  }
  void open(char c, bool leaf) {
    *room(1) = c;
    out_.advance(1);
    if constexpr (!kIndented) {
      (void)leaf;
      comma_ = false;
      return;
    }
    // Inside a leaf everything is a leaf.
    const bool inner_leaf = leaf || (depth_ > 0 && levels_[depth_ - 1].leaf);
    levels_[depth_++] = Level{true, inner_leaf};
  }
  void close(char c) {
    if constexpr (!kIndented) {
      out_.put(c);
      comma_ = true;
      return;
    }
    const Level level = levels_[--depth_];
    if (!level.empty && !level.leaf) newline(depth_);
    out_.put(c);
  }
  void newline(size_t depth) {
    if constexpr (kIndented) {
      char* dst = out_.reserve(1 + depth * 2);
      dst[0] = '\n';
      std::memset(dst + 1, ' ', depth * 2);
      out_.advance(1 + depth * 2);
    } else {
      (void)depth;
    }
  }

  OutBuffer out_;
  // Indented output: the open containers, and whether a key was just written.
  Level levels_[kMaxDepth];
  size_t depth_ = 0;
  bool after_key_ = false;
  // Compact output: the next key or value of the open container needs a comma first.
  bool comma_ = false;
};

std::string_view date_source_name(DateSource s) {
  switch (s) {
    case DateSource::kHeader: return "header";
    case DateSource::kOption: return "option";
    case DateSource::kInput: return "input";
    case DateSource::kNone: break;
  }
  return "";
}

std::string_view org_kind_name(OrgKind k) {
  switch (k) {
    case OrgKind::kOutlet: return "outlet";
    case OrgKind::kSocialMedia: return "social_media";
    case OrgKind::kCompany: return "company";
    case OrgKind::kTeam: return "team";
    case OrgKind::kBand: return "band";
    case OrgKind::kAgency: return "agency";
    case OrgKind::kOther: break;
  }
  return "other";
}

std::string_view work_kind_name(WorkKind k) {
  switch (k) {
    case WorkKind::kFilm: return "film";
    case WorkKind::kShow: return "show";
    case WorkKind::kAlbum: return "album";
    case WorkKind::kSong: return "song";
    case WorkKind::kBook: return "book";
    case WorkKind::kOther: break;
  }
  return "other";
}

std::string_view timex_type_name(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

std::string_view certainty_name(Certainty c) {
  switch (c) {
    case Certainty::kCertain: return "certain";
    case Certainty::kProbable: return "probable";
    case Certainty::kPossible: return "possible";
  }
  return "certain";
}

std::string_view source_kind_name(SourceKind k) {
  switch (k) {
    case SourceKind::kOutlet: return "outlet";
    case SourceKind::kAnonymousSource: return "anonymous_source";
    case SourceKind::kInsider: return "insider";
    case SourceKind::kNamedPerson: return "named_person";
    case SourceKind::kSocialMedia: return "social_media";
    case SourceKind::kNone: break;
  }
  return "none";
}

char entity_prefix(EntityKind k) {
  switch (k) {
    case EntityKind::kPerson: return 'P';
    case EntityKind::kPlace: return 'L';
    case EntityKind::kOrganization: return 'O';
    case EntityKind::kWork: return 'W';
    case EntityKind::kEvent: return 'E';
  }
  return 'P';
}

template <bool kIndented>
class DocWriter {
 public:
  DocWriter(const Doc& doc, std::string* out) : doc_(doc), w_(out) {}

  void write() {
    w_.begin_object();
    w_.key("schema");
    w_.label("claimsift/1");
    w_.key("id");
    w_.string(doc_.id);
    w_.key("document_date");
    if (doc_.document_date) {
      w_.label(format_iso_date(*doc_.document_date));
    } else {
      w_.null();
    }
    w_.key("document_date_source");
    if (doc_.document_date_source == DateSource::kNone) {
      w_.null();
    } else {
      w_.label(date_source_name(doc_.document_date_source));
    }
    w_.key("text_length");
    w_.number(doc_.offsets.code_point_count());
    sentences();
    people();
    named_list("places", 'L', doc_.places, [](const Place& p) { return std::string_view(p.name); },
               nullptr);
    named_list("organizations", 'O', doc_.organizations,
               [](const Organization& o) { return std::string_view(o.name); },
               [this](const Organization& o) {
                 w_.key("kind");
                 w_.label(org_kind_name(o.kind));
               });
    works();
    dates();
    events();
    claims();
    w_.key("warnings");
    w_.begin_array();
    for (const Warning& warning : doc_.warnings) {
      w_.begin_object(/*leaf=*/true);
      w_.key("code");
      w_.string(warning.code);
      w_.key("message");
      w_.string(warning.message);
      w_.end_object();
    }
    w_.end_array();
    w_.end_object();
  }

 private:
  long cp(uint32_t byte) const { return doc_.code_point(byte); }

  void offsets(ByteSpan s) { w_.start_end(cp(s.begin), cp(s.end)); }
  // The text of a span, as a string (read in place: the text buffer lies around it).
  void text_of(ByteSpan s) { w_.string_in(doc_.slice(s), doc_.text.data() + doc_.text.size()); }
  void span_object(ByteSpan s) {
    w_.begin_object(/*leaf=*/true);
    offsets(s);
    w_.key("text");
    text_of(s);
    w_.end_object();
  }
  template <size_t N>
  void span_list(const char (&key)[N], const std::vector<ByteSpan>& spans) {
    w_.key(key);
    w_.begin_array();
    for (ByteSpan s : spans) span_object(s);
    w_.end_array();
  }
  template <size_t N, typename Indexes>
  void id_list(const char (&key)[N], char prefix, const Indexes& indexes) {
    w_.key(key);
    w_.begin_array(/*leaf=*/true);
    for (auto i : indexes) w_.entity_id(prefix, i);
    w_.end_array();
  }

  void sentences() {
    w_.key("sentences");
    w_.begin_array();
    for (const Sentence& s : doc_.sentences) {
      w_.begin_object(/*leaf=*/true);
      offsets(s.span);
      w_.end_object();
    }
    w_.end_array();
  }

  void people() {
    w_.key("people");
    w_.begin_array();
    for (size_t i = 0; i < doc_.people.size(); ++i) {
      const Person& p = doc_.people[i];
      w_.begin_object();
      w_.key("id");
      w_.entity_id('P', i);
      w_.key("name");
      w_.string(p.name);
      span_list("mentions", p.mentions);
      w_.key("ages");
      w_.begin_array();
      for (const Age& a : p.ages) {
        w_.begin_object(/*leaf=*/true);
        w_.key("value");
        w_.number(a.value);
        offsets(a.span);
        w_.end_object();
      }
      w_.end_array();
      span_list("descriptors", p.descriptors);
      w_.end_object();
    }
    w_.end_array();
  }

  template <size_t N, typename T, typename Name, typename Extra>
  void named_list(const char (&key)[N], char prefix, const std::vector<T>& items, Name name,
                  Extra extra) {
    w_.key(key);
    w_.begin_array();
    for (size_t i = 0; i < items.size(); ++i) {
      w_.begin_object();
      w_.key("id");
      w_.entity_id(prefix, i);
      w_.key("name");
      w_.string(name(items[i]));
      if constexpr (!std::is_same_v<Extra, std::nullptr_t>) extra(items[i]);
      span_list("mentions", items[i].mentions);
      w_.end_object();
    }
    w_.end_array();
  }

  void works() {
    w_.key("works");
    w_.begin_array();
    for (size_t i = 0; i < doc_.works.size(); ++i) {
      const Work& work = doc_.works[i];
      w_.begin_object();
      w_.key("id");
      w_.entity_id('W', i);
      w_.key("title");
      w_.string(work.title);
      w_.key("kind");
      w_.label(work_kind_name(work.kind));
      span_list("mentions", work.mentions);
      w_.end_object();
    }
    w_.end_array();
  }

  void dates() {
    w_.key("dates");
    w_.begin_array();
    for (size_t i = 0; i < doc_.timexes.size(); ++i) {
      const Timex& t = doc_.timexes[i];
      w_.begin_object();
      w_.key("id");
      w_.entity_id('D', i);
      offsets(t.span);
      w_.key("text");
      text_of(t.span);
      w_.key("type");
      w_.label(timex_type_name(t.type));
      w_.key("value");
      w_.string(t.value);
      w_.end_object();
    }
    w_.end_array();
  }

  template <size_t N>
  void optional_id(const char (&key)[N], char prefix, int32_t index) {
    w_.key(key);
    if (index < 0) {
      w_.null();
    } else {
      w_.entity_id(prefix, static_cast<size_t>(index));
    }
  }

  void events() {
    w_.key("events");
    w_.begin_array();
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& e = doc_.events[i];
      w_.begin_object();
      w_.key("id");
      w_.entity_id('E', i);
      w_.key("type");
      w_.string(e.type);
      w_.key("name");
      if (e.name.empty()) {
        w_.null();
      } else {
        w_.string(e.name);
      }
      w_.key("trigger");
      span_object(e.trigger);
      w_.key("sentence");
      if (e.sentence < 0) {
        w_.null();
      } else {
        w_.number(e.sentence);
      }
      id_list("participants", 'P', e.participants);
      optional_id("date", 'D', e.date);
      optional_id("place", 'L', e.place);
      w_.key("certainty");
      w_.label(certainty_name(e.certainty));
      w_.key("polarity");
      w_.label(e.polarity == EventPolarity::kNegative ? "negative" : "positive");
      w_.end_object();
    }
    w_.end_array();
  }

  void claims() {
    w_.key("claims");
    w_.begin_array();
    for (size_t i = 0; i < doc_.claims.size(); ++i) {
      const Claim& c = doc_.claims[i];
      w_.begin_object();
      w_.key("id");
      w_.entity_id('C', i);
      w_.key("sentence");
      if (c.sentence < 0) {
        w_.null();
      } else {
        w_.number(c.sentence);
      }
      offsets(c.span);
      w_.key("text");
      text_of(c.span);
      w_.key("type");
      w_.string(c.type);
      w_.key("subjects");
      w_.begin_array(/*leaf=*/true);
      for (const EntityRef& r : c.subjects) w_.entity_id(entity_prefix(r.kind), r.index);
      w_.end_array();
      w_.key("hedged");
      w_.boolean(c.hedged);
      span_list("cues", c.cues);
      w_.key("source");
      w_.begin_object(/*leaf=*/true);
      w_.key("kind");
      w_.label(source_kind_name(c.source.kind));
      w_.key("name");
      if (c.source.name.empty()) {
        w_.null();
      } else {
        w_.string(c.source.name);
      }
      if (!c.source.span.empty()) offsets(c.source.span);
      w_.end_object();
      w_.key("polarity");
      w_.label(c.polarity == Polarity::kDenied ? "denied" : "affirmed");
      w_.key("certainty");
      w_.label(certainty_name(c.certainty));
      id_list("events", 'E', c.events);
      id_list("dates", 'D', c.dates);
      id_list("places", 'L', c.places);
      w_.end_object();
    }
    w_.end_array();
  }

  const Doc& doc_;
  Emitter<kIndented> w_;
};

}  // namespace

void write_document_json(const Doc& doc, JsonStyle style, std::string* out) {
  // claimsift/1 is about three times the size of its text: reserve once rather than grow the
  // record by doubling, which copies it over and over (pages not written are never touched).
  const size_t expected = out->size() + 4 * doc.text.size() + 4096;
  if (out->capacity() < expected) out->reserve(expected);
  if (style == JsonStyle::kIndented) {
    DocWriter<true>(doc, out).write();
  } else {
    DocWriter<false>(doc, out).write();
  }
  out->push_back('\n');
}

namespace {

template <bool kIndented>
void write_error(std::string_view id, const Status& status, long line, std::string* out) {
  Emitter<kIndented> w(out);
  w.begin_object();
  w.key("schema");
  w.string("claimsift/1");
  w.key("id");
  w.string(id);
  w.key("error");
  w.begin_object(/*leaf=*/true);
  w.key("code");
  w.string(error_code_name(status.code()));
  w.key("message");
  w.string(status.message());
  if (line > 0) {
    w.key("line");
    w.number(line);
  }
  w.end_object();
  w.end_object();
}

}  // namespace

void write_error_json(std::string_view id, const Status& status, long line, JsonStyle style,
                      std::string* out) {
  if (style == JsonStyle::kIndented) {
    write_error<true>(id, status, line, out);
  } else {
    write_error<false>(id, status, line, out);
  }
  out->push_back('\n');
}

}  // namespace claimsift
