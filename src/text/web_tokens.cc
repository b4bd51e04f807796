// URL, e-mail, handle and hashtag scanners. See web_tokens.h.
// Tested by tests/tokenizer_test.cc.
#include "text/web_tokens.h"

#include "claimsift/limits.h"
#include "text/char_class.h"

namespace claimsift::text {

namespace {

constexpr size_t kMaxLocalPart = 64;
constexpr size_t kMaxDomain = 253;
constexpr size_t kMaxHandle = 64;

bool starts_with_ci(std::string_view text, size_t i, std::string_view prefix) {
  if (text.size() - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    char c = text[i + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != prefix[k]) return false;
  }
  return true;
}

bool is_local_char(char c) {
  return is_ascii_alnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '%' ||
         c == '+' || c == '-';
}
bool is_domain_char(char c) { return is_ascii_alnum(static_cast<unsigned char>(c)) || c == '-'; }
bool is_handle_char(char c) { return is_ascii_alnum(static_cast<unsigned char>(c)) || c == '_'; }

// Characters that end a URL: gaps, quotes, angle brackets and a few others.
bool ends_url(std::string_view text, size_t i, size_t* next) {
  size_t j = i;
  const char32_t c = next_code_point(text, j);
  *next = j;
  if (classify(c) == CharKind::kGap) return true;
  if (c == '"' || c == '<' || c == '>' || c == '`' || c == '{' || c == '}' || c == '|' ||
      c == '\\' || c == '^')
    return true;
  return is_quote(c) && c != '\'';
}

}  // namespace

size_t scan_url(std::string_view text, size_t i) {
  size_t body;
  if (starts_with_ci(text, i, "https://")) {
    body = i + 8;
  } else if (starts_with_ci(text, i, "http://")) {
    body = i + 7;
  } else if (starts_with_ci(text, i, "ftp://")) {
    body = i + 6;
  } else if (starts_with_ci(text, i, "www.")) {
    body = i + 4;
  } else {
    return 0;
  }
  if (body >= text.size() || !is_ascii_alnum(static_cast<unsigned char>(text[body]))) return 0;
  return extend_url(text, i, body);
}

size_t extend_url(std::string_view text, size_t i, size_t body) {
  size_t end = body;
  int open_parens = 0, open_brackets = 0;
  while (end < text.size() && end - i < kMaxTokenBytes) {
    size_t next;
    if (ends_url(text, end, &next)) break;
    if (next - i > kMaxTokenBytes) break;
    const char c = text[end];
    if (c == '(') ++open_parens;
    if (c == ')') --open_parens;
    if (c == '[') ++open_brackets;
    if (c == ']') --open_brackets;
    end = next;
  }
  // Trailing punctuation belongs to the sentence, not to the address.
  while (end > body) {
    const char c = text[end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
        c == '*') {
      --end;
    } else if (c == ')' && open_parens < 0) {
      --end;
      ++open_parens;
    } else if (c == ']' && open_brackets < 0) {
      --end;
      ++open_brackets;
    } else {
      break;
    }
  }
  return end > body ? end : 0;
}

size_t scan_email(std::string_view text, size_t i) {
  if (i >= text.size() || !is_ascii_alnum(static_cast<unsigned char>(text[i]))) return 0;
  size_t at = i;
  while (at < text.size() && at - i < kMaxLocalPart && is_local_char(text[at])) ++at;
  if (at >= text.size() || text[at] != '@' || text[at - 1] == '.') return 0;
  // Domain: labels of letters, digits and hyphens separated by single dots; at least two
  // labels, the last one two letters or more.
  size_t end = at + 1;
  size_t last_good = 0;
  size_t label_begin = end;
  int labels = 0;
  while (end < text.size() && end - at <= kMaxDomain) {
    while (end < text.size() && end - at <= kMaxDomain && is_domain_char(text[end])) ++end;
    if (end == label_begin) break;
    ++labels;
    bool letters = end - label_begin >= 2;
    for (size_t k = label_begin; letters && k < end; ++k) {
      const char c = text[k];
      letters = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    if (labels >= 2 && letters) last_good = end;
    if (end + 1 < text.size() && text[end] == '.' && is_domain_char(text[end + 1])) {
      label_begin = ++end;
      continue;
    }
    break;
  }
  return last_good;
}

size_t scan_handle(std::string_view text, size_t i) {
  size_t end = i + 1;
  while (end < text.size() && end - i <= kMaxHandle) {
    if (is_handle_char(text[end])) {
      ++end;
    } else if (text[end] == '.' && end + 1 < text.size() && is_handle_char(text[end + 1]) &&
               end > i + 1) {
      ++end;
    } else {
      break;
    }
  }
  return end > i + 1 ? end : 0;
}

size_t scan_hashtag(std::string_view text, size_t i) {
  size_t end = i + 1;
  bool letter = false;
  while (end < text.size() && end - i < kMaxTokenBytes) {
    size_t next = end;
    const char32_t c = next_code_point(text, next);
    const CharKind k = classify(c);
    if (is_letter_kind(k)) {
      letter = true;
    } else if (!(k == CharKind::kDigit || k == CharKind::kMark || c == '_')) {
      break;
    }
    if (next - i > kMaxTokenBytes) break;
    end = next;
  }
  return letter ? end : 0;
}

}  // namespace claimsift::text
