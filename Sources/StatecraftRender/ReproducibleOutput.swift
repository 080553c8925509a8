import Foundation

/// Makes rendered files byte-for-byte reproducible.
///
/// SVG and PNG from Graphviz 2.42 carry no timestamps. PDF through cairo 1.16 carries
/// `/CreationDate (D:YYYYMMDDHHMMSSZ)` with the current time (cairo honours
/// `SOURCE_DATE_EPOCH` only from 1.17.6), so the stamp is replaced by a fixed one of the
/// same length, which keeps every byte offset of the cross-reference table valid.
enum ReproducibleOutput {
    /// The fixed stamp: 14 digits, as cairo writes them.
    static let fixedStamp = Array("20000101000000".utf8)

    /// `pdf` with each `/CreationDate (D:` followed by 14 digits rewritten to the fixed stamp.
    public static func fixingPDFCreationDate(_ pdf: Data) -> Data {
        let marker = Array("/CreationDate (D:".utf8)
        var bytes = [UInt8](pdf)
        var i = 0
        while i + marker.count + fixedStamp.count <= bytes.count {
            if bytes[i] == marker[0], Array(bytes[i..<(i + marker.count)]) == marker {
                let start = i + marker.count
                let digits = bytes[start..<(start + fixedStamp.count)]
                if digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
                    bytes.replaceSubrange(start..<(start + fixedStamp.count), with: fixedStamp)
                }
                i = start
            } else {
                i += 1
            }
        }
        return Data(bytes)
    }
}
