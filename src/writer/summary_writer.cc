// The terminal summary. See include/claimsift/summary_writer.h for what it shows.
//
// Everything taken from the article or the model goes through view::one_line() before it is
// printed, so no article text can break a line or reach the terminal as a control sequence.
//
// Tested by tests/summary_writer_test.cc.
#include "claimsift/summary_writer.h"

#include <algorithm>

#include "writer/view_common.h"

namespace claimsift {
namespace {

constexpr size_t kClaimTextWidth = 72;  // code points of claim text shown per line

// ANSI SGR codes, used only when colour was asked for.
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kDim = "\x1b[2m";
constexpr std::string_view kRed = "\x1b[31m";
constexpr std::string_view kYellow = "\x1b[33m";
constexpr std::string_view kCyan = "\x1b[36m";
constexpr std::string_view kReset = "\x1b[0m";

class SummaryWriter {
 public:
  SummaryWriter(const Doc& doc, bool color, std::string* out)
      : doc_(doc), color_(color), out_(out) {}

  void write() {
    styled(kBold, view::one_line(doc_.id.empty() ? std::string_view("(no id)") : doc_.id));
    out_->push_back('\n');
    if (doc_.document_date) {
      out_->append("Published ").append(format_iso_date(*doc_.document_date));
      const std::string_view source = view::date_source_name(doc_.document_date_source);
      if (!source.empty()) out_->append(" (from the ").append(source).append(")");
    } else {
      out_->append("No publication date");
    }
    out_->push_back('\n');
    people();
    names_line("Places", doc_.places.size(),
               [&](size_t i) { return view::one_line(doc_.places[i].name); });
    names_line("Organizations", doc_.organizations.size(), [&](size_t i) {
      const Organization& o = doc_.organizations[i];
      std::string kind(view::org_kind_name(o.kind));
      std::replace(kind.begin(), kind.end(), '_', ' ');
      return view::one_line(o.name) + " (" + kind + ")";
    });
    names_line("Works", doc_.works.size(), [&](size_t i) {
      const Work& w = doc_.works[i];
      return view::one_line(w.title) + " (" + std::string(view::work_kind_name(w.kind)) + ")";
    });
    events();
    claims();
    out_->push_back('\n');
  }

 private:
  void styled(std::string_view code, std::string_view text) {
    if (color_) out_->append(code);
    out_->append(text);
    if (color_) out_->append(kReset);
  }
  void heading(std::string_view title, size_t count) {
    out_->push_back('\n');
    styled(kBold, std::string(title) + " (" + std::to_string(count) + ")");
    out_->push_back('\n');
  }
  void none() { out_->append("  (none)\n"); }

  void people() {
    heading("People", doc_.people.size());
    if (doc_.people.empty()) none();
    for (const Person& p : doc_.people) {
      out_->append("  ");
      styled(kBold, view::one_line(p.name));
      for (const Age& a : p.ages) out_->append(", ").append(std::to_string(a.value));
      if (!p.descriptors.empty()) {
        out_->append(" \u00b7 ");
        for (size_t i = 0; i < p.descriptors.size(); ++i) {
          if (i > 0) out_->append("; ");
          out_->append(view::one_line(view::safe_slice(doc_, p.descriptors[i])));
        }
      }
      const size_t n = p.mentions.size();
      out_->append(" \u00b7 ").append(std::to_string(n)).append(n == 1 ? " mention" : " mentions");
      out_->push_back('\n');
    }
  }

  template <typename Name>
  void names_line(std::string_view title, size_t n, Name name) {
    heading(title, n);
    if (n == 0) {
      none();
      return;
    }
    out_->append("  ");
    for (size_t i = 0; i < n; ++i) {
      if (i > 0) out_->append(", ");
      out_->append(name(i));
    }
    out_->push_back('\n');
  }

  std::string_view timex_value(int32_t index) const { return view::timex_value(doc_, index); }

  void events() {
    heading("Events", doc_.events.size());
    if (doc_.events.empty()) none();
    const std::vector<size_t> order = view::timeline_order(doc_, true);
    size_t width = 7;  // "undated"
    for (size_t i : order) {
      width =
          std::max(width, view::code_point_count(view::one_line(timex_value(doc_.events[i].date))));
    }
    for (size_t i : order) {
      const Event& e = doc_.events[i];
      const std::string value = view::one_line(timex_value(e.date));
      out_->append("  ");
      styled(kDim, value.empty() ? std::string("undated") : value);
      out_->append(width + 2 - view::code_point_count(value.empty() ? "undated" : value), ' ');
      out_->append(view::one_line(e.name.empty() ? e.type : e.name));
      if (!e.name.empty() && !e.type.empty() && e.type != "named") {
        out_->append(" (").append(view::one_line(e.type)).append(")");
      }
      if (!e.participants.empty()) {
        out_->append(" \u2014 ");
        for (size_t k = 0; k < e.participants.size(); ++k) {
          if (k > 0) out_->append(", ");
          out_->append(view::one_line(
              view::entity_name(doc_, EntityRef{EntityKind::kPerson, e.participants[k]})));
        }
      }
      if (e.place >= 0) {
        out_->append(", in ").append(view::one_line(view::entity_name(
            doc_, EntityRef{EntityKind::kPlace, static_cast<uint32_t>(e.place)})));
      }
      if (e.certainty != Certainty::kCertain) {
        out_->append(" [").append(view::certainty_name(e.certainty)).append("]");
      }
      if (e.polarity == EventPolarity::kNegative) out_->append(" [did not happen]");
      out_->push_back('\n');
    }
  }

  void claims() {
    heading("Claims", doc_.claims.size());
    if (doc_.claims.empty()) none();
    size_t type_width = 0;
    for (const Claim& c : doc_.claims) {
      type_width = std::max(type_width, view::code_point_count(view::one_line(c.type)));
    }
    for (size_t ci = 0; ci < doc_.claims.size(); ++ci) {
      const Claim& c = doc_.claims[ci];
      const view::ClaimStatus status = view::claim_status(c);
      const std::string id = view::entity_id('C', ci);
      out_->append("  ");
      styled(kDim, id);
      out_->append(std::max<size_t>(4, id.size() + 1) - id.size(), ' ');
      const std::string_view name = view::claim_status_name(status);
      styled(status == view::ClaimStatus::kDenied       ? kRed
             : status == view::ClaimStatus::kAttributed ? kCyan
                                                        : kYellow,
             name);
      out_->append(11 - name.size(), ' ');
      const std::string type = view::one_line(c.type.empty() ? std::string_view("-") : c.type);
      out_->append(type);
      out_->append(type_width + 2 - std::min(type_width, view::code_point_count(type)), ' ');
      if (!c.subjects.empty()) {
        for (size_t k = 0; k < c.subjects.size(); ++k) {
          if (k > 0) out_->append(", ");
          out_->append(view::one_line(view::entity_name(doc_, c.subjects[k])));
        }
        out_->append(" \u00b7 ");
      }
      if (c.source.kind == SourceKind::kNone) {
        out_->append("no source");
      } else {
        out_->append("per ");
        out_->append(c.source.name.empty()
                         ? std::string(view::source_kind_label(c.source.kind))
                         : view::one_line(c.source.name) + " (" +
                               std::string(view::source_kind_label(c.source.kind)) + ")");
      }
      out_->append(" \u00b7 ").append(view::certainty_name(c.certainty));
      if (c.hedged && status != view::ClaimStatus::kHedged) out_->append(", hedged");
      out_->append(" \u00b7 \u201c");
      out_->append(view::shorten(view::one_line(view::safe_slice(doc_, c.span)), kClaimTextWidth));
      out_->append("\u201d\n");
    }
  }

  const Doc& doc_;
  bool color_;
  std::string* out_;
};

}  // namespace

void write_summary(const Doc& doc, bool color, std::string* out) {
  SummaryWriter(doc, color, out).write();
}

}  // namespace claimsift
