// The fixed parts of the HTML view's pages: the style sheet, the page script, and the
// Content-Security-Policy that lets only that script run (by its SHA-256 hash) and loads
// nothing from the network.
//
// Tested by tests/html_writer_test.cc and tests/browser_test.cc (the script must run there).
#ifndef CLAIMSIFT_WRITER_HTML_ASSETS_H_
#define CLAIMSIFT_WRITER_HTML_ASSETS_H_

#include <string>
#include <string_view>

namespace claimsift::view {

// The <style> contents shared by the document pages and the index page.
std::string_view html_style();

// The <script> contents of a document page: tooltips on hover and focus, Escape to hide them,
// person buttons that highlight a person's mentions, a #C3 fragment focuses that claim. Sets
// data-ready="1" on <body> when done.
std::string_view html_script();

// The value of the page's Content-Security-Policy <meta>: default-src 'none', inline styles,
// and script-src limited to html_script()'s hash (or 'none' when `with_script` is false).
const std::string& html_csp(bool with_script);

}  // namespace claimsift::view

#endif  // CLAIMSIFT_WRITER_HTML_ASSETS_H_
