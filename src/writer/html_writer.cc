// The HTML view of one document. See include/claimsift/html_writer.h for what the page shows.
//
// The article markup comes from view::append_nested_markup() (html_markup.h) over spans this
// file collects from every layer; the side panel and the hidden claim details (which the script
// copies into the tooltip, and which claims name in aria-describedby) are written here; the
// style sheet, script and CSP are in html_assets.cc; the batch index is in html_index.cc.
//
// Tested by tests/html_writer_test.cc and tests/browser_test.cc.
#include "claimsift/html_writer.h"

#include <algorithm>

#include "writer/html_assets.h"
#include "writer/html_markup.h"
#include "writer/view_common.h"

namespace claimsift {
namespace {

using view::HtmlSpan;

// Ranks: among spans with the same extent, the lower rank is outside.
constexpr int kRankHeader = 0;
constexpr int kRankClaim = 1;
constexpr int kRankEvent = 2;
constexpr int kRankSource = 3;
constexpr int kRankCue = 4;
constexpr int kRankEntity = 5;

constexpr size_t kPanelClaimText = 110;  // code points of claim text in the side panel

std::string escaped(std::string_view s) {
  std::string out;
  append_html_escaped(s, &out);
  return out;
}

std::string_view status_icon(view::ClaimStatus s) {
  switch (s) {
    case view::ClaimStatus::kDenied:
      return "\u2717";  // ✗
    case view::ClaimStatus::kAttributed:
      return "\u275D";  // ❝
    case view::ClaimStatus::kHedged:
      break;
  }
  return "\u2248";  // ≈
}

class PageWriter {
 public:
  PageWriter(const Doc& doc, std::string* out) : doc_(doc), out_(out) {}

  void write() {
    const std::string title = doc_.id.empty() ? std::string("Document") : doc_.id;
    out_->append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out_->append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out_->append("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    out_->append(view::html_csp(true));
    out_->append("\">\n<meta name=\"generator\" content=\"claimsift\">\n<title>");
    append_html_escaped(title, out_);
    out_->append(" \u2014 claimsift</title>\n<style>");
    out_->append(view::html_style());
    out_->append("</style>\n</head>\n<body>\n");
    out_->append("<a class=\"skip\" href=\"#panel\">Skip to people, timeline and claims</a>\n");
    header(title);
    out_->append("<div class=\"layout\">\n<main>\n<h2 class=\"sr\">Article text</h2>\n");
    out_->append("<article id=\"text\" lang=\"en\">");
    article();
    out_->append("</article>\n</main>\n");
    out_->append("<aside id=\"panel\" tabindex=\"-1\" aria-label=\"People, dates and claims\">\n");
    legend();
    people();
    timeline();
    claims_by_person();
    out_->append("</aside>\n</div>\n");
    claim_details();
    out_->append("<div id=\"tip\" role=\"tooltip\" hidden></div>\n");
    out_->append("<p id=\"status\" class=\"sr\" aria-live=\"polite\"></p>\n<script>");
    out_->append(view::html_script());
    out_->append("</script>\n</body>\n</html>\n");
  }

 private:
  void header(const std::string& title) {
    size_t hedged = 0, attributed = 0, denied = 0;
    for (const Claim& c : doc_.claims) {
      hedged += c.hedged;
      attributed += c.source.kind != SourceKind::kNone;
      denied += c.polarity == Polarity::kDenied;
    }
    out_->append("<header class=\"page-head\">\n<h1>");
    append_html_escaped(title, out_);
    out_->append("</h1>\n<p>");
    if (doc_.document_date) {
      out_->append("Published <time datetime=\"").append(format_iso_date(*doc_.document_date));
      out_->append("\">").append(format_iso_date(*doc_.document_date)).append("</time>");
    } else {
      out_->append("No publication date");
    }
    out_->append(" \u00b7 ").append(count(doc_.people.size(), "person", "people"));
    out_->append(" \u00b7 ").append(count(doc_.places.size(), "place", "places"));
    out_->append(" \u00b7 ").append(count(doc_.claims.size(), "claim", "claims"));
    out_->append(": ").append(std::to_string(hedged)).append(" hedged, ");
    out_->append(std::to_string(attributed)).append(" attributed, ");
    out_->append(std::to_string(denied)).append(" denied</p>\n</header>\n");
  }

  static std::string count(size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
  }

  // --- The article ----------------------------------------------------------------------

  void add(ByteSpan s, int rank, std::string open, std::string open_cont, std::string close) {
    if (s.empty() || !view::valid_span(doc_, s)) return;
    spans_.push_back(
        HtmlSpan{s.begin, s.end, rank, std::move(open), std::move(open_cont), std::move(close)});
  }

  // An entity mention: <mark class="ent KIND" data-ent="ID" data-tip="...">.
  void add_entity(ByteSpan s, std::string_view css, const std::string& id, std::string_view tip,
                  std::string_view extra = {}) {
    std::string open = "<mark class=\"ent ";
    open.append(css).append("\" data-ent=\"").append(id).append("\" data-tip=\"");
    append_html_escaped(tip, &open);
    open.append("\"").append(extra).append(">");
    add(s, kRankEntity, open, open, "</mark>");
  }

  void article() {
    if (doc_.body_begin > 0 && doc_.body_begin <= doc_.text.size()) {
      add(ByteSpan{0, doc_.body_begin}, kRankHeader, "<span class=\"hdr\">", "<span class=\"hdr\">",
          "</span>");
    }
    for (size_t i = 0; i < doc_.people.size(); ++i) {
      const Person& p = doc_.people[i];
      const std::string tip = "Person: " + p.name;
      for (ByteSpan m : p.mentions) add_entity(m, "person", view::entity_id('P', i), tip);
    }
    for (size_t i = 0; i < doc_.places.size(); ++i) {
      const std::string tip = "Place: " + doc_.places[i].name;
      for (ByteSpan m : doc_.places[i].mentions)
        add_entity(m, "place", view::entity_id('L', i), tip);
    }
    for (size_t i = 0; i < doc_.organizations.size(); ++i) {
      const Organization& o = doc_.organizations[i];
      std::string kind(view::org_kind_name(o.kind));
      std::replace(kind.begin(), kind.end(), '_', ' ');
      const std::string tip = "Organization (" + kind + "): " + o.name;
      for (ByteSpan m : o.mentions) add_entity(m, "org", view::entity_id('O', i), tip);
    }
    for (size_t i = 0; i < doc_.works.size(); ++i) {
      const Work& w = doc_.works[i];
      const std::string tip =
          "Work (" + std::string(view::work_kind_name(w.kind)) + "): " + w.title;
      for (ByteSpan m : w.mentions) add_entity(m, "work", view::entity_id('W', i), tip);
    }
    for (size_t i = 0; i < doc_.timexes.size(); ++i) {
      const Timex& t = doc_.timexes[i];
      const std::string tip = "Date (" + std::string(view::timex_type_name(t.type)) +
                              "): " + (t.value.empty() ? std::string("unresolved") : t.value);
      std::string extra = " tabindex=\"0\" data-value=\"";
      append_html_escaped(t.value, &extra);
      extra.append("\" aria-description=\"");
      append_html_escaped(tip, &extra);
      extra.append("\"");
      add_entity(t.span, "date", view::entity_id('D', i), tip, extra);
    }
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      const std::string id = view::entity_id('E', i);
      add(doc_.events[i].trigger, kRankEvent, "<span class=\"evt\" id=\"" + id + "\">",
          "<span class=\"evt\">", "</span>");
    }
    for (size_t i = 0; i < doc_.claims.size(); ++i) claim_spans(i);
    view::append_nested_markup(doc_.text, std::move(spans_), out_);
  }

  void claim_spans(size_t index) {
    const Claim& c = doc_.claims[index];
    const view::ClaimStatus status = view::claim_status(c);
    const std::string_view name = view::claim_status_name(status);
    const std::string id = view::entity_id('C', index);
    std::string common = "class=\"claim ";
    common.append(name);
    std::string attrs = "\" data-claim=\"" + id + "\" data-detail=\"cd-" + id + "\"";
    std::string open = "<span id=\"" + id + "\" " + common + attrs +
                       " tabindex=\"0\" aria-describedby=\"cd-" + id + "\">";
    open.append("<span class=\"badge ").append(name).append("\" aria-hidden=\"true\">");
    open.append(status_icon(status)).append("</span>");
    add(c.span, kRankClaim, open, "<span " + common + " cont" + attrs + ">", "</span>");
    for (ByteSpan cue : c.cues) {
      add(cue, kRankCue, "<span class=\"cue\">", "<span class=\"cue cont\">", "</span>");
    }
    if (!c.source.span.empty()) {
      add(c.source.span, kRankSource, "<span class=\"src\">", "<span class=\"src cont\">",
          "</span>");
    }
  }

  // --- The side panel --------------------------------------------------------------------

  void legend() {
    out_->append(
        "<section aria-labelledby=\"h-legend\">\n<h2 id=\"h-legend\">Legend</h2>\n"
        "<div class=\"legend\">"
        "<mark class=\"ent person\">person</mark> <mark class=\"ent place\">place</mark> "
        "<mark class=\"ent org\">organization</mark> <mark class=\"ent work\">work</mark> "
        "<mark class=\"ent date\">date</mark> "
        "<span class=\"claim hedged\"><span class=\"badge hedged\" aria-hidden=\"true\">\u2248"
        "</span>hedged claim</span> "
        "<span class=\"claim attributed\"><span class=\"badge attributed\" aria-hidden=\"true\">"
        "\u275D</span>attributed claim</span> "
        "<span class=\"claim denied\"><span class=\"badge denied\" aria-hidden=\"true\">\u2717"
        "</span>denied claim</span> <span class=\"cue\">cue</span> "
        "<span class=\"src\">source</span></div>\n"
        "<p class=\"muted\">Hover over or tab to a claim or date for details; Esc hides them.</p>\n"
        "</section>\n");
  }

  void people() {
    out_->append("<section aria-labelledby=\"h-people\">\n<h2 id=\"h-people\">People (");
    out_->append(std::to_string(doc_.people.size())).append(")</h2>\n");
    if (doc_.people.empty()) {
      out_->append("<p class=\"muted\">No people found.</p>\n</section>\n");
      return;
    }
    out_->append("<ul>\n");
    for (size_t i = 0; i < doc_.people.size(); ++i) {
      const Person& p = doc_.people[i];
      out_->append("<li><button type=\"button\" class=\"person\" data-person=\"");
      out_->append(view::entity_id('P', i)).append("\" aria-pressed=\"false\">");
      out_->append("<span class=\"name\">");
      append_html_escaped(p.name, out_);
      out_->append("</span>");
      std::string meta;
      for (const Age& a : p.ages) meta.append(", age ").append(std::to_string(a.value));
      meta.append(" \u00b7 ").append(count(p.mentions.size(), "mention", "mentions"));
      out_->append("<span class=\"meta\">").append(meta).append("</span>");
      if (!p.descriptors.empty()) {
        out_->append("<span class=\"desc\">");
        for (size_t k = 0; k < p.descriptors.size(); ++k) {
          if (k > 0) out_->append("; ");
          append_html_escaped(view::safe_slice(doc_, p.descriptors[k]), out_);
        }
        out_->append("</span>");
      }
      out_->append("</button></li>\n");
    }
    out_->append("</ul>\n");
    other_entities();
    out_->append("</section>\n");
  }

  template <typename T, typename Name>
  void name_list(std::string_view title, const std::vector<T>& items, Name name) {
    if (items.empty()) return;
    out_->append("<h3>").append(title).append("</h3>\n<p>");
    for (size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out_->append(", ");
      append_html_escaped(name(items[i]), out_);
    }
    out_->append("</p>\n");
  }

  void other_entities() {
    name_list("Places", doc_.places, [](const Place& p) { return std::string_view(p.name); });
    name_list("Organizations", doc_.organizations,
              [](const Organization& o) { return std::string_view(o.name); });
    name_list("Works", doc_.works, [](const Work& w) { return std::string_view(w.title); });
  }

  void timeline() {
    const std::vector<size_t> dated = view::timeline_order(doc_, false);
    out_->append("<section aria-labelledby=\"h-time\">\n<h2 id=\"h-time\">Timeline</h2>\n");
    if (dated.empty()) {
      out_->append("<p class=\"muted\">No dated events.</p>\n");
    } else {
      out_->append("<ol class=\"timeline\">\n");
      for (size_t i : dated) {
        const Event& e = doc_.events[i];
        const Timex& t = doc_.timexes[static_cast<size_t>(e.date)];
        out_->append("<li><time>");
        append_html_escaped(t.value, out_);
        out_->append("</time><span><a href=\"#").append(view::entity_id('E', i)).append("\">");
        append_html_escaped(e.name.empty() ? e.type : e.name, out_);
        out_->append("</a>");
        for (size_t k = 0; k < e.participants.size(); ++k) {
          out_->append(k == 0 ? " \u2014 " : ", ");
          append_html_escaped(
              view::entity_name(doc_, EntityRef{EntityKind::kPerson, e.participants[k]}), out_);
        }
        if (e.place >= 0) {
          out_->append(", in ");
          append_html_escaped(view::entity_name(doc_, EntityRef{EntityKind::kPlace,
                                                                static_cast<uint32_t>(e.place)}),
                              out_);
        }
        if (e.certainty != Certainty::kCertain) {
          out_->append(" <span class=\"muted\">(").append(view::certainty_name(e.certainty));
          out_->append(")</span>");
        }
        if (e.polarity == EventPolarity::kNegative) {
          out_->append(" <span class=\"muted\">(did not happen)</span>");
        }
        out_->append(" <span class=\"muted\">\u201c");
        append_html_escaped(view::one_line(view::safe_slice(doc_, t.span)), out_);
        out_->append("\u201d</span></span></li>\n");
      }
      out_->append("</ol>\n");
    }
    out_->append("</section>\n");
  }

  void claim_item(size_t index) {
    const Claim& c = doc_.claims[index];
    const view::ClaimStatus status = view::claim_status(c);
    const std::string_view name = view::claim_status_name(status);
    const std::string id = view::entity_id('C', index);
    out_->append("<li class=\"").append(name).append("\"><a href=\"#").append(id).append("\">");
    out_->append("<span class=\"badge ").append(name).append("\" aria-hidden=\"true\">");
    out_->append(status_icon(status)).append("</span>").append(name).append(" ");
    append_html_escaped(c.type.empty() ? std::string_view("claim") : std::string_view(c.type),
                        out_);
    out_->append("</a> <span class=\"muted\">");
    source_text(c, out_);
    out_->append(" \u00b7 ").append(view::certainty_name(c.certainty)).append("</span><q>");
    append_html_escaped(
        view::shorten(view::one_line(view::safe_slice(doc_, c.span)), kPanelClaimText), out_);
    out_->append("</q></li>\n");
  }

  static void source_text(const Claim& c, std::string* out) {
    if (c.source.kind == SourceKind::kNone) {
      out->append("no source");
      return;
    }
    out->append("per ");
    if (!c.source.name.empty()) {
      append_html_escaped(c.source.name, out);
      out->append(" (").append(view::source_kind_label(c.source.kind)).append(")");
    } else {
      out->append(view::source_kind_label(c.source.kind));
    }
  }

  // Claims grouped by the people they are about: one group per distinct set of person
  // subjects ("Tom Cruise & Ana de Armas"), in order of each group's first person; then the
  // claims about no person. Every claim is listed once.
  void claims_by_person() {
    out_->append("<section aria-labelledby=\"h-claims\">\n<h2 id=\"h-claims\">Claims by person (");
    out_->append(std::to_string(doc_.claims.size())).append(")</h2>\n");
    if (doc_.claims.empty()) {
      out_->append("<p class=\"muted\">No claims found.</p>\n</section>\n");
      return;
    }
    std::vector<std::vector<uint32_t>> keys(doc_.claims.size());
    for (size_t i = 0; i < doc_.claims.size(); ++i) {
      for (const EntityRef& r : doc_.claims[i].subjects) {
        if (r.kind == EntityKind::kPerson && r.index < doc_.people.size())
          keys[i].push_back(r.index);
      }
      std::sort(keys[i].begin(), keys[i].end());
      keys[i].erase(std::unique(keys[i].begin(), keys[i].end()), keys[i].end());
    }
    std::vector<size_t> order(doc_.claims.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    // Groups by their sorted person indexes; the empty group (no person) last.
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      if (keys[a].empty() != keys[b].empty()) return !keys[a].empty();
      return keys[a] < keys[b];
    });
    for (size_t k = 0; k < order.size(); ++k) {
      const std::vector<uint32_t>& key = keys[order[k]];
      if (k == 0 || key != keys[order[k - 1]]) {
        if (k > 0) out_->append("</ul>\n");
        out_->append("<h3>");
        if (key.empty()) out_->append("About no person found");
        for (size_t p = 0; p < key.size(); ++p) {
          if (p > 0) out_->append(" &amp; ");
          append_html_escaped(doc_.people[key[p]].name, out_);
        }
        out_->append("</h3>\n<ul class=\"claims-list\">\n");
      }
      claim_item(order[k]);
    }
    out_->append("</ul>\n</section>\n");
  }

  // --- Claim details: the tooltip contents and the claims' accessible descriptions ---------

  void detail_row(std::string_view term, const std::string& value_html) {
    out_->append("<dt>").append(term).append("</dt><dd>").append(value_html).append("</dd>");
  }

  void claim_details() {
    out_->append("<div id=\"claim-details\" hidden>\n");
    for (size_t i = 0; i < doc_.claims.size(); ++i) {
      const Claim& c = doc_.claims[i];
      const std::string id = view::entity_id('C', i);
      out_->append("<div id=\"cd-").append(id).append("\"><strong>").append(id).append(": ");
      out_->append(view::claim_status_name(view::claim_status(c))).append(" claim</strong><dl>");
      detail_row("Type", escaped(c.type.empty() ? std::string_view("unknown") : c.type));
      std::string subjects;
      for (size_t k = 0; k < c.subjects.size(); ++k) {
        if (k > 0) subjects.append(", ");
        append_html_escaped(view::entity_name(doc_, c.subjects[k]), &subjects);
      }
      detail_row("Subjects", subjects.empty() ? std::string("none found") : subjects);
      std::string source;
      source_text(c, &source);
      detail_row("Source", source);
      detail_row("Certainty", std::string(view::certainty_name(c.certainty)));
      detail_row("Polarity", c.polarity == Polarity::kDenied ? "denied" : "affirmed");
      detail_row("Hedged", c.hedged ? "yes" : "no");
      std::string cues;
      for (size_t k = 0; k < c.cues.size(); ++k) {
        if (k > 0) cues.append(", ");
        append_html_escaped(view::one_line(view::safe_slice(doc_, c.cues[k])), &cues);
      }
      if (!cues.empty()) detail_row("Cues", cues);
      std::string dates;
      for (size_t k = 0; k < c.dates.size(); ++k) {
        if (c.dates[k] >= doc_.timexes.size()) continue;
        const Timex& t = doc_.timexes[c.dates[k]];
        if (!dates.empty()) dates.append(", ");
        append_html_escaped(t.value.empty() ? std::string_view("unresolved") : t.value, &dates);
        dates.append(" (");
        append_html_escaped(view::one_line(view::safe_slice(doc_, t.span)), &dates);
        dates.append(")");
      }
      detail_row("Dates", dates.empty() ? std::string("none") : dates);
      std::string places;
      for (size_t k = 0; k < c.places.size(); ++k) {
        if (k > 0) places.append(", ");
        append_html_escaped(view::entity_name(doc_, EntityRef{EntityKind::kPlace, c.places[k]}),
                            &places);
      }
      if (!places.empty()) detail_row("Places", places);
      out_->append("</dl></div>\n");
    }
    out_->append("</div>\n");
  }

  const Doc& doc_;
  std::string* out_;
  std::vector<HtmlSpan> spans_;
};

}  // namespace

void write_document_html(const Doc& doc, std::string* out) { PageWriter(doc, out).write(); }

}  // namespace claimsift
