// The set of lexicons a pipeline uses: built-in lists, and user files merged over them.
// See include/claimsift/lexicon.h.
// Tested by tests/lexicon_test.cc.
#include <fstream>
#include <map>
#include <sstream>

#include "claimsift/lexicon.h"
#include "claimsift/lexicon_file.h"

namespace claimsift {

const LexiconSet& LexiconSet::builtin() {
  static const LexiconSet* set = [] {
    auto* s = new LexiconSet();
    size_t n = 0;
    const BuiltinLexiconInfo* table = builtin_lexicon_table(&n);
    for (size_t i = 0; i < n; ++i) {
      s->by_name_.emplace(std::string(table[i].lexicon->name()), table[i].lexicon);
    }
    s->vocabulary_ = &builtin_lexicon_vocabulary();
    return s;
  }();
  return *set;
}

std::unique_ptr<LexiconSet> LexiconSet::with_user_files(
    const std::vector<std::pair<std::string, std::string>>& name_and_path, std::string* error) {
  auto set = std::make_unique<LexiconSet>();
  set->by_name_ = builtin().by_name_;
  // Group files by lexicon name so several files for one name all apply, in order.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> rows_by_name;
  for (const auto& [name, path] : name_and_path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      *error = path + ": cannot read lexicon file";
      return nullptr;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    std::vector<LexiconRow> rows;
    LexiconParseOptions options;
    options.reject_duplicates = false;
    if (!parse_lexicon_file(path, buf.str(), options, &rows, error)) return nullptr;
    auto& dest = rows_by_name[name];
    if (dest.empty()) {
      const Lexicon& base = builtin().get(name);
      for (size_t e = 0; e < base.size(); ++e) {
        dest.emplace_back(std::string(base.surface(static_cast<int>(e))),
                          std::string(base.value(static_cast<int>(e))));
      }
    }
    for (auto& row : rows) dest.emplace_back(std::move(row.surface), std::move(row.value));
  }
  // A merged list keeps the id of the built-in list it replaces; a new one takes the next id.
  size_t builtin_count = 0;
  builtin_lexicon_table(&builtin_count);
  std::vector<const Lexicon*> by_id(builtin_count, nullptr);
  for (const auto& [name, lex] : set->by_name_) {
    if (lex->id() >= 0 && static_cast<size_t>(lex->id()) < by_id.size()) by_id[lex->id()] = lex;
  }
  for (const auto& [name, rows] : rows_by_name) {
    std::unique_ptr<Lexicon> lex = Lexicon::build(name, rows);
    const Lexicon& base = builtin().get(name);
    lex->id_ = base.id() >= 0 ? base.id() : static_cast<int>(by_id.size());
    if (static_cast<size_t>(lex->id_) == by_id.size()) by_id.push_back(nullptr);
    by_id[lex->id_] = lex.get();
    set->by_name_[name] = lex.get();
    set->owned_.push_back(std::move(lex));
  }
  // Lists past the vocabulary's capacity keep id -1 and are looked up by string.
  for (auto& lex : set->owned_) {
    if (lex->id_ >= LexiconVocabulary::kMaxLists) lex->id_ = -1;
  }
  set->owned_vocabulary_ = LexiconVocabulary::build(by_id);
  set->vocabulary_ = set->owned_vocabulary_.get();
  return set;
}

const Lexicon& LexiconSet::get(std::string_view name) const {
  static const Lexicon kEmpty;
  auto it = by_name_.find(name);
  return it == by_name_.end() ? kEmpty : *it->second;
}

const LexiconVocabulary& LexiconSet::vocabulary() const {
  static const LexiconVocabulary kEmpty;
  return vocabulary_ != nullptr ? *vocabulary_ : kEmpty;
}

bool LexiconSet::has(std::string_view name) const { return by_name_.find(name) != by_name_.end(); }

std::vector<std::string_view> LexiconSet::names() const {
  std::vector<std::string_view> out;
  for (const auto& [name, lex] : by_name_) out.push_back(name);
  return out;
}

}  // namespace claimsift
