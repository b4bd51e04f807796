// Parser and validator of lexicon files. See include/claimsift/lexicon_file.h.
// Tested by tests/lexicon_test.cc.
#include "claimsift/lexicon_file.h"

#include <unicode/uchar.h>

#include <unordered_map>

#include "claimsift/normalize.h"
#include "claimsift/reader.h"
#include "claimsift/utf8.h"

namespace claimsift {

namespace {

std::string located(std::string_view path, int line, std::string_view message) {
  std::string s(path);
  s += ':';
  s += std::to_string(line);
  s += ": ";
  s += message;
  return s;
}

// Letters, digits and combining marks: the characters a token of words is made of.
bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  return u_isalnum(static_cast<UChar32>(c)) ||
         u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_GENERAL_CATEGORY) ==
             U_NON_SPACING_MARK;
}

}  // namespace

bool parse_lexicon_file(std::string_view path, std::string_view content,
                        const LexiconParseOptions& options, std::vector<LexiconRow>* rows,
                        std::string* error) {
  const DecodeResult decoded = decode_utf8_lossy(content);
  if (decoded.invalid_sequences > 0) {
    int line = 1;
    for (size_t i = 0; i < decoded.first_invalid_byte && i < content.size(); ++i) {
      line += content[i] == '\n';
    }
    *error = located(path, line, "not valid UTF-8");
    return false;
  }
  std::unordered_map<std::string, int> seen;
  bool has_format = false;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
      if (nl == content.size()) break;
      continue;
    }
    if (line.substr(first, 2) == "//") {
      if (line.find("FORMAT:") != std::string_view::npos) has_format = true;
      if (nl == content.size()) break;
      continue;
    }
    for (unsigned char c : line) {
      if (c < 0x20 && c != '\t') {
        *error = located(path, line_no, "control character in entry");
        return false;
      }
    }
    const size_t tab = line.find('\t');
    std::string_view surface = line.substr(0, tab);
    std::string_view value = tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    while (!surface.empty() && surface.back() == ' ') surface.remove_suffix(1);
    while (!surface.empty() && surface.front() == ' ') surface.remove_prefix(1);
    if (surface.empty()) {
      *error = located(path, line_no, "empty entry before the tab");
      return false;
    }
    std::string key = normalize(surface);
    if (key.empty()) {
      *error = located(path, line_no, "entry normalises to nothing");
      return false;
    }
    auto [it, inserted] = seen.emplace(key, line_no);
    if (!inserted && options.reject_duplicates) {
      *error = located(path, line_no,
                       "duplicate entry '" + std::string(surface) + "' (first at line " +
                           std::to_string(it->second) + ")");
      return false;
    }
    rows->push_back(LexiconRow{std::string(surface), std::string(value), line_no});
    if (nl == content.size()) break;
  }
  if (options.require_format_line && !has_format) {
    *error = located(path, 1, "missing '// FORMAT:' header line");
    return false;
  }
  return true;
}

std::vector<std::string_view> token_prefixes(std::string_view key) {
  std::vector<std::string_view> out;
  if (key.empty()) return out;
  size_t i = 0;
  char32_t prev = next_code_point(key, i);
  while (i < key.size()) {
    const size_t at = i;
    const char32_t cur = next_code_point(key, i);
    if (cur == ' ') {
      out.push_back(key.substr(0, at));
    } else if (prev != ' ' && is_word_char(prev) != is_word_char(cur)) {
      out.push_back(key.substr(0, at));
    }
    prev = cur;
  }
  return out;
}

}  // namespace claimsift
