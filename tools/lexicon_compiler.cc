// Build-time tool: compiles the lexicon files under data/ into one C++ source of static arrays
// (entries, keys, a hash table and a Bloom filter per list; the vocabulary's word records and
// perfect hash), so the binary carries its lexicons and parses nothing at start-up. Never
// linked into libclaimsift.
//
//   lexicon_compiler OUT.cc DATA_DIR FILE...
//
// Each FILE is validated by the same parser users' files go through (lexicon_file.h), with a
// FORMAT line required and duplicates rejected; the first problem fails the build with
// "FILE:LINE: message". The name of a list is its path under DATA_DIR without the extension
// (data/en/lists/outlets.txt -> "en/lists/outlets").
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "claimsift/lexicon.h"
#include "claimsift/lexicon_file.h"

namespace {

// A C++ string literal for arbitrary bytes: printable ASCII as is, the rest as octal escapes.
void append_literal(std::string_view s, std::string* out) {
  out->push_back('"');
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(c));
    } else if (c >= 0x20 && c < 0x7F && c != '?') {
      out->push_back(static_cast<char>(c));
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out->append(buf);
    }
  }
  out->push_back('"');
}

// Long literals are split into pieces (compilers cap a single literal's length).
void append_long_literal(std::string_view s, std::string* out) {
  constexpr size_t kPiece = 4000;
  if (s.empty()) {
    out->append("\"\"");
    return;
  }
  for (size_t i = 0; i < s.size(); i += kPiece) {
    if (i > 0) out->append("\n    ");
    append_literal(s.substr(i, kPiece), out);
  }
}

bool read_all(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buf;
  buf << in.rdbuf();
  *out = buf.str();
  return true;
}

// An array of 64-bit words as C++ source: `name`, of `count` values at(i).
template <typename At>
void append_u64_array(const std::string& name, size_t count, At at, std::string* code) {
  *code += "  static constexpr uint64_t " + name + "[] = {";
  for (size_t i = 0; i < count; ++i) {
    if (i % 8 == 0) *code += "\n    ";
    *code += std::to_string(at(i)) + "u,";
  }
  *code += "\n  };\n";
}

// The vocabulary over all lists, as static arrays (see LexiconVocabulary): the words and their
// records (one cache line each), both in word id order, the key index and the displacements
// of the perfect hash.
void append_vocabulary(const std::vector<std::unique_ptr<claimsift::Lexicon>>& lists,
                       std::string* code) {
  std::vector<const claimsift::Lexicon*> by_id;
  for (const auto& lex : lists) by_id.push_back(lex.get());
  auto vocab = claimsift::LexiconVocabulary::build(by_id);
  std::string& c = *code;
  c += "const LexiconVocabulary& builtin_lexicon_vocabulary() {\n";
  std::string words = "nullptr", records = "nullptr", index = "nullptr", displacements = "nullptr";
  if (vocab->size() > 0) {
    c += "  static constexpr VocabularyWord kWords[] = {\n";
    for (size_t w = 0; w < vocab->size(); ++w) {
      const claimsift::VocabularyWord& word = vocab->word(w);
      c += "    {";
      append_literal(word.key, &c);
      c += ", {" + std::to_string(word.lists[0]) + "u, " + std::to_string(word.lists[1]) +
           "u}, " + std::to_string(word.first) + "},\n";
    }
    c += "  };\n  static constexpr WordRecord kRecords[] = {\n";
    for (size_t w = 0; w < vocab->size(); ++w) {
      const claimsift::WordRecord& r = vocab->record(static_cast<int32_t>(w));
      c += "    {{" + std::to_string(r.form[0]) + "u, " + std::to_string(r.form[1]) + "u}, " +
           std::to_string(r.lists) + "u, " + std::to_string(r.entries) + "u, " +
           std::to_string(r.continues) + "u, " + std::to_string(r.size) + ", " +
           std::to_string(r.first) + ", {";
      for (int k = 0; k < claimsift::WordRecord::kInlineKeys; ++k) {
        c += (k > 0 ? ", " : "") + std::to_string(r.keys[k]);
      }
      c += "}},\n";
    }
    c += "  };\n  static constexpr uint32_t kKeyIndex[] = {";
    for (size_t i = 0; i < vocab->key_index_count(); ++i) {
      if (i % 16 == 0) c += "\n    ";
      c += std::to_string(vocab->key_index_at(i)) + ",";
    }
    c += "\n  };\n  static constexpr uint32_t kDisplacements[] = {";
    for (size_t i = 0; i < vocab->bucket_count(); ++i) {
      if (i % 16 == 0) c += "\n    ";
      c += std::to_string(vocab->displacement_at(i)) + ",";
    }
    c += "\n  };\n";
    words = "kWords";
    records = "kRecords";
    index = "kKeyIndex";
    displacements = "kDisplacements";
  }
  c += "  static const LexiconVocabulary* vocabulary = [] {\n"
       "    size_t n = 0;\n"
       "    const BuiltinLexiconInfo* table = builtin_lexicon_table(&n);\n"
       "    static const Lexicon* lists[" + std::to_string(std::max<size_t>(1, lists.size())) +
       "] = {};\n"
       "    for (size_t i = 0; i < n; ++i) lists[i] = table[i].lexicon;\n"
       "    return new LexiconVocabulary(" + words + ", " + records + ", " +
       std::to_string(vocab->size()) + ", " + index + ", " +
       std::to_string(vocab->key_index_count()) + ", " + displacements + ", " +
       std::to_string(vocab->bucket_count()) + ", lists, n);\n"
       "  }();\n"
       "  return *vocabulary;\n}\n\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: lexicon_compiler OUT.cc DATA_DIR FILE...\n";
    return 2;
  }
  const std::string out_path = argv[1];
  std::string data_dir = argv[2];
  if (!data_dir.empty() && data_dir.back() != '/') data_dir += '/';

  std::string code;
  code +=
      "// GENERATED BY tools/lexicon_compiler.cc FROM data/; DO NOT EDIT.\n"
      "#include \"claimsift/lexicon.h\"\n\n"
      "namespace claimsift {\n\n"
      "const BuiltinLexiconInfo* builtin_lexicon_table(size_t* count) {\n";
  std::string table = "  static const BuiltinLexiconInfo kTable[] = {\n";
  int n = 0;
  std::vector<std::unique_ptr<claimsift::Lexicon>> built;  // by id, for the vocabulary
  std::vector<std::string> files(argv + 3, argv + argc);
  std::sort(files.begin(), files.end());
  for (const std::string& path : files) {
    std::string content;
    if (!read_all(path, &content)) {
      std::cerr << path << ": cannot read\n";
      return 1;
    }
    std::string rel = path.rfind(data_dir, 0) == 0 ? path.substr(data_dir.size()) : path;
    std::string name = rel.substr(0, rel.rfind('.'));
    std::vector<claimsift::LexiconRow> rows;
    std::string error;
    claimsift::LexiconParseOptions options;
    options.require_format_line = true;
    options.reject_duplicates = true;
    if (!claimsift::parse_lexicon_file(path, content, options, &rows, &error)) {
      std::cerr << error << "\n";
      return 1;
    }
    std::vector<std::pair<std::string, std::string>> pairs;
    for (auto& r : rows) pairs.emplace_back(r.surface, r.value);
    auto lex = claimsift::Lexicon::build(name, pairs);
    const std::string id = std::to_string(n);
    std::string entries = "nullptr", keys = "nullptr", slots = "nullptr";
    if (lex->size() > 0) {
      code += "  static constexpr LexiconEntry kEntries" + id + "[] = {\n";
      for (size_t e = 0; e < lex->size(); ++e) {
        code += "    {";
        append_literal(lex->surface(static_cast<int>(e)), &code);
        code += ", ";
        append_literal(lex->value(static_cast<int>(e)), &code);
        code += "},\n";
      }
      code += "  };\n  static constexpr LexiconKey kKeys" + id + "[] = {\n";
      for (size_t k = 0; k < lex->key_count(); ++k) {
        const claimsift::LexiconKey& key = lex->key_at(k);
        code += "    {";
        append_literal(key.key, &code);
        code += ", " + std::to_string(key.entry) + ", " + (key.continues ? "true" : "false") +
                "},\n";
      }
      code += "  };\n";
      append_u64_array("kSlots" + id, lex->slot_count(),
                       [&](size_t i) { return lex->slot_at(i); }, &code);
      entries = "kEntries" + id;
      keys = "kKeys" + id;
      slots = "kSlots" + id;
    }
    std::string filter = "nullptr";
    if (lex->filter_count() > 0) {
      append_u64_array("kFilter" + id, lex->filter_count(),
                       [&](size_t i) { return lex->filter_at(i); }, &code);
      filter = "kFilter" + id;
    }
    code += "  static const Lexicon kLexicon" + id + "(";
    append_literal(name, &code);
    code += ", " + entries + ", " + std::to_string(lex->size()) + ", " + keys + ", " +
            std::to_string(lex->key_count()) + ", " + slots + ", " +
            std::to_string(lex->slot_count()) + ", " + id + ", " + filter + ", " +
            std::to_string(lex->filter_count()) + ");\n";
    code += "  static constexpr std::string_view kContent" + id + " =\n    ";
    append_long_literal(content, &code);
    code += ";\n\n";
    table += "    {&kLexicon" + id + ", ";
    append_literal("data/" + rel, &table);
    table += ", kContent" + id + "},\n";
    built.push_back(std::move(lex));
    ++n;
  }
  if (n == 0) {
    code += "  *count = 0;\n  return nullptr;\n}\n\n";
  } else {
    code += table + "  };\n  *count = " + std::to_string(n) + ";\n  return kTable;\n}\n\n";
  }
  append_vocabulary(built, &code);
  code += "}  // namespace claimsift\n";
  std::string previous;
  if (read_all(out_path, &previous) && previous == code) return 0;  // keep the timestamp
  std::ofstream out(out_path, std::ios::binary);
  out << code;
  if (!out) {
    std::cerr << out_path << ": cannot write\n";
    return 1;
  }
  return 0;
}
