#!/usr/bin/env python3
"""Deterministic news-like corpus for the end-to-end benchmark (bench/run_e2e.sh).

    python3 bench/gen_corpus.py OUT_DIR [--files 10000] [--mb 50] [--seed 20250504]

Sentences are drawn, at generation time, from the texts of ../shared/eval/*/*.jsonl and
../shared/examples/*.txt (nothing from there is committed to the project) and shuffled with a
fixed seed into articles: an optional " date YYYY-MM-DD " header, a headline, paragraphs of 2 to
6 sentences. Same inputs and seed, same bytes out. Standard library only.

Writes into OUT_DIR:
  corpus/NNN/NNNNN.txt   about --mb MB in --files files (100 files per sub-folder)
  corpus.jsonl           the same documents as JSON Lines {"id", "text"} in the same order
  big.txt                every document of the corpus back to back, one document
  small/NNNN.txt         the first 1,000 documents (the one-process-per-file case)
  no_sentence_end.txt    --mb MB of corpus words with no . ! ? ... and no line break
  single_line.txt        --mb MB of corpus sentences on one line (punctuation kept)
  short_sentences.txt    1,000,000 short sentences ("Fans cheered loudly."), one paragraph
and prints what it wrote.
"""
import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))

SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def split_sentences(text):
    out = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(paragraph.split())
        for s in SENTENCE_END.split(paragraph):
            s = s.strip()
            if 20 <= len(s.encode("utf-8")) <= 600:
                out.append(s)
    return out


def load_pools(shared):
    """Two pools: news-like sentences and the (large) Wikipedia hedge-set sentences."""
    news, wiki = [], []
    eval_dir = os.path.join(shared, "eval")
    for sub in sorted(os.listdir(eval_dir)):
        folder = os.path.join(eval_dir, sub)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".jsonl"):
                continue
            pool = wiki if sub == "hedges" else news
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                for line in f:
                    text = json.loads(line).get("text", "")
                    # Drop a leading " date YYYY-MM-DD " header; the generator adds its own.
                    text = re.sub(r"^\s*date \d{4}-\d\d-\d\d\s", "", text)
                    pool.extend(split_sentences(text))
    examples = os.path.join(shared, "examples")
    if os.path.isdir(examples):
        for name in sorted(os.listdir(examples)):
            with open(os.path.join(examples, name), encoding="utf-8") as f:
                text = re.sub(r"^\s*date \d{4}-\d\d-\d\d\s", "", f.read())
                news.extend(split_sentences(text))
    # Deduplicate, keep a stable order.
    news = sorted(set(news))
    wiki = sorted(set(wiki))
    if not news or not wiki:
        sys.exit("gen_corpus.py: no sentences found under %s" % shared)
    return news, wiki


class Generator:
    def __init__(self, seed, news, wiki):
        self.rng = random.Random(seed)
        self.news = news
        self.wiki = wiki

    def sentence(self):
        pool = self.news if self.rng.random() < 0.65 else self.wiki
        return pool[self.rng.randrange(len(pool))]

    def article(self, target_bytes):
        rng = self.rng
        parts = []
        if rng.random() < 0.7:
            parts.append(" date %04d-%02d-%02d " % (rng.randint(2015, 2025), rng.randint(1, 12),
                                                    rng.randint(1, 28)))
        headline = self.sentence().rstrip(".!?")
        parts.append(headline + "\n\n")
        size = sum(len(p.encode("utf-8")) for p in parts)
        while size < target_bytes:
            paragraph = " ".join(self.sentence() for _ in range(rng.randint(2, 6)))
            parts.append(paragraph + "\n\n")
            size += len(paragraph.encode("utf-8")) + 2
        return "".join(parts)

    def words(self):
        while True:
            for w in self.sentence().split():
                yield w


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def fill_to(target_bytes, chunks):
    """Joins chunks from the iterator until target_bytes (UTF-8) is reached."""
    out, size = [], 0
    for c in chunks:
        out.append(c)
        size += len(c.encode("utf-8")) + 1
        if size >= target_bytes:
            break
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--files", type=int, default=10000)
    ap.add_argument("--mb", type=float, default=50.0)
    ap.add_argument("--seed", type=int, default=20250504)
    ap.add_argument("--shared", default=SHARED)
    args = ap.parse_args()

    news, wiki = load_pools(args.shared)
    gen = Generator(args.seed, news, wiki)
    total_target = int(args.mb * 1e6)
    out = args.out_dir
    os.makedirs(out, exist_ok=True)

    total = 0
    docs = []
    with open(os.path.join(out, "corpus.jsonl"), "w", encoding="utf-8") as jl:
        for i in range(args.files):
            # Article sizes vary from a fifth to twice the mean (multipliers average 1.0); the
            # mean adapts to what is left, so the total lands near --mb whatever the overshoot
            # of each article's last paragraph.
            mean = (total_target - total) / (args.files - i)
            mult = gen.rng.choice([0.2, 0.4, 0.6, 0.8, 1.0, 1.0, 1.2, 1.4, 1.6, 1.8])
            target = max(200, int(mean * mult) - 300)
            text = gen.article(target)
            rel = "%03d/%05d.txt" % (i // 100, i)
            write(os.path.join(out, "corpus", rel), text)
            jl.write(json.dumps({"id": rel, "text": text}, ensure_ascii=False) + "\n")
            total += len(text.encode("utf-8"))
            if i < 1000:
                write(os.path.join(out, "small", "%04d.txt" % i), text)
            docs.append(text)
    write(os.path.join(out, "big.txt"), "".join(docs))
    del docs

    # No sentence end: corpus words without . ! ? or ellipsis, no line break, one document.
    def no_end_words():
        for w in gen.words():
            w = w.translate({ord(c): None for c in ".!?\u2026"})
            if w:
                yield w
    write(os.path.join(out, "no_sentence_end.txt"), " ".join(fill_to(total_target, no_end_words())))

    # A single line: whole sentences (punctuation kept), joined by spaces.
    def sentences():
        while True:
            yield gen.sentence()
    write(os.path.join(out, "single_line.txt"), " ".join(fill_to(total_target, sentences())))

    # One million short sentences of 2 to 4 corpus words each, in one paragraph.
    word_source = gen.words()
    short = []
    for _ in range(1000000):
        ws = [next(word_source).strip(".,;:!?\"'()\u201c\u201d") or "Yes"
              for _ in range(gen.rng.randint(2, 4))]
        ws[0] = ws[0][:1].upper() + ws[0][1:]
        short.append(" ".join(ws) + ".")
    write(os.path.join(out, "short_sentences.txt"), " ".join(short) + "\n")

    for name in ["corpus.jsonl", "big.txt", "no_sentence_end.txt", "single_line.txt",
                 "short_sentences.txt"]:
        print("%-22s %10d bytes" % (name, os.path.getsize(os.path.join(out, name))))
    print("corpus/                %10d bytes in %d files" % (total, args.files))
    print("small/                 %10d files" % min(args.files, 1000))


if __name__ == "__main__":
    main()
