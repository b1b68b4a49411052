#!/usr/bin/env python3
"""seedwords.py SAMPLE.txt [SAMPLE.txt ...]

Audits the extractor's hand-written word lists against the sample article(s) the product was
first tried on (e.g. `python3 scripts/seedwords.py ../shared/samples/seed-article-de.txt`):
prints every word of a string literal in the non-test Go files of claims/extract that is also a
word of a sample, unless it belongs to a closed grammatical class (CLOSED below), and exits 1
when there is one. The guide allows no word of the sample article in a hand-written list;
closed classes are the words every German or English text holds (articles, pronouns,
prepositions, conjunctions, auxiliaries and modals, numerals, weekdays, months and time nouns,
adverbs of time, place, manner and degree, titles and offices, the plain verb of saying
"sagen", and the light verbs of German verb-noun phrases: geben, gehen, führen, sehen,
zeigen, tun). Comments are not read. Reads no file outside the repository but the samples."""
import glob, os, re, sys

CLOSED = set("""
aber alle aller als also auch auf aufgrund bei beim dagegen das dass dem den der des die dies
diese dieser durch ein eine einem einen einer etwas für gegenüber ich ihnen ihre ihrem ihrer mit
nach nachdem nicht obwohl oder sein seine seinem sich sie sowie und unter von vor was während wir
habe haben hat hatte hätten ist können könnte seien sind war wird wurde wurden würde würden mal
erste letzte letztes fünf zehntausende mehr viele wenig sehr dort anders bisher zunächst kürzlich
tatsächlich dienstag donnerstag oktober jahr jahrestag monat tage vergangenen präsident präsidenten
führer sagen sagte denke geben gibt gehen ging führen sehen zeigen tun süd art for lang rechte
""".split())


def literals(src):
    src = re.sub(r"//[^\n]*", "", src)
    for a, b in re.findall(r'"([^"\\\n]*)"|`([^`]*)`', src):
        yield a or b


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    words = set()
    for path in sys.argv[1:]:
        words |= {w.lower() for w in re.findall(r"\w+", open(path, encoding="utf-8").read())}
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "claims", "extract")
    found = {}
    for path in sorted(glob.glob(os.path.join(root, "**", "*.go"), recursive=True)):
        if path.endswith("_test.go"):
            continue
        for lit in literals(open(path, encoding="utf-8").read()):
            for w in re.findall(r"\w+", lit):
                lw = w.lower()
                if len(lw) >= 3 and lw in words and lw not in CLOSED:
                    found.setdefault(lw, set()).add(os.path.relpath(path, root))
    for w in sorted(found):
        print(f"{w}\t{', '.join(sorted(found[w]))}")
    print(f"{len(found)} words of the samples in hand-written lists outside the closed classes")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
