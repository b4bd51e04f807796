#!/usr/bin/env python3
"""Validate a gold JSON Lines file in the format of shared/eval/FORMAT.md, with the conventions
of shared/eval/celebrity/GUIDELINES.md. Standard library only.

    python3 eval/validate_gold.py eval/celebrity_heldout.jsonl

Checks: JSON and required fields; the " date YYYY-MM-DD " prefix agrees with document_date and
no span covers it; every span slices to its text (code points, end exclusive) and is trimmed;
sentences are sorted, non-overlapping and cover every non-space character after the prefix;
entity types are allowed, PERSON mentions carry a canonical name, entity spans do not overlap
except a PERSON epithet containing a WORK/PLACE name; timex types are allowed and values are
well-formed TIMEX3; claims have allowed source kinds, polarity and types, their cues lie inside
them, hedged claims have at least one cue, source is null exactly when source_kind is none.
Exit status 1 when any check fails; every problem is printed.
"""
import json
import re
import sys

ENTITY_TYPES = {"PERSON", "PLACE", "ORG", "WORK", "EVENT"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
SOURCE_KINDS = {"outlet", "anonymous_source", "insider", "named_person", "social_media", "none"}
CLAIM_TYPES = {"romance", "friendship", "breakup", "engagement", "marriage", "pregnancy", "birth",
               "death", "health", "legal", "feud", "collaboration", "release", "sighting",
               "celebration", "career", "money", "other"}
PREFIX = re.compile(r" date (\d{4}-\d{2}-\d{2}) ")
PART = r"(?:T(?:MO|AF|EV|NI|\d{2}:\d{2}))?"
DATE_VALUE = re.compile(
    r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|"
    r"(?:\d{4}|XXXX)(?:-(?:SP|SU|FA|WI)|-W(?:\d{2}|XX)(?:-(?:WE|[1-7]))?"
    r"|-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?" + PART + r")$")
DURATION_VALUE = re.compile(r"^P(?:(?:\d+|X)(?:Y|M|W|D|DE|CE))*(?:T(?:(?:\d+|X)(?:H|M|S))+)?$")


def check_span(text, obj, what, errors, lo):
    s, e, t = obj.get("start"), obj.get("end"), obj.get("text")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        errors.append(f"{what}: bad offsets {s}-{e}")
        return False
    if t is not None and text[s:e] != t:
        errors.append(f"{what}: text[{s}:{e}]={text[s:e]!r} != {t!r}")
    if text[s:e] != text[s:e].strip():
        errors.append(f"{what}: span {text[s:e]!r} not trimmed")
    if s < lo:
        errors.append(f"{what}: span {s}-{e} covers the date prefix")
    return True


def validate(doc):
    errors = []
    text = doc.get("text", "")
    for key in ("id", "source", "license", "document_date", "text", "annotations"):
        if key not in doc:
            errors.append(f"missing field {key}")
    m = PREFIX.match(text)
    if not m:
        errors.append("text does not start with the ' date YYYY-MM-DD ' prefix")
        lo = 0
    else:
        lo = m.end()
        if m.group(1) != doc.get("document_date"):
            errors.append(f"prefix date {m.group(1)} != document_date {doc.get('document_date')}")
    ann = doc.get("annotations", {})

    sents = ann.get("sentences", [])
    covered = [False] * len(text)
    prev_end = lo
    for i, (s, e) in enumerate(sents):
        if not check_span(text, {"start": s, "end": e}, f"sentence {i}", errors, lo):
            continue
        if s < prev_end:
            errors.append(f"sentence {i} ({s}-{e}) overlaps or is out of order")
        prev_end = e
        for k in range(s, e):
            covered[k] = True
    for k in range(lo, len(text)):
        if not text[k].isspace() and not covered[k]:
            errors.append(f"character {k} {text[k]!r} is in no sentence")
            break

    ents = sorted(ann.get("entities", []), key=lambda x: (x.get("start", 0), -x.get("end", 0)))
    for i, ent in enumerate(ents):
        what = f"entity {ent.get('text')!r}"
        check_span(text, ent, what, errors, lo)
        if ent.get("type") not in ENTITY_TYPES:
            errors.append(f"{what}: type {ent.get('type')}")
        if ent.get("type") == "PERSON" and not ent.get("canonical"):
            errors.append(f"{what}: PERSON without canonical")
    for a, b in zip(ents, ents[1:]):
        if b["start"] < a["end"]:
            nested = (a["type"] == "PERSON" and b["type"] in ("WORK", "PLACE") and b["end"] <= a["end"])
            if not nested:
                errors.append(f"entities overlap: {a['text']!r} and {b['text']!r}")

    for t in ann.get("timexes", []):
        what = f"timex {t.get('text')!r}"
        check_span(text, t, what, errors, lo)
        typ, val = t.get("type"), t.get("value", "")
        if typ not in TIMEX_TYPES:
            errors.append(f"{what}: type {typ}")
        elif typ == "DURATION" and not DURATION_VALUE.match(val):
            errors.append(f"{what}: bad DURATION value {val}")
        elif typ in ("DATE", "TIME") and not DATE_VALUE.match(val):
            errors.append(f"{what}: bad {typ} value {val}")
        elif typ == "SET" and not (DATE_VALUE.match(val) or DURATION_VALUE.match(val)):
            errors.append(f"{what}: bad SET value {val}")
    tx = sorted(ann.get("timexes", []), key=lambda x: x["start"])
    for a, b in zip(tx, tx[1:]):
        if b["start"] < a["end"]:
            errors.append(f"timexes overlap: {a['text']!r} and {b['text']!r}")

    for c in ann.get("claims", []):
        what = f"claim {c.get('text', '')[:40]!r}"
        if not check_span(text, c, what, errors, lo):
            continue
        for cue in c.get("cues", []):
            check_span(text, cue, f"{what} cue {cue.get('text')!r}", errors, lo)
            if not (c["start"] <= cue.get("start", -1) and cue.get("end", 1 << 60) <= c["end"]):
                errors.append(f"{what}: cue {cue.get('text')!r} outside the claim")
        if c.get("source_kind") not in SOURCE_KINDS:
            errors.append(f"{what}: source_kind {c.get('source_kind')}")
        if (c.get("source_kind") == "none") != (c.get("source") is None):
            errors.append(f"{what}: source must be null exactly when source_kind is none")
        if c.get("polarity") not in ("affirmed", "denied"):
            errors.append(f"{what}: polarity {c.get('polarity')}")
        if c.get("type") not in CLAIM_TYPES:
            errors.append(f"{what}: type {c.get('type')}")
        if not isinstance(c.get("hedged"), bool):
            errors.append(f"{what}: hedged is not a boolean")
        elif c["hedged"] and not c.get("cues"):
            errors.append(f"{what}: hedged without cues")
        if not c.get("cues"):
            errors.append(f"{what}: no cue")
        if not c.get("subjects"):
            errors.append(f"{what}: no subjects")
    canon = {e["canonical"] for e in ann.get("entities", []) if e.get("type") == "PERSON"}
    for c in ann.get("claims", []):
        for s in c.get("subjects", []):
            names = canon | {e["text"] for e in ann.get("entities", [])}
            if s not in names:
                errors.append(f"claim subject {s!r} is no entity of the document")
    return errors


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    bad = 0
    with open(sys.argv[1], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"line {n}: invalid JSON: {e}")
                bad += 1
                continue
            for err in validate(doc):
                print(f"{doc.get('id', n)}: {err}")
                bad += 1
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
