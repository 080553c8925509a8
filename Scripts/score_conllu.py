#!/usr/bin/env python3
"""UAS, LAS and UPOS of a predicted CoNLL-U file against a gold one with the same words,
as the CoNLL 2018 shared task counts them on gold tokens: every word (punctuation included);
relations compared without subtypes. An independent check of `statecraft parse --conllu`.

    python3 Scripts/score_conllu.py GOLD.conllu PRED.conllu
"""
import sys


def words(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            out.append((cols[1], cols[3], cols[6], cols[7].split(":")[0]))
    return out


gold, pred = words(sys.argv[1]), words(sys.argv[2])
if len(gold) != len(pred) or any(g[0] != p[0] for g, p in zip(gold, pred)):
    sys.exit("the files do not have the same words")
n = len(gold)
upos = sum(g[1] == p[1] for g, p in zip(gold, pred)) / n
uas = sum(g[2] == p[2] for g, p in zip(gold, pred)) / n
las = sum(g[2] == p[2] and g[3] == p[3] for g, p in zip(gold, pred)) / n
print(f"UAS {uas:.4f}  LAS {las:.4f}  UPOS {upos:.4f}  ({n} words)")
