package quote

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline-dev/storyline/internal/document"
	"github.com/storyline-dev/storyline/internal/entity"
	"github.com/storyline-dev/storyline/internal/sentence"
)

// cueClass describes a reporting verb form.
type cueClass uint16

const (
	cueVerb    cueClass = 1 << iota // finite reporting verb: said, says, told
	cueTell                         // takes an addressee object: told reporters that
	cueIng                          // participle whose subject is the clause's: saying, adding
	cueWeak                         // only with a left subject and "that"/a clause after it
	cueAtt                          // attitude verb: only SUBJECT VERB CONTENT
	cueAttIng                       // -ing form of an attitude verb: a cue only after "is", "was", "been"
	cueAttBase                      // base form of an attitude verb: a cue only after a modal or a plural pronoun
	cueCtl                          // set while matching: an infinitive after a control verb ("refused to endorse")
	cuePhrasal                      // a cue only with its particles ("fired back at", not "fired")
)

// forms of "say", whose "of" starts the content ("said of Clinton, ...").
var sayForms = set(`say says said saying`)

// particles that join a cue to its content ("called for", "spoke about").
var particles = set(`for about of on against into`)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

func cueLexicon() map[string]cueClass {
	m := map[string]cueClass{}
	add := func(c cueClass, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = c
		}
	}
	// Reporting verbs, from the PARC/PolNeAR cue inventories and the usual
	// speech-verb lists of quote extractors, in their finite forms.
	add(cueVerb, `said says say added adds noted notes wrote writes argued argues claimed claims
		warned warns stated states explained explains insisted insists emphasized emphasised
		emphasizes stressed stresses acknowledged acknowledges admitted admits announced announces
		declared declares suggested suggests asserted asserts contended contends maintained maintains
		predicted predicts recalled recalls revealed reveals confirmed confirms denied denies
		conceded concedes indicated indicates estimated estimates concluded concludes complained
		complains testified testifies continued continues replied replies responded responds
		countered counters reported reports observed observes remarked remarks mentioned mentions
		agreed agrees pledged pledges promised promises vowed vows threatened threatens
		alleged alleges cautioned cautions conceded boasted boasts joked jokes quipped quips tweeted
		tweets posted wondered wonders acknowledged clarified clarifies
		reiterated reiterates repeated repeats urged urges demanded demands proposed proposes
		believes believed think thinks thought feels felt hopes hoped expects expected fears feared
		worries worried knows knew found finds showed shows show concede affirmed affirms
		retorted lamented laments accused accuses called calls questioned questions
		signaled signalled signals hinted hints predicted announced yelled yells shouted shouts
		learned discovered discloses disclosed
		screamed screams chanted chant chants sang commented cried exclaimed whispered
		muttered conceded elaborated summarized summed`)
	// forms that are also plural nouns ("states", "claims"): cues only
	// before "that" or a quotation, or after the content.
	add(cueVerb|cueWeak, `states claims notes reports charges tweets calls questions signals
		estimates shows fears worries hopes demands promises remarks mentions concerns
		threatens counters thought found show read reads sings comments`)
	// Attitude and stance verbs that PolNeAR also annotates as cues when
	// they take a subject and a content ("Trump wants to ...").
	add(cueVerb|cueAtt, `wants wanted want plans planned support supports supported opposes opposed
		oppose criticized criticizes criticised attacked blasted blasts slammed slams praised
		praises described describes describe denied rejected rejects refuses refused refuse declined
		declines cited cites cite discussed discusses questioned mentioned intends intend intended
		condemned condemns welcomed welcomes endorsed endorses endorse defended defends blamed blames
		accused recommended recommends recommend proposed requested requests seeks sought
		doubts doubted favors favored backed spoke talked
		understand understands understood realize realized recognizes recognized acknowledge
		believe knew know hope expect expects predicted ruled rated vowed pledged likened likens
		mocked mocks ridiculed derided dismissed dismisses touted touts hailed hails admires admired`)
	add(cueVerb|cueTell, `told tells tell assured assures informed informs reminded reminds
		warned cautioned urged asked asks scolded scolds lectured lectures admonished chided`)
	add(cueIng, `saying adding noting arguing claiming warning insisting explaining stressing
		emphasizing emphasising stating telling asserting suggesting predicting calling
		acknowledging admitting accusing promising vowing pledging citing urging describing
		declaring complaining contending maintaining reiterating chanting singing
		tweeting shouting yelling writing asking`)
	for w := range phrasal {
		if _, ok := m[w]; !ok {
			if strings.HasSuffix(w, "ing") {
				m[w] = cueAttIng // "pointing out": a participle, or progressive after "is"
			} else {
				m[w] = cueVerb | cueAtt | cuePhrasal
			}
		}
	}
	fin, ing, base := attitudeForms()
	for _, w := range base {
		if _, ok := m[w]; !ok {
			m[w] = cueAttBase
		}
	}
	for _, w := range fin {
		if _, ok := m[w]; !ok {
			m[w] = cueVerb | cueAtt
		}
	}
	for _, w := range ing {
		if _, ok := m[w]; !ok {
			m[w] = cueAttIng
		}
	}
	return m
}

// maxContent bounds a content's length in tokens (a long quotation is a few
// hundred words); it keeps the finder linear on pathological input.
const maxContent = 600

// words that cannot start a content right after its cue.
var badStart = set(`by with of as from into onto than is was are were be been being`)

// words before an attitude verb's subject that make it a relative clause.
var relObject = set(`what which whom whose`)

// words that start a noun phrase subject without a name.
var determiners = set(`the a an some many most several few all both these those this one two three four five`)

// phrasal cues: verb forms that are cues only with one of their particle
// sequences ("pointed out", "railed against", "weighed in on").
var phrasal = map[string][]string{}

func init() {
	add := func(forms, parts string) {
		var ps []string
		for _, p := range strings.Split(parts, "|") {
			ps = append(ps, p)
		}
		for _, f := range strings.Fields(forms) {
			phrasal[f] = ps
		}
	}
	add("pointed points", "out|to")
	add("point pointing", "out")
	add("railed rails", "against|at")
	add("laid lays spelled spells", "out")
	add("weighed weighs weigh weighing chimed chimes", "in on|in")
	add("lashed lashes lashing", "out at|out against|out")
	add("hit hits pushed pushes fired fires struck strikes", "back at|back against|back on")
	add("doubled doubles", "down on")
	add("went goes", "after")
	add("took takes", "aim at|issue with")
	add("seized seizes zeroed zeroes touched touches", "on|in on")
	add("brought brings", "up")
	// talk verbs (Levin 37.5) report a statement only with their topic:
	// "spoke about the need for ...", "speaking out against"
	add("spoke spoken speaks talked talks", "about|of|out against|out about|out on|out|up for")
	// light verbs with a statement noun: "raised questions about", "made clear"
	add("raised raises", "questions about|questions over|concerns about|concerns over|doubts about|the possibility")
	add("made makes", "clear|it clear|the case|no secret of|little secret of")
	// common multi-word cues of the reporting-verb literature (Pareti
	// 2015; Bergler 1992, "Evidential analysis of reported speech")
	add("sounded sounds sounding", "the alarm about|the alarm over|the alarm on|the alarm|off about|off on|off")
	add("summed sums", "up")
	add("quoted", "as saying|as telling|as writing")
	add("singled singles", "out")
	add("referred refers", "to")
	add("bristled bristles balked balks", "at")
	add("shrugged shrugs brushed brushes", "off|aside")
	add("opened opens", "up about")
	add("cast casts", "doubt on|doubt over|doubt about")
	add("played plays", "down")
	add("hit hits", "back at|back against|back on|out at|out against")
	add("pushed pushes lobbied lobbies", "for|back at|back against|back on")
	add("focused focuses focussed", "on")
}

// phrasalEnd returns the token after particle sequence ps that starts at
// p (one adverb may come first), or -1.
func (s *state) phrasalEnd(ps []string, p, hi int) int {
	if p < hi && isAdverb(s.w(p)) {
		p++
	}
	for _, seq := range ps {
		k := p
		ok := true
		for _, w := range strings.Fields(seq) {
			if k >= hi || s.t.Lower(k) != w { // "Goes After" in a title-case headline
				ok = false
				break
			}
			k++
		}
		if ok && k < hi {
			return k
		}
	}
	return -1
}

// attitude verbs that are cues only with a particle: "spoke about".
var needsParticle = set(`spoke speaks talked talks`)

// words that cannot start an attitude verb's content.
var attBadStart = set(`during in at on after before since until while when up out down over off back away`)

// subordinators whose clause ends at the next comma.
var subordinators = set(`though although while if when because as since unless whereas with after before once until`)

// whenWords are days (weekdays, yesterday, today, tonight) that may stand
// between a subject and its cue, as news style puts them: "the envoy
// Friday told ...". They are not part of the speaker's mention.
var whenWords = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today tonight`)

// words that may come between a subject and its cue.
var auxiliaries = set(`also has have had will would could should may might must did does do long now first
	already later then previously repeatedly publicly privately recently earlier further again
	once often never always just still even reportedly separately similarly initially further
	didn't didn’t don't don’t doesn't doesn’t won't won’t wouldn't wouldn’t can't can’t
	couldn't couldn’t hasn't hasn’t haven't haven’t hadn't hadn’t isn't isn’t wasn't wasn’t
	is was were are been being not n't has had`)

// words that end a subject noun phrase when walking left from a cue.
var npStop = set(`that which who whom whose and but or because while when if as since although though
	after before so than where whether said says say told tells added is are was were be been being
	has have had will would can could should may might must do does did not to than though
	until unless what how why wherein whereas yet nor then with`)

// relative pronouns: a verb right after one belongs to a relative clause
// inside the subject ("Raj Patel, who voted against the plan, said").
var relPron = set(`who which that`)

// -ed adjectives that may sit inside a subject.
var npAdjectives = set(`embattled elected retired unnamed alleged renowned respected disgraced
	acclaimed celebrated armed united detailed talented bearded`)

// nouns that report a statement when a possessor precedes them and a
// "that" clause follows: "Trump’s claim that ...".
var nounCues = set(`claim claims statement assertion remarks comments suggestion promise pledge
	warning argument contention belief allegation accusation charge announcement denial
	insistence view prediction admission conclusion finding message
	promises pledges warnings arguments beliefs allegations accusations charges announcements
	denials predictions conclusions findings decision determination criticism opposition
	demands complaints commitment refusal recommendation condemnation obsession adulation
	disdain contempt endorsement rejection eagerness`)

// words after a statement noun that start its content.
var nounLink = set(`that to of about against`)

// possessive pronouns that may own a statement noun.
var possessivePronouns = set(`his His her Her their Their its Its`)

// isPossessive reports whether w ends in 's or ’s.
func isPossessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'")
}

// prepositions before a participle cue whose subject is the clause's:
// "began by saying ...", "criticised for saying ...".
var ingPreps = set(`by for from after before while without in`)

// forms of "be" that make an -ing cue a finite verb.
var progressiveAux = set(`is are was were ’s 's`)

// prepositions among the afterCue words: an inverted speaker never follows one.
var prepositions = set(`on in at`)

// time and manner phrases that may follow a cue before its content.
var afterCue = set(`on in at last this earlier later yesterday today tonight Monday Tuesday Wednesday
	Thursday Friday Saturday Sunday week month year morning afternoon evening night recently
	publicly privately repeatedly flatly bluntly simply also again then previously`)

var pronouns = map[string]byte{"he": 'm', "He": 'm', "she": 'f', "She": 'f', "they": 'p', "They": 'p',
	"it": 'n', "It": 'n', "I": 'i', "we": 'w', "We": 'w',
	// contracted with "is"/"has"/"are", one token: "He’s claiming that ..."
	"he’s": 'm', "He’s": 'm', "he's": 'm', "He's": 'm', "she’s": 'f', "She’s": 'f', "she's": 'f', "She's": 'f',
	"they’re": 'p', "They’re": 'p', "they're": 'p', "They're": 'p', "we’re": 'w', "We’re": 'w', "we're": 'w', "We're": 'w',
	"it’s": 'n', "It’s": 'n', "it's": 'n', "It's": 'n'}

// beForms are forms of "be" (and pronouns contracted with it) before a
// progressive cue: "is demanding", "He’s claiming", "isn’t saying".
var beForms = set(`is are was were ’s 's been be ’re 're isn’t isn't wasn’t wasn't aren’t aren't weren’t weren't
	he’s He’s he's He's she’s She’s she's She's they’re They’re they're They're we’re We’re we're We're
	it’s It’s it's It's`)

var objPronouns = set(`him her them us me`)

// toAddressee are verbs of saying whose "to" introduces the one addressed
// ("wrote to the council", "explained to reporters"), not an infinitive.
var toAddressee = set(`wrote write writes writing spoke speak speaks speaking talked talk talks talking
	said say says explained explains complained complains confided confides admitted admits
	announced announces mentioned mentions repeated repeats`)

// lowerWord is strings.ToLower without allocating for a word that has no
// capital.
func lowerWord(s string) string {
	if hasUpper(s) {
		return strings.ToLower(s)
	}
	return s
}

// lower is strings.ToLower memoised for the text, as Text.Lower is for
// its words.
func (s *state) lower(w string) string {
	if !hasUpper(w) {
		return w
	}
	l, ok := s.lowered[w]
	if !ok {
		if s.lowered == nil {
			s.lowered = make(map[string]string, 64)
		}
		l = strings.ToLower(w)
		s.lowered[w] = l
	}
	return l
}

// hasUpper reports whether s holds a capital letter, ASCII or not.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		} else if c >= utf8.RuneSelf {
			for _, r := range s[i:] {
				if unicode.IsUpper(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// trimEnd returns the end of sentence range [lo,hi) without trailing
// terminal punctuation outside quotation marks.
func (s *state) trimEnd(lo, hi int) int {
	for hi > lo && s.kind(hi-1) == sentence.Punct {
		switch s.w(hi - 1) {
		case ".", "!", "?", "…", ",", ";", ":", "-", "—", "–", ")":
			hi--
			continue
		}
		break
	}
	return hi
}

// sentence finds the attributions whose cue lies in sentence si.
func (s *state) sentence(si int, out []raw) []raw {
	sen := s.t.Sentences[si]
	defer func() { s.found = nil }()
	s.found = out
	if r, ok := s.transcript(sen); ok {
		return s.accept(out, r)
	}
	if r, ok := s.dashCredit(sen); ok {
		out = s.accept(out, r)
	}
	if r, ok := s.saidFirst(sen); ok {
		return s.accept(out, r)
	}
	n0 := len(out)
	for i := sen.Lo; i < sen.Hi; i++ {
		tk := s.t.Tokens[i]
		if tk.Kind != sentence.Word || tk.Quoted || s.used[i] {
			continue
		}
		w := s.w(i)
		if w == "by" && i > sen.Lo+1 && i+1 < sen.Hi && passiveCues[s.w(i-1)] {
			if r, ok := s.passive(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				i = max(i, r.sHi-1)
			}
			continue
		}
		if nounCues[s.lower(w)] && i > sen.Lo && i+2 < sen.Hi && nounLink[s.w(i+1)] && (isPossessive(s.w(i-1)) || possessivePronouns[s.w(i-1)]) {
			// "Trump’s claim that there have been “thousands of shootings”",
			// "his determination to act alone", "her criticism of ..."
			hiEff := s.trimEnd(sen.Lo, sen.Hi)
			r := raw{cLo: i + 1, cueLo: i, cueHi: i + 1, sLo: -1, sHi: -1, entity: -1}
			if nw := s.w(i + 1); nw != "that" && nw != "to" {
				r.cLo, r.cueHi = i+2, i+2
			}
			r.cHi = s.contentEnd(r.cLo, hiEff)
			if s.w(i+1) != "that" {
				r.cHi = s.attEnd(r.cLo, r.cHi, i)
			}
			if m, ok := s.ents.MentionAt(i - 1); ok {
				r.sLo, r.sHi = m.Lo, m.Hi
			} else {
				r.sLo, r.sHi = i-1, i
			}
			if r.cHi > r.cLo+1 {
				out = s.accept(out, r)
				s.found = out
			}
			continue
		}
		if (w == "in" || w == "In") && !s.t.Tokens[i].Quoted {
			// "she did not receive a bump in one of the first polls",
			// "In this poll, Trump rose 1 percent"
			if r, ok := s.inPoll(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if (w == "according" || w == "According") && i+1 < sen.Hi && s.w(i+1) == "to" {
			if r, ok := s.according(sen, i); ok {
				out = s.accept(out, r)
				i = max(i, r.sHi-1)
			}
			continue
		}
		if w == "heard" && i+2 < sen.Hi && s.w(i+1) == "from" {
			// "The court heard from pathologist Dr Ines Varga that ...":
			// court reporting's attribution, the witness the source
			if r, ok := s.heardFrom(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				i = max(i, r.cHi-1)
				continue
			}
		}
		if (i == sen.Lo && isCapWord(w) || i == sen.Lo+1 && frontPreps[s.w(sen.Lo)]) && len(w) > 5 && strings.HasSuffix(w, "ing") && s.cueMap[s.lower(w)]&(cueIng|cueAttIng) != 0 {
			// "Citing an unfounded theory, Trump accused ...", "After
			// saying her foot was swollen, she ...": a fronted participle
			// whose subject is the main clause's
			if r, ok := s.frontedParticiple(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
			}
			continue
		}
		if w == "Asked" && i == sen.Lo || w == "asked" && i > sen.Lo && (s.w(i-1) == "when" || s.w(i-1) == "When") {
			// "Asked about the charges, Rubio said ...", "When asked by a
			// reporter whether ...": the question is an attribution of its
			// own, its source the asker when named
			if r, ok := s.asked(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if raisingParticiples[w] && i+2 < sen.Hi && (s.w(i+1) == "to" && s.kind(i+2) == sentence.Word || s.w(i+1) == "that" && i-2 >= sen.Lo && (s.w(i-2) == "it" || s.w(i-2) == "It")) {
			// "One in nine voters is expected to be Latino", "it is
			// widely believed that ...": an attribution without a source
			if r, ok := s.agentless(sen, i); ok {
				if r.cueLo-1 >= sen.Lo && r.cueLo-1 == r.cLo && (s.w(r.cLo) == "it" || s.w(r.cLo) == "It") {
					r.cLo = i + 1
				}
				for k := r.cueLo - 1; k > r.cLo; k-- {
					// the subject is the noun phrase before the copula, not
					// a clause before it ("..., although they say they
					// support some changes lawmakers are expected to consider")
					if w := s.w(k); (w == "," || w == ";" || s.cueMap[w]&cueVerb != 0 || gapRel[w]) && !s.t.Tokens[k].Quoted {
						r.cLo = k + 1
						break
					}
				}
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if seemVerbs[w] && i > sen.Lo && i+2 < sen.Hi && s.w(i+1) == "to" && s.kind(i+2) == sentence.Word && !s.t.Tokens[i].Quoted {
			// "Republican voters appear to be moving behind Trump": an
			// impression without a source, the verb a gap in its content
			if r, ok := s.seeming(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if hearsayAdverbs[w] && !s.t.Tokens[i].Quoted {
			// "Trump reportedly told aides ...": the adverb is the cue of
			// a sourceless attribution whose content is its clause
			if r, ok := s.hearsay(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if judgedParticiples[w] && i+1 < sen.Hi && judgedPreps[s.w(i+1)] {
			// "peacekeepers have been blamed for ...": an attribution
			// without a source, the whole clause its content
			if r, ok := s.agentless(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if w == "put" && i+1 < sen.Hi && s.w(i+1) == "it" || s.cueMap[w]&cueVerb != 0 && s.cueMap[w]&(cueAtt|cueWeak) == 0 {
			// "As Ms. Simonyan put it in a statement, ...", "..., as police have said."
			if r, ok := s.asAttribution(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
				continue
			}
		}
		if refuseForms[w] && i+2 < sen.Hi && s.w(i+1) == "to" && s.cueMap[s.w(i+2)] != 0 {
			continue // "refused to endorse Trump": a negated cue, the infinitive
		}
		c, ok := s.cueMap[w]
		if ok && i+1 < sen.Hi && strings.HasSuffix(w, "s") && crowdNouns[s.lower(w)] && s.cueMap[s.w(i+1)]&cueVerb != 0 {
			continue // "Patient advocates say ...": the noun before the verb
		}
		if !ok && i > sen.Lo && (w == "Says" || w == "Said" || w == "Warns" || w == "Tells" || isCapWord(w) && s.titleCase(sen)) {
			c, ok = s.cueMap[s.lower(w)] // title-case headline: "Obama Says ...", "Poll Shows ..."
		}
		if !ok && attAdjectives[w] && i > sen.Lo && s.progressive(sen.Lo, i) {
			c, ok = cueVerb|cueAtt, true // "Democrats are worried that ...", "he was critical of ..."
		}
		if !ok {
			continue
		}
		if purposeVerbs[w] && i-1 > sen.Lo && s.w(i-1) == "to" && !s.controlled(sen.Lo, i) {
			// "European leaders gathered Friday to discuss the torrent of
			// challenges": the main clause's subject is the source
			if r, ok := s.purpose(sen, i); ok {
				out = s.accept(out, r)
				s.found = out
			}
			continue
		}
		if c&(cueIng|cueAttIng) == 0 && s.controlled(sen.Lo, i) {
			// "went on to discuss ...", "refused to endorse Trump": the
			// infinitive is the cue, its subject the control verb's
			c = cueVerb | cueAtt | cueCtl
		} else if c == cueAttBase {
			if !s.modalBefore(sen.Lo, i) && !s.pluralBefore(sen.Lo, i) {
				continue
			}
			c = cueVerb | cueAtt // "Republicans would oppose ...", "they support ..."
		}
		if c == cueAttIng {
			switch {
			case s.progressive(sen.Lo, i):
				c = cueVerb | cueAtt // "the city is demanding that ..."
			case i > sen.Lo && s.w(i-1) == ",":
				c = cueIng // "..., encouraging his supporters to ..."
			case i > sen.Lo && (sourceNouns[s.t.Lower(i-1)] || mediaNouns[s.t.Lower(i-1)]):
				// "polls showing Trump leading", "a new ad attacking ..."
				if r, ok := s.nounParticiple(sen, i); ok {
					out = s.accept(out, r)
					s.found = out
				}
				continue
			case i > sen.Lo+1 && s.withSubject(sen.Lo, i-1):
				// "with experts offering their assessments", "with Russia
				// backing the government": "with" and the -ing verb's subject
				if r, ok := s.nounParticiple(sen, i); ok {
					if m, ok := s.ents.MentionAt(i - 1); ok {
						r.sLo = m.Lo
					}
					out = s.accept(out, r)
					s.found = out
				}
				continue
			default:
				continue
			}
		}
		if i+1 < sen.Hi && !s.t.Tokens[i+1].Quoted && (verbParticles[s.w(i+1)] || w == "think" && (s.w(i+1) == "tank" || s.w(i+1) == "tanks")) {
			continue // "showed up at the debate", "was laid off", "a liberal think tank"
		}
		if c&cueWeak != 0 && i+1 < sen.Hi && s.cueMap[s.w(i+1)]&cueVerb != 0 && !s.t.Tokens[i+1].Quoted {
			continue // "campaign-finance reports shows": a noun before the verb
		}
		if i > sen.Lo && (s.w(i-1) == "to" || s.w(i-1) == "To") && c&cueCtl == 0 {
			continue // infinitive: "refused to say"
		}
		if (w == "asked" || w == "requested" || w == "spoke") && s.anonymity(i+1, sen.Hi) {
			continue // "who asked not to be named", "spoke on condition of anonymity": a source's terms, not a statement
		}
		if wishForms[w] && i+3 < sen.Hi && s.w(i+1) == "to" && s.w(i+2) == "be" && (s.w(i+3) == "named" || s.w(i+3) == "identified") {
			continue // "who did not wish to be named"
		}
		if i > sen.Lo && i+1 < sen.Hi && sourceParticiples[w] && sourcePreps[s.w(i+1)] && unnamedNouns[s.t.Lower(i-1)] && (s.indefiniteBefore(sen.Lo, i-1) || s.bareSource(sen.Lo, i-1)) {
			continue // a reduced relative: "a person briefed on the matter said"
		}
		if (w == "compared" || w == "compares") && i+1 < sen.Hi && (s.w(i+1) == "to" || s.w(i+1) == "with") {
			continue // a preposition: "..., compared to only 18% of ..."
		}
		if c&cueWeak != 0 && i > sen.Lo && s.kind(i-1) == sentence.Word && (numberWords[s.w(i-1)] || strings.IndexAny(s.w(i-1), "0123456789") == 0) {
			continue // "two states, Illinois and Arizona", "18 states"
		}
		if i > sen.Lo && (nounBefore[s.t.Lower(i-1)] || isPossessive(s.w(i-1)) && pronouns[s.w(i-1)] == 0 && !beForms[s.w(i-1)] ||
			strings.HasSuffix(w, "ed") && s.kind(i-1) == sentence.Word && adjectiveBefore[s.t.Lower(i-1)]) {
			continue // a noun or adjective: "the think tank", "two states", "such expected backers", "for added comfort"
		}
		if c&cueIng != 0 && i > sen.Lo && s.progressive(sen.Lo, i) {
			// progressive: "Donald Trump is telling a veterans group that ..."
			c = cueVerb
			if w == "telling" || w == "asking" || w == "urging" || w == "warning" {
				c |= cueTell
			}
		}
		var r raw
		if c&cueIng != 0 && i > sen.Lo && (sourceNouns[s.t.Lower(i-1)] || mediaNouns[s.t.Lower(i-1)]) {
			r, ok = s.nounParticiple(sen, i) // "a statement calling the test ..."
		} else if c&cueIng != 0 {
			r, ok = s.participle(sen, i, out)
		} else {
			r, ok = s.finite(sen, i, c)
		}
		if ok {
			out = s.accept(out, r)
			s.found = out
		}
	}
	if r, ok := s.sourceTag(sen); ok {
		// after the headline's own attributions: "Biden says he will
		// veto the bill: Report" holds both, and the inner one ends at
		// the colon
		for i := n0; i < len(out); i++ {
			if out[i].cLo < r.cHi && out[i].cHi > r.cHi {
				out[i].cHi = r.cHi
			}
		}
		out = s.accept(out, r)
		s.found = out
	}
	if r, ok := s.colonQuote(sen); ok {
		free := true
		for _, o := range out[n0:] {
			if o.cHi > r.cLo && o.cLo < r.cHi {
				free = false
			}
		}
		if free {
			out = s.accept(out, r)
		}
	}
	return out
}

// colonQuote handles a sentence without an attribution whose clause ends
// in a colon and a quotation: "The piece used one of the woman’s quotes
// as its headline: “Finally. Someone who thinks like me.”" The clause's
// subject is the source, its verb the cue.
func (s *state) colonQuote(sen sentence.Range) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	k := sen.Lo
	for k < sen.Hi && k < sen.Lo+40 && (s.w(k) != ":" || s.t.Tokens[k].Quoted) {
		k++
	}
	if k >= sen.Hi || s.w(k) != ":" || k+1 >= s.n || s.kind(k+1) != sentence.OpenQuote || s.match[k+1] < 0 {
		return r, false
	}
	if k+1 >= sen.Hi && s.t.Tokens[k+1].Para != s.t.Tokens[k].Para+1 {
		return r, false // the quotation must follow at once, or open the next paragraph
	}
	if lo, hi, ok := s.mainSubject(sen.Lo, k); ok && hi < k {
		r.sLo, r.sHi = lo, hi
		r.cueLo, r.cueHi = hi, k
	} else if e, id, ok := s.colonLabel(sen.Lo, k); ok {
		r.sLo, r.sHi, r.entity = sen.Lo, e, id
		r.cueLo, r.cueHi = k, k+1
	} else {
		return r, false
	}
	r.cLo, r.cHi = k+1, s.runOn(k+1)
	return r, r.cHi > r.cLo+1
}

// colonLabel reports whether the words from lo to the colon at k are a
// name that labels the quotation after it ("Clinton: “Our goal is ...”",
// "Rep. Trey Gowdy (R-S.C.): “...”"): a person or organisation mention,
// a bracketed tag aside, with at most four words before it. It returns
// the end of the label and the entity.
func (s *state) colonLabel(lo, k int) (int, int, bool) {
	e := k
	if e <= lo {
		return 0, 0, false // the colon opens the sentence: no label
	}
	if s.w(e-1) == ")" {
		for e > lo && s.w(e-1) != "(" {
			e--
		}
		if e == lo {
			return 0, 0, false
		}
		e--
		if e <= lo {
			return 0, 0, false // "(R-S.C.): ..." with no name before the bracket
		}
	}
	m, ok := s.ents.MentionAt(e - 1)
	if !ok || m.Hi != e || m.Lo < lo || s.words(lo, m.Lo) > 4 {
		return 0, 0, false
	}
	if t := s.ents.Entities[m.Entity].Type; !orgLike(t) && t != entity.Person {
		return 0, 0, false
	}
	return e, m.Entity, true
}

// progressive reports whether the -ing word at i follows a form of "be"
// ("is demanding", "is once again questioning", "has been investigating").
func (s *state) progressive(lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		w := s.w(k)
		if beForms[w] {
			return true
		}
		if !(isAdverb(w) || w == "also" || w == "still" || w == "now" || w == "again" || w == "once" || w == "not" || w == "already" || w == "even") {
			return false
		}
	}
	return false
}

// attAdjectives are predicative adjectives of stance and emotion that
// take a that-clause, an infinitive or a prepositional object (Quirk et
// al. 1985, "A Comprehensive Grammar of the English Language", 16.68-16.73:
// adjective complementation); after a form of "be" they are attribution
// cues like the verbs they pair with ("is worried that" / "worries that").
var attAdjectives = set(`sure certain confident convinced afraid worried concerned frustrated
	determined skeptical sceptical optimistic pessimistic hopeful aware critical supportive
	opposed adamant unhappy angry upset furious outraged disappointed eager reluctant willing
	unwilling bullish bearish wary doubtful insistent unconvinced unsure uncertain passionate
	fearful proud glad pleased ashamed annoyed alarmed dismayed troubled nervous anxious keen`)

// modals before a base-form attitude cue.
var modals = set(`will would could should may might must can did does do didn’t didn't doesn’t doesn't
	don’t don't won’t won't wouldn’t wouldn't can’t can't couldn’t couldn't they They we We I you You`)

// modalBefore reports whether the base verb at i follows a modal, "do" or
// a plural pronoun ("would oppose", "did not mention", "they support").
func (s *state) modalBefore(lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-3; k-- {
		w := s.w(k)
		if modals[w] {
			if _, pro := pronouns[w]; pro && k > lo && s.kind(k-1) == sentence.Word && !npStop[s.w(k-1)] {
				return false // a relative clause: "the number I need"
			}
			return true
		}
		if !(isAdverb(w) || w == "also" || w == "not" || w == "still" || w == "never" || w == "even") {
			return false
		}
	}
	return false
}

// personSubject reports whether [lo,hi) is one person's name or "he"/"she":
// with a person as subject a form like "notes", "hopes" or "demands" is a
// verb, not a plural noun ("Lynch notes they were appointed ...").
func (s *state) personSubject(lo, hi int) bool {
	if hi == lo+1 && (pronouns[s.w(lo)] == 'm' || pronouns[s.w(lo)] == 'f') {
		return true
	}
	m, ok := s.ents.MentionAt(hi - 1)
	if !ok || m.Hi != hi || m.Lo < lo || m.Lo > lo+2 {
		return false
	}
	return s.ents.Entities[m.Entity].Type == entity.Person
}

// bodySubject reports whether [lo,hi) is an organisation speaking as one:
// its name, or a determiner and a word for a body ("The campaign hopes to
// win Ohio", "the party fears that ..."), which makes a form that is also a
// plural noun a verb.
func (s *state) bodySubject(lo, hi int) bool {
	if m, ok := s.ents.MentionAt(hi - 1); ok && m.Hi == hi && m.Lo >= lo && m.Lo <= lo+1 && s.ents.Entities[m.Entity].Type == entity.Org {
		return true
	}
	return hi-lo == 2 && determiners[s.t.Lower(lo)] && (groupNouns[s.w(lo+1)] || bodyNouns[s.w(lo+1)])
}

// nameObject reports whether [q,hi) is a single name, the whole object of
// an attitude verb: "Cruz has endorsed Trump.", "supported Democrats".
func (s *state) nameObject(q, hi int) bool {
	m, ok := s.ents.MentionAt(q)
	return ok && m.Lo == q && m.Hi >= hi
}

// pluralSubject reports whether [lo,hi) is a short bare plural noun
// phrase, a group as source: "Voting rights advocates have expressed ...",
// "Other officials weighed in ...".
func (s *state) pluralSubject(lo, hi int) bool {
	if hi-lo <= 8 && hi-lo > 2 {
		// "Residents of the town", "Majorities across the political
		// spectrum": the head comes before the preposition
		for k := lo + 1; k < hi-1; k++ {
			if headPreps[s.w(k)] {
				if k-lo <= 3 && s.pluralHead(k-1) && !s.nameWord(k-1) {
					return true
				}
				break
			}
		}
	}
	if hi-lo > 4 || hi <= lo {
		return false
	}
	for k := lo; k < hi; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return false
		}
	}
	w := s.w(hi - 1)
	return len(w) > 4 && w[0] >= 'a' && w[0] <= 'z' && s.pluralHead(hi-1)
}

// headPreps open a modifier after the head noun of a subject.
var headPreps = set(`of in at from across among within on for`)

// pluralHead reports whether the word at k looks like a plural noun (a
// capital allowed, as at the start of a sentence): "critics", "Residents".
func (s *state) pluralHead(k int) bool {
	w := s.t.Lower(k)
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && s.cueMap[w] == 0 && s.kind(k) == sentence.Word
}

// forms of "refuse", which negate the reporting verb in their infinitive.
var refuseForms = set(`refuse refuses refused refusing`)

// frontedParticiple handles "CUEing CONTENT, SUBJECT ..." with the cue at
// c, the first word of the sentence.
func (s *state) frontedParticiple(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	k := c + 1
	for k < sen.Hi && k < c+40 && (s.w(k) != "," || s.t.Tokens[k].Quoted) {
		if s.kind(k) == sentence.CloseQuote && s.w(k-1) == "," {
			break // ‘After saying it was “so swollen,” she ...’
		}
		k++
	}
	if k+1 >= sen.Hi || s.w(k) != "," && s.kind(k) != sentence.CloseQuote || k < c+2 {
		return r, false
	}
	end := k
	if s.kind(k) == sentence.CloseQuote {
		end = k + 1
	}
	if prepositions[s.w(c+1)] || badStart[s.w(c+1)] || s.w(c+1) == "to" {
		return r, false // "Writing on Twitter, she ...", "Responding to a query, she ...": where, not what
	}
	if c > sen.Lo && frontPreps[s.w(c-1)] && s.w(c+1) != "that" && !s.hasQuote(c+1, end) {
		return r, false // "Before telling reporters about the deal, she ...": no words reported
	}
	if m, ok := s.ents.MentionAt(k + 1); ok && m.Lo == k+1 {
		r.sLo, r.sHi = m.Lo, m.Hi
	} else if pronouns[s.w(k+1)] != 0 || s.pluralSubject(k+1, k+2) {
		r.sLo, r.sHi = k+1, k+2
	} else {
		return r, false
	}
	r.cLo, r.cHi = c+1, end
	return r, true
}

// frontPreps open a fronted participle clause: "After saying ...,".
var frontPreps = set(`After Before While Despite Since Besides`)

// participles of judgement that, after a form of "be" and before one of
// judgedPreps, make an attribution without a source ("was accused of",
// "were rated as").
var (
	judgedParticiples = set(`criticized criticised accused charged rated viewed described mentioned regarded
		praised blamed labeled labelled branded hailed condemned touted dubbed`)
	judgedPreps = set(`as for of with`)
	// participles of the raising passive and of the impersonal passive
	// ("is said to", "is expected to", "it is believed that"): reports
	// and beliefs without a source (Quirk et al. 1985, 16.35; PolNeAR's
	// Attribution-no-source)
	raisingParticiples = set(`said reported believed expected thought alleged rumored rumoured
		known estimated projected predicted understood considered presumed feared hoped
		widely`)
)

// agentless handles a passive judgement without an agent, the participle
// at c: the content is the whole clause, from its subject.
func (s *state) agentless(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	a := c - 1
	for a > sen.Lo && (isAdverb(s.w(a)) || s.w(a) == "often" || s.w(a) == "also" || s.w(a) == "never" || s.w(a) == "not" || s.w(a) == "been" || s.w(a) == "being") {
		a--
	}
	if a <= sen.Lo || !(beForms[s.w(a)] || s.w(a) == "been" || s.w(a) == "being" || s.w(a) == "be") || s.t.Tokens[a].Quoted {
		return r, false
	}
	for a > sen.Lo && (auxiliaries[s.w(a-1)] || beForms[s.w(a-1)] || isAdverb(s.w(a-1))) {
		a--
	}
	r.cueLo = a
	start := s.leftStart(sen.Lo, a)
	if subordinators[s.t.Lower(start)] {
		for k := a - 1; k > start; k-- {
			if s.w(k) == "," && !s.t.Tokens[k].Quoted {
				start = k + 1
				break
			}
		}
		if subordinators[s.t.Lower(start)] {
			start++ // "Although North Korea is not thought to be ...": the clause after it
		}
	}
	if start >= a || s.words(start, a) < 1 {
		return r, false
	}
	r.cLo, r.cHi = start, s.contentEnd(c+1, hiEff)
	if k := r.cHi; k+2 < hiEff && s.w(k) == "," && s.t.Lower(k+1) == "according" && s.w(k+2) == "to" {
		return r, false // "X is expected to ..., according to Y": Y is the source
	}
	return r, r.cHi > c+2
}

// seemVerbs are the raising verbs of appearance (Quirk et al. 1985,
// 16.46): the subject "seems to" do what the content says, by no one's
// account in particular.
var seemVerbs = set(`seem seems seemed appear appears appeared`)

// seeming reads "SUBJECT seems to VP" at c as a sourceless attribution:
// content the subject and the verb phrase, cue the raising verb.
func (s *state) seeming(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	start := s.leftStart(sen.Lo, c)
	for k := c - 1; k > start; k-- {
		if w := s.w(k); (w == "," || w == ";" || s.cueMap[w]&cueVerb != 0) && !s.t.Tokens[k].Quoted {
			start = k + 1
			break
		}
	}
	if start >= c || subordinators[s.t.Lower(start)] || s.w(c-1) == "it" || s.w(c-1) == "It" {
		return r, false
	}
	r.cLo, r.cHi = start, s.contentEnd(c+1, hiEff)
	return r, r.cHi > c+2
}

// hearsayAdverbs mark a clause as reported without naming the reporter
// (evidential adverbs, Quirk et al. 1985, 8.127-8.130).
var hearsayAdverbs = set(`reportedly allegedly purportedly supposedly reputedly ostensibly
	Reportedly Allegedly Purportedly Supposedly Reputedly Ostensibly`)

// hearsay returns the sourceless attribution of the clause around the
// evidential adverb at c ("Trump reportedly told aides that ..."); the
// adverb is the cue and a gap in the content.
func (s *state) hearsay(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	start := s.leftStart(sen.Lo, c)
	for k := c - 1; k > start; k-- {
		if s.w(k) == "," && !s.t.Tokens[k].Quoted || s.w(k) == ";" || s.w(k) == ":" {
			start = k + 1
			break
		}
	}
	q := c + 1
	if q < hiEff && s.w(q) == "," {
		q++
	}
	r.cLo, r.cHi = start, s.contentEnd(q, hiEff)
	if start == c {
		r.cLo = q // "Reportedly, the talks ..."
	}
	return r, s.words(r.cLo, r.cHi) >= 3
}

// relative pronouns whose clause has a gap after an embedded attribution.
var gapRel = set(`which what who whom that`)

// words that open a clause or phrase enclosed in commas after a subject.
var encloseStart = set(`who which where like unlike including whose in`)

// verbs whose subject is a study, poll or document: "the poll shows".
var evidenceVerbs = set(`shows show showed found finds`)

// sourceNounBack returns the start of a noun phrase headed by a source
// noun in the 20 tokens before the subject at nLo ("A USA TODAY analysis of
// super PACs that have raised ... , shows"), or -1.
func (s *state) sourceNounBack(lo, nLo int) int {
	for k := nLo - 1; k >= lo && k >= nLo-20; k-- {
		w := s.w(k)
		if s.t.Tokens[k].Quoted || w == ";" || w == ":" || s.kind(k) == sentence.OpenQuote || s.kind(k) == sentence.CloseQuote {
			return -1
		}
		if lw := s.lower(w); sourceNouns[lw] || mediaNouns[lw] && lw != "ones" {
			st := k
			for st > lo && st > k-5 && s.kind(st-1) == sentence.Word && !npStop[s.t.Lower(st-1)] && !prepositions[s.w(st-1)] && s.w(st-1) != "of" {
				st--
			}
			return st
		}
	}
	return -1
}

// nouns of opinion research that are the source of an "in" phrase.
var pollNouns = set(`poll polls survey surveys`)

// orgLike reports whether an entity of type t can speak through a
// spokesperson: an organisation, or a place standing for its government
// ("a Kremlin spokesman", "a Downing Street spokesman").
func orgLike(t entity.Type) bool {
	return t == entity.Org || t == entity.GPE || t == entity.Loc
}

// endsBefore reports whether a mention of entity id ends right before
// token h: the whole modifier of the head ("A Harwick College poll", not
// "A University of Michigan survey" with only "University" recognised).
func (s *state) endsBefore(id, h int) bool {
	m, ok := s.ents.MentionAt(h - 1)
	return ok && m.Entity == id && m.Hi == h
}

// findingNouns are works whose findings are their maker's: "a Harwick
// College poll", "a Treasury analysis".
var findingNouns = set(`poll survey study report analysis audit review assessment estimate estimates
	forecast projection projections`)

// inPoll handles "CONTENT in A POLL" and "In A POLL, CONTENT" with "in" at i.
func (s *state) inPoll(sen sentence.Range, i int) (raw, bool) {
	r := raw{cueLo: i, cueHi: i + 1, sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	k := i + 1
	for k < hiEff && k <= i+6 && s.kind(k) == sentence.Word && !pollNouns[s.w(k)] {
		k++
	}
	if k >= hiEff || !pollNouns[s.w(k)] || s.kind(k) != sentence.Word {
		return r, false
	}
	if strings.HasSuffix(s.w(k), "s") && !s.hasCapital(i+1, k) {
		return r, false // "trails Clinton in the polls", "in national polls": standing, not a finding
	}
	// the source runs over a participle or "to" phrase after the noun
	e := k + 1
	for e < hiEff && e < k+15 && s.kind(e) == sentence.Word {
		e++
	}
	r.sLo, r.sHi = i+1, e
	if i == sen.Lo {
		if e >= hiEff || s.w(e) != "," || e+1 >= hiEff {
			return r, false
		}
		r.cLo, r.cHi = e+1, s.contentEnd(e+1, hiEff)
		return r, r.cHi > r.cLo+2
	}
	if e < hiEff && s.w(e) != "," {
		return r, false
	}
	start := s.leftStart(sen.Lo, i)
	for j := i - 1; j > start; j-- {
		if s.w(j) == "," && !s.t.Tokens[j].Quoted {
			start = j + 1
			break
		}
	}
	if s.words(start, i) < 3 {
		return r, false
	}
	r.cLo, r.cHi = start, i
	return r, true
}

// hasCapital reports whether a capitalised word stands in [lo,hi).
func (s *state) hasCapital(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if isCapWord(s.w(j)) {
			return true
		}
	}
	return false
}

// abbreviations that end a name: "Roberts Jr.".
var nameSuffixes = set(`Jr Sr Inc Co Corp Ltd`)

// particles that make a phrasal verb of another meaning: "showed up",
// "laid off", "backed down".
var verbParticles = set(`up off away down back`)

// number words before a plural noun.
var numberWords = set(`two three four five six seven eight nine ten dozen dozens hundreds thousands millions`)

// prepositions that cannot open a subject noun phrase.
var subjectPreps = set(`of in on at for from with by into about`)

// withSubject reports whether token k, before an -ing cue, ends a short
// noun phrase right after "with": a name or a bare plural.
func (s *state) withSubject(lo, k int) bool {
	st := k
	if m, ok := s.ents.MentionAt(k); ok && m.Hi == k+1 {
		st = m.Lo
	} else if !s.pluralSubject(k, k+1) {
		return false
	}
	return st > lo && s.w(st-1) == "with"
}

// communication verbs whose infinitive of purpose is an attribution with
// the main clause's subject: "leaders met to discuss the test".
var purposeVerbs = set(`discuss explain address criticize criticise condemn denounce defend praise endorse
	announce urge warn reject repeat remind question tout invoke highlight acknowledge admit deny veto`)

// purpose handles "SUBJECT VERB ... to CUE OBJECT" with the cue at c.
func (s *state) purpose(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c - 1, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	lo, hi, ok := s.mainSubject(sen.Lo, c-1)
	if !ok || hi >= c-1 {
		return r, false
	}
	q := c + 1
	if q >= hiEff || s.kind(q) != sentence.Word || badStart[s.w(q)] || attBadStart[s.w(q)] || s.words(q, hiEff) < 2 {
		return r, false
	}
	r.sLo, r.sHi = lo, hi
	r.cLo, r.cHi = q, s.attEnd(q, s.contentEnd(q, hiEff), c)
	return r, r.cHi > r.cLo
}

// asAttribution handles an attribution in an "as" clause, with the cue at
// c: "As X put it, CONTENT" and "CONTENT, as X said."
func (s *state) asAttribution(sen sentence.Range, c int) (raw, bool) {
	lo := sen.Lo
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	if s.w(c) == "put" {
		r.cueHi = c + 2
	}
	L := c - 1
	for L >= lo && s.kind(L) == sentence.Word && (auxiliaries[s.w(L)] || isAdverb(s.w(L))) {
		L--
	}
	sHi := L + 1
	if L > lo && s.w(L) == "," {
		// "As Steven M. Rosenthal, a tax lawyer at X, recently put it, ..."
		k := L - 1
		for k > lo && k > L-20 && s.w(k) != "," {
			k--
		}
		if k <= lo || s.w(k) != "," {
			return r, false
		}
		L, sHi = k-1, k
	}
	if L < lo || s.kind(L) != sentence.Word || s.t.Tokens[L].Quoted || npStop[s.t.Lower(L)] {
		return r, false
	}
	nLo := s.extendLeft(lo, L)
	if nLo <= lo || s.w(nLo-1) != "as" && s.w(nLo-1) != "As" || nLo+6 < L {
		return r, false
	}
	r.sLo, r.sHi = nLo, sHi
	as := nLo - 1
	// the cue's adjuncts run to the next comma or the sentence end
	e := r.cueHi
	for e < hiEff && e < r.cueHi+15 && s.w(e) != "," && s.w(e) != ";" && s.w(e) != ":" && s.kind(e) != sentence.OpenQuote && s.kind(e) != sentence.CloseQuote {
		e++
	}
	switch {
	case as == lo && e < hiEff && s.w(e) == ",":
		r.cLo = e + 1
		r.cHi = s.contentEnd(r.cLo, hiEff)
	case as > lo && e+1 < hiEff && s.w(e) == "," && s.kind(e+1) == sentence.OpenQuote:
		// "... being seen, as The New Yorker put it in a lengthy expose,
		// “the operator.”"
		r.cLo = e + 1
		r.cHi = s.contentEnd(r.cLo, hiEff)
	case as > lo && e >= hiEff && (s.w(as-1) == "," && !s.t.Tokens[as-1].Quoted || s.kind(as-1) == sentence.CloseQuote):
		r.cHi = as
		if s.w(as-1) == "," {
			r.cHi = as - 1
		}
		r.cLo = s.leftStart(lo, r.cHi)
	default:
		return r, false
	}
	return r, r.cHi > r.cLo+1
}

// pluralBefore reports whether the base verb at i follows a plural noun
// subject in the present tense: "Many experts suspect ...", "E.U. leaders
// warn that ...", "some note that ...", "Democrats privately express ...".
func (s *state) pluralBefore(lo, i int) bool {
	k := i - 1
	for k >= lo && k >= i-3 && (isAdverb(s.w(k)) || s.w(k) == "also" || s.w(k) == "still" || s.w(k) == "often") {
		k--
	}
	if k < lo || s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
		return false
	}
	w := s.w(k)
	switch w {
	case "some", "others", "many", "most", "percent", "police", "people", "who", "Some", "Others", "Many", "Most":
		return true
	}
	if m, ok := s.ents.MentionAt(k); ok && m.Hi == k+1 {
		if m.Lo-2 >= lo && s.w(m.Lo-1) == "and" {
			if _, ok := s.ents.MentionAt(m.Lo - 2); ok {
				return true // "Obama and Clinton call them ..."
			}
		}
		if i+1 < s.n && s.w(i+1) == "that" && s.ents.Entities[m.Entity].Type == entity.Org && !s.afterPreposition(lo, m.Lo) {
			// "The Taliban contend that ...": a group named in the
			// singular takes the plural verb (but in "Critics of the
			// Taliban argue" the group is not the subject)
			return true
		}
	}
	if len(w) >= 3 && w[len(w)-1] == 's' && isAllCapsWord(w[:len(w)-1]) {
		return true // "several Civic MPs fear", "CEOs expect"
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
		return false
	}
	if _, ok := s.cueMap[w]; ok {
		return false // "he says support ..."
	}
	if k > lo && (prepositions[s.w(k-1)] || s.w(k-1) == "of" || s.w(k-1) == "for" || s.w(k-1) == "to") {
		return false // "in some states support for ..."
	}
	return true
}

// accept appends r unless an earlier attribution already covers its content.
func (s *state) accept(out []raw, r raw) []raw {
	if r.cHi <= r.cLo {
		return out
	}
	if r.sLo >= 0 && r.sHi > r.sLo {
		r.sLo = s.skipConnective(r.sLo, r.sHi) // "However, a source close to the board"
	}
	r.cHi = s.frontedEnd(r)
	r.cLo = s.skipConnective(r.cLo, r.cHi)
	if !s.complementFits(r) {
		return out
	}
	for k := len(out) - 1; k >= 0 && k >= len(out)-3; k-- {
		o := out[k]
		if o.cLo == r.cLo && o.cHi == r.cHi {
			return out
		}
	}
	for k := r.cLo; k < r.cHi; k++ {
		if s.kind(k) == sentence.OpenQuote || s.kind(k) == sentence.CloseQuote || s.t.Tokens[k].Quoted {
			s.used[k] = true
		}
	}
	return append(out, r)
}

// connectives are the discourse adverbials that open a sentence or
// clause before a comma ("Even so, ...", "for example, that ..."): the
// writer's framing, not part of what was said.
var connectives = set(`even_so for_example for_instance at_the_same_time however indeed in_fact
	still meanwhile moreover of_course after_all in_other_words instead nevertheless nonetheless
	besides in_addition in_short in_turn as_a_result by_contrast on_the_other_hand furthermore
	likewise similarly in_particular above_all once_again without_evidence without_offering_evidence
	without_providing_evidence therefore thus`)

// skipConnective returns where a content starting at lo really starts:
// after a connective and its comma ("Even so, in February he raised ...").
func (s *state) skipConnective(lo, hi int) int {
	k := lo
	for k < hi && k < lo+5 && s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted {
		k++
	}
	if k == lo || k+2 >= hi || s.w(k) != "," {
		return lo // most contents: no comma among the first words, nothing to build
	}
	var b strings.Builder
	for j := lo; j < k; j++ {
		if j > lo {
			b.WriteByte('_')
		}
		b.WriteString(s.t.Lower(j))
	}
	if connectives[b.String()] {
		return k + 1
	}
	return lo
}

// quantityVerbs report figures as well as statements: before a number
// they are a count ("added 160 officers", "reported $2 billion in revenue").
var quantityVerbs = set(`added adds reported reports posted posts recorded records`)

// irregularPast are common irregular past forms that pastVerb does not
// know, for telling a name's verb after "called X".
var irregularPast = set(`ran won began grew got rose fell drew led paid sold bought wrote`)

// reflexives are the -self pronouns.
var reflexives = set(`himself herself themselves itself myself ourselves yourself`)

// partyMembers name a legislator's party before "of" and the state:
// "Patricia Okafor, Democrat of Minnesota and the panel's chairwoman, said".
var partyMembers = set(`Democrat Republican Independent Conservative Labour Liberal`)

// aimParticiples take "to" and a verb after a subject's noun: "Mediators
// trying to broker a truce", "officials seeking to contain the outbreak".
var aimParticiples = set(`trying seeking hoping working attempting looking struggling fighting pushing scrambling racing`)

// lowerOpener reports whether the subject starting at k opens with a
// lower-case word that cannot start a noun phrase: an adverb, a
// preposition or a verb ("particularly for senators", "happens in").
func (s *state) lowerOpener(k int) bool {
	w := s.w(k)
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	lw := s.lower(w)
	return !determiners[lw] && !possessivePronouns[w] && pronouns[w] == 0 && !crowdQuantifiers[lw] && !crowdNouns[lw] &&
		(isAdverb(w) || subjectPreps[w] || strings.HasSuffix(w, "s") && k > 0 && s.w(k-1) == "what")
}

// insideContent reports whether the comma at L before the verb at c lies
// inside the content of an attribution already found in the sentence
// ("Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse,
// wrote a host of new songs"): the verb is the reported clause's, not an
// inverted cue.
func (s *state) insideContent(c, L int) bool {
	o, ok := s.prevInSentence(c)
	return ok && o.cLo < L && o.cHi > L
}

// selfNamed returns the name that a description gives its person in a
// relative clause ("a trader who gave her name only as Mama Aisha", "a
// spokesman who identified himself as Abu Hudhayfa", "its spokesman,
// who uses the name Abu Kareem"): the person's entity when the recogniser
// knows the name, or else the name as written; -1 and "" when there is
// none.
func (s *state) selfNamed(lo, hi int) (int, string) {
	for k := lo + 2; k < hi; k++ {
		w := s.w(k)
		if w != "as" && !(w == "name" && s.w(k-1) == "the") {
			continue
		}
		if w == "as" && !(s.w(k-1) == "name" || s.w(k-1) == "only" && s.w(k-2) == "name" || reflexives[s.w(k-1)]) {
			continue
		}
		e := k + 1
		for e < hi && e < k+5 && s.kind(e) == sentence.Word && (isCapWord(s.w(e)) || s.w(e) == "al" || strings.HasPrefix(s.w(e), "al-") || s.w(e) == "bin") {
			e++
		}
		if e == k+1 {
			return -1, ""
		}
		if m, ok := s.ents.MentionAt(k + 1); ok && s.ents.Entities[m.Entity].Type == entity.Person {
			return m.Entity, ""
		}
		return -1, s.t.Src[s.t.Tokens[k+1].Start:s.t.Tokens[e-1].End]
	}
	return -1, ""
}

// personBefore reports whether a person's name ends right before token k:
// "Niamh Costello BL, for Glenmorra Homes, said".
func (s *state) personBefore(k int) bool {
	if k > 1 && isCapWord(s.w(k-1)) && isAllCapsWord(s.w(k-1)) && len(s.w(k-1)) <= 3 {
		k-- // a post-nominal: "Niamh Costello BL"
	}
	if k < 1 {
		return false
	}
	m, ok := s.ents.MentionAt(k - 1)
	return ok && s.ents.Entities[m.Entity].Type == entity.Person
}

// partRelative returns the comma that opens a relative clause on a part
// of the subject ("..., some of whom have traveled to Ras Nadir,") when
// the clause holds the mention starting at k, or -1.
func (s *state) partRelative(lo, k int) int {
	for j := k - 1; j > lo && j >= k-12; j-- {
		if s.w(j) != "," || j+3 >= s.n {
			continue
		}
		if crowdQuantifiers[s.t.Lower(j+1)] || s.w(j+1) == "all" || s.w(j+1) == "one" || s.w(j+1) == "none" || numberWords[s.w(j+1)] {
			if s.w(j+2) == "of" && (s.w(j+3) == "whom" || s.w(j+3) == "which") && s.kind(j-1) == sentence.Word {
				return j
			}
		}
		return -1
	}
	return -1
}

// recentSubject returns the person who opens the last sentence, before
// token at, that has a person for its subject, in at's paragraph or the
// one before: "Coach Stuart Pennock singled out ... a try by hooker Sam
// Brierley. “...,” the 48-year-old said." is the coach's. It returns -1
// when there is none.
func (s *state) recentSubject(at int) int {
	ms := s.ents.Mentions
	para := s.t.Tokens[at].Para
	for k := s.mentionsBefore(ms, at) - 1; k >= 0; k-- {
		m := ms[k]
		tk := s.t.Tokens[m.Lo]
		if tk.Para < para-1 {
			break
		}
		if m.Kind != entity.Name || tk.Quoted || s.ents.Entities[m.Entity].Type != entity.Person || tk.Sent == s.t.Tokens[at].Sent {
			continue
		}
		if s.opensSentence(m.Lo) {
			return m.Entity
		}
	}
	return -1
}

// asideAdverbs stand in commas between a subject and its verb: "Yadav,
// meanwhile, demanded ...".
var asideAdverbs = set(`meanwhile however too though instead moreover also likewise similarly nonetheless`)

// leadPreps open a fronted phrase before a subject.
var leadPreps = set(`Under After Before During Despite Following Amid Without With Unlike Like Since In At On From`)

// finite handles a finite reporting verb at c.
func (s *state) finite(sen sentence.Range, c int, cls cueClass) (raw, bool) {
	lo := sen.Lo
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	if s.reducedPassive(lo, c) {
		return r, false
	}
	if (s.w(c) == "added" || s.w(c) == "adds") && c+2 < hiEff && s.w(c+1) == "to" && !s.t.Tokens[c+1].Quoted && !isCapWord(s.w(c+2)) && !addressees[s.w(c+2)] {
		return r, false // "added to his portfolio", not "added to reporters"
	}
	if c > lo && s.w(c-1) == "," && c+1 < hiEff && s.w(c+1) == "by" && (strings.HasSuffix(s.w(c), "ed") || strings.HasSuffix(s.w(c), "en")) {
		return r, false // "In a letter dated March 14, seen by the Courier, Ms Langat wrote": a passive aside
	}
	if quantityVerbs[s.w(c)] && c+1 < hiEff && strings.IndexAny(s.w(c+1), "0123456789$€£¥") == 0 {
		return r, false // "organizers added 160 security personnel", "casinos reported $2.17 billion"
	}
	if (s.w(c) == "found" || s.w(c) == "finds") && c+1 < hiEff && (objPronouns[s.w(c+1)] || reflexives[s.w(c+1)] || s.w(c+1) == "it") {
		return r, false // "he found himself on the street", "he found it somewhere else"
	}
	if s.w(c) == "called" && c+1 < hiEff && isCapWord(s.w(c+1)) && !s.t.Tokens[c+1].Quoted {
		k := c + 1
		for k < hiEff && k < c+5 && s.kind(k) == sentence.Word && (isCapWord(s.w(k)) || isYear(s.w(k)) || strings.IndexAny(s.w(k), "0123456789") == 0) {
			k++
		}
		if k >= hiEff || s.kind(k) == sentence.Word && (pastVerb(s.w(k)) || auxWord(s.w(k)) || irregularPast[s.w(k)]) {
			return r, false // "Mr. Obama called Naghmeh Abedini.", "a super PAC called Future 45 ran ads"
		}
	}
	if s.w(c) == "declined" || s.w(c) == "declines" {
		k := c + 1
		if k < hiEff && (s.w(k) == "to" || s.w(k) == "by" || s.w(k) == "from") {
			k++
		}
		if k < hiEff && strings.IndexAny(s.w(k), "0123456789$€£¥") == 0 {
			return r, false // "fees declined to $281 million", "sales declined 4 percent": a fall, not a refusal
		}
	}
	if ps, ok := phrasal[s.t.Lower(c)]; ok && cls&cuePhrasal != 0 && s.phrasalEnd(ps, c+1, hiEff) < 0 {
		return r, false // a cue only with its particle: "took aim at", not "took 57 percent"
	}
	// "has said", "also said": the cue is the verb alone.
	L := c - 1
	for L >= lo && s.kind(L) == sentence.Word && (auxiliaries[s.w(L)] || isAdverb(s.w(L)) || L > lo && whenWords[s.w(L)] || L > lo && s.w(L) == "on" && whenWords[s.w(L+1)] || cls&cueCtl != 0 && L >= c-4 && (s.w(L) == "to" || controlVerbs[s.w(L)] || s.w(L) == "on")) {
		L--
	}
	if L-2 > lo && s.w(L) == "," && asideAdverbs[s.t.Lower(L-1)] && s.w(L-2) == "," {
		L -= 3 // "Anil Kumar Yadav, meanwhile, demanded ..."
	}
	if L > lo && s.w(L) == "." && nameSuffixes[s.w(L-1)] && s.t.Tokens[L-1].End == s.t.Tokens[L].Start {
		L-- // "John G. Roberts Jr. spoke of ..."
	}
	sEnd := L + 1
	if L > lo && s.w(L) == ")" {
		// "Rep. Gwen Moore (D-Wis.) said"
		for k := L - 1; k > lo && k > L-8; k-- {
			if s.w(k) == "(" {
				L = k - 1
				break
			}
		}
	}
	if L >= lo && s.kind(L) == sentence.Word && !s.t.Tokens[L].Quoted && (s.w(L) == "who" || s.w(L) == "which" || s.w(L) == "and" || s.w(L) == "but") {
		// "an architect who said ...", "... and said he did not support",
		// "... but noted that Scott won"
		p := s.skipAfterCue(c+1, hiEff, cls)
		if p < hiEff && (s.w(p) == "," || s.w(p) == ":") && p+1 < hiEff && s.kind(p+1) == sentence.OpenQuote {
			p++
		}
		if p >= hiEff || s.kind(p) != sentence.Word && s.kind(p) != sentence.OpenQuote || badStart[s.w(p)] || (cls&cueWeak != 0 || thatOnly[s.w(c)]) && s.w(p) != "that" && !(thatOnly[s.w(c)] && s.kind(p) == sentence.OpenQuote) {
			return r, false
		}
		if s.w(L) == "who" || s.w(L) == "which" {
			r.sLo, r.sHi = L, L+1
		} else if o, ok := s.prevInSentence(c); ok {
			r.sLo, r.sHi = o.sLo, o.sHi
		} else if m, ok := s.subjectOf(lo, L); ok {
			r.sLo, r.sHi = m.Lo, m.Hi
		} else {
			return r, false
		}
		if p == c+1 && p+1 < hiEff && particles[s.w(p)] && !sayForms[s.w(c)] {
			r.cueHi = p + 1 // "... and called for ..."
			p++
		}
		r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
		if cls&cueAtt != 0 {
			r.cHi = s.attEnd(p, r.cHi, c)
		}
		if (s.w(L) == "who" || s.w(L) == "which") && L > lo && s.w(L-1) == "," && s.kind(p) != sentence.OpenQuote {
			// "Cruz, who has called for X, spoke": the relative clause
			// ends at its closing comma
			r.cHi = s.cutAtComma(p, r.cHi)
		}
		return r, r.cHi > r.cLo
	}
	if L >= lo && s.kind(L) == sentence.Word && !s.t.Tokens[L].Quoted && (!npStop[s.t.Lower(L)] || s.nameWord(L)) && !objPronouns[s.w(L)] {
		// SPEAKER CUE ...
		nLo := s.extendLeft(lo, L)
		if m, ok := s.ents.MentionAt(L); ok && nLo >= 0 && m.Lo < nLo && m.Lo >= lo {
			nLo = s.extendLeft(lo, m.Lo) // a name with a nickname in quotation marks: Ernesto “Boy” Villaruel
		}
		if nLo >= 0 && nLo < L && (leadPreps[s.w(nLo)] || nLo > lo && leadPreps[s.w(lo)] && !s.hasWord(lo, nLo, ",")) {
			// "Under cross-examination by Ms Holt, the warden accepted":
			// the fronted phrase ends at its comma, the subject follows
			for k := L - 1; k > nLo; k-- {
				if s.w(k) == "," && !s.t.Tokens[k].Quoted {
					nLo = k + 1
					break
				}
			}
		}
		if nLo >= 0 && cls&cueWeak != 0 && !s.t.Tokens[nLo].Quoted && s.lowerOpener(nLo) {
			return r, false // "senators up for re-election in swing states", "what happens in the early voting states": a noun
		}
		if nLo < 0 || cls&cueWeak != 0 && subjectPreps[s.w(nLo)] && !s.t.Tokens[nLo].Quoted {
			return r, false // "11% of Democratic claims": a noun, its subject would open with a preposition
		}
		r.sLo, r.sHi = nLo, sEnd
		b := nLo - 1 // token before the subject
		p := s.skipAfterCue(c+1, hiEff, cls)
		afterComma := p < hiEff && s.w(p) == ","
		q := p
		if q < hiEff && (s.w(q) == "," || s.w(q) == ":") {
			q++
		}
		quoteNext := q < hiEff && s.kind(q) == sentence.OpenQuote
		bQuote := b >= lo && s.kind(b) == sentence.CloseQuote
		bComma := b >= lo && (s.w(b) == "," || s.w(b) == "—" || s.w(b) == "--")
		if cls&cueAtt != 0 {
			if bQuote || q >= hiEff || s.kind(q) == sentence.Punct || s.words(q, hiEff) < 2 && !s.nameObject(q, hiEff) {
				return r, false
			}
			if start, sLo, ok := s.gapSubject(lo, b, nLo, sEnd, q); ok {
				r.sLo = sLo
				r.cLo, r.cHi = start, s.gapEnd(lo, start, q, hiEff) // "a step they believe could help ..."
				return r, true
			}
			if b >= lo && relObject[s.t.Lower(b)] {
				return r, false // "what lawmakers called ..."
			}
			if !s.namedSubject(nLo, sEnd) && !(determiners[s.t.Lower(nLo)] && sEnd-nLo <= 5 && sEnd-nLo >= 2) && !s.capSubject(nLo, sEnd) && !s.pluralSubject(nLo, sEnd) {
				return r, false
			}
			if q == c+1 && q+1 < hiEff && isAdverb(s.w(q)) && particles[s.w(q+1)] {
				q++ // "spoke emotionally of"
			}
			if ps, ok := phrasal[s.t.Lower(c)]; ok {
				// "pointed out that", "railed against", "weighed in on"
				e := s.phrasalEnd(ps, c+1, hiEff)
				if e < 0 {
					return r, false
				}
				r.cueHi, q = e, e
			} else if particles[s.w(q)] && q <= c+2 {
				r.cueHi = q + 1
				q++
			} else if needsParticle[s.w(c)] || cls&cuePhrasal != 0 {
				return r, false // "fired the staffer", not "fired back at"
			}
			if q >= s.n {
				return r, false // the text ends after the particle: "shared widely on"
			}
			if badStart[s.w(q)] || attBadStart[s.w(q)] || (coordAux[s.w(q)] || modals[s.w(q)]) && pronouns[s.w(q)] == 0 && !s.t.Tokens[q].Quoted {
				return r, false // "Voting rights advocates have expressed": a noun, not a cue
			}
			if likenVerbs[s.w(c)] {
				// "likened the rules to “burning the Constitution”"
				for k := q + 1; k+1 < hiEff && k < q+10; k++ {
					if s.w(k) == "to" && !s.t.Tokens[k].Quoted {
						r.cueHi, q = k+1, k+1
						break
					}
					if s.kind(k) != sentence.Word {
						break
					}
				}
			}
			if judgeVerbs[s.w(c)] {
				// "accused the North's leader, Kim Jong Un, of ...":
				// the person judged is the object, the content is the charge
				for k := q + 1; k < hiEff && k < q+16 && s.kind(k) != sentence.OpenQuote; k++ {
					w := s.w(k)
					if (w == "of" && accuseForms[s.w(c)] || w == "for" && !accuseForms[s.w(c)]) && k+1 < hiEff {
						q = k // "accused X of ...", "praised X for ..."; not "praised the internment of ..."
						break
					}
					if w == "that" || w == "to" || w == "." || w == ";" {
						break
					}
				}
			}
			r.cLo, r.cHi = q, s.attEnd(q, s.contentEnd(q, hiEff), c)
			if b >= lo && subordinators[s.t.Lower(b)] {
				r.cHi = s.cutAtComma(q, r.cHi)
			} else if s.frontedSub(lo, nLo) {
				r.cHi = s.cutAtClause(q, r.cHi)
			}
			return r, true
		}
		if bQuote && s.match[b] >= 0 && s.words(max(int(s.match[b]), b-10), b) < 5 && q < hiEff && s.words(q, hiEff) >= 2 && s.leftStart(lo, b) < int(max(s.match[b], 0)) {
			// a short quoted title before the subject: "On “Fox News Sunday,” Pence said ..."
			bQuote = false
		}
		switch {
		case bQuote:
			return s.leftContent(r, lo, b, c+1)
		case bComma && afterComma && !quoteNext && b > lo && p+1 < hiEff && !clauseCut[s.w(p+1)] && s.cueMap[s.w(p+1)]&cueIng == 0 && !strings.HasSuffix(s.w(p+1), "ing"):
			// parenthetical: "X, he said, Y."
			r.cLo, r.cHi = s.leftStart(lo, b), s.contentEnd(p+1, hiEff)
			if b-1 > lo && (s.w(b-1) == "which" || s.w(b-1) == "who") && !s.t.Tokens[b-1].Quoted {
				r.cLo = b - 1 // "the stadium, which, Tompkins said, is usually full"
			}
			return r, true
		case bComma && (q >= hiEff || afterComma && !quoteNext):
			return s.leftContent(r, lo, b, c+1)
		case bComma && cls&cueTell != 0 && b-1 >= lo && s.kind(b-1) == sentence.CloseQuote && !s.hasWord(p, hiEff, "that") && s.kind(p) != sentence.OpenQuote:
			// "“...”, Rathke told the regular government press conference":
			// the quotation before is what was told, the object the audience
			return s.leftContent(r, lo, b, c+1)
		}
		if sayForms[s.w(c)] && q < hiEff && s.w(q) == "of" {
			// "says of Clinton, “If she ...”", "said of gay couples: “...”"
			for k := q + 1; k+1 < hiEff && k < q+6; k++ {
				if (s.w(k) == "," || s.w(k) == ":") && s.kind(k+1) == sentence.OpenQuote {
					q = k + 1
					quoteNext = true
					break
				}
			}
		}
		if q == c+1 && q+1 < hiEff && particles[s.w(q)] && !sayForms[s.w(c)] {
			r.cueHi = q + 1 // "complained about", "warned against"
			q++
		}
		if q < hiEff && s.words(q, hiEff) >= 1 {
			if cls&cueWeak != 0 && q == c+1 && (s.w(q) == "for" || s.w(q) == "on") && q+1 < hiEff && (s.namedSubject(nLo, sEnd) || determiners[s.t.Lower(nLo)]) {
				r.cueHi = q + 1 // "calls for", "calls on"
				r.cLo, r.cHi = q+1, s.contentEnd(q+1, hiEff)
				return r, true
			}
			if start, sLo, ok := s.gapSubject(lo, b, nLo, sEnd, q); ok {
				r.sLo = sLo
				r.cLo, r.cHi = start, s.gapEnd(lo, start, q, hiEff) // "a plan Trump says will create jobs"
				return r, true
			}
			if b >= lo && gapRel[s.t.Lower(b)] && !s.t.Tokens[b].Quoted && (beForms[s.w(q)] || s.w(q) == "was" || s.w(q) == "were" || s.w(q) == "is" || s.w(q) == "are" || modals[s.w(q)] && pronouns[s.w(q)] == 0) {
				// "which he said were accompanied by ...", "what the
				// senators said was economic gerrymandering": the relative
				// clause, its pronoun and attribution inside, is the content
				r.cLo, r.cHi = b, s.gapEnd(lo, b, q, hiEff)
				return r, true
			}
			if b >= lo && s.t.Lower(b) == "what" && !s.t.Tokens[b].Quoted && s.kind(q) == sentence.Word && !badStart[s.w(q)] {
				// "the gap between what Trump says his tax plan would do,
				// and ...": a free relative, up to its comma
				r.cLo, r.cHi = b, s.cutAtComma(q, s.contentEnd(q, hiEff))
				return r, true
			}
			weakOK := cls&cueWeak == 0 || (s.namedSubject(nLo, sEnd) || s.sourceNoun(nLo, sEnd)) && (s.w(q) == "that" || quoteNext) || (s.sourceNoun(nLo, sEnd) || s.personSubject(nLo, sEnd)) && !attBadStart[s.w(q)] ||
				s.bodySubject(nLo, sEnd) && (s.w(q) == "that" || s.w(q) == "to" && q+1 < hiEff && s.kind(q+1) == sentence.Word && !determiners[s.t.Lower(q+1)])
			if !weakOK && evidenceVerbs[s.w(c)] && !badStart[s.w(q)] && !attBadStart[s.w(q)] {
				// "The latest Reuters/Ipsos opinion poll released Friday
				// shows that ...": a source noun heads a long subject
				if k := s.sourceNounBack(lo, nLo); k >= 0 {
					r.sLo, weakOK = k, true
				}
			}
			if badStart[s.w(q)] || !weakOK || thatOnly[s.w(c)] && s.w(q) != "that" && s.kind(q) != sentence.OpenQuote {
				return r, false
			}
			r.cLo, r.cHi = q, s.contentEnd(q, hiEff)
			if s.frontedSub(lo, nLo) {
				r.cHi = s.cutAtClause(q, r.cHi)
			}
			return r, true
		}
		if q >= hiEff && sen.Hi > 0 && s.w(sen.Hi-1) == ":" {
			// "X said:" closing a paragraph, the quotation follows
			last := sen.Hi - 1
			if last+1 < s.n && s.t.Tokens[last+1].Para == s.t.Tokens[last].Para+1 {
				k := last + 1
				r.cLo = k
				if s.kind(k) == sentence.OpenQuote {
					r.cHi = s.runOn(k)
				} else {
					// a block quotation without marks: the whole paragraph
					r.cHi = s.t.Paragraphs[s.t.Tokens[k].Para].Hi
					r.cHi = s.trimEnd(k, min(r.cHi, k+maxContent))
				}
				return r, r.cHi > r.cLo
			}
		}
		if b >= lo {
			return s.leftContent(r, lo, b, c+1)
		}
		return r, false
	}
	// CONTENT, CUE SPEAKER (inverted): "..., said Caddell."
	if L >= lo && (s.w(L) == "," || s.kind(L) == sentence.CloseQuote) {
		R := c + 1
		for R < hiEff && afterCue[s.w(R)] && !prepositions[s.w(R)] && R < c+3 {
			R++
		}
		if s.relativeSubject(lo, L) && !s.speakerAt(R, hiEff) {
			// "Donna Rawlings, 59, who watched the ceremony, said the
			// event ...": the named subject and its relative clause stand
			// before the cue, the content follows it
			p := s.skipAfterCue(c+1, hiEff, cls)
			if p < hiEff && s.kind(p) == sentence.Word && !badStart[s.w(p)] && (cls&cueWeak == 0 || s.w(p) == "that") && cls&cueAtt == 0 {
				r.sLo, r.sHi = lo, L
				r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
				return r, r.cHi > r.cLo
			}
		}
		if s.insideContent(c, L) && cls&cueAtt == 0 && !sayForms[s.w(c)] {
			return r, false // a verb of the reported clause, after an apposition inside it
		}
		nHi := s.sourceTail(R, s.extendRight(R, hiEff), hiEff)
		if nHi <= R || !s.npEnds(nHi, hiEff) || s.clauseInside(R, nHi) || !s.invertedStart(R) || pronouns[s.w(R)] != 0 && nHi-R > 1 || cls&cueTell != 0 || noInversion[s.w(c)] || cls&cueAtt != 0 || s.namedBeforeComma(lo, L) || c > lo && (s.w(c-1) == "has" || s.w(c-1) == "have" || s.w(c-1) == "had" || modals[s.w(c-1)]) {
			// ", said he cannot ..." is not an inverted attribution; try an
			// apposition subject: "Phil Lovas, the chairman, said he ..."
			a := L - 1 // the apposition's last word, before an acronym in brackets: "the World Food Programme (WFP), said"
			if a-2 > lo && s.w(a) == ")" && s.w(a-2) == "(" && s.kind(a-1) == sentence.Word {
				a -= 3
			}
			if s.w(L) == "," && a > lo && (s.kind(a) == sentence.Word || s.w(a) == "." && s.kind(a-1) == sentence.Word) {
				nLo := s.extendLeft(lo, a)
				// "Mr. Obama, who understood that a push would be fruitless,
				// told ...", "Clinton, like Obama, has encouraged ...": the
				// subject is before the clause the commas enclose
				c1 := a
				for c1 > lo && c1 > L-30 && s.w(c1) != "," && !s.t.Tokens[c1].Quoted {
					c1--
				}
				if c1 > lo+1 && c1 < nLo && s.w(c1) == "," && (encloseStart[s.w(c1+1)] || ingClause(s.w(c1+1))) && s.kind(c1-1) == sentence.Word {
					if q := s.extendLeft(lo, c1-1); q >= 0 && q < c1 {
						nLo = q
					}
				}
				// "X, which represents Y, said" / "X, speaking to Y, said":
				// the subject is before the relative or participle clause
				if nLo >= 0 && nLo-2 > lo && (s.w(nLo-1) == "who" || s.w(nLo-1) == "which") && s.w(nLo-2) == "," && s.kind(nLo-3) == sentence.Word {
					nLo = s.extendLeft(lo, nLo-3)
				} else if k := s.partRelative(lo, nLo); k > lo {
					nLo = s.extendLeft(lo, k-1) // "Relatives of the hostages, some of whom have traveled to Ras Nadir, said"
				} else if nLo >= 0 {
					for k := nLo - 1; k > lo && k >= nLo-12; k-- {
						if s.w(k) == "," {
							w := s.w(k + 1)
							if (w == "while" || w == "when") && k+2 < nLo {
								w = s.w(k + 2) // "X, while speaking with journalists at ..., said"
							}
							if (len(w) > 4 && strings.HasSuffix(w, "ing") || asideParticiples[w]) && k-1 >= lo && s.kind(k-1) == sentence.Word {
								nLo = s.extendLeft(lo, k-1)
							} else if isCapWord(w) && k+2 < L && s.w(k+2) == "." && k-6 > lo {
								continue // a state after its city: "speaking in Mississauga, Ont., said"
							}
							break
						}
					}
				}
				if nLo >= 0 && nLo > lo && s.w(nLo-1) == "," && (!s.namedSubject(nLo, L) || determiners[s.w(nLo)] || s.partyOf(nLo, L) || s.titleApposition(nLo, L-1) || s.titleApposition(nLo+1, L-1) && !isCapWord(s.w(nLo)) || s.bodyRole(nLo, L)) {
					if nLo-2 >= lo && (s.kind(nLo-2) == sentence.Word || s.w(nLo-2) == ")") {
						if q := s.extendLeft(lo, nLo-2); q >= 0 {
							nLo = q
						}
					}
				} else if d := s.roleBefore(lo, nLo); d >= 0 {
					nLo = d // "..., a spokeswoman, Anna White, said": the description is the speaker's
				}
				if nLo > lo && s.kind(nLo-1) == sentence.CloseQuote {
					// "“...,” Quina Jones, 25, said as she ..."
					r.sLo, r.sHi = nLo, L
					return s.leftContent(r, lo, nLo-1, c+1)
				}
				p := s.skipAfterCue(c+1, hiEff, cls)
				if p+1 < hiEff && (s.w(p) == "," || s.w(p) == ":") && s.kind(p+1) == sentence.OpenQuote {
					p++
				}
				if nLo >= 0 && p < hiEff && (s.kind(p) == sentence.Word || s.kind(p) == sentence.OpenQuote) && !badStart[s.w(p)] && (cls&cueWeak == 0 || s.w(p) == "that") {
					r.sLo, r.sHi = nLo, L
					if p == c+1 && p+1 < hiEff && particles[s.w(p)] && !sayForms[s.w(c)] {
						r.cueHi = p + 1 // "X, executive director of AROS, called for ..."
						p++
					}
					r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
					if cls&cueAtt != 0 || r.cueHi > c+1 {
						r.cHi = s.attEnd(p, r.cHi, c)
					}
					return r, true
				}
				if nLo > lo && p >= hiEff && s.w(nLo-1) == "," {
					// "CONTENT, Gen. X, the former commander, has told The Times."
					if d := s.descriptionBefore(lo, nLo-1); d < nLo-1 {
						nLo = d // "CONTENT, his daughter, Marguerite Tate-Oyelaran, said."
					}
					r.sLo, r.sHi = nLo, L
					return s.leftContent(r, lo, nLo-1, c+1)
				}
				// "“...,” Michael McFaul, a senior fellow at X and a former
				// ambassador to Russia, said": a long apposition with its
				// own "and"; the name follows the closing quotation mark
				for k := L - 1; k > lo+1 && k > L-30; k-- {
					if s.w(k) != "," {
						continue
					}
					if m, ok := s.ents.MentionAt(k - 1); ok && m.Hi == k && m.Lo-1 >= lo && s.kind(m.Lo-1) == sentence.CloseQuote {
						if e := s.ents.Entities[m.Entity]; e.Type == entity.Person {
							r.sLo, r.sHi = m.Lo, L
							return s.leftContent(r, lo, m.Lo-1, c+1)
						}
					}
				}
			}
			return r, false
		}
		r.sLo, r.sHi = R, nHi
		return s.leftContent(r, lo, L, nHi)
	}
	// "...,” said X" where the quote ends the previous sentence
	if L < lo && lo > 0 && s.kind(lo-1) == sentence.CloseQuote {
		R := c + 1
		nHi := s.extendRight(R, hiEff)
		if nHi > R {
			r.sLo, r.sHi = R, nHi
			return s.leftContent(r, lo, lo-1, nHi)
		}
	}
	return r, false
}

// namedBeforeComma reports whether the words [lo,L) before the comma at L
// end in a person's name and hold no verb: "The researcher, Hana
// Kurosawa-Bell, found the flaw" has its subject there, not a content
// that an inverted speaker after the verb would own.
func (s *state) namedBeforeComma(lo, L int) bool {
	if s.w(L) != "," || L-1 < lo {
		return false
	}
	if m, ok := s.ents.MentionAt(L - 1); ok && m.Hi == L && s.ents.Entities[m.Entity].Type == entity.Person && !s.clauseInside(lo, L) {
		return true
	}
	// "Stuart Mallinder, the chief executive of Thrift Street, said the
	// cuts, which ..., would be ...": a name opening the sentence and its
	// apposition are the subject
	m, ok := s.ents.MentionAt(lo)
	return ok && m.Lo == lo && m.Hi < L && s.w(m.Hi) == "," && s.ents.Entities[m.Entity].Type == entity.Person && !s.clauseInside(m.Hi, L) &&
		(s.isDescriptionStart(m.Hi+1) || !isCapWord(s.w(m.Hi+1)) && !s.hasFinite(m.Hi+1, L) && s.kind(m.Hi+1) == sentence.Word) // "Anisur Rahman, superintendent of Industrial Police-2, said"
}

// sameSpeakerBefore reports whether r, spoken by "he" or "she", follows a
// verb of saying in [lo,hi) whose subject is a person's name: "DuVernay said
// she felt ... because “...,” she said." restates one speaker, and the
// second attribution is the quotation alone. ("Ghani’s administration says
// ..., he said" is a report of a report and keeps the whole sentence.)
func (s *state) sameSpeakerBefore(r raw, lo, hi int) bool {
	if r.sLo < 0 || r.sHi != r.sLo+1 || (pronouns[s.w(r.sLo)] != 'm' && pronouns[s.w(r.sLo)] != 'f') {
		return false
	}
	for k := len(s.found) - 1; k >= 0 && k >= len(s.found)-5; k-- {
		o := s.found[k]
		if o.cueLo < lo || o.cueLo >= hi || !s.speechCue(o.cueLo) || o.sLo < 0 {
			continue
		}
		if m, ok := s.ents.MentionAt(o.sHi - 1); ok && s.ents.Entities[m.Entity].Type == entity.Person {
			return true
		}
	}
	return false
}

// leftContent sets the content before the attribution: b is the token just
// before the subject (a comma or a closing quotation mark). after is the
// first token after the attribution, used to join a quotation that goes on.
func (s *state) leftContent(r raw, lo, b, after int) (raw, bool) {
	switch {
	case s.kind(b) == sentence.CloseQuote:
		open := int(s.match[b])
		start := s.leftStart(lo, b+1)
		if open >= 0 && open < start {
			start = open
		}
		if open > start && (s.w(open-1) == ":" && !s.t.Tokens[open-1].Quoted || s.sameSpeakerBefore(r, start, open)) {
			// "McCaskill scolded him: “...,” she said.", "DuVernay said
			// she felt ... because “...,” she said.": the words before the
			// quotation are an attribution of their own
			start = open
		}
		r.cLo, r.cHi = s.runOnStart(start), b+1
	case s.w(b) == "," || s.w(b) == "—" || s.w(b) == "--":
		start := s.leftStart(lo, b)
		if b-1 >= 0 && s.kind(b-1) == sentence.CloseQuote && s.match[b-1] >= 0 && int(s.match[b-1]) < start {
			start = int(s.match[b-1])
		}
		r.cLo, r.cHi = start, b
	default:
		return r, false
	}
	if r.cHi-r.cLo < 2 {
		return r, false
	}
	if r.cHi-r.cLo > 4*maxContent {
		r.cLo = r.cHi - 4*maxContent
	}
	r = s.joinNext(r, after)
	return r, true
}

// leftStart is where content before token b begins: the sentence start,
// or an earlier quotation's opening when the sentence begins inside it.
func (s *state) leftStart(lo, b int) int {
	start := s.afterDateline(lo, b)
	// skip a leading conjunction: "But ..."
	if start < b && s.kind(start) == sentence.Word {
		switch s.w(start) {
		case "But", "And", "So", "Yet", "Still", "Also":
			if start+1 < b && s.w(start+1) == "," {
				start += 2
			} else {
				start++
			}
		}
	}
	// content after a dash or semicolon: "... be wrong - which it often is, according to Scott"
	for k := b - 1; k > start && k > b-200; k-- {
		if s.t.Tokens[k].Quoted {
			continue
		}
		if w := s.w(k); w == ";" || s.isDash(k) {
			if w != ";" {
				// a pair of dashes is a parenthetical inside the content:
				// "The officer - Brentley Vinson, who ... - was not wearing"
				d := k - 1
				if w == "-" && s.w(d) == "-" {
					d-- // "--" written as two hyphens
				}
				for d > start && !(s.w(d) == w && s.isDash(d)) && s.w(d) != ";" {
					d--
				}
				if d > start && s.w(d) == w && s.isDash(d) && !s.t.Tokens[d].Quoted {
					k = d
					if w == "-" && s.w(k-1) == "-" {
						k--
					}
					continue
				}
			}
			if b-k > 2 {
				start = k + 1
			}
			k = start // stop
		}
	}
	// sentence starting inside a quotation opened in an earlier sentence
	if s.t.Tokens[lo].Quoted {
		for k := lo - 1; k >= 0 && k > lo-maxContent && s.t.Tokens[k].Para == s.t.Tokens[lo].Para; k-- {
			if s.kind(k) == sentence.OpenQuote && int(s.match[k]) >= lo {
				return k
			}
			if s.kind(k) == sentence.CloseQuote {
				break
			}
		}
	}
	return start
}

// joinNext extends a quotation content that ends with a closing mark over
// the next quotation of the same paragraph when only the attribution lies
// between them: "A," he said. "B."
//
// The joined content keeps the attribution out as a gap [gLo,gHi), so the
// hull is written with its two fragments.
func (s *state) joinNext(r raw, after int) raw {
	end := r.cHi
	if e, k := s.joinEnd(r, after); e > end {
		r.gLo, r.gHi, r.cHi = end, k, e
	}
	return r
}

// dashAside returns the closing dash of an aside that a dash at k opens
// inside a clause, which goes on after it with its verb ("two aid
// workers — a driver and a logistics officer — were killed"), or k.
func (s *state) dashAside(k, end int) int {
	if s.w(k) == ";" {
		return k
	}
	for d := k + 1; d+1 < end && d < k+20; d++ {
		if s.t.Tokens[d].Quoted || s.w(d) == "," && s.w(k) == "--" {
			continue
		}
		if s.w(d) == s.w(k) {
			if w := s.w(d + 1); s.kind(d+1) == sentence.Word && (beForms[w] || auxWord(w) || pastVerb(w)) {
				return d
			}
			return k
		}
		if s.kind(d) == sentence.Punct && s.w(d) != "," {
			return k
		}
	}
	return k
}

// hasWord reports whether w is among the unquoted words from lo to hi.
func (s *state) hasWord(lo, hi int, w string) bool {
	for j := lo; j < hi; j++ {
		if s.w(j) == w && !s.t.Tokens[j].Quoted {
			return true
		}
	}
	return false
}

// quotedTitle reports whether the quoted words from lo to hi are a
// title, a show's or a book's name ("This Week", "State of the Union"):
// a few words, the first and the last capitalised, no sentence mark.
func (s *state) quotedTitle(lo, hi int) bool {
	if hi <= lo || hi-lo > 6 || !isCapWord(s.w(lo)) || !isCapWord(s.w(hi-1)) {
		return false
	}
	for k := lo; k < hi; k++ {
		if s.kind(k) != sentence.Word {
			return false
		}
	}
	return true
}

// joinEnd returns the end of the quotation that continues r's content
// after the attribution and the token where it opens, or r.cHi when none
// does.
func (s *state) joinEnd(r raw, after int) (int, int) {
	end := r.cHi
	if end == 0 || after >= s.n || !s.hasQuote(r.cLo, end) {
		return end, end
	}
	// skip the rest of the attribution: ", speaking of X." / " Friday." /
	// ", and still"; a new cue there starts a quotation of its own.
	k := after
	sent := s.t.Tokens[after-1].Sent
	for k < s.n && s.t.Tokens[k].Sent == sent && k < after+80 {
		if s.kind(k) == sentence.OpenQuote {
			m := int(s.match[k])
			if m < 0 || !s.quotedTitle(k+1, m) {
				break
			}
			k = m // a programme's name: said on CNN’s “State of the Union”
		}
		if s.kind(k) == sentence.Word {
			if c, ok := s.cueMap[s.t.Lower(k)]; ok && c&cueIng != 0 {
				return end, end
			}
			if (s.w(k) == "and" || s.w(k) == "but") && s.w(k-1) == "," {
				return end, end // a new clause of the writer's follows the attribution
			}
		}
		k++
	}
	if k >= s.n || s.kind(k) != sentence.OpenQuote || s.t.Tokens[k].Para != s.t.Tokens[end-1].Para || s.match[k] < 0 {
		return end, end
	}
	if s.t.Tokens[k].Sent == sent && (k-after > 12 || k-after > 4 && s.w(k-1) != ",") {
		return end, end
	}
	e := s.runOn(k)
	// the next quotation must close its sentence: ‘"B," she said’ belongs
	// to an attribution of its own.
	tail := e
	for tail < s.n && s.t.Tokens[tail].Para == s.t.Tokens[e-1].Para && s.kind(tail) == sentence.Punct && s.w(tail) != "," {
		tail++
	}
	if tail < s.n && s.t.Tokens[tail].Para == s.t.Tokens[e-1].Para && s.t.Tokens[tail].Sent == s.t.Tokens[e-1].Sent {
		return end, end
	}
	return e, k
}

// wordCount counts the word tokens in [lo,hi).
func (s *state) wordCount(lo, hi int) int {
	n := 0
	for k := lo; k < hi; k++ {
		if s.kind(k) == sentence.Word {
			n++
		}
	}
	return n
}

// hasQuote reports whether tokens [lo,hi) contain a quotation mark.
func (s *state) hasQuote(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.kind(k) == sentence.CloseQuote || s.kind(k) == sentence.OpenQuote {
			return true
		}
	}
	return false
}

// runOn returns the end of the quotation opened at k, following the news
// convention that a quotation left open at a paragraph end goes on in the
// next paragraph when that one opens with a quotation mark.
func (s *state) runOn(k int) int {
	first := k
	for {
		m := int(s.match[k])
		if m < 0 {
			return k + 1
		}
		if m-first > 4*maxContent {
			return min(m+1, first+4*maxContent)
		}
		if s.kind(m) == sentence.CloseQuote {
			return m + 1
		}
		// left open at the paragraph end
		next := m + 1
		if next < s.n && s.kind(next) == sentence.OpenQuote && s.t.Tokens[next].Para == s.t.Tokens[m].Para+1 {
			k = next
			continue
		}
		return m + 1
	}
}

// runOnStart moves the start of a quotation that opens a paragraph back to
// the opening of a quotation left open at the end of the paragraphs before.
func (s *state) runOnStart(k int) int {
	for k > 0 && s.kind(k) == sentence.OpenQuote && s.t.Paragraphs[s.t.Tokens[k].Para].Lo == k {
		last := k - 1
		p := s.t.Paragraphs[s.t.Tokens[last].Para]
		open := -1
		for q := last; q >= p.Lo && q > last-400; q-- {
			if s.kind(q) == sentence.OpenQuote && int(s.match[q]) == last && s.kind(last) != sentence.CloseQuote {
				open = q
				break
			}
		}
		if open < 0 || open != p.Lo || s.isStraight(open) != s.isStraight(k) {
			break
		}
		k = open
	}
	return k
}

// attEnd cuts the object of an attitude verb before an adverbial clause of
// the writer's: "... while at the convention", "..., but Clinton would".
func (s *state) attEnd(lo, hi, cue int) int {
	for k := lo + 1; k+1 < hi; k++ {
		if s.w(k) == "," && !s.t.Tokens[k+1].Quoted {
			// "mocked the complaint, saying ..."
			if nw := s.w(k + 1); s.cueMap[nw]&cueIng != 0 || len(nw) > 5 && strings.HasSuffix(nw, "ing") && nw[0] >= 'a' && nw[0] <= 'z' && participleCut(nw) {
				hi = k
				break
			}
		}
	}
	// a clause of the writer's ends the content; a noun phrase object may
	// end earlier, at an adjunct (below)
clause:
	for k := lo + 2; k < hi; k++ {
		if s.t.Tokens[k].Quoted {
			continue
		}
		w := s.w(k)
		if k == lo+2 && s.w(lo) == "that" && s.w(lo+1) == "," {
			continue // "argue that, while the tax may ..., workers won't ...": a parenthetical
		}
		switch {
		case attCut[w],
			w == "," && k+1 < hi && (s.w(k+1) == "but" || isAdverb(s.w(k+1))),
			w == "," && k+2 < hi && s.w(k+1) == "and" && s.newSubject(k+2),                                                            // "..., and the coal miners' union also stepped in"
			w == "," && k+1 < hi && (attCommaCut[s.w(k+1)] || s.cueMap[s.w(k+1)]&cueVerb != 0 && !strings.HasSuffix(s.w(k+1), "ing")): // "..., which makes him ...", "..., told his advisers ..."
			hi = k
			break clause
		}
	}
	if clauseStart[s.t.Lower(lo)] && !s.demonstrative(lo, hi) || s.kind(lo) == sentence.OpenQuote {
		return hi
	}
	// a noun phrase object: it ends before an adjunct of the writer's
	// ("attacked Machado in early-morning tweets", "cited it as an
	// example") and before a second verb phrase ("outlined his plan and
	// vowed to ..."). PolNeAR marks the object alone as the content.
	for k := lo + 1; k+1 < hi; k++ {
		if s.t.Tokens[k].Quoted {
			continue
		}
		w, nw := s.w(k), s.w(k+1)
		switch {
		case npAdjunct[w] && !(cue >= 0 && desireCues[s.t.Lower(cue)] && wantedWhen[w] && !s.newSubject(k+1)):
			return k
		case (w == "in" || w == "on" || w == "at") && (timeWords[nw] || isYear(nw) || k+2 < hi && determiners[s.lower(nw)] && mediumNouns[s.t.Lower(k+2)]):
			return k
		case (w == "and" || w == "but") && nw != "" && nw[0] >= 'a' && nw[0] <= 'z' && (len(nw) > 4 && strings.HasSuffix(nw, "ed") || s.cueMap[nw]&cueVerb != 0 && !strings.HasSuffix(nw, "s") || coordAux[nw]):
			return k
		}
	}
	return hi
}

// demonstrative reports whether "that" or "this" at k is a determiner, not
// a complementiser: "rejected that argument in a ruling ...", where the
// noun is followed by a preposition, a comma or the end.
func (s *state) demonstrative(k, hi int) bool {
	if s.w(k) != "that" || k+2 > hi || s.kind(k+1) != sentence.Word {
		return false
	}
	nw := s.w(k + 1)
	if _, ok := pronouns[nw]; ok || nw == "" || nw[0] < 'a' || nw[0] > 'z' || determiners[nw] || modals[nw] || npStop[nw] {
		return false
	}
	if k+2 == hi {
		return true
	}
	a := s.w(k + 2)
	return s.kind(k+2) == sentence.Punct || a == "in" || a == "on" || a == "at" || a == "as" || a == "or" || a == "and" || npAdjunct[a]
}

// words that start a clausal content ("wants to", "claimed that", "asked
// whether"): the content runs to the end of the clause.
var clauseStart = set(`that to if whether how why what who when where which`)

// prepositions and subordinators that start an adjunct after a noun
// phrase object.
var npAdjunct = set(`since during because while when after before until amid despite`)

// desireCues take an object whose time adjunct belongs to what is wanted:
// in "wants a peace deal before the July vote" the deal is to come before
// the vote, so the content runs on past "before". A clause there is the
// writer's ("wanted a pay rise until the strike ended").
var desireCues = set(`want wants wanted hope hopes hoped seek seeks sought`)

// wantedWhen are the adjunct words that desireCues keep in the content.
var wantedWhen = set(`before after until`)

// auxiliaries that start a coordinated verb phrase.
var coordAux = set(`has had have was is were will would also then later`)

// words after in/on/at that make a time phrase.
var timeWords = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
	July August September October November December`)

// nouns of a medium after "in a": "in a statement", "in an interview".
var mediumNouns = set(`statement interview speech tweet tweets letter ruling report post op-ed video interviews
	statements speeches remarks rally appearance email press conference call message debate`)

// isDash reports whether token k is a dash: a dash character, or a hyphen
// standing apart from its neighbours (" - ", " -- "), not "low- and".
func (s *state) isDash(k int) bool {
	switch s.w(k) {
	case "—", "–", "―", "--":
		return true
	case "-":
		tk := s.t.Tokens[k]
		spaceBefore := k > 0 && (s.t.Tokens[k-1].End < tk.Start || s.w(k-1) == "-")
		spaceAfter := k+1 < s.n && (tk.End < s.t.Tokens[k+1].Start || s.w(k+1) == "-")
		return spaceBefore && spaceAfter
	}
	return false
}

// isYear reports whether w is a four-digit year.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// newSubject reports whether token k starts a clause with its own subject:
// a pronoun, a capitalised word or a determiner followed, within four
// words, by a finite verb of the lexicon or an auxiliary.
func (s *state) newSubject(k int) bool {
	w := s.w(k)
	if _, ok := pronouns[w]; !ok && !isCapWord(w) && !determiners[w] {
		return false
	}
	return s.verbAhead(k + 1)
}

// verbAhead reports whether a finite verb (an auxiliary, a reporting verb
// or a past form) comes within the words from k to k+4, as after a
// clause's subject.
func (s *state) verbAhead(k int) bool {
	for j := k; j < s.n && j <= k+4; j++ {
		v := s.w(j)
		if v == "." && s.t.Tokens[j-1].End == s.t.Tokens[j].Start && len(s.w(j-1)) <= 4 && isCapWord(s.w(j-1)) {
			continue // "Mr. Obama is ..."
		}
		if s.kind(j) != sentence.Word {
			return false
		}
		if coordAux[v] || s.cueMap[v]&cueVerb != 0 || pastVerb(v) {
			return true
		}
	}
	return false
}

// newSpeaker reports whether token k starts a clause whose verb, within
// four words, is a reporting verb: "he urged", "human rights groups warned".
func (s *state) newSpeaker(k int) bool {
	w := s.w(k)
	if _, ok := pronouns[w]; !ok && !isCapWord(w) && !determiners[w] && !s.pluralSubject(k, k+1) {
		return false
	}
	for j := k + 1; j < s.n && j <= k+4; j++ {
		v := s.w(j)
		if s.kind(j) != sentence.Word {
			return false
		}
		if c := s.cueMap[v]; c&cueVerb != 0 && c&cueWeak == 0 && !strings.HasSuffix(v, "ing") {
			return true
		}
	}
	return false
}

// words after a comma that end an attitude verb's content.
var attCommaCut = set(`which who with using`)

// words that end an attitude verb's object.
var attCut = set(`while when during because since although unless whereas`)

// relativeSubject reports whether the sentence [lo,L) is a subject with
// its appositions and a relative clause, as before ", said": a person or
// organisation name within its first words, then a comma, then (possibly
// after an age or a place) "who", "which" or "whose" after a comma, a
// relative clause that runs to L. Such a span has no main verb, so it
// cannot be what was said.
func (s *state) relativeSubject(lo, L int) bool {
	// an unnamed source: "A senior official, who asked not to be named,"
	if indefinites[s.w(lo)] {
		for k := lo + 1; k < L && k <= lo+4 && s.kind(k) == sentence.Word; k++ {
			if unnamedNouns[s.t.Lower(k)] && k+1 < L && s.w(k+1) == "," {
				return s.relativeCloses(k+1, L)
			}
		}
	}
	for k := lo; k < L && k < lo+8; k++ {
		if s.w(k) == "." && k > lo && s.t.Tokens[k-1].End == s.t.Tokens[k].Start {
			continue // a title's abbreviation: "Sen. Dana Whitfield"
		}
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return false
		}
		m, ok := s.ents.MentionAt(k)
		if !ok || m.Kind != entity.Name || m.Hi < L && s.kind(m.Hi) == sentence.Word {
			continue // "Conservative economist Aparna Mathur,"
		}
		hi := m.Hi
		if hi < L && s.w(hi) == "(" {
			// a party tag or an age in brackets: "Sen. Dana Whitfield (D-Ore.),"
			for hi < L && hi < m.Hi+8 && s.w(hi) != ")" {
				hi++
			}
			hi++
		}
		if t := s.ents.Entities[m.Entity].Type; t != entity.Person && t != entity.Org || hi >= L || s.w(hi) != "," {
			return false
		}
		return s.relativeCloses(hi, L)
	}
	return false
}

// relativeCloses reports whether a relative clause opens at or after the
// comma at from and closes at the comma before L: in "Biden, who met them
// on Tuesday, will sign it, said X" a main verb follows it, and the
// sentence is X's.
func (s *state) relativeCloses(from, L int) bool {
	rel := -1
	for j := from; j+1 < L; j++ {
		switch {
		case s.kind(j) == sentence.OpenQuote || s.kind(j) == sentence.CloseQuote:
			return false
		case s.w(j) == "," && rel < 0 && (s.w(j+1) == "who" || s.w(j+1) == "which" || s.w(j+1) == "whose" || asideParticiples[s.w(j+1)]):
			rel = j + 1 // also "A league official, speaking on condition of anonymity, said"
		case rel < 0 && j > from+1 && s.w(j) == "who" && s.kind(j-1) == sentence.Word:
			rel = j // "Marisol Fenn, a retired teacher who has volunteered ..., said"
		case s.w(j) == "," && rel >= 0 && s.listComma(j, L):
			// a list inside the clause: "who has shuttled between Doha,
			// Kabul and Islamabad since January,"
		case s.w(j) == "," && rel >= 0:
			return false
		}
	}
	return rel >= 0
}

// asideParticiples open a participle phrase set off by commas between a
// subject and its verb: ", speaking on condition of anonymity,".
var asideParticiples = set(`speaking talking asking requesting writing asked pressed questioned reached contacted interviewed approached`)

// speakerAt reports whether a name mention starts at R and ends the
// sentence or its clause, as an inverted speaker does ("..., said Smith.").
func (s *state) speakerAt(R, hiEff int) bool {
	m, ok := s.ents.MentionAt(R)
	return ok && m.Lo == R && (m.Hi >= hiEff || s.w(m.Hi) == ",")
}

// frontedSub reports whether the sentence opens with a subordinate clause
// that holds the subject at nLo: "While his advisers have suggested X,
// Mr. Obama is ...", "With Democratic leaders worried about X, ...".
func (s *state) frontedSub(lo, nLo int) bool {
	k := lo
	if k < nLo && (s.w(k) == "But" || s.w(k) == "And" || s.w(k) == "So") {
		k++
	}
	if k >= nLo || !subordinators[s.t.Lower(k)] {
		return false
	}
	for j := k + 1; j < nLo; j++ {
		if s.w(j) == "," || s.kind(j) != sentence.Word {
			return false
		}
	}
	return true
}

// frontedEnd is the end of r's content when its cue stands in a
// subordinate clause that opens the sentence: "While Democrats say the
// United States must lead, they differ on ..."; "Although Obama has said
// that he opposes ..., his administration continues ...". The main clause
// after the comma is the writer's, so the content ends at that comma.
func (s *state) frontedEnd(r raw) int {
	if r.cueLo < 0 || r.cLo <= r.cueLo || s.kind(r.cLo) == sentence.OpenQuote {
		return r.cHi
	}
	lo := s.t.Sentences[s.t.Tokens[r.cueLo].Sent].Lo
	if w := s.t.Lower(lo); w == "as" || w == "with" || !s.frontedSub(lo, r.cueLo) {
		// "As Breitbart News reported, ...": the main clause is what was
		// reported; "With X warning that ...," is cut where it is found
		return r.cHi
	}
	return s.cutAtClause(r.cLo, r.cHi)
}

// complementFits reports whether a content after its cue has the form the
// cue needs: "continued" reports speech before a clause or a quotation
// ("he continued: “...”", "continued that ..."), not before an object.
func (s *state) complementFits(r raw) bool {
	if r.cueLo < 0 || r.cLo <= r.cueLo {
		return true
	}
	w := s.w(r.cueLo)
	if !clauseOnly[w] {
		return true
	}
	p := r.cLo
	if s.kind(p) == sentence.OpenQuote || p > 0 && (s.w(p-1) == ":" || s.kind(p-1) == sentence.OpenQuote) || s.w(p) == "that" {
		return true
	}
	// "continues to insist that ...": the second verb is the cue
	return s.w(p) == "to" && p+1 < r.cHi && s.cueMap[s.w(p+1)] != 0
}

// clauseOnly are the cues that take a clause or a quotation, not an
// object: "continued his push", "continues to run" report no words.
var clauseOnly = set(`continued continues continue`)

// cutAtClause returns the first comma outside quotations in [lo,hi) that
// a new clause with its own subject follows ("..., they differ", "...,
// his administration continues"), or hi.
func (s *state) cutAtClause(lo, hi int) int {
	for k := lo + 1; k+1 < hi; k++ {
		if s.w(k) != "," || s.t.Tokens[k].Quoted || s.t.Tokens[k+1].Quoted {
			continue
		}
		nw := s.w(k + 1)
		if s.newSubject(k+1) || k+2 < hi && pronouns[nw] != 0 && s.kind(k+2) == sentence.Word && !prepositions[s.w(k+2)] || possessivePronouns[nw] && s.verbAhead(k+2) {
			return k
		}
	}
	return hi
}

// cutAtComma returns the first comma outside quotations in [lo,hi), or hi.
func (s *state) cutAtComma(lo, hi int) int {
	for k := lo + 1; k < hi; k++ {
		if s.w(k) == "," && !s.t.Tokens[k].Quoted {
			return k
		}
	}
	return hi
}

// contentEnd is the end of content starting at p within a sentence whose
// effective end is hiEff; a quotation opened in it runs to its close.
func (s *state) contentEnd(p, hiEff int) int {
	hiEff = min(hiEff, p+maxContent)
	if p >= hiEff || p >= s.n {
		return hiEff // nothing left: "... warning that" closing the text
	}
	end := hiEff
	if s.kind(p) == sentence.OpenQuote {
		e := s.runOn(p)
		// the quotation is the whole content unless the sentence goes on
		// with words of the writer's: ‘said "budget reforms" and the ...’
		if e > end || s.kind(e-1) == sentence.CloseQuote && (e >= end || s.words(e, end) < 2) {
			return max(e, s.trimEnd(p, e))
		}
		if s.kind(e-1) == sentence.CloseQuote && e+1 < end && (s.isDash(e) || s.w(e) == "—") {
			return e // ‘likened the rules to "burning the Constitution" - a charge that ...’
		}
	}
	// a quotation opened inside the content and closing after the sentence
	for k := p; k < end; k++ {
		if s.kind(k) == sentence.OpenQuote {
			if e := s.runOn(k); e > end {
				end = e
			}
		}
	}
	// do not run into a following clause: ", according to ...", ", which
	// ...", "; ...", " — ...", ", adding ...".
	for k := p + 1; k+1 < end; k++ {
		if s.kind(k) == sentence.CloseQuote && s.w(k-1) == "," && k+2 < end && s.kind(k+1) == sentence.Word && s.commaCut(k, p, end) {
			return k + 1 // "... was only “partial,” meaning it ..."
		}
		if s.t.Tokens[k].Quoted {
			continue
		}
		w := s.w(k)
		switch w {
		case ";", "—", "–", "--", "―":
			if d := s.dashAside(k, end); d > k {
				k = d // "two aid workers — a driver and a logistics officer — were killed"
				continue
			}
			if k-p >= 3 {
				return k
			}
		case ",":
			if s.commaCut(k, p, end) {
				return k
			}
		case "and", "but":
			if w == "but" && k-p >= 3 && k+1 < end && s.kind(k-1) == sentence.CloseQuote && s.w(k-2) == "," && s.newSubject(k+1) {
				return k // “jobs, jobs, jobs,” but he has also ...
			}
			// a second verb phrase coordinated with the first: "... and said
			// she would", "... but has been met with opposition"; or a new
			// clause with its own speaker: "... and Democrats accused ..."
			if k+1 < end && (s.coordinatedVerb(k+1) || (s.w(k+1) == "will" || s.attitudePast(k+1)) && s.backshifted(p, k) && !s.pastPerfect(p, k)) {
				return k
			}
			if k+3 < end && accuseForms[s.w(k+1)] && !s.t.Tokens[k+1].Quoted && s.hasFinite(p, k) && s.hasWord(k+2, min(end, k+9), "of") {
				return k // "said the government had consulted the sector and accused private operators of ...": the speaker's next act
			}
			if k+1 < end && k-p >= 1 && pastVerb(s.w(k+1)) && s.cueMap[s.w(k+1)] != 0 && !s.t.Tokens[k+1].Quoted && !clauseStart[s.t.Lower(p)] && !s.hasFinite(p, k) {
				// "called him divisive and accused him of ...": an object
				// has no verb of its own, so a verb after "and" is the
				// subject's next act
				return k
			}
			if k+2 < end && k-p >= 3 && isCapWord(s.w(k+1)) && !s.t.Tokens[k+1].Quoted {
				for j := k + 2; j < end && j <= k+4; j++ {
					if c := s.cueMap[s.w(j)]; c&cueVerb != 0 {
						return k
					}
					if !isCapWord(s.w(j)) {
						break
					}
				}
			}
		}
	}
	return end
}

// askedStart are the words that open what was asked: "asked about ...",
// "asked whether ...", "asked to comment".
var askedStart = set(`about whether if why how what who to`)

// asked reads a participle clause of asking at c, "Asked (by X) (when,
// where) about Y," before the main clause: content Y, cue "asked", source
// the asker named with "by".
func (s *state) asked(sen sentence.Range, c int) (raw, bool) {
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1, cLo: -1}
	for k := c + 1; k < hiEff && k <= c+12; k++ {
		w := s.w(k)
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return r, false
		}
		if askedStart[w] && k > c+1 || w == "about" || w == "whether" {
			r.cLo = k
			break
		}
		if w == "by" && k == c+1 {
			r.sLo = k + 1
		}
		if r.sLo >= 0 && r.sHi < 0 && k > r.sLo && (w == "at" || w == "on" || w == "in" || w == "during") {
			r.sHi = k // "asked by Ingraham on Thursday about ..."
		}
	}
	if r.cLo < 0 {
		return r, false
	}
	if r.sLo >= 0 && r.sHi < 0 {
		r.sHi = r.cLo
	}
	if r.sHi <= r.sLo {
		r.sLo, r.sHi = -1, -1
	}
	end := s.cutAtComma(r.cLo, hiEff)
	if end >= hiEff || end-r.cLo < 2 {
		return r, false // no main clause follows
	}
	r.cHi = end
	if r.sLo >= 0 {
		if m, ok := s.ents.MentionAt(r.sLo); ok && m.Hi <= r.sHi {
			r.entity = m.Entity
		}
	}
	return r, true
}

// commaCut reports whether the comma (or the closing quotation mark after a
// quoted comma) at k, inside a content starting at p and ending by end,
// opens a clause of the writer's that ends the content: ", according to",
// ", which", ", adding ...", ", and he urged".
func (s *state) commaCut(k, p, end int) bool {
	nw := s.w(k + 1)
	// A clause of the writer's may follow a content of any length ("cited
	// the figure, further raising ..."), but a clause opened by "that" or
	// "whether" may start with a parenthetical of its own ("said that, as
	// costs rose, ...", "said that, even accounting for ...").
	long := k-p >= 3 || k > p+1 && !clauseStart[s.t.Lower(p)]
	if nw == "even" || nw == "also" || nw == "then" || nw == "further" || nw == "thereby" || isAdverb(nw) {
		if k+2 < end && strings.HasSuffix(s.w(k+2), "ing") && long {
			return true // ", even suggesting ..."
		}
	}
	if nw == "as" && k+3 < end && (s.w(k+2) == "well" || s.w(k+2) == "much" || s.w(k+2) == "many") && s.w(k+3) == "as" {
		return false // ", as well as a new swimming pool": the content's own list goes on
	}
	if (nw == "who" || nw == "which") && s.subjectRelative(k, end) {
		return false // "that goaltender Mathis Ouellet, who made 38 saves, “kept us in it”"
	}
	if clauseCut[nw] || s.cueMap[nw]&cueIng != 0 || (len(nw) > 5 || nw == "going" && k+2 < end && s.w(k+2) == "on") && strings.HasSuffix(nw, "ing") && k+2 < end && !s.t.Tokens[k+1].Quoted && s.kind(k+2) == sentence.Word && nw[0] >= 'a' && nw[0] <= 'z' && participleCut(nw) {
		if long {
			return true
		}
	}
	if nw == "which" && long && !s.subjectRelative(k, end) {
		return true // "... a decision of the committee, which meets on Friday"
	}
	if (nw == "and" || nw == "but") && k+2 < end && (subordinators[s.w(k+2)] || s.cueMap[s.w(k+2)]&cueVerb != 0) && k-p >= 3 {
		return true // ", and when pressed ..." / ", but noted ..."
	}
	if nw == "and" && k+2 < end && k-p >= 3 && s.newSpeaker(k+2) && !s.t.Tokens[k+2].Quoted {
		return true // "..., and he urged North Korea to ...": an attribution of its own
	}
	if k+1 < end && k-p >= 2 && !s.t.Tokens[k+1].Quoted && (determiners[s.lower(nw)] || isCapWord(nw)) && s.newSpeaker(k+1) && s.commaClause(k+1, end) {
		return true // "In a statement announcing the pick, the Association ... called ..."
	}
	if nw == "but" && k+2 < end && k-p >= 3 && s.newSubject(k+2) && !s.t.Tokens[k+2].Quoted {
		return true // ", but Clinton would leave it at 35 percent"
	}
	if nw == "but" && k+2 < end && k-p >= 3 && !s.t.Tokens[k+2].Quoted && pastVerb(s.w(k+2)) {
		return true // "said the port would reopen, but gave no date": the reporting clause's
	}
	if k-p >= 2 && k+1 < end && !s.t.Tokens[k+1].Quoted && s.newSpeaker(k+1) && s.closingAttribution(k+1, end) {
		// "the time has come, they say for a dialogue, he said.": the
		// sentence closes with its own attribution, which is not part of
		// the content nested in it
		return true
	}
	return false
}

// subjectRelative reports whether the relative clause opened at the comma
// k closes at a later comma followed by a verb: the clause sits inside the
// content's subject ("that recent wage data, which showed ..., gave the
// committee room") and the content goes on past it.
func (s *state) subjectRelative(k, end int) bool {
	for j := k + 2; j+1 < end; j++ {
		if s.w(j) != "," || s.t.Tokens[j].Quoted {
			continue
		}
		w := s.w(j + 1)
		if auxWord(w) || pastVerb(w) || s.cueMap[w]&cueVerb != 0 {
			return true
		}
		if s.kind(j+1) == sentence.OpenQuote && j+2 < end && pastVerb(s.w(j+2)) {
			return true // ", who made 38 saves, “kept us in it”": the verb quoted
		}
		if !s.listComma(j, end) {
			return false
		}
		// a list inside the clause ("which cover milk, bread and eggs,
		// would be ..."): its comma does not close the clause
	}
	return false
}

// listComma reports whether the comma at j separates items of a list:
// an "and" or "or" follows within a few words, before another comma.
func (s *state) listComma(j, end int) bool {
	for q := j + 1; q < end && q <= j+4; q++ {
		switch s.w(q) {
		case "and", "or":
			return true
		case ",", ".", ";":
			return s.w(q) == "," && s.listComma(q, min(end, q+5)) // "milk, bread, eggs and ..."
		}
	}
	return false
}

// auxWord reports whether w is a form of be or have or a modal: the
// start of a finite verb group.
func auxWord(w string) bool {
	return beForms[w] || modals[w] || w == "has" || w == "have" || w == "had"
}

// hasFinite reports whether [lo,hi) holds a finite verb outside
// quotations: be, have, a modal or a verb in the past.
func (s *state) hasFinite(lo, hi int) bool {
	for j := lo; j < hi; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			continue
		}
		if w := s.w(j); auxWord(w) || pastVerb(w) {
			return true
		}
	}
	return false
}

// closingAttribution reports whether [k,end) is a short attribution that
// closes its sentence: at most four words, the last a speech verb, no
// punctuation ("..., he said." but not "the plan, officials say, is dead").
func (s *state) closingAttribution(k, end int) bool {
	if end-k > 4 {
		return false
	}
	for j := k; j < end; j++ {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			return false
		}
	}
	c := s.cueMap[s.w(end-1)]
	return c&cueVerb != 0 && c&cueWeak == 0
}

// pastVerb reports whether w is a verb in the past tense: a regular -ed
// form or a common irregular one.
func pastVerb(w string) bool {
	if len(w) > 4 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' {
		return true
	}
	switch w {
	case "gave", "took", "made", "went", "came", "kept", "left", "held", "sent", "spent", "brought", "told", "said", "did", "declined", "stopped":
		return true
	}
	return false
}

// commaClause reports whether the clause starting at k runs on past its
// verb (a new sentence-level clause, not a parenthetical "X, he said, Y"):
// no comma follows its reporting verb right away.
func (s *state) commaClause(k, end int) bool {
	for j := k + 1; j < end && j <= k+5; j++ {
		if c := s.cueMap[s.w(j)]; c&cueVerb != 0 {
			return j+1 < end && s.w(j+1) != "," && s.kind(j+1) == sentence.Word
		}
	}
	return false
}

// coordinatedVerb reports whether token k starts a coordinated verb phrase:
// a speech cue or an auxiliary. (Other coordinated verbs, "... and thought
// of the days", usually stay in the content in PolNeAR's annotation.)
func (s *state) coordinatedVerb(k int) bool {
	w := s.w(k)
	if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	if c := s.cueMap[w]; c&cueVerb != 0 && c&(cueAtt|cueWeak) == 0 {
		return true
	}
	switch w {
	case "has", "have", "had", "is", "was", "were", "also", "then":
		return true
	}
	return false
}

// attitudePast reports whether token k is an attitude cue in the past
// tense ("encouraged", "attacked") after "and" and a quoted fragment. After
// a reported clause in the past, ‘that Machado was “a con” and encouraged
// Americans to ...’ goes on with the reporting subject's next act; without
// the quotation ("the suspect had fled and attacked a man", "the gunman was
// shouting and attacked people") the verb is the reported clause's.
func (s *state) attitudePast(k int) bool {
	w := s.w(k)
	return s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted && strings.HasSuffix(w, "ed") && s.cueMap[w]&cueAtt != 0 &&
		k >= 2 && s.kind(k-2) == sentence.CloseQuote
}

// afterPreposition reports whether the phrase starting at k, its article
// aside, follows a preposition within the sentence from lo.
func (s *state) afterPreposition(lo, k int) bool {
	k--
	if k >= lo && (s.w(k) == "the" || s.w(k) == "The") {
		k--
	}
	return k >= lo && phrasePreps[s.w(k)]
}

var phrasePreps = set(`of in at on for with from against outside inside near by about among within to into over under`)

// pastPerfect reports whether [p,k) holds "had": "said the suspect had
// fled and attacked ..." shares the auxiliary across "and".
func (s *state) pastPerfect(p, k int) bool {
	for j := p; j < k; j++ {
		if s.w(j) == "had" {
			return true
		}
	}
	return false
}

// backshifted reports whether the reported clause [p,k) is in the past
// (its first auxiliary is "was", "had", "would" ...), as reported speech
// after "said" usually is. A future "and will ..." after it is then a
// second verb of the reporting clause ("said she was confident and will
// travel on Thursday"); after a clause in the present it goes on with the
// reported words ("said the U.S. is not seeking bases and will leave if
// ...").
func (s *state) backshifted(p, k int) bool {
	for j := p; j < k; j++ {
		switch s.t.Lower(j) {
		case "was", "were", "had", "would", "could", "did", "might":
			return true
		case "is", "are", "has", "have", "will", "can", "does", "do", "may", "must":
			return false
		}
	}
	return false
}

// participleCut reports whether an -ing word after a comma starts a
// participle clause of the writer's ("..., referencing the bank's drive");
// a few -ing words are nouns or prepositions and do not.
func participleCut(w string) bool {
	switch w {
	case "including", "according", "during", "something", "nothing", "anything", "everything", "morning", "evening", "building", "meeting", "spending", "funding", "housing", "training", "king", "thing", "bring", "ring", "being":
		return false
	}
	return true
}

// words after a comma that start a new clause outside the content.
var clauseCut = set(`according who whom whose as while although though whereas with however compared`)

// quantityStart are words that open a subject with a quantity ("that at
// least four homes", "that nearly all of them").
var quantityStart = set(`at more fewer less only about nearly almost around roughly some many most all no none every`)

// sentenceAdjunct reports whether the words from p to the sentence end hi
// are only an adjunct of the reporting verb: a time or circumstance phrase
// ("after the attacks", "during a rally in Ohio") or a participle clause of
// its own (", adding that ..."), with no "that" and no quotation.
func (s *state) sentenceAdjunct(p, hi int) bool {
	if p+1 < hi && s.w(p) == "," && !s.t.Tokens[p+1].Quoted && s.cueMap[s.w(p+1)]&cueIng != 0 {
		return true
	}
	if p >= hi || s.kind(p) != sentence.Word || !closingAdjuncts[s.w(p)] || particles[s.w(p)] && !sayForms[s.w(p-1)] {
		return false // "called on Trump to ...": a particle of the verb
	}
	for q := p + 1; q < hi; q++ {
		if s.t.Tokens[q].Quoted || s.kind(q) == sentence.OpenQuote || s.w(q) == "that" || s.w(q) == ":" || s.w(q) == ";" {
			return false
		}
		if s.w(q) == "," {
			return q+1 < hi && !s.t.Tokens[q+1].Quoted && s.cueMap[s.w(q+1)]&cueIng != 0 && !s.hasFinite(p+1, q)
		}
	}
	// "said in Ohio the plan is dead": a clause follows the adjunct
	return !s.hasFinite(p+1, hi)
}

// roleBefore returns the start of a description in commas right before
// the name at nLo ("the tool, a spokeswoman, Anna White, said"): "a", "an"
// or "the", at most four more words with a role among them, and a comma
// before it. It returns -1 when there is none.
func (s *state) roleBefore(lo, nLo int) int {
	if nLo-2 <= lo || s.w(nLo-1) != "," {
		return -1
	}
	role := false
	for d := nLo - 2; d > lo && d >= nLo-6; d-- {
		w := s.t.Lower(d)
		if s.kind(d) != sentence.Word || s.t.Tokens[d].Quoted {
			return -1
		}
		role = role || s.lex.IsTitle(w) || speakerRoles[w]
		if (w == "a" || w == "an" || w == "the") && s.w(d-1) == "," {
			if role {
				return d
			}
			return -1
		}
	}
	return -1
}

// partyOf reports whether [k,L) is a party and a place, the apposition
// after a legislator's name: "Steve Cohen, Democrat of Tennessee, said".
func (s *state) partyOf(k, L int) bool {
	return k+2 < L && partyNouns[s.w(k)] && s.w(k+1) == "of"
}

// partyNouns are the party labels of such an apposition.
var partyNouns = set(`Democrat Republican Independent Democrats Republicans`)

// tellClose are the subordinators that, after a verb of telling and its
// addressee, open a clause of the writer's: "told Mr. Obama as he ...".
var tellClose = set(`as when while after before`)

// thatAhead reports whether "that" or an opening quotation mark follows k
// within the sentence ending at hi.
func (s *state) thatAhead(k, hi int) bool {
	for j := k; j < hi; j++ {
		if s.w(j) == "that" && !s.t.Tokens[j].Quoted || s.kind(j) == sentence.OpenQuote {
			return true
		}
	}
	return false
}

// closingAdjuncts open a phrase of time or circumstance that can close a
// sentence after its reporting verb.
var closingAdjuncts = set(`after before during following amid at in on via through when while as`)

// prepositions that open an adjunct between a cue and its "that".
var adjunctPreps = set(`during via under at in on after before from through over with by`)

// skipAfterCue skips time phrases and an addressee after a cue.
func (s *state) skipAfterCue(p, hi int, cls cueClass) int {
	start := p
	if p+1 < hi && s.w(p) == "to" && p > 0 && toAddressee[s.w(p-1)] && !s.t.Tokens[p].Quoted {
		if w := s.w(p + 1); determiners[s.lower(w)] || objPronouns[w] || possessivePronouns[w] || addressees[w] || isCapWord(w) {
			// "wrote to the council that ...": the addressee is not what
			// was said; without "that" nothing is reported ("wrote to
			// Pocketly in March")
			for q := p + 1; q < hi && q < p+15; q++ {
				if w := s.w(q); s.t.Tokens[q].Quoted || w == "." || w == ";" || s.kind(q) == sentence.OpenQuote {
					break
				}
				if s.w(q) == "that" {
					return q
				}
			}
			return hi
		}
	}
	if cls&cueAtt == 0 && s.sentenceAdjunct(p, hi) {
		// "..., Carson said after the attacks.", "..., Fiorina said,
		// adding that ...": nothing after the cue is what was said
		return hi
	}
	if p < hi && s.kind(p) == sentence.Word && adjunctPreps[s.w(p)] {
		// "said during a Friday evening rally in Michigan that", "said
		// via email that", "said at a stop in Toledo, Ohio, that"
		for q := p + 1; q < hi && q < p+14; q++ {
			w := s.w(q)
			if s.t.Tokens[q].Quoted || s.kind(q) == sentence.OpenQuote || w == "." || w == ";" || w == ":" {
				break
			}
			if w == "that" {
				if q+1 < hi && (s.w(q-1) == "," || s.w(q+1) == "," || s.w(q+1) == "there" || quantityStart[s.w(q+1)] || s.newSubject(q+1) || s.kind(q+1) == sentence.OpenQuote) {
					return q
				}
				break
			}
		}
	}
	for p < hi && p < start+4 && s.kind(p) == sentence.Word && afterCue[s.w(p)] {
		if s.w(p) == "in" || s.w(p) == "on" || s.w(p) == "at" {
			// "in a statement", "on Tuesday", "in an interview"
			q := p + 1
			for q < hi && q < p+6 && s.kind(q) == sentence.Word && s.w(q) != "that" {
				q++
			}
			if q+2 < hi && s.w(q) == "," && (s.w(q+1) == "and" || s.w(q+1) == "but") && s.newSubject(q+2) && q-p <= 5 {
				return hi // "..., a spokeswoman said on Saturday, and it has ...": a clause of the writer's follows
			}
			if q < hi && (s.w(q) == "that" || s.w(q) == "," || s.w(q) == ":" || s.kind(q) == sentence.OpenQuote) && q-p <= 5 {
				p = q
				break
			}
			if q >= hi && p+1 < hi && (determiners[s.t.Lower(p+1)] || timeWords[s.w(p+1)] || isCapWord(s.w(p+1)) || afterCue[s.w(p+1)] || possessivePronouns[s.w(p+1)] || strings.IndexAny(s.w(p+1), "0123456789") == 0) {
				return hi // "said in a statement.", "said on Tuesday."
			}
			return start // "called on people to protest"
		}
		p++
	}
	if cls&cueTell != 0 {
		// "..., Cohen told Mr. Obama as he stopped for a photograph.": the
		// addressee and a clause of time or manner close the attribution
		q := p
		for q < hi && q < p+4 && s.kind(q) == sentence.Word && (isCapWord(s.w(q)) || objPronouns[s.w(q)] || addressees[s.w(q)]) {
			q++
		}
		for q < hi && s.w(q) == "." && q > p && s.t.Tokens[q-1].End == s.t.Tokens[q].Start {
			q++ // "Mr."
			for q < hi && s.kind(q) == sentence.Word && isCapWord(s.w(q)) {
				q++
			}
		}
		if q > p && q < hi && subordinators[s.w(q)] && s.sentenceAdjunct(q, hi) || q > p && q < hi && tellClose[s.w(q)] && !s.thatAhead(q, hi) {
			return hi
		}
		// told reporters that / told The Times: / told CNN on Sunday that /
		// tells MSNBC's "Morning Joe" on Friday that / told WHSR, a public
		// radio station, that
		for q := p; q < hi && q < p+12 && s.w(q) != "."; q++ {
			if s.w(q) == "," {
				if q+1 >= hi || !determiners[s.t.Lower(q+1)] || q == p {
					break
				}
				e := q + 2
				for e < hi && e < q+12 && s.kind(e) == sentence.Word && !s.t.Tokens[e].Quoted {
					e++
				}
				if e+1 < hi && s.w(e) == "," && s.w(e+1) == "that" {
					return e + 1
				}
				break
			}
			if s.w(q) == "that" && !s.t.Tokens[q].Quoted {
				return q
			}
			if s.w(q) == "to" && q > p {
				// "warned North Korea to refrain from actions that would
				// ...": the addressee and its infinitive are the content
				return p
			}
		}
		// "told African-Americans this weekend he would ..."
		for q := p + 1; q < hi && q < p+8 && s.kind(q) == sentence.Word; q++ {
			if g, ok := pronouns[s.w(q)]; ok && g != 'n' && s.w(q) != "I" && !s.t.Tokens[q].Quoted {
				return q
			}
		}
		if q := s.audience(p, hi); q > p && q < hi && s.newSubject(q) {
			return q // "told the inquest the bleed had ...", "told investors on Monday it would ..."
		}
		if p+1 < hi && s.kind(p) == sentence.Word && !isCapWord(s.w(p)) && len(s.w(p)) > 3 && strings.HasSuffix(s.w(p), "s") && !s.t.Tokens[p].Quoted &&
			(modals[s.w(p+1)] || s.w(p+1) == "were" || s.w(p+1) == "are" || s.w(p+1) == "had" || s.w(p+1) == "have") {
			return p // "warned members would be expelled": a plural and its verb are the reported clause
		}
		q = p
		for q < hi && q < p+6 && s.kind(q) == sentence.Word && s.w(q) != "that" {
			q++
		}
		if q < hi && (s.w(q) == "that" || s.w(q) == "," || s.w(q) == ":" || s.kind(q) == sentence.OpenQuote) {
			return q
		}
		if q >= hi {
			return hi // "has told The Times." — content is on the left
		}
	}
	return p
}

// words counts word tokens in [lo,hi), stopping at 8: callers only ask
// for small thresholds, and the cap keeps the scan constant-time.
func (s *state) words(lo, hi int) int {
	n := 0
	for k := lo; k < hi && n < 8; k++ {
		if s.kind(k) == sentence.Word {
			n++
		}
	}
	return n
}

func isAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w[0] >= 'a' && w[0] <= 'z' && w != "early" && w != "only" && !lyNouns[w]
}

// nouns and adjectives ending in -ly: "His family said ...".
var lyNouns = set(`family ally rally assembly supply reply monopoly anomaly belly bully folly homily
	elderly friendly lonely lovely ugly silly holy costly deadly orderly`)

// extendLeft returns the first token of the subject noun phrase that ends
// at L, or -1 when there is none.
func (s *state) extendLeft(lo, L int) int { return s.extendLeftN(lo, L, 2) }

// extendLeftN is extendLeft with a bound on nested relative clauses.
func (s *state) extendLeftN(lo, L, depth int) int {
	if depth <= 0 {
		return L
	}
	if L-1 >= lo && (s.w(L-1) == "who" || s.w(L-1) == "which") {
		if g, ok := pronouns[s.w(L)]; ok && g != 'n' && !s.t.Tokens[L].Quoted {
			return L // "Fairbrother, who he said had worked ...": he said it
		}
	}
	if g := pronouns[s.w(L)]; (g == 'm' || g == 'f') && L > lo && s.kind(L-1) == sentence.Word && !s.t.Tokens[L].Quoted {
		return L // "in a 2004 conversation with The Ledger he said": a pronoun is the whole subject
	}
	k := L
	for k > lo && L-k < 10 {
		p := k - 1
		tk := s.t.Tokens[p]
		if tk.Quoted {
			break
		}
		w := s.w(p)
		if tk.Kind == sentence.Word {
			if npStop[s.lower(w)] && !s.nameWord(p) || w == "please" || len(w) > 4 && strings.HasSuffix(w, "ed") && w[0] >= 'a' && w[0] <= 'z' && !npAdjectives[w] && !s.reducedPassive(lo, p) && (p == lo || !relPron[s.w(p-1)] && !isAdverb(s.w(p-1)) && !determiners[s.t.Lower(p-1)]) {
				// "Blinken and Ghani": and between names
				if w == "and" && isCapWord(s.w(k)) && p > lo && isCapWord(s.w(p-1)) {
					k = p
					continue
				}
				if w == "and" && p > lo && s.lex.IsTitle(s.t.Lower(p-1)) && s.titleWord(k) {
					k = p // "chief executive and co-founder Mira Okonkwo"
					continue
				}
				break
			}
			k = p
			continue
		}
		if w == "." && p > lo && s.t.Tokens[p-1].End == tk.Start && s.kind(p-1) == sentence.Word {
			k = p // "Mr." "Gen."
			continue
		}
		if w == "(" || w == ")" || w == "&" || w == ":" && p > lo+1 && s.w(p-2) == "(" {
			k = p // "(D-Wis.)", "(NASDAQ: NMRS)"
			continue
		}
		if m, ok := s.ents.MentionAt(p - 1); ok && (w == "’" || w == "'") && p > lo && m.Hi > k {
			k = m.Lo // a plural possessive inside a name: "Kilbrannagh Patients’ Forum"; not "Fox News' Megyn Kelly"
			continue
		}
		break
	}
	// a participle of aim after the subject's noun: "Mediators trying to
	// broker a truce in the valley said"
	if k-3 >= lo && s.w(k-1) == "to" && aimParticiples[s.w(k-2)] && s.kind(k-3) == sentence.Word && !s.t.Tokens[k-3].Quoted && !npStop[s.t.Lower(k-3)] {
		return s.extendLeftN(lo, k-3, depth-1)
	}
	// a long apposition the word-by-word walk stopped inside: "Commissioner
	// Benedikt Marsh, the only board member to vote against the draft
	// budget in committee, said"
	if k > lo+1 && s.w(k-1) != "," {
		commas := 0
		for p := k - 1; p > lo && L-p < 30; p-- {
			if s.kind(p) == sentence.Word && !s.t.Tokens[p].Quoted {
				continue
			}
			if s.w(p) == "," && (s.isDescriptionStart(p+1) || s.w(p+1) == "of" || s.w(p+1) == "for" && s.personBefore(p) || isPossessive(s.w(p+1)) && s.titleWithin(p+2, L) || p+2 < L && s.w(p+2) == "by" && strings.HasSuffix(s.w(p+1), "ed") || namingParticiples[s.w(p+1)] || p+2 < L && s.w(p+2) == "of" && s.kind(p+1) == sentence.Word && (!isCapWord(s.w(p+1)) || partyMembers[s.w(p+1)])) {
				// also where someone works or lives: "Detective Sergeant
				// Helen Moss, of Castlebridge Police's collision unit, said",
				// a passive apposition: "Ashdown, bowled by Fairbrother
				// four runs short, said", a role without an article:
				// "Dilrukshi Fernando, head of research at X, said", and
				// two in a row: "Crestline
				// Partners, the developer behind the project, known as
				// Riverside Yards, has said"
				if m, ok := s.ents.MentionAt(p - 1); ok && m.Kind == entity.Name && (s.ents.Entities[m.Entity].Type == entity.Person || (commas > 0 || determiners[s.t.Lower(p+1)]) && s.ents.Entities[m.Entity].Type == entity.Org) {
					return m.Lo
				}
				if q := s.extendLeftN(lo, p-1, depth-1); q < p-1 && indefinites[s.w(q)] && s.w(p+1) != "of" {
					return q // "A spokesman for the company, reached by telephone, denied ..."
				}
				if namingParticiples[s.w(p+1)] && commas == 0 {
					commas++ // ", known as Riverside Yards,": the apposition before it may name the subject
					continue
				}
			}
			break
		}
	}
	// subject with a relative clause or apposition: "X, who ..., said" / "X, a lawyer, said"
	if k > lo+1 && s.w(k-1) == "that" && (pronouns[s.w(k)] != 0 && k == L || s.nameSpan(k, L+1)) {
		return k // "measures that they said would ...": the relative clause's own subject
	}
	if k > lo+1 && (s.w(k-1) == "who" || s.w(k-1) == "that" && s.cueMap[s.w(k-2)] == 0) && s.kind(k-2) == sentence.Word && !npStop[s.w(k-2)] {
		// "Residents who attended the meeting said" (but in "officials
		// worry that NATO maintain" "that" opens the verb's object)
		return s.extendLeftN(lo, k-2, depth-1)
	}
	if k > lo && s.w(k-1) != "," {
		if rel := s.w(k - 1); rel == "who" {
			for p := k - 2; p > lo && k-p < 30; p-- {
				if s.w(p) == "," {
					if q := s.extendLeftN(lo, p-1, depth-1); q >= 0 && s.kind(p-1) == sentence.Word {
						return q
					}
					break
				}
			}
		}
	}
	if k > lo+1 && s.w(k-1) == "," && (s.isDescriptionStart(k) || s.w(k) == "of" || isPossessive(s.w(k)) && s.titleWithin(k+1, L) || L+1 < s.n && s.w(L+1) == "," && s.titleApposition(k, L)) {
		// apposition "Gen. David Petraeus, the former US commander, said",
		// after an age: "Linda Szymanski, 54, a school bus driver, said"
		at := k - 2
		if at-2 >= lo && isAge(s.w(at)) && s.w(at-1) == "," {
			at -= 2
		}
		if m, ok := s.ents.MentionAt(at); ok && m.Kind == entity.Name && s.ents.Entities[m.Entity].Type == entity.Person && (!isPossessive(s.w(k)) || s.opensSentence(m.Lo)) {
			if q := s.extendLeftN(lo, m.Lo, depth-1); q >= 0 && q <= m.Lo {
				return q
			}
			return m.Lo
		}
	}
	// an unnamed source described by what they know: "a person briefed on
	// the matter said", "two people familiar with the talks said"
	if j := k; j > lo+1 {
		if !sourcePreps[s.w(j)] && sourcePreps[s.w(j-1)] {
			j--
		}
		if sourcePreps[s.w(j)] && j-2 >= lo && sourcePostmods[s.w(j-1)] && unnamedNouns[s.t.Lower(j-2)] && (s.indefiniteBefore(lo, j-2) || s.bareSource(lo, j-2)) {
			return s.extendLeftN(lo, j-2, depth-1)
		}
	}
	// an unnamed person by where they work: "A meteorologist with the
	// federal weather agency said", "an engineer at the plant said"
	if j := k - 2; j > lo && affiliationPreps[s.w(k-1)] && (unnamedNouns[s.t.Lower(j)] || !isCapWord(s.w(j)) && s.describedHead(s.w(j))) {
		for p := j - 1; p >= lo && p >= j-3 && s.kind(p) == sentence.Word; p-- {
			if indefinites[s.w(p)] {
				return p
			}
		}
	}
	// an unnamed person with a long relative clause and no commas: "a
	// doctor who asked not to be named for fear of reprisals said"
	for p := L - 1; p > lo && p >= L-16; p-- {
		if w := s.w(p); s.kind(p) != sentence.Word || s.t.Tokens[p].Quoted {
			break
		} else if w != "who" {
			continue
		}
		if n := s.t.Lower(p - 1); unnamedNouns[n] || s.describedHead(n) {
			for q := p - 2; q >= lo && q >= p-4 && s.kind(q) == sentence.Word; q-- {
				if indefinites[s.w(q)] {
					return q
				}
			}
		}
		break
	}
	// a sentence adverb before the subject is not part of it: "Meanwhile
	// a TV insider said"
	if k+1 < L && sentenceAdverbs[s.w(k)] {
		return k + 1
	}
	return k
}

// sentenceAdverbs open a sentence before its subject.
var sentenceAdverbs = set(`Meanwhile However Separately Still Instead Elsewhere Earlier Later Nonetheless Nevertheless`)

// namingParticiples open an apposition that names or places its noun:
// ", known as Riverside Yards,", ", based in Leeds,".
var namingParticiples = set(`known called named based headquartered founded owned`)

// descriptionBefore returns where a short description of the person
// named after the comma at k starts, when the words before that comma
// are one, set off by another comma: ", his daughter," or ", its
// owner,". Otherwise it returns k.
func (s *state) descriptionBefore(lo, k int) int {
	for j := k - 1; j > lo && j >= k-4; j-- {
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted {
			if s.w(j) == "," && j+2 <= k-1 && (possessivePronouns[s.w(j+1)] || determiners[s.t.Lower(j+1)]) && (entity.IsRelative(s.t.Lower(k-1)) || s.lex.IsTitle(s.t.Lower(k-1)) || unnamedNouns[s.t.Lower(k-1)]) {
				return j + 1
			}
			return k
		}
	}
	return k
}

// headEnd returns the first comma after token lo in [lo,hi), where an
// apposition or relative clause follows the head of a mention ("A
// spokesman for the company, reached by telephone,"), or hi.
func (s *state) headEnd(lo, hi int) int {
	for k := lo + 1; k < hi; k++ {
		if s.w(k) == "," {
			return k
		}
	}
	return hi
}

// personAt reports whether a name of a single person starts at token k
// (not a group's plural such as "MPs").
func (s *state) personAt(k int) bool {
	m, ok := s.ents.MentionAt(k)
	return ok && m.Lo == k && s.ents.Entities[m.Entity].Type == entity.Person && !strings.HasSuffix(s.w(m.Hi-1), "s")
}

// affiliationPreps tie an unnamed person to where they work.
var affiliationPreps = set(`with at from`)

// afterSource are the other words that may follow the noun of an unnamed
// source's description.
var afterSource = set(`from at for who that in`)

// sourceTail extends an inverted speaker [R,nHi) that is an unnamed
// source over what describes it, to the next comma or the sentence end:
// "said one person with knowledge of the governor's dilemma", "said a
// person familiar with the talks".
func (s *state) sourceTail(R, nHi, hiEff int) int {
	head := nHi - 1
	if head > R && sourcePostmods[s.w(head)] {
		head-- // "a person familiar" + "with the talks"
	}
	if nHi >= hiEff || !unnamedNouns[s.t.Lower(head)] || !(s.w(nHi) == "with" || sourcePostmods[s.w(nHi)]) {
		return nHi
	}
	k := nHi + 1
	for k < hiEff && k < nHi+12 && s.kind(k) == sentence.Word && !s.t.Tokens[k].Quoted && !auxWord(s.w(k)) && !pastVerb(s.w(k)) {
		k++
	}
	if k < hiEff && s.w(k) != "," {
		return nHi
	}
	return k
}

// clauseInside reports whether the words [R,hi) after a cue hold a
// finite verb of their own, so they are a clause and not an inverted
// speaker: "Petra Lindqvist, an analyst, said the warning raised
// questions" (not "said the embattled leader").
func (s *state) clauseInside(R, hi int) bool {
	for j := R + 1; j < hi; j++ {
		w := s.w(j)
		if s.kind(j) != sentence.Word || s.t.Tokens[j].Quoted || npAdjectives[w] || determiners[s.t.Lower(j-1)] {
			continue
		}
		if auxWord(w) || pastVerb(w) {
			return true
		}
	}
	return false
}

// sourcePostmods and sourcePreps describe an unnamed source by what they
// know: "briefed on", "familiar with", "close to". sourceParticiples are
// the postmodifiers that are also cues ("briefed" reporters), not cues
// after the source's noun.
var (
	sourcePostmods    = set(`briefed familiar close knowledgeable informed involved`)
	sourceParticiples = set(`briefed informed involved`)
	sourcePreps       = set(`on with about to of in`)
)

// titleWord reports whether token k is a title, or a hyphenated one
// ("co-founder").
func (s *state) titleWord(k int) bool {
	w := s.t.Lower(k)
	if s.lex.IsTitle(w) {
		return true
	}
	i := strings.LastIndexByte(w, '-')
	return i > 0 && s.lex.IsTitle(w[i+1:])
}

// isAge reports whether w is a person's age in years, as news gives it
// between commas after a name.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

func (s *state) isDescriptionStart(k int) bool {
	switch s.w(k) {
	case "the", "a", "an", "The", "A", "An":
		return true
	case "his", "her", "their":
		// "Martin Vance, her husband of 31 years, said"
		if k+1 >= s.n {
			return false
		}
		w := s.t.Lower(k + 1)
		return entity.IsRelative(w) || s.lex.IsTitle(w) || describedNouns[w]
	}
	return false
}

// titleApposition reports whether [k,L] is an apposition led by a title
// that names no person itself: "Bogdan Ilić, general secretary of the
// union, said", "Carlos Ibarra-Fuentes, Vice President of Operations at
// Halden, noted" (but not "..., Chief Justice Roberts said").
func (s *state) titleApposition(k, L int) bool {
	if !s.lex.IsTitle(s.t.Lower(k)) && !(k+1 < s.n && s.lex.IsTitle(s.lower(s.w(k)+" "+s.w(k+1)))) && !(s.t.Lower(k) == "head" && k+1 < s.n && s.w(k+1) == "of") {
		return false
	}
	for j := k; j <= L; j++ {
		if m, ok := s.ents.MentionAt(j); ok && s.ents.Entities[m.Entity].Type == entity.Person {
			return false
		}
	}
	return true
}

// bodyRole reports whether the words [k,L) are a body's role for the name
// before them: "Qatar's chief negotiator", "Renewal's campaign director".
func (s *state) bodyRole(k, L int) bool {
	if k+1 >= L || !isCapWord(s.w(k)) || !isPossessive(s.w(k)) {
		return false
	}
	if L-k > 4 {
		return false
	}
	for j := k + 1; j < L; j++ {
		if s.kind(j) != sentence.Word || isCapWord(s.w(j)) {
			return false
		}
	}
	return s.lex.IsTitle(s.t.Lower(L - 1))
}

// extendRight returns the end of the speaker noun phrase starting at R
// after an inverted cue ("said the State Department spokesman Ned Price").
func (s *state) extendRight(R, hi int) int {
	k := R
	for k < hi && k-R < 10 {
		tk := s.t.Tokens[k]
		w := s.w(k)
		if tk.Kind == sentence.Word {
			if npStop[w] && !(w == "and" && k > R && isCapWord(s.w(k-1)) && k+1 < hi && isCapWord(s.w(k+1))) {
				break
			}
			k++
			continue
		}
		if w == "." && k > R && s.t.Tokens[k-1].End == tk.Start && k+1 < hi {
			k++
			continue
		}
		if w == "-" || w == "/" && k > R && k+1 < hi && s.kind(k+1) == sentence.Word {
			k++
			continue
		}
		break
	}
	return k
}

// invertedStart reports whether a speaker after an inverted cue can start
// at R: a capitalised word, a determiner, a title or a number ("9/11 widow").
func (s *state) invertedStart(R int) bool {
	w := s.w(R)
	if isCapWord(w) || determiners[w] || s.lex.IsTitle(s.lower(w)) {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && s.lex.IsTitle(s.lower(w[i+1:])) {
		return true // "said co-author Anselm Ford"
	}
	// modifiers before a title and a name: "said lead author Dr. Ford",
	// "said former coach Lonnie Bishop"
	for k := R + 1; k < s.n && k <= R+2 && s.kind(k) == sentence.Word; k++ {
		if s.lex.IsTitle(s.t.Lower(k)) {
			return k+1 < s.n && isCapWord(s.w(k+1))
		}
	}
	// a description before a person's name: "said retired neurosurgeon
	// Ben Carson", "said longtime resident Jane Smith"
	for k := R; k < s.n && k <= R+3 && s.kind(k) == sentence.Word; k++ {
		v := s.w(k)
		if isCapWord(v) {
			m, ok := s.ents.MentionAt(k)
			return k > R && ok && m.Lo == k && s.ents.Entities[m.Entity].Type == entity.Person
		}
		if v[0] < 'a' || v[0] > 'z' || badStart[v] || prepositions[v] || clauseStart[v] || modals[v] || beForms[v] || strings.HasSuffix(v, "ly") {
			break
		}
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	// a number with a verb of its own opens the content: "says 900 died"
	if R+1 < s.n && s.kind(R+1) == sentence.Word {
		v := s.w(R + 1)
		return !pastVerb(v) && !strings.HasSuffix(v, "ed") && !coordAux[v] && s.cueMap[v]&cueVerb == 0
	}
	return true
}

// npEnds reports whether an inverted speaker phrase ending at k closes the
// attribution: sentence end, a comma, a bracket or a quotation.
func (s *state) npEnds(k, hiEff int) bool {
	if k >= hiEff {
		return true
	}
	w := s.w(k)
	// an opening quotation mark right after the phrase ends it only when
	// the phrase is a name: ‘said North Korea's latest "provocation ..."’
	// is the start of a content, not an inverted speaker
	return w == "," || w == "(" || w == ";" || s.kind(k) == sentence.OpenQuote && k > 0 && !isPossessive(s.w(k-1)) && s.kind(k-1) == sentence.Word && isCapWord(s.w(k-1))
}

func isAllCapsWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return false
		}
	}
	return true
}

func isCapWord(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// according handles "according to X, ..." and "..., according to X".
func (s *state) according(sen sentence.Range, i int) (raw, bool) {
	lo := sen.Lo
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: i, cueHi: i + 2, sLo: -1, sHi: -1, entity: -1}
	R := i + 2
	nHi := s.extendRight(R, hiEff)
	for nHi < hiEff && nHi < R+12 && s.kind(nHi) == sentence.Word {
		nHi++ // "according to a media report in Kabul"
	}
	// speaker span: up to the next comma
	end := R
	for end < hiEff && s.w(end) != "," && end < R+30 {
		end++
	}
	if end <= R {
		return r, false
	}
	r.sLo, r.sHi = R, end
	if i == lo || i == lo+1 && s.kind(lo) == sentence.Word && !s.t.Tokens[lo].Quoted {
		if end < hiEff && s.w(end) == "," {
			r.cLo, r.cHi = end+1, s.contentEnd(end+1, hiEff)
			return r, r.cHi-r.cLo >= 2
		}
		return r, false
	}
	b := i - 1
	if s.w(b) == "," {
		r.cLo, r.cHi = s.leftStart(lo, b), b
		if e, ok := s.resumes(end, hiEff); ok && r.cHi-r.cLo >= 1 {
			// "The talks, according to two officials, will resume in May":
			// the content goes on past the attribution, which is a gap
			r.cHi = s.contentEnd(e, hiEff)
			return r, true
		}
	} else {
		r.cLo, r.cHi = s.leftStart(lo, i), i
	}
	if s.kind(r.cHi-1) == sentence.CloseQuote && s.match[r.cHi-1] >= 0 && int(s.match[r.cHi-1]) < r.cLo {
		r.cLo = int(s.match[r.cHi-1])
	}
	return r, r.cHi-r.cLo >= 2
}

// heardFrom reads "X heard from SOURCE that CONTENT" (the inquest, the
// jury, the committee): the words are the source's, the hearer only
// received them. The source runs from "from" to "that", at most a dozen
// words with no clause break; without "that" nothing is reported ("heard
// from residents about the flooding").
func (s *state) heardFrom(sen sentence.Range, i int) (raw, bool) {
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: i, cueHi: i + 1, sLo: i + 2, sHi: -1, entity: -1}
	for k := i + 2; k < hiEff && k <= i+14; k++ {
		w := s.w(k)
		if s.t.Tokens[k].Quoted || w == ";" || w == "who" || w == "which" || s.kind(k) != sentence.Word && w != "," && w != "." {
			return r, false // "heard from X, who said ...": the relative has its own cue
		}
		if w == "that" {
			if k == i+2 {
				return r, false
			}
			r.sHi = k
			if s.w(k-1) == "," {
				r.sHi = k - 1
			}
			r.cLo = k + 1
			r.cHi = s.contentEnd(r.cLo, hiEff)
			return r, r.cHi-r.cLo >= 2
		}
	}
	return r, false
}

// resumes reports whether the clause interrupted by a parenthetical
// attribution goes on after the comma at k (or after one apposition to
// the source, "according to Dennis Ross, a former envoy, was ..."): the
// next word is a verb. It returns where the rest starts.
func (s *state) resumes(k, hiEff int) (int, bool) {
	for hops := 0; hops < 2 && k+1 < hiEff && s.w(k) == "," && !s.t.Tokens[k].Quoted; hops++ {
		w := s.w(k + 1)
		if auxWord(w) || pastVerb(w) && !s.lex.IsTitle(w) {
			return k + 1, true
		}
		j := k + 1
		for j < hiEff && j <= k+10 && s.kind(j) == sentence.Word && !s.t.Tokens[j].Quoted {
			j++
		}
		k = j
	}
	return 0, false
}

// transcript handles interview transcripts: a paragraph opening with
// "NAME:" (capitals, as in "WALLACE: ..." or "PENCE: ...").
func (s *state) transcript(sen sentence.Range) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	p := s.t.Paragraphs[s.t.Tokens[sen.Lo].Para]
	if p.Lo != sen.Lo {
		return r, false
	}
	k := sen.Lo
	if s.kind(k) == sentence.OpenQuote {
		k++
	}
	n0 := k
	for k < sen.Hi && k < n0+3 && s.kind(k) == sentence.Word && isAllCapsWord(s.w(k)) && len(s.w(k)) > 1 && isCapWord(s.w(k)) {
		k++
	}
	if k == n0 && p.Hi-p.Lo <= 30 {
		// a headline "Pat Caddell: Democrat Voters Worried ..." / "Poll: ..."
		for k < sen.Hi && k < n0+4 && s.kind(k) == sentence.Word && isCapWord(s.w(k)) {
			k++
		}
		if k < sen.Hi && s.w(k) == ":" && k > n0 && s.namedOrSource(n0, k) && !s.pageLabel(n0, k) {
			goto found
		}
		// "A lesson from Loretta Lynch: 'Be the voice ...'", "Elizabeth
		// Warren Hammers Wells Fargo CEO: ‘You Should Be ...’": a longer
		// headline naming someone, a quotation after the colon
		for k = n0; k < sen.Hi && k < n0+8 && s.kind(k) == sentence.Word && s.cueMap[s.w(k)]&cueVerb == 0; k++ {
		}
		if k+1 < sen.Hi && s.w(k) == ":" && k > n0 && (s.kind(k+1) == sentence.OpenQuote || s.w(k+1) == "'" || s.w(k+1) == "‘") && s.namedSubject(n0, k) {
			goto found
		}
		return r, false
	}
	if k == n0 || k >= sen.Hi || s.w(k) != ":" || k+1 >= p.Hi || s.pageLabel(n0, k) {
		return r, false
	}
found:
	if k == n0+1 && s.lex.IsPlaceInCapitals(s.w(n0)) {
		return r, false // "LAHORE: The council was engulfed ...": a dateline, not a transcript's speaker
	}
	if k-n0 >= 2 && s.capsLabels() == 1 && !s.personAt(n0) {
		return r, false // "KOTA SARI: Chief Minister ...": the one such line is a dateline; a transcript has several
	}
	r.sLo, r.sHi = n0, k
	r.cueLo, r.cueHi = k, k+1
	r.cLo, r.cHi = k+1, s.trimEnd(k+1, p.Hi)
	// a closing mark at the paragraph's end closes a quotation the
	// transcript line is in ("“PENCE: ... ”"), unless the content opens
	// its own: "Mayor Ana Silva: “We will reopen the port”"
	if (s.kind(p.Hi-1) == sentence.CloseQuote || s.isStraight(p.Hi-1)) && !(s.kind(k+1) == sentence.OpenQuote && int(s.match[k+1]) == p.Hi-1) {
		r.cHi = p.Hi - 1
	}
	return r, r.cHi > r.cLo
}

// capsLabels counts the paragraphs that open with one to three words in
// capitals and a colon ("WALLACE:", "KOTA SARI:").
func (s *state) capsLabels() int {
	if s.labels > 0 {
		return s.labels - 1 // counted once per text: a transcript asks for every line
	}
	n := 0
	for _, p := range s.t.Paragraphs {
		k := p.Lo
		for k < p.Hi && k < p.Lo+3 && s.kind(k) == sentence.Word && isAllCapsWord(s.w(k)) && isCapWord(s.w(k)) {
			k++
		}
		if k > p.Lo && k < p.Hi && s.w(k) == ":" {
			n++
			if last := s.w(k - 1); k-p.Lo >= 2 {
				if s.longLabels == nil {
					s.longLabels = map[string][2]int{}
				}
				if _, ok := s.longLabels[last]; !ok {
					s.longLabels[last] = [2]int{p.Lo, k}
				}
			}
		}
	}
	s.labels = n + 1
	return n
}

// pageLabels are the words of the labels pages put before teasers and
// links ("ALSO READ: ...", "WATCH: ...") and press releases before their
// contact lines ("Media contact: ..."): they look like a transcript's
// speaker but are furniture.
var pageLabels = set(`also read more see related watch listen video videos photos photo live update
	updates updated breaking exclusive opinion analysis editorial note editor's editor’s advertisement
	sponsored source credit top latest news trending recommended must fact check stories coverage
	timeline picks subscribe don't don’t miss contact contacts media press inquiries enquiries
	email phone tel fax website`)

// pageLabel reports whether every word of [lo,hi) is a page label word.
func (s *state) pageLabel(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !pageLabels[strings.ToLower(s.w(k))] {
			return false
		}
	}
	return true
}

// sourceTag handles a headline that names its source after a final colon,
// as many outlets write them: "US steps up strikes before talks: NYT",
// "Army chief to retire early: Report". The headline is what the source
// reported.
func (s *state) sourceTag(sen sentence.Range) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	p := s.t.Paragraphs[s.t.Tokens[sen.Lo].Para]
	if p.Lo != sen.Lo || p.Hi != sen.Hi || p.Hi-p.Lo > 30 || s.kind(p.Hi-1) != sentence.Word {
		return r, false // a headline is a paragraph of its own, without a full stop
	}
	for k := p.Hi - 2; k > p.Lo+2 && k >= p.Hi-4; k-- {
		if s.w(k) != ":" {
			continue
		}
		if s.pageLabel(p.Lo, p.Lo+1) || k-p.Lo < 4 || creditWords[s.t.Lower(k-1)] || !s.tagSource(k+1, p.Hi) {
			return r, false
		}
		r.sLo, r.sHi = k+1, p.Hi
		r.cueLo, r.cueHi = k, k+1
		r.cLo, r.cHi = p.Lo, k
		return r, true
	}
	return r, false
}

// creditWords end a caption or credit line before its colon ("... on
// Friday Photograph: Reuters", "Editing by: ..."), which is no headline.
var creditWords = set(`photograph photo photos picture pictures image images video credit credits source by`)

// tagSource reports whether [lo,hi) can be the source of a tagged
// headline: one source word ("Report", "Poll") or one organisation's name
// ("NYT", "Reuters"); a person or a place after a colon labels a caption
// ("Most valuable player: Patrick Mahomes").
func (s *state) tagSource(lo, hi int) bool {
	m, ok := s.ents.MentionAt(lo)
	if !ok {
		return hi-lo == 1 && s.namedOrSource(lo, hi) // "Report", "Poll"
	}
	return m.Lo == lo && m.Hi == hi && s.ents.Entities[m.Entity].Type == entity.Org
}

// namedOrSource reports whether [lo,hi) names an entity or is a word that
// heads a headline attribution ("Poll", "Report", "Study").
func (s *state) namedOrSource(lo, hi int) bool {
	if hi-lo == 1 {
		switch s.w(lo) {
		case "Poll", "Report", "Study", "Survey", "Sources", "Officials", "Experts", "Analysis":
			return true
		}
	}
	return s.namedSubject(lo, hi)
}

// dashCredit handles a quotation followed by a dash and the speaker's
// name: "“Maybe we can build a wall.” ― Jorge Falcon".
func (s *state) dashCredit(sen sentence.Range) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	for k := sen.Lo + 1; k+1 < sen.Hi; k++ {
		w := s.w(k)
		if w != "―" && w != "—" && w != "–" || s.kind(k-1) != sentence.CloseQuote {
			continue
		}
		open := int(s.match[k-1])
		if open < 0 {
			// a quotation opened with the wrong mark: take its paragraph start
			p := s.t.Paragraphs[s.t.Tokens[k].Para]
			if s.kind(p.Lo) != sentence.CloseQuote && s.kind(p.Lo) != sentence.OpenQuote {
				continue
			}
			open = p.Lo
		}
		if s.kind(k+1) != sentence.Word || !isCapWord(s.w(k+1)) {
			continue
		}
		e := k + 1
		for e < sen.Hi && e < k+6 && s.kind(e) == sentence.Word && (isCapWord(s.w(e)) || connectorWord(s.w(e))) {
			e++
		}
		r.cLo, r.cHi = open, k
		r.cueLo, r.cueHi = k, k+1
		r.sLo, r.sHi = k+1, e
		return r, true
	}
	return r, false
}

func connectorWord(w string) bool {
	return w == "de" || w == "del" || w == "van" || w == "von" || w == "al"
}

// saidFirst handles "Said Ellis: “...”" and "Says X, “...”".
func (s *state) saidFirst(sen sentence.Range) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	k := sen.Lo
	if s.kind(k) != sentence.Word {
		return r, false
	}
	switch s.w(k) {
	case "Said", "Says", "Added", "Adds", "Asked", "Wrote", "Explained", "Recalled", "Noted":
	default:
		return r, false
	}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	e := s.extendRight(k+1, hiEff)
	if e <= k+1 || e+1 >= hiEff || s.w(e) != ":" && s.w(e) != "," {
		return r, false
	}
	q := e + 1
	if s.kind(q) != sentence.OpenQuote {
		return r, false
	}
	r.cueLo, r.cueHi = k, k+1
	r.sLo, r.sHi = k+1, e
	r.cLo, r.cHi = q, s.runOn(q)
	return r, true
}

// capSubject reports whether the subject [lo,hi) is a short run of
// capitalised words, a name the recogniser does not know ("Politifact").
func (s *state) capSubject(lo, hi int) bool {
	if hi-lo > 4 || hi <= lo {
		return false
	}
	for k := lo; k < hi; k++ {
		if !isCapWord(s.w(k)) || s.t.Tokens[k].Quoted {
			return false
		}
	}
	return true
}

// gapEnd returns the end of a content that is a relative clause starting
// at start, with its verb at q: the clause ends at the main verb when it
// is part of the sentence's subject ("The plan Trump says will create jobs
// is costly"), and at its closing comma when it is an aside ("The mayor,
// whom residents believed was corrupt, resigned").
func (s *state) gapEnd(lo, start, q, hiEff int) int {
	end := s.contentEnd(q, hiEff)
	if start == lo {
		return s.mainVerbCut(q+2, end)
	}
	if e := s.cutAtComma(q, end); start > lo && s.w(start-1) == "," && e < end && s.kind(e+1) == sentence.Word && !isCapWord(s.w(e+1)) && s.verbAhead(e+1) {
		return e
	}
	return end
}

// mainVerbCut returns where the main clause's verb starts in [from,hi)
// after a subject that holds an attribution ("The plan Trump says will
// create jobs is costly"): the first form of "be" or "have", or hi.
func (s *state) mainVerbCut(from, hi int) int {
	for k := from; k < hi; k++ {
		if s.t.Tokens[k].Quoted || s.kind(k) != sentence.Word {
			continue
		}
		if w := s.w(k); (beForms[w] || w == "has" || w == "have" || w == "had") && !modals[s.w(k-1)] && s.w(k-1) != "to" {
			return k
		}
	}
	return hi
}

// gapSubject is gapClause for a subject that may have taken in the noun
// the clause modifies ("a step they", "a plan Trump"): the subject is then
// the pronoun or the name at its end. It also returns the subject's start.
func (s *state) gapSubject(lo, b, nLo, sEnd, q int) (int, int, bool) {
	if start, ok := s.gapClause(lo, b, nLo, sEnd, q); ok {
		return start, nLo, true
	}
	k := sEnd - 1
	if g := pronouns[s.w(k)]; g != 'm' && g != 'f' && g != 'p' {
		m, ok := s.ents.MentionAt(k)
		if !ok || m.Hi != sEnd {
			return 0, 0, false
		}
		k = m.Lo
		for k > nLo && isCapWord(s.w(k-1)) {
			k-- // a title before the name: "a plan Mayor Ann Cole says ..."
		}
	}
	if k <= nLo || s.kind(k-1) != sentence.Word || isCapWord(s.w(k-1)) || s.lex.IsTitle(s.t.Lower(k-1)) {
		return 0, 0, false
	}
	if start, ok := s.gapClause(lo, k-1, k, sEnd, q); ok {
		return start, k, true
	}
	return 0, 0, false
}

// gapClause reports whether the attribution with subject [nLo,sEnd) and
// the verb at q after its cue sits inside a relative clause whose gap is
// the cue's object ("which they believe could help", "a step they
// believe could help unify the party", "a plan Trump says will create
// jobs"), and returns where the content starts: the relative pronoun, or
// the noun phrase a clause without one modifies. PolNeAR annotates the
// whole clause as the content.
func (s *state) gapClause(lo, b, nLo, sEnd, q int) (int, bool) {
	if b < lo || q >= s.n || s.t.Tokens[b].Quoted || s.t.Tokens[q].Quoted || !(beForms[s.w(q)] || modals[s.w(q)] && pronouns[s.w(q)] == 0) {
		return 0, false
	}
	if gapRel[s.t.Lower(b)] && s.t.Lower(b) != "what" {
		return b, true
	}
	g := pronouns[s.w(nLo)]
	if !(sEnd == nLo+1 && (g == 'm' || g == 'f' || g == 'p') || s.nameSpan(nLo, sEnd)) {
		return 0, false
	}
	// a noun right before the subject, and a determiner opening its phrase
	if w := s.w(b); s.kind(b) != sentence.Word || isCapWord(w) || npStop[w] || determiners[w] || prepositions[w] || subjectPreps[w] || pastVerb(w) || strings.HasSuffix(w, "ing") || auxWord(w) {
		return 0, false
	}
	for k := b - 1; k >= lo && k >= b-4; k-- {
		w := s.t.Lower(k)
		if determiners[w] || isPossessive(s.w(k)) {
			return k, true
		}
		if s.kind(k) != sentence.Word || npStop[w] || prepositions[w] || subjectPreps[w] || pastVerb(w) || auxWord(w) || s.t.Tokens[k].Quoted {
			break
		}
	}
	return 0, false
}

// nameSpan reports whether the words from lo to hi are a name, a title
// before it allowed ("Sen. Sanders"): capitalised words ending in a
// mention.
func (s *state) nameSpan(lo, hi int) bool {
	m, ok := s.ents.MentionAt(hi - 1)
	if !ok || m.Hi != hi || m.Lo < lo {
		return false
	}
	for k := lo; k < m.Lo; k++ {
		if !isCapWord(s.w(k)) && s.w(k) != "." {
			return false
		}
	}
	return true
}

// namedSubject reports whether the subject [lo,hi) holds a name, a
// capitalised word or a pronoun.
func (s *state) namedSubject(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if _, ok := s.ents.MentionAt(k); ok {
			return true
		}
		if _, ok := pronouns[s.w(k)]; ok {
			return true
		}
	}
	return false
}

// prevInSentence returns the last attribution found so far whose cue is in
// the sentence of token c.
func (s *state) prevInSentence(c int) (raw, bool) {
	sent := s.t.Tokens[c].Sent
	for k := len(s.found) - 1; k >= 0 && k >= len(s.found)-5; k-- {
		o := s.found[k]
		if o.cueLo < 0 || s.t.Tokens[o.cueLo].Sent != sent {
			break
		}
		if o.sLo >= 0 && o.cueLo < c && !s.insideFound(o, k) {
			return o, true
		}
	}
	return raw{}, false
}

// insideFound reports whether the cue of o = s.found[k] lies inside the
// content of an earlier attribution: "The union said it would not accept
// X and called for Y" coordinates "called for" with "said", not "accept".
func (s *state) insideFound(o raw, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p := s.found[j]; p.cLo <= o.cueLo && o.cueHi <= p.cHi {
			return true
		}
	}
	return false
}

// sourceNouns head subjects that report findings: "the study found", "polls show".
var sourceNouns = set(`study studies poll polls survey surveys report reports data video videos analysis
	documents records research figures slide estimates review audit investigation memo letter
	statement filing filings complaint lawsuit ruling numbers chart map photos footage transcript
	average averages polling forecast model index`)

// sourceNoun reports whether the subject [lo,hi) holds a source noun
// ("a USA TODAY analysis of campaign-finance reports").
func (s *state) sourceNoun(lo, hi int) bool {
	for k := max(lo, hi-8); k < hi; k++ {
		if w := s.t.Lower(k); sourceNouns[w] || mediaNouns[w] && w != "ones" {
			return true
		}
	}
	return false
}

// participles that, followed by "by" and an agent, make a passive
// attribution: "The issue was first reported by The Washington Post".
var passiveCues = set(`reported written endorsed supported echoed rejected proposed promoted seconded
	criticized criticised praised condemned announced confirmed denied disputed described quoted
	cited noted blamed questioned challenged backed opposed approved learned revealed disclosed
	predicted estimated claimed alleged dismissed welcomed applauded slammed blasted attacked`)

// words that may follow a passive's agent: a relative clause or an
// adjunct ("echoed by a number of tax experts I spoke to", "by the Post on
// Tuesday").
var passiveTail = set(`who that which on in at last this after during for I we`)

// passive handles "CONTENT was VERBed by SOURCE" with "by" at token b.
func (s *state) passive(sen sentence.Range, b int) (raw, bool) {
	r := raw{sLo: -1, sHi: -1, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	nHi := s.extendRight(b+1, hiEff)
	if nHi <= b+1 || !s.npEnds(nHi, hiEff) && s.w(nHi) != "." && s.kind(nHi) != sentence.Word {
		return r, false
	}
	if nHi < hiEff && s.kind(nHi) == sentence.Word && !passiveTail[s.w(nHi)] && pronouns[s.w(nHi)] == 0 {
		return r, false
	}
	v := b - 1
	a := v // first token of the verb group
	for a-1 >= sen.Lo && s.kind(a-1) == sentence.Word && (passiveAux[s.w(a-1)] || isAdverb(s.w(a-1)) || s.w(a-1) == "first" || s.w(a-1) == "also") {
		a--
	}
	if a == v && (a-1 < sen.Lo || s.w(a-1) != ",") {
		return r, false // a participle without an auxiliary: only after a comma
	}
	end := a
	if end <= sen.Lo {
		return r, false // no subject before the verb group: the text opens "was supported by ..."
	}
	if s.w(end-1) == "," {
		end--
	}
	start := s.leftStart(sen.Lo, end)
	if subordinators[s.t.Lower(start)] {
		// "When the poll asked ..., Clinton was supported by ...": the
		// content is the main clause's subject
		for k := end - 1; k > start; k-- {
			if s.w(k) == "," && !s.t.Tokens[k].Quoted {
				start = k + 1
				break
			}
		}
	}
	if end-start < 1 || s.words(start, end) < 1 {
		return r, false
	}
	r.cLo, r.cHi = start, end
	r.cueLo, r.cueHi = a, b+1
	r.sLo, r.sHi = b+1, nHi
	return r, true
}

var passiveAux = set(`was were is are be been being has have had`)

// subjectOf returns the first person or organisation mention (or subject
// pronoun) of the sentence before token L.
func (s *state) subjectOf(lo, L int) (entity.Mention, bool) {
	lo = s.afterDateline(lo, L)
	for k := max(lo, L-60); k < L; k++ {
		if s.t.Tokens[k].Quoted {
			continue
		}
		if m, ok := s.ents.MentionAt(k); ok {
			e := s.ents.Entities[m.Entity]
			if m.End < s.t.Tokens[m.Hi-1].End && s.personAhead(m.Hi, min(L, m.Hi+8)) {
				k = m.Hi - 1
				continue // a possessor before its own person: "Orland's prime minister, Pieter van Roosendaal,"
			}
			if e.Type == entity.Org && m.Hi < L && s.titleWord(m.Hi) {
				k = m.Hi - 1
				continue // the body before a role and its holder: "Council President Hector Villanueva-Rhodes"
			}
			if e.Type == entity.Person || e.Type == entity.Org {
				return m, true
			}
		}
		if _, ok := pronouns[s.w(k)]; ok {
			return entity.Mention{Lo: k, Hi: k + 1, Entity: -1}, true
		}
	}
	return entity.Mention{}, false
}

// afterDateline returns where a sentence's own words start after a
// dateline that opens it ("WASHINGTON ― ", "CEDAR FERRY, Iowa (AP) —
// Gov. Whitcombe ..."), or lo: both the lead's left content and the
// subject of a later verb start there.
func (s *state) afterDateline(lo, hi int) int {
	// all capitals up to a dash: "WASHINGTON ― ", "KABUL -"
	for k := lo; k < hi && k < lo+6; k++ {
		w := s.w(k)
		if w == "―" || w == "—" || w == "-" || w == "–" {
			if k > lo {
				return k + 1
			}
			break
		}
		if s.kind(k) == sentence.Word && !isAllCapsWord(w) || s.kind(k) == sentence.OpenQuote {
			break
		}
	}
	// a place and a bracketed agency: "CEDAR FERRY, Iowa (AP) —"
	for k := lo + 1; k+1 < hi && k < lo+12; k++ {
		if s.w(k) == ")" && s.isDash(k+1) {
			return k + 2
		}
		if s.kind(k) != sentence.Word && s.w(k) != "," && s.w(k) != "(" && s.w(k) != "." {
			break
		}
	}
	return lo
}

// titleWithin reports whether a title or role word stands in [lo,hi):
// ", Pulsewise's chief information security officer," is an apposition,
// ", Oz's show" is not.
func (s *state) titleWithin(lo, hi int) bool {
	for k := lo; k < hi && k < lo+6; k++ {
		if s.titleWord(k) {
			return true
		}
	}
	return false
}

// clauseParticiples report a clause without "that" in an absolute clause
// ("with governments insisting the bloc could not wait"); others need
// "that", as "with Havertz adding a second before half-time" reports a
// goal.
var clauseParticiples = set(`saying warning insisting arguing claiming stressing noting predicting suggesting`)

// finiteAhead reports whether a finite verb follows within a few words of
// k, so that the words from k are a clause ("saying a deal was still
// possible") and not an object ("adding a second before half-time").
func (s *state) finiteAhead(k, hi int) bool {
	for j := k + 1; j < hi && j <= k+4 && s.kind(j) == sentence.Word; j++ {
		if w := s.w(j); auxWord(w) {
			return true
		}
	}
	return false
}

// withSubjectAt returns the start of the noun phrase between "with" and
// the participle at c when it names speakers ("with Vestria's chancellor
// warning", "with several southern governments insisting"), or -1.
func (s *state) withSubjectAt(lo, c int) int {
	for k := c - 1; k > lo && k >= c-6; k-- {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return -1
		}
		if s.w(k) == "with" || s.w(k) == "With" || s.w(k) == "and" && s.withBefore(lo, k) {
			if k+1 >= c {
				return -1
			}
			head := s.t.Lower(c - 1)
			if s.lex.IsTitle(head) || groupNouns[head] || unnamedNouns[head] || s.pluralSubject(k+1, c) {
				return k + 1
			}
			if m, ok := s.ents.MentionAt(c - 1); ok && m.Lo == k+1 && s.ents.Entities[m.Entity].Type != entity.GPE {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// withBefore reports whether "with" opens an absolute clause before token k
// in the sentence from lo: "with X warning ... and Y insisting ...".
func (s *state) withBefore(lo, k int) bool {
	for j := k - 1; j >= lo && j >= k-40; j-- {
		if s.w(j) == "with" || s.w(j) == "With" {
			return true
		}
	}
	return false
}

// personAhead reports whether a person is named in the tokens [lo,hi).
func (s *state) personAhead(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if m, ok := s.ents.MentionAt(k); ok && s.ents.Entities[m.Entity].Type == entity.Person {
			return true
		}
	}
	return false
}

// participle handles ", saying ..." whose speaker is the subject of the
// sentence's main clause.
func (s *state) participle(sen sentence.Range, c int, out []raw) (raw, bool) {
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	r := raw{cueLo: c, cueHi: c + 1, sLo: -1, sHi: -1, entity: -1}
	if c == sen.Lo {
		return r, false
	}
	if c-2 >= sen.Lo && s.w(c-2) == "," && (isAdverb(s.w(c-1)) || ingAdverbs[s.w(c-1)]) {
		// "..., even suggesting he may have been sabotaged"
	} else if s.kind(c-1) == sentence.CloseQuote && c-2 >= sen.Lo && s.w(c-2) == "," {
		// "“... a decade ago,” adding that its market capitalization ..."
	} else if s.w(c-1) != "," && s.w(c-1) != "and" && !ingPreps[s.w(c-1)] {
		if w := s.withSubjectAt(sen.Lo, c); w >= 0 && c+1 < hiEff && (s.w(c+1) == "that" || (clauseParticiples[s.w(c)] || s.w(c) == "adding") && s.kind(c+1) == sentence.Word && !badStart[s.w(c+1)] && !prepositions[s.w(c+1)] && s.finiteAhead(c+1, hiEff)) {
			// "..., with Vestria's chancellor warning that her country
			// would not accept ...": an absolute clause, its subject after
			// "with"
			r.sLo, r.sHi = w, c
			p := c + 1
			if s.w(p) == "that" {
				p++
			}
			r.cLo, r.cHi = p, s.cutAtClause(p, s.contentEnd(p, hiEff))
			for k := p + 1; k < r.cHi; k++ {
				if s.w(k) != "and" {
					continue
				}
				for j := k + 2; j < r.cHi && j <= k+5; j++ {
					if s.cueMap[s.w(j)]&(cueIng|cueAttIng) != 0 && s.withSubjectAt(sen.Lo, j) == k+1 {
						r.cHi = k // "... and several southern governments insisting ...": the next one's
						break
					}
				}
			}
			return r, r.cHi > r.cLo+1
		}
		// "footage of Hillary Clinton asking, “Why ...?”"
		m, ok := s.ents.MentionAt(c - 1)
		if !ok {
			return r, false
		}
		// "footage of Trump saying during the debate last week, “That ...”"
		k := c + 1
		for k < sen.Hi && k < c+8 && s.kind(k) == sentence.Word {
			k++
		}
		if k+1 >= sen.Hi || s.w(k) != "," && s.w(k) != ":" || s.kind(k+1) != sentence.OpenQuote {
			return r, false
		}
		r.sLo, r.sHi = m.Lo, m.Hi
		r.cLo, r.cHi = k+1, s.runOn(k+1)
		return r, true
	}
	// only verbs that take an addressee skip one: "telling reporters
	// that ..."; "adding he would never ..." starts its content at once
	var cls cueClass
	if tellIng[s.w(c)] {
		cls = cueTell
	}
	p := s.skipAfterCue(c+1, hiEff, cls)
	if ps, ok := phrasal[s.t.Lower(c)]; ok && p == c+1 {
		e := s.phrasalEnd(ps, p, hiEff)
		if e < 0 && s.cueMap[s.t.Lower(c)] == cueAttIng {
			return r, false // "pointing across the chamber": the cue needs its particle
		}
		if e > 0 {
			r.cueHi, p = e, e // "pointing out that ..."
		}
	} else if p == c+1 && p+1 < hiEff && particles[s.w(p)] && !s.t.Tokens[p].Quoted {
		r.cueHi, p = p+1, p+1 // "calling for ...", "warning against ..."
	}
	if p < hiEff && (s.w(p) == "," || s.w(p) == ":") {
		p++
	}
	if s.words(p, hiEff) < 2 {
		return r, false
	}
	r.cLo, r.cHi = p, s.contentEnd(p, hiEff)
	// the speaker: an earlier attribution in this sentence, or the first
	// name or pronoun of the sentence.
	// the main clause's attribution is the earliest one of the sentence
	first := -1
	for k := len(out) - 1; k >= 0 && k >= len(out)-5; k-- {
		o := out[k]
		if o.cueLo >= sen.Lo && o.cueLo < c && o.sLo >= 0 && !relPron[s.w(o.sLo)] {
			first = k
		}
		if o.cueLo < sen.Lo {
			break
		}
	}
	if first >= 0 {
		r.sLo, r.sHi = out[first].sLo, out[first].sHi
		return r, true
	}
	if lo, hi, ok := s.mainSubject(sen.Lo, c); ok {
		r.sLo, r.sHi = lo, hi
		return r, true
	}
	if m, ok := s.subjectOf(sen.Lo, c); ok {
		r.sLo, r.sHi = m.Lo, m.Hi
	}
	return r, true
}

// mainSubject returns the subject of the clause that starts the sentence
// at lo, before token c: after a fronted adverbial ("In August,"), the words
// up to the first finite verb ("several environmental groups granted").
func (s *state) mainSubject(lo, c int) (int, int, bool) {
	start := lo
	if w := s.t.Lower(lo); subordinators[w] || prepositions[w] || w == "after" || w == "during" || w == "for" || w == "by" {
		for k := lo + 1; k < c && k < lo+30; k++ {
			if s.w(k) == "," {
				start = k + 1
				break
			}
		}
		if start == lo {
			return 0, 0, false
		}
		if start+1 < c && isYear(s.w(start)) && s.w(start+1) == "," {
			start += 2 // "On July 6, 2015, Sanders made ..."
		}
	}
	for k := start + 1; k < c && k <= start+6; k++ {
		w := s.w(k)
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return 0, 0, false
		}
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		if coordAux[w] || beForms[w] || s.cueMap[w]&cueVerb != 0 || len(w) > 3 && strings.HasSuffix(w, "ed") && w != "need" && w != "seed" && w != "feed" {
			for k-1 > start && isAdverb(s.w(k-1)) {
				k-- // "Clinton clearly erred in saying ..."
			}
			if !s.namedSubject(start, k) && !determiners[s.t.Lower(start)] && !s.pluralSubject(start, k) {
				return 0, 0, false
			}
			return start, k, true
		}
	}
	return 0, 0, false
}

// adverbs between a comma and a participle cue.
var ingAdverbs = set(`even also then further again later still often`)

// -ing forms of verbs that take an addressee before their content.
var tellIng = set(`telling asking urging warning reminding assuring informing`)

// continuations adds quotations that open a sentence without an
// attribution of their own, right after a sentence whose quotation was
// attributed: the speaker goes on ("...," he said. "B." / a paragraph
// that is all quotation after an attributed one).
func (s *state) continuations(out []raw) []raw {
	if len(out) == 0 {
		return out
	}
	var res []raw
	oi := 0
	lastSent := -10
	var last raw
	for si, sen := range s.t.Sentences {
		for oi < len(out) && s.t.Tokens[out[oi].cLo].Sent <= si {
			res = append(res, out[oi])
			last = out[oi]
			lastSent = s.t.Tokens[out[oi].cHi-1].Sent
			oi++
		}
		k := sen.Lo
		if si-lastSent != 1 || s.kind(k) != sentence.OpenQuote || s.used[k] || s.match[k] < 0 {
			continue
		}
		if s.isStraight(k) && s.kind(int(s.match[k])) != sentence.CloseQuote {
			continue // a straight mark left open: often a blockquote marker
		}
		end := s.runOn(k)
		if s.words(k, end) < 3 {
			continue
		}
		// the quotation must end its sentence: otherwise an attribution
		// or a clause of the writer's follows
		if end < s.n && s.t.Tokens[end].Para == s.t.Tokens[end-1].Para && s.t.Tokens[end].Sent == s.t.Tokens[end-1].Sent && s.w(end) != "." {
			continue
		}
		r := raw{cLo: k, cHi: end, cueLo: -1, cueHi: -1, sLo: -1, sHi: -1, entity: -1, inherit: true}
		for q := k; q < end; q++ {
			if s.kind(q) == sentence.OpenQuote || s.kind(q) == sentence.CloseQuote || s.t.Tokens[q].Quoted {
				s.used[q] = true
			}
		}
		_ = last
		res = append(res, r)
		last = r
		lastSent = s.t.Tokens[end-1].Sent
	}
	res = append(res, out[oi:]...)
	return res
}

// resolve finds the entity each speaker mention refers to.
func (s *state) resolve(out []raw) {
	s.last = -1
	prevLo, prevHi := -1, -1
	for i := range out {
		r := &out[i]
		if r.inherit {
			// a continuation points at the mention of the quotation it
			// continues: PolNeAR links it to the same source
			r.entity = s.last
			r.sLo, r.sHi = prevLo, prevHi
			if i > 0 && out[i-1].described != "" {
				r.entity, r.described = -1, out[i-1].described
			}
			continue
		}
		prevLo, prevHi = r.sLo, r.sHi
		if r.sLo < 0 {
			continue
		}
		if id, name := s.selfNamed(r.sLo, r.sHi); id >= 0 || name != "" {
			r.entity, r.described = id, name // "A trader who gave her name only as Mama Aisha"
			continue
		}
		if id := s.spokespersonOf(r.sLo, s.beforeRelative(r.sLo, r.sHi)); id >= 0 {
			r.entity = id // "A Meridian Pacific spokesperson said", "a company spokesman said": the body speaks
			continue
		}
		if d := s.unnamedSource(r.sLo, s.beforeRelative(r.sLo, r.sHi)); d != "" {
			r.entity, r.described = -1, d
			continue
		}
		if d := s.accessedDocument(r.sLo, r.sHi); d != "" {
			r.entity, r.described = -1, d // "records reviewed by the Courier": not the Courier's words
			continue
		}
		if i > 0 && r.sHi == r.sLo+1 && (pronouns[s.w(r.sLo)] == 'm' || pronouns[s.w(r.sLo)] == 'f') && s.describedSpokeBefore(out[i-1], r.sLo) {
			// "A former compliance officer ... said ... . “...,” she said.":
			// the unnamed source who spoke last, with no one named since
			r.entity, r.described = -1, out[i-1].described
			continue
		}
		r.entity = s.speakerEntity(r)
		if g := pronouns[s.w(r.sLo)]; i > 0 && r.sHi == r.sLo+1 && (g == 'm' || g == 'f') && s.spokespersonBefore(out[i-1], r.sLo, g) {
			// "A spokeswoman for Mayor Gideon Farrow said ... . The mayor
			// would meet union leaders, she said.": still the spokeswoman
			r.entity = out[i-1].entity
		}
		if i > 0 && r.sHi == r.sLo+1 && pronouns[s.w(r.sLo)] == 'n' && s.orgSpokeBefore(out[i-1], r.sLo) {
			// "The company said ... . It said ...": the body that spoke
			// last, not the company last named
			r.entity = out[i-1].entity
		}
		if (r.entity < 0 || s.crowdFirst(r.sLo, r.sHi)) && !s.passiveCue(r) {
			if d := s.crowd(r.sLo, s.beforeAside(r.sLo, r.sHi)); d != "" {
				r.entity, r.described = -1, d // "Analysts said", "Some critics argue", "Diplomats in Port Sabel said"
				continue
			}
		}
		if (r.sHi-r.sLo == 1 || r.sHi-r.sLo == 2 && s.t.Lower(r.sLo) == "the") && s.t.Lower(r.sHi-1) == "police" && (r.entity < 0 || strings.EqualFold(s.ents.Entities[r.entity].Name, "police")) {
			if id := s.namedPolice(); id >= 0 {
				r.entity = id // "police said": the force the story names
			}
		}
		if r.entity < 0 && i > 0 && s.issuedBefore(out[i-1], *r) {
			// "The federation said in a statement ... . “...,” the
			// statement said.": the statement is the body's
			r.entity, r.described = out[i-1].entity, out[i-1].described
		}
		if r.entity < 0 && r.described == "" {
			r.entity, r.described = s.documentSource(r.sLo, s.beforeRelative(r.sLo, r.sHi))
		}
		if r.entity < 0 && r.described == "" && r.sHi-r.sLo >= 4 && indefinites[s.w(r.sLo)] && speakerRoles[s.t.Lower(r.sLo+1)] && s.w(r.sLo+2) == "for" {
			// "a spokeswoman for the French club" when the club is not
			// named: the description is better than no speaker (without
			// an apposition: ", reached by telephone,")
			r.described = s.described(r.sLo, s.headEnd(r.sLo, s.beforeRelative(r.sLo, r.sHi)))
		}
		if r.entity < 0 && r.described == "" && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") {
			// "The regional police office said", "the board of canvassers":
			// a body the story never names keeps its description
			if hEnd := s.headEnd(r.sLo, s.beforeRelative(r.sLo, r.sHi)); hEnd-r.sLo >= 3 && hEnd-r.sLo <= 5 && s.bodyHead(r.sLo+1, hEnd) {
				r.described = s.described(r.sLo, hEnd)
			}
		}
		if r.entity >= 0 && r.sHi-r.sLo >= 3 && indefinites[s.w(r.sLo)] && speakerRoles[s.t.Lower(r.sLo+1)] && s.w(r.sLo+2) == "for" {
			if s.spokesFor == nil {
				s.spokesFor = map[string]int{}
			}
			s.spokesFor[s.t.Lower(r.sLo+1)] = r.entity // "A spokesperson for the IHO", for "the spokesperson" later
		}
		if r.entity >= 0 && s.ents.Entities[r.entity].Type == entity.Person {
			s.last, s.lastLo, s.lastHi = r.entity, r.sLo, r.sHi
		}
	}
}

// documentSource names a speaker that is a document or the police rather
// than a person: "Concord of Nations figures" is the Concord's, "a media
// report" and "the study" are themselves, and "police" with no force named
// is "police". It returns -1 and "" for any other mention.
func (s *state) documentSource(lo, hi int) (int, string) {
	for k := lo + 1; k < hi && k < lo+8; k++ {
		if w := s.t.Lower(k - 1); (sourceNouns[w] || mediaNouns[w]) && strings.HasSuffix(s.w(k), "ed") && !s.t.Tokens[k].Quoted {
			// "A Brightwater University survey released last week": the
			// university's survey
			if id, d := s.documentSource(lo, k); id >= 0 {
				return id, d
			}
			break
		}
	}
	if hi <= lo || hi-lo > 8 {
		return -1, ""
	}
	head := s.t.Lower(hi - 1)
	if head == "police" && hi-lo <= 2 {
		return -1, s.lower(s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[hi-1].End]) // "police", "state police"
	}
	if !sourceNouns[head] && !mediaNouns[head] || head == "ones" || hi-lo == 1 && !strings.HasSuffix(head, "s") {
		return -1, "" // not a bare tag, "...: Report"; but "polls show ..."
	}
	for k := lo; k < hi; k++ {
		if m, ok := s.ents.MentionAt(k); ok && orgLike(s.ents.Entities[m.Entity].Type) {
			return m.Entity, "" // "Concord of Nations figures", "a World Bank report"
		}
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted {
			return -1, ""
		}
	}
	return -1, s.described(lo, hi)
}

// institutionNouns head the names of bodies that a story may leave
// unnamed: "the regional police office", "the board of canvassers".
var institutionNouns = set(`office board council department ministry agency commission committee authority
	bureau court tribunal regulator panel secretariat directorate inspectorate`)

// bodyHead reports whether the plain words from lo to hi name a body by
// its kind: lower-case words whose head, before any "of", is an
// institution noun.
func (s *state) bodyHead(lo, hi int) bool {
	head := hi - 1
	for k := lo; k < hi; k++ {
		if s.kind(k) != sentence.Word || s.t.Tokens[k].Quoted || isCapWord(s.w(k)) {
			return false
		}
		if s.w(k) == "of" && k > lo {
			head = k - 1
			break
		}
	}
	return institutionNouns[s.w(head)]
}

// described is the words [lo,hi) as a speaker's description, an opening
// article in lower case: "The study" -> "the study".
func (s *state) described(lo, hi int) string {
	d := s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[hi-1].End]
	if determiners[s.t.Lower(lo)] {
		d = strings.ToLower(d[:1]) + d[1:]
	}
	return d
}

// participleStart returns where a participle modifier after a role
// starts in the mention [lo,hi) ("the foreign envoy mediating the
// talks"), or hi.
func (s *state) participleStart(lo, hi int) int {
	for k := lo + 2; k < hi; k++ {
		if w := s.w(k); len(w) > 4 && strings.HasSuffix(w, "ing") && w[0] >= 'a' && w[0] <= 'z' && s.lex.IsTitle(s.t.Lower(k-1)) {
			return k
		}
	}
	return hi
}

// introduced returns the description of the unnamed source that the text
// introduced before token at, without a quotation of its own: "a source
// close to the chancellor painted a different picture" for a later "the
// source". It looks back over the paragraph and the one before.
func (s *state) introduced(key string, at int) string {
	para := s.t.Tokens[at].Para
	for k := at - 1; k >= 1 && k >= at-200 && s.t.Tokens[k].Para >= para-1; k-- {
		w := s.t.Lower(k)
		if strings.TrimSuffix(w, "s") != key && !(key == "person" && (w == "person" || w == "people")) || !indefinites[s.w(k-1)] && !(k >= 2 && indefinites[s.w(k-2)]) {
			continue
		}
		lo := k - 1
		if !indefinites[s.w(lo)] {
			lo--
		}
		e := k + 1
		for e < s.n && e < k+8 && s.kind(e) == sentence.Word && !s.t.Tokens[e].Quoted && !auxWord(s.w(e)) && !pastVerb(s.w(e)) && s.cueMap[s.w(e)]&cueVerb == 0 {
			e++
		}
		// (unnamedSource records the description for a later "the source"
		// too; lo is an indefinite, so it does not come back here)
		return s.unnamedSource(lo, e)
	}
	return ""
}

// beforeAside returns the end of the mention [lo,hi) before a bracket or
// a comma: "Observers from the East Savanna Community (ESC), a regional
// bloc".
func (s *state) beforeAside(lo, hi int) int {
	for k := lo + 1; k < hi; k++ {
		if w := s.w(k); w == "(" || w == "," {
			return k
		}
	}
	return hi
}

// accessedDocument returns the description of a speaker that is a
// document someone else obtained or saw ("internal documents leaked to
// the Harbour Courier", "records reviewed by the Courier", "a draft seen
// by Reuters"): the outlet named is not the source. It returns "" for any
// other mention, and for documents named by their author ("a report
// released by the ministry").
func (s *state) accessedDocument(lo, hi int) string {
	for h := lo; h+1 < hi && h < lo+4; h++ {
		if w := s.t.Lower(h); !sourceNouns[w] && !mediaNouns[w] && !draftNouns[w] {
			continue
		}
		if !accessVerbs[s.w(h+1)] {
			return ""
		}
		return s.described(lo, hi)
	}
	return ""
}

// draftNouns are further documents an outlet may see: "a draft seen by".
var draftNouns = set(`draft drafts copy minutes logs`)

// accessVerbs are the participles by which an outlet came by a document.
var accessVerbs = set(`seen reviewed obtained leaked viewed shared examined`)

// beforeRelative returns the end of the mention [lo,hi) without a
// relative clause in commas: "An analyst at Brenner & Vos, who spoke on
// condition of anonymity," is described by its first part.
func (s *state) beforeRelative(lo, hi int) int {
	for k := lo + 1; k+1 < hi; k++ {
		if s.w(k) == "," && relPron[s.w(k+1)] {
			return k
		}
		if s.w(k) == "who" && s.anonymousClause(k+1, hi) {
			return k // "A rescue official who asked not to be named because ...": why unnamed, not who
		}
	}
	return hi
}

// anonymousClause reports whether the relative clause from k says why its
// person is not named: "asked not to be named", "requested anonymity",
// "was not authorised to speak".
func (s *state) anonymousClause(k, hi int) bool {
	for j := k; j < hi && j < k+8; j++ {
		switch s.w(j) {
		case "named", "identified", "anonymity", "authorized", "authorised":
			return true
		}
	}
	return false
}

// describedSpokeBefore reports whether the attribution prev, before the
// pronoun at k, was an unnamed person's ("a former compliance officer"),
// in k's paragraph or the one before, with no person named in between.
func (s *state) describedSpokeBefore(prev raw, k int) bool {
	if prev.described == "" || prev.sLo < 0 || !s.nearAfter(prev.sLo, k) {
		return false
	}
	return !s.personBetween(prev.sHi, k, func(*entity.Entity) bool { return true }) && !crowdPlural(prev.described)
}

// personBetween reports whether a person who fits is mentioned from token
// from up to token k.
func (s *state) personBetween(from, k int, fits func(*entity.Entity) bool) bool {
	ms := s.ents.Mentions
	for j := s.mentionsBefore(ms, k) - 1; j >= 0 && ms[j].Lo >= from; j-- {
		if e := s.ents.Entities[ms[j].Entity]; e.Type == entity.Person && fits(e) {
			return true
		}
	}
	return false
}

// crowdPlural reports whether a description names a group ("analysts",
// "two officials", "people familiar with the matter"), which "he" or
// "she" does not refer to.
func crowdPlural(d string) bool {
	for _, w := range strings.Fields(d) {
		w = lowerWord(w)
		if crowdNouns[w] || w == "people" || unnamedNouns[w] && strings.HasSuffix(w, "s") {
			return true
		}
	}
	return false
}

// issuedBefore reports whether r's mention is "the statement" or "the
// letter" and prev, in the same paragraph or the one before, came from a
// named speaker: the document is that speaker's.
func (s *state) issuedBefore(prev, r raw) bool {
	if r.sHi-r.sLo != 2 || s.t.Lower(r.sLo) != "the" || !issuedNouns[s.t.Lower(r.sLo+1)] {
		return false
	}
	if prev.entity < 0 || prev.sLo < 0 {
		return false
	}
	return s.nearAfter(prev.sLo, r.sLo)
}

// issuedNouns are the documents a named speaker issues.
var issuedNouns = set(`statement letter`)

// nearAfter reports whether token k lies in the paragraph of token prev
// or the next one: how far back "It said", "she said" and "the statement
// said" look for the attribution they continue.
func (s *state) nearAfter(prev, k int) bool {
	return s.t.Tokens[k].Para-s.t.Tokens[prev].Para <= 1
}

// spokespersonBefore reports whether the attribution prev, before the
// pronoun at k of gender g, was a spokesperson's ("a spokeswoman for X")
// that the pronoun fits, in k's paragraph or the one before, with no
// person the pronoun could mean named in between.
func (s *state) spokespersonBefore(prev raw, k int, g byte) bool {
	if prev.entity < 0 || prev.sLo < 0 || prev.sHi-prev.sLo < 3 || !s.nearAfter(prev.sLo, k) {
		return false
	}
	if !indefinites[s.w(prev.sLo)] || s.w(prev.sLo+2) != "for" {
		return false
	}
	switch s.t.Lower(prev.sLo + 1) {
	case "spokeswoman":
		if g != 'f' {
			return false
		}
	case "spokesman":
		if g != 'm' {
			return false
		}
	case "spokesperson", "representative":
	default:
		return false
	}
	return !s.personBetween(prev.sHi, k, func(e *entity.Entity) bool { return e.Gender == 0 || e.Gender == g })
}

// orgSpokeBefore reports whether the attribution prev, just before the
// mention at k, was an organisation's, in k's paragraph or the one before.
func (s *state) orgSpokeBefore(prev raw, k int) bool {
	if prev.entity < 0 || s.ents.Entities[prev.entity].Type != entity.Org || prev.sLo < 0 {
		return false
	}
	return s.nearAfter(prev.sLo, k)
}

func (r *raw) cueLoOr() int {
	if r.cueLo >= 0 {
		return r.cueLo
	}
	return r.cLo
}

// speakerEntity resolves the speaker noun phrase of r.
func (s *state) speakerEntity(r *raw) int {
	// a role as head: "US Envoy", "the special US envoy", "the spokesman",
	// "the foreign envoy mediating the talks"
	if m, ok := s.ents.MentionAt(r.sHi - 1); ok && m.Hi == r.sHi && m.Lo > r.sLo && s.w(m.Lo-1) == "," && s.ents.Entities[m.Entity].Type == entity.Person {
		return m.Entity // "a spokeswoman for the mayor, Tanisha Greer": the person named
	}
	hi := s.participleStart(r.sLo, r.sHi)
	if r.sHi-r.sLo == 2 && possessivePronouns[s.w(r.sLo)] && entity.IsRelative(s.t.Lower(r.sLo+1)) {
		if id := s.byRole(s.t.Lower(r.sLo+1), r.sLo); id >= 0 {
			return id // "according to his daughter", named before as "his daughter, Marguerite Tate-Oyelaran,"
		}
	}
	if id, ok := s.spokesFor[s.t.Lower(r.sHi-1)]; ok && r.sHi-r.sLo == 2 && s.t.Lower(r.sLo) == "the" {
		return id // "A spokesperson for the IHO said ... . “...,” the spokesperson said."
	}
	if head := s.t.Lower(hi - 1); (s.lex.IsTitle(head) && !isCapWord(s.w(r.sLo)) || s.lex.IsTitle(head) && hi-r.sLo <= 3) && (!indefinites[s.w(r.sLo)] || s.namedLater(head, r.sLo)) {
		// (not "A Pocketly spokesperson", "a senior minister": someone
		// other than the role's holders named so far)
		if hi-r.sLo >= 3 && isCapWord(s.w(hi-2)) && !determiners[s.t.Lower(hi-2)] {
			if id := s.roleOf(head, s.w(hi-2), r.sLo); id >= 0 {
				return id // "The Health Minister": the minister for health, not the last minister
			}
		}
		if id := s.byRole(head, r.sLo); id >= 0 {
			return id
		}
		if publicRoles[head] && s.last >= 0 && len(s.ents.Entities[s.last].Roles) == 0 && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") {
			// "Mara Quill said ... “...,” the envoy said.": no one is
			// called the envoy, and the last speaker has no other role
			// (not "a police spokesman said", someone else)
			return s.last
		}
		if id := s.mostMentioned(); id >= 0 && publicRoles[head] {
			return id
		}
	}
	// relative pronoun: the antecedent right before it ("Sanders, who said")
	if r.sHi-r.sLo == 1 && (s.w(r.sLo) == "who" || s.w(r.sLo) == "which") {
		k := r.sLo - 1
		if k >= 0 && s.w(k) == "," {
			k--
		}
		if m, ok := s.ents.MentionAt(k); ok && k >= 0 {
			return m.Entity
		}
		// after an apposition: "Senator Dean Kowalczyk, a National Party
		// member who has called for ..."
		for p := k; p > 0 && k-p < 8 && s.kind(p) == sentence.Word; p-- {
			if w := s.w(p); w == "of" || w == "to" || w == "for" || w == "in" || w == "at" || w == "with" {
				break // "an aide to the governor who ...": "who" is the governor's
			}
			if s.w(p-1) == "," && s.isDescriptionStart(p) {
				if m, ok := s.ents.MentionAt(p - 2); ok && p >= 2 && s.ents.Entities[m.Entity].Type == entity.Person {
					return m.Entity
				}
				break
			}
		}
		return -1
	}
	// an unnamed spokesperson speaks for the body: "a spokeswoman for the
	// trust", "a spokesman for Brightwell"; a named one speaks as
	// themself ("a spokeswoman for Meridian Trust, Mrs. Ngozi Alabi,")
	sHi := s.headEnd(r.sLo, r.sHi) // "A spokesman for the company, reached by telephone,"
	for k := r.sLo; k+2 < sHi && k < r.sLo+3; k++ {
		if !speakerRoles[s.t.Lower(k)] || s.w(k+1) != "for" {
			continue
		}
		if sHi < r.sHi && s.w(sHi) == "," {
			for j := sHi + 1; j < r.sHi && j < sHi+6; j++ {
				if m, ok := s.ents.MentionAt(j); ok && s.ents.Entities[m.Entity].Type == entity.Person {
					return m.Entity
				}
			}
		}
		if m, ok := s.ents.MentionAt(k + 2); ok && s.ents.Entities[m.Entity].Type == entity.Org {
			return m.Entity
		}
		if noun := s.t.Lower(sHi - 1); s.w(k+2) == "the" && sHi == k+4 && groupNouns[noun] {
			if id := s.recentOrg(r.sLo, noun); id >= 0 {
				return id
			}
		}
		if s.w(k+2) == "the" && sHi > k+3 && sHi <= k+5 && s.lex.IsTitle(s.t.Lower(sHi-1)) {
			// "a spokesman for the prime minister": the person the story
			// gives that role
			role := strings.ToLower(s.t.Src[s.t.Tokens[k+3].Start:s.t.Tokens[sHi-1].End])
			if id := s.byRole(role, r.sLo); id >= 0 {
				return id
			}
		}
	}
	// a group described by its kind: "the insurgents", "the movement",
	// also before a relative clause ("The company, which has 14 million
	// users,")
	if hEnd := s.beforeRelative(r.sLo, r.sHi); hEnd > r.sLo && hEnd-r.sLo <= 3 && groupNouns[s.t.Lower(hEnd-1)] && !isCapWord(s.w(hEnd-1)) && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") {
		noun := s.t.Lower(hEnd - 1)
		if id := s.recentOrg(r.sLo, noun); id >= 0 {
			return id
		}
	}
	// a name after a lower-case role is the head, whatever comes before
	// the role: "Estrella del Sur president Joaquín Ferreyra"
	for k := r.sLo + 1; k < r.sHi && s.w(k) != ","; k++ {
		if w := s.w(k - 1); !s.lex.IsTitle(s.lower(w)) && !(k-3 > r.sLo && s.w(k-2) == "of" && s.lex.IsTitle(s.t.Lower(k-3))) || isCapWord(w) && k-1 == r.sLo {
			continue // "Kingston Mayor Andrew Swaby", "Marlow Heath director of cricket Claire Hollis"; not "Mayor Andrew Swaby" alone
		}
		if m, ok := s.ents.MentionAt(k); ok && m.Lo == k && s.ents.Entities[m.Entity].Type == entity.Person {
			return m.Entity
		}
	}
	best, bestRank := -1, 99
	for k := r.sLo; k < r.sHi; k++ {
		if s.t.Tokens[k].Quoted {
			continue
		}
		if w := s.w(k); w == "," && (best >= 0 || s.unknownName(r.sLo, k) || k+1 < r.sHi && (s.w(k+1) == "who" || s.w(k+1) == "whose")) {
			// an apposition or relative clause follows the head, even an
			// unknown one ("Unite, a member of the TUC,": not the TUC), or
			// a description ("The Yorkshireman, who joined Kelsborough
			// from Marlow Heath,": not the club he left)
			break
		}
		m, ok := s.ents.MentionAt(k)
		if !ok {
			continue
		}
		// possessors are not speakers: "Khalilzad's office said"
		if m.Hi < r.sHi && m.End < s.t.Tokens[m.Hi-1].End {
			k = m.Hi - 1
			continue
		}
		e := s.ents.Entities[m.Entity]
		rank := 3
		switch e.Type {
		case entity.Person:
			rank = 0
		case entity.Org:
			rank = 1
		case entity.GPE:
			rank = 2
		}
		if rank < bestRank {
			best, bestRank = m.Entity, rank
		}
		k = m.Hi - 1
	}
	if best >= 0 && bestRank > 0 && speakerRoles[s.t.Lower(r.sHi-1)] && s.endsBefore(best, r.sHi-1) {
		return best // "A Kremlin spokesman said": the body speaks through them
	}
	if best >= 0 && bestRank > 0 {
		// "The New York businessman", "a Tulsa police officer": a place or
		// organisation modifying a common-noun head is not the speaker
		h := r.sHi - 1
		for k := r.sLo + 1; k < r.sHi; k++ {
			if s.w(k) == "," && !s.t.Tokens[k].Quoted {
				h = k - 1 // the head is before an apposition: "X Inc., a provider of ..."
				break
			}
		}
		for h > r.sLo && (s.kind(h) != sentence.Word || s.w(h) == ",") {
			h--
		}
		// but a poll or a study is its maker's: "A Brightwater University
		// survey found" is Brightwater University's finding
		if hw := s.w(h); hw != "" && hw[0] >= 'a' && hw[0] <= 'z' && !groupNouns[hw] && !(findingNouns[hw] && bestRank == 1 && s.endsBefore(best, h)) {
			if m, ok := s.ents.MentionAt(h); !ok || m.Entity != best {
				best = -1
			}
		}
	}
	if best >= 0 {
		return best
	}
	// a role without a name: "US Envoy", "the spokesman"
	for k := r.sHi - 1; k >= r.sLo; k-- {
		if lw := s.t.Lower(k); s.lex.IsTitle(lw) {
			if id := s.byRole(lw, r.sLo); id >= 0 {
				return id
			}
		}
	}
	// a nameless description of a lead official: "the administration's
	// point person", "Washington's top diplomat" — like a bare public role,
	// it points at the article's main actor.
	for k := r.sLo; k+1 < r.sHi; k++ {
		if leadRoles[s.t.Lower(k)+" "+s.t.Lower(k+1)] {
			if id := s.mostMentioned(); id >= 0 {
				return id
			}
		}
	}
	// pronoun head
	head := s.w(r.sHi - 1)
	if r.sHi-r.sLo <= 2 {
		if g, ok := pronouns[head]; ok {
			return s.pronoun(g, r.cueLoOr())
		}
	}
	// a former office holder, described: "the former congressman told
	// supporters", "The former state attorney general has argued": a
	// story names its subject and then varies the words (no one still in
	// office is called "former")
	if r.sHi-r.sLo >= 3 && r.sHi-r.sLo <= 6 && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") && s.w(r.sLo+1) == "former" &&
		(s.lex.IsTitle(s.lower(head)) || s.lex.IsTitle(strings.ToLower(s.t.Src[s.t.Tokens[r.sLo+2].Start:s.t.Tokens[r.sHi-1].End]))) {
		// (also "The former secretary of state")
		// not someone who holds another office now ("Rep. Adam Schiff ...
		// The former attorney general said")
		id := s.recentPerson(r.sLo)
		if id >= 0 && s.ents.Entities[id].OtherOffice(head) {
			return -1
		}
		return id
	}
	// "The 51-year-old, who took over in 2021," is the person given that
	// age ("Mark Dunn, 34,"), or else the person named last
	if (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") && r.sLo+1 < r.sHi && strings.HasSuffix(s.w(r.sLo+1), "-year-old") &&
		(r.sLo+2 == r.sHi || s.w(r.sLo+2) == "," || r.sLo+3 <= r.sHi && !isCapWord(s.w(r.sLo+2)) && (r.sLo+3 == r.sHi || s.w(r.sLo+3) == "," ||
			r.sLo+4 <= r.sHi && !isCapWord(s.w(r.sLo+3)) && (r.sLo+4 == r.sHi || s.w(r.sLo+4) == ","))) {
		// (also "The 46-year-old scientist")
		age := strings.TrimSuffix(s.w(r.sLo+1), "-year-old")
		if id := s.personAged(age, r.sLo); id >= 0 {
			return id
		}
		if n, err := strconv.Atoi(age); err != nil || n > 110 || r.sLo+2 < r.sHi && s.w(r.sLo+2) != "," && (unnamedPeople[s.w(r.sLo+2)] || groupNouns[s.w(r.sLo+2)] || companyWords[s.w(r.sLo+2)]) {
			return -1 // "The 35-year-old man" nobody named; "the 135-year-old club"
		}
		if id := s.recentSubject(r.sLo); id >= 0 {
			return id
		}
		return s.recentPerson(r.sLo)
	}
	// a person described instead of named, as writers vary their words:
	// "the defender", "the teenager", "The Italian", "the Japanese forward",
	// also before an apposition ("The Yorkshireman, who joined ...")
	hEnd := s.headEnd(r.sLo, r.sHi)
	if hEnd < r.sHi {
		head = s.w(hEnd - 1)
	}
	if hEnd-r.sLo >= 2 && hEnd-r.sLo <= 3 && (s.w(r.sLo) == "the" || s.w(r.sLo) == "The") && !isPossessive(s.w(hEnd-2)) {
		if hEnd-r.sLo == 2 && s.manDemonym(head) {
			g := byte('m')
			if strings.HasSuffix(head, "woman") {
				g = 'f'
			}
			return s.pronoun(g, r.sLo) // "the Frenchwoman": the woman named last
		}
		if personNouns[s.lower(head)] || hEnd-r.sLo == 2 && s.lex.IsDemonym(head) && !collectiveDemonym(head) {
			return s.recentPerson(r.sLo)
		}
	}
	return -1
}

// personNouns are common nouns for a person that a story uses for someone
// it has named ("the defender said"), from sport and the arts, where the
// one named last is the one described; roles in crime and court stories
// ("the officer", "the lawyer", "the victim") are often someone else.
var personNouns = set(`defender forward striker midfielder goalkeeper winger captain player teenager
	youngster coach rookie champion batsman bowler boxer singer actor actress novelist artist
	musician chef billionaire entrepreneur left-hander right-hander all-rounder opener batter spinner
	seamer skipper fly-half scrum-half quarterback pitcher`)

// manDemonym reports whether w names a person by nation with "-man" or
// "-woman": "the Dutchman", "the Frenchwoman", "the Scotsman".
func (s *state) manDemonym(w string) bool {
	for _, suf := range []string{"woman", "man"} {
		if p, ok := strings.CutSuffix(w, suf); ok && len(p) >= 4 {
			// "the Yorkshireman", "the Cornishwoman": a capitalised place
			// before -man, even one the gazetteer lacks, unless the word is
			// a role ("the Chairman")
			return s.lex.IsDemonym(p) || p == "Scots" || s.lex.IsPlace(p) || isCapWord(p) && !s.lex.IsTitle(s.lower(w))
		}
	}
	return false
}

// collectiveDemonym reports whether a demonym is also the name of a whole
// people ("The French said"): those and plurals are not one person.
func collectiveDemonym(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh")
}

// sameSentenceSubject returns the one person who fits and is named
// earlier in the sentence of a pronoun that opens a subordinate or
// coordinate clause right before the cue at: "Mariners coach Gavin
// Pennick was in a better mood, although he conceded ...". It returns -1
// when no one or more than one person fits.
func (s *state) sameSentenceSubject(fits func(*entity.Entity) bool, lo, at int) int {
	if at < 2 || !clauseLinks[s.t.Lower(at-2)] {
		return -1
	}
	if _, ok := pronouns[s.w(at-1)]; !ok || s.t.Tokens[at-1].Quoted {
		return -1
	}
	ms := s.ents.Mentions
	sent := s.t.Tokens[at].Sent
	id := -1
	for k := lo - 1; k >= 0 && s.t.Tokens[ms[k].Lo].Sent == sent; k-- {
		m := ms[k]
		if s.t.Tokens[m.Lo].Quoted || m.Kind != entity.Name || !fits(s.ents.Entities[m.Entity]) {
			continue
		}
		if id >= 0 && id != m.Entity {
			return -1
		}
		id = m.Entity
	}
	return id
}

// clauseLinks open a clause whose subject may be a pronoun for the
// sentence's subject: "..., although he conceded ...".
var clauseLinks = set(`although though while as because but and after before when since whereas`)

// subjectSince returns the person who fits and is named, as the subject
// opening a sentence, after the last mention of id before mention index
// lo, or -1.
func (s *state) subjectSince(id int, fits func(*entity.Entity) bool, lo, at int) int {
	ms := s.ents.Mentions
	para, sent := s.t.Tokens[at].Para, s.t.Tokens[at].Sent
	for k := lo - 1; k >= 0 && k >= lo-60; k-- {
		m := ms[k]
		if m.Entity == id {
			return -1
		}
		tk := s.t.Tokens[m.Lo]
		if tk.Para != para && !(tk.Para == para-1 && s.t.Paragraphs[para].Lo == s.t.Sentences[sent].Lo) {
			return -1 // only a paragraph's own opening subject, or the one before when the pronoun opens its paragraph
		}
		if m.Kind != entity.Name || tk.Quoted || tk.Sent == sent || m.Lo >= s.lastLo && m.Hi <= s.lastHi || !fits(s.ents.Entities[m.Entity]) {
			continue // (not inside the pronoun's own sentence: "Reed had been superb, he said")
		}
		if tk.Para != para && s.t.Paragraphs[tk.Para].Lo != s.t.Sentences[tk.Sent].Lo {
			return -1 // someone who fits, named later in the paragraph before: not clear
		}
		// the subject opening the paragraph, not a possessor ("Karzai's
		// words came ...", "Evans' remarks ..."); a speaker of the same
		// gender named before it keeps the pronoun through a background
		// sentence in the middle of a paragraph
		if (s.t.Paragraphs[tk.Para].Lo == s.t.Sentences[tk.Sent].Lo || s.firstMention(m) && !s.lastInParagraph(para, m.Lo) && !s.passiveAfter(m.Hi)) && (s.opensSentence(m.Lo) || s.afterFronted(m.Lo, m.Hi)) && m.End == s.t.Tokens[m.Hi-1].End && !strings.HasSuffix(s.w(m.Hi-1), "'") && !strings.HasSuffix(s.w(m.Hi-1), "’") && (m.Hi >= s.n || s.w(m.Hi) != "'" && s.w(m.Hi) != "’") {
			return m.Entity
		}
	}
	return -1
}

// lastInParagraph reports whether the last speaker is named in paragraph
// para before token k: a newcomer there is background to their words
// ("Coach Mark Dolan praised his players. Jamie Reed scored twice. He
// said ...").
func (s *state) lastInParagraph(para, k int) bool {
	for _, m := range s.ents.Entities[s.last].Mentions {
		if m.Lo < k && s.t.Tokens[m.Lo].Para == para {
			return true
		}
	}
	return false
}

// passiveAfter reports whether the clause after a name ending at k, past
// any apposition, is passive ("John Carter, 19, of Salford, was arrested"):
// someone things happen to, not the next speaker.
func (s *state) passiveAfter(k int) bool {
	for k < s.n && s.w(k) == "," {
		k++
		for k < s.n && s.w(k) != "," && s.kind(k) == sentence.Word {
			k++
		}
		if k < s.n && s.w(k) == "," {
			k++
		}
	}
	if k+1 >= s.n {
		return false
	}
	switch s.w(k) {
	case "was", "were", "is", "are", "has", "had", "been":
		w, j := s.w(k+1), k+1
		if w == "been" && k+2 < s.n {
			w, j = s.w(k+2), k+2
		}
		if j+1 < s.n && s.w(j+1) == "to" && (w == "expected" || w == "scheduled" || w == "set" || w == "due" || w == "slated") {
			return false // "is expected to publish": what they will do, not what is done to them
		}
		return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
	}
	return false
}

// firstMention reports whether m is the first mention of its entity: a
// person introduced right before a quotation ("Tom Harrow, who lives next
// door, remembers it differently") is its topic, unlike one named before
// and mentioned again in passing ("Reed has now scored 12 goals").
func (s *state) firstMention(m entity.Mention) bool {
	ms := s.ents.Entities[m.Entity].Mentions
	return len(ms) > 0 && ms[0].Lo == m.Lo
}

// opensSentence reports whether the name starting at token k opens its
// sentence, after at most a title or a determiner ("Orla Harrow, reached
// by phone, ...", "Commissioner Benedikt Marsh said").
func (s *state) opensSentence(k int) bool {
	lo := s.t.Sentences[s.t.Tokens[k].Sent].Lo
	role := false // "Falcons director of rugby Gareth Ellery": a role's field may follow "of"
	for j := lo; j < k; j++ {
		w := s.t.Lower(j)
		if s.lex.IsTitle(w) {
			role = true
			continue
		}
		if role && (w == "of" || w == "for") && j+1 < k {
			continue
		}
		if w != "the" && w != "." && !isCapWord(s.w(j)) && !subjectRoleWords[w] && !describedNouns[w] && !entity.IsRelative(w) && !(role && s.kind(j) == sentence.Word && j > lo && (s.w(j-1) == "of" || s.w(j-1) == "for")) {
			return false
		}
	}
	return true
}

// subjectRoleWords may stand before a name that opens its sentence, with
// a role: "Her friend Dana Kowalczyk", "Another resident, Ramesh Kushwaha".
var subjectRoleWords = set(`her his their its friend another fellow longtime former ,`)

// afterFronted reports whether the name [k,hi) is the subject of its
// sentence's main clause after a fronted clause: "Asked whether she would
// set a deadline, Desvalles shook her head", "After the vote, Senator
// Reyes said ...". The fronted clause opens with a subordinator, a
// preposition of time or a participle, and a verb follows the name.
func (s *state) afterFronted(k, hi int) bool {
	lo := s.t.Sentences[s.t.Tokens[k].Sent].Lo
	j := k
	for j > lo && (s.lex.IsTitle(s.t.Lower(j-1)) || s.w(j-1) == "the") {
		j--
	}
	if j-2 <= lo || s.w(j-1) != "," {
		return false
	}
	w0 := s.w(lo)
	opener := subordinators[s.lower(w0)] || frontPreps[w0] || prepositions[s.lower(w0)] || frontAdverbs[w0] || isCapWord(w0) && len(w0) > 4 && (strings.HasSuffix(w0, "ing") || strings.HasSuffix(w0, "ed"))
	if !opener || hi >= s.n {
		return false
	}
	// a verb follows, past an apposition (", a 34-year-old schoolteacher,"):
	// one the lexicon knows, or any lower-case word that is not a
	// preposition or a conjunction ("Desvalles shook her head")
	if s.w(hi) == "," {
		for k := hi + 1; k < s.n && k < hi+10; k++ {
			if s.w(k) == "," {
				hi = k + 1
				break
			}
			if s.kind(k) != sentence.Word {
				break
			}
		}
		if hi >= s.n {
			return false
		}
	}
	w := s.w(hi)
	return s.verbAhead(hi) || s.kind(hi) == sentence.Word && w[0] >= 'a' && w[0] <= 'z' && !prepositions[w] && w != "and" && w != "or" && w != "of"
}

// frontAdverbs open a fronted phrase of place or time: "Back at the
// bakery, Nadia Serin ...".
var frontAdverbs = set(`Back Later Earlier Meanwhile Outside Inside Nearby Elsewhere Today Yesterday Afterwards`)

// namedPolice returns the one police force the text names ("Carrow Falls
// Police Department"), or -1 when it names none or several.
func (s *state) namedPolice() int {
	id := -1
	for i, e := range s.ents.Entities {
		if e.Type == entity.Org && policeForce(e.Name) {
			if id >= 0 {
				return -1
			}
			id = i
		}
	}
	return id
}

// policeForce reports whether an organisation's name is a police force's
// ("Carrow Falls Police Department", "Kent Police", "Police Scotland"),
// not a body about the police ("Police Federation", "Independent Office for
// Police Conduct").
func policeForce(name string) bool {
	for _, suf := range []string{" Police", " Police Department", " Police Service", " Constabulary", " Police Force"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return strings.HasPrefix(name, "Police ") && strings.Count(name, " ") == 1 && !strings.HasSuffix(name, " Federation")
}

// namedSince reports whether someone else who fits the pronoun is named
// after the last mention of id before mention index lo: then the last
// speaker, whose gender is unknown, is not the only candidate ("Morrow
// said ... Halloran has not backed away. Asked ..., he said").
func (s *state) namedSince(id int, fits func(*entity.Entity) bool, lo int) bool {
	ms := s.ents.Mentions
	for k := lo - 1; k >= 0 && k >= lo-60; k-- {
		m := ms[k]
		if m.Entity == id {
			return false
		}
		if m.Lo >= s.lastLo && m.Hi <= s.lastHi {
			continue // inside the last speaker's own mention: "an analyst at Harcourt Lyle"
		}
		if m.Kind == entity.Name && !s.t.Tokens[m.Lo].Quoted && fits(s.ents.Entities[m.Entity]) {
			return true
		}
	}
	return false
}

// unnamedPeople are the nouns of people a story describes without naming:
// "the 35-year-old man" is not whoever was named last.
var unnamedPeople = set(`man woman boy girl victim suspect driver passenger pedestrian motorist teenager child`)

// personAged returns the person whose name is followed by ", age," before
// token at ("Mark Dunn, 34, was stabbed"), or -1.
func (s *state) personAged(age string, at int) int {
	for _, m := range s.ents.Mentions[:s.mentionsBefore(s.ents.Mentions, at)] {
		if m.Kind == entity.Name && m.Hi+2 < s.n && s.w(m.Hi) == "," && s.w(m.Hi+1) == age && s.ents.Entities[m.Entity].Type == entity.Person {
			return m.Entity
		}
	}
	return -1
}

// recentPerson returns the person mentioned last by name before token at,
// outside quotations, or -1.
func (s *state) recentPerson(at int) int {
	ms := s.ents.Mentions
	for k := s.mentionsBefore(ms, at) - 1; k >= 0 && ms[k].Lo >= at-400; k-- {
		if m := ms[k]; !s.t.Tokens[m.Lo].Quoted && m.Kind == entity.Name && s.ents.Entities[m.Entity].Type == entity.Person && !entity.InByline(s.t, m.Lo) {
			return m.Entity
		}
	}
	return -1
}

// mentionsBefore returns how many of ms (in text order) start before token
// at: the index after the last mention before it.
func (s *state) mentionsBefore(ms []entity.Mention, at int) int {
	pos := s.t.Tokens[at].Start
	return sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos })
}

// speakerRoles are the people who speak for a body without being named.
var speakerRoles = set(`spokesman spokeswoman spokesperson representative`)

// roles that, without a name, usually point at the article's main actor.
var publicRoles = set(`envoy spokesman spokeswoman spokesperson ambassador minister president
	secretary governor senator mayor official diplomat negotiator`)

// leadRoles are two-word descriptions of a lead official (see publicRoles).
var leadRoles = map[string]bool{
	"point person": true, "point man": true, "point woman": true,
	"top diplomat": true, "top envoy": true, "special envoy": true, "special representative": true,
	"chief negotiator": true, "lead negotiator": true, "top negotiator": true,
}

// mostMentioned returns the person with the most name mentions.
func (s *state) mostMentioned() int {
	best, n := -1, 1
	for i, e := range s.ents.Entities {
		if e.Type == entity.Person && len(e.Mentions) > n {
			best, n = i, len(e.Mentions)
		}
	}
	return best
}

// nouns that refer back to a named organisation or armed group.
var groupNouns = set(`insurgents militants rebels group movement militia organisation organization
	party company firm agency ministry department government administration association trust
	institute authority council commission committee foundation board front alliance coalition
	league federation court university hospital manufacturer maker carmaker retailer label startup
	lender insurer district club union museum gallery office bureau regulator watchdog mission
	airline carrier observatory brigade studio brokerage bank bench coastguard force operator`)

// spokespersonOf returns the body an unnamed spokesperson named by a
// modifier speaks for: "a Meridian Pacific spokesperson" (the body of that
// name named last before), "a company spokesman", "a ministry
// spokeswoman" (the body of that kind named last); -1 otherwise.
func (s *state) spokespersonOf(lo, hi int) int {
	if hi-lo < 3 || !speakerRoles[s.t.Lower(hi-1)] {
		return -1
	}
	body := -1 // a body named in full between the article and the role
	if m, ok := s.ents.MentionAt(lo + 1); ok && m.Lo == lo+1 && m.Hi == hi-1 && s.ents.Entities[m.Entity].Type == entity.Org {
		body = m.Entity
	}
	switch s.w(lo) {
	case "a", "A", "an", "An":
	case "the", "The":
		// "the Foreign Office spokesperson": the body speaks, unless the
		// story names its spokesperson (the description is then that
		// person's)
		if d, ok := s.ents.MentionAt(lo); ok && d.Lo == lo && s.ents.Entities[d.Entity].Type == entity.Person {
			return -1
		}
		return body
	default:
		return -1
	}
	if body >= 0 {
		return body
	}
	if isCapWord(s.w(lo + 1)) {
		// a short form of a body named before: "a Meridian Pacific
		// spokesperson" after "Meridian Pacific Railroad" (the one named
		// last)
		name := s.t.Src[s.t.Tokens[lo+1].Start:s.t.Tokens[hi-2].End]
		ms := s.ents.Mentions
		from := s.mentionsBefore(ms, lo)
		for k := from - 1; k >= 0 && k >= from-200; k-- { // bounded, as recentOrg is: one scan per quotation
			if e := s.ents.Entities[ms[k].Entity]; e.Type == entity.Org && (e.Name == name || strings.HasPrefix(e.Name, name+" ")) {
				return ms[k].Entity
			}
		}
	}
	if hi-lo == 3 && groupNouns[s.t.Lower(lo+1)] && !crowdNouns[s.t.Lower(lo+1)] {
		return s.recentOrg(lo, s.t.Lower(lo+1))
	}
	return -1
}

// recentOrg returns the organisation mentioned last before token at,
// outside quotations, within a bounded look-back.
func (s *state) recentOrg(at int, noun string) int {
	ms := s.ents.Mentions
	lo := s.mentionsBefore(ms, at)

	para := s.t.Tokens[at].Para
	for k := lo - 1; k >= 0 && k >= lo-40; k-- {
		m := ms[k]
		if companyWords[noun] && s.t.Tokens[m.Lo].Para < para-1 {
			break // "the carmaker" is a company named in this paragraph or the last
		}
		e := s.ents.Entities[m.Entity]
		if s.t.Tokens[m.Lo].Quoted || e.Type != entity.Org || !orgFits(noun, e.Name) || (noun == "company" || noun == "firm") && s.affiliation(m) {
			continue
		}
		if (companyWords[noun] || storyCompany[noun]) && s.dealTarget(m.Lo) {
			continue // "its takeover of rival Corbel Energy. The company said": not the target
		}
		if main := s.mainCompany(noun, m.Entity); storyCompany[noun] && main >= 0 && len(e.Mentions) < len(s.ents.Entities[main].Mentions) && (len(e.Mentions) == 1 || len(e.Mentions) <= 2 && s.affiliated(m.Entity)) && !s.opensSentence(m.Lo) {
			// named once in passing ("with participation from Harbour
			// Light Capital, the company said"): keep looking back for
			// the story's own company
			continue
		}
		return m.Entity
	}
	return -1
}

// storyCompany are the nouns by which a business story calls its own
// company.
var storyCompany = set(`company firm startup`)

// mainCompany returns the company, other than not, that the text names at
// least three times, or -1.
// dealTarget reports whether the company mention at k is named as a rival
// or as the object of a deal ("rival Corbel Energy", "its takeover of
// Corbel"), which a later "the company" does not refer to.
func (s *state) dealTarget(k int) bool {
	if k < 1 || s.kind(k-1) != sentence.Word {
		return false
	}
	if w := s.t.Lower(k - 1); w == "rival" || w == "rivals" || w == "competitor" {
		return true
	}
	return k >= 2 && (s.w(k-1) == "of" || s.w(k-1) == "for") && dealNouns[s.t.Lower(k-2)]
}

// dealNouns name a deal whose object is another company.
var dealNouns = set(`takeover acquisition purchase merger bid offer buyout`)

// affiliated reports whether some mention of entity id names where
// someone works ("a partner at Northgate"): a firm the story meets
// through the people in it.
func (s *state) affiliated(id int) bool {
	return slices.ContainsFunc(s.ents.Entities[id].Mentions, s.affiliation)
}

func (s *state) mainCompany(noun string, not int) int {
	for i, e := range s.ents.Entities {
		if i != not && e.Type == entity.Org && len(e.Mentions) >= 3 && orgFits(noun, e.Name) {
			return i
		}
	}
	return -1
}

// affiliation reports whether mention m names where someone works:
// "Nadia Farouk of Kestrel Capital", "an analyst at Harrowgate
// Securities". A business story quotes analysts by their firms; "the
// company said" after them is still the story's company.
func (s *state) affiliation(m entity.Mention) bool {
	k := m.Lo - 1
	if k > 0 && (s.w(k) == "the" || s.w(k) == "The") {
		k--
	}
	if k < 1 || s.w(k) != "of" && s.w(k) != "at" {
		return false
	}
	if p, ok := s.ents.MentionAt(k - 1); ok && s.ents.Entities[p.Entity].Type == entity.Person {
		return true
	}
	return analystNouns[s.t.Lower(k-1)]
}

// analystNouns are the people quoted for their view of a company.
var analystNouns = set(`analyst analysts economist economists strategist strategists investor investors
	researcher researchers partner partners director directors founder co-founder executive`)

// orgFits reports whether an organisation called name can be "the noun":
// "the ministry" is a ministry, not the news agency quoted before it;
// "the company" is not the police. Armed and political groups ("the
// insurgents", "the movement") may be any organisation.
func orgFits(noun, name string) bool {
	if strings.EqualFold(name, noun) {
		return false // "Company spokesperson Nadia Orr": the word, not a name
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	switch noun {
	case "agency", "regulator", "watchdog":
		// a public body of any name: "the National Weather and Hydrology
		// Authority ... the agency", "the Markets Standards Authority ... the
		// watchdog"
		return strings.Contains(strings.ToLower(name), "agency") || agencyHeads[last]
	case "mission":
		return strings.Contains(name, "Mission")
	case "bench":
		// "the bench", "the division bench": the judges of the court
		return strings.Contains(name, "Court")
	case "airline", "carrier":
		// "the carrier" is an airline, not the plane-maker it buys from
		for _, w := range strings.Fields(name) {
			if w == "Air" || w == "Airways" || w == "Airlines" || w == "Airline" || w == "Aviation" || strings.HasSuffix(w, "air") || strings.HasSuffix(w, "jet") {
				return true
			}
		}
		return false
	case "force":
		// "the force": a police force, not any body named before
		return strings.Contains(name, "Police") || strings.HasSuffix(name, "Force") || strings.Contains(name, "Constabulary")
	case "bank", "brigade":
		return strings.Contains(strings.ToLower(name), noun)
	case "studio":
		return strings.Contains(name, "Studio") || last == "Pictures" || last == "Films"
	case "ministry", "department", "party", "administration", "government", "association", "office", "bureau",
		"trust", "institute", "authority", "council", "commission", "committee", "foundation",
		"board", "front", "alliance", "coalition", "league", "federation", "court", "university",
		"hospital", "district", "union", "museum", "gallery", "observatory", "coastguard":
		if noun == "district" && last == "Schools" {
			return true // a school district named for its schools: "Cedar Bluff Community Schools"
		}
		return strings.Contains(strings.ToLower(name), noun)
	case "company", "firm", "manufacturer", "maker", "carmaker", "retailer", "startup", "lender", "insurer", "club", "operator":
		if newsAgencies[name] || mediaHeads[last] {
			return false
		}
		for _, w := range strings.Fields(name) {
			if publicBodies[w] || memberBodies[w] {
				return false // "the Federal Office for Vehicle Safety", "United Assembly Workers" are no company
			}
		}
		return true
	case "group":
		// "the group" is not the court it went to ("High Court of Port Sable")
		for _, w := range strings.Fields(name) {
			if publicBodies[w] {
				return false
			}
		}
		return true
	case "label":
		return last == "Records" || last == "Recordings" || last == "Entertainment" || strings.Contains(name, " Music") // "Universal Music Group"
	}
	return true
}

// agencyHeads end the names of public bodies a story calls "the agency".
var agencyHeads = set(`Agency Authority Office Service Administration Bureau Commission Board Regulator`)

// publicBodies are the last words of organisations that are not companies.
var publicBodies = set(`Police Ministry Department Agency Government Council Court Army Navy Party
	Parliament Senate Congress Commission Committee Authority Office Administration Union Board Tribunal
	Regulator Inspectorate Directorate`)

// memberBodies name unions and associations of people, which "the
// company" never means: "United Assembly Workers", "Pilots' Association".
var memberBodies = set(`Workers Teachers Nurses Employees Drivers Pilots Engineers Miners Doctors
	Association Federation Alliance Coalition Guild Congress Syndicate Confederation`)

// companyWords describe a business by its trade; they point back only a
// paragraph or so.
var companyWords = set(`manufacturer maker carmaker retailer`)

// mediaHeads are the last words of news outlets' names, which are not
// "the company" of a business story ("Corlis Business News").
var mediaHeads = set(`News Times Post Journal Herald Tribune Press Gazette Telegraph Guardian Review Magazine Wire`)

// newsAgencies are the wires a story credits, which are not "the company".
var newsAgencies = set(`Reuters AP AFP Bloomberg ANI PTI Xinhua`)

// roleOf returns the person mentioned last before token at whose role
// head is lw and whose title, as written right before a mention, holds
// both lw and the word mod: "Minister for Health Gráinne Mulcahy" for "the Health Minister";
// or -1.
func (s *state) roleOf(lw, mod string, at int) int {
	ms := s.ents.Mentions
	for j := s.mentionsBefore(ms, at) - 1; j >= 0; j-- {
		m := ms[j]
		e := s.ents.Entities[m.Entity]
		if e.Type != entity.Person || !slices.ContainsFunc(e.Roles, func(ro string) bool {
			return strings.EqualFold(ro, lw) || strings.HasSuffix(strings.ToLower(ro), " "+lw)
		}) {
			continue
		}
		// the title run right before the name, holding both words
		var hasMod, hasHead bool
		for k := m.Lo - 1; k >= 0 && k >= m.Lo-8 && s.kind(k) == sentence.Word; k-- {
			if o, ok := s.ents.MentionAt(k); ok && o.Entity != m.Entity {
				break
			}
			hasMod = hasMod || strings.EqualFold(s.w(k), mod)
			hasHead = hasHead || strings.EqualFold(s.w(k), lw)
		}
		if hasMod && hasHead {
			return m.Entity
		}
	}
	return -1
}

// byRole returns the person carrying role lw mentioned last before token
// at, or else first after it. The role index is built once per text.
func (s *state) byRole(lw string, at int) int {
	ms := s.roleHolders(lw)
	if len(ms) == 0 {
		return -1
	}
	lo := s.mentionsBefore(ms, at)
	if lo > 0 {
		return ms[lo-1].Entity
	}
	// named only later: a headline's "Envoy says ..." is the envoy the
	// story goes on to name, but once people have been named, "the
	// 29-year-old defender" is one of them, not a defender named later
	if s.recentPerson(at) >= 0 {
		return -1
	}
	return ms[0].Entity
}

// namedLater reports whether the people with role lw are all named after
// token at: "A security researcher says she found ..." introduces the
// researcher the story then names, where "one senior minister" after
// ministers were named is someone else.
func (s *state) namedLater(lw string, at int) bool {
	ms := s.roleHolders(lw)
	return len(ms) > 0 && s.mentionsBefore(ms, at) == 0
}

// roleHolders returns the mentions of the people with role lw, in text
// order. The role index is built once per text.
func (s *state) roleHolders(lw string) []entity.Mention {
	if s.roleIdx == nil {
		s.roleIdx = map[string][]entity.Mention{}
		for _, m := range s.ents.Mentions {
			e := s.ents.Entities[m.Entity]
			if e.Type != entity.Person {
				continue
			}
			for _, ro := range e.Roles {
				l := strings.ToLower(ro)
				s.roleIdx[l] = append(s.roleIdx[l], m)
				if k := strings.LastIndexByte(l, ' '); k >= 0 {
					s.roleIdx[l[k+1:]] = append(s.roleIdx[l[k+1:]], m)
				}
				if d := roleNouns[l]; d != "" {
					s.roleIdx[d] = append(s.roleIdx[d], m) // "Justice Efua Mensah-Asante" ... "the judge said"
				}
			}
		}
	}
	return s.roleIdx[lw]
}

// roleNouns are the common nouns by which a story refers back to someone
// named with a title that is not that noun.
var roleNouns = map[string]string{
	"justice": "judge", "magistrate": "judge", "recorder": "judge", "chief executive": "ceo", "chief executive officer": "ceo",
	"chief financial officer": "cfo", "prime minister": "premier", "sen": "senator", "sen.": "senator",
	"rep": "congressman", "gov": "governor", "gov.": "governor", "gen": "general", "gen.": "general",
}

// pronoun resolves a he/she/they/it before token at: a person of the same
// sentence, else the previous speaker when compatible, else the most recent
// compatible mention outside quotations.
func (s *state) pronoun(g byte, at int) int {
	if g == 'i' || g == 'w' {
		return -1
	}
	ms := s.ents.Mentions
	lo := s.mentionsBefore(ms, at)
	fits := func(e *entity.Entity) bool {
		switch g {
		case 'm', 'f':
			return e.Type == entity.Person && (e.Gender == 0 || e.Gender == g)
		case 'p':
			return e.Type == entity.Org && e.Plural || e.Type == entity.Org
		case 'n':
			return e.Type == entity.Org || e.Type == entity.GPE
		}
		return false
	}
	if id := s.sameSentenceSubject(fits, lo, at); (g == 'm' || g == 'f') && id >= 0 {
		return id
	}
	if s.last >= 0 && fits(s.ents.Entities[s.last]) {
		if g == 'm' || g == 'f' {
			// someone else who fits, opening a sentence after the last
			// speaker was last named, is the new topic: "Orla Harrow,
			// reached by phone, remembers it differently. She says ..."
			if id := s.subjectSince(s.last, fits, lo, at); id >= 0 {
				return id
			}
		}
		if s.ents.Entities[s.last].Gender == g || g != 'm' && g != 'f' || !s.namedSince(s.last, fits, lo) {
			return s.last
		}
	}
	// a person whose gender is known to agree beats one whose gender is
	// unknown, however recent
	unknown := -1
	for k := lo - 1; k >= 0 && k >= lo-60; k-- {
		m := ms[k]
		if s.t.Tokens[m.Lo].Quoted || entity.InByline(s.t, m.Lo) {
			continue
		}
		e := s.ents.Entities[m.Entity]
		if !fits(e) {
			continue
		}
		if e.Gender == g || g != 'm' && g != 'f' {
			return m.Entity
		}
		if unknown < 0 {
			unknown = m.Entity
		}
	}
	return unknown
}

// spans converts raw attributions into Quotes with code point offsets.
func (s *state) spans(out []raw) []Quote {
	t := s.t
	span := func(lo, hi int) document.Span {
		a, b := t.Tokens[lo].Start, t.Tokens[hi-1].End
		return document.Span{Start: t.Runes(a), End: t.Runes(b), Text: t.Src[a:b]}
	}
	qs := make([]Quote, 0, len(out))
	for _, r := range out {
		q := Quote{Content: Content{Span: span(r.cLo, r.cHi)}}
		g0, g1 := s.gap(r)
		if g1 > g0 {
			a, b := g0, g1
			for a > r.cLo+1 && t.Tokens[a-1].Kind == sentence.Punct {
				a--
			}
			for b < r.cHi-1 && t.Tokens[b].Kind == sentence.Punct {
				b++
			}
			f1, f2 := span(r.cLo, a), span(b, r.cHi)
			q.Content.Fragments = [][2]int{{f1.Start, f1.End}, {f2.Start, f2.End}}
		}
		in, outside := 0, 0
		for k := r.cLo; k < r.cHi; k++ {
			if t.Tokens[k].Kind != sentence.Word || k >= g0 && k < g1 {
				continue
			}
			if r.cueLo >= 0 && k >= r.cueLo && k < r.cueHi || r.sLo >= 0 && k >= r.sLo && k < r.sHi && !t.Tokens[k].Quoted {
				// attribution inside the hull ("A," he said, "B.") is not content
				continue
			}
			if t.Tokens[k].Quoted {
				in++
			} else {
				outside++
			}
		}
		joined := r.cueLo > r.cLo && r.cueHi < r.cHi && t.Tokens[r.cLo].Kind == sentence.OpenQuote && t.Tokens[r.cHi-1].Kind == sentence.CloseQuote
		switch {
		case in > 0 && (outside == 0 || joined):
			q.Type = Direct
		case in > 0:
			q.Type = Mixed
		default:
			q.Type = Indirect
		}
		if r.cueLo >= 0 {
			c := span(r.cueLo, r.cueHi)
			q.Cue = &c
		}
		if r.sLo >= 0 && r.sHi > r.sLo {
			sp := span(r.sLo, r.sHi)
			q.SpeakerMention = &sp
		}
		label, isLabel := s.transcriptPerson(r)
		switch {
		case isLabel:
			q.Speaker = label
		case r.entity >= 0:
			q.Speaker = s.ents.Entities[r.entity].Name
		case r.described != "":
			q.Speaker = r.described
		case r.sLo >= 0:
			if q.Speaker = s.possessedSpeaker(r.sLo, r.sHi); q.Speaker == "" {
				hi := r.sLo
				for hi < r.sHi && s.w(hi) != "," {
					hi++ // the head before an apposition: "Unite, a member of the TUC"
				}
				q.Speaker = s.loneName(r.sLo, hi)
			}
		}
		qs = append(qs, q)
	}
	return qs
}

// capsLabel reports whether the words [lo,hi) are a transcript's speaker
// label in capitals: "PENCE", "CHRIS WALLACE".
func (s *state) capsLabel(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := s.w(k); s.kind(k) != sentence.Word || !isAllCapsWord(w) || !isCapWord(w) || len(w) < 2 {
			return false
		}
	}
	return hi > lo
}

// transcriptPerson returns the person a transcript's label in capitals
// names (labelSpeaker), and whether it names one: a label before a colon
// in a text with several such labels, with no entity or one in capitals
// that is no known body ("PENCE" taken for an acronym), of two words or
// more or resolving to a full name ("PENCE" of the text's Mike Pence).
// "NATO:" stays NATO.
func (s *state) transcriptPerson(r raw) (string, bool) {
	if r.sLo < 0 || r.cueLo < 0 || s.w(r.cueLo) != ":" || !s.capsLabel(r.sLo, r.sHi) || s.capsLabels() < 2 {
		return "", false
	}
	if r.entity >= 0 {
		e := s.ents.Entities[r.entity]
		if !isAllCapsWord(e.Name) || e.Type != entity.Person && e.Type != entity.Org {
			return "", false
		}
	}
	name := s.labelSpeaker(r.sLo, r.sHi)
	if r.sHi-r.sLo < 2 && !strings.Contains(name, " ") {
		return "", false
	}
	return name, true
}

// labelSpeaker names a transcript's speaker from a label in capitals: the
// person of the text whose surname it ends with ("PENCE" is Mike Pence),
// or else the label in ordinary capitals ("CHRIS WALLACE" is Chris
// Wallace).
func (s *state) labelSpeaker(lo, hi int) string {
	last := s.w(hi - 1)
	if hi-lo == 1 {
		// a longer label for the same speaker: "MIKE PENCE:" ... "PENCE:"
		s.capsLabels()
		if r, ok := s.longLabels[last]; ok {
			lo, hi = r[0], r[1]
		}
	}
	label := s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[hi-1].End]
	surname := -1
	for id, e := range s.ents.Entities {
		if e.Type != entity.Person {
			continue
		}
		if strings.EqualFold(e.Name, label) {
			return e.Name // the whole label: "CHRIS WALLACE" is Chris Wallace, not George Wallace
		}
		if i := strings.LastIndexByte(e.Name, ' '); hi-lo == 1 && surname < 0 && i >= 0 && strings.EqualFold(e.Name[i+1:], last) {
			surname = id
		}
	}
	if surname >= 0 {
		return s.ents.Entities[surname].Name
	}
	var b strings.Builder
	for k := lo; k < hi; k++ {
		if k > lo {
			b.WriteByte(' ')
		}
		w := s.w(k)
		_, n := utf8.DecodeRuneInString(w)
		b.WriteString(w[:n] + strings.ToLower(w[n:]))
	}
	return b.String()
}

// bodyNouns are the people and bodies that speak for someone: "Ghani's
// administration", "Khalilzad's office", "her lawyers".
var bodyNouns = set(`administration government office campaign team staff aides spokesman
	spokeswoman spokesperson lawyer lawyers attorney attorneys family allies ministry party
	adviser advisers advisor advisors`)

// unnamedNouns head the descriptions of unnamed sources: "a senior
// official", "a person briefed on the matter", "two people familiar with
// the talks", "a federal government source".
var unnamedNouns = set(`official officials source sources person people diplomat diplomats aide aides
	adviser advisers advisor advisors insider insiders spokesman spokeswoman spokesperson
	analyst economist strategist trader officer employee`)

// indefinites open the first description of an unnamed source.
var indefinites = set(`a an A An one One two Two three Three several Several another Another`)

// bareSource reports whether the plural noun at k opens its noun phrase
// within the sentence from lo, after capitalised words at most ("People
// familiar with the matter said", "U.S. officials briefed on the plan
// said"): the wires' commonest unnamed source, with no article.
func (s *state) bareSource(lo, k int) bool {
	if !strings.HasSuffix(s.w(k), "s") && s.t.Lower(k) != "people" {
		return false
	}
	for j := k - 1; j >= lo; j-- {
		w := s.w(j)
		if w == "." && j > lo && s.t.Tokens[j-1].End == s.t.Tokens[j].Start {
			continue // "U.S."
		}
		if !isCapWord(w) {
			return w == "to" && j > lo && s.t.Lower(j-1) == "according" // "according to people familiar with ..."
		}
		if lw := s.lower(w); determiners[lw] || quantifiers[lw] {
			return false // "Many people involved in the talks assumed ..."
		}
	}
	return true
}

// quantifiers, with determiners, open a noun phrase that is no bare plural.
var quantifiers = set(`other such no any every`)

// wishForms ask for anonymity in "did not wish to be named", "declined to
// be named".
var wishForms = set(`wish wished want wanted declined declines refused refuses`)

// anonymity reports whether the words from k ask for the source not to be
// named: "not to be named / identified", "(on condition of) anonymity".
func (s *state) anonymity(k, hi int) bool {
	if k+3 < hi && s.w(k) == "not" && s.w(k+1) == "to" && s.w(k+2) == "be" {
		switch s.w(k + 3) {
		case "named", "identified", "quoted":
			return true
		}
	}
	for j := k; j < hi && j <= k+4; j++ {
		if s.w(j) == "anonymity" {
			return true
		}
	}
	return false
}

// indefiniteBefore reports whether the noun at k has an indefinite
// determiner within the three words before it ("a person", "two senior
// officials").
func (s *state) indefiniteBefore(lo, k int) bool {
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if indefinites[s.w(j)] {
			return true
		}
		if s.kind(j) != sentence.Word {
			return false
		}
	}
	return false
}

// unnamedSource returns the description of the unnamed source in the
// speaker mention [lo,hi), or "". An indefinite description ("a senior
// official said") introduces someone new, whom no earlier name fits; the
// analyst needs to see that the words come from an anonymous source, not
// from the person the story is about. A definite one with the same head
// ("the official added") refers back to it. The description runs to the
// first comma, with a relative clause ("a person who saw the arrest":
// another witness is "a woman who ..."), its article lower-cased.
func (s *state) unnamedSource(lo, hi int) string {
	if hi-lo >= 4 && hi-lo <= 6 && s.t.Lower(lo) == "one" && s.w(lo+1) == "of" && (s.w(lo+2) == "the" || s.w(lo+2) == "those") && strings.HasSuffix(s.w(hi-1), "s") && !s.personAt(lo+3) {
		return s.described(lo, hi) // "one of the MPs": one member of a crowd named before, not all of it
	}
	end := lo
	head, headAt := "", -1
	for ; end < hi; end++ {
		w := s.w(end)
		if w == "." && end > lo && s.t.Tokens[end-1].End == s.t.Tokens[end].Start && len(s.w(end-1)) <= 3 {
			continue // "a U.S. official"
		}
		if w == "&" && end+1 < hi && isCapWord(s.w(end+1)) {
			continue // "an analyst at Brenner & Vos"
		}
		if s.kind(end) != sentence.Word || s.t.Tokens[end].Quoted || (w == "who" || w == "which") && head == "" {
			break
		}
		if head == "" && (unnamedNouns[s.lower(w)] || indefinites[s.w(lo)] && end > lo && (!isCapWord(w) || s.lex.IsPluralTitle(w) || isAllCapsWord(w) && s.lex.IsTitle(s.lower(w))) && s.describedHead(s.lower(w)) || (s.w(lo) == "the" || s.w(lo) == "The") && s.sources[strings.TrimSuffix(w, "s")] != "") {
			w = s.lower(w)
			if end+1 < hi && s.kind(end+1) == sentence.Word {
				if nw := s.w(end + 1); !sourcePostmods[nw] && !sourcePreps[nw] && !afterSource[nw] && !(len(nw) > 5 && strings.HasSuffix(nw, "ing") && nw[0] >= 'a' && nw[0] <= 'z') {
					return "" // "an official statement", "a source document"
				}
			}
			head, headAt = w, end
		}
		if speakerRoles[s.lower(w)] && end+1 < hi && s.w(end+1) == "for" {
			return "" // "a spokeswoman for the trust" speaks for the trust
		}
		if speakerRoles[s.lower(w)] && end > lo {
			if m, ok := s.ents.MentionAt(end - 1); ok && m.Lo > lo && orgLike(s.ents.Entities[m.Entity].Type) {
				return "" // "A Kremlin spokesman", "a Pellow & Finch spokeswoman": the body speaks
			}
		}
	}
	if head == "" || end-lo < 2 {
		return ""
	}
	// named in an apposition: "an aide, Jane Roe, said" (a name inside
	// the description is someone else: "a person close to Trump")
	for k := end + 1; end < hi && s.w(end) == "," && k < hi && k <= end+3; k++ {
		if m, ok := s.ents.MentionAt(k); ok && m.Kind == entity.Name && s.ents.Entities[m.Entity].Type == entity.Person {
			return ""
		}
	}
	if !unnamedNouns[head] && (s.named(lo, headAt+1) || s.namedLater(head, lo)) {
		return "" // "a former Calloway & Finch executive" is unnamed; "a former minister, Jo Roe," is not
	}
	key := strings.TrimSuffix(head, "s") // official(s), source(s)
	if head == "person" || head == "people" {
		key = "person"
	}
	first := s.w(lo)
	if first == "the" || first == "The" {
		if d, ok := s.sources[key]; ok {
			return d
		}
		return s.introduced(key, lo) // "a source close to the chancellor painted ... . “...,” the source said."
	}
	if !indefinites[first] {
		// a bare plural described by what they know: "People familiar
		// with the matter", "U.S. officials briefed on the plan"
		if k := headAt; k+1 >= end || !sourcePostmods[s.w(k+1)] || !s.bareSource(lo, k) {
			return ""
		}
		if headAt > lo {
			return s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[end-1].End] // "U.S. officials briefed on ..."
		}
	}
	d := s.lower(first) + s.t.Src[s.t.Tokens[lo].End:s.t.Tokens[end-1].End]
	if !unnamedNouns[head] && len(s.roleHolders(head)) > 0 {
		return d // "the minister" later is more likely the minister named than this one
	}
	if s.sources == nil {
		s.sources = make(map[string]string)
	}
	s.sources[key] = d
	return d
}

// describedHead reports whether w, after "a" or "one", heads the
// description of a person the story does not name: a role ("one senior
// minister"), a sportsperson, or one of describedNouns.
func (s *state) describedHead(w string) bool {
	return s.lex.IsTitle(w) && !speakerRoles[w] || personNouns[w] || describedNouns[w] || s.lex.IsPluralTitle(w)
}

// describedNouns are ordinary people's nouns that head an unnamed
// person's description: "one former Pocketly engineer", "a doctor who
// asked not to be named".
var describedNouns = set(`staffer staffers engineer engineers doctor doctors nurse nurses worker workers
	resident residents lawyer lawyers teacher teachers manager managers executive executives
	witness witnesses neighbour neighbours neighbor neighbors colleague colleagues relative relatives
	friend friends insider insiders researcher researchers scientist scientists meteorologist
	meteorologists forecaster forecasters expert experts specialist specialists consultant consultants
	investor investors donor donors critic observer associate associates confidant confidants ally allies`)

// named reports whether a person's name stands in [lo,hi).
func (s *state) named(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if m, ok := s.ents.MentionAt(k); ok && m.Kind == entity.Name && s.ents.Entities[m.Entity].Type == entity.Person {
			return true
		}
	}
	return false
}

// unknownName reports whether [lo,hi) is one capitalised word that no
// entity covers: a name the recogniser did not know.
func (s *state) unknownName(lo, hi int) bool {
	if hi != lo+1 || s.kind(lo) != sentence.Word || !isCapWord(s.w(lo)) {
		return false
	}
	_, ok := s.ents.MentionAt(lo)
	return !ok
}

// crowdNouns are the plural nouns of groups of people who are quoted
// together without names: "Analysts said", "Traders said", "Critics
// argue".
var crowdNouns = set(`analysts critics traders dealers observers diplomats officials prosecutors
	investigators parents users residents voters experts economists lawyers campaigners protesters
	activists participants investors workers teachers doctors nurses students fans supporters
	opponents lawmakers legislators leaders scientists researchers witnesses sources
	negotiators delegates mediators specialists advocates families relatives neighbours neighbors
	locals shoppers commuters passengers patients villagers farmers shareholders employees members
	agencies charities unions owners operators drivers vendors retailers merchants landlords tenants
	miners fishermen pilots picketers strikers demonstrators marchers commentators pals friends insiders`)

// crowdQuantifiers may open a crowd's description: "Some critics",
// "Several parents", "Many economists".
var crowdQuantifiers = set(`some several many most both other few`)

// crowd returns the description of a speaker mention [lo,hi) that names a
// group of people by their plural noun ("Analysts", "Some critics",
// "Diplomats in Port Sabel", "Lawyers for two users"), with its first
// letter in lower case, as an unnamed source's; or "". A definite group
// ("The analysts") refers back and is left alone.
func (s *state) crowd(lo, hi int) string {
	limit := 6
	for k := lo + 1; k < hi && k < lo+4; k++ {
		if s.w(k) == "who" || aimParticiples[s.w(k)] {
			limit = 16 // "Parents who gathered in the school parking lot Tuesday morning", "Mediators trying to broker a truce"
		}
	}
	if hi-lo > limit || hi <= lo || s.kind(lo) != sentence.Word {
		return ""
	}
	head := lo
	if crowdQuantifiers[s.t.Lower(lo)] && lo+1 < hi {
		head = lo + 1
	}
	for head+1 < hi && s.kind(head) == sentence.Word && !crowdNouns[s.t.Lower(head)] && (head == lo || !isCapWord(s.w(head))) {
		if w := s.t.Lower(head); sourcePreps[w] || w == "by" || w == "from" || w == "the" || w == "his" || w == "her" || w == "their" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			return "" // "A survey of 2,000 parents", "The union representing nurses", "The analysts"
		}
		head++ // "Industry observers", "Market participants"
	}
	if !crowdNouns[s.t.Lower(head)] {
		return ""
	}
	for k := head + 1; k < hi; k++ {
		if k == head+1 && (s.w(k) == "who" || aimParticiples[s.w(k)]) {
			break // a relative clause or a participle says which of them
		}
		if k == head+1 && strings.HasSuffix(s.w(k), "ed") && k+1 < hi && (s.w(k+1) == "by" || sourcePreps[s.w(k+1)]) {
			continue // "Residents reached by phone in Halim"
		}
		if s.kind(k) != sentence.Word || k == head+1 && !sourcePreps[s.w(k)] && s.w(k) != "for" && s.w(k) != "at" && s.w(k) != "from" {
			return "" // only a short phrase after the noun: "in Port Sabel", "for two users"
		}
	}
	d := s.t.Src[s.t.Tokens[lo].Start:s.t.Tokens[hi-1].End]
	if w := s.w(lo); len(w) > 1 && s.lower(w[1:]) == w[1:] && !s.lex.IsDemonym(w) && !s.capitalisedInside(w) {
		d = strings.ToLower(d[:1]) + d[1:] // capitalised only as the sentence opens; not "U.S. officials", "Israeli officials"
	}
	return d
}

// passiveCue reports whether r's cue is a passive participle ("Parents
// were told that ..."): its subject heard the words, it did not say them.
func (s *state) passiveCue(r *raw) bool {
	if r.cueLo <= 0 {
		return false
	}
	switch s.w(r.cueLo - 1) {
	case "was", "were", "been", "be", "is", "are":
		return true
	}
	return false
}

// crowdFirst reports whether the mention [lo,hi) names a crowd by where
// it is or whom it is about ("Diplomats in Brussels", "Critics of Keir
// Starmer"), which the place or person after it must not take over;
// "Economists at Capital Economics" speak for their firm.
func (s *state) crowdFirst(lo, hi int) bool {
	k := lo
	if crowdQuantifiers[s.t.Lower(k)] {
		k++
	}
	return k+1 < hi && crowdNouns[s.t.Lower(k)] && (s.w(k+1) == "in" || s.w(k+1) == "of" || s.w(k+1) == "from" || aimParticiples[s.w(k+1)])
}

// loneName returns the speaker mention [lo,hi) when it is one proper noun
// the entity recogniser did not know, such as a surname used alone for
// someone famous ("Halvorsen pointed out that ..."): a capitalised word
// that is no pronoun or common noun of sources, and that the text
// capitalises somewhere other than at a sentence's start. It returns ""
// otherwise.
func (s *state) loneName(lo, hi int) string {
	if hi-lo != 1 || s.kind(lo) != sentence.Word {
		return ""
	}
	w := s.w(lo)
	name := strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	if !isCapWord(name) || isAllCapsWord(name) && len(name) > 1 || pronouns[name] != 0 || strings.ContainsAny(name, "'’") || s.lex.CommonCapital(name) {
		return ""
	}
	if l := s.lower(name); groupNouns[l] || unnamedNouns[l] || sourceNouns[l] || mediaNouns[l] || determiners[l] {
		return ""
	}
	// a surname that is also a title ("Bishop said" after "coach Lonnie
	// Bishop") is the person's
	for _, e := range s.ents.Entities {
		if e.Type == entity.Person && strings.HasSuffix(e.Name, " "+name) {
			return e.Name
		}
	}
	if !s.capitalisedInside(name) {
		return ""
	}
	return name
}

// capitalisedInside reports whether the text capitalises w somewhere other
// than at a sentence's start: a proper noun, most likely.
func (s *state) capitalisedInside(w string) bool {
	if s.midCaps == nil {
		s.midCaps = map[string]bool{}
		for k := 1; k < s.n; k++ {
			tk := s.t.Tokens[k]
			if tk.Kind != sentence.Word || tk.Quoted || s.t.Sentences[tk.Sent].Lo == k || s.kind(k-1) != sentence.Word && s.w(k-1) != "," {
				continue
			}
			if x := s.w(k); isCapWord(x) {
				s.midCaps[strings.TrimSuffix(strings.TrimSuffix(x, "’s"), "'s")] = true
			}
		}
	}
	return s.midCaps[w]
}

// possessedSpeaker names a speaker given as someone's body or spokesman
// ("Ghani’s administration says"), which is not the possessor and has no
// entity of its own, by the possessor's canonical name: "Ashraf Ghani's
// administration". It returns "" for any other mention.
func (s *state) possessedSpeaker(lo, hi int) string {
	if hi-lo < 2 || hi-lo > 5 || !bodyNouns[s.t.Lower(hi-1)] {
		return ""
	}
	if hi-lo == 2 {
		// "Her campaign said", "his lawyers argued": the possessor is
		// whom the pronoun points at
		g := byte(0)
		switch s.w(lo) {
		case "his", "His":
			g = 'm'
		case "her", "Her":
			g = 'f'
		}
		if g != 0 {
			if id := s.pronoun(g, lo); id >= 0 {
				return s.ents.Entities[id].Name + "'s " + s.t.Lower(hi-1)
			}
			return ""
		}
	}
	m, ok := s.ents.MentionAt(hi - 2)
	if !ok || m.Hi != hi-1 || m.End >= s.t.Tokens[hi-2].End || !isPossessive(s.w(hi-2)) {
		if hi-lo == 3 && determiners[s.t.Lower(lo)] && isPossessive(s.w(lo+1)) && s.lex.IsTitle(s.lower(strings.TrimRight(s.w(lo+1), "'’s"))) {
			return s.described(lo, hi) // "the governor's office" when no governor is named
		}
		return ""
	}
	return s.ents.Entities[m.Entity].Name + "'s " + s.t.Lower(hi-1)
}

// gap returns the tokens [g0,g1) inside r's content hull that are not
// content: the attribution between the two parts of a joined quotation,
// or a cue with its speaker inside the hull ("These employees, Stumpf
// explained earlier in the committee hearing, were ..."). g1 <= g0 when
// the content is one span.
func (s *state) gap(r raw) (int, int) {
	if r.gHi > r.gLo {
		return r.gLo, r.gHi
	}
	if r.cueLo <= r.cLo || r.cueHi >= r.cHi || s.t.Tokens[r.cueLo].Quoted {
		return 0, 0
	}
	a0, a1 := r.cueLo, r.cueHi
	if r.sLo > r.cLo && r.sHi < r.cHi && !s.t.Tokens[r.sLo].Quoted {
		a0, a1 = min(a0, r.sLo), max(a1, r.sHi)
	}
	if s.w(a0-1) == "," {
		// a parenthetical attribution runs to the next comma: ", Graham
		// said on Monday, ..."
		for a1 < r.cHi && s.kind(a1) == sentence.Word && !s.t.Tokens[a1].Quoted {
			a1++
		}
	}
	if a0 <= r.cLo || a1 >= r.cHi {
		return 0, 0
	}
	return a0, a1
}

// noInversion are cues that never take a speaker after them: ", called
// EB-5" names a thing, it does not report a statement.
var noInversion = set(`called calls named dubbed labeled labelled titled`)

// titleCase reports whether sentence sen is a title-case headline: at
// least four words, nearly all capitalised.
func (s *state) titleCase(sen sentence.Range) bool {
	words, caps := 0, 0
	for k := sen.Lo; k < sen.Hi && k < sen.Lo+40; k++ {
		if s.kind(k) != sentence.Word {
			continue
		}
		words++
		if isCapWord(s.w(k)) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// dropNested removes attributions whose cue lies inside the content of
// another one, unless the cue is a plain speech verb: in "Stein said she
// plans to join ...", PolNeAR annotates the report ("said"), not the
// attitude inside it ("plans"). Neighbours only: contents are bounded by
// maxContent tokens and out is in text order, so the check stays linear.
func (s *state) dropNested(out []raw) []raw {
	res := out[:0:0]
	for i, r := range out {
		if r.cueLo >= 0 && !s.speechCue(r.cueLo) {
			nested := false
			for j := max(0, i-40); j < len(out) && j <= i+40; j++ {
				// o holds r's cue; when r holds o's cue too, the earlier
				// cue's content has overrun the later attribution ("they
				// want ..., Khalilzad continued") and r goes only if earlier
				if o := out[j]; j != i && o.cLo <= r.cueLo && r.cueHi <= o.cHi && (o.cueLo < 0 || r.cueLo < o.cueLo || o.cueLo < r.cLo || o.cueHi > r.cHi) {
					nested = true
					break
				}
			}
			if nested {
				continue
			}
		}
		res = append(res, r)
	}
	return res
}

// speechCue reports whether the cue starting at token k is a verb of
// saying ("said", "told", "argued"), which PolNeAR annotates even inside
// another attribution's content; attitude, cognition and noun cues there
// are left out.
func (s *state) speechCue(k int) bool {
	w := s.t.Lower(k)
	if nestedThat[w] {
		m, ok := s.ents.MentionAt(k - 1)
		return ok && s.ents.Entities[m.Entity].Type == entity.Org && k+1 < s.n && s.w(k+1) == "that"
	}
	return nestedSpeech[w]
}

// thatOnly are cues only before "that": "investigators discovered that
// ..." reports, "police discovered no weapons" does not.
var thatOnly = set(`discovered discovers disclosed discloses maintains maintained`)

// nestedThat are base forms kept inside another attribution's content only
// after an organisation's name and before "that" ("The Taliban contend
// that ..."): otherwise they are infinitives ("it would maintain its
// dividend") or a plural subject's verb that PolNeAR leaves inside the
// content.
var nestedThat = set(`argue claim insist contend maintain`)

// verbs of saying kept inside another attribution's content.
var nestedSpeech = set(`said says say saying told tells tell added adds adding noted notes wrote writes
	argued argues claimed claims warned warns stated states explained explains insisted insists
	acknowledged admitted announced declared suggested asserted contends contended
	maintains maintained`)

// verbs of comparison whose content is what the object is likened to.
var likenVerbs = set(`likened likens equated equates`)

// judgement verbs whose object is the person judged and whose content is
// the charge after "of" or "for": "accused X of", "blamed X for".
// accuseForms take the charge after "of"; the other judgeVerbs after "for".
var accuseForms = set(`accused accuses accuse`)

var judgeVerbs = set(`accused accuses accuse blamed blames blame criticized criticizes criticised
	criticises chastised chastises faulted faults praised praises thanked thanks credited credits
	condemned condemns slammed slams attacked attacks lambasted scolded scolds rebuked rebukes`)

// media nouns that, like sourceNouns, head a participle attribution:
// "a new ad hitting Trump", "tweets calling him ...".
var mediaNouns = set(`ad ads tweet tweets post posts spot spots commercial statement statements
	letter letters speech speeches op-ed editorial column book article articles story stories
	message messages email emails ones`)

// nounParticiple handles "NOUN VERBing CONTENT" with the -ing cue at c and
// a source or media noun before it; the speaker mention is the noun.
func (s *state) nounParticiple(sen sentence.Range, c int) (raw, bool) {
	r := raw{cueLo: c, cueHi: c + 1, sLo: c - 1, sHi: c, entity: -1}
	hiEff := s.trimEnd(sen.Lo, sen.Hi)
	q := c + 1
	if q < hiEff && particles[s.w(q)] {
		r.cueHi = q + 1
		q++
	}
	if q >= hiEff || s.words(q, hiEff) < 2 || badStart[s.w(q)] || attBadStart[s.w(q)] {
		return r, false
	}
	r.cLo, r.cHi = q, s.attEnd(q, s.contentEnd(q, hiEff), c)
	return r, r.cHi > r.cLo
}

// words after which a cue form is a noun or an adjective, not a verb.
var nounBefore = set(`the a an such his their its our my your every`)

// adjectiveBefore are the further words after which a past form is an
// adjective: "for added comfort", "with added security", "no continued".
var adjectiveBefore = set(`for with of no any some`)

// addressees are the listeners a speech verb may name after "to".
var addressees = set(`reporters journalists me us him her them supporters viewers listeners readers`)

// audienceNouns are bodies and groups that hear what is said: "told the
// inquest", "told investors", "told the newspaper".
var audienceNouns = set(`inquest court jury committee hearing tribunal meeting audience crowd conference
	panel inquiry commission council parliament senate assembly chamber lawmakers legislators
	delegates investors analysts shareholders students staff employees workers residents parents
	fans members voters congregation broadcaster newspaper paper magazine station network podcast
	programme program summit rally forum gathering`)

// audience returns where the words after an addressee of a telling verb
// begin, or p when the words at p are not "(the) AUDIENCE", "reporters",
// "me" or a name, with an optional time ("on Monday", "last week",
// "yesterday").
func (s *state) audience(p, hi int) int {
	q := p
	if q < hi && (s.w(q) == "the" || s.w(q) == "a" || s.w(q) == "an") {
		q++
	}
	switch {
	case q >= hi || s.t.Tokens[q].Quoted:
		return p
	case audienceNouns[s.w(q)] || addressees[s.w(q)] && q == p:
		q++
	case isCapWord(s.w(q)) && s.w(q) != "I":
		// a named hearer: "told the Herald it was ...", "told Reuters it would ..."
		for e := q + 4; q < hi && q < e && isCapWord(s.w(q)) && !s.t.Tokens[q].Quoted; q++ {
		}
	default:
		return p
	}
	switch {
	case q+1 < hi && s.w(q) == "on" && timeWords[s.w(q+1)]:
		q += 2
	case q+1 < hi && (s.w(q) == "last" || s.w(q) == "this") && (s.w(q+1) == "week" || s.w(q+1) == "month" || s.w(q+1) == "year" || timeWords[s.w(q+1)]):
		q += 2
	case q < hi && (s.w(q) == "yesterday" || s.w(q) == "today" || timeWords[s.w(q)]):
		q++
	}
	return q
}

// nameWord reports whether token k is a capitalised word inside a name
// mention, not a stop word: "Theresa May", "Will Hurd".
func (s *state) nameWord(k int) bool {
	if !isCapWord(s.w(k)) {
		return false
	}
	m, ok := s.ents.MentionAt(k)
	return ok && m.Lo < k
}

// control verbs whose subject is the subject of the infinitive after
// them: "Caddell went on to discuss ...", "she refused to endorse ...".
var controlVerbs = set(`tried tries continued continues refused refuses declined declines went goes began
	begins sought seeks vowed vows promised promises wants wanted needs needed plans planned
	hopes hoped decided decides appeared appears seemed seems failed fails attempted attempts
	agreed agrees threatened threatens chose chooses`)

// controlled reports whether the base verb at i is an infinitive after a
// control verb ("went on to discuss", "refused to endorse").
func (s *state) controlled(lo, i int) bool {
	if i-2 < lo || s.w(i-1) != "to" {
		return false
	}
	k := i - 2
	if s.w(k) == "on" && k-1 >= lo {
		k-- // "went on to"
	}
	if isAdverb(s.w(k)) && k-1 >= lo {
		k--
	}
	return controlVerbs[s.w(k)]
}

// reducedPassive reports whether the -ed cue at c is a participle that
// modifies the noun before it ("a statement issued on behalf of all
// parties agreed ...", "a report released by the ministry said ..."): a
// noun right before it and "by" or "on behalf" right after. The noun is
// then the subject of a later verb, not the source of this one.
func (s *state) reducedPassive(lo, c int) bool {
	w := s.w(c)
	if !strings.HasSuffix(w, "ed") || c-1 < lo || c+2 >= len(s.t.Tokens) || s.kind(c-1) != sentence.Word {
		return false
	}
	prev := s.t.Lower(c - 1)
	if auxiliaries[prev] || isAdverb(prev) || isCapWord(s.w(c-1)) && !crowdNouns[prev] || npStop[prev] || relPron[prev] {
		return false // (but "Residents reached by phone said")
	}
	next := s.w(c + 1)
	if (issuedNouns[prev] || prev == "post" || prev == "message" || prev == "video") && postedPreps[next] {
		return true // "In a statement posted on its Telegram channel, the Front ..."
	}
	if (pollNouns[prev] || findingNouns[prev] || issuedNouns[prev]) && (next == "this" || next == "last" || whenWords[next] || timeWords[next]) {
		return true // "in a Hawkeye Register poll released this week, and ..."
	}
	return next == "by" || next == "on" && s.w(c+2) == "behalf"
}

// postedPreps follow a participle that says where or when a document
// appeared: "a statement posted on", "a letter sent to", "a report
// published late on Monday".
var postedPreps = set(`on in to at online from late earlier overnight`)

// ingClause reports whether w opens a participle clause set off by
// commas: ", speaking on condition of anonymity because he was not
// authorised to brief journalists,".
func ingClause(w string) bool {
	return len(w) > 5 && w[0] >= 'a' && w[0] <= 'z' && strings.HasSuffix(w, "ing")
}
