// Google Benchmark of each pipeline stage alone (reader, tokenizer, sentences, entities,
// temporal, claims, writer) and of the whole pipeline, in bytes/s of input text.
//
//   build-bench/bench/stage_benchmark --benchmark_min_time=1
//
// Inputs (the benchmark argument):
//   0  the example article, data/examples/cruise_de_armas.txt (2 KB, one document)
//   1  about 1 MB of generated news-like text: the example's sentences shuffled with a fixed
//      seed into paragraphs, with names, numbers and dates varied so lexicon look-ups miss
//      as well as hit (one long document; the stages must stay linear on it)
//   2  the file named by the environment variable CLAIMSIFT_BENCH_FILE, whole, as one
//      document (skipped when it is unset): to compare a stage on a large document with the
//      same stage on a small one
//
// Each stage runs on a Doc prepared by the stages before it; its own layers are cleared before
// each run (clear() keeps capacity, as a batch worker reusing a Doc would). Figures and
// commands are in bench/RESULTS.md. Not a test: nothing here asserts a speed.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimsift/json_writer.h"
#include "claimsift/pipeline.h"

namespace claimsift {
namespace {

std::string read_example() {
  std::ifstream in(std::string(CLAIMSIFT_SOURCE_DIR) + "/data/examples/cruise_de_armas.txt",
                   std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  if (buf.str().empty()) {
    std::fprintf(stderr, "stage_benchmark: cannot read data/examples/cruise_de_armas.txt\n");
    std::exit(2);
  }
  return buf.str();
}

// Splits the example's body into sentences at ". " / "? " / "! " (good enough for a generator).
std::vector<std::string> example_sentences(const std::string& article) {
  std::vector<std::string> out;
  std::string body = article.substr(article.find("Mission"));
  size_t start = 0;
  for (size_t i = 0; i + 1 < body.size(); ++i) {
    const char c = body[i];
    if ((c == '.' || c == '?' || c == '!') && (body[i + 1] == ' ' || body[i + 1] == '\n')) {
      std::string s = body.substr(start, i + 1 - start);
      const size_t first = s.find_first_not_of(" \n");
      if (first != std::string::npos) out.push_back(s.substr(first));
      start = i + 1;
    }
  }
  return out;
}

// About `target` bytes of generated text, deterministic (a fixed-seed LCG).
std::string generated_text(const std::string& article, size_t target) {
  static const char* kNames[] = {"Tom Cruise",   "Ana de Armas", "Selena Gomez", "Idris Elba",
                                 "Zoe Kravitz",  "Priya Natarajan", "Kwame Osei-Mensah",
                                 "Lady Gaga",    "Harry Styles", "Jennifer Lopez"};
  static const char* kPlaces[] = {"London", "Paris", "Los Angeles", "New York", "Lisbon",
                                  "Malibu", "Toronto", "Sydney"};
  static const char* kMonths[] = {"January", "March", "May", "July", "September", "November"};
  const std::vector<std::string> sentences = example_sentences(article);
  uint64_t state = 42;
  auto next = [&state](uint64_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % n;
  };
  std::string text = " date 2025-05-04 ";
  while (text.size() < target) {
    const size_t in_paragraph = 2 + next(4);
    for (size_t k = 0; k < in_paragraph; ++k) {
      switch (next(4)) {
        case 0:
          text += kNames[next(10)];
          text += ", ";
          text += std::to_string(20 + next(50));
          text += ", was seen in ";
          text += kPlaces[next(8)];
          text += " on ";
          text += kMonths[next(6)];
          text += ' ';
          text += std::to_string(1 + next(28));
          text += ", according to a source. ";
          break;
        case 1:
          text += "Sources close to ";
          text += kNames[next(10)];
          text += " reportedly denied that the pair had split last week. ";
          break;
        default:
          text += sentences[next(sentences.size())];
          text += ' ';
      }
    }
    text += "\n\n";
  }
  return text;
}

std::string read_bench_file() {
  const char* path = std::getenv("CLAIMSIFT_BENCH_FILE");
  if (path == nullptr) return std::string();
  std::ifstream in(path, std::ios::binary);
  if (!in.is_open()) {
    std::fprintf(stderr, "stage_benchmark: cannot read %s\n", path);
    std::exit(2);
  }
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

const std::string& input(int64_t which) {
  static const std::string article = read_example();
  static const std::string generated = generated_text(article, 1 << 20);
  static const std::string file = read_bench_file();
  return which == 0 ? article : which == 1 ? generated : file;
}

const Pipeline& pipeline() {
  static const Pipeline* p = new Pipeline(LexiconSet::builtin(), Options());
  return *p;
}

Doc read_input(int64_t which) {
  Doc doc;
  Status s = read_document("bench", input(which), ExternalDate{}, Options(), &doc);
  if (!s.ok()) {
    std::fprintf(stderr, "stage_benchmark: read failed: %s\n", s.message().c_str());
    std::exit(2);
  }
  return doc;
}

// The stages after the reader, as separate objects so each can be timed alone.
struct Stages {
  Tokenizer tokenizer{LexiconSet::builtin()};
  SentenceSplitter sentences{LexiconSet::builtin()};
  EntityRecognizer entities{LexiconSet::builtin()};
  TemporalTagger temporal{LexiconSet::builtin(), Options()};
  ClaimExtractor claims{LexiconSet::builtin()};
};
const Stages& stages() {
  static const Stages* s = new Stages();
  return *s;
}

void set_bytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(input(state.range(0)).size()));
}

void BM_Reader(benchmark::State& state) {
  const std::string& bytes = input(state.range(0));
  Doc doc;
  for (auto _ : state) {
    Status s = read_document("bench", bytes, ExternalDate{}, Options(), &doc);
    benchmark::DoNotOptimize(s);
    benchmark::DoNotOptimize(doc.text.data());
  }
  set_bytes(state);
}

void BM_Tokenizer(benchmark::State& state) {
  Doc doc = read_input(state.range(0));
  for (auto _ : state) {
    doc.tokens.clear();
    doc.norm_buffer.clear();
    stages().tokenizer.run(&doc);
    benchmark::DoNotOptimize(doc.tokens.data());
  }
  state.counters["tokens"] = static_cast<double>(doc.tokens.size());
  set_bytes(state);
}

void BM_Sentences(benchmark::State& state) {
  Doc doc = read_input(state.range(0));
  stages().tokenizer.run(&doc);
  for (auto _ : state) {
    doc.sentences.clear();
    stages().sentences.run(&doc);
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  state.counters["sentences"] = static_cast<double>(doc.sentences.size());
  set_bytes(state);
}

void clear_entities(Doc* doc) {
  doc->people.clear();
  doc->places.clear();
  doc->organizations.clear();
  doc->works.clear();
  doc->events.clear();
}

void BM_Entities(benchmark::State& state) {
  Doc doc = read_input(state.range(0));
  stages().tokenizer.run(&doc);
  stages().sentences.run(&doc);
  for (auto _ : state) {
    clear_entities(&doc);
    stages().entities.run(&doc);
    benchmark::DoNotOptimize(doc.people.data());
  }
  state.counters["people"] = static_cast<double>(doc.people.size());
  set_bytes(state);
}

void BM_Temporal(benchmark::State& state) {
  Doc doc = read_input(state.range(0));
  stages().tokenizer.run(&doc);
  stages().sentences.run(&doc);
  stages().entities.run(&doc);
  for (auto _ : state) {
    doc.timexes.clear();
    stages().temporal.run(&doc);
    benchmark::DoNotOptimize(doc.timexes.data());
  }
  state.counters["timexes"] = static_cast<double>(doc.timexes.size());
  set_bytes(state);
}

void BM_Claims(benchmark::State& state) {
  Doc doc = read_input(state.range(0));
  stages().tokenizer.run(&doc);
  stages().sentences.run(&doc);
  stages().entities.run(&doc);
  stages().temporal.run(&doc);
  const size_t named_events = doc.events.size();  // the entity stage's, kept
  for (auto _ : state) {
    doc.events.resize(named_events);
    doc.claims.clear();
    stages().claims.run(&doc);
    benchmark::DoNotOptimize(doc.claims.data());
  }
  state.counters["claims"] = static_cast<double>(doc.claims.size());
  set_bytes(state);
}

void BM_Writer(benchmark::State& state) {
  Doc doc = read_input(state.range(0));
  pipeline().annotate(&doc);
  std::string out;
  for (auto _ : state) {
    out.clear();
    write_document_json(doc, JsonStyle::kCompact, &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["json_bytes"] = static_cast<double>(out.size());
  set_bytes(state);
}

// Everything one document costs inside the library: Pipeline::process plus the writer.
void BM_Pipeline(benchmark::State& state) {
  const std::string& bytes = input(state.range(0));
  Doc doc;
  std::string out;
  for (auto _ : state) {
    Status s = pipeline().process("bench", bytes, ExternalDate{}, &doc);
    out.clear();
    write_document_json(doc, JsonStyle::kCompact, &out);
    benchmark::DoNotOptimize(s);
    benchmark::DoNotOptimize(out.data());
  }
  set_bytes(state);
}

// Inputs 0 and 1 always; 2 when CLAIMSIFT_BENCH_FILE names a file.
void inputs(benchmark::internal::Benchmark* b) {
  b->Arg(0)->Arg(1);
  if (std::getenv("CLAIMSIFT_BENCH_FILE") != nullptr) b->Arg(2);
}

BENCHMARK(BM_Reader)->Apply(inputs);
BENCHMARK(BM_Tokenizer)->Apply(inputs);
BENCHMARK(BM_Sentences)->Apply(inputs);
BENCHMARK(BM_Entities)->Apply(inputs);
BENCHMARK(BM_Temporal)->Apply(inputs);
BENCHMARK(BM_Claims)->Apply(inputs);
BENCHMARK(BM_Writer)->Apply(inputs);
BENCHMARK(BM_Pipeline)->Apply(inputs);

}  // namespace
}  // namespace claimsift

BENCHMARK_MAIN();
