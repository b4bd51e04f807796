// Shared pieces of the human-facing views. See view_common.h.
//
// Tested by tests/html_writer_test.cc, tests/summary_writer_test.cc, tests/tsv_writer_test.cc.
#include "writer/view_common.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdio>

#include "claimsift/utf8.h"

namespace claimsift::view {

char32_t decode_lenient(std::string_view s, size_t& i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (size_t k = 1; k < len; ++k) {
    const unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

namespace {

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

// A code point that belongs to the character before it: combining marks, variation selectors,
// emoji modifiers, the zero-width joiner, tag characters (flag sequences).
bool extends_previous(char32_t c) {
  if (c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF) ||
      (c >= 0xE0020 && c <= 0xE007F) || (c >= 0xE0100 && c <= 0xE01EF)) {
    return true;
  }
  const int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK;
}

}  // namespace

ClaimStatus claim_status(const Claim& c) {
  if (c.polarity == Polarity::kDenied) return ClaimStatus::kDenied;
  if (c.source.kind != SourceKind::kNone) return ClaimStatus::kAttributed;
  return ClaimStatus::kHedged;
}

std::string_view claim_status_name(ClaimStatus s) {
  switch (s) {
    case ClaimStatus::kDenied:
      return "denied";
    case ClaimStatus::kAttributed:
      return "attributed";
    case ClaimStatus::kHedged:
      break;
  }
  return "hedged";
}

std::string_view certainty_name(Certainty c) {
  switch (c) {
    case Certainty::kCertain:
      return "certain";
    case Certainty::kProbable:
      return "probable";
    case Certainty::kPossible:
      return "possible";
  }
  return "certain";
}

std::string_view source_kind_name(SourceKind k) {
  switch (k) {
    case SourceKind::kOutlet:
      return "outlet";
    case SourceKind::kAnonymousSource:
      return "anonymous_source";
    case SourceKind::kInsider:
      return "insider";
    case SourceKind::kNamedPerson:
      return "named_person";
    case SourceKind::kSocialMedia:
      return "social_media";
    case SourceKind::kNone:
      break;
  }
  return "none";
}

std::string_view source_kind_label(SourceKind k) {
  switch (k) {
    case SourceKind::kOutlet:
      return "outlet";
    case SourceKind::kAnonymousSource:
      return "anonymous source";
    case SourceKind::kInsider:
      return "insider";
    case SourceKind::kNamedPerson:
      return "named person";
    case SourceKind::kSocialMedia:
      return "social media";
    case SourceKind::kNone:
      break;
  }
  return "no source";
}

std::string_view org_kind_name(OrgKind k) {
  switch (k) {
    case OrgKind::kOutlet:
      return "outlet";
    case OrgKind::kSocialMedia:
      return "social_media";
    case OrgKind::kCompany:
      return "company";
    case OrgKind::kTeam:
      return "team";
    case OrgKind::kBand:
      return "band";
    case OrgKind::kAgency:
      return "agency";
    case OrgKind::kOther:
      break;
  }
  return "other";
}

std::string_view work_kind_name(WorkKind k) {
  switch (k) {
    case WorkKind::kFilm:
      return "film";
    case WorkKind::kShow:
      return "show";
    case WorkKind::kAlbum:
      return "album";
    case WorkKind::kSong:
      return "song";
    case WorkKind::kBook:
      return "book";
    case WorkKind::kOther:
      break;
  }
  return "other";
}

std::string_view timex_type_name(TimexType t) {
  switch (t) {
    case TimexType::kDate:
      return "DATE";
    case TimexType::kTime:
      return "TIME";
    case TimexType::kDuration:
      return "DURATION";
    case TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

std::string_view date_source_name(DateSource s) {
  switch (s) {
    case DateSource::kHeader:
      return "header";
    case DateSource::kOption:
      return "option";
    case DateSource::kInput:
      return "input";
    case DateSource::kNone:
      break;
  }
  return "";
}

std::string entity_id(char prefix, size_t index) {
  char buf[24];
  const int n = std::snprintf(buf, sizeof buf, "%c%zu", prefix, index + 1);
  return std::string(buf, n > 0 ? static_cast<size_t>(n) : 0);
}

char entity_prefix(EntityKind k) {
  switch (k) {
    case EntityKind::kPerson:
      return 'P';
    case EntityKind::kPlace:
      return 'L';
    case EntityKind::kOrganization:
      return 'O';
    case EntityKind::kWork:
      return 'W';
    case EntityKind::kEvent:
      return 'E';
  }
  return 'P';
}

std::string_view entity_name(const Doc& doc, EntityRef ref) {
  switch (ref.kind) {
    case EntityKind::kPerson:
      if (ref.index < doc.people.size()) return doc.people[ref.index].name;
      break;
    case EntityKind::kPlace:
      if (ref.index < doc.places.size()) return doc.places[ref.index].name;
      break;
    case EntityKind::kOrganization:
      if (ref.index < doc.organizations.size()) return doc.organizations[ref.index].name;
      break;
    case EntityKind::kWork:
      if (ref.index < doc.works.size()) return doc.works[ref.index].title;
      break;
    case EntityKind::kEvent:
      if (ref.index < doc.events.size()) {
        const Event& e = doc.events[ref.index];
        return e.name.empty() ? std::string_view(e.type) : std::string_view(e.name);
      }
      break;
  }
  return "?";
}

std::string_view timex_value(const Doc& doc, int32_t index) {
  if (index < 0 || static_cast<size_t>(index) >= doc.timexes.size()) return {};
  return doc.timexes[static_cast<size_t>(index)].value;
}

std::vector<size_t> timeline_order(const Doc& doc, bool with_undated) {
  // 0: an ISO date or time value; 1: another DATE or TIME value (PAST_REF, XXXX-06-06);
  // 2: a duration or set (not a point on a timeline); 3: no date.
  auto group = [&](size_t i) {
    const int32_t d = doc.events[i].date;
    const std::string_view v = timex_value(doc, d);
    if (v.empty()) return 3;
    const TimexType type = doc.timexes[static_cast<size_t>(d)].type;
    if (type == TimexType::kDuration || type == TimexType::kSet) return 2;
    return v[0] >= '0' && v[0] <= '9' ? 0 : 1;
  };
  std::vector<size_t> order;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    if (with_undated || group(i) < 2) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const int ga = group(a), gb = group(b);
    if (ga != gb) return ga < gb;
    if (ga != 0) return false;
    return timex_value(doc, doc.events[a].date) < timex_value(doc, doc.events[b].date);
  });
  return order;
}

bool valid_span(const Doc& doc, ByteSpan s) {
  if (s.begin > s.end || s.end > doc.text.size()) return false;
  auto boundary = [&](uint32_t at) {
    return at == doc.text.size() || (static_cast<unsigned char>(doc.text[at]) & 0xC0) != 0x80;
  };
  return boundary(s.begin) && boundary(s.end);
}

std::string_view safe_slice(const Doc& doc, ByteSpan s) {
  return valid_span(doc, s) ? doc.slice(s) : std::string_view();
}

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < text.size()) {
    char32_t c = decode_lenient(text, i);
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (is_control(c)) c = 0xFFFD;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    append_utf8(c, &out);
  }
  return out;
}

std::string shorten(std::string_view text, size_t max_code_points) {
  size_t i = 0;
  size_t count = 0;
  size_t cut = std::string_view::npos;  // byte where the kept part ends
  bool after_zwj = false;
  while (i < text.size()) {
    const size_t at = i;
    const char32_t c = decode_lenient(text, i);
    const bool glued = after_zwj || extends_previous(c);
    after_zwj = c == 0x200D;
    if (count >= max_code_points && !glued) {
      cut = at;
      break;
    }
    ++count;
  }
  if (cut == std::string_view::npos) return std::string(text);
  std::string out(text.substr(0, cut));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out.append("\u2026");
  return out;
}

size_t code_point_count(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace claimsift::view
