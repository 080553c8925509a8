import GRDB

/// The store's versioned schema. Each migration runs once, in order, in a transaction;
/// add new ones at the end, never edit a released one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: articles, actors, events, ties") { db in
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("hash", .text).notNull().unique()
                t.column("title", .text)
                t.column("url", .text)
                t.column("date", .text)
                t.column("sourcePath", .text)
                t.column("outlet", .text)
            }
            try db.create(table: "actor") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("kind", .text).notNull()
            }
            try db.create(table: "event") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("articleID", .integer).notNull().references("article", onDelete: .cascade)
                t.column("source", .text).notNull().references("actor")
                t.column("target", .text).notNull().references("actor")
                t.column("kind", .text).notNull()
                t.column("plover", .text).notNull()
                t.column("modality", .text).notNull()
                t.column("weight", .double).notNull()
                t.column("date", .text)
                t.column("sentence", .integer).notNull()
                t.column("evidence", .text).notNull()
                t.column("trigger", .text).notNull()
                t.column("mentions", .integer).notNull().defaults(to: 1)
            }
            try db.create(index: "event_pair", on: "event", columns: ["source", "target"])
            try db.create(index: "event_target", on: "event", columns: ["target"])
            try db.create(index: "event_date", on: "event", columns: ["date"])
            try db.create(index: "event_article", on: "event", columns: ["articleID"])
            // Running totals per directed pair, kind and modality, kept in step with `event`
            // so that `ties` answers without scanning events.
            try db.create(table: "tie") { t in
                t.column("source", .text).notNull()
                t.column("target", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("modality", .text).notNull()
                t.column("events", .integer).notNull()
                t.column("mentions", .integer).notNull()
                t.column("absWeight", .double).notNull()
                t.column("signedWeight", .double).notNull()
                t.column("firstDate", .text)
                t.column("lastDate", .text)
                t.primaryKey(["source", "target", "kind", "modality"])
            }
        }
        m.registerMigration("v2: imported event data (article origin, GDELT counts and ids)") { db in
            // Where an article came from: nil for text built with `statecraft build`,
            // "gdelt", "edges" or "csv" for records imported from event datasets.
            try db.alter(table: "article") { t in
                t.add(column: "origin", .text)
            }
            // GDELT's NumMentions, NumSources and NumArticles, and its GLOBALEVENTID
            // (unique: importing the same export twice adds nothing).
            try db.alter(table: "event") { t in
                t.add(column: "numMentions", .integer)
                t.add(column: "numSources", .integer)
                t.add(column: "numArticles", .integer)
                t.add(column: "gdeltID", .integer)
            }
            try db.execute(sql: "CREATE UNIQUE INDEX event_gdelt ON event(gdeltID) WHERE gdeltID IS NOT NULL")
        }
        m.registerMigration("v3: event dates from the text (precision) and background events") { db in
            // `date` keeps a day (the first of the month or year for coarser dates); `datePrecision`
            // says how much of it the text gives: NULL (older rows) is a day. A background event is
            // history the text recalls: it stays as evidence and is left out of the `tie` totals.
            try db.alter(table: "event") { t in
                t.add(column: "datePrecision", .text)
                t.add(column: "background", .integer).notNull().defaults(to: 0)
            }
        }
        m.registerMigration("v4: one fact counted once (near-duplicate reports, facts with article and source counts)") { db in
            // `report`: the first stored article this one is a near-duplicate of (NULL: its own report);
            // `signature`: its text's MinHash (TextSignature), with one row per band in `article_band`.
            try db.alter(table: "article") { t in
                t.add(column: "report", .integer)
                t.add(column: "signature", .blob)
            }
            try db.create(table: "article_band") { t in
                t.column("band", .integer).notNull()
                t.column("key", .integer).notNull()
                t.column("articleID", .integer).notNull().references("article", onDelete: .cascade)
            }
            try db.create(index: "article_band_key", on: "article_band", columns: ["band", "key"])
            // `fact`: the row id of the first event of the fact this event reports (FactRule; NULL: a fact
            // of its own); `articles` and `sources`: how many reports and outlets back that fact.
            try db.alter(table: "event") { t in
                t.add(column: "fact", .integer)
                t.add(column: "articles", .integer)
                t.add(column: "sources", .integer)
            }
            // Stores built before: their text events regrouped into facts, their tie totals recounted.
            try FactGrouping.regroupAll(db)
        }
        return m
    }
}
