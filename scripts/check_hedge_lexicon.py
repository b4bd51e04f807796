#!/usr/bin/env python3
"""Check the hedge lexicon against the Szeged WikiWeasel TRAINING file (never the eval file).

    scripts/check_hedge_lexicon.py BINARY [TRAIN.jsonl] [--words]

Runs the claimsift binary over the training sentences and prints sentence-level P/R/F1 of the
uncertain class, then the cue strings it misses and the ones it adds most often, so a person
can decide which words belong in data/en/lists/hedge_cues.txt. With --words, also prints for
every gold cue string the share of its whole-word occurrences that are gold cues.
The Szeged annotations are for research use only: nothing from the file is written anywhere.
"""
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "eval", "hedges", "szeged_wikiweasel_train.jsonl")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = args[0]
    path = args[1] if len(args) > 1 else DEFAULT
    if "eval" in os.path.basename(path):
        sys.exit("refusing to read an evaluation file")
    gold = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    inp = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in gold)
    out = subprocess.run([binary, "--input", "jsonl"], input=inp.encode(), capture_output=True).stdout
    system = {}
    for line in out.decode().splitlines():
        d = json.loads(line)
        system[d["id"]] = d
    tp = fp = fn = 0
    missed, added = collections.Counter(), collections.Counter()
    for g in gold:
        gu = any(c.get("hedged") for c in g["annotations"]["claims"])
        s = system.get(g["id"], {})
        scl = [c for c in s.get("claims", []) if c.get("hedged")]
        su = bool(scl)
        tp += gu and su
        fp += su and not gu
        fn += gu and not su
        gcues = {q["text"].lower() for c in g["annotations"]["claims"] for q in c["cues"]}
        scues = {q["text"].lower() for c in scl for q in c["cues"]}
        if gu and not su:
            missed.update(gcues)
        if su and not gu:
            added.update(scues)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    f = 2 * p * r / (p + r) if p + r else 0
    print(f"uncertain sentences: P {100*p:.1f} R {100*r:.1f} F1 {100*f:.1f} (tp {tp} fp {fp} fn {fn})")
    print("missed (cue strings of gold-uncertain sentences we call certain):", missed.most_common(40))
    print("added (our cues in gold-certain sentences):", added.most_common(40))
    if "--words" in sys.argv:
        cues = collections.Counter(q["text"].lower() for g in gold for c in g["annotations"]["claims"]
                                   for q in c["cues"])
        texts = [g["text"].lower() for g in gold]
        for k, n in cues.most_common(150):
            occ = sum(len(re.findall(r"\b" + re.escape(k) + r"\b", t)) for t in texts)
            print(f"{k!r:30} cue {n:4} occurrences {occ:5} share {n / max(occ, 1):.2f}")


if __name__ == "__main__":
    main()
