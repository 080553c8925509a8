import Foundation
import XCTest

/// Runs a reader on deterministic mutations of its seed inputs: every case must end in a value or a
/// thrown error. A crash ends the test process (XCTest names the test); a case that runs longer than
/// `FuzzHarness.caseLimit` stops the process with the case written to a file, so it can be replayed.
///
/// `STATECRAFT_FUZZ_CASES=N` changes the number of cases per reader (default: each test's own).
enum FuzzHarness {
    /// No single input of a few KB may take this long, even in a debug build on a loaded machine.
    static let caseLimit: TimeInterval = 20

    static let scratch: URL = {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }()

    /// `cases` mutations of the seeds (taken in turn), each handed to `body`; returns how many
    /// ended in an error (the rest succeeded).
    @discardableResult
    static func run(_ name: String, seeds: [[UInt8]], cases defaultCases: Int, seed: UInt64 = 20_261_206,
                    body: (_ input: [UInt8], _ index: Int) throws -> Void) -> (succeeded: Int, failed: Int) {
        let cases = ProcessInfo.processInfo.environment["STATECRAFT_FUZZ_CASES"].flatMap(Int.init) ?? defaultCases
        var mutator = Mutator(seed: seed ^ UInt64(truncatingIfNeeded: name.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        let watchdog = Watchdog(name: name)
        var ok = 0, failed = 0
        for i in 0..<cases {
            let input = i < seeds.count ? seeds[i] : mutator.mutate(seeds[i % seeds.count])
            watchdog.start(case: i, input: input)
            do {
                try body(input, i)
                ok += 1
            } catch {
                failed += 1
            }
            watchdog.stop()
        }
        watchdog.cancel()
        print("fuzz \(name): \(cases) cases, \(ok) accepted, \(failed) refused with an error")
        return (ok, failed)
    }

    /// Writes `bytes` to a scratch file named `name` and returns its path.
    static func file(_ bytes: [UInt8], _ name: String) -> String {
        let p = scratch.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }
}

/// Stops the process when one case runs past ``FuzzHarness/caseLimit``, saving the input first.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (index: Int, input: [UInt8], started: Date)?
    private let timer: DispatchSourceTimer
    private let name: String

    init(name: String) {
        self.name = name
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in self?.check() }
        timer.resume()
    }

    func start(case index: Int, input: [UInt8]) {
        lock.lock(); current = (index, input, Date()); lock.unlock()
    }

    func stop() { lock.lock(); current = nil; lock.unlock() }

    func cancel() { timer.cancel() }

    private func check() {
        lock.lock(); let c = current; lock.unlock()
        guard let c, Date().timeIntervalSince(c.started) > FuzzHarness.caseLimit else { return }
        let saved = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-fuzz-hang-\(name)-\(c.index)")
        _ = FileManager.default.createFile(atPath: saved.path, contents: Data(c.input))
        fatalError("fuzz \(name): case \(c.index) still running after \(Int(FuzzHarness.caseLimit)) s (a hang); input saved to \(saved.path)")
    }
}
