import Foundation
import XCTest
@testable import StatecraftInterchange

/// The ZIP reader (ZIPFoundation underneath) against archives written by Python's zipfile/zlib.
final class ZipArchiveTests: XCTestCase {
    func readAll(_ zip: ZipArchive, _ entry: ZipArchive.Entry) throws -> [UInt8] {
        var out: [UInt8] = []
        try zip.read(entry) { out.append(contentsOf: $0) }
        return out
    }

    func testInflatesWhatZlibWrote() throws {
        let dir = Fixtures.tempDir()
        // Text, random bytes (stored blocks), long repeats (far back-references), empty; several levels.
        try Fixtures.python("""
            import zipfile, random, sys
            random.seed(7)
            d = sys.argv[1]
            text = ''.join('line %d of the GDELT export\\tUSA\\tRUS\\t042\\n' % i for i in range(40000)).encode()
            noise = bytes(random.getrandbits(8) for _ in range(300000))
            repeats = (b'abcde' * 70000) + bytes(range(256)) * 50
            for level, name in [(0, 'stored.zip'), (1, 'fast.zip'), (9, 'best.zip')]:
                method = zipfile.ZIP_STORED if level == 0 else zipfile.ZIP_DEFLATED
                with zipfile.ZipFile(d + '/' + name, 'w', method, compresslevel=None if level == 0 else level) as z:
                    z.writestr('text.CSV', text)
                    z.writestr('noise.bin', noise)
                    z.writestr('repeats.bin', repeats)
                    z.writestr('empty.txt', b'')
            open(d + '/text.bin', 'wb').write(text)
            open(d + '/noise.bin', 'wb').write(noise)
            open(d + '/repeats.bin', 'wb').write(repeats)
            """, [dir.path])
        for name in ["stored.zip", "fast.zip", "best.zip"] {
            let archive = try ZipArchive(path: dir.appendingPathComponent(name).path)
            XCTAssertEqual(archive.entries.map(\.name), ["text.CSV", "noise.bin", "repeats.bin", "empty.txt"])
            for (entry, file) in zip(archive.entries.prefix(3), ["text.bin", "noise.bin", "repeats.bin"]) {
                let expected = [UInt8](try Data(contentsOf: dir.appendingPathComponent(file)))
                XCTAssertEqual(try readAll(archive, entry), expected, "\(name) \(entry.name)")
            }
            XCTAssertEqual(try readAll(archive, archive.entries[3]), [])
        }
    }

    func testCorruptDataIsAnErrorNotACrash() throws {
        let dir = Fixtures.tempDir()
        try Fixtures.python("""
            import zipfile, sys
            p = sys.argv[1] + '/a.zip'
            with zipfile.ZipFile(p, 'w', zipfile.ZIP_DEFLATED) as z:
                z.writestr('export.CSV', ''.join('row %d\\n' % i for i in range(20000)))
            b = bytearray(open(p, 'rb').read())
            for i in range(200, 260): b[i] ^= 0x5A
            open(sys.argv[1] + '/bad.zip', 'wb').write(b)
            """, [dir.path])
        let zip = try ZipArchive(path: dir.appendingPathComponent("bad.zip").path)
        XCTAssertThrowsError(try readAll(zip, zip.entries[0])) { error in
            XCTAssertTrue("\(error)".contains("bad.zip"), "\(error)")
        }
        XCTAssertThrowsError(try ZipArchive(path: Fixtures.write("not a zip at all", "x.zip", in: dir)))
    }

    func testEntryLongerThanItsStatedSizeOrTruncatedIsAnError() throws {
        let dir = Fixtures.tempDir()
        // The central directory understates the size; then a copy whose deflate stream is cut and the
        // directory moved up to match (the stream runs into the directory and the end of the file).
        try Fixtures.python("""
            import zipfile, struct, sys
            d = sys.argv[1]
            text = ''.join('row %d\\n' % i for i in range(20000)).encode()
            with zipfile.ZipFile(d + '/a.zip', 'w', zipfile.ZIP_DEFLATED) as z:
                z.writestr('export.CSV', text)
            b = bytearray(open(d + '/a.zip', 'rb').read())
            cd = b.rfind(b'PK\\x01\\x02')
            struct.pack_into('<I', b, cd + 24, 1000)
            open(d + '/short.zip', 'wb').write(b)
            b = bytearray(open(d + '/a.zip', 'rb').read())
            cd = b.rfind(b'PK\\x01\\x02'); eocd = b.rfind(b'PK\\x05\\x06')
            cut = 400
            body = b[:cd - cut]; directory = b[cd:]
            struct.pack_into('<I', directory, 20, struct.unpack_from('<I', directory, 20)[0] - cut)
            struct.pack_into('<I', directory, eocd - cd + 16, cd - cut)
            open(d + '/cut.zip', 'wb').write(bytes(body + directory))
            """, [dir.path])
        for name in ["short.zip", "cut.zip"] {
            let zip = try ZipArchive(path: dir.appendingPathComponent(name).path)
            XCTAssertThrowsError(try readAll(zip, zip.entries[0]), name) { error in
                XCTAssertTrue("\(error)".contains("damaged entry"), "\(error)")
            }
        }
    }
}
