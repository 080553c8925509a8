import StatecraftCore

extension DOTWriter {
    /// The second pass: `positioned` (the graph of ``write(_:layout:)`` laid out by its
    /// engine, as Graphviz's `-Tdot` output) with the title, the legend, the map background
    /// and a dyad's evidence drawn around it, to be rendered as it stands (`layout=nop2`).
    public func decorate(_ positioned: String, map: RelationMap, layout: MapLayout) -> String {
        let bb = Self.boundingBox(in: positioned) ?? (0, 0, 400, 300)
        let width = max(bb.x1 - bb.x0, 760)
        let x0 = bb.x0
        var d = XDotDrawing()
        if layout == .geo { d.append(raw: geoPlacement(map).background) }

        // The legend, flowed into rows.
        let legendSize = 11.5
        var rows: [[LegendItem]] = [[]]
        var x = 0.0
        for item in legendItems(layout: layout) {
            let w = item.width(size: legendSize)
            if x > 0, x + w > width { rows.append([]); x = 0 }
            rows[rows.count - 1].append(item)
            x += w + 18
        }
        let header = 30 + 22 + Double(rows.count) * 19
        let top = bb.y1 + 14 + header
        var y = top - 20
        d.text(DOTText.xdotText(title(map, layout: layout)), x: x0, y: y, size: 20, bold: true, colour: "#111111")
        y -= 22
        d.text(DOTText.xdotText(subtitle(map)), x: x0, y: y, size: 12.5, colour: "#444444")
        for row in rows {
            y -= 19
            var x = x0
            for item in row {
                item.draw(&d, x: x, y: y, size: legendSize)
                x += item.width(size: legendSize) + 18
            }
        }

        // A dyad's evidence under the drawing.
        var bottom = bb.y0
        if case .dyad = map.view.focus {
            bottom -= 16
            let chars = Int(width / (11.5 * 0.5))
            for e in evidenceEvents(map) {
                bottom -= 20
                let head = "\(e.source.name) → \(e.target.name): \(MapStyle.words(e.kind)), \(e.modality.rawValue)"
                    + (e.date.map { " (\($0))" } ?? "") + " — article \(e.article.prefix(12)), sentence \(e.sentence)"
                d.text(DOTText.xdotText(head), x: x0, y: bottom, size: 12, bold: true, colour: "#222222")
                let sentence = "“" + e.evidence.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "”"
                for line in Self.wrap(sentence, width: chars) {
                    bottom -= 15
                    d.text(DOTText.xdotText(line), x: x0, y: bottom, size: 11.5, colour: "#333333")
                }
            }
            bottom -= 6
        }

        // Everything before the graph's closing brace (scanning bytes: the text is large).
        var body = positioned
        let bytes = positioned.utf8
        if let close = bytes.lastIndex(of: UInt8(ascii: "}")) { body = String(positioned[..<close]) }
        body += "\t\"_decor0\" [style=invis, label=\"\", width=0.01, height=0.01, pos=\"\(pos((x0, bottom)))\"];\n"
        body += "\t\"_decor1\" [style=invis, label=\"\", width=0.01, height=0.01, pos=\"\(pos((x0 + width, top + 4)))\"];\n"
        body += "\tgraph [layout=nop2, notranslate=true, _background=\(DOTText.quotedXDot(d.text))];\n}\n"
        return body
    }

    /// The events of a dyad map, oldest first.
    func evidenceEvents(_ map: RelationMap) -> [Event] {
        map.edges.flatMap(\.events).sorted {
            ($0.date?.ordinal ?? Int.min, $0.article, $0.sentence, $0.kind) < ($1.date?.ordinal ?? Int.min, $1.article, $1.sentence, $1.kind)
        }
    }

    /// The first `bb="x0,y0,x1,y1"` of Graphviz's `-Tdot` output (the graph's own: it is
    /// written first, and text from articles cannot contain `bb="` since quotes are escaped).
    static func boundingBox(in dot: String) -> (x0: Double, y0: Double, x1: Double, y1: Double)? {
        let key = Array("bb=\"".utf8)
        let bytes = Array(dot.utf8.prefix(4096))  // the graph's attributes come first
        guard let start = (0..<max(0, bytes.count - key.count)).first(where: { bytes[$0..<($0 + key.count)].elementsEqual(key) }) else { return nil }
        let rest = bytes[(start + key.count)...]
        guard let end = rest.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        let v = String(decoding: rest[..<end], as: UTF8.self).split(separator: ",").compactMap { Double($0) }
        return v.count == 4 ? (v[0], v[1], v[2], v[3]) : nil
    }

    /// One entry of the legend: a sample (lines, a dashed line or an actor box) and its text.
    struct LegendItem {
        enum Sample { case none, lines([String]), dashed(String), box(fill: String, border: String) }
        let sample: Sample
        let text: String

        var sampleWidth: Double {
            switch sample {
            case .none: return 0
            case .lines(let colours): return Double(colours.count) * 16 + 6
            case .dashed: return 30
            case .box: return 22
            }
        }

        func width(size: Double) -> Double { sampleWidth + XDotDrawing.width(text, size: size) }

        func draw(_ d: inout XDotDrawing, x: Double, y: Double, size: Double) {
            let mid = y + size * 0.35
            switch sample {
            case .none: break
            case .lines(let colours):
                d.style("setlinewidth(3)")
                for (i, c) in colours.enumerated() {
                    d.stroke(c)
                    d.line([(x + Double(i) * 16, mid), (x + Double(i + 1) * 16, mid)])
                }
                d.style("setlinewidth(1)")
            case .dashed(let c):
                d.style("setlinewidth(2)")
                d.style("dashed")
                d.stroke(c)
                d.line([(x, mid), (x + 24, mid)])
                d.style("solid")
                d.style("setlinewidth(1)")
            case .box(let fill, let border):
                d.rectangle(x: x, y: y - 2, width: 16, height: 11, fill: fill, border: border)
            }
            d.text(DOTText.xdotText(text), x: x + sampleWidth, y: y, size: size, colour: "#333333")
        }
    }

    func legendItems(layout: MapLayout) -> [LegendItem] {
        var items: [LegendItem] = [
            LegendItem(sample: .lines([MapStyle.edgeColour(.cooperation, intensity: 0), MapStyle.edgeColour(.cooperation, intensity: 10)]),
                       text: "cooperation (support → pacts, arms, aid)"),
            LegendItem(sample: .lines([MapStyle.edgeColour(.conflict, intensity: 0), MapStyle.edgeColour(.conflict, intensity: 10)]),
                       text: "conflict (criticism → attacks)"),
            LegendItem(sample: .lines([MapStyle.edgeColour(.neutral, intensity: 0)]), text: "contact (visits, talks, demands)"),
            LegendItem(sample: .dashed("#555555"), text: "not asserted (intended, possible, alleged, hypothetical)"),
            LegendItem(sample: .none, text: "width: strength · arrow: who acts on whom, none when mutual"),
        ]
        for k in ActorKind.allCases {
            let c = MapStyle.colours(of: k)
            items.append(LegendItem(sample: .box(fill: c.fill, border: c.border), text: Self.kindName(k)))
        }
        items.append(LegendItem(sample: .none, text: "size: centrality"))
        if layout == .geo {
            items.append(LegendItem(sample: .none, text: "at capitals or seats (Robinson projection), moved apart where crowded; no seat: row below"))
        }
        return items
    }
}
