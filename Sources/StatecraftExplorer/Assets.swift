import Foundation

/// The stylesheet and script shipped with the package (`Assets/`), served under `/assets/`.
enum Assets {
    /// (content type, bytes) of each asset by name, read once from the bundle.
    static let files: [String: (type: String, body: Data)] = {
        var out: [String: (type: String, body: Data)] = [:]
        for (name, type) in [("explorer.css", "text/css; charset=utf-8"), ("explorer.js", "text/javascript; charset=utf-8")] {
            if let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Assets")
                ?? Bundle.module.url(forResource: name, withExtension: nil),
               let data = try? Data(contentsOf: url) {
                out[name] = (type, data)
            }
        }
        return out
    }()
}
