import StatecraftCore

/// What a trigger phrase does in a sentence.
enum TriggerRole: Sendable, Hashable {
    /// States an event of its kind between the subject and the object.
    case event
    /// Host verbs ("greeted", "hosted"): the object is the visitor, the subject the host.
    case host
    /// A transfer verb ("send", "provide"): the kind comes from what is transferred (weapons → armsSupply, else aid).
    case transfer
    /// A judgment ("grave concern", "a mistake"): criticism by the speaker of the actor the judgment is about.
    case evaluative
    /// A verb of saying: gives the speaker of evaluations and of "must".
    case speech
    /// "must"/"should" in reported speech: a demand by the speaker on the subject of the modal.
    case must
    /// A verb that takes a clause or "to"-infinitive and colours the event in it.
    case control(Control)
}

/// How a controlling verb colours the event it governs.
enum Control: Sendable, Hashable {
    /// pledged/agreed/offered/vowed/plans to: the governed event is intended; alone, an intent to cooperate.
    case intend
    /// threatened to: a threat (or, for a friendly act, an intended one).
    case threaten
    /// refused to: a rejection.
    case refuse
    /// accused X of: an accusation and the alleged act.
    case accuse
    /// warned X (not) to: a warning; the governed act is not coded.
    case warn
    /// urged/called on/asked X to: a demand; the governed act is not coded.
    case urge
    /// prepared to + hostile act: mobilisation.
    case prepare
}

/// Whether the trigger word is a verb (voice, subject/object) or a noun (possessor, "between", "of").
enum TriggerPOS: Sendable { case verb, noun }

/// One trigger phrase's meaning.
struct TriggerSpec: Sendable, Hashable {
    let kind: RelationKind?
    /// PLOVER category when the trigger decides it (else the ontology's default for the kind).
    let plover: PLOVERCategory?
    let pos: TriggerPOS
    let role: TriggerRole
    /// The phrase as written in the lexicon (for trigger text).
    let phrase: String
}

/// The trigger lexicon: phrases for all twenty relation kinds, verbs of saying and controlling verbs.
///
/// Syntax of a phrase: words separated by spaces; `word+` expands to its verb forms
/// (`sign+` → sign, signs, signed, signing; irregular forms after `|`: `send+|sent`);
/// `word*` to singular and plural.
enum TriggerLexicon {
    typealias Line = (kind: RelationKind?, plover: PLOVERCategory?, pos: TriggerPOS, role: TriggerRole, phrases: String)

    static let lines: [Line] = [
        // Pacts and agreements.
        (.pact, nil, .noun, .event, "pact*; treaty; treaties; accord*; alliance*; agreement*; deal*; consensus; free - trade agreement*; memorandum of understanding; ceasefire agreement"),
        (.pact, nil, .verb, .event, "ratify+; agree+ upon; agree+ on; reach+ agreement; sign+ agreement*; ink+"),
        // Arms.
        (.armsSupply, nil, .verb, .event, "arm+; rearm+"),
        (.armsSupply, nil, .noun, .event, "arms supplier*; arms sales; arms deliveries; weapons deliveries; arms shipments; arms supplies; supplier* of arms; supplier* of weapons; arms transfers; arms deal*"),
        // Transfers: kind from the object.
        (nil, nil, .verb, .transfer, "send+|sent; supply+; provide+; deliver+; give+|gave|given; sell+|sold; ship+; transfer+; contribute+; donate+; hand+ over; dispatch+; offer+ aid"),
        (nil, nil, .noun, .transfer, "deliveries; delivery; supplies; shipment*"),
        // Sanctions and reduced relations.
        (.sanctions, nil, .noun, .event, "suspension of air links; suspension of aid; suspension of ties; sanction*; embargo*; trade embargo*; travel ban*; asset freeze*; tariff*; punitive measures; restrictions on"),
        (.sanctions, nil, .verb, .event, "withdraw+|withdrew|withdrawn support; sanction+; embargo+; impose+ sanctions; suspend+ air links; suspend+ aid; suspend+ aid deliveries; suspend+ ties; suspend+ relations; cut+ ties; cut+ off; cut+ off aid; sever+ ties; sever+ relations; break+ off relations; cancel+ a visit; cancel+ a planned visit; cancel+ planned visit; cancel+ visit; boycott+; prohibit+; freeze+|froze|frozen assets; blacklist+; deny+ entry; expel+ inspectors; expel+ diplomats; expel+ the ambassador; expel+ ambassador; recall+ ambassador; recall+ its ambassador; withdraw+|withdrew|withdrawn peacekeepers; withdraw+|withdrew|withdrawn its peacekeeping force; withdraw+|withdrew|withdrawn their peacekeeping force; withdraw+|withdrew|withdrawn weapons inspectors; end+ mediation; ban+"),
        // Warnings and threats.
        (.warning, nil, .verb, .control(.warn), "warn+; caution+"),
        (.warning, nil, .noun, .event, "warning*"),
        (.threat, nil, .verb, .control(.threaten), "threaten+"),
        (.threat, nil, .noun, .control(.threaten), "threat*; ultimatum*"),
        // Visits.
        (.visit, nil, .verb, .event, "visit+; travel+ to; fly+|flew|flown to; arrive+ in; tour+"),
        (.visit, nil, .noun, .event, "visit*; state visit*; trip* to; tour of; official visit*"),
        (.visit, nil, .verb, .host, "host+; greet+; receive+ a visit from"),
        // Talks.
        (.talks, nil, .noun, .event, "talks; negotiations; meeting*; summit*; consultations; phone call*; telephone call*; mediation; mediation effort*; mediation mission*; dialogue; peace talks; discussions"),
        (.talks, nil, .verb, .event, "meet+|met; negotiate+; mediate+; broker+; consult+; hold+|held talks; speak+|spoke|spoken with; discuss+"),
        // Cooperation.
        (.cooperation, nil, .noun, .event, "cooperation; co - operation; partnership*; joint exercises; joint statement; strategic partnership"),
        (.cooperation, nil, .verb, .event, "cooperate+; co - operate+; deepen+ ties; deepen+ relations; deepen+ cooperation; boost+ ties; boost+ cooperation; boost+ defence cooperation; strengthen+ ties; strengthen+ cooperation; promote+ ties; expand+ ties; extradite+; share+ intelligence; share+ evidence; share+ information; exchange+ information; work+ together; ally+ with"),
        // Support.
        (.support, nil, .verb, .event, "support+; back+; endorse+; praise+; welcome+; defend+; recognise+; recognize+; express+ solidarity; side+ with; upgrade+ diplomatic ties; open+ an embassy; open+ embassy; upgrade+ their diplomatic ties; establish+ diplomatic ties; establish+ diplomatic relations; restore+ diplomatic ties; restore+ diplomatic relations; stand+|stood by"),
        (.support, nil, .noun, .event, "support; solidarity; backing; endorsement; full support; declaration of support; diplomatic recognition"),
        // Aid.
        (.aid, nil, .noun, .event, "aid; assistance; humanitarian aid; military aid; economic aid; loan*; grant*; relief; peacekeeping troops; peacekeeping force; peacekeepers; peace - keeping force; debt relief"),
        (.aid, nil, .verb, .event, "evacuate+; fund+; finance+; bail+ out; rescue+"),
        // Accusation and criticism.
        (.accusation, nil, .verb, .control(.accuse), "accuse+; blame+; charge+; allege+ that; hold+|held responsible"),
        (.accusation, nil, .noun, .event, "accusation*; allegation*"),
        (.accusation, nil, .verb, .event, "indict+"),
        (.criticism, nil, .verb, .event, "criticise+; criticize+; condemn+; denounce+; slam+; deplore+; censure+; complain+; rebuke+; chide+; decry+; lambast+; blast+; express+ concern; express+ deep concern; express+ unease; express+ deep unease; voice+ concern; castigate+"),
        (.criticism, nil, .noun, .event, "criticism; condemnation; unease; deep unease; concern over; concern about; concerns over; concerns about"),
        (.criticism, nil, .noun, .evaluative, "grave concern; serious concern; a mistake; big mistake; cannon fodder; satellites; provocation; provocative; unacceptable; double standards; propaganda; aggressor; irresponsible; reckless; hypocrisy; blackmail; illegal; illegitimate"),
        // Demands.
        (.demand, nil, .verb, .control(.urge), "urge+; encourage+; call+ on; call+ upon; ask+; request+; press+; push+ for; push+ hard for; appeal+ to; demand+; remind+; pressure+; pressurise+; pressurize+"),
        (.demand, nil, .noun, .control(.urge), "demand*; request*; appeal*; call* for; stern reminder; reminder"),
        (.demand, nil, .verb, .must, "must; should"),
        // Rejection.
        (.rejection, nil, .verb, .event, "reject+; dismiss+; turn+ down; veto+; rebuff+; spurn+; brush+ off; shun+; ignore+"),
        (.rejection, nil, .verb, .control(.refuse), "refuse+; decline+"),
        (.rejection, nil, .noun, .event, "rejection; refusal; veto; rebuff"),
        // Protest: a government's formal protest is an official complaint (PLOVER ACCUSE, CAMEO 114);
        // demonstrations, riots and strikes by a population are PLOVER PROTEST (decided by who protests).
        (.protest, .accuse, .verb, .event, "summon+; lodge+ a protest; lodge+ an official protest; lodge+ a formal protest; lodge+ a strong protest; file+ a protest; file+ a formal protest; deliver+ a protest; send+|sent a protest note"),
        (.protest, .accuse, .noun, .event, "formal protest; official protest; diplomatic protest; strong protest; protest note*; note* of protest"),
        (.protest, nil, .verb, .event, "protest+; demonstrate+; riot+; rally+ against; march+ against"),
        (.protest, nil, .noun, .event, "protest*; demonstration*; riot*; street protest*; mass protest*; rally against; rallies against"),
        // Mobilisation.
        (.mobilization, nil, .verb, .event, "mobilise+; mobilize+; deploy+; mass+ troops; reinforce+; strengthen+ its forces; strengthen+ forces; put+ on alert; train+"),
        (.mobilization, nil, .noun, .event, "military exercises; military drills; drills; build - up; buildup; troop deployment*; deployment*; mobilisation; mobilization"),
        (.mobilization, nil, .verb, .control(.prepare), "prepare+ to"),
        // Coercion.
        (.coercion, nil, .verb, .event, "arrest+; detain+; seize+; deport+; expel+; blockade+; impose+ a blockade; reimpose+ blockades; reimpose+ a blockade; impose+ a curfew; impose+ curfews; reimpose+ a curfew; declare+ a curfew; impose+ martial law; declare+ martial law; close+ the border; close+ its border*; close+ their border*; seal+ off; seal+ the border; set+ fire; confiscate+; kidnap+; abduct+; jail+; imprison+; intercept+"),
        (.coercion, nil, .noun, .event, "blockade*; naval blockade*; seizure*; arrests; detention*; expulsion*; deportation*; crackdown"),
        // Attacks.
        (.attack, nil, .verb, .event, "attack+; invade+; bomb+; shell+; strike+|struck|stricken; shoot+|shot down; kill+; torture+; beat+|beaten up; fire+ on; fire+ at; raid+; assault+; launch+ strikes; launch+ attacks; launch+ an attack; launch+ an offensive; fight+|fought; wage+ war"),
        (.attack, nil, .noun, .event, "invasion; attack*; war; war on; war against; strike*; airstrike*; air strike*; offensive; aggression; bombing*; shelling; military sweep; torture; incursion*; missile strike*; military operation*; hostilities"),
        // Concessions.
        (.concession, .retreat, .verb, .event, "allow+ the return of; allow+ access; allow+ inspectors; allow+ the return; lift+ blockade; lift+ the blockade; lift+ a blockade; lift+ a day - old blockade; withdraw+|withdrew|withdrawn troops; withdraw+|withdrew|withdrawn forces; pull+ out; pull+ back; open+; reopen+; release+; free+; return+; disarm+"),
        (.concession, .retreat, .noun, .event, "withdrawal; pullback; troop pullback; release of"),
        (.concession, .concede, .verb, .event, "lift+; ease+; concede+; relax+; grant+ amnesty; make+|made concessions; compromise+"),
        (.concession, .concede, .noun, .event, "concession*; amnesty"),
        // Investigation.
        (.investigation, nil, .verb, .event, "investigate+; probe+; inspect+; monitor+; put+ under investigation; dispatch+ inspectors; send+|sent inspectors; launch+ an investigation; launch+ an inquiry; open+ an investigation"),
        (.investigation, nil, .noun, .event, "investigation*; inquiry; inquiries; probe*; inspection*; inspectors"),
        // Verbs of saying (no event of their own).
        (nil, nil, .verb, .speech, "say+|said; tell+|told; announce+; declare+; state+; add+; report+; claim+; insist+ that; confirm+; note+; call+|called; describe+; tweet+"),
        // Controlling verbs of intent.
        (nil, nil, .verb, .control(.intend), "agree+ to; pledge+; vow+; promise+; offer+; plan+ to; intend+ to; decide+ to; ready to; prepared to; willing to; commit+ to; aim+ to; seek+|sought to; want+ to; hope+ to; undertake+|undertook|undertaken to; volunteer+ to; propose+; agree+; plans to; promised to; reach+ a consensus to; reach+ consensus to; reach+ agreement to; reach+ an agreement to"),
    ]

    /// Regular verb forms of `base` plus any irregular forms given.
    static func verbForms(_ base: String, irregular: [String]) -> [String] {
        var forms = [base]
        let chars = Array(base)
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = chars.last!
        let cvc = chars.count >= 3 && !vowels.contains(last) && vowels.contains(chars[chars.count - 2])
            && !vowels.contains(chars[chars.count - 3]) && !"wxy".contains(last)
        if base.hasSuffix("y"), chars.count >= 2, !vowels.contains(chars[chars.count - 2]) {
            let stem = String(chars.dropLast())
            forms += [stem + "ies", stem + "ied", base + "ing"]
        } else if base.hasSuffix("e") {
            forms += [base + "s", base + "d", String(chars.dropLast()) + "ing"]
            if base.hasSuffix("ee") { forms.append(base + "ing") }
        } else if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") || base.hasSuffix("z") {
            forms += [base + "es", base + "ed", base + "ing"]
        } else {
            forms += [base + "s", base + "ed", base + "ing"]
            if cvc { forms += [base + String(last) + "ed", base + String(last) + "ing"] }
        }
        return forms + irregular
    }

    /// Every concrete phrase (list of words) of a lexicon phrase pattern.
    static func expand(_ pattern: String) -> [[String]] {
        var results: [[String]] = [[]]
        for part in pattern.split(separator: " ") {
            var alternatives: [String]
            if part.contains("+") {
                let pieces = part.split(separator: "|").map(String.init)
                let base = pieces[0].replacingOccurrences(of: "+", with: "")
                alternatives = verbForms(base, irregular: Array(pieces.dropFirst()))
            } else if part.hasSuffix("*") {
                let base = String(part.dropLast())
                alternatives = [base, base.hasSuffix("y") && !base.hasSuffix("ey") ? String(base.dropLast()) + "ies" : (base.hasSuffix("s") || base.hasSuffix("ch") || base.hasSuffix("sh") ? base + "es" : base + "s")]
            } else {
                alternatives = part.split(separator: "|").map(String.init)
            }
            results = results.flatMap { r in alternatives.map { r + [$0] } }
        }
        return results
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: Character(a), omittingEmptySubsequences: false).joined(separator: b)
    }
}
