// The HTML view's style sheet, page script and Content-Security-Policy. See html_assets.h.
//
// Signals never rest on colour alone: entity types differ by border style (person solid,
// place double, organization dashed, work dotted and italic, date rounded), claim statuses by
// underline style and a badge (hedged dotted ≈, attributed dashed ❝, denied wavy ✗), cues are
// bold. Print drops backgrounds and the tooltip, keeps borders and underlines, and prints date
// values inline.
//
// Tested by tests/html_writer_test.cc and tests/browser_test.cc.
#include "writer/html_assets.h"

#include "writer/sha256.h"

namespace claimsift::view {

std::string_view html_style() {
  return R"CSS(
:root{--fg:#1b1b1b;--muted:#595959;--line:#d0d4da;--panel:#f6f7f9;
--person:#dbe8ff;--person-b:#1a56a8;--place:#d9f2dd;--place-b:#22703f;
--org:#ffe6c7;--org-b:#9a4700;--work:#efe1ff;--work-b:#6a2c9e;--date:#ececec;--date-b:#4a4a4a;
--hedged:#8a5a00;--attributed:#0b57a4;--denied:#b3261e;--focus:#e05a00}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);background:#fff;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
a{color:var(--attributed)}
.page-head{padding:.8rem 1.5rem;border-bottom:1px solid var(--line);background:var(--panel)}
.page-head h1{font-size:1.2rem;margin:0;overflow-wrap:anywhere}
.page-head p{margin:.2rem 0 0;color:var(--muted)}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(16rem,24rem);gap:2rem;padding:1rem 1.5rem;max-width:82rem}
@media (max-width:60rem){.layout{grid-template-columns:minmax(0,1fr);gap:1rem;padding:.75rem}}
#text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;line-height:2;max-width:48rem;margin:0}
.hdr{color:var(--muted)}
mark.ent{color:inherit;border-radius:3px;padding:0 2px;border:1px solid transparent}
mark.person{background:var(--person);border:1.5px solid var(--person-b)}
mark.place{background:var(--place);border:3px double var(--place-b)}
mark.org{background:var(--org);border:1.5px dashed var(--org-b)}
mark.work{background:var(--work);border:1.5px dotted var(--work-b);font-style:italic}
mark.date{background:var(--date);border:1px solid var(--date-b);border-radius:.8em;padding:0 .3em}
mark.ent.on{background:#ffd84d;border:2.5px solid #000;font-weight:700}
.claim{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:.4em;border-radius:3px}
.claim.hedged{text-decoration-style:dotted;text-decoration-color:var(--hedged)}
.claim.attributed{text-decoration-style:dashed;text-decoration-color:var(--attributed)}
.claim.denied{text-decoration-style:wavy;text-decoration-color:var(--denied)}
.claim:hover,.claim:focus,.claim.cur{background:#fff6d6}
.badge{display:inline-block;font-size:.8em;font-weight:700;line-height:1.3;padding:0 .3em;margin-right:.15em;border-radius:.4em;color:#fff;vertical-align:.35em;text-decoration:none;font-style:normal}
.badge.hedged{background:var(--hedged)}.badge.attributed{background:var(--attributed)}.badge.denied{background:var(--denied)}
.cue{font-weight:700;background:linear-gradient(transparent 62%,#ffe98a 62%)}
.src{font-variant-caps:all-small-caps;letter-spacing:.02em}
.evt:target,.claim:target{outline:3px solid var(--focus);outline-offset:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
aside{font-size:.93rem;min-width:0}
aside section{margin:0 0 1.4rem}
aside h2{font-size:.85rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 .5rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
aside h3{font-size:.95rem;margin:.7rem 0 .3rem}
aside ul,aside ol{list-style:none;margin:0;padding:0}
aside li{margin:0 0 .45rem}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .8rem;line-height:2}
button.person{display:block;width:100%;text-align:left;font:inherit;color:inherit;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.35rem .6rem;cursor:pointer}
button.person:hover{border-color:var(--person-b)}
button.person[aria-pressed=true]{background:var(--person);border:2px solid var(--person-b)}
button.person[aria-pressed=true] .name::before{content:"\2713  "}
.name{font-weight:700}
.meta,.muted{color:var(--muted)}
.desc{display:block;font-size:.9em;color:var(--muted)}
.timeline li{display:grid;grid-template-columns:6.5rem 1fr;gap:.5rem}
.timeline time{font-variant-numeric:tabular-nums;font-weight:700}
.claims-list li{border-left:4px solid var(--line);padding-left:.5rem}
.claims-list li.hedged{border-left:4px dotted var(--hedged)}
.claims-list li.attributed{border-left:4px dashed var(--attributed)}
.claims-list li.denied{border-left:4px double var(--denied)}
.claims-list q{display:block;color:var(--muted);font-size:.92em}
#tip{position:absolute;z-index:10;max-width:min(24rem,92vw);background:#1f2328;color:#fff;padding:.5rem .7rem;border-radius:6px;font-size:.85rem;line-height:1.45;pointer-events:none;box-shadow:0 4px 14px rgba(0,0,0,.25)}
#tip dl{display:grid;grid-template-columns:auto 1fr;gap:0 .7rem;margin:.3rem 0 0}
#tip dt{color:#c9d1d9}#tip dd{margin:0}
.skip{position:absolute;left:.5rem;top:-3rem;background:#fff;padding:.3rem .6rem;border:2px solid var(--focus);z-index:20}
.skip:focus{top:.5rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table.docs{border-collapse:collapse;margin:1rem 1.5rem;min-width:min(60rem,94vw)}
table.docs th,table.docs td{border-bottom:1px solid var(--line);padding:.35rem .7rem;text-align:left}
table.docs td.n,table.docs th.n{text-align:right;font-variant-numeric:tabular-nums}
table.docs tfoot td{font-weight:700}
table.docs td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}
.error{color:var(--denied)}
.note{margin:0 1.5rem}
@media (max-width:40rem){body{font-size:15px}table.docs{margin:.5rem;font-size:.9em}}
@media print{
body{font-size:11pt}
.layout{display:block;padding:0}
#tip,.skip{display:none!important}
mark.ent,mark.ent.on,.claim,.cue,button.person,button.person[aria-pressed=true]{background:none!important}
mark.date::after{content:" [" attr(data-value) "]";font-size:.8em}
aside{margin-top:1.5rem;break-before:page}
a{color:inherit;text-decoration:none}
.claims-list li,.timeline li{break-inside:avoid}
}
)CSS";
}

std::string_view html_script() {
  return R"JS(
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var status = document.getElementById("status");
  var current = null;
  function target(node) {
    return node && node.closest ? node.closest("[data-tip],[data-detail]") : null;
  }
  function hide() {
    if (current) current.classList.remove("cur");
    current = null;
    tip.hidden = true;
  }
  function show(el) {
    if (!el) { hide(); return; }
    if (current) current.classList.remove("cur");
    current = el;
    el.classList.add("cur");
    tip.textContent = "";
    var id = el.getAttribute("data-detail");
    var detail = id ? document.getElementById(id) : null;
    if (detail) {
      var copy = detail.cloneNode(true);
      copy.removeAttribute("id");
      tip.appendChild(copy);
    } else {
      tip.textContent = el.getAttribute("data-tip") || "";
    }
    tip.hidden = false;
    var rects = el.getClientRects();
    var r = rects.length ? rects[0] : el.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    var x = Math.max(8, Math.min(r.left, width - tip.offsetWidth - 8));
    tip.style.left = (x + window.scrollX) + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
  }
  document.addEventListener("mouseover", function (e) {
    var t = target(e.target);
    if (t !== current) { if (t) show(t); else hide(); }
  });
  document.addEventListener("focusin", function (e) { show(target(e.target)); });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  var buttons = document.querySelectorAll("button[data-person]");
  function highlight(button) {
    var on = button.getAttribute("aria-pressed") !== "true";
    document.querySelectorAll("#text .on").forEach(function (m) { m.classList.remove("on"); });
    buttons.forEach(function (b) { b.setAttribute("aria-pressed", "false"); });
    status.textContent = "";
    if (!on) return;
    button.setAttribute("aria-pressed", "true");
    var id = button.getAttribute("data-person");
    var marks = document.querySelectorAll("#text [data-ent='" + id + "']");
    marks.forEach(function (m) { m.classList.add("on"); });
    status.textContent = marks.length + " mentions highlighted";
    if (marks.length) marks[0].scrollIntoView({block: "center"});
  }
  buttons.forEach(function (b) {
    b.addEventListener("click", function () { highlight(b); });
  });
  // page.html#C3 (and the panel's links) focus that claim, which shows its details.
  function focusTarget() {
    var t = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (t && t.tabIndex >= 0) t.focus();
  }
  window.addEventListener("hashchange", focusTarget);
  focusTarget();
  document.body.setAttribute("data-ready", "1");
})();
)JS";
}

const std::string& html_csp(bool with_script) {
  static const std::string* const with = [] {
    const auto digest = sha256(html_script());
    return new std::string(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
        "form-action 'none'; script-src 'sha256-" +
        base64(digest.data(), digest.size()) + "'");
  }();
  static const std::string* const without = new std::string(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
      "form-action 'none'; script-src 'none'");
  return with_script ? *with : *without;
}

}  // namespace claimsift::view
