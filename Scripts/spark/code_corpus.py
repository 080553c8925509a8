#!/usr/bin/env python3
"""Code a news corpus with Statecraft on Apache Spark, and total its dyad ties in Spark SQL.

    spark-submit Scripts/spark/code_corpus.py CORPUS... --output OUT [--statecraft .build/release/statecraft]

CORPUS is JSONL (one record a line: "id", "text", and optionally "title", "url", "date",
"outlet"; gzip is fine) or, with --format parquet, Parquet with those columns, on any path
Spark reads (local, hdfs://, s3a://). The job

1. packs the `statecraft` binary with the resource bundles beside it (its actor dictionary and
   relation ontology) into a tarball and ships it to the executors (SparkContext.addArchive);
2. pipes every partition through `statecraft extract - --articles` (one process a partition,
   records streamed through it);
3. writes extract's lines, partitioned by the article's date, to OUT/events/date=YYYY-MM-DD/
   (text files of JSON lines, ordered by article; load them with `statecraft import events OUT/events`);
4. totals the ties in Spark SQL with the store's rule (see TIE_SQL) and writes OUT/tie_totals/
   (the store's `tie` table) and OUT/ties/ (`statecraft ties --format json`, one dyad a line,
   strongest first).

It prints one JSON line with counts and timings (SparkSession start-up excluded).
"""

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import threading
import time

BUNDLE = "statecraft-bundle"

# The modality discounts of the store (StatecraftCore Modality.discount).
DISCOUNT = {"asserted": 1.0, "intended": 0.6, "alleged": 0.5, "possible": 0.3, "hypothetical": 0.2, "denied": 0.0}

# How many days after a fact's first day a report still joins it (StatecraftCore FactRule.windowDays).
FACT_WINDOW_DAYS = 2

# The fields of an event line that the tie totals read.
EVENT_SCHEMA = (
    "doc STRING, source STRUCT<id: STRING, name: STRING, kind: STRING>, "
    "target STRUCT<id: STRING, name: STRING, kind: STRING>, kind STRING, plover STRING, modality STRING, "
    "weight DOUBLE, date STRING, datePrecision STRING, background BOOLEAN, mentions INT, sentence INT, "
    "trigger STRING, evidence STRING, "
    "article STRUCT<id: STRING, title: STRING, url: STRING, date: STRING, outlet: STRING, hash: STRING>"
)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+", metavar="CORPUS", help="JSONL (or Parquet) files or directories, any Spark path")
    p.add_argument("--output", required=True, help="output directory (any Spark path); must not exist")
    p.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl", help="corpus format (default jsonl)")
    p.add_argument("--statecraft", default=".build/release/statecraft",
                   help="the statecraft binary on the submitting machine; resource bundles beside it are shipped too")
    p.add_argument("--partitions", type=int, default=0,
                   help="minimum input partitions (default: 2 x the default parallelism)")
    p.add_argument("--dictionary", help="an actor dictionary added to the bundled one (shipped with the job)")
    p.add_argument("--master", help="Spark master when run without spark-submit (e.g. local[2])")
    p.add_argument("--log-level", default="WARN", help="Spark's log level (default WARN; INFO shows every stage)")
    return p.parse_args(argv)


def make_bundle(exe, directory):
    """A tarball of the binary and the *.resources bundles beside it (and the extra files), unpacked as BUNDLE/."""
    exe = os.path.realpath(exe)
    if not os.access(exe, os.X_OK):
        sys.exit(f"error: {exe}: not an executable (build it: swift build -c release --product statecraft)")
    home = os.path.dirname(exe)
    path = os.path.join(directory, BUNDLE + ".tar")
    with tarfile.open(path, "w") as tar:  # uncompressed: packing is on the clock, and the binary is the bulk
        tar.add(exe, arcname="statecraft")
        for name in sorted(os.listdir(home)):
            if name.endswith(".resources"):
                tar.add(os.path.join(home, name), arcname=name)
    return path


def bundled_executable():
    """The shipped binary on this executor (unpacked by Spark; made executable if the unpacking lost the bit)."""
    from pyspark import SparkFiles

    exe = os.path.join(SparkFiles.get(BUNDLE + ".tar"), "statecraft")
    if not os.access(exe, os.X_OK):
        os.chmod(exe, 0o755)
    return exe


def extract_partition(index, records, extra_args):
    """Pipes one partition's JSONL records through `statecraft extract - --articles`.

    Yields (partition, ordinal, seq, line): `ordinal` numbers the partition's articles (an event
    line belongs to the article line that follows it), `seq` the lines, so that the written output
    keeps each article's lines together and in order.
    """
    records = iter(records)
    first = next(records, None)
    if first is None:  # an empty partition: no process (extract refuses empty input)
        return
    exe = bundled_executable()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([exe, "extract", "-", "--articles"] + extra_args,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, cwd=tempfile.gettempdir())
        failure = []

        def feed():
            try:
                proc.stdin.write(first.encode("utf-8") + b"\n")
                for r in records:
                    proc.stdin.write(r.encode("utf-8") + b"\n")
            except Exception as e:  # a broken pipe: the process failed; its status says why
                failure.append(e)
            finally:
                try:
                    proc.stdin.close()
                except Exception:
                    pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        ordinal = seq = 0
        for raw in proc.stdout:
            line = raw.decode("utf-8").rstrip("\n")
            yield (index, ordinal, seq, line)
            seq += 1
            if line.startswith('{"article":'):
                ordinal += 1
        writer.join()
        status = proc.wait()
        if status != 0 or failure:
            err.seek(0)
            lines = [l for l in err.read().decode("utf-8", "replace").splitlines() if not l.startswith("warning: ")]
            reason = lines[-1] if lines else (repr(failure[0]) if failure else "no message")
            raise RuntimeError(f"statecraft extract failed on partition {index} (exit {status}): {reason}")


def corpus_lines(spark, args):
    """The corpus as an RDD of JSONL record strings."""
    if args.format == "parquet":
        df = spark.read.parquet(*args.inputs)
        keep = [c for c in ["id", "title", "url", "date", "outlet", "text"] if c in df.columns]
        for required in ["id", "text"]:
            if required not in keep:
                sys.exit(f"error: the Parquet input has no '{required}' column (it has {', '.join(df.columns)})")
        records = df.selectExpr(*[f"CAST(`{c}` AS STRING) AS `{c}`" if c == "date" else f"`{c}`" for c in keep]).toJSON()
        # A small file is one split: spread it so that every core codes.
        minimum = args.partitions or spark.sparkContext.defaultParallelism
        return records.repartition(minimum) if records.getNumPartitions() < minimum else records
    sc = spark.sparkContext
    minimum = args.partitions or 2 * sc.defaultParallelism
    return sc.textFile(",".join(args.inputs), minPartitions=minimum)


# The store's tie rule (StatecraftCore TieTotal, FactRule, DyadScore; README "Tie strength"): each fact
# (reports of one event within a few days, see "facts" below) contributes |weight| x discount(modality)
# to its dyad's strength and sign(weight) x that to its net score; a dyad adds both directions;
# self-ties do not count; an article stored twice (same content hash) counts once, as the copy
# that `import events` keeps: the first in the output's order (date, then partition, then position).
TIE_SQL = {
    "kept": """
        SELECT hash, part, ordinal FROM (
          SELECT hash, part, ordinal,
                 row_number() OVER (PARTITION BY hash ORDER BY date ASC NULLS LAST, part, ordinal) AS copy
          FROM coded WHERE is_article) WHERE copy = 1""",
    "events": """
        SELECT e.* FROM (
          SELECT c.hash, c.part, c.ordinal, from_json(c.value, '{schema}') AS e
          FROM coded c WHERE NOT c.is_article) x
        JOIN kept k ON k.hash = x.hash AND k.part = x.part AND k.ordinal = x.ordinal""",
    # One fact counted once (StatecraftCore FactRule): per key, the dated reports in date order (then
    # weight); the first starts a fact and every report within FACT_WINDOW_DAYS after its first day
    # joins it; undated reports are facts of their own. A fact weighs as its first report; background
    # events (history the text recalls) count nothing. Dates are kept as the store keeps them (a
    # month or year as its first day).
    "facts": """
        SELECT source.id AS source, target.id AS target, kind, modality, sum(mentions) AS mentions,
               min(day_text) AS firstDate, max(day_text) AS lastDate,
               count_if(day IS NULL) AS undated,
               sum(CASE WHEN day IS NULL THEN abs(weight) ELSE 0D END) AS undated_abs,
               sum(CASE WHEN day IS NULL THEN weight ELSE 0D END) AS undated_signed,
               aggregate(array_sort(collect_list(CASE WHEN day IS NOT NULL THEN named_struct('d', day, 'w', weight) END)),
                         named_struct('anchor', CAST(NULL AS INT), 'facts', 0, 'abs', 0D, 'signed', 0D),
                         (acc, x) -> CASE WHEN acc.anchor IS NULL OR x.d > acc.anchor + {window}
                                          THEN named_struct('anchor', x.d, 'facts', acc.facts + 1,
                                                            'abs', acc.abs + abs(x.w), 'signed', acc.signed + x.w)
                                          ELSE acc END) AS grouped
        FROM (SELECT *, CAST(CAST(date AS DATE) AS STRING) AS day_text,
                     datediff(CAST(date AS DATE), DATE'1970-01-01') AS day
              FROM events WHERE NOT coalesce(background, false))
        GROUP BY source.id, target.id, kind, modality""",
    "tie_totals": """
        SELECT source, target, kind, modality, undated + grouped.facts AS events, mentions,
               undated_abs + grouped.abs AS absWeight, undated_signed + grouped.signed AS signedWeight,
               firstDate, lastDate
        FROM facts""",
    "tie_parts": """
        SELECT least(t.source, t.target) AS a, greatest(t.source, t.target) AS b, t.kind,
               sum(t.events) AS events, sum(t.absWeight * d.discount) AS strength,
               sum(t.signedWeight * d.discount) AS net
        FROM tie_totals t JOIN discounts d ON d.modality = t.modality
        WHERE t.source <> t.target
        GROUP BY least(t.source, t.target), greatest(t.source, t.target), t.kind""",
    "actors": """
        SELECT id, max(name) AS name, max(kind) AS kind FROM (
          SELECT source.id AS id, source.name AS name, source.kind AS kind FROM events
          UNION ALL SELECT target.id, target.name, target.kind FROM events) GROUP BY id""",
    "ties": """
        WITH ranked AS (
          SELECT *, max(strength) OVER (PARTITION BY a, b) AS top,
                 row_number() OVER (PARTITION BY a, b ORDER BY strength DESC, kind) AS rank
          FROM tie_parts),
        dyads AS (
          SELECT a, b, sum(strength) AS strength, sum(net) AS net, sum(events) AS events,
                 array_sort(collect_list(CASE WHEN strength > 0 AND strength >= top * 0.25
                                              THEN named_struct('minus', -strength, 'kind', kind) END)) AS dominant,
                 max(CASE WHEN rank = 1 THEN kind END) AS first_kind
          FROM ranked GROUP BY a, b)
        SELECT named_struct('id', d.a, 'name', x.name, 'kind', x.kind) AS source,
               named_struct('id', d.b, 'name', y.name, 'kind', y.kind) AS target,
               round(d.strength, 3) AS strength, round(d.net, 3) AS net,
               CASE WHEN d.net > 1e-9 THEN 'cooperative' WHEN d.net < -1e-9 THEN 'conflictual' ELSE 'neutral' END AS sign,
               CASE WHEN size(d.dominant) = 0 THEN array(d.first_kind) ELSE transform(d.dominant, p -> p.kind) END AS kinds,
               d.events
        FROM dyads d JOIN actors x ON x.id = d.a JOIN actors y ON y.id = d.b
        WHERE d.strength > 0
        ORDER BY round(d.strength, 9) DESC, d.a, d.b""",
}


def register_views(spark, coded):
    """The SQL views: coded (extract's lines), kept, events, facts, tie_totals, tie_parts, actors, ties."""
    coded.createOrReplaceTempView("coded")
    spark.createDataFrame(list(DISCOUNT.items()), "modality STRING, discount DOUBLE").createOrReplaceTempView("discounts")
    for name in ["kept", "events", "facts", "tie_totals", "tie_parts", "actors", "ties"]:
        sql = TIE_SQL[name].replace("{schema}", EVENT_SCHEMA).replace("{window}", str(FACT_WINDOW_DAYS))
        spark.sql(sql).createOrReplaceTempView(name)
        if name in ("events", "tie_totals", "ties"):  # each read more than once
            spark.catalog.cacheTable(name)


def main(argv):
    args = parse_args(argv)
    from pyspark import StorageLevel
    from pyspark.sql import SparkSession, functions as F

    builder = SparkSession.builder.appName("statecraft-code-corpus").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(args.log_level)
    sc = spark.sparkContext
    if not sc.getConf().contains("spark.sql.shuffle.partitions"):
        # Events and ties are small next to the text: a few shuffle partitions a core, not Spark's 200.
        spark.conf.set("spark.sql.shuffle.partitions", str(max(2, 2 * sc.defaultParallelism)))
    started = time.time()

    staging = tempfile.mkdtemp(prefix="statecraft-spark-")
    sc.addArchive(make_bundle(args.statecraft, staging))
    extra = []
    if args.dictionary:
        sc.addFile(os.path.abspath(args.dictionary))
        extra = ["--dictionary", os.path.basename(args.dictionary)]

    def run(index, records):
        from pyspark import SparkFiles

        arguments = [SparkFiles.get(a) if i > 0 and extra[i - 1] == "--dictionary" else a for i, a in enumerate(extra)]
        return extract_partition(index, records, arguments)

    lines = corpus_lines(spark, args).mapPartitionsWithIndex(run)
    coded = (spark.createDataFrame(lines, "part INT, ordinal LONG, seq LONG, value STRING")
             .withColumn("is_article", F.col("value").startswith('{"article":'))
             .withColumn("hash", F.get_json_object("value", "$.article.hash"))
             .withColumn("date", F.get_json_object("value", "$.article.date"))
             .persist(StorageLevel.MEMORY_AND_DISK))

    # Events by the article's date, each article's lines together and in order (what import events reads).
    # One file per date (a date never spans partitions); an explicit count, so that AQE keeps every core writing.
    (coded.repartition(max(2, sc.defaultParallelism), "date").sortWithinPartitions("date", "hash", "part", "ordinal", "seq")
     .select("date", "value").write.partitionBy("date").text(args.output.rstrip("/") + "/events"))
    coded_s = time.time() - started

    register_views(spark, coded)
    out = args.output.rstrip("/")
    spark.table("tie_totals").orderBy("source", "target", "kind", "modality").coalesce(1).write.json(out + "/tie_totals")
    spark.table("ties").coalesce(1).write.json(out + "/ties")
    counts = spark.sql("SELECT count_if(is_article) AS articles, count_if(NOT is_article) AS events FROM coded").first()
    dyads = spark.table("ties").count()
    total_s = time.time() - started
    coded.unpersist()
    print(json.dumps({"articles": counts["articles"], "events": counts["events"], "dyads": dyads,
                      "partitions": lines.getNumPartitions(), "cores": sc.defaultParallelism,
                      "code_and_write_s": round(coded_s, 3), "ties_s": round(total_s - coded_s, 3),
                      "total_s": round(total_s, 3), "output": out}), flush=True)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
