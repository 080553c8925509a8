import StatecraftCore
import StatecraftRender

/// The frame of every page: head (the shipped stylesheet and script, nothing from outside),
/// the header with the actor search box, and the controls form whose fields are the view's
/// query parameters, so that applying them gives a link to share.
enum PageShell {
    static func page(title: String, path: String, view: ViewParameters, showDepth: Bool = false,
                     controls: Bool = true, body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) · Statecraft</title>
        <link rel="stylesheet" href="/assets/explorer.css">
        <script src="/assets/explorer.js" defer></script>
        </head>
        <body>
        <header>
        <a class="home" href="/\(view.suffix)">Statecraft explorer</a>
        <form class="search" action="/search" method="get" role="search">
        <input id="actor-search" name="q" type="search" placeholder="Actor: name, id or alias" autocomplete="off" list="actor-suggestions" aria-label="Search an actor">
        <datalist id="actor-suggestions"></datalist>
        \(hiddenFields(view))<button type="submit">Open</button>
        </form>
        </header>
        <main>
        <h1>\(HTML.escape(title))</h1>
        \(controls ? form(path: path, view: view, showDepth: showDepth) : "")
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// The view's parameters as hidden fields (the search keeps the period and filters).
    static func hiddenFields(_ view: ViewParameters) -> String {
        QueryParameters(view.query).pairs.map {
            "<input type=\"hidden\" name=\"\(HTML.escape($0.key))\" value=\"\(HTML.escape($0.value))\">"
        }.joined()
    }

    /// The controls: period, relation kinds, actor kinds, minimum strength, layout (and depth on actor pages).
    static func form(path: String, view: ViewParameters, showDepth: Bool) -> String {
        var out = "<form class=\"controls\" action=\"\(HTML.escape(path))\" method=\"get\">"
        out += "<label>Since <input type=\"date\" name=\"since\" value=\"\(view.since?.description ?? "")\"></label>"
        out += "<label>Until <input type=\"date\" name=\"until\" value=\"\(view.until?.description ?? "")\"></label>"
        out += "<label>Kinds <select name=\"kind\" multiple size=\"4\">"
        for k in RelationKind.allCases {
            out += "<option value=\"\(k.rawValue)\"\(view.kinds.contains(k) ? " selected" : "")>\(k.rawValue)</option>"
        }
        out += "</select></label>"
        out += "<fieldset><legend>Actors</legend>"
        for k in ActorKind.allCases {
            out += "<label class=\"check\"><input type=\"checkbox\" name=\"actorKind\" value=\"\(k.rawValue)\"\(view.actorKinds.contains(k) ? " checked" : "")> \(k.rawValue)</label>"
        }
        out += "</fieldset>"
        let minText = view.minStrength.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? ""
        out += "<label>Min strength <input type=\"number\" name=\"minStrength\" min=\"0\" step=\"any\" value=\"\(minText)\"></label>"
        out += "<label>Layout <select name=\"layout\"><option value=\"\">auto</option>"
        for l in MapLayout.allCases {
            out += "<option value=\"\(l.rawValue)\"\(view.layout == l ? " selected" : "")>\(l.rawValue)</option>"
        }
        out += "</select></label>"
        if showDepth {
            out += "<label>Depth <select name=\"depth\">"
            for d in 1...3 { out += "<option value=\"\(d)\"\(view.depth == d ? " selected" : "")>\(d)</option>" }
            out += "</select></label>"
        }
        if let top = view.top { out += "<input type=\"hidden\" name=\"top\" value=\"\(top)\">" }
        out += "<button type=\"submit\">Apply</button> <a href=\"\(HTML.escape(path))\">reset</a></form>"
        return out
    }

    /// A link to an actor's page keeping the view.
    static func actorLink(_ a: Actor, view: ViewParameters) -> String {
        "<a href=\"/actors/\(HTML.escape(HTML.pathSegment(a.id)))\(HTML.escape(view.suffix))\">\(HTML.escape(a.name))</a>"
    }

    /// A link to a dyad's page keeping the view.
    static func dyadLink(_ a: Actor, _ b: Actor, view: ViewParameters, text: String? = nil) -> String {
        let href = "/relations/\(HTML.pathSegment(a.id))/\(HTML.pathSegment(b.id))\(view.suffix)"
        return "<a href=\"\(HTML.escape(href))\">\(HTML.escape(text ?? "\(a.name) — \(b.name)"))</a>"
    }
}
