// The claimsift/1 writer. See include/claimsift/json_writer.h and DESIGN.md for the contract.
//
// A small streaming emitter: objects and arrays are opened and closed explicitly, commas and
// indentation are handled by the emitter, strings are escaped once. Byte offsets become code
// point offsets here and nowhere else.
// Tested by tests/json_writer_test.cc.
#include "claimsift/json_writer.h"

#include <charconv>
#include <cstdio>
#include <vector>

namespace claimsift {

void append_json_string(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escaping
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out->append(buf);
      }
    }
  }
  out->append(s.substr(run));
  out->push_back('"');
}

namespace {

// Indented output puts each member on its own line, except inside a "leaf" container (a span
// object such as {"start": 17, "end": 128}, or a list of ids), which stays on one line for
// reading. Compact output has no spaces at all.
class Emitter {
 public:
  Emitter(JsonStyle style, std::string* out) : indented_(style == JsonStyle::kIndented), out_(out) {}

  void begin_object(bool leaf = false) { open('{', leaf); }
  void end_object() { close('}'); }
  void begin_array(bool leaf = false) { open('[', leaf); }
  void end_array() { close(']'); }

  void key(std::string_view k) {
    separate();
    append_json_string(k, out_);
    out_->append(indented_ ? ": " : ":");
    after_key_ = true;
  }
  void string(std::string_view s) {
    separate();
    append_json_string(s, out_);
  }
  void number(long v) {
    separate();
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_->append(buf, r.ptr);
  }
  void boolean(bool b) {
    separate();
    out_->append(b ? "true" : "false");
  }
  void null() {
    separate();
    out_->append("null");
  }

 private:
  struct Level {
    bool empty = true;  // no element written yet
    bool leaf = false;  // one line
  };

  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (levels_.empty()) return;
    Level& level = levels_.back();
    if (!level.empty) {
      out_->push_back(',');
      if (indented_ && level.leaf) out_->push_back(' ');
    }
    if (!level.leaf) newline(levels_.size());
    level.empty = false;
  }
  void open(char c, bool leaf) {
    separate();
    out_->push_back(c);
    // Inside a leaf everything is a leaf.
    levels_.push_back(Level{true, leaf || (!levels_.empty() && levels_.back().leaf)});
  }
  void close(char c) {
    const Level level = levels_.back();
    levels_.pop_back();
    if (!level.empty && !level.leaf) newline(levels_.size());
    out_->push_back(c);
  }
  void newline(size_t depth) {
    if (!indented_) return;
    out_->push_back('\n');
    out_->append(depth * 2, ' ');
  }

  bool indented_;
  std::string* out_;
  std::vector<Level> levels_;
  bool after_key_ = false;
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

// "P1", "L2", ...: a stack buffer, no allocation.
struct EntityId {
  char buf[24];
  size_t len;
  operator std::string_view() const { return std::string_view(buf, len); }
};
EntityId entity_id(char prefix, size_t index) {
  EntityId id;
  const int n = std::snprintf(id.buf, sizeof id.buf, "%c%zu", prefix, index + 1);
  id.len = n > 0 ? static_cast<size_t>(n) : 0;
  return id;
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

class DocWriter {
 public:
  DocWriter(const Doc& doc, JsonStyle style, std::string* out) : doc_(doc), w_(style, out) {}

  void write() {
    w_.begin_object();
    w_.key("schema");
    w_.string("claimsift/1");
    w_.key("id");
    w_.string(doc_.id);
    w_.key("document_date");
    if (doc_.document_date) {
      w_.string(format_iso_date(*doc_.document_date));
    } else {
      w_.null();
    }
    w_.key("document_date_source");
    if (doc_.document_date_source == DateSource::kNone) {
      w_.null();
    } else {
      w_.string(date_source_name(doc_.document_date_source));
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
                 w_.string(org_kind_name(o.kind));
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

  void offsets(ByteSpan s) {
    w_.key("start");
    w_.number(cp(s.begin));
    w_.key("end");
    w_.number(cp(s.end));
  }
  void span_object(ByteSpan s) {
    w_.begin_object(/*leaf=*/true);
    offsets(s);
    w_.key("text");
    w_.string(doc_.slice(s));
    w_.end_object();
  }
  void span_list(std::string_view key, const std::vector<ByteSpan>& spans) {
    w_.key(key);
    w_.begin_array();
    for (ByteSpan s : spans) span_object(s);
    w_.end_array();
  }
  template <typename Indexes>
  void id_list(std::string_view key, char prefix, const Indexes& indexes) {
    w_.key(key);
    w_.begin_array(/*leaf=*/true);
    for (auto i : indexes) w_.string(entity_id(prefix, i));
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
      w_.string(entity_id('P', i));
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

  template <typename T, typename Name, typename Extra>
  void named_list(std::string_view key, char prefix, const std::vector<T>& items, Name name,
                  Extra extra) {
    w_.key(key);
    w_.begin_array();
    for (size_t i = 0; i < items.size(); ++i) {
      w_.begin_object();
      w_.key("id");
      w_.string(entity_id(prefix, i));
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
      w_.string(entity_id('W', i));
      w_.key("title");
      w_.string(work.title);
      w_.key("kind");
      w_.string(work_kind_name(work.kind));
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
      w_.string(entity_id('D', i));
      offsets(t.span);
      w_.key("text");
      w_.string(doc_.slice(t.span));
      w_.key("type");
      w_.string(timex_type_name(t.type));
      w_.key("value");
      w_.string(t.value);
      w_.end_object();
    }
    w_.end_array();
  }

  void optional_id(std::string_view key, char prefix, int32_t index) {
    w_.key(key);
    if (index < 0) {
      w_.null();
    } else {
      w_.string(entity_id(prefix, static_cast<size_t>(index)));
    }
  }

  void events() {
    w_.key("events");
    w_.begin_array();
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const Event& e = doc_.events[i];
      w_.begin_object();
      w_.key("id");
      w_.string(entity_id('E', i));
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
      w_.string(certainty_name(e.certainty));
      w_.key("polarity");
      w_.string(e.polarity == EventPolarity::kNegative ? "negative" : "positive");
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
      w_.string(entity_id('C', i));
      w_.key("sentence");
      if (c.sentence < 0) {
        w_.null();
      } else {
        w_.number(c.sentence);
      }
      offsets(c.span);
      w_.key("text");
      w_.string(doc_.slice(c.span));
      w_.key("type");
      w_.string(c.type);
      w_.key("subjects");
      w_.begin_array(/*leaf=*/true);
      for (const EntityRef& r : c.subjects) w_.string(entity_id(entity_prefix(r.kind), r.index));
      w_.end_array();
      w_.key("hedged");
      w_.boolean(c.hedged);
      span_list("cues", c.cues);
      w_.key("source");
      w_.begin_object(/*leaf=*/true);
      w_.key("kind");
      w_.string(source_kind_name(c.source.kind));
      w_.key("name");
      if (c.source.name.empty()) {
        w_.null();
      } else {
        w_.string(c.source.name);
      }
      if (!c.source.span.empty()) offsets(c.source.span);
      w_.end_object();
      w_.key("polarity");
      w_.string(c.polarity == Polarity::kDenied ? "denied" : "affirmed");
      w_.key("certainty");
      w_.string(certainty_name(c.certainty));
      id_list("events", 'E', c.events);
      id_list("dates", 'D', c.dates);
      id_list("places", 'L', c.places);
      w_.end_object();
    }
    w_.end_array();
  }

  const Doc& doc_;
  Emitter w_;
};

}  // namespace

void write_document_json(const Doc& doc, JsonStyle style, std::string* out) {
  DocWriter(doc, style, out).write();
  out->push_back('\n');
}

void write_error_json(std::string_view id, const Status& status, long line, JsonStyle style,
                      std::string* out) {
  Emitter w(style, out);
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
  out->push_back('\n');
}

}  // namespace claimsift
