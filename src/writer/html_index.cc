// The HTML view's batch index (index.html: one row per document with its counts) and the file
// names of the per-document pages. See include/claimsift/html_writer.h.
//
// Tested by tests/html_writer_test.cc.
#include <cstdio>

#include "claimsift/html_writer.h"
#include "writer/html_assets.h"
#include "writer/view_common.h"

namespace claimsift {

HtmlIndexEntry html_index_entry(const Doc& doc, std::string href) {
  HtmlIndexEntry e;
  e.id = doc.id;
  e.href = std::move(href);
  if (doc.document_date) e.date = format_iso_date(*doc.document_date);
  e.people = doc.people.size();
  e.claims = doc.claims.size();
  for (const Claim& c : doc.claims) {
    e.hedged += c.hedged;
    e.attributed += c.source.kind != SourceKind::kNone;
    e.denied += c.polarity == Polarity::kDenied;
  }
  return e;
}

std::string html_page_name(std::string_view doc_id, size_t ordinal) {
  std::string_view base = doc_id;
  const size_t slash = base.find_last_of("/\\");
  if (slash != std::string_view::npos) base = base.substr(slash + 1);
  const size_t dot = base.rfind('.');
  if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
  std::string name;
  for (char c : base) {
    if (name.size() >= 80) break;
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '-' || c == '_';
    name.push_back(keep ? c : '_');
  }
  if (name.empty()) name = "document";
  char prefix[32];
  std::snprintf(prefix, sizeof prefix, "%04zu-", ordinal + 1);
  return prefix + name + ".html";
}

namespace {

// A relative file path as a URL path: bytes other than letters, digits, "-._~/" are
// percent-encoded, so "#", "?", "%", spaces and non-ASCII names link to the file itself.
std::string url_path(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url;
  for (char ch : path) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      url.push_back(ch);
    } else {
      url.push_back('%');
      url.push_back(kHex[c >> 4]);
      url.push_back(kHex[c & 15]);
    }
  }
  return url;
}

void number_cell(size_t n, std::string* out) {
  out->append("<td class=\"n\">").append(std::to_string(n)).append("</td>");
}

}  // namespace

void write_html_index(const std::vector<HtmlIndexEntry>& entries, std::string* out) {
  HtmlIndexEntry total;
  size_t failed = 0;
  for (const HtmlIndexEntry& e : entries) {
    total.people += e.people;
    total.claims += e.claims;
    total.hedged += e.hedged;
    total.attributed += e.attributed;
    total.denied += e.denied;
    failed += !e.error.empty();
  }
  out->append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
  out->append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  out->append("<meta http-equiv=\"Content-Security-Policy\" content=\"");
  out->append(view::html_csp(false));
  out->append("\">\n<meta name=\"generator\" content=\"claimsift\">\n");
  out->append("<title>claimsift \u2014 ").append(std::to_string(entries.size()));
  out->append(entries.size() == 1 ? " document" : " documents").append("</title>\n<style>");
  out->append(view::html_style());
  out->append("</style>\n</head>\n<body>\n<header class=\"page-head\">\n<h1>");
  out->append(std::to_string(entries.size()))
      .append(entries.size() == 1 ? " document" : " documents");
  out->append("</h1>\n<p>").append(std::to_string(total.claims)).append(" claims: ");
  out->append(std::to_string(total.hedged)).append(" hedged, ");
  out->append(std::to_string(total.attributed)).append(" attributed, ");
  out->append(std::to_string(total.denied)).append(" denied");
  if (failed > 0) out->append(" \u00b7 ").append(std::to_string(failed)).append(" failed");
  out->append("</p>\n</header>\n<main>\n<div class=\"scroll\">\n<table class=\"docs\">\n");
  out->append("<caption class=\"sr\">Documents with their counts of people and claims</caption>\n");
  out->append(
      "<thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Date</th>"
      "<th scope=\"col\" class=\"n\">People</th><th scope=\"col\" class=\"n\">Claims</th>"
      "<th scope=\"col\" class=\"n\">Hedged</th><th scope=\"col\" class=\"n\">Attributed</th>"
      "<th scope=\"col\" class=\"n\">Denied</th></tr></thead>\n<tbody>\n");
  for (const HtmlIndexEntry& e : entries) {
    out->append("<tr><th scope=\"row\">");
    const std::string_view id = e.id.empty() ? std::string_view("(no id)") : e.id;
    if (!e.href.empty() && e.error.empty()) {
      out->append("<a href=\"");
      append_html_escaped(url_path(e.href), out);
      out->append("\">");
      append_html_escaped(id, out);
      out->append("</a>");
    } else {
      append_html_escaped(id, out);
    }
    out->append("</th>");
    if (!e.error.empty()) {
      out->append("<td colspan=\"6\" class=\"error\">Failed: ");
      append_html_escaped(e.error, out);
      out->append("</td></tr>\n");
      continue;
    }
    out->append("<td class=\"date\">");
    append_html_escaped(e.date, out);
    out->append("</td>");
    number_cell(e.people, out);
    number_cell(e.claims, out);
    number_cell(e.hedged, out);
    number_cell(e.attributed, out);
    number_cell(e.denied, out);
    out->append("</tr>\n");
  }
  out->append("</tbody>\n<tfoot><tr><td>Total</td><td></td>");
  number_cell(total.people, out);
  number_cell(total.claims, out);
  number_cell(total.hedged, out);
  number_cell(total.attributed, out);
  number_cell(total.denied, out);
  out->append(
      "</tr></tfoot>\n</table>\n</div>\n<p class=\"muted note\">A claim can be "
      "hedged and attributed at once, so the three counts may add up to more than the "
      "claims.</p>\n</main>\n</body>\n</html>\n");
}

}  // namespace claimsift
