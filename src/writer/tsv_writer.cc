// The claims table. See include/claimsift/tsv_writer.h for the columns and the escaping.
//
// Tested by tests/tsv_writer_test.cc.
#include "claimsift/tsv_writer.h"

#include <cstdio>

#include "writer/view_common.h"

namespace claimsift {
namespace {

constexpr std::string_view kColumns[] = {
    "doc_id",      "claim_id", "type",      "subjects", "hedged", "cues", "source_kind",
    "source_name", "polarity", "certainty", "dates",    "places", "text"};

// Escapes backslash, tab, line feed and carriage return (and, so that no reader can see a line
// break, the other C0 controls as \xHH) into `out`.
void append_escaped(std::string_view s, std::string* out) {
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '\\':
        out->append("\\\\");
        break;
      case '\t':
        out->append("\\t");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out->append(buf);
        } else {
          out->push_back(ch);
        }
    }
  }
}

// Joins items produced by `each(i, &field)` with "; " into one field.
template <typename Each>
std::string joined(size_t n, Each each) {
  std::string field;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) field.append("; ");
    each(i, &field);
  }
  return field;
}

}  // namespace

void append_tsv_field(std::string_view field, std::string* out) {
  if (field.find('"') == std::string_view::npos) {
    append_escaped(field, out);
    return;
  }
  out->push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] != '"') continue;
    append_escaped(field.substr(run, i + 1 - run), out);
    out->push_back('"');
    run = i + 1;
  }
  append_escaped(field.substr(run), out);
  out->push_back('"');
}

void write_claims_tsv_header(std::string* out) {
  for (size_t i = 0; i < std::size(kColumns); ++i) {
    if (i > 0) out->push_back('\t');
    out->append(kColumns[i]);
  }
  out->push_back('\n');
}

void write_claims_tsv(const Doc& doc, std::string* out) {
  for (size_t ci = 0; ci < doc.claims.size(); ++ci) {
    const Claim& c = doc.claims[ci];
    const std::string subjects = joined(c.subjects.size(), [&](size_t i, std::string* f) {
      f->append(view::entity_name(doc, c.subjects[i]));
    });
    const std::string cues = joined(c.cues.size(), [&](size_t i, std::string* f) {
      f->append(view::safe_slice(doc, c.cues[i]));
    });
    const std::string dates = joined(c.dates.size(), [&](size_t i, std::string* f) {
      f->append(c.dates[i] < doc.timexes.size() ? std::string_view(doc.timexes[c.dates[i]].value)
                                                : std::string_view("?"));
    });
    const std::string places = joined(c.places.size(), [&](size_t i, std::string* f) {
      f->append(view::entity_name(doc, EntityRef{EntityKind::kPlace, c.places[i]}));
    });
    const std::string fields[] = {
        doc.id,
        view::entity_id('C', ci),
        c.type,
        subjects,
        c.hedged ? "true" : "false",
        cues,
        std::string(view::source_kind_name(c.source.kind)),
        c.source.name,
        c.polarity == Polarity::kDenied ? "denied" : "affirmed",
        std::string(view::certainty_name(c.certainty)),
        dates,
        places,
        std::string(view::safe_slice(doc, c.span)),
    };
    static_assert(std::size(fields) == std::size(kColumns));
    for (size_t i = 0; i < std::size(fields); ++i) {
      if (i > 0) out->push_back('\t');
      append_tsv_field(fields[i], out);
    }
    out->push_back('\n');
  }
}

}  // namespace claimsift
