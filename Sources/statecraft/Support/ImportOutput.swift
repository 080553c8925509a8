import Foundation
import StatecraftInterchange
import StatecraftStore

/// How the `import` commands report: what each file added on standard output, a file that
/// could not be imported (with its reason) on standard error, and one closing error naming the
/// reason when any file failed.
struct ImportOutput {
    private(set) var failures: [ImportReport] = []
    private(set) var files = 0

    /// Shows one file's report (a failed file's when the import finishes).
    mutating func show(_ report: ImportReport) {
        files += 1
        if report.failure != nil {
            failures.append(report)
        } else {
            for line in report.lines { print(line) }
        }
    }

    /// Throws the one-line error when any file failed; with several files, each failed file's
    /// report goes to standard error first (a single file's failure is the error itself).
    func finish() throws {
        guard let first = failures.first else { return }
        if files == 1 { throw CLIError(first.summary) }
        for report in failures { for line in report.lines { StandardOutput.warn(line) } }
        throw CLIError("\(failures.count) of \(files) files could not be imported (first: \(first.summary))")
    }
}

extension StoreOptions {
    /// Imports `files` into the store in one write with `importFile`: each file's report, then the
    /// store's totals, then the closing error when any file failed. A missing file fails before the
    /// store is opened.
    func importFiles(_ files: [String], with importFile: (String, EventStore) throws -> ImportReport) throws {
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw CLIError("\(file): no such file")
        }
        try writing { db in
            var output = ImportOutput()
            for file in files { output.show(try importFile(file, db)) }
            let c = try db.counts()
            print("store \(path): \(c.events) events, \(c.actors) actors")
            try output.finish()
        }
    }
}
