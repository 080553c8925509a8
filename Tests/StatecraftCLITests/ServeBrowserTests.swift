import Foundation
import XCTest

/// `statecraft serve` in a real browser: Debian's headless Chromium loads the pages from a
/// server the test starts on 127.0.0.1 (a free port), follows the links a click would
/// follow (search, a node of the map, an edge), reads the evidence, changes the period, and
/// checks that hostile article text stays text after the page's scripts ran. Screenshots at
/// 1280×800 go to `.build/explorer-screenshots/`.
final class ServeBrowserTests: XCTestCase {
    /// A sentence the coder turns into an event, carrying markup that must never run.
    static let hostileArticle = """
        Hostile Outlet

        <script>document.title='PWNED-TITLE'</script> Russia sanctions "onmouseover=alert(1) x="

        Original URL: javascript:document.title='PWNED-URL'

        Russia imposed new sanctions on Iran on Monday <img src=x onerror="document.title='PWNED-IMG'"> <script>document.title='PWNED-SENTENCE'</script> officials said.

        """

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func testExplorerInHeadlessChromium() throws {
        guard let chromium = Self.chromium else {
            throw XCTSkip("chromium is not installed (`make deps` installs it through apt); the browser test is skipped")
        }
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let articles = cli.directory.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("Data/articles/putin-hanoi-2024-06-20.txt"),
                                         to: articles.appendingPathComponent("putin-hanoi-2024-06-20.txt"))
        try Data(Self.hostileArticle.utf8).write(to: articles.appendingPathComponent("hostile-2024-03-04.txt"))
        let built = try cli.run(["build", articles.path, "--db", cli.db])
        XCTAssertEqual(built.status, 0, built.stderr)

        let server = try ServeProcess(executable: CLIRunner.executable, db: cli.db, directory: cli.directory)
        defer { server.stop() }
        let base = server.url
        XCTAssertTrue(base.hasPrefix("http://127.0.0.1:"), base)

        let browser = HeadlessChromium(path: chromium, profile: cli.directory.appendingPathComponent("chromium"))
        let shots = CLIRunner.packageRoot.appendingPathComponent(".build/explorer-screenshots")
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)

        // The overview: the map is drawn, its nodes and edges are links.
        let overview = try browser.dom(base)
        XCTAssertTrue(overview.contains("<svg"), "map rendered")
        XCTAssertTrue(overview.contains("Strongest ties"))
        try browser.screenshot(base, to: shots.appendingPathComponent("overview.png"))

        // Search an actor: the form's GET lands on its page.
        let searched = try browser.dom(base + "search?q=north+korea")
        XCTAssertTrue(searched.contains("<h1>North Korea</h1>"), "search lands on the actor page")

        // Click a node: follow the map's link for North Korea.
        let nodeLink = try XCTUnwrap(Self.link(in: overview, matching: "/actors/PRK"), "node link on the map")
        let actorPage = try browser.dom(base + String(nodeLink.dropFirst()))
        XCTAssertTrue(actorPage.contains("<h1>North Korea</h1>"))
        XCTAssertTrue(actorPage.contains("class=\"timeline\""))
        try browser.screenshot(base + "actors/PRK", to: shots.appendingPathComponent("actor-PRK.png"))

        // Click an edge: follow the map's link for the Russia–North Korea tie and read the evidence.
        let edgeLink = try XCTUnwrap(Self.link(in: overview, matching: "/relations/PRK/RUS"), "edge link on the map")
        let dyad = try browser.dom(base + String(edgeLink.dropFirst()))
        XCTAssertTrue(dyad.contains("signed a mutual defence pact"), "evidence sentence")
        XCTAssertTrue(dyad.contains("theaustralian.com.au"), "source link")
        try browser.screenshot(base + "relations/RUS/PRK", to: shots.appendingPathComponent("relations-RUS-PRK.png"))

        // Change the period: the map changes.
        let before = try browser.dom(base + "?until=2024-03-31")
        XCTAssertTrue(before.contains("/actors/IRN"), "March: the hostile article's tie")
        XCTAssertFalse(before.contains("/actors/PRK"), "March: not the seed's ties")
        try browser.screenshot(base + "?until=2024-03-31", to: shots.appendingPathComponent("overview-march.png"))

        // Hostile text stays text, after the page's scripts ran.
        let hostile = try browser.dom(base + "relations/RUS/IRN")
        XCTAssertTrue(hostile.contains("Russia imposed new sanctions on Iran"), "the evidence is shown")
        XCTAssertFalse(hostile.contains("PWNED-") && hostile.contains("<title>PWNED"), "no hostile script ran")
        XCTAssertFalse(hostile.range(of: "<title>[^<]*PWNED", options: .regularExpression) != nil, "title untouched")
        XCTAssertFalse(hostile.contains("<script>document.title"), "no script element from article text")
        XCTAssertFalse(hostile.contains("<img src=\"x\""), "no image element from article text")
        XCTAssertFalse(hostile.contains("href=\"javascript:"), "a javascript: URL is never a link")
        XCTAssertTrue(hostile.contains("&lt;script&gt;document.title="), "the markup is shown as text")
        try browser.screenshot(base + "relations/RUS/IRN", to: shots.appendingPathComponent("relations-RUS-IRN.png"))

        // Errors are pages.
        let missing = try browser.dom(base + "actors/Rusia")
        XCTAssertTrue(missing.contains("unknown actor"))
        XCTAssertTrue(missing.contains(">Russia</a>"), "close names suggested")
    }

    /// The first `href` (or `xlink:href`) in `dom` whose path is `path`, with its query.
    static func link(in dom: String, matching path: String) -> String? {
        let pattern = "href=\"(" + NSRegularExpression.escapedPattern(for: path) + "(\\?[^\"]*)?)\""
        guard let re = try? NSRegularExpression(pattern: pattern),
              let m = re.firstMatch(in: dom, range: NSRange(dom.startIndex..., in: dom)),
              let r = Range(m.range(at: 1), in: dom) else { return nil }
        return String(dom[r]).replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// `statecraft serve --port 0` in the background; its URL read from its first output line.
final class ServeProcess {
    let process = Process()
    let url: String

    init(executable: URL, db: String, directory: URL) throws {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw XCTSkip("no statecraft executable at \(executable.path)")
        }
        process.executableURL = executable
        process.arguments = ["serve", "--db", db, "--port", "0"]
        process.currentDirectoryURL = directory
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var buffer = Data()
        let deadline = Date().addingTimeInterval(30)
        while !buffer.contains(UInt8(ascii: "\n")), Date() < deadline, process.isRunning {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer += chunk
        }
        let line = String(decoding: buffer, as: UTF8.self)
        guard let range = line.range(of: "http://[^ ]+/", options: .regularExpression) else {
            process.terminate()
            throw XCTSkip("statecraft serve printed no URL: \(line)")
        }
        url = String(line[range])
    }

    func stop() {
        guard process.isRunning else { return }
        process.interrupt()  // SIGINT: graceful shutdown
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
    }
}

/// Debian's `chromium`, headless, one run per page.
struct HeadlessChromium {
    let path: String
    let profile: URL

    private func run(_ args: [String]) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                       "--user-data-dir=\(profile.path)", "--virtual-time-budget=3000", "--window-size=1280,800"] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return data
    }

    /// The DOM after the page's scripts ran, serialised.
    func dom(_ url: String) throws -> String {
        String(decoding: try run(["--dump-dom", url]), as: UTF8.self)
    }

    /// A 1280×800 PNG of the page.
    func screenshot(_ url: String, to file: URL) throws {
        try? FileManager.default.removeItem(at: file)
        _ = try run(["--screenshot=\(file.path)", "--hide-scrollbars", url])
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "screenshot of \(url)")
    }
}
