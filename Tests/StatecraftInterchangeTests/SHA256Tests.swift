import XCTest
@testable import StatecraftInterchange

final class SHA256Tests: XCTestCase {
    func testKnownVectors() {
        // FIPS 180-4 examples.
        XCTAssertEqual(SHA256.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex(String(repeating: "a", count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testChunkedUpdatesEqualOneShot() {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(bytes)
        for split in [1, 55, 56, 63, 64, 65, 127, 4_999] {
            var s = SHA256()
            var i = 0
            while i < bytes.count {
                let j = min(bytes.count, i + split)
                s.update(bytes[i..<j])
                i = j
            }
            XCTAssertEqual(s.finalize().hex, whole, "chunks of \(split)")
        }
    }

    func testContentHashIgnoresWhitespaceLayout() {
        XCTAssertEqual(ContentHash.of("Russia  and\nNorth Korea\tsigned. "), ContentHash.of(" Russia and North Korea signed."))
        XCTAssertNotEqual(ContentHash.of("Russia and North Korea signed."), ContentHash.of("Russia and South Korea signed."))
    }
}
