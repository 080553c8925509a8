#!/usr/bin/env python3
"""End-to-end check of the Spark job (run by `make test` with the .venv-spark interpreter).

On the Guardian sample (../shared/data/corpora/guardian-sample.csv, skipped with a message when
absent), as JSONL records:

1. `statecraft build` stores the corpus (the reference store);
2. `spark-submit --master local[2] Scripts/spark/code_corpus.py` codes it on Spark;
3. `statecraft import events` loads Spark's output into a second store (twice: the second adds nothing);
4. the two stores must hold the same articles, actors, events and tie totals, and Spark SQL's tie
   totals and ties must equal the store's `tie` table and `statecraft ties --format json`.

    .venv-spark/bin/python Scripts/spark/test_code_corpus.py --statecraft .build/debug/statecraft

Ends with the line 'N passed, N failed'.
"""

import argparse
import csv
import glob
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GUARDIAN = os.path.join(ROOT, "..", "shared", "data", "corpora", "guardian-sample.csv")

passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"  ok    {name}")
    else:
        failed += 1
        print(f"  FAIL  {name}: {detail}")


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"error: {' '.join(cmd[:3])}... exited {r.returncode}: {r.stderr.strip()[-2000:]}")
    return r.stdout


def guardian_jsonl(path):
    """The Guardian CSV as JSONL records: the row number as id, date, text, and the source column as outlet."""
    csv.field_size_limit(1 << 30)
    n = 0
    with open(GUARDIAN, newline="", encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
        for row in csv.DictReader(f):
            out.write(json.dumps({"id": row[""], "date": row["date"], "outlet": row["source"], "text": row["text"]}) + "\n")
            n += 1
    return n


def store_contents(db):
    """Everything a store says, independent of row ids and insertion order."""
    c = sqlite3.connect(db)
    articles = sorted(c.execute("SELECT hash, title, url, date, outlet, origin FROM article"))
    # Near-duplicate reports as unordered pairs of hashes (which copy came first differs between stores).
    pairs = sorted(tuple(sorted(p)) for p in c.execute(
        "SELECT a.hash, r.hash FROM article a JOIN article r ON r.id = a.report"))
    articles.append(("near-duplicate pairs", tuple(pairs)))
    actors = sorted(c.execute("SELECT id, name, kind FROM actor"))
    events = sorted(c.execute("""
        SELECT a.hash, e.source, e.target, e.kind, e.plover, e.modality, e.weight, e.date, e.sentence,
               e.evidence, e.trigger, e.mentions, e.numMentions, e.numSources, e.numArticles, e.gdeltID,
               e.datePrecision, e.background, e.articles, e.sources
        FROM event e JOIN article a ON a.id = e.articleID"""))
    ties = {r[:4]: r[4:] for r in c.execute(
        "SELECT source, target, kind, modality, events, mentions, absWeight, signedWeight, firstDate, lastDate FROM tie")}
    c.close()
    return articles, actors, events, ties


def same_totals(a, b):
    """Tie totals equal: counts and dates exactly, sums of weights to rounding (they add in another order)."""
    if a.keys() != b.keys():
        return False, f"{len(a.keys() ^ b.keys())} keys differ, e.g. {sorted(a.keys() ^ b.keys())[:3]}"
    for k in a:
        x, y = a[k], b[k]
        if x[0] != y[0] or x[1] != y[1] or x[4:] != y[4:] or abs(x[2] - y[2]) > 1e-9 or abs(x[3] - y[3]) > 1e-9:
            return False, f"{k}: {x} != {y}"
    return True, ""


def json_lines(directory):
    rows = []
    for f in sorted(glob.glob(os.path.join(directory, "part-*"))):
        with open(f, encoding="utf-8") as h:
            rows += [json.loads(l) for l in h if l.strip()]
    return rows


def same_ties(spark_ties, store_ties):
    key = lambda t: (t["source"]["id"], t["target"]["id"])
    a, b = {key(t): t for t in spark_ties}, {key(t): t for t in store_ties}
    if a.keys() != b.keys():
        return False, f"{len(a.keys() ^ b.keys())} dyads differ, e.g. {sorted(a.keys() ^ b.keys())[:3]}"
    for k in a:
        x, y = a[k], b[k]
        for f in ["source", "target", "sign", "kinds", "events"]:
            if x[f] != y[f]:
                return False, f"{k} {f}: spark {x[f]} != store {y[f]}"
        for f in ["strength", "net"]:  # both rounded to 3 decimals, each its own way
            if abs(x[f] - y[f]) > 0.0011:
                return False, f"{k} {f}: spark {x[f]} != store {y[f]}"
    return True, ""


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--statecraft", default=os.path.join(ROOT, ".build", "debug", "statecraft"))
    p.add_argument("--keep", action="store_true", help="keep the scratch directory")
    args = p.parse_args()
    exe = os.path.abspath(args.statecraft)
    print("Spark job (Scripts/spark/code_corpus.py) against build, on the Guardian sample:")
    if not os.path.exists(GUARDIAN):
        print(f"  skipped: {GUARDIAN} is absent (../shared beside the package root)")
        print("0 passed, 0 failed")
        return 0
    if not os.access(exe, os.X_OK):
        sys.exit(f"error: {exe}: no statecraft binary (swift build first)")
    spark_submit = os.path.join(os.path.dirname(sys.executable), "spark-submit")
    if not os.access(spark_submit, os.X_OK):
        sys.exit(f"error: no spark-submit beside {sys.executable} (make spark-deps installs pyspark into .venv-spark)")

    work = tempfile.mkdtemp(prefix="statecraft-spark-test-")
    try:
        corpus = os.path.join(work, "guardian.jsonl")
        records = guardian_jsonl(corpus)
        built, loaded, out = (os.path.join(work, n) for n in ["build.sqlite", "spark.sqlite", "out"])
        run([exe, "build", corpus, "--db", built, "--jobs", "2"])

        env = dict(os.environ, PYSPARK_PYTHON=sys.executable, SPARK_LOCAL_IP="127.0.0.1")
        summary = run([spark_submit, "--master", "local[2]", "--conf", "spark.ui.enabled=false",
                       os.path.join(ROOT, "Scripts", "spark", "code_corpus.py"), corpus,
                       "--output", out, "--statecraft", exe], env=env, cwd=work)
        job = json.loads(summary.strip().splitlines()[-1])
        print(f"  job: {job['articles']} articles, {job['events']} events, {job['dyads']} dyads in "
              f"{job['partitions']} partitions, {job['total_s']} s after start-up")
        check("every record is coded once (article lines)", job["articles"] == records, f"{job['articles']} of {records}")
        dates = sorted(os.path.basename(d) for d in glob.glob(os.path.join(out, "events", "date=*")))
        check("events are partitioned by date", len(dates) > 1 and all(d.startswith("date=20") for d in dates), dates[:3])

        first = run([exe, "import", "events", os.path.join(out, "events"), "--db", loaded])
        again = run([exe, "import", "events", os.path.join(out, "events"), "--db", loaded])
        check("import events stores every article", f"articles: {records} added, 0 skipped" in first, first)
        check("import events again adds nothing", "articles: 0 added" in again and "events: 0 added" in again, again)

        b, s = store_contents(built), store_contents(loaded)
        check("same articles (hash, title, url, date, outlet, near-duplicate report)", b[0] == s[0], f"{len(b[0])} vs {len(s[0])}")
        check("same actors", b[1] == s[1], f"{len(b[1])} vs {len(s[1])}")
        check("same events (every column)", b[2] == s[2], f"{len(b[2])} vs {len(s[2])} events")
        ok, why = same_totals(b[3], s[3])
        check("same tie totals", ok, why)
        check("the corpus has events to compare", len(b[2]) > 100, len(b[2]))

        spark_totals = {(t["source"], t["target"], t["kind"], t["modality"]):
                        (t["events"], t["mentions"], t["absWeight"], t["signedWeight"], t.get("firstDate"), t.get("lastDate"))
                        for t in json_lines(os.path.join(out, "tie_totals"))}
        ok, why = same_totals(spark_totals, s[3])
        check("Spark SQL tie totals equal the store's tie table", ok, why)
        store_ties = json.loads(run([exe, "ties", "--db", loaded, "--format", "json", "--top", "1000000"]))
        built_ties = json.loads(run([exe, "ties", "--db", built, "--format", "json", "--top", "1000000"]))
        spark_ties = json_lines(os.path.join(out, "ties"))
        ok, why = same_ties(spark_ties, store_ties)
        check(f"Spark SQL ties equal 'statecraft ties --format json' ({len(store_ties)} dyads)", ok, why)
        check("and equal the ties of the store build made", same_ties(spark_ties, built_ties)[0], same_ties(spark_ties, built_ties)[1])
        order = [(t["source"]["id"], t["target"]["id"]) for t in spark_ties]
        expected = [(t["source"]["id"], t["target"]["id"]) for t in store_ties]
        check("ties in the same order, strongest first", order == expected, f"first difference at {next((i for i, (x, y) in enumerate(zip(order, expected)) if x != y), None)}")
    finally:
        if args.keep:
            print(f"  scratch kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
