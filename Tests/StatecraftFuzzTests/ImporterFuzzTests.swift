import Foundation
import StatecraftCore
import StatecraftData
import StatecraftInterchange
import StatecraftStore
import XCTest

/// The event importers (GDELT plain and zipped, edge lists, CSV tables, extract lines) on mutated files,
/// each into a real store: a report, a failure in the report or a thrown error, never a crash or hang.
final class ImporterFuzzTests: XCTestCase {
    static let dictionary = try! ActorDictionary.bundled()
    static let ontology = try! RelationOntology.bundled()
    static let cameo = try! CAMEOTable(contentsOf: BundledData.cameoURL)

    func store() throws -> EventStore {
        try EventStore(path: FuzzHarness.scratch.appendingPathComponent("\(name.filter(\.isLetter))-\(UUID().uuidString).sqlite").path)
    }

    /// A file the importer refused (its report's failure) counts as an error.
    struct Refused: Error { let reason: String }
    func refusal(_ report: ImportReport) throws {
        if let failure = report.failure { throw Refused(reason: failure) }
    }

    /// A GDELT 1.0 daily row (58 columns).
    static func gdeltRow(id: Int, a1: String, a2: String, code: String, goldstein: String, url: String) -> String {
        var f = [String](repeating: "", count: 58)
        f[0] = "\(id)"; f[1] = "20240619"; f[2] = "202406"; f[3] = "2024"; f[4] = "2024.4630"
        f[5] = a1; f[6] = a1; f[7] = a1; f[15] = a2; f[16] = a2; f[17] = a2
        f[25] = "1"; f[26] = code; f[27] = code; f[28] = String(code.prefix(2)); f[29] = "1"
        f[30] = goldstein; f[31] = "4"; f[32] = "2"; f[33] = "4"; f[34] = "-1.5"; f[56] = "20240619"; f[57] = url
        return f.joined(separator: "\t")
    }

    static let gdeltText = [
        gdeltRow(id: 1, a1: "RUS", a2: "PRK", code: "057", goldstein: "8.0", url: "https://example.org/a"),
        gdeltRow(id: 2, a1: "USA", a2: "RUS", code: "163", goldstein: "-8.0", url: "https://example.org/b"),
        gdeltRow(id: 3, a1: "CHN", a2: "USA", code: "043", goldstein: "2.8", url: "https://example.org/c"),
    ].joined(separator: "\n") + "\n"

    func testGDELTExports() throws {
        let importer = GDELTImporter(cameo: Self.cameo, dictionary: Self.dictionary)
        let store = try store()
        FuzzHarness.run("gdelt", seeds: [Array(Self.gdeltText.utf8)], cases: 1500) { input, i in
            try refusal(importer.importFile(FuzzHarness.file(input, "export-\(i).CSV"), into: store))
        }
    }

    func testZippedGDELTExports() throws {
        // A real archive: stored and deflated entries, written by Python's zipfile.
        let dir = FuzzHarness.scratch
        let plain = FuzzHarness.file(Array(String(repeating: Self.gdeltText, count: 20).utf8), "export.CSV")
        for (name, method) in [("deflated.zip", "ZIP_DEFLATED"), ("stored.zip", "ZIP_STORED")] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["python3", "-c", "import zipfile, sys; z = zipfile.ZipFile(sys.argv[1], 'w', zipfile.\(method)); z.write(sys.argv[2], '20240619.export.CSV'); z.close()",
                           dir.appendingPathComponent(name).path, plain]
            do { try p.run() } catch { throw XCTSkip("python3 is not installed: no ZIP seed") }
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { throw XCTSkip("python3 could not write the ZIP seed") }
        }
        let seeds = try ["deflated.zip", "stored.zip"].map { [UInt8](try Data(contentsOf: dir.appendingPathComponent($0))) }
        let importer = GDELTImporter(cameo: Self.cameo, dictionary: Self.dictionary)
        let store = try store()
        FuzzHarness.run("gdelt-zip", seeds: seeds, cases: 1500) { input, i in
            try refusal(importer.importFile(FuzzHarness.file(input, "export-\(i).zip"), into: store))
        }
    }

    func testEdgeLists() throws {
        let text = "Russia\tSign formal agreement\tNorth Korea\t2024-06-19\nForeign Affairs (France)\tMake statement\tFrance\t2013-04-23\nPolice (Australia)\tConsult\tCity Mayor (Australia)\t2005-10-11\nUnited States\tImpose embargo, boycott, or sanctions\tRussia\t2024-02-23\n"
        let importer = EdgeListImporter(cameo: Self.cameo, dictionary: Self.dictionary, ontology: Self.ontology)
        let store = try store()
        FuzzHarness.run("edges", seeds: [Array(text.utf8)], cases: 1500) { input, i in
            try refusal(importer.importFile(FuzzHarness.file(input, "edges-\(i).tsv"), into: store))
        }
    }

    func testCSVEventTables() throws {
        let text = "from,to,what,when,w\nRussia,North Korea,pact,2024-06-19,8\n\"United States\",\"Russia\",\"163\",\"2024-02-23\",\nFrance,Germany,Make a visit,2024-01-01,\nGermany,France,Host a visit,2024-01-02,3.5\n"
        let importer = CSVEventImporter(cameo: Self.cameo, dictionary: Self.dictionary, ontology: Self.ontology,
                                        columns: .init(source: "from", target: "to", kind: "what", date: "when", weight: "w"))
        let store = try store()
        FuzzHarness.run("csv-events", seeds: [Array(text.utf8)], cases: 1500) { input, i in
            let path = FuzzHarness.file(input, "events-\(i).csv")
            _ = try importer.checkHeader(path)
            try refusal(importer.importFile(path, into: store))
        }
    }

    func testExtractLines() {
        let article = #"{"id":"a1","title":"Pact","url":"https://example.org/a","date":"2024-06-19","outlet":null,"hash":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}"#
        let event = #"{"doc":"a1","sentence":0,"source":{"id":"RUS","name":"Russia","kind":"state"},"target":{"id":"PRK","name":"North Korea","kind":"state"},"kind":"pact","plover":"AGREE","modality":"asserted","weight":8,"trigger":"signed","evidence":"Russia and North Korea signed a pact.","date":"2024-06-19","mentions":1,"article":\#(article)}"#
        let closing = #"{"article":\#(article),"events":1}"#
        let reader = ExtractLineReader()
        FuzzHarness.run("extract-lines", seeds: [Array(event.utf8), Array(closing.utf8)], cases: 3000) { input, _ in
            _ = try reader.record(Data(input))
        }
    }
}
