import Foundation
import XCTest

/// `statecraft serve` as a command: what it says when it cannot listen.
final class ServeCommandTests: XCTestCase {
    func testAPortInUseIsOneCleanLineAndAFailure() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let csv = cli.directory.appendingPathComponent("e.csv")
        try Data("a,b,k\nRussia,North Korea,pact\n".utf8).write(to: csv)
        let imported = try cli.run(["import", "csv", csv.path, "--source", "a", "--target", "b", "--kind", "k", "--db", cli.db])
        XCTAssertEqual(imported.status, 0, imported.stderr)

        let first = try ServeProcess(executable: CLIRunner.executable, db: cli.db, directory: cli.directory)
        defer { first.stop() }
        let port = try XCTUnwrap(first.url.split(separator: ":").last.flatMap { Int($0.prefix(while: \.isNumber)) })

        // The second server on the same port must fail, not serve: run it with a deadline.
        let p = Process()
        p.executableURL = CLIRunner.executable
        p.arguments = ["serve", "--db", cli.db, "--port", String(port)]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let deadline = Date().addingTimeInterval(30)
        while p.isRunning, Date() < deadline { usleep(50_000) }
        if p.isRunning { p.terminate(); XCTFail("a second server on port \(port) kept running") }
        p.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 1)
        XCTAssertEqual(stderr, "Error: cannot serve on 127.0.0.1:\(port): the port is in use (another server? --port 0 takes any free port)\n")
        XCTAssertEqual(out.fileHandleForReading.readDataToEndOfFile().count, 0, "no URL printed")
    }
}
