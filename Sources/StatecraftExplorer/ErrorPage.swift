/// An error as a page: its status, the one-line message, and links to close actors.
enum ErrorPage {
    static func render(_ error: ExplorerError, view: ViewParameters = ViewParameters()) -> String {
        var body = "<p class=\"error\">\(HTML.escape(error.message))</p>"
        if !error.suggestions.isEmpty {
            body += "<p>Did you mean:</p><ul class=\"suggestions\">"
            for s in error.suggestions {
                body += "<li><a href=\"/actors/\(HTML.escape(HTML.pathSegment(s.id)))\(HTML.escape(view.suffix))\">\(HTML.escape(s.name))</a> "
                body += "<span class=\"muted\">(\(HTML.escape(s.id)))</span></li>"
            }
            body += "</ul>"
        }
        body += "<p><a href=\"/\">Back to the overview</a></p>"
        return PageShell.page(title: "\(error.status) \(error.title)", path: "/", view: view, controls: false, body: body)
    }
}
