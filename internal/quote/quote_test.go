package quote

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/storyline-dev/storyline/internal/entity"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

func newFinder(t testing.TB) *Finder {
	t.Helper()
	rec, err := entity.New()
	if err != nil {
		t.Fatal(err)
	}
	return New(rec)
}

// brief is a quotation reduced to what the table tests compare.
type brief struct {
	Type    Type
	Content string
	Cue     string
	Mention string
	Speaker string
}

func briefs(qs []Quote) []brief {
	out := []brief{}
	for _, q := range qs {
		b := brief{Type: q.Type, Content: q.Content.Text, Speaker: q.Speaker}
		if q.Cue != nil {
			b.Cue = q.Cue.Text
		}
		if q.SpeakerMention != nil {
			b.Mention = q.SpeakerMention.Text
		}
		out = append(out, b)
	}
	return out
}

func TestFind(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		name string
		in   string
		want []brief
	}{
		{
			name: "'the challenger', 'the back-rower' describe the person named before, as 'the defender' does",
			in:   "Viktor Petrenko won 41 percent of the vote. The challenger conceded on Monday that the result was clear. Flanker Jonah Fifita scored twice. The back-rower said the team had earned it.",
			want: []brief{
				{Indirect, "that the result was clear", "conceded", "The challenger", "Viktor Petrenko"},
				{Indirect, "the team had earned it", "said", "The back-rower", "Jonah Fifita"},
			},
		},
		{
			name: "a description of the last speaker inside the pronoun's own sentence ('The minister, he said, was ...') does not make the pronoun theirs: the subject of the sentence before is",
			in:   "Caledra budget live\n\nFinance Minister Dev Khurana faces a vote. Rafael Montoya-Baptiste leads the rebels.\n\n12:15 GMT\n\nThe debate is under way. Opening for the government, Khurana told the chamber: \"This budget asks something of everyone.\" He said rebels were \"entitled to their view\".\n\n12:31 GMT\n\nMontoya-Baptiste is on his feet. The minister, he said, was \"asking rural Caledra to pay for the cities\".",
			want: []brief{
				{Direct, "\"This budget asks something of everyone.\"", "told", "Khurana", "Dev Khurana"},
				{Mixed, "rebels were \"entitled to their view\"", "said", "He", "Dev Khurana"},
				{Mixed, "The minister, he said, was \"asking rural Caledra to pay for the cities\"", "said", "he", "Rafael Montoya-Baptiste"},
			},
		},
		{
			name: "a sentence's subject after a short phrase of time without a comma ('At one point U.S. District Judge Harriet Solvang interrupted') is the 'she' of the next quotation, not the one who spoke before",
			in:   "Priya Tennant said the email did not reflect her view. At one point U.S. District Judge Harriet Solvang interrupted the questioning. \"Counsel, this is a cross-examination, not a debate,\" she said.",
			want: []brief{
				{Indirect, "the email did not reflect her view", "said", "Priya Tennant", "Priya Tennant"},
				{Direct, "\"Counsel, this is a cross-examination, not a debate,\"", "said", "she", "Harriet Solvang"},
			},
		},
		{
			name: "review cases: a verb list inside a participle's content is no main verb; a passive recipient and an outlet are no issuers; 'and he said' inside reported speech stays in it; a report after a 'said ... on Tuesday,' is the outer one's",
			in:   "Ryanair attacked the airport, saying it had raised fees, promised improvements and delivered nothing. Reporters were sent an email saying the briefing had been cancelled. The mayor said her chief of staff called on Monday and he said the deal was off.",
			want: []brief{
				{Indirect, "the airport", "attacked", "Ryanair", "Ryanair"},
				{Indirect, "it had raised fees, promised improvements and delivered nothing", "saying", "Ryanair", "Ryanair"},
				{Indirect, "the briefing had been cancelled", "saying", "email", ""},
				{Indirect, "her chief of staff called on Monday and he said the deal was off", "said", "The mayor", ""},
				{Indirect, "the deal was off", "said", "he", ""},
			},
		},
		{
			name: "review case: a report after 'X said on Tuesday,' ('as reported by Axios') is the outer report of an attribution and left alone",
			in:   "\"We will win,\" Mr. Schumer said on Tuesday, as reported by Axios.",
			want: []brief{
				{Direct, "\"We will win,\"", "said", "Mr. Schumer", "Schumer"},
			},
		},
		{
			name: "a range after a verb is no poll tally ('expect revenue to rise 4 percent to 6 percent')",
			in:   `Analysts expect revenue to rise 4 percent to 6 percent next quarter.`,
			want: []brief{
				{Indirect, "revenue to rise 4 percent to 6 percent next quarter", "expect", "Analysts", "analysts"},
			},
		},
		{
			name: "'according to X,' fronted after a connective in commas ('But, according to the poll, ...') opens the content after it",
			in:   `But, according to the poll, 46 percent of Republican voters remain undecided.`,
			want: []brief{
				{Indirect, "46 percent of Republican voters remain undecided", "according to", "the poll", "the poll"},
			},
		},
		{
			name: "a content inside ', NAME who CUE ...,' ends where the relative clause closes and the main clause's verb follows",
			in:   `Senator Tim Scott, who called Mr. Trump's comments “racially toxic,” portrayed the nominee as a temporary affliction. Vin Weber, a former congressman who supports John Kasich, is no fan of Trump.`,
			want: []brief{
				{Mixed, "Mr. Trump's comments “racially toxic,”", "called", "who", "Tim Scott"},
				{Indirect, "the nominee as a temporary affliction", "portrayed", "Senator Tim Scott, who called Mr. Trump's comments “racially toxic,”", "Tim Scott"},
				{Indirect, "John Kasich", "supports", "who", "Vin Weber"},
			},
		},
		{
			name: "an aside of the writer's between a name and its verb ('Cruz, as he has in the past, opposed', 'Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing state, said') is not the speaker",
			in:   `And Cruz, as he has in the past, opposed the measure. Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, a swing state, said he would welcome Cruz.`,
			want: []brief{
				{Indirect, "the measure", "opposed", "Cruz", "Cruz"},
				{Indirect, "he would welcome Cruz", "said", "Sen. Chuck Grassley", "Chuck Grassley"},
			},
		},
		{
			name: "'X released a statement saying ...': X, who issued the statement, is the speaker, and the release is no attribution of its own",
			in:   `Donald Trump's campaign released a statement saying it was postponing a Monday evening rally. The American Civil Liberties Union of Ohio sent a letter warning that removing books violates students' rights.`,
			want: []brief{
				{Indirect, "it was postponing a Monday evening rally", "saying", "Donald Trump's campaign", "Donald Trump's campaign"},
				{Indirect, "that removing books violates students' rights", "warning", "The American Civil Liberties Union of Ohio", "American Civil Liberties Union of Ohio"},
			},
		},
		{
			name: "'nevertheless', 'nonetheless' and 'however' between a subject and its verb are not the speaker ('Clinton has nevertheless called ...'); after a comma 'however' joins a clause and is left alone",
			in:   `Hillary Clinton spoke on Monday. Clinton has nevertheless called his vote an irresponsible one. She however cautioned that the market remained weak.`,
			want: []brief{
				{Indirect, "his vote an irresponsible one", "called", "Clinton", "Hillary Clinton"},
				{Indirect, "that the market remained weak", "cautioned", "She", "Hillary Clinton"},
			},
		},
		{
			name: "a participle aside between a subject and its verb ('Mr. Manafort, citing “the unique magic of Trump,” said ...') ends before the verb; a relative clause's closing comma does not end it",
			in:   `Mr. Manafort, citing “the unique magic of Trump,” said the candidate could be competitive. Kubicek attacked the government, saying that Zelenka, who advised the cabinet, shared the blame.`,
			want: []brief{
				{Direct, "“the unique magic of Trump,”", "citing", "Manafort", "Manafort"},
				{Indirect, "the candidate could be competitive", "said", "Mr. Manafort, citing “the unique magic of Trump,”", "Manafort"},
				{Indirect, "the government", "attacked", "Kubicek", ""},
				{Indirect, "that Zelenka, who advised the cabinet, shared the blame", "saying", "Kubicek", ""},
			},
		},
		{
			name: "a poll's tally after the one favoured ends the object ('Officers favored Trump 46 percent to 32 percent'); a range after 'from' does not ('see their rate cut from 7.5 percent to 6 percent')",
			in:   `Officers favored Trump 46 percent to 32 percent, while female troops preferred Clinton 51% to 24%. About 50 employees see their payroll tax rate cut from 7.5 percent to 6 percent.`,
			want: []brief{
				{Indirect, "Trump", "favored", "Officers", "officers"},
				{Indirect, "Clinton", "preferred", "female troops", ""},
				{Indirect, "their payroll tax rate cut from 7.5 percent to 6 percent", "see", "About 50 employees", "About 50 employees"},
			},
		},
		{
			name: "'predicted' inverts like 'said' ('..., predicted Madeleine Kunin, the former governor.'), though it is an attitude cue",
			in:   `Bernie Sanders will throw his support behind Hillary Clinton before the convention, predicted Madeleine Kunin, the former Vermont governor.`,
			want: []brief{
				{Indirect, "Bernie Sanders will throw his support behind Hillary Clinton before the convention", "predicted", "Madeleine Kunin", "Madeleine Kunin"},
			},
		},
		{
			name: "a quotation after 'X said.' left open at its paragraph's end, before a paragraph whose quotation has its own speaker, ends there and is X's",
			in:   "“One I would describe as a casual country club-like hate,” Sexton said. “Trump events are outlets for people to come out and engage in hatred.\n“There’s another side that’s kind of nihilistic,” Sexton said.",
			want: []brief{
				{Direct, "“One I would describe as a casual country club-like hate,”", "said", "Sexton", "Sexton"},
				{Direct, "“Trump events are outlets for people to come out and engage in hatred.", "", "Sexton", "Sexton"},
				{Direct, "“There’s another side that’s kind of nihilistic,”", "said", "Sexton", "Sexton"},
			},
		},
		{
			name: "'with X telling reporters on Thursday CLAUSE': the absolute clause's subject told them the clause",
			in:   `The attack sparked a fresh debate over security, with Republican Senator John McCain telling reporters on Thursday he viewed Obama as “directly responsible” for the attack.`,
			want: []brief{
				{Mixed, "he viewed Obama as “directly responsible” for the attack", "telling", "Republican Senator John McCain", "John McCain"},
			},
		},
		{
			name: "a contrast adverb between the cue and 'that' ('suggest however that') is not content",
			in:   `Several political experts suggest however that party elders do not plan to back Cruz.`,
			want: []brief{
				{Indirect, "that party elders do not plan to back Cruz", "suggest", "Several political experts", "several political experts"},
			},
		},
		{
			name: "a day before the adjunct between a cue and its 'that' ('said Thursday during a taping of ... in Buffalo, New York, that') is skipped with it",
			in:   `Cruz said Thursday during a taping of a MSNBC town hall meeting in Buffalo, New York, that the state is wrong to ban fracking.`,
			want: []brief{
				{Indirect, "that the state is wrong to ban fracking", "said", "Cruz", "Cruz"},
			},
		},
		{
			name: "an inverted speaker with two roles joined by 'and' before the name ('said lobbyist and GOP strategist Charlie Black') is one speaker",
			in:   `The firm lobbied on behalf of the Trump Organization on gaming and taxes, said lobbyist and GOP strategist Charlie Black, Manafort's former business partner.`,
			want: []brief{
				{Indirect, "The firm lobbied on behalf of the Trump Organization on gaming and taxes", "said", "lobbyist and GOP strategist Charlie Black", "Charlie Black"},
			},
		},
		{
			name: "'as reported by X' before or after a clause attributes the clause to X; after 'Y said' it is the outer report of an attribution and left alone",
			in:   `As reported by Western Journalism, investigators found over 2,200 emails containing classified information. The senator met the donors twice last spring, as first reported by Politico. “We are close,” Whitcombe said, as quoted by Kharistan's Sahar News.`,
			want: []brief{
				{Indirect, "investigators found over 2,200 emails containing classified information", "reported", "Western Journalism", ""},
				{Indirect, "The senator met the donors twice last spring", "first reported", "Politico", "Politico"},
				{Direct, "“We are close,”", "said", "Whitcombe", "Whitcombe"},
			},
		},
		{
			name: "a pronoun and a verb of saying after 'and' start an attribution of their own ('said X hacked Y and she accused Z of ...'); an attitude there ('and they want ...') goes on with the content",
			in:   `Hillary Clinton said Russian intelligence services hacked into the committee's computers and she accused Donald Trump of showing support for Vladimir Putin. The Taliban contend that the government is illegitimate and they want an agreement on a transitional government.`,
			want: []brief{
				{Indirect, "Russian intelligence services hacked into the committee's computers", "said", "Hillary Clinton", "Hillary Clinton"},
				{Indirect, "of showing support for Vladimir Putin", "accused", "she", "Hillary Clinton"},
				{Indirect, "that the government is illegitimate and they want an agreement on a transitional government", "contend", "The Taliban", "Taliban"},
			},
		},
		{
			name: "'on' before a day after the cue opens a phrase of time, not the verb's particle ('agreed on Monday evening on the draft')",
			in:   `Negotiators in Saint Oren agreed on Monday evening on the draft text of a nationwide ceasefire. Critics complained on Tuesday about the cost of the bridge. The unions agreed on March 3 on a pay rise for nurses.`,
			want: []brief{
				{Indirect, "the draft text of a nationwide ceasefire", "agreed", "Negotiators in Saint Oren", "negotiators in Saint Oren"},
				{Indirect, "the cost of the bridge", "complained", "Critics", "critics"},
				{Indirect, "a pay rise for nurses", "agreed", "The unions", "the unions"},
			},
		},
		{
			name: "a span of time after an object ('endorsed Halvorsen weeks later', 'criticized the plan two days later') is when, not what",
			in:   `Governor Ann Tanaka, who endorsed Halvorsen weeks later, has kept a low profile. Mayor Joe Smith criticized the plan two days later.`,
			want: []brief{
				{Indirect, "Halvorsen", "endorsed", "who", "Ann Tanaka"},
				{Indirect, "the plan", "criticized", "Mayor Joe Smith", "Joe Smith"},
			},
		},
		{
			name: "a dash closes an 'according to' source and a fronted question inside a dash aside ('Asked whether race played a role — Mabry was Black, ..., according to the department — Pruitt said')",
			in:   `Asked whether the family believed race played a role in the shooting — Mabry was Black, and the officer is white, according to the department — Pruitt said it was “too early to say” but that the family had “serious questions.”`,
			want: []brief{
				{Indirect, "whether the family believed race played a role in the shooting", "Asked", "", ""},
				{Indirect, "Mabry was Black, and the officer is white", "according to", "the department", ""},
				{Mixed, "it was “too early to say” but that the family had “serious questions.”", "said", "Pruitt", "Pruitt"},
			},
		},
		{
			name: "'X, according to Y, and most scientists agree that Z': the coordinated clause after the source is an attribution of its own, not more of X",
			in:   `Cigarettes kill nearly half a million Americans each year, according to federal estimates, and most scientists agree that vaping is safer.`,
			want: []brief{
				{Indirect, "Cigarettes kill nearly half a million Americans each year", "according to", "federal estimates", "federal estimates"},
				{Indirect, "that vaping is safer", "agree", "most scientists", "most scientists"},
			},
		},
		{
			name: "a that-clause in the present ends before 'and accused X of' (the speaker's next act)",
			in:   `He noted that overall youth smoking rates remain near historic lows and accused the authors of “handing the vaping industry a talking point.”`,
			want: []brief{
				{Indirect, "that overall youth smoking rates remain near historic lows", "noted", "He", ""},
				{Mixed, "the authors of “handing the vaping industry a talking point.”", "accused", "He", ""},
			},
		},
		{
			name: "'said he had begun looking ... and doubts that ...': a present attitude after a reported past is the speaker's own, not the content's",
			in:   `Omar Sadiq, who runs a landscaping company, said he had begun looking for a new payroll provider and doubts that TallyPoint can win back the trust of small businesses.`,
			want: []brief{
				{Indirect, "he had begun looking for a new payroll provider", "said", "Omar Sadiq, who runs a landscaping company", "Omar Sadiq"},
				{Indirect, "that TallyPoint can win back the trust of small businesses", "doubts", "Omar Sadiq, who runs a landscaping company", "Omar Sadiq"},
			},
		},
		{
			name: "an object holding a free relative keeps the relative's own adjunct ('blamed the outlook on what Sorensen described on a conference call as a slump'); 'attacked Trump on a conference call' ends before it",
			in:   `Executives blamed the outlook on what Sorensen described on a conference call as a slump at two customers. Cruz attacked Trump on a conference call.`,
			want: []brief{
				{Indirect, "the outlook on what Sorensen described on a conference call as a slump at two customers", "blamed", "Executives", "executives"},
				{Indirect, "Trump", "attacked", "Cruz", ""},
			},
		},
		{
			name: "'told airlines to ground the planes and ordered inspections': a past 'ordered' after an infinitive is the subject's next act",
			in:   `The FAA told airlines to ground the planes and ordered inspections.`,
			want: []brief{
				{Indirect, "airlines to ground the planes", "told", "The FAA", "FAA"},
			},
		},
		{
			name: "second review: 'ordered' with an object and 'to' or with 'that' is a directive ('Regulators ordered the bank to raise more capital'), not 'ordered 50 new planes' or 'ordered pizza to the office'",
			in:   `Regulators ordered the bank to raise more capital. The airline ordered 50 new planes. The court ordered that the documents be released. He ordered pizza to the office.`,
			want: []brief{
				{Indirect, "the bank to raise more capital", "ordered", "Regulators", "Regulators"},
				{Indirect, "that the documents be released", "ordered", "The court", ""},
			},
		},
		{
			name: "a cue only before 'that' also takes a bare clause with its verb close after its subject ('maintains the contract was awarded fairly'), not an object with a relative clause ('maintained a lead that was ...')",
			in:   `Mayor Jones maintains the contract was awarded fairly. The team maintained a lead that was never threatened. The firm maintains the building.`,
			want: []brief{
				{Indirect, "the contract was awarded fairly", "maintains", "Mayor Jones", "Jones"},
			},
		},
		{
			name: "second review: 'The complaint, filed in federal court on Monday, says the inspector, NAME, was told': a participle aside in the subject, the content's subject after the cue",
			in:   `The complaint, filed in federal court on Monday, says the inspector, Gary Linden, was told to stop.`,
			want: []brief{
				{Indirect, "the inspector, Gary Linden, was told to stop", "says", "The complaint, filed in federal court on Monday", "the complaint"},
			},
		},
		{
			name: "second review: an inverted speaker whose relative clause closes the sentence ('..., said two people briefed on the talks who were not authorized to speak publicly.')",
			in:   `Negotiators remain far apart on pensions, said two people briefed on the talks who were not authorized to speak publicly. He said two people who were there had seen it.`,
			want: []brief{
				{Indirect, "Negotiators remain far apart on pensions", "said", "two people briefed on the talks", "two people briefed on the talks"},
				{Indirect, "two people who were there had seen it", "said", "He", ""},
			},
		},
		{
			name: "second review: a sourceless expectation after ', X said, but' starts after the 'but'; a present 'says' or 'according to' keeps a present-perfect clause after ', and' as more of what is said",
			in:   `The factory has begun ordering replacement components, a company spokesman said, but the parts are not expected to arrive until March. The company says the update was tested properly, and its engineers have traced the fault to one server. According to the utility, the turbines were still functioning, and the price has risen only slightly.`,
			want: []brief{
				{Indirect, "The factory has begun ordering replacement components", "said", "a company spokesman", "a company spokesman"},
				{Indirect, "the parts are not expected to arrive until March", "are not expected", "", ""},
				{Indirect, "the update was tested properly, and its engineers have traced the fault to one server", "says", "The company", ""},
				{Indirect, "the turbines were still functioning, and the price has risen only slightly", "According to", "the utility", ""},
			},
		},
		{
			name: "'told her NAME was holding ... when he was shot': the named subject's clause starts after the one told, not at a later pronoun",
			in:   `Two witnesses told her Mabry was holding his phone when he was shot. He told him her landlord was selling up.`,
			want: []brief{
				{Indirect, "Mabry was holding his phone when he was shot", "told", "Two witnesses", "two witnesses"},
				{Indirect, "her landlord was selling up", "told", "He", ""},
			},
		},
		{
			name: "review: a person described by their office speaks with a weak cue and 'that' ('The city's police chief fears that')",
			in:   `The city's police chief fears that crime will rise. The chief estimates the cost.`,
			want: []brief{
				{Indirect, "that crime will rise", "fears", "The city's police chief", ""},
			},
		},
		{
			name: "review: a scare quote inside an apposition before the cue ('Margaret Hale, a “reluctant” supporter of the cuts, said') belongs to the speaker's phrase",
			in:   `Margaret Hale, a “reluctant” supporter of the cuts, said she had no choice. “We won,” Quina Jones, 25, said.`,
			want: []brief{
				{Indirect, "she had no choice", "said", "Margaret Hale, a “reluctant” supporter of the cuts", "Margaret Hale"},
				{Direct, "“We won,”", "said", "Quina Jones, 25", "Quina Jones"},
			},
		},
		{
			name: "review: asides opened by 'after', 'under' or a participle between the cue and 'that'; a clause with its own subject after ', in a statement,'",
			in:   `The mayor said, after a long meeting with officials, that the plan was dead. The minister acknowledged, under questioning from reporters, that errors were made. The council said, in a statement, it would appeal.`,
			want: []brief{
				{Indirect, "that the plan was dead", "said", "The mayor", ""},
				{Indirect, "that errors were made", "acknowledged", "The minister", ""},
				{Indirect, "it would appeal", "said", "The council", ""},
			},
		},
		{
			name: "review: a dismissal's object is something said or a dispute ('brushed off suggestions', not 'brushed off their cars', 'played down the left flank'); a restrictive 'who' clause keeps its own 'if' clause ('if the ordinance passed were proved wrong') and a past verb ends its verb group ('the plan failed were ignored')",
			in:   `Commuters brushed off their cars before dawn. Winger Jack Pryce played down the left flank for most of the half. She brushed off suggestions that she would quit. Landlords who said rents would fall if the ordinance passed were proved wrong. Critics who said the plan failed were ignored.`,
			want: []brief{
				{Indirect, "suggestions that she would quit", "brushed off", "She", ""},
				{Indirect, "rents would fall if the ordinance passed", "said", "who", ""},
				{Indirect, "the plan failed", "said", "who", ""},
			},
		},
		{
			name: "a closing attribution of up to five words ends the content before it ('..., a senior Republican aide said.')",
			in:   `Marsh told colleagues they would support a stopgap measure if it came to a vote, a senior Republican aide said.`,
			want: []brief{
				{Indirect, "they would support a stopgap measure if it came to a vote", "told", "Marsh", "Marsh"},
				{Indirect, "Marsh told colleagues they would support a stopgap measure if it came to a vote", "said", "a senior Republican aide", "a senior Republican aide"},
			},
		},
		{
			name: "'added a second production line' adds a thing, no words; a participle after its noun in a fronted phrase ('Under the terms of the agreement announced in ..., X will') is no cue; a title-case headline's 'Slows Decline'",
			in:   "Drug Slows Decline, but Risk Clouds Path to Approval\n\nUnder the terms of the agreement announced in a joint press release, shareholders will receive $41.50 in cash. The company added a second production line last year. Smith added the plan was dead.",
			want: []brief{
				{Indirect, "the plan was dead", "added", "Smith", "Smith"},
			},
		},
		{
			name: "the same content for a reporting verb nearer to it than an attitude's cue: 'does not comment on pending litigation but noted that ...' is what was noted",
			in:   `The department said it does not comment on pending litigation but noted that the freeze was temporary.`,
			want: []brief{
				{Indirect, "it does not comment on pending litigation", "said", "The department", ""},
				{Indirect, "that the freeze was temporary", "noted", "The department", ""},
			},
		},
		{
			name: "a progressive cue with nothing after it but ', and' and the next clause reports nothing ('the figure Democrats were now citing, and he accused ...')",
			in:   `Prentiss insisted that Republicans had never agreed to the top-line figure Democrats were now citing, and he accused Ellwood of “negotiating through the press.”`,
			want: []brief{
				{Indirect, "that Republicans had never agreed to the top-line figure Democrats were now citing", "insisted", "Prentiss", "Prentiss"},
				{Mixed, "of “negotiating through the press.”", "accused", "he", "Prentiss"},
			},
		},
		{
			name: "a sourceless expectation ends at ', when' with an attribution of its own, which is no closing attribution of the expectation",
			in:   `Aldergate is expected to hold its annual investor day in December, when executives have said they will lay out targets. The victim is expected to survive, Judd said.`,
			want: []brief{
				{Indirect, "Aldergate is expected to hold its annual investor day in December", "is expected", "", ""},
				{Indirect, "they will lay out targets", "said", "executives", "executives"},
				{Indirect, "The victim is expected to survive", "said", "Judd", "Judd"},
			},
		},
		{
			name: "passive 'were told that' has no speaker (the subject is told); 'who spoke during ...' reports nothing; 'families opposed to X' and ', challenged books are' are adjectives; 'Teachers who spoke during public comment described' is a subject with its relative clause",
			in:   `Staff were told that the ward would close. Residents who spoke during the public comment period were split. A group of families opposed to the removals has retained a lawyer. Under the policy, challenged books are evaluated by a committee. Teachers who spoke during public comment described the decision as a vote of no confidence.`,
			want: []brief{
				{Indirect, "that the ward would close", "told", "", ""},
				{Indirect, "the decision as a vote of no confidence", "described", "Teachers who spoke during public comment", "teachers who spoke during public comment"},
			},
		},
		{
			name: "', while critics, including ..., denounced it' is an attribution of its own; a title-case headline's verb takes a cue-like noun as its object ('Demands Release of', 'Delays Vote on')",
			in:   "Council Delays Vote on Apartments After Heated Meeting\n\nSupporters said the decision would protect children from explicit material, while critics, including several teachers and a statewide librarians’ group, denounced it as censorship. Family Demands Release of Video",
			want: []brief{
				{Indirect, "the decision would protect children from explicit material", "said", "Supporters", "supporters"},
				{Indirect, "it as censorship", "denounced", "critics, including several teachers and a statewide librarians’ group", "critics"},
			},
		},
		{
			name: "a relative clause's subject of two words before a gapped attribution ('a strike that union leaders said could last weeks')",
			in:   `Workers began a strike that union leaders said could last weeks. He said that union leaders would strike.`,
			want: []brief{
				{Indirect, "that union leaders said could last weeks", "said", "union leaders", "union leaders"},
				{Indirect, "that union leaders would strike", "said", "He", ""},
			},
		},
		{
			name: "', NAME said, but the parts are not expected to ...' ends the content at 'but' (a sourceless expectation of its own); 'urged employees to monitor ... and offered' ends before the subject's next act",
			in:   `Dealers will replace the connector at no cost to owners, Orion said, but the replacement parts are not expected to be available until next year. The company urged affected employees to monitor their bank accounts and offered two years of free credit monitoring.`,
			want: []brief{
				{Indirect, "Dealers will replace the connector at no cost to owners", "said", "Orion", "Orion"},
				{Indirect, "the replacement parts are not expected to be available until next year", "are not expected", "", ""},
				{Indirect, "affected employees to monitor their bank accounts", "urged", "The company", ""},
				{Indirect, "two years of free credit monitoring", "offered", "The company", ""},
			},
		},
		{
			name: "a survey's participle and its day before the verb ('survey ... released Friday found') is no cue; ', and senior aides have made no secret' ends an accusation; a quotation closed by a full stop ends its sentence before 'NAME warned of'",
			in:   `A Sonoran Research Group survey of likely Arizona voters released Friday found Halvorsen ahead by two points. The campaign accuses Vance of having donated to Democrats, and senior aides have made no secret of their anger. Kettering said that “any candidate who takes a dime is finished.” Richard Coyle warned of “a slow-motion collapse” of the rules.`,
			want: []brief{
				{Indirect, "Halvorsen ahead by two points", "found", "A Sonoran Research Group survey of likely Arizona voters released", "Sonoran Research Group"},
				{Indirect, "Vance of having donated to Democrats", "accuses", "The campaign", ""},
				{Indirect, "their anger", "made no secret of", "senior aides", "senior aides"},
				{Mixed, "that “any candidate who takes a dime is finished.”", "said", "Kettering", "Kettering"},
				{Mixed, "“a slow-motion collapse” of the rules", "warned of", "Richard Coyle", "Richard Coyle"},
			},
		},
		{
			name: "dismissals with a particle and an object ('brushed off such concerns', 'played down the rift'); 'rejected that characterization within the hour' ends before when",
			in:   `Officials played down the rift. Travis Kettering spoke. Kettering brushed off such concerns. The Halvorsen campaign rejected that characterization within the hour. Crews brushed the dust away.`,
			want: []brief{
				{Indirect, "the rift", "played down", "Officials", "officials"},
				{Indirect, "such concerns", "brushed off", "Kettering", "Travis Kettering"},
				{Indirect, "that characterization", "rejected", "The Halvorsen campaign", ""},
			},
		},
		{
			name: "a case name's 'v.' does not end the sentence; 'shouted a question' reports no words, so 'he' is still the subject of the sentence before",
			in:   `Halvorsen's campaign said that she supports restoring the protections of Roe v. Wade and opposes a federal ban. Travis Kettering brushed off such concerns when a reporter shouted a question about the early vote as he left the stage. “The only poll that matters is the one on Nov. 5,” he said.`,
			want: []brief{
				{Indirect, "that she supports restoring the protections of Roe v. Wade and opposes a federal ban", "said", "Halvorsen's campaign", ""},
				{Indirect, "such concerns", "brushed off", "Travis Kettering", "Travis Kettering"},
				{Direct, "“The only poll that matters is the one on Nov. 5,”", "said", "he", "Travis Kettering"},
			},
		},
		{
			name: "'says the inspector, NAME, was told': a subject with its apposition, not an inverted speaker; 'The complaint, a copy of which was obtained by X, says'; 'a Securities and Exchange Commission rule that' is a noun; 'ruling 6 to 3 that'; 'The Supreme Court on Thursday' is the court",
			in:   `The complaint, a copy of which was obtained by this newspaper, says the inspector, Daniel Mercado, was told by a supervisor to stop. The Supreme Court on Thursday struck down a Securities and Exchange Commission rule that would have required companies to disclose emissions, ruling 6 to 3 that Congress had never given the agency the authority.`,
			want: []brief{
				{Indirect, "the inspector, Daniel Mercado, was told by a supervisor to stop", "says", "The complaint, a copy of which was obtained by this newspaper", "the complaint"},
				{Indirect, "that Congress had never given the agency the authority", "ruling", "The Supreme Court", "Supreme Court"},
			},
		},
		{
			name: "a sourceless expectation ends at ', and' with a clause of its own; no content opens with the 'and' that links it",
			in:   `Kettering is expected to return to the state next weekend, and his campaign has reportedly booked a block of advertising. Around 944,000 people are thought to be living with dementia, and the figure is expected to climb.`,
			want: []brief{
				{Indirect, "Kettering is expected to return to the state next weekend", "is expected", "", ""},
				{Indirect, "his campaign has reportedly booked a block of advertising", "reportedly", "", ""},
				{Indirect, "Around 944,000 people are thought to be living with dementia", "are thought", "", ""},
				{Indirect, "the figure is expected to climb", "is expected", "", ""},
			},
		},
		{
			name: "a clause in the present perfect after ', and' ends a content in the reported past ('could cost him his gavel, and he has shown little appetite')",
			in:   `House Speaker Dale Prentiss knows that any bill passed with Democratic votes could cost him his gavel, and he has shown little appetite for a fight. Brown said the bill would pass, and the court has so far ordered two recounts.`,
			want: []brief{
				{Indirect, "that any bill passed with Democratic votes could cost him his gavel", "knows", "House Speaker Dale Prentiss", "Dale Prentiss"},
				{Indirect, "the bill would pass", "said", "Brown", "Brown"},
			},
		},
		{
			name: "a that-clause keeps its own 'because' clause ('argue that the court lacked jurisdiction because ...')",
			in:   `Federal officials argue that the court lacked jurisdiction because the grant agreements required an administrative appeal first.`,
			want: []brief{
				{Indirect, "that the court lacked jurisdiction because the grant agreements required an administrative appeal first", "argue", "Federal officials", "federal officials"},
			},
		},
		{
			name: "an aside in commas between the cue and 'that' ('argue, in a filing submitted late Monday, that'); 'Investor advocates, meanwhile, fear'; ', X added, and she wants' and ', and his lawyer, NAME of ..., a ... group, urged' start attributions of their own; a lone adverb is no content",
			in:   `Federal officials would later argue, in a filing submitted late Monday, that the court lacked jurisdiction. Consumer advocates, meanwhile, fear that the decision will hurt. The bill will pass, Kellerman added, and she wants Republicans “to explain why they voted no.” The inspector, Daniel Mercado, filed it. Mercado fears that records could be altered if the allegations are not investigated quickly, and his lawyer, Adrienne Kowalczyk of the Government Accountability Network, a Washington-based advocacy group, urged the special counsel to act.`,
			want: []brief{
				{Indirect, "that the court lacked jurisdiction", "argue", "Federal officials", "federal officials"},
				{Indirect, "that the decision will hurt", "fear", "Consumer advocates", "consumer advocates"},
				{Indirect, "The bill will pass", "added", "Kellerman", "Kellerman"},
				{Mixed, "Republicans “to explain why they voted no.”", "wants", "she", "Kellerman"},
				{Indirect, "that records could be altered if the allegations are not investigated quickly", "fears", "Mercado", "Daniel Mercado"},
				{Indirect, "the special counsel to act", "urged", "Adrienne Kowalczyk of the Government Accountability Network, a Washington-based advocacy group", "Adrienne Kowalczyk"},
			},
		},
		{
			name: "'Aides to the governor fear'; ', and NAME would later claim that' and ', and Sen. NAME of STATE called for' start attributions of their own; manner-of-speaking verbs after a quotation ('the former governor bellowed')",
			in:   `Aides to the governor fear a bruising primary. The party said that Halvorsen had “dodged the question,” and Kettering would later claim that his opponent had refused to answer. He accused Kettering of “auctioning the presidency,” and Sen. Ada Brightwater of Maine called for an investigation. “We are not going to win this in a studio,” the former governor bellowed.`,
			want: []brief{
				{Indirect, "a bruising primary", "fear", "Aides to the governor", "aides to the governor"},
				{Mixed, "that Halvorsen had “dodged the question,”", "said", "The party", ""},
				{Indirect, "that his opponent had refused to answer", "claim", "Kettering", "Kettering"},
				{Mixed, "of “auctioning the presidency,”", "accused", "He", ""},
				{Indirect, "an investigation", "called for", "Sen. Ada Brightwater of Maine", "Ada Brightwater"},
				{Direct, "“We are not going to win this in a studio,”", "bellowed", "the former governor", ""},
			},
		},
		{
			name: "'the former governor' is not the last person named when that person holds another office by title",
			in:   `Sen. Ada Brightwater of Maine called for an investigation. The former governor said the plan was bad.`,
			want: []brief{
				{Indirect, "an investigation", "called for", "Sen. Ada Brightwater of Maine", "Ada Brightwater"},
				{Indirect, "the plan was bad", "said", "The former governor", ""},
			},
		},
		{
			name: "naming verbs after a thing named and a group: lower-case groups ('a claim union leaders rejected as'), a capitalised plural body ('a decision Democrats condemned as', 'A proposal Senate Republicans mocked as'), the thing inside a longer subject ('He made a charge critics dismissed as')",
			in:   `The bill includes a claim union leaders rejected as “absurd.” It was a decision Democrats condemned as “reckless.” A proposal Senate Republicans mocked as “a wish list” passed the House. He made a charge critics dismissed as “laughable.”`,
			want: []brief{
				{Direct, "“absurd.”", "rejected as", "union leaders", "union leaders"},
				{Direct, "“reckless.”", "condemned as", "Democrats", "Democratic Party"},
				{Direct, "“a wish list”", "mocked as", "Senate Republicans", "Senate"},
				{Direct, "“laughable.”", "dismissed as", "critics", "critics"},
			},
		},
		{
			name: "a plural subject's restrictive 'who' clause ends before the main verb; a possessor before a body ('The city's health department estimates'); an adverb of time before the main verb is the main clause's",
			in:   `Critics who say the plan is too costly have been ignored. The city's health department estimates it would take a decade to finish. Everyone who insisted the money had gone missing later apologized. Anyone who says the vote was rigged then refused to testify.`,
			want: []brief{
				{Indirect, "the plan is too costly", "say", "who", ""},
				{Indirect, "it would take a decade to finish", "estimates", "The city's health department", "the city's health department"},
				{Indirect, "the money had gone missing", "insisted", "who", ""},
				{Indirect, "the vote was rigged", "says", "who", ""},
			},
		},
		{
			name: "an apposition that ends in a scare quote keeps its 'said': the comma is inside the quotation marks",
			in:   `Ellen Marsh, a “lifelong Democrat,” said she would vote for the governor. The memo, titled “Path to Autonomy,” said the pilots had failed.`,
			want: []brief{
				{Indirect, "she would vote for the governor", "said", "Ellen Marsh, a “lifelong Democrat,”", "Ellen Marsh"},
				{Indirect, "the pilots had failed", "said", "The memo, titled “Path to Autonomy,”", "the memo"},
			},
		},
		{
			name: "long inverted speakers with abbreviations and 'of' inside their names; a modal main verb after a 'those who' clause",
			in:   `"The levee is sound," said Lt. Col. Frank D. Morales of the U.S. Army Corps of Engineers. Those who believe the treaty can be saved should read the fine print.`,
			want: []brief{
				{Direct, `"The levee is sound,"`, "said", "Lt. Col. Frank D. Morales of the U.S. Army Corps of Engineers", "Frank D. Morales"},
				{Indirect, "the treaty can be saved", "believe", "who", ""},
			},
		},
		{
			name: "fourth review: 'when asked' stays in a content whose subject is someone else; nouns after 'and' ('reports', 'claims staff') do not stop a judging verb's charge",
			in:   `Employees said managers grew hostile when asked about safety problems at the plant. The airline blamed the weather and reports of staff shortages for the cancellations.`,
			want: []brief{
				{Indirect, "managers grew hostile when asked about safety problems at the plant", "said", "Employees", "Employees"},
				{Indirect, "for the cancellations", "blamed", "The airline", ""},
			},
		},
		{
			name: "a restrictive 'who' clause in the subject ends before the main verb: 'anyone who believes the fight is over has not been paying attention'",
			in:   `But anyone who believes the fight is over has not been paying attention. Anyone who says the vote was rigged is lying.`,
			want: []brief{
				{Indirect, "the fight is over", "believes", "who", ""},
				{Indirect, "the vote was rigged", "says", "who", ""},
			},
		},
		{
			name: "an inverted speaker of more than ten words with an abbreviation: 'said the Rev. Alicia Munroe of the Larkspur Safe Streets Coalition'",
			in:   `"For years we were told this was a fantasy," said the Rev. Alicia Munroe of the Larkspur Safe Streets Coalition. "Tonight it is a budget line."`,
			want: []brief{
				{Direct, `"For years we were told this was a fantasy," said the Rev. Alicia Munroe of the Larkspur Safe Streets Coalition. "Tonight it is a budget line."`, "said", "the Rev. Alicia Munroe of the Larkspur Safe Streets Coalition", "Alicia Munroe"},
			},
		},
		{
			name: "a judging verb's object ends before 'and' and the next cue ('criticized free-trade deals and called for tariffs'); 'when asked to do so by police' is part of what is reported",
			in:   `Donald Trump, in particular, has criticized free-trade deals such as NAFTA and called for steep new tariffs on goods from China. Bamberg said the videos show Scott calmly leaving his car when asked to do so by police.`,
			want: []brief{
				{Indirect, "free-trade deals such as NAFTA", "criticized", "Donald Trump", "Donald Trump"},
				{Indirect, "steep new tariffs on goods from China", "called for", "Donald Trump", "Donald Trump"},
				{Indirect, "the videos show Scott calmly leaving his car when asked to do so by police", "said", "Bamberg", "Bamberg"},
			},
		},
		{
			name: "an attitude's that-clause keeps a relative clause its verb follows; a prepositional aside after the subject ('on the other hand'); 'when asked' ends a content",
			in:   `Progressives argue that the Pentagon, which has never passed a full audit, should not be exempt from belt-tightening. Democrats from shipbuilding states, on the other hand, fear the cuts would land on jobs. Lindqvist said he could not discuss “internal deliberations” when asked whether the attorney general had approved the subpoenas.`,
			want: []brief{
				{Indirect, "that the Pentagon, which has never passed a full audit, should not be exempt from belt-tightening", "argue", "Progressives", ""},
				{Indirect, "the cuts would land on jobs", "fear", "Democrats from shipbuilding states", ""},
				{Mixed, "he could not discuss “internal deliberations”", "said", "Lindqvist", "Lindqvist"},
			},
		},
		{
			name: "a verb after 'and' past an aside's naming relation is the main clause subject's: 'said ..., an assessment GOP senators rejected as “partisan,” and vowed to repeal it'",
			in:   `Perez said the law was a failure, an assessment GOP senators rejected as “partisan,” and vowed to repeal it.`,
			want: []brief{
				{Indirect, "the law was a failure", "said", "Perez", "Perez"},
				{Direct, "“partisan,”", "rejected as", "GOP senators", "GOP senators"},
				{Indirect, "to repeal it", "vowed", "Perez", "Perez"},
			},
		},
		{
			name: "a group naming the thing before it with 'dismissed as', 'denounced as' ('a charge GOP aides dismissed as “laughable.”') after another's attribution that has ended",
			in:   `Van Rijn suggested cuts to EU subsidies — an idea Hungarian officials denounced as “colonial.” Rivera argued that Republicans were rooting for failure, a charge GOP aides dismissed as “laughable.”`,
			want: []brief{
				{Indirect, "cuts to EU subsidies", "suggested", "Van Rijn", "Van Rijn"},
				{Direct, "“colonial.”", "denounced as", "Hungarian officials", "Hungarian officials"},
				{Indirect, "that Republicans were rooting for failure", "argued", "Rivera", "Rivera"},
				{Direct, "“laughable.”", "dismissed as", "GOP aides", "GOP aides"},
			},
		},
		{
			name: "a subject with an adverb aside ('Democrats, predictably, insist'), 'Many here suspect', and a survey with its maker before its participle ('A survey by Meridian Research conducted in April found')",
			in:   `Her daughter, Emily, said the family was grateful. Democrats, predictably, insist the real culprit is the tax code. Many here suspect Abbott-Reyes has her eye on the office. A survey by Meridian Research conducted in April found that 58% of voters were unhappy.`,
			want: []brief{
				{Indirect, "the family was grateful", "said", "Her daughter, Emily", "Emily"},
				{Indirect, "the real culprit is the tax code", "insist", "Democrats", "Democratic Party"},
				{Indirect, "Abbott-Reyes has her eye on the office", "suspect", "Many here", ""},
				{Indirect, "that 58% of voters were unhappy", "found", "A survey by Meridian Research conducted in April", "Meridian Research"},
			},
		},
		{
			name: "a reflexive after the subject is not the subject: 'the PIM itself had promised', 'The president himself said'",
			in:   `The PIM had itself promised a fixed tenure for the top judge. The president himself said the deal was dead. The minister, who had himself warned of the risks, said the ban would stay.`,
			want: []brief{
				{Indirect, "a fixed tenure for the top judge", "promised", "The PIM", "PIM"},
				{Indirect, "the deal was dead", "said", "The president", ""},
				{Indirect, "the risks", "warned of", "The minister, who had", ""},
				{Indirect, "the ban would stay", "said", "The minister, who had himself warned of the risks", ""},
			},
		},
		{
			name: "a possessive pronoun before a noun cue is resolved: the sentence's own person first, then the last one of that gender ('his refusal', 'in his criticism of')",
			in:   `Gordon Whitlock is standing by his refusal to accept the outcome. Former captain Rashedul Islam Rony was scathing in his criticism of the selection panel.`,
			want: []brief{
				{Indirect, "to accept the outcome", "refusal", "his", "Gordon Whitlock"},
				{Indirect, "the selection panel", "criticism of", "his", "Rashedul Islam Rony"},
			},
		},
		{
			name: "a relative clause with its own attribution stays in the content when the content's verb follows it: 'the plan, which critics have called “reckless,” would be scrapped'",
			in:   `Lee said the plan, which critics have called “reckless,” would be scrapped. The minister said the law, which she has described as “overdue,” takes effect in May.`,
			want: []brief{
				{Mixed, "the plan, which critics have called “reckless,” would be scrapped", "said", "Lee", "Lee"},
				{Mixed, "the law, which she has described as “overdue,” takes effect in May", "said", "The minister", "Lee"},
			},
		},
		{
			name: "second review of the 31st session: list commas are no aside before 'of'; 'sent troops to defend' is a mission; a verb series of the content's subject ends in a verb that is no cue; hearsay appositions with any infinitive; 'of lying and claiming credit' is one charge",
			in:   `Police accused Smith, Jones and Brown of fraud. The Pentagon sent troops to defend the border. Trump claimed Democrats stole the election, threatened to sue, and vowed to fight on. The suspect, believed to live in Ohio, fled the state. The ad ran Sunday, accusing Ortega of lying about her record and claiming credit for others' work.`,
			want: []brief{
				{Indirect, "of fraud", "accused", "Police", "Police"},
				{Indirect, "Democrats stole the election", "claimed", "Trump", "Trump"},
				{Indirect, "to sue", "threatened", "Trump", "Trump"},
				{Indirect, "to fight on", "vowed", "Trump", "Trump"},
				{Indirect, "to live in Ohio", "believed", "", ""},
				{Indirect, "of lying about her record and claiming credit for others' work", "accusing", "The ad", "the ad"},
			},
		},
		{
			name: "an unnamed source opening with an adjective loses its capital, a proper name keeps it: 'senior White House officials', 'South Korean officials'",
			in:   `Senior White House officials said the plan was dead. South Korean officials said the launch was a provocation.`,
			want: []brief{
				{Indirect, "the plan was dead", "said", "Senior White House officials", "senior White House officials"},
				{Indirect, "the launch was a provocation", "said", "South Korean officials", "South Korean officials"},
			},
		},
		{
			name: "a relative clause with a passive raising verb stays in the content: ', which the Senate is expected to take up'",
			in:   `Brandt said they would attach restrictions to the defense bill, which the Senate is expected to take up in September.`,
			want: []brief{
				{Indirect, "they would attach restrictions to the defense bill, which the Senate is expected to take up in September", "said", "Brandt", "Brandt"},
			},
		},
		{
			name: "'Republicans on Capitol Hill, who have accused X ...': the antecedent is the people, not the place (Capitol Hill is one)",
			in:   `Republicans on Capitol Hill, who have accused the administration for months of going soft on China, were unhappy.`,
			want: []brief{
				{Indirect, "the administration for months of going soft on China", "accused", "who", ""},
			},
		},
		{
			name: "a quantifier and where they are is a plural subject, not the place: 'Many in Brussels fear that'",
			in:   `Many in Brussels fear that a failure will hand gains to nationalists.`,
			want: []brief{
				{Indirect, "that a failure will hand gains to nationalists", "fear", "Many in Brussels", "many in Brussels"},
			},
		},
		{
			name: "'quoted a senior official, Gen. NAME, as saying' past a title's abbreviation; ', and she calls on X to' is an attribution of its own",
			in:   `KCNA quoted a senior official, Gen. Ri Chol Man, as saying the deterrent would be strengthened. Marchuk says Russia has launched 400 drones, and she calls on the United States to impose "real consequences" on Moscow.`,
			want: []brief{
				{Indirect, "the deterrent would be strengthened", "quoted", "a senior official, Gen. Ri Chol Man", "Ri Chol Man"},
				{Indirect, "Russia has launched 400 drones", "says", "Marchuk", "Marchuk"},
				{Mixed, `the United States to impose "real consequences" on Moscow`, "calls on", "she", "Marchuk"},
			},
		},
		{
			name: "a judging participle's charge after its object, and a second participle after 'and' with its own content",
			in:   `Republican nominee Gordon Whitlock lit up Twitter, accusing Margaret Castellano of selling access to the State Department and charging that the media was covering up the scandal.`,
			want: []brief{
				{Indirect, "of selling access to the State Department", "accusing", "Republican nominee Gordon Whitlock", "Gordon Whitlock"},
				{Indirect, "that the media was covering up the scandal", "charging", "Republican nominee Gordon Whitlock", "Gordon Whitlock"},
			},
		},
		{
			name: "a participle's subject is the main clause's, past a common irregular verb: 'Whitlock lit up Twitter, accusing ...' is not Twitter's",
			in:   `Republican nominee Gordon Whitlock lit up Twitter late Tuesday night, accusing Margaret Castellano of selling access to the State Department.`,
			want: []brief{
				{Indirect, "of selling access to the State Department", "accusing", "Republican nominee Gordon Whitlock", "Gordon Whitlock"},
			},
		},
		{
			name: "an aside ', as he has repeatedly,' before 'that'; ', asked whether ...,' ends before 'said:'",
			in:   `He also suggested, as he has repeatedly, that Castellano had been given the questions in advance. But Carrow, asked whether he and Whitlock disagreed on the matter, said: "We are on the same page."`,
			want: []brief{
				{Indirect, "that Castellano had been given the questions in advance", "suggested", "He", ""},
				{Indirect, "whether he and Whitlock disagreed on the matter", "asked", "Carrow", "Carrow"},
				{Direct, `"We are on the same page."`, "said", "Carrow, asked whether he and Whitlock disagreed on the matter", "Carrow"},
			},
		},
		{
			name: "control verbs in their base form after a plural ('Voters continue to say'); 'the justices held that' as 'found that'",
			in:   `And majorities of voters continue to say she is not honest. In 2008, the justices held that the amendment was void. In that landmark decision, the justices held that the Second Amendment protects an individual right. Senator Lane has held that seat since 2004 and remains popular with voters.`,
			want: []brief{
				{Indirect, "she is not honest", "say", "majorities of voters", "majorities of voters"},
				{Indirect, "that the amendment was void", "held", "the justices", "the justices"},
				{Indirect, "that the Second Amendment protects an individual right", "held", "the justices", "the justices"},
			},
		},
		{
			name: "a name modifying common nouns is not the speaker: 'one longtime Whitlock associate', 'a half-dozen Whitlock aides and advisers'",
			in:   `Gordon Whitlock held a rally. "Maybe this time it sticks," said one longtime Whitlock associate. According to a half-dozen Whitlock aides and advisers, the mood has darkened.`,
			want: []brief{
				{Direct, `"Maybe this time it sticks,"`, "said", "one longtime Whitlock associate", "one longtime Whitlock associate"},
				{Indirect, "the mood has darkened", "According to", "a half-dozen Whitlock aides and advisers", "a half-dozen Whitlock aides and advisers"},
			},
		},
		{
			name: "an unnamed source opening with a two-word proper modifier keeps its capital: 'South Korean officials believe'",
			in:   `South Korean officials believe Thursday's missile was a solid-fuel weapon.`,
			want: []brief{
				{Indirect, "Thursday's missile was a solid-fuel weapon", "believe", "South Korean officials", "South Korean officials"},
			},
		},
		{
			name: "review of the 31st session: descriptions 'known to reporters as', a quantifier in a fronted 'where' clause, a rooster crowing, a plea 'not to be sent back', a 'What X fears are' cleft, 'even as late as'",
			in:   `Gen. Raymond Kessler, known to reporters for his bluntness, said the talks had failed. In a city where many fear the police, the shooting sparked protests. The rooster crowed at dawn, waking the village. She pleaded not to be sent back to Honduras. What the minister fears are reprisals against his family. Talks were continuing, he said, even as late as Friday night.`,
			want: []brief{
				{Indirect, "the talks had failed", "said", "Raymond Kessler, known to reporters for his bluntness", "Raymond Kessler"},
				{Indirect, "not to be sent back to Honduras", "pleaded", "She", ""},
				{Indirect, "What the minister fears are reprisals against his family", "fears", "the minister", ""},
				{Indirect, "Talks were continuing, he said, even as late as Friday night", "said", "he", "Raymond Kessler"},
			},
		},
		{
			name: "review of the 31st session: a verb series inside the content is the content's subject's ('the man entered the bank, demanded cash, and fled')",
			in:   `Police said the man entered the bank, demanded cash, and fled on foot. Police said at least 14 people, including four policemen, were injured. The report found that the company ignored warnings, denied wrongdoing, and destroyed records.`,
			want: []brief{
				{Indirect, "the man entered the bank, demanded cash, and fled on foot", "said", "Police", "Police"},
				{Indirect, "at least 14 people, including four policemen, were injured", "said", "Police", "Police"},
				{Indirect, "that the company ignored warnings, denied wrongdoing, and destroyed records", "found", "The report", "the report"},
			},
		},
		{
			name: "'sent NAME to argue that': the one sent is the source of the purpose's speech",
			in:   `The Justice Department sent Deputy Solicitor General Kenji Moriyama to argue that the appeals court had applied the correct test.`,
			want: []brief{
				{Indirect, "that the appeals court had applied the correct test", "to argue", "Deputy Solicitor General Kenji Moriyama", "Kenji Moriyama"},
			},
		},
		{
			name: "an apposition in the object of 'accused X of' is skipped; a relative clause's quotation closed by a comma ends before the main verb 'said', which keeps its own attribution",
			in:   `He accused Kasprzak, an appointee of a Democratic president, of “legislating from the bench.” Harriet Lowe, a retired lawyer who describes herself as “a lifelong Democrat,” said she was troubled by the case.`,
			want: []brief{
				{Mixed, "of “legislating from the bench.”", "accused", "He", ""},
				{Mixed, "herself as “a lifelong Democrat,”", "describes", "who", "Harriet Lowe"},
				{Indirect, "she was troubled by the case", "said", "Harriet Lowe, a retired lawyer who describes herself as “a lifelong Democrat,”", "Harriet Lowe"},
			},
		},
		{
			name: "'It says' after 'A statement from the office says' is the statement, not a country named in it",
			in:   `A statement from the office says Temirov and the U.S. envoy discussed "the full range of issues" during a meeting. It says Temirov reiterated his support for the Muscat process.`,
			want: []brief{
				{Mixed, `Temirov and the U.S. envoy discussed "the full range of issues" during a meeting`, "says", "A statement from the office", "a statement from the office"},
				{Indirect, "Temirov reiterated his support for the Muscat process", "says", "It", "a statement from the office"},
			},
		},
		{
			name: "'The Democratic nominee' is the person introduced as a Democrat, not the most mentioned person",
			in: `Republican Dale Kessinger spoke in Ohio on Monday. Kessinger drew a large crowd. His rival, Democrat Elaine Whitcomb, was in Florida.

The Republican nominee promised to reopen the shuttered plant. The Democratic nominee said that she would protect pensions.`,
			want: []brief{
				{Indirect, "to reopen the shuttered plant", "promised", "The Republican nominee", "Dale Kessinger"},
				{Indirect, "that she would protect pensions", "said", "The Democratic nominee", "Elaine Whitcomb"},
			},
		},
		{
			name: "a subject with a focus 'Even', or with a participle and its named agent ('Diplomats quoted by Meridian'), before a base attitude verb",
			in:   `Even some of the envoy’s defenders privately worry that he has moved too fast. Diplomats quoted by Meridian and Agence Globale suggest the real test will be Yalkhor.`,
			want: []brief{
				{Indirect, "that he has moved too fast", "worry", "some of the envoy’s defenders", "some of the envoy’s defenders"},
				{Indirect, "the real test will be Yalkhor", "suggest", "Diplomats quoted by Meridian and Agence Globale", ""},
			},
		},
		{
			name: "', which he has called “...”' holds an attribution of its own and ends the content; 'rallied to demand' is a purpose of speech",
			in:   `Haqyar has said repeatedly that the rebels will not accept the constitution, which he has called “a document written in English.” Hundreds of women have rallied in central Serabad to demand a seat at the peace talks.`,
			want: []brief{
				{Indirect, "that the rebels will not accept the constitution", "said", "Haqyar", "Haqyar"},
				{Direct, "“a document written in English.”", "called", "he", "Haqyar"},
				{Indirect, "a seat at the peace talks", "to demand", "Hundreds of women", "Hundreds of women"},
			},
		},
		{
			name: "not attributions: a plea in court, views counted, a plural noun cue before 'are'; a duration after 'testified' is when, not what",
			in:   `Markham, who pleaded guilty last year, testified over four days. Video of the meeting, viewed more than four million times online, tells a different story. Economists argue that fiscal worries are creeping into prices.`,
			want: []brief{
				{Indirect, "that fiscal worries are creeping into prices", "argue", "Economists", "economists"},
			},
		},
		{
			name: "', and some donors privately fear', ', and cable pundits have repeatedly suggested that' open attributions of their own; 'two Republicans who have spoken with him said'",
			in:   `A forecast claimed Whitcomb had an 88 percent chance of winning, and cable pundits have repeatedly suggested that Kessinger has no path. Whitfield was expected to run, and some donors privately fear the party has lost its strongest contender. Aides say so, but two Republicans who have spoken with him said Haskell has begun calling donors.`,
			want: []brief{
				{Indirect, "Whitcomb had an 88 percent chance of winning", "claimed", "A forecast", "a forecast"},
				{Indirect, "that Kessinger has no path", "suggested", "cable pundits", "cable pundits"},
				{Indirect, "Whitfield was expected to run", "was expected", "", ""},
				{Indirect, "the party has lost its strongest contender", "fear", "some donors", "some donors"},
				{Indirect, "so", "say", "Aides", "aides"},
				{Indirect, "Haskell has begun calling donors", "said", "two Republicans who have spoken with him", "two Republicans who have spoken with him"},
			},
		},
		{
			name: "a participle with its agent inside a series is no verb of it: 'financed by joint borrowing, backed by the EU budget, and denied that'",
			in:   `He said the loan facility would be financed by joint borrowing on the markets, backed by the EU budget, and denied that it amounted to permanent common debt.`,
			want: []brief{
				{Indirect, "the loan facility would be financed by joint borrowing on the markets, backed by the EU budget", "said", "He", ""},
				{Indirect, "that it amounted to permanent common debt", "denied", "He", ""},
			},
		},
		{
			name: "a that-clause ends where the subject's next verb of a series begins: 'has suggested that voting is rigged, threatened to sue ..., and promised to ...'",
			in:   `In recent days he has suggested that voting is rigged, threatened to sue women who have accused him of misconduct, and promised to appoint a special prosecutor.`,
			want: []brief{
				{Indirect, "that voting is rigged", "suggested", "he", ""},
				{Indirect, "to sue women who have accused him of misconduct", "threatened", "he", ""},
				{Indirect, "to appoint a special prosecutor", "promised", "he", ""},
			},
		},
		{
			name: "a 'since ...' or 'amid ...' phrase between the cue and 'that' is when it was said, not what",
			in:   `The former speaker has maintained since his arrest in 2021 that he is innocent. Officials insisted amid the outcry that the plan was legal.`,
			want: []brief{
				{Indirect, "that he is innocent", "maintained", "The former speaker", ""},
				{Indirect, "that the plan was legal", "insisted", "Officials", "officials"},
			},
		},
		{
			name: "'X, two aides said, even as ...': the clause after the parenthetical attribution is the writer's, not the content going on",
			in:   `Kessinger will sign the bill, two aides said, even as the committee has warned that the ticket is being outspent.`,
			want: []brief{
				{Indirect, "Kessinger will sign the bill", "said", "two aides", "two aides"},
				{Indirect, "that the ticket is being outspent", "warned", "the committee", ""},
			},
		},
		{
			name: "a role before a relative clause is the mention's head: 'A retired U.S. general who once commanded forces in Daryastan says' is the general named later",
			in: `A retired U.S. general who once commanded coalition forces in Daryastan says the envoy should "pack his bags and come home."

Retired Gen. Raymond Kessler said on Monday that the talks were a mistake.`,
			want: []brief{
				{Mixed, `the envoy should "pack his bags and come home."`, "says", "A retired U.S. general who once commanded coalition forces in Daryastan", "Raymond Kessler"},
				{Indirect, "that the talks were a mistake", "said", "Retired Gen. Raymond Kessler", "Raymond Kessler"},
			},
		},
		{
			name: "a name after a role noun the lexicon does not hold is the speaker, not a name modifying the role: 'longtime Whitcomb confidante Celeste Amory warned'",
			in:   `Elaine Whitcomb held a rally. In one message, longtime Whitcomb confidante Celeste Amory warned campaign chairman Gordon Fairleigh that the former senator was bleeding support.`,
			want: []brief{
				{Indirect, "that the former senator was bleeding support", "warned", "longtime Whitcomb confidante Celeste Amory", "Celeste Amory"},
			},
		},
		{
			name: "verbs that double their consonant and boasting verbs: 'bragged', 'regretted', 'crowed on social media that'",
			in:   `She bragged that the Americans were leaving. He regretted that the talks had stalled. But a spokesman, Abdul Sarbani, crowed on social media this week that the Americans were leaving.`,
			want: []brief{
				{Indirect, "that the Americans were leaving", "bragged", "She", ""},
				{Indirect, "that the talks had stalled", "regretted", "He", ""},
				{Indirect, "that the Americans were leaving", "crowed", "Abdul Sarbani", "Abdul Sarbani"},
			},
		},
		{
			name: "', and a ministry spokesman, Col. Sherzod Alimov, told Meridian that' after a quotation's comma is an attribution of its own",
			in:   `The Defence Ministry said the attackers had used weapons "smuggled across the border," and a ministry spokesman, Col. Sherzod Alimov, told Meridian that the army had killed 14 insurgents.`,
			want: []brief{
				{Mixed, `the attackers had used weapons "smuggled across the border,"`, "said", "The Defence Ministry", "Defence Ministry"},
				{Indirect, "that the army had killed 14 insurgents", "told", "Col. Sherzod Alimov", "Sherzod Alimov"},
			},
		},
		{
			name: "an infinitive content ends at ', and' before a clause of its own; 'and some investors fear' is an attribution of its own",
			in:   `Investors had widely expected the Fed to stand pat, and stocks barely moved after the announcement. Many analysts expect yields to keep rising, and some investors fear a repeat of the revolt.`,
			want: []brief{
				{Indirect, "the Fed to stand pat", "expected", "Investors", "investors"},
				{Indirect, "yields to keep rising", "expect", "Many analysts", "many analysts"},
				{Indirect, "a repeat of the revolt", "fear", "some investors", "some investors"},
			},
		},
		{
			name: "a bare quantifier after a fronted phrase is a subject: 'After the vote, many fear that', ', most believe'",
			in:   `After the vote, many fear that the party will lose the seat. In the capital, most believe the talks will fail.`,
			want: []brief{
				{Indirect, "that the party will lose the seat", "fear", "many", ""},
				{Indirect, "the talks will fail", "believe", "most", ""},
			},
		},
		{
			name: "'Some' as a subject before a past cue: 'Some acknowledged privately that', ', some argued that' (not 'some alleged abuses')",
			in:   `Some acknowledged privately that the bill was doomed. With turnout low, some argued the party would lose the seat. Some alleged abuses were never investigated.`,
			want: []brief{
				{Indirect, "that the bill was doomed", "acknowledged", "Some", ""},
				{Indirect, "the party would lose the seat", "argued", "some", ""},
			},
		},
		{
			name: "a content may open with a measure 'as many as', 'as much as': not the subordinator 'as'",
			in:   `People familiar with the plans said as many as 3,500 roles could be cut. The agency estimated as much as $2 billion had been lost.`,
			want: []brief{
				{Indirect, "as many as 3,500 roles could be cut", "said", "People familiar with the plans", "people familiar with the plans"},
				{Indirect, "as much as $2 billion had been lost", "estimated", "The agency", ""},
			},
		},
		{
			name: "an apposition ', said to be furious,' is hearsay without a source, not the subject's statement",
			in:   `Mr. Brink, said to be furious about the leak, declined to comment on the report. The envoy, believed to be in Doha, has not spoken publicly.`,
			want: []brief{
				{Indirect, "to be furious about the leak", "said", "", ""},
				{Indirect, "to comment on the report", "declined", "Brink, said to be furious about the leak", "Brink"},
				{Indirect, "to be in Doha", "believed", "", ""},
			},
		},
		{
			name: "an expectation in an absolute 'With X expected to ...,' ends at its comma",
			in:   `With Democrats expected to vote against the measure in large numbers, Treadwell can afford to lose only four Republicans.`,
			want: []brief{
				{Indirect, "to vote against the measure in large numbers", "expected", "", ""},
			},
		},
		{
			name: "a plural subject whose head is also a weak cue form: 'Member states pledged', 'Civil rights advocates praised'",
			in:   `Member states pledged to spend more on defense. Civil rights advocates praised the decision.`,
			want: []brief{
				{Indirect, "to spend more on defense", "pledged", "Member states", ""},
				{Indirect, "the decision", "praised", "Civil rights advocates", "civil rights advocates"},
			},
		},
		{
			name: "'according to X' after a relative or subordinator and its comma reports the clause after it",
			in:   `The vote came after weeks of negotiations in which, according to diplomats, the sponsors dropped a reference to sanctions. The talks collapsed because, according to diplomats, the sponsors refused to budge.`,
			want: []brief{
				{Indirect, "the sponsors dropped a reference to sanctions", "according to", "diplomats", "diplomats"},
				{Indirect, "the sponsors refused to budge", "according to", "diplomats", "diplomats"},
			},
		},
		{
			name: "'abandoned plans to', 'marked by repeated clashes', and ', and a spokesman ... said' after a quotation's comma",
			in:   `The committee abandoned plans to vote on the bill this week. He resigned, ending a tenure marked by repeated clashes with the president. The committee announced an ad buy accusing Democrats of "wasting your money," and a spokesman for the group, Trent Dobbins, said more ads would follow.`,
			want: []brief{
				{Mixed, `an ad buy accusing Democrats of "wasting your money,"`, "announced", "The committee", ""},
				{Indirect, "more ads would follow", "said", "Trent Dobbins", "Trent Dobbins"},
			},
		},
		{
			name: "'A day after X conceded the race,' is a fronted clause: its comma ends the object",
			in:   `A day after Marcus Whitlow conceded the race, the recriminations had begun.`,
			want: []brief{
				{Indirect, "the race", "conceded", "Marcus Whitlow", "Marcus Whitlow"},
			},
		},
		{
			name: "an aside in commas between a cue and its 'that': 'claimed, without evidence, that'",
			in:   `He declared that he had won and claimed, without evidence, that the moderator had been "feeding her the questions." She said, with a thin smile, that some were more united than others.`,
			want: []brief{
				{Indirect, "that he had won", "declared", "He", ""},
				{Mixed, `that the moderator had been "feeding her the questions."`, "claimed", "He", ""},
				{Indirect, "that some were more united than others", "said", "She", ""},
			},
		},
		{
			name: "review: a bare verb after 'and' shares the reported clause's modal; the plural group is 'the senators'; 'It said it would appeal' is no document",
			in:   `Ms. Quist said the bank would cut costs and announce that 300 jobs would go. Two Republican senators said they would oppose the nominee. The senators said the nominee lacked experience. The ruling was a blow to Dunmore County. It said it would appeal.`,
			want: []brief{
				{Indirect, "the bank would cut costs and announce that 300 jobs would go", "said", "Ms. Quist", "Quist"},
				{Indirect, "they would oppose the nominee", "said", "Two Republican senators", "two Republican senators"},
				{Indirect, "the nominee lacked experience", "said", "The senators", "two Republican senators"},
				{Indirect, "it would appeal", "said", "It", ""},
			},
		},
		{
			name: "review: a poll's head noun; a person named by the poll is no pollster; a new unnamed poll resets 'the poll'",
			in:   `A new Civic Pulse poll found the race tied. The director of the poll, Ann Ruiz, said the margin had narrowed. The poll workers in Dunmore County said lines were long.` + "\n\n" + `A Civic Pulse poll last week found Halloran ahead. A new poll released Tuesday found Brink gaining. The poll also found that voters were worried about prices.`,
			want: []brief{
				{Indirect, "the race tied", "found", "A new Civic Pulse poll", "Civic Pulse"},
				{Indirect, "the margin had narrowed", "said", "The director of the poll, Ann Ruiz", "Ann Ruiz"},
				{Indirect, "lines were long", "said", "The poll workers in Dunmore County", "the poll workers"},
				{Indirect, "Halloran ahead", "found", "A Civic Pulse poll last week", "Civic Pulse"},
				{Indirect, "Brink gaining", "found", "A new poll released", "a new poll"},
				{Indirect, "that voters were worried about prices", "found", "The poll", "a new poll"},
			},
		},
		{
			name: "review: 'directs traffic to', 'relies on show that', a finding's 'with' without figures, 'and has declined', a rally is no medium",
			in:   `The officer directs traffic to the side road. The figures the ministry relies on show that unemployment rose. The review found no wrongdoing, with the board set to meet on Friday. The spokesman said the firm plans to appeal and has declined further comment. The coach spoke at a rally in the city centre urging fans to stay calm.`,
			want: []brief{
				{Indirect, "that unemployment rose", "show", "The figures the ministry relies on", ""},
				{Indirect, "no wrongdoing", "found", "The review", "the review"},
				{Indirect, "the firm plans to appeal", "said", "The spokesman", ""},
				{Indirect, "further comment", "declined", "The spokesman", ""},
			},
		},
		{
			name: "a nominal attribution as the sentence's subject ends before the main verb; 'statement to the exchange' is no infinitive",
			in:   `The senator's warning that the bill would fail went unheeded. Her pledge to cut taxes was popular. The firm's statement to the stock exchange gave no figures.`,
			want: []brief{
				{Indirect, "that the bill would fail", "warning", "senator's", ""},
				{Indirect, "to cut taxes", "pledge", "Her", ""},
			},
		},
		{
			name: "'it' after people described in the plural is the body that spoke before them",
			in:   `The Brennick Center for Democracy released a report on Monday. The center said purges had surged, and its authors acknowledge that some of the increase may reflect clean-ups. But it argues that the end of federal oversight removed a check.`,
			want: []brief{
				{Indirect, "a report", "released", "The Brennick Center for Democracy", "Brennick Center for Democracy"},
				{Indirect, "purges had surged", "said", "The center", "Brennick Center for Democracy"},
				{Indirect, "that some of the increase may reflect clean-ups", "acknowledge", "its authors", "its authors"},
				{Indirect, "that the end of federal oversight removed a check", "argues", "it", "Brennick Center for Democracy"},
			},
		},
		{
			name: "a reduced relative's subject says it: 'a position his aides say he will not revisit'",
			in:   `The governor has ruled out any increase in the income tax, a position his aides say he will not revisit before the election. Three people who lost their jobs said their laptops were locked.`,
			want: []brief{
				{Indirect, "any increase in the income tax", "ruled out", "The governor", ""},
				{Indirect, "he will not revisit before the election", "say", "his aides", "his aides"},
				{Indirect, "their laptops were locked", "said", "Three people who lost their jobs", "three people who lost their jobs"},
			},
		},
		{
			name: "a noun phrase after a closing attribution that sums up what was said is the writer's",
			in:   `The campaign raised $212 million, her aides announced Monday, a haul that outpaced her rival's. The plan, he said, is a disaster that will cost jobs.`,
			want: []brief{
				{Indirect, "The campaign raised $212 million", "announced", "her aides", "her aides"},
				{Indirect, "The plan, he said, is a disaster that will cost jobs", "said", "he", ""},
			},
		},
		{
			name: "an object ends before the memo it was said in",
			in:   `Sorensen's campaign manager, Luis Darrow, acknowledged the long odds in a memo to supporters on Monday night.`,
			want: []brief{
				{Indirect, "the long odds", "acknowledged", "Sorensen's campaign manager, Luis Darrow", "Luis Darrow"},
			},
		},
		{
			name: "'early Wednesday' between a subject and its verb is no part of the speaker",
			in:   `The Aurora City Council early Wednesday rejected a proposal to create a civilian board.`,
			want: []brief{
				{Indirect, "a proposal to create a civilian board", "rejected", "The Aurora City Council", "Aurora City Council"},
			},
		},
		{
			name: "an expectation in apposition runs to its closing comma and has no source",
			in:   `The trial, expected to last about two weeks, is being heard by three judges.`,
			want: []brief{
				{Indirect, "to last about two weeks", "expected", "", ""},
			},
		},
		{
			name: "a passive after a modal reports nothing: 'could be challenged by the police union'",
			in:   `The memo says the provision could be challenged by the police union. The plan was criticized by the union.`,
			want: []brief{
				{Indirect, "the provision could be challenged by the police union", "says", "The memo", "the memo"},
				{Indirect, "The plan", "was criticized by", "the union", ""},
			},
		},
		{
			name: "a base-form cue before 'said' is a noun: 'the Lindqvist campaign said'",
			in:   `Two people close to the Lindqvist campaign said some advisers had argued against the ad. The Taliban contend that the government is illegitimate.`,
			want: []brief{
				{Indirect, "some advisers had argued against the ad", "said", "Two people close to the Lindqvist campaign", "two people close to the Lindqvist campaign"},
				{Indirect, "the ad", "argued against", "some advisers", "some advisers"},
				{Indirect, "that the government is illegitimate", "contend", "The Taliban", "Taliban"},
			},
		},
		{
			name: "', as written,' inside a content is its own parenthetical",
			in:   `Halvorsen said she supported oversight but believed the ordinance, as written, would expose the city to lawsuits.`,
			want: []brief{
				{Indirect, "she supported oversight", "said", "Halvorsen", "Halvorsen"},
				{Indirect, "the ordinance, as written, would expose the city to lawsuits", "believed", "Halvorsen", "Halvorsen"},
			},
		},
		{
			name: "', and people familiar with the strategy said ...' is a new attribution, its source described",
			in:   `Both sides said they would appeal an adverse decision, and people familiar with the state's legal strategy said the office was prepared to seek a stay. He declined to comment, but people familiar with the plans said the deal was close.`,
			want: []brief{
				{Indirect, "they would appeal an adverse decision", "said", "Both sides", ""},
				{Indirect, "the office was prepared to seek a stay", "said", "people familiar with the state's legal strategy", "people familiar with the state's legal strategy"},
				{Indirect, "to comment", "declined", "He", ""},
				{Indirect, "the deal was close", "said", "people familiar with the plans", "people familiar with the plans"},
			},
		},
		{
			name: "a content opening with 'but' and a new subject is the next clause, not an object",
			in:   `Further exchanges are planned, but the rebels want the release of civilians held without charge. Experimental kidney drug slows decline, but experts urge caution.`,
			want: []brief{
				{Indirect, "the release of civilians held without charge", "want", "the rebels", "the rebels"},
			},
		},
		{
			name: "a document's 'projects' and 'directs' report; 'completed projects' and 'who directs the programme' do not",
			in:   `A revenue forecast released Monday projects income tax receipts will come in below estimates. The order directs state agencies to waive some deadlines. He held up a map of completed projects, most of it blank. Thomas Brennan, who directs the Horn of Africa programme, was not available.`,
			want: []brief{
				{Indirect, "income tax receipts will come in below estimates", "projects", "A revenue forecast released", "a revenue forecast"},
				{Indirect, "state agencies to waive some deadlines", "directs", "The order", ""},
			},
		},
		{
			name: "unnamed party members are described, not the party",
			in:   `Two Democrats familiar with the campaign's plans said it is weighing new ad buys. A fellow Republican called the attacks "beneath the office." Democrats said the bill would fail.`,
			want: []brief{
				{Indirect, "it is weighing new ad buys", "said", "Two Democrats familiar with the campaign's plans", "two Democrats familiar with the campaign's plans"},
				{Mixed, `the attacks "beneath the office."`, "called", "A fellow Republican", "a fellow Republican"},
				{Indirect, "the bill would fail", "said", "Democrats", "Democratic Party"},
			},
		},
		{
			name: "a clause after 'said' is no inverted speaker; 'of being told' tells no one; 'in states that' is a noun",
			in:   `One operative, who requested anonymity, said Hadley's team believes Brannock "is the best thing that's happened to us." Supporters said they were tired of being told who to vote for. Aides said the campaign is weighing ad buys in states that it had considered out of reach.`,
			want: []brief{
				{Mixed, `Hadley's team believes Brannock "is the best thing that's happened to us."`, "said", "One operative, who requested anonymity", ""},
				{Indirect, "they were tired of being told who to vote for", "said", "Supporters", "supporters"},
				{Indirect, "the campaign is weighing ad buys in states that it had considered out of reach", "said", "Aides", "aides"},
			},
		},
		{
			name: "a gerund object keeps its own time",
			in:   `Mr. Aldrich accused the majority leader of waiting until the last possible moment to release the bill. Another Democrat blamed the campaign for waiting until the last minute to engage.`,
			want: []brief{
				{Indirect, "of waiting until the last possible moment to release the bill", "accused", "Mr. Aldrich", "Aldrich"},
				{Indirect, "for waiting until the last minute to engage", "blamed", "Another Democrat", "another Democrat"},
			},
		},
		{
			name: "a poll's findings are its pollster's, named or not, and 'the poll' later is the same pollster's",
			in:   `A new survey conducted by Canyon State Research and obtained by Breitbart News found that Valdane trails. The poll also found that 58 percent support a wall. A new Civic Pulse poll found that 47 percent disapprove. The survey found that 51 percent of independents disapprove. Recent polls show him running even.`,
			want: []brief{
				{Indirect, "that Valdane trails", "found", "survey conducted by Canyon State Research and obtained by Breitbart News", "Canyon State Research"},
				{Indirect, "that 58 percent support a wall", "found", "The poll", "Canyon State Research"},
				{Indirect, "that 47 percent disapprove", "found", "A new Civic Pulse poll", "Civic Pulse"},
				{Indirect, "that 51 percent of independents disapprove", "found", "The survey", "Civic Pulse"},
				{Indirect, "him running even", "show", "Recent polls", "Recent polls"},
			},
		},
		{
			name: "'It' after a sentence about the memo is the memo, not a country named before",
			in:   `Representative Anne Sorensen, whose district includes immigrants from Venezuela, said she was worried. The memo itself leaves that question partly unresolved. It instructs officers to "exercise judgment" in such cases.`,
			want: []brief{
				{Indirect, "she was worried", "said", "Representative Anne Sorensen, whose district includes immigrants from Venezuela", "Anne Sorensen"},
				{Mixed, `officers to "exercise judgment" in such cases`, "instructs", "It", "the memo"},
			},
		},
		{
			name: "'the senator' is not one of 'two Republican senators' described before",
			in:   `Senator Elaine Marsh spoke first. Two Republican senators said they worried about the exchange. Ms. Marsh herself was more restrained. On Thursday, the senator told reporters she felt good about the debate.`,
			want: []brief{
				{Indirect, "they worried about the exchange", "said", "Two Republican senators", "two Republican senators"},
				{Indirect, "she felt good about the debate", "told", "the senator", "Elaine Marsh"},
			},
		},
		{
			name: "no cue in 'the most detailed assessment'; a fronted 'When' clause after a dateline ends at its comma",
			in:   `The study was the most detailed federal accounting yet of the problem. PITTSBURGH — When Richard Halloran announced his campaign last spring, he told supporters that he had built something from nothing.`,
			want: []brief{
				{Indirect, "his campaign last spring", "announced", "Richard Halloran", "Richard Halloran"},
				{Indirect, "that he had built something from nothing", "told", "he", "Richard Halloran"},
			},
		},
		{
			name: "', and' with a plural subject and a verb in the present with 'that' is a new attribution",
			in:   `The Commerce Department estimates that the aircraft industry supports more than 500,000 jobs, and administration officials argue that protecting those jobs justifies some costs.`,
			want: []brief{
				{Indirect, "that the aircraft industry supports more than 500,000 jobs", "estimates", "The Commerce Department", "Commerce Department"},
				{Indirect, "that protecting those jobs justifies some costs", "argue", "administration officials", "administration officials"},
			},
		},
		{
			name: "a participle after a letter signed by its signers",
			in:   `The coalition delivered a letter signed by more than 200 faith leaders urging senators to reject Whitlock.`,
			want: []brief{
				{Indirect, "senators to reject Whitlock", "urging", "letter", ""},
			},
		},
		{
			name: "an absolute 'with X suggesting' takes a clause whose verb is in the present or past without an auxiliary",
			in:   `The court appeared inclined to strike down the law, with several justices suggesting the measure runs afoul of the First Amendment.`,
			want: []brief{
				{Indirect, "the measure runs afoul of the First Amendment", "suggesting", "several justices", "several justices"},
			},
		},
		{
			name: "a participle after a medium and a phrase of its own; not after 'footage of' a speaker",
			in:   `Farrow sent a letter to board members on Monday urging them to stay neutral. The group put money behind digital ads in Montana urging constituents to call their senators.`,
			want: []brief{
				{Indirect, "them to stay neutral", "urging", "letter", ""},
				{Indirect, "constituents to call their senators", "urging", "ads", "ads"},
			},
		},
		{
			name: "'has since said', a subject with ', though,' and no speaker for 'has been linked to'",
			in:   `His campaign has since said that it will not release the audits. Some Democrats, though, worry that the reluctance is a missed opportunity. The gang has since been linked to dozens of kidnappings.`,
			want: []brief{
				{Indirect, "that it will not release the audits", "said", "His campaign", ""},
				{Indirect, "that the reluctance is a missed opportunity", "worry", "Some Democrats", "some Democrats"},
			},
		},
		{
			name: "', and' with a bare plural subject and 'have warned that' is a new attribution; 'and of four fires that' is not",
			in:   `The budget office projected that the deficit would reach $1.9 trillion this year, and fiscal hawks in both parties have warned that the cycle makes it worse. The agency said it was aware of 11 injuries, and of four fires that caused damage.`,
			want: []brief{
				{Indirect, "that the deficit would reach $1.9 trillion this year", "projected", "The budget office", "the budget office"},
				{Indirect, "that the cycle makes it worse", "warned", "fiscal hawks in both parties", ""},
				{Indirect, "it was aware of 11 injuries, and of four fires that caused damage", "said", "The agency", ""},
			},
		},
		{
			name: "no attribution from 'voters in the poll were', 'in several states' or a main clause after a fronted time clause",
			in:   `He added that the undecided voters in the poll were older, making the rally a smart investment. Two strategists said a group has discussed running ads, a tactic Democrats used in several states. Less than 48 hours after Marcus Whitlow conceded the governor's race, the recriminations had begun.`,
			want: []brief{
				{Indirect, "that the undecided voters in the poll were older", "added", "He", ""},
				{Indirect, "a group has discussed running ads, a tactic Democrats used in several states", "said", "Two strategists", "two strategists"},
				{Indirect, "the governor's race", "conceded", "Marcus Whitlow", "Marcus Whitlow"},
			},
		},
		{
			name: "', and' with a phrase of time and a new speaker ends the content",
			in:   `Tom Duchamp denied that any such conversations took place, and on Tuesday he told reporters he would stay in the race.`,
			want: []brief{
				{Indirect, "that any such conversations took place", "denied", "Tom Duchamp", "Tom Duchamp"},
				{Indirect, "he would stay in the race", "told", "he", "Tom Duchamp"},
			},
		},
		{
			name: "', when' after a time named goes on with it; a cut at the writer's clause leaves the comma out",
			in:   `He predicted that Republicans would build on the win in two years, when the Senate seat will be on the ballot. The poll found that 46% of Poles support the review, while 30% oppose it.`,
			want: []brief{
				{Indirect, "that Republicans would build on the win in two years, when the Senate seat will be on the ballot", "predicted", "He", ""},
				{Indirect, "that 46% of Poles support the review", "found", "The poll", "the poll"},
			},
		},
		{
			name: "a finding goes on after ', with'; praise does not",
			in:   `A survey shows the race effectively tied, with Kessler at 44 percent and Pruitt at 43 percent. Critics slammed the decision, with some calling it reckless.`,
			want: []brief{
				{Indirect, "the race effectively tied, with Kessler at 44 percent and Pruitt at 43 percent", "shows", "A survey", "a survey"},
				{Indirect, "the decision", "slammed", "Critics", "critics"},
			},
		},
		{
			name: "a finding: 'found her advantage had shrunk', 'have shown X pulling ahead'; not 'found her guilty', 'has shown no sign'",
			in:   `The survey found her advantage over Tom Rudnicki had shrunk to three points. The jury found her guilty of fraud. Recent polls have shown Kessler pulling ahead. The ad was shown on television on Sunday. He has shown no sign of stepping down.`,
			want: []brief{
				{Indirect, "her advantage over Tom Rudnicki had shrunk to three points", "found", "The survey", "the survey"},
				{Indirect, "Kessler pulling ahead", "shown", "Recent polls", "Recent polls"},
			},
		},
		{
			name: "'and' or 'but' with a verb of saying and its own 'that' is the speaker's next statement",
			in:   `Okafor's supporters note that she oversaw record gains and argue that the losses were driven by national headwinds. Ms. Trent testified that she had built the financial models but denied that she had acted on her own.`,
			want: []brief{
				{Indirect, "that she oversaw record gains", "note", "Okafor's supporters", "okafor's supporters"},
				{Indirect, "that the losses were driven by national headwinds", "argue", "Okafor's supporters", "okafor's supporters"},
				{Indirect, "that she had built the financial models", "testified", "Ms. Trent", "Trent"},
				{Indirect, "that she had acted on her own", "denied", "Ms. Trent", "Trent"},
			},
		},
		{
			name: "an adverb of focus before a phrase keeps it in the content",
			in:   `Smith argued that she had shown steadiness, particularly during the exchange over Yemen. Many experts believe those losses were generated by tax breaks, particularly for the real estate industry. She released four albums between 1996 and 2014, mostly on small labels.`,
			want: []brief{
				{Indirect, "that she had shown steadiness, particularly during the exchange over Yemen", "argued", "Smith", "Smith"},
				{Indirect, "those losses were generated by tax breaks, particularly for the real estate industry", "believe", "Many experts", "many experts"},
				{Indirect, "four albums between 1996 and 2014, mostly on small labels", "released", "She", "Smith"},
			},
		},
		{
			name: "', but' and a new subject with a verb of saying and 'that' end the content",
			in:   `Both campaigns insisted on Thursday that their candidate had won, but a flurry of snap polls suggested that neither had done much.`,
			want: []brief{
				{Indirect, "that their candidate had won", "insisted", "Both campaigns", ""},
				{Indirect, "that neither had done much", "suggested", "a flurry of snap polls", "a flurry of snap polls"},
			},
		},
		{
			name: "a named person's role in apposition to the speaker after a quotation",
			in:   `"She was prepared," Ms. Marsh's campaign manager, Victor Hollings, told reporters in the spin room after the debate ended. An attorney for Talbert's family, Monique Everly, said the family would speak next week.`,
			want: []brief{
				{Direct, `"She was prepared,"`, "told", "Ms. Marsh's campaign manager, Victor Hollings", "Victor Hollings"},
				{Indirect, "the family would speak next week", "said", "An attorney for Talbert's family, Monique Everly", "Monique Everly"},
			},
		},
		{
			name: "a verb after 'and' goes on with a reported clause in the present without an auxiliary",
			in:   `The campaign said it "stands fully behind" the selection and has no plans to revisit it. Aides said the committee views Prewitt as the stronger candidate and has encouraged donors. Smith said the talks would resume and had no comment.`,
			want: []brief{
				{Mixed, `it "stands fully behind" the selection and has no plans to revisit it`, "said", "The campaign", ""},
				{Indirect, "the committee views Prewitt as the stronger candidate and has encouraged donors", "said", "Aides", "aides"},
				{Indirect, "the talks would resume", "said", "Smith", "Smith"},
			},
		},
		{
			name: "direct, speaker after",
			in:   `"We are at the early stages of a long process," Ambassador Zalmay Khalilzad said.`,
			want: []brief{{Direct, `"We are at the early stages of a long process,"`, "said", "Ambassador Zalmay Khalilzad", "Zalmay Khalilzad"}},
		},
		{
			name: "a body the gazetteer knows is referred back to by its kind",
			in:   "Ryanair said it would add routes. The airline said demand was strong. Ofgem said it would review the cap. The regulator said bills would fall. Nomura said the yen would weaken. The bank said growth was slow.",
			want: []brief{
				{Indirect, "it would add routes", "said", "Ryanair", "Ryanair"},
				{Indirect, "demand was strong", "said", "The airline", "Ryanair"},
				{Indirect, "it would review the cap", "said", "Ofgem", "Ofgem"},
				{Indirect, "bills would fall", "said", "The regulator", "Ofgem"},
				{Indirect, "the yen would weaken", "said", "Nomura", "Nomura"},
				{Indirect, "growth was slow", "said", "The bank", "Nomura"},
			},
		},
		{
			name: "a region after a common noun and its preposition is where the speakers are",
			in:   "The accord was immediately blasted by humanitarian groups operating rescue ships in the Mediterranean. Aid groups operating convoys in the Sahel said the roads were closed.",
			want: []brief{
				{Indirect, "The accord", "was immediately blasted by", "humanitarian groups operating rescue ships in the Mediterranean", ""},
				{Indirect, "the roads were closed", "said", "Aid groups operating convoys in the Sahel", ""},
			},
		},
		{
			name: "a body whose name opens with a people's noun speaks as the body",
			in:   "Friends of the Earth said the plan would fail.",
			want: []brief{
				{Indirect, "the plan would fail", "said", "Friends of the Earth", "Friends of the Earth"},
			},
		},
		{
			name: "a business the gazetteer knows is referred back to by its trade",
			in:   "Pfizer said the vaccine worked. The drugmaker said supplies would rise. Rio Tinto said output fell. The miner said costs rose.",
			want: []brief{
				{Indirect, "the vaccine worked", "said", "Pfizer", "Pfizer"},
				{Indirect, "supplies would rise", "said", "The drugmaker", "Pfizer"},
				{Indirect, "output fell", "said", "Rio Tinto", "Rio Tinto"},
				{Indirect, "costs rose", "said", "The miner", "Rio Tinto"},
			},
		},
		{
			name: "a body named before its kind speaks",
			in:   "Unison said it would ballot members. The GMB union said in a statement that it was disappointed.",
			want: []brief{
				{Indirect, "it would ballot members", "said", "Unison", "Unison"},
				{Indirect, "that it was disappointed", "said", "The GMB union", "GMB"},
			},
		},
		{
			name: "a manner verb right after a quotation attributes it; apart from one it reports nothing",
			in:   "Sports desk. “It is too early,” shrugged Tom Lewis. “We go again,” he laughed. “Good,” Lewis smiled. The crowd laughed at the joke.",
			want: []brief{
				{Direct, "“It is too early,”", "shrugged", "Tom Lewis", "Tom Lewis"},
				{Direct, "“We go again,”", "laughed", "he", "Tom Lewis"},
				{Direct, "“Good,”", "smiled", "Lewis", "Tom Lewis"},
			},
		},
		{
			name: "an infinitive inside the reported clause leaves the hearer out of the content",
			in:   "Hill told investors the firm expected sales to rise. Rossi warned North Korea to refrain from tests. A spokeswoman, Karen Lind, told CNN staff were asking people to stay home. Ms Ortega told newly elected MPs to behave themselves.",
			want: []brief{
				{Indirect, "the firm expected sales to rise", "told", "Hill", "Hill"},
				{Indirect, "North Korea to refrain from tests", "warned", "Rossi", "Rossi"},
				{Indirect, "staff were asking people to stay home", "told", "A spokeswoman, Karen Lind", "Karen Lind"},
				{Indirect, "newly elected MPs to behave themselves", "told", "Ms Ortega", "Ortega"},
			},
		},
		{
			name: "a quotation over two paragraphs after a speaker's statement continues it",
			in:   "UNHCR chief Filippo Grandi said the situation was dire.\n\n\"We are being asked to choose which children eat.\n\n\"I appeal to governments: do not turn your backs on these people now.\"\n\nThe agency has received only 31 per cent of what it needed.",
			want: []brief{
				{Indirect, "the situation was dire", "said", "UNHCR chief Filippo Grandi", "Filippo Grandi"},
				{Direct, "\"We are being asked to choose which children eat.\n\n\"I appeal to governments: do not turn your backs on these people now.\"", "", "UNHCR chief Filippo Grandi", "Filippo Grandi"},
			},
		},
		{
			name: "a quotation opening the paragraph after \"X spoke\" is X's",
			in:   "UNHCR chief Filippo Grandi spoke in Geneva on Wednesday.\n\n\"We are being asked to choose which children eat.\"\n\nThe agency has received only 31 per cent of what it needed.",
			want: []brief{
				{Direct, "\"We are being asked to choose which children eat.\"", "", "Filippo Grandi", "Filippo Grandi"},
			},
		},
		{
			name: "a speaker after a fronted participle phrase starts after its comma",
			in:   "Professor Muhammad Yunus is the chief adviser. Speaking at a meeting with a World Bank delegation at the State Guest House Jamuna, the chief adviser said Bangladesh was at a turning point.",
			want: []brief{
				{Indirect, "Bangladesh was at a turning point", "said", "the chief adviser", "Muhammad Yunus"},
			},
		},
		{
			name: "a VP of a company is a person's role",
			in:   "Mark Jensen, VP of Operations at Pioneer Foods, noted: \"We cut freight costs by 22 percent.\"",
			want: []brief{
				{Direct, "\"We cut freight costs by 22 percent.\"", "noted", "Mark Jensen, VP of Operations at Pioneer Foods", "Mark Jensen"},
			},
		},
		{
			name: "a shadow minister is not the minister; speaking to someone reports nothing",
			in:   "Chancellor confirms fuel duty freeze\n\nChancellor Jeremy Hunt tells the Commons that fuel duty will be frozen. Shadow chancellor Rachel Reeves disagreed. Also reacting, a chieftain of the party, who spoke to our correspondent on condition of anonymity, said the two parties were alike.",
			want: []brief{
				{Indirect, "fuel duty freeze", "confirms", "Chancellor", "Jeremy Hunt"},
				{Indirect, "that fuel duty will be frozen", "tells", "Chancellor Jeremy Hunt", "Jeremy Hunt"},
				{Indirect, "the two parties were alike", "said", "a chieftain of the party, who spoke to our correspondent on condition of anonymity", "a chieftain of the party"},
			},
		},
		{
			name: "a title after capitalised modifiers and before its field is an apposed role",
			in:   "Telangana Chief Minister K. Chandrasekhar Rao attacked the Centre. Kishan Reddy, Union Minister for Tourism, said the state had failed to submit certificates. \"These are the rules,\" the Union Minister said.",
			want: []brief{
				{Indirect, "the Centre", "attacked", "Telangana Chief Minister K. Chandrasekhar Rao", "K. Chandrasekhar Rao"},
				{Indirect, "the state had failed to submit certificates", "said", "Kishan Reddy, Union Minister for Tourism", "Kishan Reddy"},
				{Direct, "\"These are the rules,\"", "said", "the Union Minister", "Kishan Reddy"},
			},
		},
		{
			name: "a live blog's one label in capitals makes no other label a dateline",
			in:   "LIVE: Budget 2024 as it happened\n\nFederation of Small Businesses chair Tina McKenzie: \"Small firms will be relieved, but the devil will be in the detail.\"",
			want: []brief{
				{Direct, "\"Small firms will be relieved, but the devil will be in the detail.\"", ":", "Federation of Small Businesses chair Tina McKenzie", "Tina McKenzie"},
			},
		},
		{
			name: "a subject and a statement aside before the cue: what follows the cue is what was said",
			in:   "The NFF, in a statement, said the coach stays. The NFF, in a statement signed by its director of communications, Ademola Olajire, said the plan works.",
			want: []brief{
				{Indirect, "the coach stays", "said", "The NFF", "NFF"},
				// the one who signed speaks for the body, as the written
				// sets' annotators read "in a statement by its officer, Mr X"
				{Indirect, "the plan works", "said", "Ademola Olajire", "Ademola Olajire"},
			},
		},
		{
			name: "\"back to\" is an adverb's, not a cue's; \"accused of\" after a noun is a passive",
			in:   "Arsenal 2-1 Tottenham: Saka and Havertz fire Gunners back to the top\n\nBukayo Saka levelled before the break and Kai Havertz headed the winner. Unions back the plan. She reached a deal with a warehouse operator accused of misclassifying hundreds of drivers. The shares fell after a profit warning linked to rising arrears. He attended a dinner, which he later described as \"a social occasion\".",
			want: []brief{
				{Indirect, "the plan", "back", "Unions", "unions"},
				{Direct, "\"a social occasion\"", "described as", "he", ""},
			},
		},
		{
			name: "a content in a relative clause opened by \"whose\" ends where the main clause's verb follows",
			in:   "Margaret Donnelly, the novelist whose books chronicled working-class life in the shipyards, has died aged 87.",
			want: []brief{
				{Indirect, "working-class life in the shipyards", "chronicled", "Margaret Donnelly, the novelist whose books", "Margaret Donnelly"},
			},
		},
		{
			name: "a document's participle after a comma is an aside, not a cue",
			in:   "The research, published on Tuesday in the journal JAMA Network Open, followed 250,000 adults. The report, released last week, said rents would rise.",
			want: []brief{
				{Indirect, "rents would rise", "said", "The report, released last week", "the report"},
			},
		},
		{
			name: "a raising passive in a relative clause is an aside, no sourceless attribution",
			in:   "Mara Quill, who is expected to step down within 18 months, said the merger was right. The strike, which is expected to last three weeks, continues.",
			want: []brief{
				{Indirect, "the merger was right", "said", "Mara Quill, who is expected to step down within 18 months", "Mara Quill"},
			},
		},
		{
			name: "a person described by an achievement or a bench is the one named last",
			in:   "Captain William Troost-Ekong apologised. \"We let you down,\" he posted. But former international Daniel Amokachi was scathing. Speaking on Arise TV, the 1994 AFCON winner said the team lacked a clear identity. He said the federation had to take responsibility.",
			want: []brief{
				{Direct, "\"We let you down,\"", "posted", "he", "William Troost-Ekong"},
				{Indirect, "the team lacked a clear identity", "said", "the 1994 AFCON winner", "Daniel Amokachi"},
				{Indirect, "the federation had to take responsibility", "said", "He", "Daniel Amokachi"},
			},
		},
		{
			name: "a fronted subordinate clause with a name in commas ends its content at the main clause",
			in:   "When the Education Secretary, Gillian Keegan, declared that she would \"end the indoctrination of our children\", the hall erupted.",
			want: []brief{
				{Mixed, "that she would \"end the indoctrination of our children\"", "declared", "Gillian Keegan", "Gillian Keegan"},
			},
		},
		{
			name: "\"likes to say\" and \"used to say\": the speaker of the infinitive is the subject",
			in:   "As the prime minister, Anthony Albanese, likes to say, \"Nobody will be left behind.\" He used to say that hard work pays. Baselines are used to calculate each member's quota.",
			want: []brief{
				{Direct, "\"Nobody will be left behind.\"", "say", "Anthony Albanese", "Anthony Albanese"},
				{Indirect, "that hard work pays", "say", "He", "Anthony Albanese"},
			},
		},
		{
			name: "a stranger or a heckler is an unnamed person",
			in:   "Maria Ortega said the plan would fail. \"Nonsense,\" a stranger shouted from the back. A heckler shouted that she was lying.",
			want: []brief{
				{Indirect, "the plan would fail", "said", "Maria Ortega", "Maria Ortega"},
				{Direct, "\"Nonsense,\"", "shouted", "a stranger", "a stranger"},
				{Indirect, "that she was lying", "shouted", "A heckler", "a heckler"},
			},
		},
		{
			name: "a nationality or a person noun is the one the sentence before was about, not the one it named last",
			in:   "Manager Stellan Ekdahl said he expected Kwame Adjei-Brandt to be in his squad.\n\n\"He trained well,\" the Swede said.",
			want: []brief{
				{Indirect, "he expected Kwame Adjei-Brandt to be in his squad", "said", "Manager Stellan Ekdahl", "Stellan Ekdahl"},
				{Direct, "\"He trained well,\"", "said", "the Swede", "Stellan Ekdahl"},
			},
		},
		{
			name: "\"who\" after where a person works is the person's",
			in:   "The first question came from Linda Mensah of Channel 7, who asked why the city had hired only four contractors.",
			want: []brief{
				{Indirect, "why the city had hired only four contractors", "asked", "who", "Linda Mensah"},
			},
		},
		{
			name: "a name and its apposition before the cue: what follows the cue is what was said, with its own apposition",
			in:   "Sgt. Lorraine Beaumont, a department spokeswoman, said the suspect, identified as Dwayne Hollis of Fairview, was detained about three blocks away.",
			want: []brief{
				{Indirect, "the suspect, identified as Dwayne Hollis of Fairview, was detained about three blocks away", "said", "Sgt. Lorraine Beaumont, a department spokeswoman", "Lorraine Beaumont"},
			},
		},
		{
			name: "a content inside an aside ends where the main clause's verb of saying follows with a clause of its own",
			in:   "Another neighbor, who asked not to be named because he feared retaliation, said fights outside the bar had become common. A senior EU official, briefing reporters on condition of anonymity, said the bloc did not see the agreement as hostile. The Reporter, citing two crew members, reported on Thursday that Calder had left the set.",
			want: []brief{
				{Indirect, "retaliation", "feared", "he", ""},
				{Indirect, "fights outside the bar had become common", "said", "Another neighbor, who asked not to be named because he feared retaliation", "another neighbor"},
				{Indirect, "reporters on condition of anonymity", "briefing", "", ""},
				{Indirect, "the bloc did not see the agreement as hostile", "said", "A senior EU official, briefing reporters on condition of anonymity", "a senior EU official"},
				{Indirect, "two crew members", "citing", "", ""},
				{Indirect, "that Calder had left the set", "reported", "The Reporter, citing two crew members", ""},
			},
		},
		{
			name: "a phrase of time after the cue, then \"that\" and a bare plural subject",
			in:   "District spokesman Felipe Ortiz said after the meeting that buses would be provided.",
			want: []brief{
				{Indirect, "that buses would be provided", "said", "District spokesman Felipe Ortiz", "Felipe Ortiz"},
			},
		},
		{
			name: "a tally after a cue is nothing said; a content opens after a comma",
			in:   "The board voted 4-3 on Thursday to close two schools. Gloria Evans, who also voted against, represents the east side.",
			want: []brief{{Indirect, "represents the east side", "voted against", "who", "Gloria Evans"}},
		},
		{
			name: "a clock time and the occasion after a cue are when and where, not what",
			in:   "Stephen Lindqvist conceded shortly after 12:30 a.m. in a brief speech.",
			want: []brief{},
		},
		{
			name: "an inverted speaker's name, then where the words were said",
			in:   "\"The wind was in charge today,\" said Cal Fire Battalion Chief Aaron Whitcomb at an evening briefing at the county fairgrounds.",
			want: []brief{
				{Direct, "\"The wind was in charge today,\"", "said", "Cal Fire Battalion Chief Aaron Whitcomb", "Aaron Whitcomb"},
			},
		},
		{
			name: "a dateline of a place, a date and a colon is no part of the content",
			in:   "Doha, Dec 7: The United States and the Taliban on Saturday resumed peace talks in the Qatari capital, according to a media report.\n\nSan Telmo, Apr 9 (EFE).- The government agreed to extend the ceasefire, said the mediator, Mauricio Lozano.",
			want: []brief{
				{Indirect, "The United States and the Taliban on Saturday resumed peace talks in the Qatari capital", "according to", "a media report", "a media report"},
				{Indirect, "The government agreed to extend the ceasefire", "said", "the mediator, Mauricio Lozano", "Mauricio Lozano"},
			},
		},
		{
			name: "a pronoun in the sentence after a new person's introduction is theirs, not the earlier speaker's",
			in:   "A spokeswoman, Lauren Tsai, said the board did not comment. The mother, Alma Delgado, is 76 and still lives in the house. She told me she had stopped trying.",
			want: []brief{
				{Indirect, "the board did not comment", "said", "A spokeswoman, Lauren Tsai", "Lauren Tsai"},
				{Indirect, "she had stopped trying", "told", "She", "Alma Delgado"},
			},
		},
		{
			name: "review: a person noun is the one named last unless the subject before it was the last speaker",
			in:   "Producer Mark Ronson worked with Amy Winehouse for years. The singer said she trusted him. Detective Jane Moss arrested Tom Reid on Monday. The teenager said he was innocent.",
			want: []brief{
				{Indirect, "she trusted him", "said", "The singer", "Amy Winehouse"},
				{Indirect, "he was innocent", "said", "The teenager", "Tom Reid"},
			},
		},
		{
			name: "review: a quotation before \"X told reporters ...\" is X's, whether a clause or a time follows the hearer",
			in:   "“We will not back down.” Smith told reporters he would appeal the ruling. “We are done.” Kerr told reporters that evening.",
			want: []brief{
				{Direct, "“We will not back down.”", "", "Smith", "Smith"},
				{Indirect, "he would appeal the ruling", "told", "Smith", "Smith"},
				{Direct, "“We are done.”", "told", "Kerr", "Kerr"},
			},
		},
		{
			name: "review: one who spoke to someone is not the next quotation's speaker; the miner who speaks of himself is a person",
			in:   "Filippo Grandi spoke to Amina Yusuf, a refugee from Darfur.\n\n“We have nothing left. Our children are hungry.”\n\nRio Tinto cut jobs at the mine. The miner said he had worked there for 30 years.",
			want: []brief{
				{Indirect, "he had worked there for 30 years", "said", "The miner", ""},
			},
		},
		{
			name: "\"last\" and \"this\" after a cue open the content's subject unless a time follows",
			in:   "Maria Lopez said last year's figures were wrong. Jo Barnett said this plan would fail. Ken Ito said last Tuesday that the deal was off.",
			want: []brief{
				{Indirect, "last year's figures were wrong", "said", "Maria Lopez", "Maria Lopez"},
				{Indirect, "this plan would fail", "said", "Jo Barnett", "Jo Barnett"},
				{Indirect, "that the deal was off", "said", "Ken Ito", "Ken Ito"},
			},
		},
		{
			name: "\"afterwards\" after a cue says when, not what",
			in:   "Sorensen said afterward that she was not convinced. Ortiz said only 12 people came.",
			want: []brief{
				{Indirect, "that she was not convinced", "said", "Sorensen", "Sorensen"},
				{Indirect, "only 12 people came", "said", "Ortiz", "Ortiz"},
			},
		},
		{
			name: "a bullet or a bracket before the words is no part of the content",
			in:   "The inquiry has not yet established any link. (“We are not ruling anything out,” he added.)\n\n• The company will keep about 140 employees, Whitlock wrote.",
			want: []brief{
				{Direct, "“We are not ruling anything out,”", "added", "he", ""},
				{Indirect, "The company will keep about 140 employees", "wrote", "Whitlock", "Whitlock"},
			},
		},
		{
			name: "a time phrase after a cue is when, not what",
			in:   "The council will vote next week. The board will decide later this month. Officials will report back on Friday.",
			want: []brief{},
		},
		{
			name: "a time phrase before the object is no content of its own",
			in:   "The board will decide next week whether to sell the plant.",
			want: []brief{{Indirect, "whether to sell the plant", "decide", "The board", ""}},
		},
		{
			name: "a fronted participle's audience is who heard the words, not what was said",
			in:   "Ravi Kolte spoke next. Addressing presspersons at the party headquarters here, he said the party would win.",
			want: []brief{{Indirect, "the party would win", "said", "he", "Ravi Kolte"}},
		},
		{
			name: "an age after the reported clause's subject, after a phrase of where",
			in:   "Judge Ann Roe said from the bench that Villatoro, 47, had given credible testimony.",
			want: []brief{{Indirect, "that Villatoro, 47, had given credible testimony", "said", "Judge Ann Roe", "Ann Roe"}},
		},
		{
			name: "a document's relative clause with a cue is an attribution of its own, inside or after \"according to\"",
			in:   "Rents rose, according to a new report that warns the crisis has moved beyond the city.",
			want: []brief{
				{Indirect, "Rents rose", "according to", "a new report", "a new report"},
				{Indirect, "the crisis has moved beyond the city", "warns", "a new report", "a new report"},
			},
		},
		{
			// (a tester's report: the mayor's "Brennan" took the senator's quote)
			name: "a title with a shared surname: the person holding that title",
			in: "Mayor Tom Brennan said the plan failed. State Senator Linda Brennan, his sister, said it was flawed. " +
				"Sen. Brennan said it was the second failure.",
			want: []brief{
				{Indirect, "the plan failed", "said", "Mayor Tom Brennan", "Tom Brennan"},
				{Indirect, "it was flawed", "said", "State Senator Linda Brennan, his sister", "Linda Brennan"},
				{Indirect, "it was the second failure", "said", "Sen. Brennan", "Linda Brennan"},
			},
		},
		{
			// (a country of two words before the title became a mention of
			// its own and hid the nationality)
			name: "the Saudi minister is Saudi Arabia's minister, not the minister who spoke last",
			in: "Saudi Arabia's Foreign Minister Prince Faisal said ties were strong. Portugal's Foreign Minister Ana Costa agreed. " +
				"\"We are partners,\" she told reporters. On shipping, the Saudi minister said the sea must stay open.",
			want: []brief{
				{Indirect, "ties were strong", "said", "Saudi Arabia's Foreign Minister Prince Faisal", "Faisal"},
				{Direct, `"We are partners,"`, "told", "she", "Ana Costa"},
				{Indirect, "the sea must stay open", "said", "the Saudi minister", "Faisal"},
			},
		},
		{
			name: "a special representative is the envoy",
			in:   "The U.S. special representative, Thomas West, met Taliban officials. \"We are making progress,\" the envoy said.",
			want: []brief{{Direct, `"We are making progress,"`, "said", "the envoy", "Thomas West"}},
		},
		{
			name: "a paper is a source noun: its weak cue takes a clause",
			in:   "The paper notes that participants did not see greater benefits.",
			want: []brief{{Indirect, "that participants did not see greater benefits", "notes", "The paper", "the paper"}},
		},
		{
			name: "a second verb after a reported clause in the simple past goes on with it",
			in:   "Okparaeke said the adjustment reflected “market realities” and was not an attempt to squeeze them.",
			want: []brief{{Mixed, "the adjustment reflected “market realities” and was not an attempt to squeeze them", "said", "Okparaeke", "Okparaeke"}},
		},
		{
			name: "a noun in -ing inside a list is no participle clause",
			in:   "Rodolfo Villareal spoke. He said the town needed rice, drinking water, and tarpaulins more than anything else.",
			want: []brief{{Indirect, "the town needed rice, drinking water, and tarpaulins more than anything else", "said", "He", "Rodolfo Villareal"}},
		},
		{
			name: "\"to say\" after a verb of interrupting is the cue, with the main subject",
			in:   "Ms. Okafor interrupted to say that her staff had found dozens of cases.",
			want: []brief{{Indirect, "that her staff had found dozens of cases", "say", "Ms. Okafor", "Okafor"}},
		},
		{
			name: "a sentence opened by whose view it gives",
			in:   "Douglas Hargrove spoke. In Hargrove's view, the 2020 agreement gave away too much leverage too early. In the end, the talks failed.",
			want: []brief{{Indirect, "the 2020 agreement gave away too much leverage too early", "view", "Hargrove's", "Douglas Hargrove"}},
		},
		{
			name: "\"In her view,\" is the woman spoken of",
			in:   "Ann Lee spoke. In her view, the plan would fail.",
			want: []brief{{Indirect, "the plan would fail", "view", "her", "Ann Lee"}},
		},
		{
			name: "a single noun in -ing inside a list",
			in:   "Residents said they feared increased crime, loitering and drug use near the school.",
			want: []brief{{Indirect, "they feared increased crime, loitering and drug use near the school", "said", "Residents", "residents"}},
		},
		{
			name: "a verb's base form modifying a noun is no cue",
			in:   "Mia Castellano, a disability support worker, said she had looked at moving.",
			want: []brief{{Indirect, "she had looked at moving", "said", "Mia Castellano, a disability support worker", "Mia Castellano"}},
		},
		{
			name: "a belief inside an interview's answer is an attribution of its own",
			in:   "By Priya Desai\n\nGoalkeeper Tom Reyes spoke to Priya Desai after the final. Tom Reyes was tired.\n\nQ: How did it feel?\n\nA: I think it was the best night of my life. We played well.",
			want: []brief{
				{Direct, "I think it was the best night of my life. We played well", "A:", "", "Tom Reyes"},
				{Indirect, "it was the best night of my life", "think", "I", ""},
			},
		},
		{
			name: "a noun base after a name in -s takes no \"of\" as a cue; boast of does",
			in:   "Clinton accused the Sanders campaign of lying about her record on trade. Local officials boast of record growth in the region.",
			want: []brief{
				{Indirect, "of lying about her record on trade", "accused", "Clinton", ""},
				{Indirect, "record growth in the region", "boast of", "Local officials", "local officials"},
			},
		},
		{
			name: "a document from a named author, with a participle phrase before the verb, speaks for the author",
			in:   "A statement from the Harbridge City Supporters’ Trust issued shortly after full-time said the club was failing. A report from the Kivu Health Office released last week said the clinic was full. A letter from Dr Amina Yusuf published in the journal on Tuesday said the data was wrong.",
			want: []brief{
				{Indirect, "the club was failing", "said", "A statement from the Harbridge City Supporters’ Trust", "Harbridge City Supporters’ Trust"},
				{Indirect, "the clinic was full", "said", "A report from the Kivu Health Office", "Kivu Health Office"},
				{Indirect, "the data was wrong", "said", "A letter from Dr Amina Yusuf", "Amina Yusuf"},
			},
		},
		{
			name: "a document issued by a body, with or without when, speaks for the body",
			in:   "Aid groups have warned of shortages. A statement issued by the ministry said the border would reopen on Monday. The report released last week by Amnesty International said hundreds had been detained.",
			want: []brief{
				{Indirect, "shortages", "warned of", "Aid groups", "aid groups"},
				{Indirect, "the border would reopen on Monday", "said", "A statement issued by the ministry", "the ministry"},
				{Indirect, "hundreds had been detained", "said", "The report released last week by Amnesty International", "Amnesty International"},
			},
		},
		{
			name: "a role that names a sex is nobody of the other one",
			in:   "Maria Patel said she had no plans to resign. The spokesman said the talks had stalled.",
			want: []brief{
				{Indirect, "she had no plans to resign", "said", "Maria Patel", "Maria Patel"},
				{Indirect, "the talks had stalled", "said", "The spokesman", ""},
			},
		},
		{
			name: "a role after a body's name, apposed to its holder; a role with its field before the holder's name",
			in:   "Confirming the incident, the Obiora State Police Command spokesman, Superintendent Emeka Nwachukwu, said 14 persons had been arrested. \"We respect the right of citizens to protest,\" the police spokesman said. Reacting, the Minister of State for Petroleum Resources, Dr Hauwa Bello-Amadi, appealed for patience, insisting that the subsidy regime had become a conduit for a few.",
			want: []brief{
				{Indirect, "14 persons had been arrested", "said", "Superintendent Emeka Nwachukwu", "Emeka Nwachukwu"},
				{Direct, "\"We respect the right of citizens to protest,\"", "said", "the police spokesman", "Emeka Nwachukwu"},
				{Indirect, "patience", "appealed for", "Dr Hauwa Bello-Amadi", "Hauwa Bello-Amadi"},
				{Indirect, "that the subsidy regime had become a conduit for a few", "insisting", "Dr Hauwa Bello-Amadi", "Hauwa Bello-Amadi"},
			},
		},
		{
			name: "a passive cue before a comma reports nothing",
			in:   "After the deal was announced, shares rose sharply. Shortly after the extension was formally announced, the ministry said the decision was fine.",
			want: []brief{
				{Indirect, "the decision was fine", "said", "the ministry", ""},
			},
		},
		{
			name: "a document with its date; a time phrase after an apposition; a product recall",
			in:   "But an internal engineering memo dated Jan. 9, 2024, said testing had found failure rates above tolerance. Veltra, the Michigan-based automaker, last month recalled about 412,000 vehicles, saying the sensor could fail. Veltra, the automaker, this week said the part was safe.",
			want: []brief{
				{Indirect, "testing had found failure rates above tolerance", "said", "an internal engineering memo dated Jan. 9, 2024", "an internal engineering memo"},
				{Indirect, "the sensor could fail", "saying", "Veltra", "Veltra"},
				{Indirect, "the part was safe", "said", "Veltra, the automaker", "Veltra"},
			},
		},
		{
			name: "a quoted crosshead between two parts of a story is no quotation",
			in:   "But she acknowledged that the central question remained unresolved.\n\n‘Not a single village’\n\nKarvania’s chief negotiator struck a defiant tone.",
			want: []brief{
				{Indirect, "that the central question remained unresolved", "acknowledged", "she", ""},
			},
		},
		{
			name: "a hearsay adverb before a gerund names a charge, not an attribution",
			in:   "Balogun said three persons had been arrested for allegedly attempting to loot a shop.",
			want: []brief{
				{Indirect, "three persons had been arrested for allegedly attempting to loot a shop", "said", "Balogun", "Balogun"},
			},
		},
		{
			name: "a subject with an apposition before a colon takes the next paragraph's quotation; its description is no content",
			in:   "A foodstuff seller at Oshodi Market, Mrs Bisi Olatunji, who joined the protesters, told The PUNCH:\n\n“Since the price went up, everything has gone up.”\n\nA driver at the park, Mr Tunde Bello, who had waited since dawn, told reporters.",
			want: []brief{
				{Direct, "“Since the price went up, everything has gone up.”", "told", "Mrs Bisi Olatunji, who joined the protesters", "Bisi Olatunji"},
			},
		},
		{
			name: "a relative after an inverted cue, with or without a name",
			in:   "\"He was coming home from work,\" said his mother, Tanya Hayes. \"We will win,\" said their captain.",
			want: []brief{
				{Direct, "\"He was coming home from work,\"", "said", "his mother, Tanya Hayes", "Tanya Hayes"},
				{Direct, "\"We will win,\"", "said", "their captain", ""},
			},
		},
		{
			name: "an aside granting anonymity and a participle of involvement belong to the subject",
			in:   "One Republican senator, granted anonymity to speak candidly about colleagues, said the talks had stalled. A senior Iraqi security official involved in the negotiations, who also requested anonymity, said the salary question could be solved.",
			want: []brief{
				{Indirect, "the talks had stalled", "said", "One Republican senator, granted anonymity to speak candidly about colleagues", "one Republican senator"},
				{Indirect, "the salary question could be solved", "said", "A senior Iraqi security official involved in the negotiations, who also requested anonymity", "a senior Iraqi security official involved in the negotiations"},
			},
		},
		{
			name: "\"put it\" and a manner before a colon attributes the quotation after it",
			in:   "Sen. Marla Quinlivan said the sides were close. A senior Democratic aide put it differently: \"We are 90 percent there on the 10 percent that does not matter.\" Retired teacher Walt Brennan, who taught at Pine Hollow for 29 years, put it more bluntly: \"Every time, the taxes went up anyway.\"",
			want: []brief{
				{Indirect, "the sides were close", "said", "Sen. Marla Quinlivan", "Marla Quinlivan"},
				{Direct, "\"We are 90 percent there on the 10 percent that does not matter.\"", "put", "A senior Democratic aide", "a senior Democratic aide"},
				{Direct, "\"Every time, the taxes went up anyway.\"", "put", "Retired teacher Walt Brennan, who taught at Pine Hollow for 29 years", "Walt Brennan"},
			},
		},
		{
			name: "a subject with a relative clause after a label, and a capitalised addressee before the clause",
			in:   "THE SWING VOTE — Sen. Janelle Pryce (D-Ariz.), who has been quietly courted by both camps, told Playbook she was undecided.",
			want: []brief{
				{Indirect, "she was undecided", "told", "Sen. Janelle Pryce (D-Ariz.), who has been quietly courted by both camps", "Janelle Pryce"},
			},
		},
		{
			name: "\"with\" and a long description of the person before the participle",
			in:   "The MCAs voted against the bill, with the committee chairman Daniel Kiptoo saying the executive had ignored them.",
			want: []brief{
				{Indirect, "the bill", "voted against", "The MCAs", "the MCAs"},
				{Indirect, "the executive had ignored them", "saying", "the committee chairman Daniel Kiptoo", "Daniel Kiptoo"},
			},
		},
		{
			name: "a statement released by a body and when speaks for the body",
			in:   "According to a statement released by the East Marlow Police Department on Sunday afternoon, officers stopped a gray car near the intersection.",
			want: []brief{
				{Indirect, "officers stopped a gray car near the intersection", "According to", "a statement released by the East Marlow Police Department on Sunday afternoon", "East Marlow Police Department"},
			},
		},
		{
			name: "a participle after \", and\" and a clause of its own takes that clause's subject, a firm's name with \"&\" and a verb like \"cut\"",
			in:   "The budget deficit widened last year, and the rating agency Castell & Boyd cut Valdora’s rating in July, citing “persistent fiscal slippage”.",
			want: []brief{
				{Direct, "“persistent fiscal slippage”", "citing", "the rating agency Castell & Boyd", "Castell & Boyd"},
			},
		},
		{
			name: "a member named by seat is the member who spoke last; a contrast of the writer's ends an absolute clause's content",
			in:   "Opposition health spokesman Pádraig Ó Cinnéide said the Government had been warned. “Every winter the numbers get worse,” the Galway East TD told the Dáil. The White House defended the freeze, with press secretary Marisol Quintero-Hale insisting the pause was “a targeted review” even as governors warned it could cost jobs.",
			want: []brief{
				{Indirect, "the Government had been warned", "said", "Opposition health spokesman Pádraig Ó Cinnéide", "Pádraig Ó Cinnéide"},
				{Direct, "“Every winter the numbers get worse,”", "told", "the Galway East TD", "Pádraig Ó Cinnéide"},
				{Indirect, "the freeze", "defended", "The White House", "White House"},
				{Mixed, "the pause was “a targeted review”", "insisting", "press secretary Marisol Quintero-Hale", "Marisol Quintero-Hale"},
				{Indirect, "it could cost jobs", "warned", "governors", "governors"},
			},
		},
		{
			name: "a place in capitals before a colon is a dateline; a title with its area in brackets; a noun after a possessive is no cue",
			in:   "NEW DELHI: Five men have been arrested from Jamtara, police said on Saturday. DCP (South West) Meenakshi Rathore said the case came to light in January. “The victim had received a message,” the DCP said. In its earnings release, Marlowe said costs would rise.",
			want: []brief{
				{Indirect, "Five men have been arrested from Jamtara", "said", "police", "police"},
				{Indirect, "the case came to light in January", "said", "DCP (South West) Meenakshi Rathore", "Meenakshi Rathore"},
				{Direct, "“The victim had received a message,”", "said", "the DCP", "Meenakshi Rathore"},
				{Indirect, "costs would rise", "said", "Marlowe", "Marlowe"},
			},
		},
		{
			name: "\", for its part,\" after the subject is not the speaker's name; governors speak as a group; the Ceann Comhairle is a title",
			in:   "Andes Meridian Mining cut its offer. The mining firm, for its part, said its offer was fair. The freeze could cost jobs, governors from both parties warned. \"Deputy, you will have your opportunity,\" Ceann Comhairle Tomás Geraghty said.",
			want: []brief{
				{Indirect, "its offer was fair", "said", "The mining firm", "Andes Meridian Mining"},
				{Indirect, "The freeze could cost jobs", "warned", "governors from both parties", "governors from both parties"},
				{Direct, "\"Deputy, you will have your opportunity,\"", "said", "Ceann Comhairle Tomás Geraghty", "Tomás Geraghty"},
			},
		},
		{
			name: "an apposition after a name may open with \"now\"",
			in:   "Former Castlebridge captain Lee Mallinson, now a BBC pundit, said the signing could be the missing piece.",
			want: []brief{
				{Indirect, "the signing could be the missing piece", "said", "Former Castlebridge captain Lee Mallinson, now a BBC pundit", "Lee Mallinson"},
			},
		},
		{
			name: "\"It\" after a court filing that spoke is the filing, not the court it was filed in",
			in:   "The tribe's complaint, filed in U.S. District Court in Reno in February, says the mine would destroy at least 14 cultural sites. It argues that the Bureau of Land Management failed to consult the tribe.",
			want: []brief{
				{Indirect, "the mine would destroy at least 14 cultural sites", "says", "The tribe's complaint, filed in U.S. District Court in Reno in February", "the tribe's complaint"},
				{Indirect, "that the Bureau of Land Management failed to consult the tribe", "argues", "It", "the tribe's complaint"},
			},
		},
		{
			name: "a body introduced by its kind is later called by that kind or a synonym",
			in:   "Teo worked at British lender Aldgate Meridian until 2022. Aldgate Meridian said it had paid the clients. “We have strengthened our controls,” said a spokeswoman for the bank.",
			want: []brief{
				{Indirect, "it had paid the clients", "said", "Aldgate Meridian", "Aldgate Meridian"},
				{Direct, "“We have strengthened our controls,”", "said", "a spokeswoman for the bank", "Aldgate Meridian"},
			},
		},
		{
			name: "\"ruled\" after a quotation reports it; a participle after a quotation goes on with the outermost speaker",
			in:   "Judge Binta Adamu-Okonkwo heard the objection. “The objection is misconceived,” the judge ruled. Rawahi said the delegations had agreed to reconvene “before the end of the summer,” adding that the remaining differences were “technical, not political”.",
			want: []brief{
				{Direct, "“The objection is misconceived,”", "ruled", "the judge", "Binta Adamu-Okonkwo"},
				{Mixed, "the delegations had agreed to reconvene “before the end of the summer,”", "said", "Rawahi", "Rawahi"},
				{Mixed, "that the remaining differences were “technical, not political”", "adding", "Rawahi", "Rawahi"},
			},
		},
		{
			name: "a pronoun after a sentence whose subject is a person by role, after a fronted clause, is that person",
			in:   "Harford manager Stefan Brandt said the player was special. Ferreyra’s agent, Gustavo Lanari, declined to comment. “He is ours,” Brandt said. Asked about it by reporters outside a hotel in Madrid, the agent laughed. “Intermediaries? I have known Nico since he was 14,” he said.",
			want: []brief{
				{Indirect, "the player was special", "said", "Harford manager Stefan Brandt", "Stefan Brandt"},
				{Indirect, "to comment", "declined", "Ferreyra’s agent, Gustavo Lanari", "Gustavo Lanari"},
				{Direct, "“He is ours,”", "said", "Brandt", "Stefan Brandt"},
				{Indirect, "about it by reporters outside a hotel in Madrid", "Asked", "", ""},
				{Direct, "“Intermediaries? I have known Nico since he was 14,”", "said", "he", "Gustavo Lanari"},
			},
		},
		{
			name: "a parenthetical \"he says\" before a reporting verb of the clause's own leaves the clause's subject the speaker",
			in:   "Haldane rang Severnmoor Water, the company. Severnmoor, he says, told him the fish kill had most likely been caused by run-off. The plan, he said, would fail.",
			want: []brief{
				{Indirect, "the fish kill had most likely been caused by run-off", "told", "Severnmoor", "Severnmoor Water"},
				{Indirect, "The plan, he said, would fail", "said", "he", ""},
			},
		},
		{
			name: "agents, producers, executives and firefighters may be unnamed sources; a body's name before the noun is a modifier",
			in:   "One top agent, who requested anonymity to speak candidly, said the hire was smart. A firefighter working the line, who was not authorized to speak publicly, said crews had pulled back. Relations were now “at rock bottom”, a senior Executive source said.",
			want: []brief{
				{Indirect, "the hire was smart", "said", "One top agent, who requested anonymity to speak candidly", "one top agent"},
				{Indirect, "crews had pulled back", "said", "A firefighter working the line, who was not authorized to speak publicly", "a firefighter working the line"},
				{Mixed, "Relations were now “at rock bottom”", "said", "a senior Executive source", "a senior Executive source"},
			},
		},
		{
			name: "from a review: a main clause's passive still reports; the parenthetical keeps its quotation unless the clause's own cue is a saying or telling by a named subject; a year after \"recalled\" is no recall",
			in:   "It was claimed, however, that the vote had been rigged. The economy, she said, showed signs of strain. The firm recalled 1990 as its worst year.",
			want: []brief{
				{Indirect, "that the vote had been rigged", "claimed", "It", ""},
				{Indirect, "The economy, she said, showed signs of strain", "said", "she", ""},
				{Indirect, "1990 as its worst year", "recalled", "The firm", ""},
			},
		},
		{
			name: "from a review: \"put it\" at a sentence's very start has no speaker to take",
			in:   ", put it this way: “We lost the vote.”",
			want: []brief{},
		},
		{
			name: "an ambassador is also \"the envoy\"; a carmaker is also \"the automaker\"",
			in:   "Kessar’s ambassador, Nadia Farouk, rejected that account. Kessar was hosting 160,000 refugees, the envoy said. Rival carmaker Veltra Motors cut prices. The automaker said demand was weak.",
			want: []brief{
				{Indirect, "that account", "rejected", "Kessar’s ambassador, Nadia Farouk", "Nadia Farouk"},
				{Indirect, "Kessar was hosting 160,000 refugees", "said", "the envoy", "Nadia Farouk"},
				{Indirect, "demand was weak", "said", "The automaker", "Veltra Motors"},
			},
		},
		{
			name: "a bare plural source after the content's comma: \"..., people familiar with the matter said\"",
			in:   "Corbel’s board is weighing whether to walk away from the deal, people familiar with the matter said. Netflix is in talks to acquire the rights, sources familiar with the plans say.",
			want: []brief{
				{Indirect, "Corbel’s board is weighing whether to walk away from the deal", "said", "people familiar with the matter", "people familiar with the matter"},
				{Indirect, "Netflix is in talks to acquire the rights", "say", "sources familiar with the plans", "sources familiar with the plans"},
			},
		},
		{
			name: "a participle aside before a finding's verb is no cue, and the finding's verb takes no speaker after it",
			in:   "A survey of 1,012 voters, released on Sunday, found Labor ahead by four points. A senior police officer in Gulmarai, requesting anonymity, said that personnel had been told to wait.",
			want: []brief{
				{Indirect, "Labor ahead by four points", "found", "A survey of 1,012 voters, released on Sunday", "a survey of 1,012 voters"},
				{Indirect, "that personnel had been told to wait", "said", "A senior police officer in Gulmarai, requesting anonymity", "a senior police officer in Gulmarai"},
			},
		},
		{
			name: "\"PLURAL of X\" is a plural subject for a base-form cue, but not before a participle's preposition",
			in:   "Allies of the chancellor insist she will not be moved. Critics of the Taliban argue that the talks have failed. Residents of Helm reached by phone described a night of shelling.",
			want: []brief{
				{Indirect, "she will not be moved", "insist", "Allies of the chancellor", "allies of the chancellor"},
				{Indirect, "that the talks have failed", "argue", "Critics of the Taliban", "critics of the Taliban"},
				{Indirect, "a night of shelling", "described", "Residents of Helm reached by phone", "residents of Helm reached by phone"},
			},
		},
		{
			name: "the one told and where, a place in commas, before \"that\"; sources close to someone are a group that speaks",
			in:   "Milos Tarvanek, the army spokesman, told reporters in the capital, Varnholm, that the enemy was retreating. Sources close to the player insist he wants to stay.",
			want: []brief{
				{Indirect, "that the enemy was retreating", "told", "Milos Tarvanek, the army spokesman", "Milos Tarvanek"},
				{Indirect, "he wants to stay", "insist", "Sources close to the player", "sources close to the player"},
			},
		},
		{
			name: "a finding's verb after a source noun with its participle phrase: the source noun is the subject",
			in:   "Figures published by Public Health Scotland yesterday show 61% of patients were seen in time.",
			want: []brief{
				{Indirect, "61% of patients were seen in time", "show", "Figures published by Public Health Scotland", "Public Health Scotland"},
			},
		},
		{
			name: "\"one of them\" speaks: one of the group just quoted, or as its apposition describes",
			in:   "Two people who attended said the mood was tense. “It was mostly relief,” one of them said. Two aid workers in Hawzeba said 6,000 people had arrived. \"We have water for three more days,\" said one of them, a nurse with an international charity.",
			want: []brief{
				{Indirect, "the mood was tense", "said", "Two people who attended", "two people who attended"},
				{Direct, "“It was mostly relief,”", "said", "one of them", "one of two people who attended"},
				{Indirect, "6,000 people had arrived", "said", "Two aid workers in Hawzeba", "two aid workers in Hawzeba"},
				{Direct, "\"We have water for three more days,\"", "said", "one of them", "a nurse with an international charity"},
			},
		},
		{
			name: "after a closing attribution, where and how it was said is no content; the content is before",
			in:   "About 38,000 were left homeless, the ministry said in an updated toll released shortly after midday. The man was in stable condition, the embassy said in a notice posted on its official website. The firm will cut 14% of its workforce, the company told staff Tuesday morning in an internal memo.",
			want: []brief{
				{Indirect, "About 38,000 were left homeless", "said", "the ministry", ""},
				{Indirect, "The man was in stable condition", "said", "the embassy", ""},
				{Indirect, "The firm will cut 14% of its workforce", "told", "the company", ""},
			},
		},
		{
			name: "from a second review: a fronted phrase is no content; a finding inverted after a source; \"one of them\" only from a counted group",
			in:   "Speaking at a rally, Smith told supporters to stay calm. The results were clear, found the inquiry, which sat for two years. A Texas official said the road was closed. Protesters gathered. “We will not leave,” one of them said.",
			want: []brief{
				{Indirect, "supporters to stay calm", "told", "Smith", "Smith"},
				{Indirect, "The results were clear", "found", "the inquiry", "the inquiry"},
				{Indirect, "the road was closed", "said", "A Texas official", "a Texas official"},
				{Direct, "“We will not leave,”", "said", "one of them", ""},
			},
		},
		{
			name: "\"termed\" names a thing with quoted words, like \"branded\"; \"terms\" stays a noun",
			in:   "Opposition leader Baldev Grewal, however, termed the outcome \"more optics than substance\". The terms of the deal were agreed.",
			want: []brief{
				{Mixed, "the outcome \"more optics than substance\"", "termed", "Opposition leader Baldev Grewal", "Baldev Grewal"},
			},
		},
		{
			name: "a relative pronoun after an age and an apposition is the person's",
			in:   "Mohammad Irfan Ansari, a shopkeeper, said he came for the speech. Among those in the crowd was Ravi Ranjan, 24, a graduate from Kanti who said he had been preparing for the exam for three years. \"Every year the exam is postponed,\" he said.",
			want: []brief{
				{Indirect, "he came for the speech", "said", "Mohammad Irfan Ansari, a shopkeeper", "Mohammad Irfan Ansari"},
				{Indirect, "he had been preparing for the exam for three years", "said", "who", "Ravi Ranjan"},
				{Direct, `"Every year the exam is postponed,"`, "said", "he", "Ravi Ranjan"},
			},
		},
		{
			name: "needing and sending are no statements",
			in:   "But he may need a third-place finish in South Carolina. Kasich's campaign sent former Sen. Gordon Humphrey as its top surrogate. The message, sent to Cheryl Mills, was forwarded to Clinton.",
			want: []brief{},
		},
		{
			name: "states as a plural noun: after places in apposition, before an adjunct and a comma",
			in:   "He spent the day in Massachusetts and Vermont, states that vote on March 1. The group started buying ads in swing states this week, officials said.",
			want: []brief{{Indirect, "The group started buying ads in swing states this week", "said", "officials", "officials"}},
		},
		{
			name: "a plural-noun cue form after a comma needs a subject that can speak; adding to a tally",
			in:   "Sanders is expected to win contests in smaller, whiter states, but Clinton keeps her lead. In contrast, Clinton has kept her support among black voters, Fox found. Donald Trump has won the primary in Virginia, adding to his victories in Alabama. He is adding to his wins in Nevada.",
			want: []brief{
				{Indirect, "Sanders is expected to win contests in smaller, whiter states, but Clinton keeps her lead", "is expected", "", ""},
				{Indirect, "In contrast, Clinton has kept her support among black voters", "found", "Fox", "Fox"},
			},
		},
		{
			name: "a transcript whose labels are names in ordinary case; its turns are the speakers' own words",
			in:   "Chris Matthews talked to Luciana Lopez and Alex Seitz-Wald.\n\nLuciana Lopez: Saying to people Wall Street speculation is vague.\n\nLopez: Well, no one is like that. In a way, it gets to be all things to all people, to use these words that people then get to kind of define for themselves, and that is the trouble.",
			want: []brief{
				{Direct, "Saying to people Wall Street speculation is vague", ":", "Luciana Lopez", "Luciana Lopez"},
				{Direct, "Well, no one is like that. In a way, it gets to be all things to all people, to use these words that people then get to kind of define for themselves, and that is the trouble", ":", "Lopez", "Luciana Lopez"},
			},
		},
		{
			name: "an impression after \"it seems\" is all that follows the cue; \"seems like\"",
			in:   "It now seems inevitable that Mr. Rubio will attack Mr. Trump. It seems pretty likely they will. This seems like a comparable moment in the party. It appeared in print on Monday.",
			want: []brief{
				{Indirect, "inevitable that Mr. Rubio will attack Mr. Trump", "seems", "", ""},
				{Indirect, "pretty likely they will", "seems", "", ""},
				{Indirect, "This seems like a comparable moment in the party", "seems", "", ""},
			},
		},
		{
			name: "as someone puts it; a finding based on polling; a poll named at length",
			in:   "As The Post's Ruth Marcus puts it, Obama is trying to corner Republicans. Based on current polling, Trump is looking to have a good night. In a national Gallup/Suffolk University Poll, likely voters say they are scared. She trails him in the polling.",
			want: []brief{
				{Indirect, "Obama is trying to corner Republicans", "puts it", "The Post's Ruth Marcus", "Ruth Marcus"},
				{Indirect, "Trump is looking to have a good night", "Based on", "current polling", "current polling"},
				{Indirect, "likely voters say they are scared", "In", "a national Gallup/Suffolk University Poll", "Suffolk University Poll"},
				{Indirect, "they are scared", "say", "likely voters", "likely voters"},
			},
		},
		{
			name: "an absolute clause whose subject is a name after a title or an article",
			in:   "The bank held its rate at 9.25%, with Governor Tomás Echeverri saying it was too early to declare victory. Rivals fell away, with the American Federation of Teachers calling her “the champion working families need.”",
			want: []brief{
				{Indirect, "it was too early to declare victory", "saying", "Governor Tomás Echeverri", "Tomás Echeverri"},
				{Mixed, "her “the champion working families need.”", "calling", "the American Federation of Teachers", "American Federation of Teachers"},
			},
		},
		{
			name: "a poll showing a finding; showing signs is a state",
			in:   "Early results of an entrance poll of caucus-goers are showing that Hillary Clinton won most women. Both the candidate and her staff are showing signs of irritation.",
			want: []brief{{Indirect, "that Hillary Clinton won most women", "showing", "Early results of an entrance poll of caucus-goers", ""}},
		},
		{
			name: "results and findings are sources",
			in:   "The results show that Catholic Republicans are out of step with the base.",
			want: []brief{{Indirect, "that Catholic Republicans are out of step with the base", "show", "The results", "the results"}},
		},
		{
			name: "a share of people holds an attitude",
			in:   "Only about 4 in 10 Republican voters in each state want all immigrants in the country illegally to be deported. And 64 percent call him competent. In all, 1.2 million voted, a 30% decline from 2008.",
			want: []brief{
				{Indirect, "all immigrants in the country illegally to be deported", "want", "Only about 4 in 10 Republican voters in each state", "about 4 in 10 Republican voters in each state"},
				{Indirect, "him competent", "call", "64 percent", "64 percent"},
			},
		},
		{
			name: "proving is no statement; a hyphenated modifier or a person's name is no plural subject",
			in:   "Florida's winner-take-all primary proved the most devastating. He has proved popular in the north. Thus, the public-relations campaign to improve her image. Bernie Sanders spoke on Monday. I am sick of the Sanders campaign lying about me. Republicans would oppose the plan.",
			want: []brief{{Indirect, "the plan", "oppose", "Republicans", "Republican Party"}},
		},
		{
			name: "\"now\" before a seeming verb at the text's start (an index before the text)",
			in:   "now appeared in roughly every breach notice ever written.",
			want: []brief{},
		},
		{
			name: "a belief reported after its content or around it",
			in:   "Such a move could alienate his backers, Clinton allies believe. Such efforts, they believe, will render his play moot.",
			want: []brief{
				{Indirect, "Such a move could alienate his backers", "believe", "Clinton allies", "Clinton allies"},
				{Indirect, "Such efforts, they believe, will render his play moot", "believe", "they", "Clinton allies"},
			},
		},
		{
			name: "exit polls opening a sentence; a plural noun that is also a cue form before a verb",
			in:   "In exit polls, voters in both parties were unhappy with the government. Democratic voters in all five states see Clinton as the stronger candidate. She trails Clinton in the polls.",
			want: []brief{
				{Indirect, "voters in both parties were unhappy with the government", "In", "exit polls", "exit polls"},
				{Indirect, "Clinton as the stronger candidate", "see", "Democratic voters in all five states", "democratic voters in all five states"},
			},
		},
		{
			name: "two groups joined by \"and\" after the content speak together",
			in:   "The plan will fail, teachers and union officials told reporters. The company cut jobs and analysts said the outlook was weak.",
			want: []brief{
				{Indirect, "The plan will fail", "told", "teachers and union officials", ""},
				{Indirect, "the outlook was weak", "said", "analysts", "analysts"},
			},
		},
		{
			name: "a source noun with how it came out speaks after the content",
			in:   "Donors are paying for the attacks, disclosures filed on Sunday night revealed. The mayor knew, documents released in March show.",
			want: []brief{
				{Indirect, "Donors are paying for the attacks", "revealed", "disclosures filed on Sunday night", ""},
				{Indirect, "The mayor knew", "show", "documents released in March", "documents"},
			},
		},
		{
			name: "offering, voicing and expressing statement nouns: the content is what they are about",
			in:   "Trump also offered his congratulations to rivals Marco Rubio and Ted Cruz. Trump offered increasingly strident defenses of Lewandowski. She has voiced concerns over the deal.",
			want: []brief{
				{Indirect, "rivals Marco Rubio and Ted Cruz", "offered his congratulations to", "Trump", ""},
				{Indirect, "Lewandowski", "offered increasingly strident defenses of", "Trump", ""},
				{Indirect, "the deal", "voiced concerns over", "She", ""},
			},
		},
		// from a second review of the twentieth session's later rules
		{
			name: "review 2: the end of a list is no group of speakers",
			in:   "The storm damaged roads, bridges and officials said repairs would take months.",
			want: []brief{{Indirect, "repairs would take months", "said", "officials", "officials"}},
		},
		{
			name: "review 2: statements made over a stretch of time",
			in:   "Trump made comments over the weekend that angered Republicans. She has voiced concerns over the deal.",
			want: []brief{{Indirect, "the deal", "voiced concerns over", "She", ""}},
		},
		{
			name: "review 2: an opening phrase ending in polls that is no poll",
			in:   "In the weeks before the polls, volunteers knocked on doors. In national polls, Clinton leads by six points.",
			want: []brief{},
		},
		{
			name: "review 2: a belief after a phrase that is no clause",
			in:   "In short, investors suspect. Like Trump, many Republicans believe.",
			want: []brief{},
		},
		{
			name: "review 2: critics of a ruling post what they think",
			in:   "Critics of the ruling posted on social media that the judge was biased.",
			want: []brief{{Indirect, "that the judge was biased", "posted", "Critics of the ruling", "critics of the ruling"}},
		},
		{
			name: "a speaker with a clause of the writer's after a quotation that ended the sentence before",
			in:   "Axelrod kept at it. “Too forced?” He tweeted when Clinton ended a debate. The minister said the item had been \"postponed.\" She declined to say when the Cabinet would meet.",
			want: []brief{
				{Direct, "“Too forced?”", "tweeted", "He", ""},
				{Mixed, "the item had been \"postponed.\"", "said", "The minister", ""},
				{Indirect, "to say", "declined", "She", ""},
			},
		},
		// from a third review of the twentieth session's last rules
		{
			name: "review 3: two groups ending the sentence after a content that ends in a plural",
			in:   "The district will close 12 schools, teachers and union officials said. The storm damaged roads, bridges and officials said repairs would take months.",
			want: []brief{
				{Indirect, "The district will close 12 schools", "said", "teachers and union officials", ""},
				{Indirect, "repairs would take months", "said", "officials", "officials"},
			},
		},

		{
			name: "review 3: a sentence with content of its own after an attributed quotation",
			in:   "“We won.” She said when she arrived that the vote was fair. Critics called the decision “reckless.” The company said before the ruling it would appeal.",
			want: []brief{
				{Indirect, "when she arrived that the vote was fair", "said", "She", ""},
				{Mixed, "the decision “reckless.”", "called", "Critics", "critics"},
				{Indirect, "before the ruling it would appeal", "said", "The company", ""},
			},
		},
		{
			name: "review 3: a quotation that resumes after the writer's words; shares spelt out or with an aside",
			in:   "Johnson said “we have not decided,” when the issue came up, “but we will soon.” Seventy percent said they would vote again. About 40 percent of respondents, most of them Democrats, said the law was fair.",
			want: []brief{
				{Mixed, "“we have not decided,” when the issue came up, “but we will soon.”", "said", "Johnson", "Johnson"},
				{Indirect, "they would vote again", "said", "Seventy percent", "Seventy percent"},
				{Indirect, "the law was fair", "said", "About 40 percent of respondents, most of them Democrats", "About 40 percent of respondents"},
			},
		},
		// from a review of the twentieth session's rules
		{
			name: "review: \"and also\" with a past verb is the speaker's next act",
			in:   "The senator said she would appeal the ruling and also criticized the judge.",
			want: []brief{
				{Indirect, "she would appeal the ruling", "said", "The senator", ""},
				{Indirect, "the judge", "criticized", "The senator", ""},
			},
		},
		{
			name: "review: a screening or a state is not a finding shown",
			in:   "The cinema is showing the film twice a day. The market is showing strength after the Fed decision.",
			want: []brief{},
		},
		{
			name: "review: an inverted cue after a place, a weak cue after an aside",
			in:   "Turnout was high in Florida, reports Reuters. The lawsuit, meanwhile, claims the bank hid losses from investors.",
			want: []brief{
				{Indirect, "Turnout was high in Florida", "reports", "Reuters", "Reuters"},
				{Indirect, "the bank hid losses from investors", "claims", "The lawsuit", "the lawsuit"},
			},
		},
		{
			name: "review: a share of things or a number before a noun holds no attitude",
			in:   "Half of the budget supports public schools. About 40 percent of the funds support medical research. The yield climbed 14 basis points to 3.41%.",
			want: []brief{},
		},
		{
			name: "review: it appears somewhere, it seemed to work; an aside \"it seems\" is a gap",
			in:   "It appears twice on page 12. It seemed to work. Rutherford, it seems, did not take it well.",
			want: []brief{{Indirect, "Rutherford, it seems, did not take it well", "seems", "", ""}},
		},
		{
			name: "review: calling a timeout is no statement; a comparison with its own attribution inside stays",
			in:   "The game ended in chaos, with Coach Mike Brown calling a timeout he did not have. The CEO said the firm would grow, compared to a year ago when analysts said it would shrink.",
			want: []brief{
				{Indirect, "the firm would grow, compared to a year ago when analysts said it would shrink", "said", "The CEO", ""},
				{Indirect, "it would shrink", "said", "analysts", "analysts"},
			},
		},
		{
			name: "review: said so with a time; a street named Poll; putting it on sale",
			in:   "She said so last year. In Poll Street, the shops closed early. As the company puts it on sale every spring, prices fall.",
			want: []brief{{Indirect, "so", "said", "She", ""}},
		},
		{
			name: "review: the other rules read an interview's answer after its label",
			in:   "By Priya Desai\n\nGoalkeeper Tom Reyes spoke to Priya Desai after the final. Tom Reyes was tired.\n\nQ: Who won?\n\nA: According to the judges, we did.",
			want: []brief{
				{Direct, "According to the judges, we did", "A:", "", "Tom Reyes"},
				{Indirect, "we did", "According to", "the judges", "the judges"},
			},
		},
		{
			name: "review: a list of people with their biographies is no transcript",
			in:   "The board has two new members.\n\nMaria Gonzalez: Chief financial officer of Acme since 2019, she previously ran the treasury of a regional bank for many years and sits on two charity boards in the city.\n\nJohn Okafor: A former partner at a law firm, he led its mergers practice for a decade and chaired the state bar association for two years before joining the board.",
			want: []brief{},
		},
		{
			name: "agreed on a day is no phrasal verb whose content starts with the day",
			in:   "Gresham Steel agreed on Monday to buy Vantrell Energy.",
			want: []brief{},
		},
		{
			name: "a light verb with a statement noun",
			in:   "Senator Ann Obi made a case for expanding the program. Donald Trump, who has made favorable comments about single-payer health care, defended his plan. The mayor made the remarks on Monday.",
			want: []brief{
				{Indirect, "expanding the program", "made a case for", "Senator Ann Obi", "Ann Obi"},
				{Indirect, "single-payer health care", "made favorable comments about", "who", "Donald Trump"},
				{Indirect, "his plan", "defended", "Donald Trump, who has made favorable comments about single-payer health care", "Donald Trump"},
			},
		},
		{
			name: "a group taking a side with a participle",
			in:   "Right to Rise USA, the super PAC supporting Jeb Bush, spent $1.2 million. Pastors supporting Mr. Cruz met in Des Moines.",
			want: []brief{
				{Indirect, "Jeb Bush", "supporting", "the super PAC", "PAC"},
				{Indirect, "Mr. Cruz", "supporting", "Pastors", "Pastors"},
			},
		},
		{
			name: "an impression with a predicate, ended at the writer's adjunct",
			in:   "Cruz seemed lost, applauding along with the audience. Mr. Rubio had appeared to be on the upswing after a strong showing in Iowa. Bush appeared on Sunday shows.",
			want: []brief{
				{Indirect, "Cruz seemed lost", "seemed", "", ""},
				{Indirect, "Mr. Rubio had appeared to be on the upswing", "appeared", "", ""},
			},
		},
		{
			name: "a long aside in brackets after the name, a share of people, an addressee and a clause of time",
			in:   "Voters went to the polls. Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says he was unfocused. Among them, 42% say they are liberal. This is not about me, President Obama told his closest advisers as he labored over the address.",
			want: []brief{
				{Indirect, "he was unfocused", "says", "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer)", "Chris Murphy"},
				{Indirect, "they are liberal", "say", "42%", "42%"},
				{Indirect, "This is not about me", "told", "President Obama", "Obama"},
			},
		},
		{
			name: "a participle's speaker is the main clause's subject after a possessive or a fronted adverb",
			in:   "The DNC cut off access. His campaign sued the DNC in federal court on Friday, seeking an injunction to overturn the denial. Instead, the Vermont senator is sticking to his message, hoping to avoid any misstep.",
			want: []brief{
				{Indirect, "an injunction to overturn the denial", "seeking", "His campaign", ""},
				{Indirect, "to avoid any misstep", "hoping", "the Vermont senator", ""},
			},
		},
		{
			name: "after a quotation: a phrasal verb closing the sentence, and answered",
			in:   "Voters met. “We might work with them,” Bozell points out. Christie gave a one-word answer. “Denver,” he answered. “Jeb wants to be a tough guy,” Trump fired back.",
			want: []brief{
				{Direct, "“We might work with them,”", "points out", "Bozell", ""},
				{Direct, "“Denver,”", "answered", "he", "Christie"},
				{Direct, "“Jeb wants to be a tough guy,”", "fired back", "Trump", ""},
			},
		},
		{
			name: "according to: a quoted title with a comma, an apposition to the source, a fronted phrase, a sentence adverb, a colon",
			in:   "Bush spoke. According to ''The Trumps: Three Generations,'' by Gwenda Blair, Donald had cleared a path. According to documents from Diane D. Blair, a close friend of Mrs. Clinton's who died in 2000, the first lady had referred to Ms. Lewinsky as a loony. Over the long term, according to the budget office, the rise in deficits is due to aging. However, according to Der Spiegel, senior SPD figures have discussed an exit. According to HuffPo: “Kaine has had a mixed record, but he has moved.”",
			want: []brief{
				{Indirect, "Donald had cleared a path", "According to", "''The Trumps: Three Generations,'' by Gwenda Blair", ""},
				{Indirect, "the first lady had referred to Ms. Lewinsky as a loony", "According to", "documents from Diane D. Blair, a close friend of Mrs. Clinton's who died in 2000", "Diane D. Blair"},
				{Indirect, "Over the long term, according to the budget office, the rise in deficits is due to aging", "according to", "the budget office", "the budget office"},
				{Indirect, "senior SPD figures have discussed an exit", "according to", "Der Spiegel", "Der Spiegel"},
				{Direct, "“Kaine has had a mixed record, but he has moved.”", "According to", "HuffPo", "HuffPo"},
			},
		},
		{
			name: "the holder named after a role, a plural possessive before the head of a body's description",
			in:   "Talks began. Meanwhile, the Force Public Relations Officer, CSP Olumide Adesanya, said in a statement that police had been deployed. Havenbond, a Dutch port workers' union, said it would seek guarantees.",
			want: []brief{
				{Indirect, "that police had been deployed", "said", "the Force Public Relations Officer, CSP Olumide Adesanya", "Olumide Adesanya"},
				{Indirect, "it would seek guarantees", "said", "Havenbond, a Dutch port workers' union", "Havenbond"},
			},
		},
		{
			name: "an unnamed scholar, a colleague down the hall and a participle aside, then referred back to",
			in:   "Achterberg is demanding. A former postdoc in her lab, now running a group of her own, recalls that Achterberg made her repeat a season of work. “I was furious,” the former postdoc says. A senior virologist at a European institute, who asked not to be named, told me that the work is reckless. “I worry,” the virologist says. A colleague down the hall says the fame has not changed her.",
			want: []brief{
				{Indirect, "that Achterberg made her repeat a season of work", "recalls", "A former postdoc in her lab, now running a group of her own", "a former postdoc in her lab"},
				{Direct, "“I was furious,”", "says", "the former postdoc", "a former postdoc in her lab"},
				{Indirect, "that the work is reckless", "told", "A senior virologist at a European institute, who asked not to be named", "a senior virologist at a European institute"},
				{Direct, "“I worry,”", "says", "the virologist", "a senior virologist at a European institute"},
				{Indirect, "the fame has not changed her", "says", "A colleague down the hall", "a colleague down the hall"},
			},
		},
		{
			name: "from the review of the nineteenth session's rules: no attribution",
			in:   "Smith appeared unopposed on the Democratic primary ballot. Trump made the remarks on the Senate floor. Nickel is quoted at $18,000 a tonne.",
			want: []brief{},
		},
		{
			name: "from the review of the nineteenth session's rules: participles, pushed back, quoted her as telling",
			in:   "Lawmakers opposing the bill say it would raise taxes. “That is simply false,” Obama pushed back. Ms. Brandvold has told colleagues that sequencing matters. One of the diplomats quoted her as telling the delegation: “If you wait, you will be counting funerals.”",
			want: []brief{
				{Indirect, "the bill", "opposing", "Lawmakers", "lawmakers"},
				{Indirect, "it would raise taxes", "say", "Lawmakers opposing the bill", ""},
				{Direct, "“That is simply false,”", "pushed back", "Obama", ""},
				{Indirect, "that sequencing matters", "told", "Ms. Brandvold", "Brandvold"},
				{Direct, "“If you wait, you will be counting funerals.”", "quoted", "her", "Brandvold"},
			},
		},
		{
			name: "seemed to VERB with a cue verb: the subject speaks; a participle after a fronted adverb's phrase",
			in:   "Voters cheered. Barack Obama himself seemed to recognize the significance of the Iowa victory. Shortly after the merger announcement, the families of the company's founders had mobilized, warning that the deal would decimate the culture.",
			want: []brief{
				{Indirect, "the significance of the Iowa victory", "seemed to recognize", "Barack Obama", "Barack Obama"},
				{Indirect, "that the deal would decimate the culture", "warning", "the families of the company's founders", "the families of the company's founders"},
			},
		},
		{
			name: "a quotation split by a name with a long apposition is one",
			in:   `Trade grew. "This used to be Russia's back yard," said Raffaello Pantucci, director of International Security Studies at the Royal United Services Institute in London, "but it is increasingly coming into China's orbit."`,
			want: []brief{{Direct, `"This used to be Russia's back yard," said Raffaello Pantucci, director of International Security Studies at the Royal United Services Institute in London, "but it is increasingly coming into China's orbit."`, "said", "Raffaello Pantucci", "Raffaello Pantucci"}},
		},
		{
			name: "called after an indefinite noun names it",
			in:   "The campaign made inquiries with other data vendors, including a firm called Cambridge Analytica. The group is sponsoring a competition called the House to Home Prize.",
			want: []brief{},
		},
		{
			name: "say as a noun is no cue",
			in:   "It gives the board, rather than district staff, the final say over whether a book is removed. Residents will have their say on whether the plan goes ahead.",
			want: []brief{},
		},
		{
			name: "a relative clause with its own auxiliary after the name",
			in:   `Fares rose. A civil servant, Mrs. Blessing Akpan, who was queueing at a station in Ikeja, Lagos, said: "Salary is the same."`,
			want: []brief{{Direct, `"Salary is the same."`, "said", "A civil servant, Mrs. Blessing Akpan, who was queueing at a station in Ikeja, Lagos", "Blessing Akpan"}},
		},
		{
			name: "a town and its state after the noun they place",
			in:   "Fuel prices rose. A depot owner in Apapa, Lagos, who spoke on condition of anonymity, said supplies had dried up.",
			want: []brief{{Indirect, "supplies had dried up", "said", "A depot owner in Apapa, Lagos, who spoke on condition of anonymity", "a depot owner in Apapa"}},
		},
		{
			name: "submitted with an object reports nothing",
			in:   "The firm submitted a report on Monday.",
			want: []brief{},
		},
		{
			name: "nor does submitted before that as a determiner or a relative pronoun",
			in:   "The evidence submitted that day included two knives. Of the 40 bids submitted that year, only three met the rules. The only bid submitted that met the criteria came from Acme.",
			want: []brief{},
		},
		{
			name: "said of someone, then a colon and the quotation",
			in:   "Mr. Diaz said of Mr. Rubio: “He is very much in touch with his background.”",
			want: []brief{{Direct, "“He is very much in touch with his background.”", "said", "Mr. Diaz", "Diaz"}},
		},
		{
			name: "a relative clause holds the attribution: its subject is the speaker, not the noun before",
			in:   "Senators blocked measures that Mayor Ann Cole said would close the port.",
			want: []brief{{Indirect, "that Mayor Ann Cole said would close the port", "said", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "whom ... believed was, up to the clause's closing comma",
			in:   "The treasurer, whom residents believed was careless, resigned on Friday.",
			want: []brief{{Indirect, "whom residents believed was careless", "believed", "residents", "residents"}},
		},
		{
			name: "a clause without a relative pronoun: the noun it modifies opens the content",
			in:   "Aides held a vote, a step they believe could help unify the party.",
			want: []brief{{Indirect, "a step they believe could help unify the party", "believe", "they", ""}},
		},
		{
			name: "a subject holding an attribution ends at the main verb",
			in:   "The plan Mayor Ann Cole says will create jobs is costly.",
			want: []brief{{Indirect, "The plan Mayor Ann Cole says will create jobs", "says", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "a participle with its particle: pointing out that, calling for",
			in:   "Mayor Ann Cole spoke for an hour, pointing out that the port had reopened. Mayor Ann Cole spoke again on Friday, calling for a new bridge over the river.",
			want: []brief{
				{Indirect, "that the port had reopened", "pointing out", "Mayor Ann Cole", "Ann Cole"},
				{Indirect, "a new bridge over the river", "calling for", "Mayor Ann Cole", "Ann Cole"},
			},
		},
		{
			name: "a verb that reports only with its particle, without it",
			in:   "Mayor Ann Cole, a two-term incumbent, took 57 percent of the vote, and then took questions. Rival primary contests drew few voters.",
			want: []brief{},
		},
		{
			name: "maintains a lead, declined to a figure: no statements",
			in:   "Mayor Ann Cole maintains a commanding lead over her rivals. Port fees declined to $281 million, and sales declined 4 percent.",
			want: []brief{},
		},
		{
			name: "counts, a phone call, a name and a find that are not statements",
			in:   "Organizers added 160 officers, and the casinos reported $2.17 billion in revenue. A year later, Mayor Ann Cole called Naghmeh Abedini. A group called Future 45 ran ads. She found herself alone.",
			want: []brief{},
		},
		{
			name: "a nickname is no statement",
			in:   "Matthias Grabowski, the governor whom everyone calls \"Grabo,\" appeared at 7 p.m.",
			want: []brief{},
		},
		{
			name: "called someone something is a statement",
			in:   "Mayor Ann Cole called Tom Reyes dangerous.",
			want: []brief{{Indirect, "Tom Reyes dangerous", "called", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "a company and its description with a participle before the verb",
			in:   "Halvek Systems, a firm based in Oslo, said it would appeal.",
			want: []brief{{Indirect, "it would appeal", "said", "Halvek Systems, a firm based in Oslo", "Halvek Systems"}},
		},
		{
			name: "a dateline's agency is not the subject of a later verb",
			in:   "CEDAR FERRY, Iowa (AP) — Gov. Ann Cole climbed onto a hay wagon on Saturday, rolled up her sleeves and told farmers that Washington had forgotten them.",
			want: []brief{{Indirect, "that Washington had forgotten them", "told", "Ann Cole", "Ann Cole"}},
		},
		{
			name: "a named spokesperson for a named body speaks as themself, as State Department spokesman Ned Price does",
			in:   "Responding, a spokeswoman for Meridian Trust, Mrs. Ngozi Alabi, said the bank had no plans for job cuts. A spokeswoman for the Marsh campaign, Keisha Dunmore, said in an email that the governor was absent.",
			want: []brief{
				{Indirect, "the bank had no plans for job cuts", "said", "a spokeswoman for Meridian Trust, Mrs. Ngozi Alabi", "Ngozi Alabi"},
				{Indirect, "that the governor was absent", "said", "Keisha Dunmore", "Keisha Dunmore"},
			},
		},
		{
			name: "a relative clause in commas inside the content's subject, the verb quoted after it",
			in:   "Coach Gord Tremblay added that goaltender Mathis Ouellet, who made 38 saves, “kept us in it.”",
			want: []brief{{Mixed, "that goaltender Mathis Ouellet, who made 38 saves, “kept us in it.”", "added", "Coach Gord Tremblay", "Gord Tremblay"}},
		},
		{
			name: "an aside in dashes inside the content's subject, its verb after it",
			in:   "Mayor Ann Cole said two workers — a driver and a guard — were hurt on Tuesday. She said the port was shut — a blow to trade.",
			want: []brief{
				{Indirect, "two workers — a driver and a guard — were hurt on Tuesday", "said", "Mayor Ann Cole", "Ann Cole"},
				{Indirect, "the port was shut", "said", "She", "Ann Cole"},
			},
		},
		{
			name: "a reported clause, then and accused X of: the speaker's next act",
			in:   "Mayor Ann Cole said the council had consulted residents for months and accused the developers of misleading them.",
			want: []brief{
				{Indirect, "the council had consulted residents for months", "said", "Mayor Ann Cole", "Ann Cole"},
				{Indirect, "the developers of misleading them", "accused", "Mayor Ann Cole", "Ann Cole"},
			},
		},
		{
			name: "unnamed groups described by a participle, and aid agencies",
			in:   "Mediators trying to broker a truce in the Qaddar Valley said talks were delicate. Residents reached by phone in Halim said the nights were quieter. Aid agencies warned that conditions were worsening.",
			want: []brief{
				{Indirect, "talks were delicate", "said", "Mediators trying to broker a truce in the Qaddar Valley", "mediators trying to broker a truce in the Qaddar Valley"},
				{Indirect, "the nights were quieter", "said", "Residents reached by phone in Halim", "residents reached by phone in Halim"},
				{Indirect, "that conditions were worsening", "warned", "Aid agencies", "aid agencies"},
			},
		},
		{
			name: "a verb after an apposition inside a reported clause is the clause's, not an inverted cue",
			in:   "Speaking on the radio last week, Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs for the album.",
			want: []brief{{Indirect, "his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs for the album", "said", "Kiedis", "Kiedis"}},
		},
		{
			name: "a role with its field before the name, then the role alone; accused someone with a long title of",
			in:   "Chiefs accused the Minister for Lands and Natural Resources, Kwame Adjei-Mensah, of granting the licence. Tom Reyes, a sub-chief, said he was paid. Addressing reporters, the minister insisted that every step had been followed.",
			want: []brief{
				{Indirect, "of granting the licence", "accused", "Chiefs", "chiefs"},
				{Indirect, "he was paid", "said", "Tom Reyes, a sub-chief", "Tom Reyes"},
				{Indirect, "that every step had been followed", "insisted", "the minister", "Kwame Adjei-Mensah"},
			},
		},
		{
			name: "an unnamed source after a connective, and an unnamed MP after a named one",
			in:   "However, a source close to the Harford board, who was not authorised to speak, said an offer had been made. Tom Aldridge, a coalition MP, backed the bill. A senior coalition MP, speaking on condition of anonymity, said colleagues were angry.",
			want: []brief{
				{Indirect, "an offer had been made", "said", "a source close to the Harford board, who was not authorised to speak", "a source close to the Harford board"},
				{Indirect, "the bill", "backed", "Tom Aldridge, a coalition MP", "Tom Aldridge"},
				{Indirect, "colleagues were angry", "said", "A senior coalition MP", "a senior coalition MP"},
			},
		},
		{
			name: "a name and a role without an article before said, and an auxiliary: no inversion",
			in:   "Anisur Rahman, superintendent of the industrial police in Gazipur, said 11 people were injured. The workers' side on the board, led by the federation, has demanded a minimum of Tk 23,000.",
			want: []brief{
				{Indirect, "11 people were injured", "said", "Anisur Rahman, superintendent of the industrial police in Gazipur", "Anisur Rahman"},
				{Indirect, "a minimum of Tk 23,000", "demanded", "The workers' side on the board, led by the federation", ""},
			},
		},
		{
			name: "Malaysian honorifics, a barrister's post-nominal and client, an unnamed diplomat following the talks, a role's field before a name",
			in:   "Pakatan Maju president Datuk Seri Hamzah Razali said the result was a message. At the hearing, Conor Whelan SC, for the residents, told the court that the site had flooded. A Western diplomat following the talks, who spoke on condition of anonymity, said the dispute was a proxy.",
			want: []brief{
				{Indirect, "the result was a message", "said", "Pakatan Maju president Datuk Seri Hamzah Razali", "Hamzah Razali"},
				{Indirect, "that the site had flooded", "told", "Conor Whelan SC, for the residents", "Conor Whelan"},
				{Indirect, "the dispute was a proxy", "said", "A Western diplomat following the talks, who spoke on condition of anonymity", "a Western diplomat following the talks"},
			},
		},
		{
			name: "a subject opening with a role and its field is the new topic for the pronoun",
			in:   "Coach Stuart Pennock praised the team. Hooker Sam Brierley scored twice.\n\nFalcons director of rugby Gareth Ellery was less generous. He said he would seek clarification.",
			want: []brief{
				{Indirect, "the team", "praised", "Coach Stuart Pennock", "Stuart Pennock"},
				{Indirect, "he would seek clarification", "said", "He", "Gareth Ellery"},
			},
		},
		{
			name: "a participle aside with a city and its state, and an office holder named after a capitalised office",
			in:   "Prime Minister Laurent Okafor-Reid, speaking in Mississauga, Ont., said he was confident.\n\nThe Parliamentary Budget Officer, Anand Ramkissoon, is expected to publish his own assessment. His office said it had asked for details.",
			want: []brief{
				{Indirect, "he was confident", "said", "Prime Minister Laurent Okafor-Reid, speaking in Mississauga, Ont.", "Laurent Okafor-Reid"},
				{Indirect, "is expected to publish his own assessment", "is expected", "", ""},
				{Indirect, "it had asked for details", "said", "His office", "Anand Ramkissoon's office"},
			},
		},
		{
			name: "a participle that reports only with its particle, without it",
			in:   "“This is about one man's ego,” Mayor Ann Cole said, pointing across the chamber.",
			want: []brief{{Direct, "“This is about one man's ego,”", "said", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "the lead's unnamed envoy is the ambassador the next paragraph names, and later the envoy is still him",
			in:   "DOHA — The U.S. special envoy for Afghanistan said on Sunday that a deal was within reach.\n\n“We have made progress,” Ambassador Charles Whitmore told reporters.\n\nTaliban spokesman Sayed Rahman Hotak said the group was committed.\n\nThe envoy said the two sides had agreed in principle.",
			want: []brief{
				{Indirect, "that a deal was within reach", "said", "The U.S. special envoy for Afghanistan", "Charles Whitmore"},
				{Direct, "“We have made progress,”", "told", "Ambassador Charles Whitmore", "Charles Whitmore"},
				{Indirect, "the group was committed", "said", "Taliban spokesman Sayed Rahman Hotak", "Sayed Rahman Hotak"},
				{Indirect, "the two sides had agreed in principle", "said", "The envoy", "Charles Whitmore"},
			},
		},
		{
			name: "an age for someone whose age was never given is the last sentence's subject",
			in:   "Coach Stuart Pennock was delighted. A try by hooker Sam Brierley sealed it.\n\n“Tav came on and changed the picture,” the 48-year-old said.",
			want: []brief{
				{Direct, "“Tav came on and changed the picture,”", "said", "the 48-year-old", "Stuart Pennock"},
			},
		},
		{
			name: "a nickname in quotation marks inside the speaker's name is no quotation",
			in:   "Mayor Ernesto “Boy” Villaruel said 3,200 families had moved. He said two fishermen were missing.",
			want: []brief{
				{Indirect, "3,200 families had moved", "said", "Mayor Ernesto “Boy” Villaruel", "Ernesto Villaruel"},
				{Indirect, "two fishermen were missing", "said", "He", "Ernesto Villaruel"},
			},
		},
		{
			name: "a body's relative clause with where sits between it and its verb",
			in:   "Ridgeview Children's Hospital in Spokane, where four of the patients were being treated, said in a statement that all were stable.",
			want: []brief{{Indirect, "that all were stable", "said", "Ridgeview Children's Hospital in Spokane, where four of the patients were being treated", "Ridgeview Children's Hospital"}},
		},
		{
			name: "the company is not a union named since",
			in:   "Brightwell Appliances Inc cut 300 jobs. United Assembly Workers called a strike. The company said production would continue.",
			want: []brief{
				{Indirect, "a strike", "called", "United Assembly Workers", "United Assembly Workers"},
				{Indirect, "production would continue", "said", "The company", "Brightwell Appliances Inc"},
			},
		},
		{
			name: "an associate of someone named is not that person",
			in:   "Hamza Tareen spoke on Monday. A close associate of Tareen said he would not resign.",
			want: []brief{{Indirect, "he would not resign", "said", "A close associate of Tareen", "a close associate of Tareen"}},
		},
		{
			name: "a name with a kin role and a job in one apposition",
			in:   "Martin Vance, her husband of 31 years and a retired chemistry teacher, said the mayor grades herself harshly.",
			want: []brief{{Indirect, "the mayor grades herself harshly", "said", "Martin Vance, her husband of 31 years and a retired chemistry teacher", "Martin Vance"}},
		},
		{
			name: "an unnamed source's reason for anonymity is not part of its description",
			in:   "A rescue official who asked not to be named because he was not authorised to speak said some residents had refused to leave.",
			want: []brief{{Indirect, "some residents had refused to leave", "said", "A rescue official who asked not to be named because he was not authorised to speak", "a rescue official"}},
		},
		{
			name: "told an audience after a quotation: the quotation is what was told",
			in:   "The chancellor was \"confident that a solution can be found\", Mayor Ann Cole told the regular press conference in Berlin.",
			want: []brief{{Mixed, "The chancellor was \"confident that a solution can be found\"", "told", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "a description that gives its person's name in a relative clause",
			in:   "A trader who gave her name only as Mama Aisha said: “We closed the shops at noon.” Its spokesman, who uses the name Abu Kareem, said the names were old. He wrote that the Front remained committed.",
			want: []brief{
				{Direct, "“We closed the shops at noon.”", "said", "A trader who gave her name only as Mama Aisha", "Mama Aisha"},
				{Indirect, "the names were old", "said", "Its spokesman, who uses the name Abu Kareem", "Abu Kareem"},
				{Indirect, "that the Front remained committed", "wrote", "He", "Abu Kareem"},
			},
		},
		{
			name: "a fronted phrase with a passive aside before the subject",
			in:   "In a letter to the treasury dated March 14, seen by the Courier, Mayor Ann Cole wrote that the county had not provided evidence.",
			want: []brief{{Indirect, "that the county had not provided evidence", "wrote", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "asides after the subject: reached later, some of whom",
			in:   "(Mayor Ann Cole, reached later, said the claim was laughable.) Relatives of the hostages, some of whom have traveled to Ras Nadir, said they were exhausted.",
			want: []brief{
				{Indirect, "the claim was laughable", "said", "(Mayor Ann Cole, reached later", "Ann Cole"},
				{Indirect, "they were exhausted", "said", "Relatives of the hostages, some of whom have traveled to Ras Nadir", "relatives of the hostages"},
			},
		},
		{
			name: "a body the story never names keeps its description",
			in:   "The regional police office said voting had been peaceful. The board of canvassers said it expected a winner by Friday.",
			want: []brief{
				{Indirect, "voting had been peaceful", "said", "The regional police office", "the regional police office"},
				{Indirect, "it expected a winner by Friday", "said", "The board of canvassers", "the board of canvassers"},
			},
		},
		{
			name: "an apposition that ends with an acronym in brackets",
			in:   "Amara Diallo-Brandt, spokesperson for the World Food Assistance Programme (WFAP), said stocks would run out.",
			want: []brief{{Indirect, "stocks would run out", "said", "Amara Diallo-Brandt, spokesperson for the World Food Assistance Programme (WFAP)", "Amara Diallo-Brandt"}},
		},
		{
			name: "told an addressee described in commas, then that",
			in:   "Mayor Ann Cole told WHSR, a public radio station, that the port would reopen.",
			want: []brief{{Indirect, "that the port would reopen", "told", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "an adverb in commas between the subject and the verb",
			in:   "State party president Anil Kumar Yadav, meanwhile, demanded a white paper on the scheme.",
			want: []brief{{Indirect, "a white paper on the scheme", "demanded", "State party president Anil Kumar Yadav", "Anil Kumar Yadav"}},
		},
		{
			name: "a pronoun subject is the whole subject, a newspaper before it not included",
			in:   "Mayor Ann Cole rarely gave interviews, but in a 2004 conversation with The Harlan Springs Ledger she said she had never considered retiring.",
			want: []brief{{Indirect, "she had never considered retiring", "said", "she", "Ann Cole"}},
		},
		{
			name: "a survey released on a day: the survey found, not released",
			in:   "A Brightwater University survey released last week found Okafor ahead by two points.",
			want: []brief{{Indirect, "Okafor ahead by two points", "found", "A Brightwater University survey released last week", "Brightwater University"}},
		},
		{
			name: "a new subject introduced by a role opens the paragraph: the pronoun is hers",
			in:   "Gloria Fenske said she liked him.\n\nHer friend Dana Kowalczyk, 34, had already made up her mind. “He is the first one,” she said.",
			want: []brief{
				{Indirect, "she liked him", "said", "Gloria Fenske", "Gloria Fenske"},
				{Direct, "“He is the first one,”", "said", "she", "Dana Kowalczyk"},
			},
		},
		{
			name: "an office named before the name in commas, then the office alone",
			in:   "Members walked to the dais, and the Speaker, Sardar Nadeem Akhtar Bhutta, suspended the sitting. When it resumed, the Speaker warned that he would invoke the rules.",
			want: []brief{{Indirect, "that he would invoke the rules", "warned", "the Speaker", "Nadeem Akhtar Bhutta"}}, // Sardar is an honorific
		},
		{
			name: "a legislator's party and state, and a role, in one apposition",
			in:   "Senator Ada Brennan, Democrat of Ohio and the subcommittee’s chairwoman, said the apology came late.",
			want: []brief{{Indirect, "the apology came late", "said", "Senator Ada Brennan, Democrat of Ohio and the subcommittee’s chairwoman", "Ada Brennan"}},
		},
		{
			name: "a fronted phrase naming someone else is not the subject",
			in:   "Under cross-examination by defence barrister Priya Khanna-Holt, the warden accepted that the driver had not touched her.",
			want: []brief{{Indirect, "that the driver had not touched her", "accepted", "the warden", ""}},
		},
		{
			name: "maintained that, maintained with a quotation",
			in:   "Mayor Ann Cole maintained that the port was safe. She maintained, “Nothing was hidden.”",
			want: []brief{
				{Indirect, "that the port was safe", "maintained", "Mayor Ann Cole", "Ann Cole"},
				{Direct, "“Nothing was hidden.”", "maintained", "She", "Ann Cole"},
			},
		},
		{
			name: "a connective before the content is the writer's",
			in:   "Mayor Ann Cole believes, for example, that the port should reopen.",
			want: []brief{{Indirect, "that the port should reopen", "believes", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "NYT-style '' marks with a single quotation closing inside them",
			in:   "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said.",
			want: []brief{{Direct, "''We are told all the time, 'Kosovo is a special case,'''", "said", "Mr. Putin", "Putin"}},
		},
		{
			name: "a participle after a preposition, its subject the main clause's",
			in:   "Mayor Helen Osei spoke on Monday. Osei clearly erred in saying that the bridge was safe.",
			want: []brief{{Indirect, "that the bridge was safe", "saying", "Osei", "Helen Osei"}},
		},
		{
			name: "a legislator's party and state in apposition; told the addressee as ...",
			in:   "“We are not done,” Representative Ada Brennan, Democrat of Ohio, told Mr. Hale as he left the hall.",
			want: []brief{{Direct, "“We are not done,”", "told", "Representative Ada Brennan, Democrat of Ohio", "Ada Brennan"}},
		},
		{
			name: "direct, inverted cue",
			in:   "“Now is the time to act,” said Don Fowler, a former party chairman.",
			want: []brief{{Direct, "“Now is the time to act,”", "said", "Don Fowler", "Don Fowler"}},
		},
		{
			name: "direct, speaker before with colon",
			in:   "Mayor Helen Osei said: “We did not get everything we wanted.”",
			want: []brief{{Direct, "“We did not get everything we wanted.”", "said", "Mayor Helen Osei", "Helen Osei"}},
		},
		{
			name: "split quotation is one content",
			in:   "Ned Price spoke.\n“They are far apart,” he said. “They are trying to affect each other.”",
			want: []brief{{Direct, "“They are far apart,” he said. “They are trying to affect each other.”", "said", "he", "Ned Price"}},
		},
		{
			name: "indirect with that",
			in:   "Khalilzad also emphasized that the next phase should be led by the Afghans.",
			want: []brief{{Indirect, "that the next phase should be led by the Afghans", "emphasized", "Khalilzad", "Khalilzad"}},
		},
		{
			name: "indirect, speaker after the clause",
			in:   "The negotiations were the subject of a telephone call, the US State Department said.",
			want: []brief{{Indirect, "The negotiations were the subject of a telephone call", "said", "the US State Department", "State Department"}},
		},
		{
			name: "according to, at the end",
			in:   "The catch fell by a third last year, according to the Ministry of Fisheries.",
			want: []brief{{Indirect, "The catch fell by a third last year", "according to", "the Ministry of Fisheries", "Ministry of Fisheries"}},
		},
		{
			name: "heard from a witness that: the witness is the source",
			in:   "The court heard from consultant pathologist Dr Ines Varga that the boy had died from a bleed. She told the inquest the bleed had developed slowly.",
			want: []brief{
				{Indirect, "the boy had died from a bleed", "heard", "consultant pathologist Dr Ines Varga", "Ines Varga"},
				{Indirect, "the bleed had developed slowly", "told", "She", "Ines Varga"},
			},
		},
		{
			name: "heard from without that reports nothing",
			in:   "The jury heard from residents about the flooding.",
			want: []brief{},
		},
		{
			name: "told an audience: the audience is not content",
			in:   "Paul Reyes told investors on Monday the company would cut 300 jobs.",
			want: []brief{{Indirect, "the company would cut 300 jobs", "told", "Paul Reyes", "Paul Reyes"}},
		},
		{
			name: "a spokesman for a role: the person with that role",
			in:   "Prime Minister Eleanor Ashcombe visited the hospital. A spokesman for the prime minister said waiting lists had fallen.",
			want: []brief{{Indirect, "waiting lists had fallen", "said", "A spokesman for the prime minister", "Eleanor Ashcombe"}},
		},
		{
			name: "a spokesperson for a body not named: the description",
			in:   "A spokeswoman for the French club said it did not comment on players under contract elsewhere.",
			want: []brief{{Indirect, "it did not comment on players under contract elsewhere", "said", "A spokeswoman for the French club", "a spokeswoman for the French club"}},
		},
		{
			name: "she after a spokeswoman is the spokeswoman, not the woman named before",
			in:   "Councillor Renata Obi-Walsh said the rise was unfair.\n\nA spokeswoman for Mayor Gideon Farrow said the mayor backed the plan. The mayor would meet union leaders on Thursday, she said.",
			want: []brief{
				{Indirect, "the rise was unfair", "said", "Councillor Renata Obi-Walsh", "Renata Obi-Walsh"},
				{Indirect, "the mayor backed the plan", "said", "A spokeswoman for Mayor Gideon Farrow", "Gideon Farrow"},
				{Indirect, "The mayor would meet union leaders on Thursday", "said", "she", "Gideon Farrow"},
			},
		},
		{
			name: "a description before a relative clause: not the club in the clause",
			in:   "Liam Fairbrother took six wickets.\n\nThe Yorkshireman, who joined Kelsborough from Marlow Heath in 2021, said there had been banter from his former team-mates.",
			want: []brief{{Indirect, "there had been banter from his former team-mates", "said", "The Yorkshireman, who joined Kelsborough from Marlow Heath in 2021", "Liam Fairbrother"}},
		},
		{
			name: "who he said: the pronoun is the source, not the name before",
			in:   "Graham Tennant spoke after the match. He singled out Fairbrother, who he said had worked relentlessly on his fitness.",
			want: []brief{
				{Indirect, "Fairbrother, who he said had worked relentlessly on his fitness", "singled out", "He", "Graham Tennant"},
				{Indirect, "had worked relentlessly on his fitness", "said", "he", "Graham Tennant"},
			},
		},
		{
			name: "a passive apposition to the speaker",
			in:   "Ben Ashdown made 96. Ashdown, bowled by Fairbrother four runs short of a hundred, said he was gutted.",
			want: []brief{{Indirect, "he was gutted", "said", "Ashdown, bowled by Fairbrother four runs short of a hundred", "Ben Ashdown"}},
		},
		{
			name: "a company's spokesperson is the company's, not the person mentioned most",
			in:   "The researcher, Hana Kurosawa-Bell, found the flaw. Kurosawa-Bell contacted Pocketly, the budgeting app, in March. Kurosawa-Bell is 31. A Pocketly spokesperson said the email had not been verified.",
			want: []brief{{Indirect, "the email had not been verified", "said", "A Pocketly spokesperson", "Pocketly"}},
		},
		{
			name: "wrote to an addressee: what follows that is the content, and without that nothing",
			in:   "Councillor Jo Brand wrote to the council that the plan was flawed. Brand wrote to Pocketly, the budgeting app, in March.",
			want: []brief{{Indirect, "that the plan was flawed", "wrote", "Councillor Jo Brand", "Jo Brand"}},
		},
		{
			name: "the Health Minister is the minister for health, not the minister named last",
			in:   "Minister for Health Gráinne Mulcahy visited the hospital. Minister of State Niamh Costigan visited it too. The Health Minister said a letter had been sent in April.",
			want: []brief{{Indirect, "a letter had been sent in April", "said", "The Health Minister", "Gráinne Mulcahy"}},
		},
		{
			name: "an unnamed minister is described, not the minister named before",
			in:   "Energy Minister Callum Fairweather was in Perth. But one senior minister, speaking on condition of anonymity, said the amendments would be modest.",
			want: []brief{{Indirect, "the amendments would be modest", "said", "one senior minister, speaking on condition of anonymity", "one senior minister"}},
		},
		{
			name: "an unnamed engineer is described, not the company in the description",
			in:   "Pocketly, the budgeting app, exposed user data. One former Pocketly engineer, who asked not to be named, said the database had been a known problem.",
			want: []brief{{Indirect, "the database had been a known problem", "said", "One former Pocketly engineer, who asked not to be named", "one former Pocketly engineer"}},
		},
		{
			name: "an unnamed person by where they work",
			in:   "A meteorologist with the federal weather agency said a cold front could bring cooler temperatures.",
			want: []brief{{Indirect, "a cold front could bring cooler temperatures", "said", "A meteorologist with the federal weather agency", "a meteorologist with the federal weather agency"}},
		},
		{
			name: "she after a fronted clause's subject: the new subject, not the last speaker",
			in:   "Envoy Oriane Desvalles arrived on Monday.\n\nSpokeswoman Katrin Oduya said the government would not be rushed.\n\nAsked whether she would set a deadline, Desvalles shook her head. \"Deadlines are for people who think they are winning,\" she said.",
			want: []brief{
				{Indirect, "the government would not be rushed", "said", "Spokeswoman Katrin Oduya", "Katrin Oduya"},
				{Indirect, "whether she would set a deadline", "Asked", "", ""},
				{Direct, "\"Deadlines are for people who think they are winning,\"", "said", "she", "Oriane Desvalles"},
			},
		},
		{
			name: "an indefinite role in the lede is the person the story then names",
			in:   "A security researcher says she found an open database.\n\nThe researcher, Hana Kurosawa-Bell, runs a small firm.",
			want: []brief{{Indirect, "she found an open database", "says", "A security researcher", "Hana Kurosawa-Bell"}},
		},
		{
			name: "an unnamed doctor with a long relative clause, then the doctor",
			in:   "At the hospital, a doctor who asked not to be named for fear of reprisals said staff had performed 400 operations. \"We are sterilising instruments in pressure cookers,\" the doctor said.",
			want: []brief{
				{Indirect, "staff had performed 400 operations", "said", "a doctor who asked not to be named for fear of reprisals", "a doctor"},
				{Direct, "\"We are sterilising instruments in pressure cookers,\"", "said", "the doctor", "a doctor"},
			},
		},
		{
			name: "a long participle clause between the subject and the cue",
			in:   "A senior army officer in the city, speaking on condition of anonymity because he was not authorised to brief journalists, said the demand was a trap.",
			want: []brief{{Indirect, "the demand was a trap", "said", "A senior army officer in the city, speaking on condition of anonymity because he was not authorised to brief journalists", "a senior army officer in the city"}},
		},
		{
			name: "a statement posted on a channel is not a speaker posting",
			in:   "In a statement posted on its Telegram channel late Monday, the Kessar Popular Defence Front said its artillery was aimed only at military positions.",
			want: []brief{{Indirect, "its artillery was aimed only at military positions", "said", "the Kessar Popular Defence Front", "Kessar Popular Defence Front"}},
		},
		{
			name: "a plural noun before say is the crowd, not a cue",
			in:   "Patient advocates say the official numbers do not capture the full picture.",
			want: []brief{{Indirect, "the official numbers do not capture the full picture", "say", "Patient advocates", "patient advocates"}},
		},
		{
			name: "a crowd with a relative clause",
			in:   "Parents who gathered in the school parking lot Tuesday morning said they were relieved.",
			want: []brief{{Indirect, "they were relieved", "said", "Parents who gathered in the school parking lot Tuesday morning", "parents who gathered in the school parking lot Tuesday morning"}},
		},
		{
			name: "she opening a paragraph is the subject who opened the paragraph before",
			in:   "\"We have trucks waiting,\" Ilaria Montefiore, a spokeswoman for the agency, told reporters.\n\nBack at the bakery, Nadia Serin, a 34-year-old schoolteacher, had been in line since 4 a.m.\n\n\"I tell the children it's like a holiday,\" she said.",
			want: []brief{
				{Direct, "\"We have trucks waiting,\"", "told", "Ilaria Montefiore, a spokeswoman for the agency", "Ilaria Montefiore"},
				{Direct, "\"I tell the children it's like a holiday,\"", "said", "she", "Nadia Serin"},
			},
		},
		{
			name: "he in a subordinate clause is the sentence's one fitting person, not the last speaker",
			in:   "\"We were poor,\" Wiremu Hollis said.\n\nMariners coach Gavin Pennick was in a better mood, although he conceded his side had been second best for an hour.",
			want: []brief{
				{Direct, "\"We were poor,\"", "said", "Wiremu Hollis", "Wiremu Hollis"},
				{Indirect, "his side had been second best for an hour", "conceded", "he", "Gavin Pennick"},
			},
		},
		{
			name: "the body before a role and its holder is not the subject of a coordinated cue",
			in:   "Council President Hector Villanueva-Rhodes tapped his gavel and said the vote would go ahead.",
			want: []brief{{Indirect, "the vote would go ahead", "said", "Hector Villanueva-Rhodes", "Hector Villanueva-Rhodes"}},
		},
		{
			name: "two appositions, the second naming the project, before the cue",
			in:   "Crestline Partners, the Millford-based developer behind the project, known as Riverside Yards, has said it hopes to begin construction next spring.",
			want: []brief{{Indirect, "it hopes to begin construction next spring", "said", "Crestline Partners, the Millford-based developer behind the project, known as Riverside Yards", "Crestline Partners"}},
		},
		{
			name: "a place and its apposition before an unnamed subject are not the subject",
			in:   "At Ostrel General Hospital, the only surgical facility left in the city, a doctor who asked not to be named said staff had performed 400 operations.",
			want: []brief{{Indirect, "staff had performed 400 operations", "said", "a doctor who asked not to be named", "a doctor"}},
		},
		{
			name: "the office is the office named before",
			in:   "The figures were published by the National Treatment Purchase Office on Thursday. According to the office, 3,100 patients are waiting.",
			want: []brief{{Indirect, "3,100 patients are waiting", "According to", "the office", "National Treatment Purchase Office"}},
		},
		{
			name: "an Irish surname with its particle, and a plural possessive inside a body's name",
			in:   "Bríd Ó Catháin of the Kilbrannagh Patients’ Forum said many people had given up. Ms Ó Catháin said the message was a bit rich.",
			want: []brief{
				{Indirect, "many people had given up", "said", "Bríd Ó Catháin of the Kilbrannagh Patients’ Forum", "Bríd Ó Catháin"},
				{Indirect, "the message was a bit rich", "said", "Ms Ó Catháin", "Bríd Ó Catháin"},
			},
		},
		{
			name: "interjected is a cue",
			in:   "Darren Pruett interjected that Mr Ngata wanted everyone sitting in the dark.",
			want: []brief{{Indirect, "that Mr Ngata wanted everyone sitting in the dark", "interjected", "Darren Pruett", "Darren Pruett"}},
		},
		{
			name: "a sentence adverb is not part of the speaker",
			in:   "Meanwhile a TV insider said two streaming services had approached the couple.",
			want: []brief{{Indirect, "two streaming services had approached the couple", "said", "a TV insider", "a TV insider"}},
		},
		{
			name: "his daughter, named before as his daughter",
			in:   "Cornelius Tate died on Saturday, his daughter, Marguerite Tate-Oyelaran, said. He hated his nickname, according to his daughter.",
			want: []brief{
				{Indirect, "Cornelius Tate died on Saturday", "said", "his daughter, Marguerite Tate-Oyelaran", "Marguerite Tate-Oyelaran"},
				{Indirect, "He hated his nickname", "according to", "his daughter", "Marguerite Tate-Oyelaran"},
			},
		},
		{
			name: "praised the X of Y: the whole object, not from of",
			in:   "The senator praised the internment of Nazi sympathizers.",
			want: []brief{{Indirect, "the internment of Nazi sympathizers", "praised", "The senator", ""}},
		},
		{
			name: "as well as continues the content",
			in:   "Schmidt said he was building a new clubhouse, as well as a new swimming pool.",
			want: []brief{{Indirect, "he was building a new clubhouse, as well as a new swimming pool", "said", "Schmidt", "Schmidt"}},
		},
		{
			name: "a name and apposition before said are its subject; a list inside a relative clause does not close it",
			in:   "Stuart Mallinder, the chief executive of Thrift Street, said the cuts, which cover milk, bread, nappies and eggs, would be permanent.",
			want: []brief{{Indirect, "the cuts, which cover milk, bread, nappies and eggs, would be permanent", "said", "Stuart Mallinder, the chief executive of Thrift Street", "Stuart Mallinder"}},
		},
		{
			name: "the agency is the authority named before",
			in:   "The National Weather Authority said the typhoon was strong. The agency said it was the ninth storm this year.",
			want: []brief{
				{Indirect, "the typhoon was strong", "said", "The National Weather Authority", "National Weather Authority"},
				{Indirect, "it was the ninth storm this year", "said", "The agency", "National Weather Authority"},
			},
		},
		{
			name: "the company before a relative clause is the company named before",
			in:   "Kiboko Telecom restored its service on Monday. The company, which has about 14 million users, said it would waive fees.",
			want: []brief{{Indirect, "it would waive fees", "said", "The company, which has about 14 million users", "Kiboko Telecom"}},
		},
		{
			name: "Dr Priya is Dr Priya Ramanathan-Goh; Mme Leclerc-Abadie is Martine Leclerc-Abadie",
			in:   "Dr Priya Ramanathan-Goh, a meteorologist, said rain was likely. Such squalls bring 60mm of rain, Dr Priya said. Union leader Mme Martine Leclerc-Abadie said the strike would go on. Mme Leclerc-Abadie said turnout was high.",
			want: []brief{
				{Indirect, "rain was likely", "said", "Dr Priya Ramanathan-Goh, a meteorologist", "Priya Ramanathan-Goh"},
				{Indirect, "Such squalls bring 60mm of rain", "said", "Dr Priya", "Priya Ramanathan-Goh"},
				{Indirect, "the strike would go on", "said", "Union leader Mme Martine Leclerc-Abadie", "Martine Leclerc-Abadie"},
				{Indirect, "turnout was high", "said", "Mme Leclerc-Abadie", "Martine Leclerc-Abadie"},
			},
		},
		{
			name: "two MPs are described, and one of the MPs is one of them",
			in:   "Two Progressive Unity MPs said several colleagues were unhappy. \"People are tired,\" one of the MPs said.",
			want: []brief{
				{Indirect, "several colleagues were unhappy", "said", "Two Progressive Unity MPs", "two Progressive Unity MPs"},
				{Direct, "\"People are tired,\"", "said", "one of the MPs", "one of the MPs"},
			},
		},
		{
			name: "a dateline with a colon is not a transcript's speaker; members of a committee are a crowd",
			in:   "LAHORE: The council was engulfed in controversy after two members of the selection committee claimed they had not been consulted.",
			want: []brief{{Indirect, "they had not been consulted", "claimed", "two members of the selection committee", "two members of the selection committee"}},
		},
		{
			name: "the airline is the national carrier named before",
			in:   "Aurelia Air, the national carrier, said flights were suspended. \"Safety is our priority,\" the airline said.",
			want: []brief{
				{Indirect, "flights were suspended", "said", "Aurelia Air, the national carrier", "Aurelia Air"},
				{Direct, "\"Safety is our priority,\"", "said", "the airline", "Aurelia Air"},
			},
		},
		{
			name: "an unnamed investor, then he",
			in:   "Corbin Hale led the round. An early investor, who asked not to be identified, said lending would expose the company. \"Selling a scanner is one thing,\" he said.",
			want: []brief{
				{Indirect, "lending would expose the company", "said", "An early investor, who asked not to be identified", "an early investor"},
				{Direct, "\"Selling a scanner is one thing,\"", "said", "he", "an early investor"},
			},
		},
		{
			name: "the governor's office with no governor named keeps its description; an office is not a rating",
			in:   "The tornado, an EF3, flattened homes. In a statement, the governor's office said National Guard troops had been sent.",
			want: []brief{{Indirect, "National Guard troops had been sent", "said", "the governor's office", "the governor's office"}},
		},
		{
			name: "a role without an article in the apposition",
			in:   "Richard Revesz, director of the Institute for Policy Integrity at New York University's law school, said the states were exaggerating.",
			want: []brief{{Indirect, "the states were exaggerating", "said", "Richard Revesz, director of the Institute for Policy Integrity at New York University's law school", "Richard Revesz"}},
		},
		{
			name: "a spokesman for the company with a participle apposition is still the company's",
			in:   "Dong Tien Textiles Corp runs the factory. A spokesman for the company, reached by telephone, denied that any exits had been blocked.",
			want: []brief{{Indirect, "that any exits had been blocked", "denied", "A spokesman for the company, reached by telephone", "Dong Tien Textiles Corp"}},
		},
		{
			name: "the studio and the fire brigade refer back to bodies of that kind",
			in:   "Halcyon Crest Pictures confirmed the accident. \"Safety is our first priority,\" the studio said. The Lindenau Volunteer Fire Brigade was stretched. The fire brigade said it had requested pumps.",
			want: []brief{
				{Indirect, "the accident", "confirmed", "Halcyon Crest Pictures", "Halcyon Crest Pictures"},
				{Direct, "\"Safety is our first priority,\"", "said", "the studio", "Halcyon Crest Pictures"},
				{Indirect, "it had requested pumps", "said", "The fire brigade", "Lindenau Volunteer Fire Brigade"},
			},
		},
		{
			name: "according to, at the start",
			in:   "According to Reuters, the talks will resume in May.",
			want: []brief{{Indirect, "the talks will resume in May", "According to", "Reuters", "Reuters"}},
		},
		{
			name: "participle after the source is not the cue",
			in:   "A statement issued on behalf of all parties also agreed on the complete withdrawal of foreign troops.",
			want: []brief{{Indirect, "the complete withdrawal of foreign troops", "agreed on", "A statement issued on behalf of all parties", ""}},
		},
		{
			name: "what is wanted keeps its time",
			in:   "Envoy Lena Varga wants a ceasefire before the winter.",
			want: []brief{{Indirect, "a ceasefire before the winter", "wants", "Envoy Lena Varga", "Lena Varga"}},
		},
		{
			name: "an attitude's object ends at the writer's time adjunct",
			in:   "Senator Ruth Okafor criticized the bill before the vote.",
			want: []brief{{Indirect, "the bill", "criticized", "Senator Ruth Okafor", "Ruth Okafor"}},
		},
		{
			name: "and will goes on with the reported clause",
			in:   `Mayor Tom Reyes said the city is not closing the port and will reopen it if the unions agree, "provided that the ships are safe".`,
			want: []brief{{Mixed, `the city is not closing the port and will reopen it if the unions agree, "provided that the ships are safe"`, "said", "Mayor Tom Reyes", "Tom Reyes"}},
		},
		{
			name: "a nested content stops before the sentence's own attribution",
			in:   "Ambassador Lena Varga spoke. So the time has come, they say for a new dialogue, she said.",
			want: []brief{
				{Indirect, "for a new dialogue", "say", "they", ""},
				{Indirect, "the time has come, they say for a new dialogue", "said", "she", "Lena Varga"},
			},
		},
		{
			name: "a day between subject and cue is not the speaker's",
			in:   "Envoy Lena Varga Friday told reporters that the talks would resume.",
			want: []brief{{Indirect, "that the talks would resume", "told", "Envoy Lena Varga", "Lena Varga"}},
		},
		{
			name: "a short object ends at a coordinated speech verb",
			in:   "Senator Tom Reyes claimed vast wealth and said it made him independent.",
			want: []brief{
				{Indirect, "vast wealth", "claimed", "Senator Tom Reyes", "Tom Reyes"},
				{Indirect, "it made him independent", "said", "Senator Tom Reyes", "Tom Reyes"},
			},
		},
		{
			name: "a short object ends at the writer's participle clause",
			in:   "Mayor Ana Silva cited the figure, further raising the issue.",
			want: []brief{{Indirect, "the figure", "cited", "Mayor Ana Silva", "Ana Silva"}},
		},
		{
			name: "a headline's name and colon before a whole quotation",
			in:   "Mayor Ana Silva: ‘We will reopen the port’\nThe talks went on.",
			want: []brief{{Direct, "‘We will reopen the port’", ":", "Mayor Ana Silva", "Ana Silva"}},
		},
		{
			name: "British single quotation marks",
			in:   "‘It is a disaster,’ said Jane Smith, a local resident. ‘Nobody warned us.’",
			want: []brief{{Direct, "‘It is a disaster,’ said Jane Smith, a local resident. ‘Nobody warned us.’", "said", "Jane Smith", "Jane Smith"}},
		},
		{
			name: "participle with by",
			in:   "A report released by the ministry said exports fell by a third.",
			want: []brief{{Indirect, "exports fell by a third", "said", "A report released by the ministry", "the ministry"}},
		},
		{
			name: "mixed",
			in:   "The Taliban has said it had “not yet reached” any conclusion.",
			want: []brief{{Mixed, "it had “not yet reached” any conclusion", "said", "The Taliban", "Taliban"}},
		},
		{
			name: "organisation with a role as speaker",
			in:   "Blinken and Ghani also “condemned the attacks,” State Department spokesman Ned Price said in a statement.",
			want: []brief{{Mixed, "Blinken and Ghani also “condemned the attacks,”", "said", "State Department spokesman Ned Price", "Ned Price"}},
		},
		{
			name: "pronoun resolves to the previous speaker",
			in:   "Gen. David Petraeus said the war was lost.\nA new report came out on Monday.\nHe added that refugees would flee.",
			want: []brief{
				{Indirect, "the war was lost", "said", "Gen. David Petraeus", "David Petraeus"},
				{Indirect, "that refugees would flee", "added", "He", "David Petraeus"},
			},
		},
		{
			name: "description resolves to the person with that role",
			in:   "US envoy Zalmay Khalilzad arrived in Doha.\nThe Taliban are far apart from Kabul, the envoy said.",
			want: []brief{{Indirect, "The Taliban are far apart from Kabul", "said", "the envoy", "Zalmay Khalilzad"}},
		},
		{
			name: "parenthetical attribution",
			in:   "The talks, Lindqvist said, will resume after the holidays.",
			want: []brief{{Indirect, "The talks, Lindqvist said, will resume after the holidays", "said", "Lindqvist", "Lindqvist"}},
		},
		{
			name: "told with an addressee",
			in:   "Price told reporters that the insurgents would become pariahs.",
			want: []brief{{Indirect, "that the insurgents would become pariahs", "told", "Price", "Price"}},
		},
		{
			name: "quotation over two paragraphs",
			in:   "“If the quotas stay, the boats will be gone.\n“And nobody seems to care,” said Tomas Berg.",
			want: []brief{{Direct, "“If the quotas stay, the boats will be gone.\n“And nobody seems to care,”", "said", "Tomas Berg", "Tomas Berg"}},
		},
		{
			name: "attitude nested in a report is not a quotation of its own",
			in:   "Stein said she plans to join the protest.",
			want: []brief{{Indirect, "she plans to join the protest", "said", "Stein", "Stein"}},
		},
		{
			name: "progressive attitude cue",
			in:   "The city of Phoenix is demanding that the campaign stop using the image.",
			want: []brief{{Indirect, "that the campaign stop using the image", "demanding", "The city of Phoenix", "Phoenix"}},
		},
		{
			name: "phrasal cue",
			in:   "Rep. Ann Cole pointed out that the bill had no funding.",
			want: []brief{{Indirect, "that the bill had no funding", "pointed out", "Rep. Ann Cole", "Ann Cole"}},
		},
		{
			name: "fired back that night: a time, not a clause",
			in:   "The sniper fired back that night from the roof.",
			want: []brief{},
		},
		{
			name: "during the occasion of speaking is the writer's",
			in:   "Senator Ann Cole denied that she had met the lobbyist during a radio interview on Tuesday.",
			want: []brief{{Indirect, "that she had met the lobbyist", "denied", "Senator Ann Cole", "Ann Cole"}},
		},
		{
			name: "since after a comma opens the writer's clause",
			in:   "Ann Cole denied that she had taken money, since the audit found no such payment.",
			want: []brief{{Indirect, "that she had taken money", "denied", "Ann Cole", "Ann Cole"}, {Indirect, "no such payment", "found", "the audit", "the audit"}},
		},
		{
			name: "a finding by a described body or group, with that",
			in:   "The panel found that the company had broken the rules. Investigators found that the pilot had not slept. The body found that morning was never identified. It was found that the door had been forced.",
			want: []brief{
				{Indirect, "that the company had broken the rules", "found", "The panel", ""},
				{Indirect, "that the pilot had not slept", "found", "Investigators", "investigators"},
			},
		},
		{
			name: "an aside between typed double hyphens after the subject",
			in:   "John Dickey, the chief executive of Ora Media -- the production company -- told me, \"We're a content provider.\"",
			want: []brief{{Direct, `"We're a content provider."`, "told", "John Dickey, the chief executive of Ora Media", "John Dickey"}},
		},
		{
			name: "a group described by its tie to someone speaks, not the person",
			in:   "Those close to him say he would run. Some close to the campaign say he would wait. Those who know him say he is tired. Many who voted for him say they regret it. People who worked with him say he was a tireless organiser.",
			want: []brief{
				{Indirect, "he would run", "say", "Those close to him", ""},
				{Indirect, "he would wait", "say", "Some close to the campaign", ""},
				{Indirect, "he is tired", "say", "Those who know him", ""},
				{Indirect, "they regret it", "say", "Many who voted for him", ""},
				{Indirect, "he was a tireless organiser", "say", "People who worked with him", "people who worked with him"},
			},
		},
		{
			name: "leaders close to someone are not that someone",
			in:   "Prime Minister Keshav Raj Pokharel met the board. Leaders close to the prime minister said he would resign.",
			want: []brief{{Indirect, "he would resign", "said", "Leaders close to the prime minister", "leaders close to the prime minister"}},
		},
		{
			name: "what a relative clause's subject described as a quotation, with that or which",
			in:   "Nine people were hurt in a blast that Mayor Bill de Blasio described as “an intentional act.” The fire, which the mayor described as “suspicious,” spread fast.",
			want: []brief{
				{Direct, "“an intentional act.”", "described as", "Mayor Bill de Blasio", "Bill de Blasio"},
				{Direct, "“suspicious,”", "described as", "the mayor", "Bill de Blasio"},
			},
		},
		{
			name: "going on to say after an attribution is the same speaker's",
			in:   "“It is insane,” Sanders said, going on to say that the country has spent years fighting racism. Sanders said the plan was fine, before going on to argue that it was too small. He was going to say that the plan failed.",
			want: []brief{
				{Direct, "“It is insane,”", "said", "Sanders", "Sanders"},
				{Indirect, "that the country has spent years fighting racism", "say", "Sanders", "Sanders"},
				{Indirect, "the plan was fine", "said", "Sanders", "Sanders"},
				{Indirect, "that it was too small", "argue", "Sanders", "Sanders"},
			},
		},
		{
			name: "a bare day after a judged object is the writer's, a day in a longer phrase of time is not cut",
			in:   "Chris Christie blasted Clinton as a “disgrace” Wednesday on a radio show. Christie called Clinton a “disgrace” on Wednesday. The council voted 5-4 late Tuesday to approve the budget. In recent weeks, Reid has gone after Trump as a “con artist.”",
			want: []brief{
				{Mixed, "Clinton as a “disgrace”", "blasted", "Chris Christie", "Chris Christie"},
				{Mixed, "Clinton a “disgrace”", "called", "Christie", "Chris Christie"},
				{Indirect, "5-4 late Tuesday to approve the budget", "voted", "The council", ""},
				{Mixed, "Trump as a “con artist.”", "gone after", "Reid", "Reid"},
			},
		},
		{
			name: "a name after a noun of time opens a contact clause, not the subject",
			in:   "It is not the first time Voss has said the vote was rigged. It is the first time the council has warned of a shortfall.",
			want: []brief{
				{Indirect, "the vote was rigged", "said", "Voss", "Voss"},
				{Indirect, "a shortfall", "warned of", "the council", ""},
			},
		},
		{
			name: "a role with a nationality is never a person of another country",
			in:   "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara. “Hunger cannot be a weapon,” the Turkish minister told reporters. Azerbaijan's Foreign Minister Jeyhun Bayramov said talks were completed. His Armenian counterpart, Ararat Mirzoyan, said Yerevan was ready to sign. The Armenian minister said the constitution was an internal matter.",
			want: []brief{
				{Direct, "“Hunger cannot be a weapon,”", "told", "the Turkish minister", "Hakan Fidan"},
				{Indirect, "talks were completed", "said", "Azerbaijan's Foreign Minister Jeyhun Bayramov", "Jeyhun Bayramov"},
				{Indirect, "Yerevan was ready to sign", "said", "Ararat Mirzoyan", "Ararat Mirzoyan"},
				{Indirect, "the constitution was an internal matter", "said", "The Armenian minister", "Ararat Mirzoyan"},
			},
		},
		{
			name: "a fronted phrase ends at its comma: a platform is no apposition's name, asked opens a fronted participle",
			in:   "President Joe Biden spoke on Monday. In a post on X, the president said the deal was done. Senator Lowell Strand criticised him. Asked whether he would still vote for Voss, the senator said he was focused on his own race.",
			want: []brief{
				{Indirect, "the deal was done", "said", "the president", "Joe Biden"},
				{Indirect, "whether he would still vote for Voss", "Asked", "", ""},
				{Indirect, "he was focused on his own race", "said", "the senator", "Lowell Strand"},
			},
		},
		{
			name: "a pronoun goes to the person just introduced: a newcomer ending the sentence before, an apposition with an age, a subject in the present",
			in:   "The academy's president, Martin Osei, defended the running time. \"So we let them talk,\" Osei said. The award went to Jonah Petrakis. \"I did not think this would happen,\" he said.\n\nMargaret Olufsen died Tuesday. Her great-niece, Abby Olufsen, 16, is in that choir. She said she had practiced the alto part.\n\n\"The rabbit is also very good,\" Delacroix-Moreau says. Her daughter, Camille, works the line. Camille glances toward the kitchen. \"Terrifying,\" she says.",
			want: []brief{
				{Indirect, "the running time", "defended", "The academy's president, Martin Osei", "Martin Osei"},
				{Direct, "\"So we let them talk,\"", "said", "Osei", "Martin Osei"},
				{Direct, "\"I did not think this would happen,\"", "said", "he", "Jonah Petrakis"},
				{Indirect, "she had practiced the alto part", "said", "She", "Abby Olufsen"},
				{Direct, "\"The rabbit is also very good,\"", "says", "Delacroix-Moreau", "Delacroix-Moreau"},
				{Direct, "\"Terrifying,\"", "says", "she", "Camille"},
			},
		},
		{
			name: "a profile's present-tense gestures after a quotation attribute it and report nothing else",
			in:   "\"There's no secret,\" she sighs, adjusting a rhinestone cuff. \"Retire,\" Odessa Kline laughs. She laughs at the idea.",
			want: []brief{
				{Direct, "\"There's no secret,\"", "sighs", "she", ""},
				{Direct, "\"Retire,\"", "laughs", "Odessa Kline", "Odessa Kline"},
			},
		},
		{
			name: "a relative named after an inverted cue or according to; where it was said between the cue and that",
			in:   "The family will hold a memorial concert in June, said his daughter, Renee Vance. She ran the shop for forty years, according to her longtime friend and neighbor, Edith Brandt. Reviewers complained online that the ending is ambiguous. She acknowledged, though, that the city had no power. He said online sales rose.",
			want: []brief{
				{Indirect, "The family will hold a memorial concert in June", "said", "his daughter, Renee Vance", "Renee Vance"},
				{Indirect, "She ran the shop for forty years", "according to", "her longtime friend and neighbor, Edith Brandt", "Edith Brandt"},
				{Indirect, "that the ending is ambiguous", "complained", "Reviewers", "Reviewers"},
				{Indirect, "that the city had no power", "acknowledged", "She", "Edith Brandt"},
				{Indirect, "online sales rose", "said", "He", ""},
			},
		},
		{
			name: "a lede's sources after the content: two conjuncts with modifiers; a time of the writer's after the attribution",
			in:   "Paramilitary forces killed at least 40 civilians in an attack on a camp, local activists and aid workers said on Friday. The army captured the town of Sake, a military source and local residents told the BBC. The United States does not want a wider war, a spokesman said on Wednesday, a day after aircraft struck Iraq. The storm damaged roads, bridges and officials said repairs would take months.",
			want: []brief{
				{Indirect, "Paramilitary forces killed at least 40 civilians in an attack on a camp", "said", "local activists and aid workers", ""},
				{Indirect, "The army captured the town of Sake", "told", "a military source and local residents", "a military source and local residents"},
				{Indirect, "The United States does not want a wider war", "said", "a spokesman", "a spokesman"},
				{Indirect, "repairs would take months", "said", "officials", "officials"},
			},
		},
		{
			name: "sport's descriptions: a demonym of two words, a ranking, a driver, a wicketkeeper",
			in:   "Head coach Brendon McCullum backed his captain. The New Zealander told the BBC that one defeat would not change anything. Daniil Medvedev was philosophical. \"My legs were gone,\" the world number three said. Lando Norris finished third. The McLaren driver said the car had been difficult. Mohammad Rizwan is also in contention. The wicketkeeper told Geo News he was ready.",
			want: []brief{
				{Indirect, "his captain", "backed", "Head coach Brendon McCullum", "Brendon McCullum"},
				{Indirect, "that one defeat would not change anything", "told", "The New Zealander", "Brendon McCullum"},
				{Direct, "\"My legs were gone,\"", "said", "the world number three", "Daniil Medvedev"},
				{Indirect, "the car had been difficult", "said", "The McLaren driver", "Lando Norris"},
				{Indirect, "he was ready", "told", "The wicketkeeper", "Mohammad Rizwan"},
			},
		},
		{
			name: "a sentence's opening noun with a participle phrase is the subject, not a noun inside the phrase",
			in:   "The family of a man killed in a hit-and-run in Bolton have described him as a \"gentle giant\". Detectives investigating the fatal stabbing of a 16-year-old boy in south London have vowed to find his killers. A Navy veteran seated near the front asked how Ambry could defend the remarks. Withdrawals surged after analytics firm Tallis Research said that $600 million had moved.",
			want: []brief{
				{Mixed, "him as a \"gentle giant\"", "described", "The family of a man killed in a hit-and-run in Bolton", ""},
				{Indirect, "to find his killers", "vowed", "Detectives investigating the fatal stabbing of a 16-year-old boy in south London", ""},
				{Indirect, "how Ambry could defend the remarks", "asked", "A Navy veteran seated near the front", "a Navy veteran seated near the front"},
				{Indirect, "that $600 million had moved", "said", "analytics firm Tallis Research", "Tallis Research"},
			},
		},
		{
			name: "a body opening the text is what its apposition calls it; whose opens a restrictive relative clause",
			in:   "NetChoice, a trade group representing companies including Meta, Google and TikTok, sued the state. The group argued the law violates the First Amendment. Parents whose children attend the school said they were not told. Bonds whose payments rise if economic growth exceeds the target were issued.",
			want: []brief{
				{Indirect, "the law violates the First Amendment", "argued", "The group", "NetChoice"},
				{Indirect, "they were not told", "said", "Parents whose children attend the school", ""},
			},
		},
		{
			name: "mended what the review found: an inverted speaker ending a text, the subject who is a driver too, sighed that, a time the event happens, a contact clause in a claim",
			in:   "Hamilton finished third behind Verstappen. \"We lacked pace,\" the driver said. He sighed that it was too late to change course. Elections will be held, the commission said, in March. Her claim that he stole money she earned shocked the court. Storm was the worst in decades, says The Met Office",
			want: []brief{
				{Direct, "\"We lacked pace,\"", "said", "the driver", "Hamilton"},
				{Indirect, "that it was too late to change course", "sighed", "He", "Hamilton"},
				{Indirect, "Elections will be held, the commission said, in March", "said", "the commission", ""},
				{Indirect, "that he stole money she earned", "claim", "Her", ""},
				{Indirect, "Storm was the worst in decades", "says", "The Met Office", "Met Office"},
			},
		},
		{
			name: "the review's second part: what comes after a future event is still the content; a role word tells people apart",
			in:   "The bridge will reopen, the council said, after repairs are finished. Pep Guardiola said his side were tired. Kyle Walker missed training on Tuesday. The defender added that he hoped to be fit.",
			want: []brief{
				{Indirect, "The bridge will reopen, the council said, after repairs are finished", "said", "the council", ""},
				{Indirect, "his side were tired", "said", "Pep Guardiola", "Pep Guardiola"},
				{Indirect, "that he hoped to be fit", "added", "The defender", "Kyle Walker"},
			},
		},
		{
			name: "an object ends before the medium of a bare plural or a diatribe",
			in:   "The senator attacked the governor in late-night posts. The host had denounced the ruling in an on-air diatribe. She urged readers to keep a close eye on bank statements.",
			want: []brief{
				{Indirect, "the governor", "attacked", "The senator", ""},
				{Indirect, "the ruling", "denounced", "The host", ""},
				{Indirect, "readers to keep a close eye on bank statements", "urged", "She", ""},
			},
		},
		{
			name: "a cue in a restrictive relative clause ends before the main verb; said through a lawyer that",
			in:   "A housing inspector who has cited Salazar properties repeatedly said conditions were among the worst she had seen. Neil Patel said through a lawyer that he disagrees strongly with the account.",
			want: []brief{
				{Indirect, "Salazar properties", "cited", "who", ""},
				{Indirect, "conditions were among the worst she had seen", "said", "A housing inspector who has cited Salazar properties", "a housing inspector who has cited Salazar properties"},
				{Indirect, "that he disagrees strongly with the account", "said", "Neil Patel", "Neil Patel"},
			},
		},
		{
			name: "documents and their makers: emails and invoices indicate and show, lawyers for someone argue, the next day that",
			in:   "Emails obtained by The Post indicate that managers knew of the leak. Invoices show that the firm billed the city twice. Lawyers for the plaintiffs argue that the company hid the defect. The company knew of the defect by 2019, emails indicate. The firm said the next day that it would cooperate.",
			want: []brief{
				{Indirect, "that managers knew of the leak", "indicate", "Emails obtained by The Post", "Emails obtained by The Post"},
				{Indirect, "that the firm billed the city twice", "show", "Invoices", "Invoices"},
				{Indirect, "that the company hid the defect", "argue", "Lawyers for the plaintiffs", "lawyers for the plaintiffs"},
				{Indirect, "The company knew of the defect by 2019", "indicate", "emails", "emails"},
				{Indirect, "that it would cooperate", "said", "The firm", ""},
			},
		},
		{
			name: "a state's highway patrol is one body, and another state's is another",
			in:   "Troopers with the Missouri State Highway Patrol said the driver was hurt. The Florida Highway Patrol said two people died.",
			want: []brief{
				{Indirect, "the driver was hurt", "said", "the Missouri State Highway Patrol", "Missouri State Highway Patrol"},
				{Indirect, "two people died", "said", "The Florida Highway Patrol", "Florida Highway Patrol"},
			},
		},
		{
			name: "a title with its full stop before a possessor names no one by that title",
			in:   "Raj Anand was charged in May. Mr. Anand's lawyers argued that the charges should be dropped.",
			want: []brief{
				{Indirect, "that the charges should be dropped", "argued", "Mr. Anand's lawyers", "Raj Anand's lawyers"},
			},
		},
		{
			name: "rulings and forecasts: a tally before that, writing for the majority, a panel of a court, forecast in the past",
			in:   "A three-judge panel of the Ninth Circuit ruled 2-1 that the law was unconstitutional. Justice Elena Kagan wrote for the majority that the agency had exceeded its authority. He forecast that inflation would fall to 2 percent next year. The forecast for next year is grim.",
			want: []brief{
				{Indirect, "that the law was unconstitutional", "ruled", "A three-judge panel of the Ninth Circuit", ""},
				{Indirect, "that the agency had exceeded its authority", "wrote", "Justice Elena Kagan", "Elena Kagan"},
				{Indirect, "that inflation would fall to 2 percent next year", "forecast", "He", ""},
			},
		},
		{
			name: "local news: confirmed to a station that, a person with a body, an expectation someone voiced",
			in:   "The sheriff's office confirmed to News 8 that the deputy had been placed on leave. Jake Lindqvist with the Excelsior Fire District said the blaze started in the kitchen. The victim is expected to survive, Judd said during a news conference.",
			want: []brief{
				{Indirect, "that the deputy had been placed on leave", "confirmed", "The sheriff's office", "the sheriff's office"},
				{Indirect, "the blaze started in the kitchen", "said", "Jake Lindqvist with the Excelsior Fire District", "Jake Lindqvist"},
				{Indirect, "The victim is expected to survive", "said", "Judd", "Judd"},
			},
		},
		{
			name: "a country's named body is what the body noun means next; a body of its leader is the body",
			in:   "Saudi Arabia's energy ministry said a drone had struck a fuel depot. There were no injuries, the ministry said. The eastern-based Libyan National Army (LNA) of commander Khalifa Haftar said in a statement that it welcomed the agreement.",
			want: []brief{
				{Indirect, "a drone had struck a fuel depot", "said", "Saudi Arabia's energy ministry", "Saudi Arabia's energy ministry"},
				{Indirect, "There were no injuries", "said", "the ministry", "Saudi Arabia's energy ministry"},
				{Indirect, "that it welcomed the agreement", "said", "eastern-based Libyan National Army (LNA) of commander Khalifa Haftar", "Libyan National Army"},
			},
		},
		{
			name: "an absolute with-clause of promises, one for each candidate",
			in:   "Hillary Clinton and Donald Trump offered different visions for the court, with Clinton pledging to appoint new justices and Trump promising to nominate conservative judges.",
			want: []brief{
				{Indirect, "different visions for the court", "offered", "Hillary Clinton and Donald Trump", "Hillary Clinton"},
				{Indirect, "to appoint new justices", "pledging", "Clinton", "Hillary Clinton"},
				{Indirect, "to nominate conservative judges", "promising", "Trump", "Donald Trump"},
			},
		},
		{
			name: "an attribution in a relative clause of the subject ends at the main clause's verb",
			in:   "A blast that residents said was caused by a drone struck a civil defence centre in Nabatieh.",
			want: []brief{
				{Indirect, "that residents said was caused by a drone", "said", "residents", "residents"},
			},
		},
		{
			name: "who goes on speaking; a speaker does not name themselves in their own words",
			in:   "Lionel Messi is a doubt, Lionel Scaloni has confirmed. The Argentine added that a final decision would be made on the morning of the match.\n\nMikel Arteta was also asked about comments made by Jurgen Klopp, who suggested that Arsenal had an easy fixture list. \"I have a lot of respect for Jurgen,\" he said.",
			want: []brief{
				{Indirect, "Lionel Messi is a doubt", "confirmed", "Lionel Scaloni", "Lionel Scaloni"},
				{Indirect, "that a final decision would be made on the morning of the match", "added", "The Argentine", "Lionel Scaloni"},
				{Indirect, "comments made by Jurgen Klopp", "asked about", "Mikel Arteta", "Mikel Arteta"},
				{Indirect, "that Arsenal had an easy fixture list", "suggested", "who", "Jurgen Klopp"},
				{Direct, "\"I have a lot of respect for Jurgen,\"", "said", "he", "Mikel Arteta"},
			},
		},
		{
			name: "how the words were received is the writer's, after a content that lists",
			in:   "He told the convention that Clinton \"must become the next president,\" drawing both cheers and boos. Residents said they needed rice, drinking water, and tarpaulins.",
			want: []brief{
				{Mixed, "that Clinton \"must become the next president,\"", "told", "He", ""},
				{Indirect, "they needed rice, drinking water, and tarpaulins", "said", "Residents", "residents"},
			},
		},
		{
			name: "a pronoun after someone spoke of another person is still the speaker",
			in:   "President Obama criticized Donald Trump. He said the plan was bad, and he warned that the Republican would undo his progress.",
			want: []brief{
				{Indirect, "Donald Trump", "criticized", "President Obama", "Obama"},
				{Indirect, "the plan was bad", "said", "He", "Obama"},
				{Indirect, "that the Republican would undo his progress", "warned", "he", "Obama"},
			},
		},
		{
			name: "a claim that opens the sentence ends before the sentence's own verb in the past",
			in:   "Kaine's suggestion that Pence was \"defending the indefensible\" became the Clinton campaign's theme. Trump's claim that the men who attacked him fled was false.",
			want: []brief{
				{Mixed, "that Pence was \"defending the indefensible\"", "suggestion", "Kaine's", "Kaine"},
				{Indirect, "that the men who attacked him fled", "claim", "Trump's", ""},
			},
		},
		{
			name: "the writer's phrase after a closing attribution; quoted with an apposition as saying",
			in:   "Gunmen killed at least 58 people in western Niger, local officials said on Monday, in one of the deadliest assaults this year. North Korea rejected an offer of dialogue, state media reported, in the latest sign that Pyongyang has no intention of returning to talks. Xinhua quoted a spokesman for the Western Theatre Command, Senior Colonel Zhang Shuili, as saying that Indian troops had crossed the line.",
			want: []brief{
				{Indirect, "Gunmen killed at least 58 people in western Niger", "said", "local officials", "local officials"},
				{Indirect, "North Korea rejected an offer of dialogue", "reported", "state media", ""},
				{Indirect, "that Indian troops had crossed the line", "quoted", "a spokesman for the Western Theatre Command, Senior Colonel Zhang Shuili", "Zhang Shuili"},
			},
		},
		{
			name: "it after a body described without a name is that body; a relative clause with a list before the cue",
			in:   "ISTANBUL (Reuters) - The central bank said in a statement that it had cut its one-week repo rate to 15%. It blamed recent price rises on transitory factors.\n\nSuhail Shaheen said the Taliban would observe the truce. Zalmay Khalilzad, who has spent the past year shuttling between Doha, Kabul and Islamabad, called the announcement a momentous opportunity.",
			want: []brief{
				{Indirect, "that it had cut its one-week repo rate to 15%", "said", "The central bank", ""},
				{Indirect, "recent price rises on transitory factors", "blamed", "It", "the central bank"},
				{Indirect, "the Taliban would observe the truce", "said", "Suhail Shaheen", "Suhail Shaheen"},
				{Indirect, "the announcement a momentous opportunity", "called", "Zalmay Khalilzad, who has spent the past year shuttling between Doha, Kabul and Islamabad", "Zalmay Khalilzad"},
			},
		},
		{
			name: "a clause goes on after an inverted attribution inside it",
			in:   "The fair's rulebook, said head judge Loretta Simms, does not allow for a tie. The plan will fail, said Smith, who was speaking in Ohio.",
			want: []brief{
				{Indirect, "The fair's rulebook, said head judge Loretta Simms, does not allow for a tie", "said", "head judge Loretta Simms", "Loretta Simms"},
				{Indirect, "The plan will fail", "said", "Smith", "Smith"},
			},
		},
		{
			name: "a clinical trial is a source of findings",
			in:   "Weight-loss jabs cut risk of heart attack by a fifth, trial shows\n\nThe trial showed no difference in deaths between the two groups.",
			want: []brief{
				{Indirect, "Weight-loss jabs cut risk of heart attack by a fifth", "shows", "trial", ""},
				{Indirect, "no difference in deaths between the two groups", "showed", "The trial", "the trial"},
			},
		},
		{
			name: "a response of manner reports nothing; a refusal to respond stays, as PolNeAR marks it",
			in:   "Usyk responded calmly. The junta did not respond to requests for comment.",
			want: []brief{
				{Indirect, "to requests for comment", "respond", "The junta", ""},
			},
		},
		{
			name: "a trailing source with a place or an aside: a jury at a court, the study published in a journal",
			in:   "A 24-year-old man stabbed a father-of-two in the neck after a row, a jury at Leeds Crown Court heard. The link was strongest for processed meats, the study, published in the BMJ, found. Phil Lovas, the chairman, said the plan would fail.",
			want: []brief{
				{Indirect, "A 24-year-old man stabbed a father-of-two in the neck after a row", "heard", "", ""},
				{Indirect, "The link was strongest for processed meats", "found", "the study, published in the BMJ", "the study"},
				{Indirect, "the plan would fail", "said", "Phil Lovas, the chairman", "Phil Lovas"},
			},
		},
		{
			name: "they after people who spoke is those people, not a body named in their words or a name quoted",
			in:   "In a statement, Mia's parents, Claire and Steven Thornton, said they had been failed by NHS England. \"No family should have to go through this,\" they said.\n\nJamal Hussain, 19, died on Friday. In a tribute released through Greater Manchester Police, his family said: \"Jamal was the heart of our family.\" They added that they would never understand.",
			want: []brief{
				{Indirect, "they had been failed by NHS England", "said", "Mia's parents, Claire and Steven Thornton", "Claire Thornton"},
				{Direct, "\"No family should have to go through this,\"", "said", "they", "Claire Thornton"},
				{Direct, "\"Jamal was the heart of our family.\"", "said", "his family", "Jamal Hussain's family"},
				{Indirect, "that they would never understand", "added", "They", ""},
			},
		},
		{
			name: "a passive of telling names who heard, not who said: no speaker and no mention (PolNeAR marks no source)",
			in:   "The gang used children as young as 14 to carry drugs, Norwich Crown Court was told. Ten Hag was informed of the decision at the training ground.",
			want: []brief{
				{Indirect, "The gang used children as young as 14 to carry drugs", "told", "", ""},
				{Indirect, "the decision at the training ground", "informed of", "", ""},
			},
		},
		{
			name: "a cue inside a fronted question reports nothing past it, and the main clause's subject speaks after it",
			in:   "Asked whether Washington had warned Baghdad in advance of the strikes, Price declined to go into details, saying only that the US had been \"in regular contact\" with Iraqi officials.",
			want: []brief{
				{Indirect, "whether Washington had warned Baghdad in advance of the strikes", "Asked", "", ""},
				{Indirect, "to go into details", "declined", "Price", "Price"},
				{Mixed, "only that the US had been \"in regular contact\" with Iraqi officials", "saying", "Price", "Price"},
			},
		},
		{
			name: "a nationality before a role's field; a country's body is what it means next; a title run stops at its sentence",
			in:   "Lebanon's prime minister, Najib Mikati, accused Israel of escalating. The French foreign minister, who visited Beirut last month, said Paris was working to prevent an escalation. Ukraine's general staff said on Thursday that 40 attacks were repelled. In its morning update, the general staff said Russian troops had used armoured vehicles. It said 12 tanks had been destroyed.",
			want: []brief{
				{Indirect, "Israel of escalating", "accused", "Lebanon's prime minister, Najib Mikati", "Najib Mikati"},
				{Indirect, "Paris was working to prevent an escalation", "said", "The French foreign minister, who visited Beirut last month", ""},
				{Indirect, "that 40 attacks were repelled", "said", "Ukraine's general staff", "Ukraine's general staff"},
				{Indirect, "Russian troops had used armoured vehicles", "said", "the general staff", "Ukraine's general staff"},
				{Indirect, "12 tanks had been destroyed", "said", "It", "Ukraine's general staff"},
			},
		},
		{
			name: "a role with a nationality no one named has no speaker rather than another country's",
			in:   "Turkish Foreign Minister Hakan Fidan met Sergei Lavrov in Ankara on Tuesday. The Russian minister said the talks were useful. The minister said Turkey would host the next round.",
			want: []brief{
				{Indirect, "the talks were useful", "said", "The Russian minister", ""},
				{Indirect, "Turkey would host the next round", "said", "The minister", "Hakan Fidan"},
			},
		},
		{
			name: "ruled out takes its particle; a passive ruled out rules nothing; even as opens the writer's contrast",
			in:   "Israel, which has long opposed the deal, has not ruled out military action. The striker was ruled out a few minutes later. Premier Rhys Calloway ruled out doing deals with independents, even as a new poll suggests neither party will win a majority.",
			want: []brief{
				{Indirect, "the deal", "opposed", "which", "Israel"},
				{Indirect, "military action", "ruled out", "Israel, which has long opposed the deal", "Israel"},
				{Indirect, "doing deals with independents", "ruled out", "Premier Rhys Calloway", "Rhys Calloway"},
				{Indirect, "neither party will win a majority", "suggests", "a new poll", "a new poll"},
			},
		},
		{
			name: "the writer's apposition summing up a statement is not its content; warned it could is a clause",
			in:   "He has said the plan would be “revenue neutral” once growth is factored in, a claim most economists reject. She proposed a ban on price gouging, an idea that drew criticism from some economists, who warned it could lead to shortages. Experts said the letter was not, on its own, a sign that anything was wrong.",
			want: []brief{
				{Mixed, "the plan would be “revenue neutral” once growth is factored in", "said", "He", ""},
				{Indirect, "a ban on price gouging", "proposed", "She", ""},
				{Indirect, "it could lead to shortages", "warned", "who", ""},
				{Indirect, "the letter was not, on its own, a sign that anything was wrong", "said", "Experts", "experts"},
			},
		},
		{
			name: "a pronoun opening the next sentence is the subject of the one before, also apposed to a role",
			in:   "“We've got the momentum,” Mr. Walker said. Mr. Warnock was more cautious. He said his campaign would work harder. Judge Brett M. Kavanaugh said he would do “whatever the committee wants.” The committee chairman, Senator Charles E. Grassley of Iowa, scheduled a vote for Friday. He said the committee had interviewed the witnesses.",
			want: []brief{
				{Direct, "“We've got the momentum,”", "said", "Mr. Walker", "Walker"},
				{Indirect, "his campaign would work harder", "said", "He", "Warnock"},
				{Mixed, "he would do “whatever the committee wants.”", "said", "Judge Brett M. Kavanaugh", "Brett M. Kavanaugh"},
				{Indirect, "the committee had interviewed the witnesses", "said", "He", "Charles E. Grassley"},
			},
		},
		{
			name: "an age in a description is never a person given another age",
			in:   "Giving evidence, nurse Angela Morris said she had reported the problem before the death of nine-day-old Oliver Quinn in February 2022. The 52-year-old said the monitor's alarms sometimes failed to sound.",
			want: []brief{
				{Indirect, "she had reported the problem before the death of nine-day-old Oliver Quinn in February 2022", "said", "nurse Angela Morris", "Angela Morris"},
				{Indirect, "the monitor's alarms sometimes failed to sound", "said", "The 52-year-old", "Angela Morris"},
			},
		},
		{
			name: "findings: a participle finding that, statistics as a source, a poll in a second clause",
			in:   "The tribunal rejected that argument, finding that the company exercised control over riders. Statistics compiled by the tournament show that the Spaniard won 71 percent of points. The board called for labels, and a Gallup poll published in October found that 51 percent of teenagers spend hours online. He was finding it hard to sleep.",
			want: []brief{
				{Indirect, "that argument", "rejected", "The tribunal", ""},
				{Indirect, "that the company exercised control over riders", "finding", "The tribunal", ""},
				{Indirect, "that the Spaniard won 71 percent of points", "show", "Statistics compiled by the tournament", ""},
				{Indirect, "labels", "called for", "The board", ""},
				{Indirect, "that 51 percent of teenagers spend hours online", "found", "a Gallup poll published in October", "Gallup"},
			},
		},
		{
			name: "an absolute clause after with: telling someone, accusing someone",
			in:   "A care home owner has been jailed for six years, with a judge telling her she had shown “a staggering indifference to human suffering”. The campaign turned bitter, with both camps accusing the other of buying votes.",
			want: []brief{
				{Mixed, "she had shown “a staggering indifference to human suffering”", "telling", "a judge", "a judge"},
				{Indirect, "the other of buying votes", "accusing", "both camps", ""},
			},
		},
		{
			name: "a raising passive after had been has no source, and its clause keeps the subject's apposition",
			in:   "Keller, 47, had been widely expected to leave at the end of the season. The deal, which has been approved by both boards, is expected to close in the fourth quarter.",
			want: []brief{
				{Indirect, "Keller, 47, had been widely expected to leave at the end of the season", "had been widely expected", "", ""},
				{Indirect, "The deal, which has been approved by both boards, is expected to close in the fourth quarter", "is expected", "", ""},
			},
		},
		{
			name: "a body the text called a group or an agency in apposition is the group, the agency",
			in:   "The law had been challenged by NetChoice, a trade group representing companies including Meta, Google and TikTok. The group argued that the requirements would chill speech. The Helvane Health Organisation, the international health agency, said several countries were reporting similar trends. In a bulletin, the agency urged governments to act.",
			want: []brief{
				{Indirect, "The law", "had been challenged by", "NetChoice", "NetChoice"},
				{Indirect, "that the requirements would chill speech", "argued", "The group", "NetChoice"},
				{Indirect, "several countries were reporting similar trends", "said", "The Helvane Health Organisation, the international health agency", "Helvane Health Organisation"},
				{Indirect, "governments to act", "urged", "the agency", "Helvane Health Organisation"},
			},
		},
		{
			name: "the subject before its relative clause or passive aside, not a word inside it",
			in:   "Residents who returned to the southern town of Khiam said they found their homes flattened. The National Unity Government, formed by lawmakers ousted in the 2021 coup, said ASEAN should go further. Olena, whose husband has been missing since 2022, said she came to every exchange.",
			want: []brief{
				{Indirect, "they found their homes flattened", "said", "Residents who returned to the southern town of Khiam", "residents who returned to the southern town of Khiam"},
				{Indirect, "ASEAN should go further", "said", "The National Unity Government, formed by lawmakers ousted in the 2021 coup", "National Unity Government"},
				{Indirect, "she came to every exchange", "said", "Olena, whose husband has been missing since 2022", "Olena"},
			},
		},
		{
			name: "what someone called a quotation is the quotation, not the rest of the sentence",
			in:   "The fighting began after India launched missile strikes on what it called “terrorist infrastructure” in Pakistan, in retaliation for an attack on tourists.",
			want: []brief{{Direct, "“terrorist infrastructure”", "called", "it", "India"}},
		},
		{
			name: "the medium a statement came in, with who carried it, is not its content",
			in:   "Kim Yo Jong said in a statement carried by the official Korean Central News Agency (KCNA) that Pyongyang would never tolerate the drills. The think tank said in a report published last month that 72 institutions were cutting jobs.",
			want: []brief{
				{Indirect, "that Pyongyang would never tolerate the drills", "said", "Kim Yo Jong", "Kim Yo Jong"},
				{Indirect, "that 72 institutions were cutting jobs", "said", "The think tank", ""},
			},
		},
		{
			name: "a participle after the medium in a fronted phrase is not a cue",
			in:   "In a security alert posted on its website, the embassy said citizens should leave. In a written statement read to the court, Patricia Elms said she was sorry.",
			want: []brief{
				{Indirect, "citizens should leave", "said", "the embassy", ""},
				{Indirect, "she was sorry", "said", "Patricia Elms", "Patricia Elms"},
			},
		},
		{
			name: "accuses does not invert; claims after and with a pronoun is a verb",
			in:   "The 22-count indictment, unsealed in federal court in Chicago, accuses Councillor Raymond Tully of running a pay-to-play operation. He denies the allegations and claims they are politically motivated.",
			want: []brief{
				{Indirect, "Councillor Raymond Tully of running a pay-to-play operation", "accuses", "The 22-count indictment, unsealed in federal court in Chicago", "the 22-count indictment"},
				{Indirect, "the allegations", "denies", "He", "Raymond Tully"},
				{Indirect, "they are politically motivated", "claims", "He", "Raymond Tully"},
			},
		},
		{
			name: "the name opening a sentence is the subject across an aside without a verb of its own",
			in:   "Judge Brett M. Kavanaugh, President Trump's nominee to the Supreme Court, angrily denied on Thursday that he had assaulted anyone. Former President Donald J. Trump, speaking at a news conference at his golf club in Bedminster, N.J., mocked the plan as “communist.”",
			want: []brief{
				{Indirect, "that he had assaulted anyone", "denied", "Judge Brett M. Kavanaugh, President Trump's nominee to the Supreme Court", "Brett M. Kavanaugh"},
				{Mixed, "the plan as “communist.”", "mocked", "Former President Donald J. Trump", "Donald J. Trump"},
			},
		},
		{
			name: "a participle of manner before said is no cue, and the senator of a state is the subject",
			in:   "Senator Lindsey Graham of South Carolina, red-faced and shouting, said the hearing was a sham.",
			want: []brief{{Indirect, "the hearing was a sham", "said", "Senator Lindsey Graham of South Carolina, red-faced and shouting", "Lindsey Graham"}},
		},
		{
			name: "a headline's second verb after a comma shares the first one's subject",
			in:   "US peace envoy meets Taliban negotiators in Doha, says dialogue must begin\n\nHeatwave to persist across plains this week, says Met office",
			want: []brief{
				{Indirect, "dialogue must begin", "says", "US peace envoy", ""},
				{Indirect, "Heatwave to persist across plains this week", "says", "Met office", ""},
			},
		},
		{
			name: "a member described by seat or party is the member who just spoke, never the seat or party",
			in:   "Greens leader Adam Bandt asked whether Labor would rule out new coal projects. The Member for Melbourne said approving them was reckless. Mike Nesbitt told the Assembly that his department faced a shortfall. The Ulster Unionist MLA said he had written to the finance minister. Sinn Féin leader Mary Lou McDonald said rents had risen. The Dublin Central TD told the chamber that the government had run out of road. Micheál Martin said the State had delivered 30,000 homes.",
			want: []brief{
				{Indirect, "whether Labor would rule out new coal projects", "asked", "Greens leader Adam Bandt", "Adam Bandt"},
				{Indirect, "approving them was reckless", "said", "The Member for Melbourne", "Adam Bandt"},
				{Indirect, "that his department faced a shortfall", "told", "Mike Nesbitt", "Mike Nesbitt"},
				{Indirect, "he had written to the finance minister", "said", "The Ulster Unionist MLA", "Mike Nesbitt"},
				{Indirect, "rents had risen", "said", "Sinn Féin leader Mary Lou McDonald", "Mary Lou McDonald"},
				{Indirect, "that the government had run out of road", "told", "The Dublin Central TD", "Mary Lou McDonald"},
				{Indirect, "the State had delivered 30,000 homes", "said", "Micheál Martin", "Micheál Martin"},
			},
		},
		{
			name: "an age or a parent of N right after someone spoke is that person",
			in:   "Janet Hughes said the man often mowed the lawn. Another neighbour, retired firefighter Tom Kowalski, said he had noticed the new truck. The 70-year-old said he felt sick. Jennifer Tran, whose two daughters attend Hammond, said the school was the heart of the neighbourhood. The mother of two said families had moved there for the school.",
			want: []brief{
				{Indirect, "the man often mowed the lawn", "said", "Janet Hughes", "Janet Hughes"},
				{Indirect, "he had noticed the new truck", "said", "retired firefighter Tom Kowalski", "Tom Kowalski"},
				{Indirect, "he felt sick", "said", "The 70-year-old", "Tom Kowalski"},
				{Indirect, "the school was the heart of the neighbourhood", "said", "Jennifer Tran, whose two daughters attend Hammond", "Jennifer Tran"},
				{Indirect, "families had moved there for the school", "said", "The mother of two", "Jennifer Tran"},
			},
		},
		{
			name: "a passive called to is a summons, not words",
			in:   "Officers were called to Narborough Road shortly after 11pm. Crews from the fire service were called to the house at 3.15am. Police said the fire was started deliberately.",
			want: []brief{{Indirect, "the fire was started deliberately", "said", "Police", "Police"}},
		},
		{
			name: "a crowd with a modifier, an adverb or an aside before a plain verb of belief speaks",
			in:   "Critics on the right argue that Becker is preparing to cave. Republicans in the Senate fear that the bill will fail. Farm groups now worry that history is about to repeat itself. But economists across the spectrum warn that the measures will raise prices. Supporters like to say that critics are wrong.",
			want: []brief{
				{Indirect, "that Becker is preparing to cave", "argue", "Critics on the right", "critics on the right"},
				{Indirect, "that the bill will fail", "fear", "Republicans in the Senate", "Republican Party"},
				{Indirect, "that history is about to repeat itself", "worry", "Farm groups", "farm groups"},
				{Indirect, "that the measures will raise prices", "warn", "economists across the spectrum", ""},
				{Indirect, "that critics are wrong", "say", "Supporters", "supporters"},
			},
		},
		{
			name: "a new speaker after and or but ends the content and speaks",
			in:   "FBI statistics show that murders fell sharply in 2023, but researchers caution that the numbers are incomplete. Heritage Action called the letter “a necessary first step,” and several veterans' organizations have urged Congress to hold hearings.",
			want: []brief{
				{Indirect, "that murders fell sharply in 2023", "show", "FBI statistics", "Federal Bureau of Investigation"},
				{Indirect, "that the numbers are incomplete", "caution", "researchers", "researchers"},
				{Mixed, "the letter “a necessary first step,”", "called", "Heritage Action", ""},
				{Indirect, "Congress to hold hearings", "urged", "several veterans' organizations", "several veterans' organizations"},
			},
		},
		{
			name: "advocates and voices before a verb of their own are nouns, and the verb's subject",
			in:   "After every mass shooting, lawmakers offer thoughts and prayers, advocates demand action, and the gun lobby warns that nothing works. Reform advocates insist that the real issue is funding. She advocates a carbon tax.",
			want: []brief{
				{Indirect, "thoughts and prayers", "offer", "lawmakers", "lawmakers"},
				{Indirect, "action", "demand", "advocates", "advocates"},
				{Indirect, "that nothing works", "warns", "the gun lobby", ""},
				{Indirect, "that the real issue is funding", "insist", "Reform advocates", "reform advocates"},
				{Indirect, "a carbon tax", "advocates", "She", ""},
			},
		},
		{
			name: "has written that, held that, maintained throughout X that",
			in:   "Nate Cohn has written that the polls could be biased. The court held that the law was valid. He held talks in Doha. She maintained throughout the campaign that the economy was strong.",
			want: []brief{
				{Indirect, "that the polls could be biased", "written", "Nate Cohn", "Nate Cohn"},
				{Indirect, "that the law was valid", "held", "The court", ""},
				{Indirect, "that the economy was strong", "maintained", "She", ""},
			},
		},
		{
			name: "the company after a body that spoke in a statement that it would",
			in:   "Veridian said in a statement that it would review the contract. The company noted that Apex accounted for 1% of revenue.",
			want: []brief{
				{Indirect, "that it would review the contract", "said", "Veridian", "Veridian"},
				{Indirect, "that Apex accounted for 1% of revenue", "noted", "The company", "Veridian"},
			},
		},
		{
			name: "the company is not an analyst's employer named before the analyst",
			in:   "Halvorsen Foods said on Thursday it would cut 400 jobs. Jefferies analyst Tom Ashby kept his “buy” rating. The company also disclosed in a filing that its chief financial officer would step down.",
			want: []brief{
				{Indirect, "it would cut 400 jobs", "said", "Halvorsen Foods", "Halvorsen Foods"},
				{Indirect, "that its chief financial officer would step down", "disclosed", "The company", "Halvorsen Foods"},
			},
		},
		{
			name: "a price, a result and a reputation are no statements",
			in:   "Telora shareholders will receive $61 a share, valuing Telora at $14 billion. The investment bank posted a 24% jump in fee income. The Irish executive, known for his blunt remarks, said he had spoken to Boeing.",
			want: []brief{{Indirect, "he had spoken to Boeing", "said", "The Irish executive, known for his blunt remarks", ""}},
		},
		{
			name: "a body's name with for a, and its aside before the verb, is the subject, not an inverted speaker",
			in:   "Yet the Committee for a Responsible Federal Budget, no friend of the policy, estimated the inflationary effect at a fraction of a percentage point.",
			want: []brief{{Indirect, "the inflationary effect at a fraction of a percentage point", "estimated", "the Committee for a Responsible Federal Budget, no friend of the policy", "Committee for a Responsible Federal Budget"}},
		},
		{
			name: "declined to say is one refusal, not a refusal and a saying",
			in:   "The spokesman declined to say whether a date had been set.",
			want: []brief{{Indirect, "to say whether a date had been set", "declined", "The spokesman", ""}},
		},
		{
			name: "a lone that after a verb of denial is the claim just reported; a long description before an inverted name",
			in:   "Social Democrats housing spokesperson Rory Hearne disputed that. “Every party says the other party is responsible,” said retired Air Force officer Col. Ramesh Iyer, 71.",
			want: []brief{
				{Indirect, "that", "disputed", "Social Democrats housing spokesperson Rory Hearne", "Rory Hearne"},
				{Direct, "“Every party says the other party is responsible,”", "said", "retired Air Force officer Col. Ramesh Iyer", "Ramesh Iyer"},
			},
		},
		{
			name: "a country's body without a name is what the ministry, the army means next",
			in:   "Russia's defence ministry said its forces had repelled an attack. The ministry said 30 drones were destroyed. Sudan's army said it had retaken the bridge. The army said fighting continued.",
			want: []brief{
				{Indirect, "its forces had repelled an attack", "said", "Russia's defence ministry", "Russia's defence ministry"},
				{Indirect, "30 drones were destroyed", "said", "The ministry", "Russia's defence ministry"},
				{Indirect, "it had retaken the bridge", "said", "Sudan's army", "Sudan's army"},
				{Indirect, "fighting continued", "said", "The army", "Sudan's army"},
			},
		},
		{
			name: "the guerrillas refer back to the armed group named",
			in:   "The National Liberation Army said it would observe the truce. The guerrillas said the talks would resume in May.",
			want: []brief{
				{Indirect, "it would observe the truce", "said", "The National Liberation Army", "National Liberation Army"},
				{Indirect, "the talks would resume in May", "said", "The guerrillas", "National Liberation Army"},
			},
		},
		{
			name: "review: an inverted headline speaker, that as a determiner, a passive after and, claims as a noun, for their part",
			in:   "Inflation hits a 40-year high, says ONS\n\nPolice held that suspect overnight before releasing him. The divers found that wreck in 1985. He said the town had flooded, and residents of the lower valley had been told to leave. The minister dismissed the allegations and claims they made about her family. Democrats, for their part, insist that the bill will fail.",
			want: []brief{
				{Indirect, "Inflation hits a 40-year high", "says", "ONS", "ONS"},
				{Indirect, "the town had flooded, and residents of the lower valley had been told to leave", "said", "He", ""},
				{Indirect, "the allegations and claims they made about her family", "dismissed", "The minister", ""},
				{Indirect, "that the bill will fail", "insist", "Democrats", "Democratic Party"},
			},
		},
		{
			name: "a participle in an apposition is not a cue",
			in:   "Ann Cole denied that the victim, shot at close range, had been armed.",
			want: []brief{{Indirect, "that the victim, shot at close range, had been armed", "denied", "Ann Cole", "Ann Cole"}},
		},
		{
			name: "raised the possibility: the noun is the content's",
			in:   "Ann Cole, the mayor, raised the possibility of new taxes.",
			want: []brief{{Indirect, "the possibility of new taxes", "raised", "Ann Cole, the mayor", "Ann Cole"}},
		},
		{
			name: "described as after a noun phrase of two words and a title",
			in:   "Prices rose, a pay reform Prime Minister Ann Cole described as \"a necessary evil.\"",
			want: []brief{{Direct, "\"a necessary evil.\"", "described as", "Prime Minister Ann Cole", "Ann Cole"}},
		},
		{
			name: "a state before a colon is not a manner of speaking",
			in:   "Markets were cautious: \"Risk-off\" trades dominated.",
			want: []brief{},
		},
		{
			name: "manner of speech after an age",
			in:   "Ann Cole, 61, was blunter: \"They lied to us for a year.\"",
			want: []brief{{Direct, "\"They lied to us for a year.\"", "was blunter", "Ann Cole, 61", "Ann Cole"}},
		},
		{
			name: "shot back that",
			in:   "Ann Cole shot back that the council had ignored the audit.",
			want: []brief{{Indirect, "that the council had ignored the audit", "shot back", "Ann Cole", "Ann Cole"}},
		},
		{
			name: "fired back that, after an aside",
			in:   "Ann Cole, for her part, fired back that the council had ignored the audit.",
			want: []brief{{Indirect, "that the council had ignored the audit", "fired back", "Ann Cole", "Ann Cole"}},
		},
		{
			name: "shot back as movement",
			in:   "The striker shot back into form with two goals.",
			want: []brief{},
		},
		{
			name: "manner of speech before a colon",
			in:   "Ann Cole, who chairs the finance committee, was blunter: \"Taxpayers deserve more than a memo.\"",
			want: []brief{{Direct, "\"Taxpayers deserve more than a memo.\"", "was blunter", "Ann Cole, who chairs the finance committee", "Ann Cole"}},
		},
		{
			name: "manner of speech with less",
			in:   "Ann Cole, the union's treasurer, was less diplomatic: \"They lied to us for a year.\"",
			want: []brief{{Direct, "\"They lied to us for a year.\"", "was less diplomatic", "Ann Cole, the union's treasurer", "Ann Cole"}},
		},
		{
			name: "described as, in a relative clause",
			in:   "The decision, which athletic director Ann Cole described as \"painful but necessary,\" was announced on Friday.",
			want: []brief{{Direct, "\"painful but necessary,\"", "described as", "athletic director Ann Cole", "Ann Cole"}},
		},
		{
			name: "described as, after a noun in apposition to the clause",
			in:   "Bread prices rose by a third, a move Cabinet spokesman Ann Cole described as \"painful but unavoidable.\"",
			want: []brief{{Direct, "\"painful but unavoidable.\"", "described as", "Cabinet spokesman Ann Cole", "Ann Cole"}},
		},
		{
			name: "described as, inside a reported sentence, is part of it",
			in:   "Ann Cole said there would be no turning back on the reform, which she described as \"indispensable\".",
			want: []brief{{Indirect, "there would be no turning back on the reform", "said", "Ann Cole", "Ann Cole"}},
		},
		{
			name: "phrasal cue after an apposition",
			in:   "Ann Cole, a law professor, pointed out that nothing had changed.",
			want: []brief{{Indirect, "that nothing had changed", "pointed out", "Ann Cole, a law professor", "Ann Cole"}},
		},
		{
			name: "phrasal cue with to after an apposition",
			in:   "Ann Cole, the mayor, referred to the closure as a betrayal.",
			want: []brief{{Indirect, "the closure as a betrayal", "referred to", "Ann Cole, the mayor", "Ann Cole"}},
		},
		{
			name: "phrasal cue, a preposition inside the clause",
			in:   "Rep. Ann Cole pointed out that nothing had changed since the 2022 ruling.",
			want: []brief{{Indirect, "that nothing had changed since the 2022 ruling", "pointed out", "Rep. Ann Cole", "Ann Cole"}},
		},
		{
			name: "phrasal cue, during and because of inside the clause",
			in:   "Rep. Ann Cole pointed out that people sleep badly during the week because of shift work.",
			want: []brief{{Indirect, "that people sleep badly during the week because of shift work", "pointed out", "Rep. Ann Cole", "Ann Cole"}},
		},
		{
			name: "attitude cue, an adverbial clause of the writer's still ends the object",
			in:   "Rep. Ann Cole criticized the plan while visiting the port.",
			want: []brief{{Indirect, "the plan", "criticized", "Rep. Ann Cole", "Ann Cole"}},
		},
		{
			name: "talk verb with its topic",
			in:   "Mayor Ann Cole spoke about the need for new housing.",
			want: []brief{{Indirect, "the need for new housing", "spoke about", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "talk verb without a topic is no cue",
			in:   "Mayor Ann Cole spoke for five minutes.",
			want: []brief{},
		},
		{
			name: "phrasal cue in base and -ing form",
			in:   "Mayor Ann Cole will point out that the dam is old. Mayor Ann Cole is sounding the alarm about the dam plan.",
			want: []brief{
				{Indirect, "that the dam is old", "point out", "Mayor Ann Cole", "Ann Cole"},
				{Indirect, "the dam plan", "sounding the alarm about", "Mayor Ann Cole", "Ann Cole"},
			},
		},
		{
			name: "quoted as saying",
			in:   "Mayor Ann Cole was quoted as saying that the library would close.",
			want: []brief{{Indirect, "that the library would close", "quoted as saying", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "complain verb",
			in:   "Mayor Ann Cole bemoaned the closure of the library.",
			want: []brief{{Indirect, "the closure of the library", "bemoaned", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "stance adjective after be",
			in:   "Mayor Ann Cole was worried that the library would close.",
			want: []brief{{Indirect, "that the library would close", "worried", "Mayor Ann Cole", "Ann Cole"}},
		},
		{
			name: "raising passive without a source",
			in:   "One in nine voters this fall is expected to be a first-time voter.",
			want: []brief{{Indirect, "One in nine voters this fall is expected to be a first-time voter", "is expected", "", ""}},
		},
		{
			name: "evidential adverb without a source",
			in:   "The mayor reportedly told aides that the library would close.",
			want: []brief{
				{Indirect, "The mayor reportedly told aides that the library would close", "reportedly", "", ""},
				{Indirect, "that the library would close", "told", "The mayor", ""},
			},
		},
		{
			name: "judgement verb takes the charge",
			in:   "Pyongyang accused the North's leader, Kim Jong Un, of fanatic recklessness.",
			want: []brief{{Indirect, "of fanatic recklessness", "accused", "Pyongyang", "Pyongyang"}},
		},
		{
			name: "stop word inside a name",
			in:   "British Prime Minister Theresa May suggested that the country would trigger Article 50.",
			want: []brief{{Indirect, "that the country would trigger Article 50", "suggested", "British Prime Minister Theresa May", "Theresa May"}},
		},
		{
			name: "attitude object ends before a participle clause",
			in:   "Hillary Clinton had mocked the complaint, saying anybody who complains is not having a good night.",
			want: []brief{
				{Indirect, "the complaint", "mocked", "Hillary Clinton", "Hillary Clinton"},
				{Indirect, "anybody who complains is not having a good night", "saying", "Hillary Clinton", "Hillary Clinton"},
			},
		},
		{
			name: "infinitive cue after a control verb",
			in:   "Caddell went on to discuss the new polls from Ohio.",
			want: []brief{{Indirect, "the new polls from Ohio", "discuss", "Caddell", ""}}, // a lone surname is no entity
		},
		{
			name: "continuation paragraph keeps the speaker",
			in:   "“The worst case is a civil war,” Petraeus added.\n“Millions of refugees would flee.”",
			want: []brief{
				{Direct, "“The worst case is a civil war,”", "added", "Petraeus", "Petraeus"},
				{Direct, "“Millions of refugees would flee.”", "", "Petraeus", "Petraeus"}, // the continued quotation's mention
			},
		},
		{
			name: "guillemets",
			in:   "«Nous attendons depuis des mois», a shop owner said.",
			want: []brief{{Direct, "«Nous attendons depuis des mois»", "said", "a shop owner", "a shop owner"}},
		},
		{
			name: "passive with an agent",
			in:   "The registration issue was first reported by The Washington Post.",
			want: []brief{{Indirect, "The registration issue", "was first reported by", "The Washington Post", "The Washington Post"}},
		},
		{
			name: "says of, then the quotation; a place is not the speaker",
			in:   "The New York businessman says of Clinton, “She will put the office up for sale.”",
			want: []brief{{Direct, "“She will put the office up for sale.”", "says", "The New York businessman", ""}},
		},
		{
			name: "participle after a name introduces a quotation",
			in:   "The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”",
			want: []brief{{Direct, "“Why aren’t I 50 points ahead?”", "asking", "Hillary Clinton", "Hillary Clinton"}},
		},
		{
			name: "progressive cue",
			in:   "Donald Trump is telling a veterans group that the military is depleted.",
			want: []brief{{Indirect, "that the military is depleted", "telling", "Donald Trump", "Donald Trump"}},
		},
		{
			name: "a question put to the speaker is an attribution of its own, its source the asker",
			in:   "Asked by a reporter about the strike, Mayor Tom Reyes said the port would reopen.",
			want: []brief{
				{Indirect, "about the strike", "Asked", "a reporter", "a reporter"},
				{Indirect, "the port would reopen", "said", "Mayor Tom Reyes", "Tom Reyes"},
			},
		},
		{
			name: "an object ends at a second verb of the subject's",
			in:   "Senator Ruth Okafor called the plan reckless and accused the mayor of hiding its cost.",
			want: []brief{
				{Indirect, "the plan reckless", "called", "Senator Ruth Okafor", "Ruth Okafor"},
				{Indirect, "the mayor of hiding its cost", "accused", "Senator Ruth Okafor", "Ruth Okafor"},
			},
		},
		{
			name: "a named poll reports a finding; standing in the polls is not one",
			in:   "Mayor Lin leads by four points in a Courier poll released on Monday. Her rival trails in the polls across the state.",
			want: []brief{{Indirect, "Mayor Lin leads by four points", "in", "a Courier poll released on Monday", "Courier"}},
		},
		{
			name: "an appearance without a source",
			in:   "The closures appear to have brought some stability to the remaining casinos.",
			want: []brief{{Indirect, "The closures appear to have brought some stability to the remaining casinos", "appear", "", ""}},
		},
		{
			name: "inverted speaker with a description before the name",
			in:   `"We will not back down," said retired neurosurgeon Ben Carson.`,
			want: []brief{{Direct, `"We will not back down,"`, "said", "retired neurosurgeon Ben Carson", "Ben Carson"}},
		},
		{
			name: "a parenthetical according to: the content goes on past it",
			in:   "The talks, according to two officials, will resume in May.",
			want: []brief{{Indirect, "The talks, according to two officials, will resume in May", "according to", "two officials", "two officials"}},
		},
		{
			name: "a name as the label of a quotation",
			in:   `Senator Ruth Okafor spoke first. Okafor: "The bill is dead."`,
			want: []brief{{Direct, `"The bill is dead."`, ":", "Okafor", "Ruth Okafor"}},
		},
		{
			name: "no cue, no quote",
			in:   "The harbour reopened on Friday after a storm.",
			want: []brief{},
		},
		{
			name: "infinitive is not a cue",
			in:   "They went to the port to say goodbye to the boats.",
			want: []brief{},
		},
		{
			name: "a verb that is a cue only with its particles",
			in:   "Harriet Gowdy fired the staffer in June.\n\nClinton Goes After Trump Over Emails",
			want: []brief{{Indirect, "Trump Over Emails", "Goes After", "Clinton", ""}},
		},
		{
			name: "continuing an act, delivering a speech: no words reported",
			in:   "The mayor continued her push for a new bridge. The senator continues to run a strong campaign. The governor delivered a speech on the budget.",
			want: []brief{},
		},
		{
			name: "a plural subject with a modifier takes an attitude verb",
			in:   "Residents of the valley oppose the new quarry.",
			want: []brief{{Indirect, "the new quarry", "oppose", "Residents of the valley", "residents of the valley"}},
		},
		{
			name: "a noun's own that-clause after a cue's adjunct is not what was said",
			in:   "Joe Borg, who spoke on condition that his bar was not named, said staff were in shock.",
			want: []brief{{Indirect, "staff were in shock", "said", "Joe Borg, who spoke on condition that his bar was not named", "Joe Borg"}},
		},
		{
			name: "a second relative clause after ', and who' still belongs to the subject",
			in:   "A nurse who worked on the ward for a decade, and who asked not to be named, said the ward was full.",
			want: []brief{{Indirect, "the ward was full", "said", "A nurse who worked on the ward for a decade, and who asked not to be named", "a nurse who worked on the ward for a decade"}},
		},
		{
			name: "an agentless passive gives way to the closing attribution of its sentence",
			in:   "Both were treated for hypothermia and were expected to be released Sunday, he said.",
			want: []brief{{Indirect, "Both were treated for hypothermia and were expected to be released Sunday", "said", "he", ""}},
		},
		{
			name: "a financial year written with a slash stays inside the subject",
			in:   "The audit for the 2023/24 financial year, tabled in March, said the county lost money.",
			want: []brief{{Indirect, "the county lost money", "said", "The audit for the 2023/24 financial year, tabled in March", ""}},
		},
		{
			name: "called on someone to act, however short the sentence",
			in:   "Zalmay Khalilzad called on the Taliban to reduce violence. The council called upon both sides to end the fighting. Mayor Ann Cole called on Tuesday. Mayor Ann Cole said in a statement.",
			want: []brief{
				{Indirect, "the Taliban to reduce violence", "called on", "Zalmay Khalilzad", "Zalmay Khalilzad"},
				{Indirect, "both sides to end the fighting", "called upon", "The council", ""},
			},
		},
		{
			name: "an inverted speaker may be a bare plural",
			in:   "A deal is close, said officials familiar with the talks. The road was blocked, said witnesses.",
			want: []brief{
				{Indirect, "A deal is close", "said", "officials familiar with the talks", "officials familiar with the talks"},
				{Indirect, "The road was blocked", "said", "witnesses", "witnesses"},
			},
		},
		{
			name: "a warning verb's particle is not the one warned, however short the sentence",
			in:   "Mayor Ann Cole warned of a long road ahead. Ann Cole cautioned against expecting a quick deal. The assembly had not been told about the decree.",
			want: []brief{
				{Indirect, "a long road ahead", "warned of", "Mayor Ann Cole", "Ann Cole"},
				{Indirect, "expecting a quick deal", "cautioned against", "Ann Cole", "Ann Cole"},
			},
		},
		{
			name: "a bare plural with its verb opens the clause after a phrase of the cue",
			in:   "Mayor Ann Cole said on Monday troops would leave by May. Ann Cole said in a statement prices were rising.",
			want: []brief{
				{Indirect, "troops would leave by May", "said", "Mayor Ann Cole", "Ann Cole"},
				{Indirect, "prices were rising", "said", "Ann Cole", "Ann Cole"},
			},
		},
		{
			name: "an object ends before a second verb phrase of the speaker's, a clause does not",
			in:   "Mayor Ann Cole confirmed the closure but gave no details. Ann Cole declared the rules void, and barred the fees. Ann Cole said the storm killed ten and wounded twenty. Ann Cole showed photos of moldy rice and bloated canned goods.",
			want: []brief{
				{Indirect, "the closure", "confirmed", "Mayor Ann Cole", "Ann Cole"},
				{Indirect, "the rules void", "declared", "Ann Cole", "Ann Cole"},
				{Indirect, "the storm killed ten and wounded twenty", "said", "Ann Cole", "Ann Cole"},
				{Indirect, "photos of moldy rice and bloated canned goods", "showed", "Ann Cole", "Ann Cole"},
			},
		},
		{
			name: "it after a body named through its owner is the body",
			in:   "Pakistan's foreign ministry welcomed the talks. In a statement, it said Islamabad would help. The Indian army denied the report. It said the border was calm.",
			want: []brief{
				{Indirect, "the talks", "welcomed", "Pakistan's foreign ministry", "Pakistan's foreign ministry"},
				{Indirect, "Islamabad would help", "said", "it", "Pakistan's foreign ministry"},
				{Indirect, "the report", "denied", "The Indian army", "Indian army"},
				{Indirect, "the border was calm", "said", "It", "Indian army"},
			},
		},
		{
			name: "a manner or time adverb after the cue is not content",
			in:   "Foreign Minister Shah Qureshi said separately that stability depended on a deal. Qureshi said firmly that the border would stay open.",
			want: []brief{
				{Indirect, "that stability depended on a deal", "said", "Foreign Minister Shah Qureshi", "Shah Qureshi"},
				{Indirect, "that the border would stay open", "said", "Qureshi", "Shah Qureshi"},
			},
		},
		{
			name: "an appeal asks for something or someone; a court appealed to is not asked",
			in:   "Mayor Ann Cole appealed for calm. Ann Cole appealed to residents to stay indoors. The company appealed to the Supreme Court. Ann Cole insisted on a full recount.",
			want: []brief{
				{Indirect, "calm", "appealed for", "Mayor Ann Cole", "Ann Cole"},
				{Indirect, "residents to stay indoors", "appealed to", "Ann Cole", "Ann Cole"},
				{Indirect, "a full recount", "insisted on", "Ann Cole", "Ann Cole"},
			},
		},
		{
			name: "according to is the attribution, not the content of a passive in its sentence",
			in:   "According to police, the suspect had been warned twice. The driver had been warned twice, according to police. According to the minister, the plan had been approved by the cabinet.",
			want: []brief{
				{Indirect, "the suspect had been warned twice", "According to", "police", "police"},
				{Indirect, "The driver had been warned twice", "according to", "police", "police"},
				{Indirect, "the plan had been approved by the cabinet", "According to", "the minister", ""},
			},
		},
		{
			name: "the writer's context after a comma ends the content; a parenthetical inside it does not",
			in:   "General Hugh Kensit said the army was ready, amid growing tensions on the border. Kensit said the talks had stalled, days after the clashes. Kensit said the border would stay open, in his first public remarks since the clashes. Kensit said the timing of the leak, days before the vote, was no coincidence. Kensit said costs would dip, before recovering later in the year.",
			want: []brief{
				{Indirect, "the army was ready", "said", "General Hugh Kensit", "Hugh Kensit"},
				{Indirect, "the talks had stalled", "said", "Kensit", "Hugh Kensit"},
				{Indirect, "the border would stay open", "said", "Kensit", "Hugh Kensit"},
				{Indirect, "the timing of the leak, days before the vote, was no coincidence", "said", "Kensit", "Hugh Kensit"},
				{Indirect, "costs would dip, before recovering later in the year", "said", "Kensit", "Hugh Kensit"},
			},
		},
		{
			name: "a reported question starts at whether or if; that night is a time",
			in:   "Defence counsel Imran Qureshi asked whether the witness had been drinking that night. Qureshi asked the officer if the police had followed procedure. Qureshi told reporters that night that he would appeal.",
			want: []brief{
				{Indirect, "whether the witness had been drinking that night", "asked", "Defence counsel Imran Qureshi", "Imran Qureshi"},
				{Indirect, "if the police had followed procedure", "asked", "Qureshi", "Imran Qureshi"},
				{Indirect, "that he would appeal", "told", "Qureshi", "Imran Qureshi"},
			},
		},
		{
			name: "the agent of a passive tell verb told; without one, no one is named",
			in:   "Staff were told by managers that the office would close. The jury was told by forensic expert Dr Neil Graves that the victim died instantly. Parents were told that the school would close.",
			want: []brief{
				{Indirect, "that the office would close", "told", "managers", "managers"},
				{Indirect, "that the victim died instantly", "told", "forensic expert Dr Neil Graves", "Neil Graves"},
				{Indirect, "that the school would close", "told", "", ""},
			},
		},
		{
			name: "a plural noun after a past verb is its object, not a second cue",
			in:   "Opposition leader Farid Nassar rejected claims that his party had received foreign funding.",
			want: []brief{
				{Indirect, "claims that his party had received foreign funding", "rejected", "Opposition leader Farid Nassar", "Farid Nassar"},
			},
		},
		{
			name: "ordinary acts are not statements: a title claimed, the police called, a phone answered, bail",
			in:   "Rovers claimed the title on Saturday. Neighbours called the police. Shaw answered the phone. She was released on bail. The driver was admitted to hospital. The company ignored repeated warnings from regulators. Kodzo Ahadzi called on the police to arrest those behind the violence. The Taliban claimed responsibility for the attack.",
			want: []brief{
				{Indirect, "the police to arrest those behind the violence", "called on", "Kodzo Ahadzi", "Kodzo Ahadzi"},
				{Indirect, "responsibility for the attack", "claimed", "The Taliban", "Taliban"},
			},
		},
		{
			name: "a phrase and a colon between the cue and a quotation are not content",
			in:   "Rebecca Hale wrote in a letter to the minister: \"Patients deserve answers.\" Hale said in a statement read outside court: \"Justice has been done.\" Hale posted a photo, writing: \"Home at last.\"",
			want: []brief{
				{Direct, "\"Patients deserve answers.\"", "wrote", "Rebecca Hale", "Rebecca Hale"},
				{Direct, "\"Justice has been done.\"", "said", "Hale", "Rebecca Hale"},
				{Indirect, "a photo", "posted", "Hale", "Rebecca Hale"},
				{Direct, "\"Home at last.\"", "writing", "Hale", "Rebecca Hale"},
			},
		},
		{
			name: "a relative clause in commas ends before the main verb in the present",
			in:   "The plan, which officials say will cost $3 billion, faces strong opposition.",
			want: []brief{
				{Indirect, "which officials say will cost $3 billion", "say", "officials", "officials"},
			},
		},
		{
			name: "who is quoted or cited as saying speaks, whoever quotes them",
			in:   "Local media quoted a police official as saying the blast was caused by a gas leak. The Times cited unnamed officials as saying the visit had been cancelled. The report cited rising costs.",
			want: []brief{
				{Indirect, "the blast was caused by a gas leak", "quoted", "a police official", "a police official"},
				{Indirect, "the visit had been cancelled", "cited", "unnamed officials", "unnamed officials"},
				{Indirect, "rising costs", "cited", "The report", "the report"},
			},
		},
		{
			name: "what a court or an inquest heard, with no one named as its source",
			in:   "The court heard that the victim had been stabbed three times. Liam Carver had been drinking for six hours, Castlebridge Crown Court heard. A manager took £1.2 million from his employer, a court has heard. Ferreira, the inquiry heard, had ignored repeated warnings. Residents heard gunfire. Jurors heard that the car was stolen.",
			want: []brief{
				{Indirect, "that the victim had been stabbed three times", "heard", "", ""},
				{Indirect, "Liam Carver had been drinking for six hours", "heard", "", ""},
				{Indirect, "A manager took £1.2 million from his employer", "heard", "", ""},
				{Indirect, "Ferreira, the inquiry heard, had ignored repeated warnings", "heard", "", ""},
				{Indirect, "that the car was stolen", "heard", "", ""},
			},
		},
		{
			name: "a pronoun in a relative clause is the sentence's subject, not the last speaker",
			in:   "Phil Foden said he was enjoying his football. Villa boss Unai Emery was frustrated by the second goal, which he felt should have been ruled out.",
			want: []brief{
				{Indirect, "he was enjoying his football", "said", "Phil Foden", "Phil Foden"},
				{Indirect, "which he felt should have been ruled out", "felt", "he", "Unai Emery"},
			},
		},
		{
			name: "she is not the one named as her lawyer",
			in:   "Grace Moyo denied the allegations. In a statement issued through her lawyer, Advocate Tinashe Mpofu, she said she would clear her name.",
			want: []brief{
				{Indirect, "the allegations", "denied", "Grace Moyo", "Grace Moyo"},
				{Indirect, "she would clear her name", "said", "she", "Grace Moyo"},
			},
		},
		{
			name: "a bare plural of people inside a relative clause speaks, not the noun it modifies",
			in:   "It is a move that critics say will hurt the poorest families. It was a decision analysts say may breach the treaty.",
			want: []brief{
				{Indirect, "that critics say will hurt the poorest families", "say", "critics", "critics"},
				{Indirect, "a decision analysts say may breach the treaty", "say", "analysts", "analysts"},
			},
		},
		{
			name: "an as-clause with an object of its own reports that object, not the clause before",
			in:   "Unemployment fell, as figures showed a record number of jobs. The suspect fled, as police said on Tuesday. Parents chanted \"Save Maple Street!\" as the chair called a short recess.",
			want: []brief{
				{Indirect, "a record number of jobs", "showed", "figures", "figures"},
				{Indirect, "The suspect fled", "said", "police", "police"},
				{Direct, "\"Save Maple Street!\"", "chanted", "Parents", "parents"},
			},
		},
		{
			name: "a named possessor in -s with a bare apostrophe speaks through their lawyer",
			in:   "Jamal Reyes' lawyer said the case was weak. Fox News' Megyn Kelly said the case was strong.",
			want: []brief{
				{Indirect, "the case was weak", "said", "Jamal Reyes' lawyer", "Jamal Reyes's lawyer"},
				{Indirect, "the case was strong", "said", "Megyn Kelly", "Megyn Kelly"},
			},
		},
		{
			name: "a claim that opens the sentence ends before the main verb; a bare apostrophe marks its owner",
			in:   "Ana Devers' claim that thousands of ballots were forged has been widely debunked. His claim that the vote was rigged is false.",
			want: []brief{
				{Indirect, "that thousands of ballots were forged", "claim", "Ana Devers", "Ana Devers"},
				{Indirect, "that the vote was rigged", "claim", "His", ""},
			},
		},
		{
			name: "a description before the speaker's name belongs to the speaker, after a quotation or opening the sentence",
			in:   "\"It was chaos,\" one passenger, Tom Beale, said. Her neighbour, Peter Quinn, agreed. A Pentagon spokeswoman, Lt. Col. Andrea Fowles, said the base was safe.",
			want: []brief{
				{Direct, "\"It was chaos,\"", "said", "one passenger, Tom Beale", "Tom Beale"},
				{Indirect, "the base was safe", "said", "A Pentagon spokeswoman, Lt. Col. Andrea Fowles", "Andrea Fowles"},
			},
		},
		{
			name: "a bare spokesperson speaks for the body just named, unless a person was named since",
			in:   "The Department for Education published the figures. A spokesperson said schools would get more money. Mayor Ann Cole met the Department for Education. Ann Cole spoke first. A spokesman said the talks went well.",
			want: []brief{
				{Indirect, "the figures", "published", "The Department for Education", "Department for Education"},
				{Indirect, "schools would get more money", "said", "A spokesperson", "Department for Education"},
				{Indirect, "the talks went well", "said", "A spokesman", "a spokesman"},
			},
		},
		{
			name: "the family of someone speaks for them, it is not them",
			in:   "The family of Jamie Reid said he had been failed by the system.",
			want: []brief{
				{Indirect, "he had been failed by the system", "said", "The family of Jamie Reid", "Jamie Reid's family"},
			},
		},
		{
			name: "a longer hearer of told is not part of the clause told",
			in:   "Mayor Ann Cole told BBC Radio 4 the target would be met. Ann Cole told waiting reporters the budget was safe. Ann Cole asked the board why the plan had failed.",
			want: []brief{
				{Indirect, "the target would be met", "told", "Mayor Ann Cole", "Ann Cole"},
				{Indirect, "the budget was safe", "told", "Ann Cole", "Ann Cole"},
				{Indirect, "why the plan had failed", "asked", "Ann Cole", "Ann Cole"},
			},
		},
		{
			name: "police ranks of Nigerian and Indian reporting are titles; a live blog's time stamp is no part of the speaker",
			in:   "SP Abdullahi Haruna said the suspects had been arrested. SHO Vinod Kumar said a case had been registered.\n\n14:32 Foreign Secretary Amy Lund says the talks will resume.",
			want: []brief{
				{Indirect, "the suspects had been arrested", "said", "SP Abdullahi Haruna", "Abdullahi Haruna"},
				{Indirect, "a case had been registered", "said", "SHO Vinod Kumar", "Vinod Kumar"},
				{Indirect, "the talks will resume", "says", "Foreign Secretary Amy Lund", "Amy Lund"},
			},
		},
		{
			name: "Indian reporting's CM is a title, after a state's name too",
			in:   "Karnataka CM Siddesh Gowda said the state would seek more funds. Deputy CM Ravi Shetty said the party was united.",
			want: []brief{
				{Indirect, "the state would seek more funds", "said", "Karnataka CM Siddesh Gowda", "Siddesh Gowda"},
				{Indirect, "the party was united", "said", "Deputy CM Ravi Shetty", "Ravi Shetty"},
			},
		},
		{
			name: "a headline's \"says CM\" is the chief minister the story names",
			in:   "No release of water till storage is assessed, says CM\n\nChief Minister Ravi Naidu on Tuesday told the Assembly that the State would wait.",
			want: []brief{
				{Indirect, "No release of water till storage is assessed", "says", "CM", "Ravi Naidu"},
				{Indirect, "that the State would wait", "told", "Chief Minister Ravi Naidu", "Ravi Naidu"},
			},
		},
		{
			name: "went on and chipped in close an attribution; the meeting going on for hours reports nothing",
			in:   "\"We were poor,\" said coach Jo Lane. \"We need time,\" she went on. \"And patience,\" she chipped in. The meeting went on for hours.",
			want: []brief{
				{Direct, "\"We were poor,\"", "said", "coach Jo Lane", "Jo Lane"},
				{Direct, "\"We need time,\"", "went on", "she", "Jo Lane"},
				{Direct, "\"And patience,\"", "chipped in", "she", "Jo Lane"},
			},
		},
		{
			name: "a dash between an attribution and a quotation",
			in:   "\"We did everything right,\" said coach Dana Reyes — \"and still lost.\" Coach Dana Reyes said — \"We will be back.\"",
			want: []brief{
				{Direct, "\"We did everything right,\" said coach Dana Reyes — \"and still lost.\"", "said", "coach Dana Reyes", "Dana Reyes"},
				{Direct, "\"We will be back.\"", "said", "Coach Dana Reyes", "Dana Reyes"},
			},
		},
		{
			name: "a verdict owned before a colon is its owner's quotation",
			in:   "Mayor Ruth Adeyemi spoke on Friday. Ruth Adeyemi's verdict: \"It is a disgrace.\" Her response was swift: \"We will appeal.\" The mayor's message was blunt: \"Pay up.\"",
			want: []brief{
				{Direct, "\"It is a disgrace.\"", "verdict", "Ruth Adeyemi's", "Ruth Adeyemi"},
				{Direct, "\"We will appeal.\"", "response", "Her", "Ruth Adeyemi"},
				{Direct, "\"Pay up.\"", "message", "The mayor's", "Ruth Adeyemi"},
			},
		},
		{
			name: "a form of address picks the namesake of its gender",
			in:   "Ryan Cole said the council had ignored the flooding. His partner, Leah Cole, said the house was ruined. Mr Cole said the family would sue. Ms Cole said they had nowhere to go.",
			want: []brief{
				{Indirect, "the council had ignored the flooding", "said", "Ryan Cole", "Ryan Cole"},
				{Indirect, "the house was ruined", "said", "His partner, Leah Cole", "Leah Cole"},
				{Indirect, "the family would sue", "said", "Mr Cole", "Ryan Cole"},
				{Indirect, "they had nowhere to go", "said", "Ms Cole", "Leah Cole"},
			},
		},
		{
			name: "review: the session's rules stay narrow (heard with an object, a relative clause's verb, a time phrase, a quantity, a relative who)",
			in:   "The court heard the appeal in March and reserved judgment. Officials who visited warned residents that the river would rise. A study the ministry commissioned shows that most rivers are polluted. One morning, Anna Ruiz, a nurse, told police the door was open. Coach Dan Reyes told about a dozen reporters that the team was tired. She asked the man who had called her whether he was a doctor.",
			want: []brief{
				{Indirect, "that the river would rise", "warned", "Officials who visited", "officials who visited"},
				{Indirect, "that most rivers are polluted", "shows", "A study the ministry commissioned", "a study the ministry"},
				{Indirect, "the door was open", "told", "Anna Ruiz, a nurse", "Anna Ruiz"},
				{Indirect, "that the team was tired", "told", "Coach Dan Reyes", "Dan Reyes"},
				{Indirect, "whether he was a doctor", "asked", "She", "Anna Ruiz"},
				{Indirect, "her whether he was a doctor", "called", "who", ""},
			},
		},
		{
			name: "British single quotes around double ones; a name in apposition after an inverted description",
			in:   "'They said \"no comment\" and walked off,' said the witness, Tina Ward. \"It was over,\" said the couple's daughter, Karen Pryce. \"I didn't see it coming,\" said one fan, Liam Doyle, 22, from Salford.",
			want: []brief{
				{Direct, "'They said \"no comment\" and walked off,'", "said", "the witness, Tina Ward", "Tina Ward"},
				{Direct, "\"It was over,\"", "said", "the couple's daughter, Karen Pryce", "Karen Pryce"},
				{Direct, "\"I didn't see it coming,\"", "said", "one fan, Liam Doyle", "Liam Doyle"},
			},
		},
		{
			name: "a headline without a full stop may end in its inverted source",
			in:   "Common painkiller linked to higher heart risk, say researchers\n\nA common painkiller is linked to heart attacks, researchers say.",
			want: []brief{
				{Indirect, "Common painkiller linked to higher heart risk", "say", "researchers", "researchers"},
				{Indirect, "A common painkiller is linked to heart attacks", "say", "researchers", "researchers"},
			},
		},
		{
			name: "the title of a possessor is no role of the speaker",
			in:   "Ms Adebayo's lawyer said she would appeal.",
			want: []brief{
				{Indirect, "she would appeal", "said", "Ms Adebayo's lawyer", "Adebayo's lawyer"},
			},
		},
		{
			name: "an aside between spaced hyphens after the subject",
			in:   "Ms Ann Ryan - a mother of two - said the school had failed.",
			want: []brief{
				{Indirect, "the school had failed", "said", "Ms Ann Ryan", "Ann Ryan"},
			},
		},
		{
			name: "a past form after a determiner or preposition is an adjective",
			in:   "The rooms have thick rugs for added comfort. The trust added to its estate by buying two farms.",
			want: []brief{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(f.Find(tt.in).Quotes)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestGolden runs the finder over the hand-written articles in testdata and
// compares the full records with the golden files (-update rewrites them).
func TestGolden(t *testing.T) {
	f := newFinder(t)
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata articles: %v", err)
	}
	for _, p := range files {
		t.Run(filepath.Base(p), func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			got := f.Find(text).Quotes
			checkSpans(t, text, got)
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(p, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, append(out, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden (run with -update to create): %v", err)
			}
			if diff := cmp.Diff(strings.TrimSpace(string(want)), strings.TrimSpace(string(out))); diff != "" {
				t.Errorf("quotes of %s differ from %s (-want +got):\n%s", p, golden, diff)
			}
		})
	}
}

// checkSpans verifies that every span lies inside the text and that its
// text is the text at its code point offsets.
func checkSpans(t *testing.T, text string, qs []Quote) {
	t.Helper()
	runes := []rune(text)
	check := func(what string, start, end int, s string) {
		if start < 0 || end < start || end > len(runes) {
			t.Fatalf("%s span [%d,%d) outside text of %d code points", what, start, end, len(runes))
		}
		if string(runes[start:end]) != s {
			t.Fatalf("%s span [%d,%d) text %q; want %q", what, start, end, s, string(runes[start:end]))
		}
	}
	for _, q := range qs {
		check("content", q.Content.Start, q.Content.End, q.Content.Text)
		if fr := q.Content.Fragments; len(fr) == 1 || len(fr) > 1 && (fr[0][0] != q.Content.Start || fr[len(fr)-1][1] != q.Content.End) {
			t.Fatalf("fragments %v of content [%d,%d): one, or not spanning the hull", fr, q.Content.Start, q.Content.End)
		}
		for k, f := range q.Content.Fragments {
			if f[0] >= f[1] || k > 0 && f[0] <= q.Content.Fragments[k-1][1] {
				t.Fatalf("fragments %v of content [%d,%d): empty, overlapping or out of order", q.Content.Fragments, q.Content.Start, q.Content.End)
			}
		}
		if q.Cue != nil {
			check("cue", q.Cue.Start, q.Cue.End, q.Cue.Text)
		}
		if q.SpeakerMention != nil {
			check("speaker", q.SpeakerMention.Start, q.SpeakerMention.End, q.SpeakerMention.Text)
		}
		if !utf8.ValidString(q.Speaker) {
			t.Fatalf("speaker name %q is not valid UTF-8", q.Speaker)
		}
		switch q.Type {
		case Direct, Indirect, Mixed:
		default:
			t.Fatalf("quote type %q", q.Type)
		}
	}
}

// TestContentEnds checks where the content of one cue ends, in sentences
// where a boundary rule must not fire (the other quotations found in them
// are not the point).
func TestContentEnds(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		in, cue, want string
	}{
		// more participles of saying after an attribution
		{"“He was born a citizen,” the board said, reasoning that Cruz did not have to take any steps.", "reasoning", "that Cruz did not have to take any steps"},
		// ", but" and a fronted phrase before a clause of the writer's
		{"Clinton says the mails were personal and not work-related, but for Republicans, it is a smoking gun.", "says", "the mails were personal and not work-related"},
		// from the review of the nineteenth session's rules
		{"The deal is dead, Smith said Tuesday, while visiting troops in Kabul.", "said", "The deal is dead"},
		{"The official said the process is fair and has since resigned.", "said", "the process is fair"},
		{"The company said it was cutting 500 jobs, citing weak demand and rising costs.", "said", "it was cutting 500 jobs"},
		{"Airline executives criticized the ban on air travel to the region.", "criticized", "the ban on air travel to the region"},
		{"The council opposed the new tower in a commercial district near the river.", "opposed", "the new tower in a commercial district near the river"},
		{"Supporters praised his last year as mayor.", "praised", "his last year as mayor"},
		{"Obama told his staff after the meeting ended he would veto the bill.", "told", "he would veto the bill"},
		// a list of gerund phrases goes on past its commas
		{"He said the plan means rebuilding the military, taking care of veterans, protecting the Second Amendment and building a wall.", "said", "the plan means rebuilding the military, taking care of veterans, protecting the Second Amendment and building a wall"},
		// a noun phrase object ends before an adjunct of the writer's
		{"Ted Cruz defended Trump in a recent interview with The Post.", "defended", "Trump"},
		{"The union endorsed Hillary Clinton last week.", "endorsed", "Hillary Clinton"},
		{"Fred Trump relished the combat of New York real estate and ultimately made the Trump name a brand.", "relished", "the combat of New York real estate"},
		{"Governor Ann Obi addressed the dispute on ABC News.", "addressed", "the dispute"},
		// an absolute phrase after a reported clause goes on with it,
		// unless it holds an attribution of its own
		{"Others say he has never been healthier, with his weight down and his heart in excellent condition.", "say", "he has never been healthier, with his weight down and his heart in excellent condition"},
		{"A poll released Saturday found that 28 percent of likely caucusgoers supported Mr. Trump, while 23 percent favored Mr. Cruz.", "found", "that 28 percent of likely caucusgoers supported Mr. Trump, while 23 percent favored Mr. Cruz"},
		{"A survey found that the JNM held a narrow edge, with 41 per cent of respondents backing the ruling party.", "found", "that the JNM held a narrow edge, with 41 per cent of respondents backing the ruling party"},
		{"The council said 1,047 homes were flooded last year, with the new survey showing that most were never insured.", "said", "1,047 homes were flooded last year"},
		// a reported clause in the present goes on after "and is"
		{"She told The Associated Press on Monday that the FBI investigation is independent and is being conducted by career lawyers.", "told", "that the FBI investigation is independent and is being conducted by career lawyers"},
		// but not before "and" with a relative clause, a causative or a
		// perception verb (from a review)
		{"The minister said the law was clear and anyone who says otherwise is wrong.", "said", "the law was clear and anyone who says otherwise is wrong"},
		{"He said he would step down and let others say what they want.", "said", "he would step down and let others say what they want"},
		{"Smith said he had met voters and heard them say the economy was their main worry.", "said", "he had met voters and heard them say the economy was their main worry"},
		// a poll's next finding ends a content; "said so", "said yes"
		{"Six in 10 say he is decisive, after half said so in the earlier poll.", "say", "he is decisive"},
		{"Sanders gained on other measures. Half said so in the earlier poll.", "said", "so"},
		{"Seventy-four percent of voters say they like Clinton, compared with 64 percent who say the same of Sanders.", "say", "they like Clinton"},
		{"Asked about it, 75 percent of Democrats said yes, but 55 percent of all voters say she does not.", "said", "yes"},
		{"A poll found that 53 percent thought she had won, compared with 38 percent who favored Mr. Rutherford.", "found", "that 53 percent thought she had won, compared with 38 percent who favored Mr. Rutherford"},
		// a whole quotation closing with its own punctuation ends before the writer's words
		{"He gained attention in 2009 when he yelled “You lie!” at the president.", "yelled", "“You lie!”"},
		{"Kasich cautioned “let’s not get ahead of ourselves,” before predicting a healing convention.", "cautioned", "“let’s not get ahead of ourselves,”"},
		// a bare verb after "and" shares the reported clause's modal
		{"Kasich says he would sit Putin down and tell him “no more nonsense.”", "says", "he would sit Putin down and tell him “no more nonsense.”"},
		{"The spokesman confirmed the alliance would send a delegation but said it would not sign.", "confirmed", "the alliance would send a delegation"},
		// a content ends before a second attribution joined by "and"
		{"Asked about the race, 21 percent said “not too likely” and 14 percent said “not at all likely.”", "said", "“not too likely”"},
		{"Smith said the plan was good and most residents said it would work.", "said", "the plan was good"},
		// a verb nested in the question does not take the answer with it
		{"Maya Ferrante spoke. Asked whether he would veto it, Ferrante replied: \"I'm not going to get ahead of the president.\"", "replied", "\"I'm not going to get ahead of the president.\""},
		// the one told before a colon is not what was said, but a clause
		// before it is (from a review)
		{"The manager left.\n\nA source close to the club told SunSport: “The players stopped listening to him a month ago.”", "told", "“The players stopped listening to him a month ago.”"},
		{"He told Parliament the plan was dead: “We will not proceed.”", "told", "the plan was dead: “We will not proceed.”"},
		// a question's content ends before the answer's attribution
		{"Asked if he thought that email went too far, Devine responded: “I guess so.”", "thought", "that email went too far"},
		{"Asked if he thought that email went too far, Devine responded: “I guess so.”", "responded", "“I guess so.”"},
		// a number with a verb of its own after the cue is no inverted speaker
		{"The observatory, a Geneva-based monitoring group, says 900 died this year.", "says", "900 died this year"},
		// after the one told, a clause without "that" is what was said
		{"The Speaker warned members would be expelled.", "warned", "members would be expelled"},
		{"John Smith told reporters it was wrong.", "told", "it was wrong"},
		{"John Smith told the Herald it was wrong.", "told", "it was wrong"},
		{"John Smith told Reuters on Monday it would appeal.", "told", "it would appeal"},
		// a clause opened by "that" may start with a parenthetical
		{"The chairman said that, as costs rose, the company would cut 500 jobs.", "said", "that, as costs rose, the company would cut 500 jobs"},
		{"The minister said that, even accounting for inflation, wages fell.", "said", "that, even accounting for inflation, wages fell"},
		// an attribution in the middle of the sentence does not close it
		{"Senator Ruth Okafor said the plan, officials say, is dead.", "said", "the plan, officials say, is dead"},
		// an irregular past ("woke") is the reported clause's own verb, so
		// "and saw ..." goes on with it
		{"Gloria Benavides, who lives next door, said she woke up to a popping sound and saw an orange glow.", "said", "she woke up to a popping sound and saw an orange glow"},
		// a day after a verb is no particle of it
		{"Ali Nasser was quoted as saying on Sunday that production would be cut.", "quoted as saying", "that production would be cut"},
		// "warned" with a clause and no one told
		{"The IMF warned the risk could rise.", "warned", "the risk could rise"},
		{"Doctors told the family their son would recover.", "told", "their son would recover"},
		// a gerund subject after a parenthetical attribution goes on with the content
		{"Though that transition was seamless, he said, replacing Clinton would be much more acrimonious.", "said", "Though that transition was seamless, he said, replacing Clinton would be much more acrimonious"},
		// a short phrase after the verb and a clause without "that"
		{"Acme said on Monday it would cut 200 jobs.", "said", "it would cut 200 jobs"},
		{"Lena Ortiz said on Twitter the bridge was unsafe.", "said", "the bridge was unsafe"},
		{"The ministry said in a statement the plant would close.", "said", "the plant would close"},
		{"Officials said at least four people had died.", "said", "at least four people had died"},
		{"The minister said in an interview he gave to Reuters the tax would be scrapped.", "said", "the tax would be scrapped"},
		{"Workers said on the day the plant closed they felt betrayed.", "said", "they felt betrayed"},
		// after a clause in the past, "and had", "and was" go on with it
		{"In a defence statement, Pyke said he did not know his friend was carrying a knife and had stepped into the road to stop the argument.", "said", "he did not know his friend was carrying a knife and had stepped into the road to stop the argument"},
		{"The family said he was “the kindest man you could meet” and had been saving to take his children to Lebanon.", "said", "he was “the kindest man you could meet” and had been saving to take his children to Lebanon"},
		{"Dr. Lena Ruiz said she was not afraid of dying but was furious at how quickly the glaciers had gone.", "said", "she was not afraid of dying but was furious at how quickly the glaciers had gone"},
		// ... but not news boilerplate or what was done to the speaker
		{"The company said it was reviewing the report and had no further comment.", "said", "it was reviewing the report"},
		{"The driver said he did not see the cyclist and was charged with careless driving.", "said", "he did not see the cyclist"},
		{"The mayor said the plan was a mistake and was booed by the crowd.", "said", "the plan was a mistake"},
		{"Smith said he was innocent, and was released on bail on Friday.", "said", "he was innocent"},
		// but "and has" after it is the reporting subject's next act, and
		// so is ", but was ..."
		{"Aides said she did not want to stay in the hospital, but was treated as an outpatient.", "said", "she did not want to stay in the hospital"},
		{"The director said the audit was finished and has since resigned.", "said", "the audit was finished"},
		// after a clause in the past, "and will" is the reporting clause's
		{"Mayor Tom Reyes said he was confident of a deal and will travel to Brussels on Thursday.", "said", "he was confident of a deal"},
		// a clause after what is wanted is the writer's
		{"The union wanted a pay rise until the strike ended in March.", "wanted", "a pay rise"},
		// ", but" and a verb in the past goes on with the reporting clause
		{"Harbour officials said the port would reopen, but gave no date.", "said", "the port would reopen"},
		// a relative clause stays in the content, at its end as inside its
		// subject: PolNeAR's annotators keep ", which ..." and ", who ..."
		// more often than they cut them (dev: 27 and 9 kept, 19 and 7 cut)
		{"The spokesman said he supports the final bill, which includes new rules for schools.", "said", "he supports the final bill, which includes new rules for schools"},
		{"Police said the car belonged to Ms. Adeyemi, who was not at home.", "said", "the car belonged to Ms. Adeyemi, who was not at home"},
		// but not one with an attribution of its own, nor ", whose ...",
		// nor one after a quotation
		{"Smith said the bill would raise taxes, which Jane Cole called \"a gift to the rich.\"", "said", "the bill would raise taxes"},
		{"Smith said the bill would raise taxes, which critics called \"a gift to the rich.\"", "said", "the bill would raise taxes"},
		{"Police said the man was arrested by two officers, who later told reporters he had been armed.", "said", "the man was arrested by two officers"},
		{"Jones said the council had approved the plan, which, he said, would be reviewed in June.", "said", "the council had approved the plan"},
		{"The governor said the rules had created the \u201cwar on farms,\u201d which came with new fines.", "said", "the rules had created the \u201cwar on farms,\u201d"},
		{"The governor said recent wage data, which showed pay slowing, gave the bank room to act.", "said", "recent wage data, which showed pay slowing, gave the bank room to act"},
		{"DeSantis said he supported a bill to curb accreditation bodies, which he called \u201ca cartel.\u201d", "said", "he supported a bill to curb accreditation bodies"},
		{"Officials said they were considering a coalition to thwart the National Front, whose leader topped a poll.", "said", "they were considering a coalition to thwart the National Front"},
		{"The governor said the wage data, which showed pay slowing, gave the bank room to move.", "said", "the wage data, which showed pay slowing, gave the bank room to move"},
		// but after a closing attribution it is the writer's again
		{"Trains will run every 15 minutes until Feb. 22, Sound Transit said, compared with every 10 minutes now.", "said", "Trains will run every 15 minutes until Feb. 22"},
		// ", compared with ..." goes on with the figures of the content
		{"The poll found that 53 percent thought she had won, compared with 38 percent who favored Mr. Rutherford.", "found", "that 53 percent thought she had won, compared with 38 percent who favored Mr. Rutherford"},
		// ", however, ..." too
		{"Officials said the bridge would reopen, however no date was given.", "said", "the bridge would reopen"},
		// ", with ..." after the content is the writer's
		{"Polls by the Courier show Mayor Lin with a lead of four points, with the Herald showing her ahead by two.", "show", "Mayor Lin with a lead of four points"},
		// after a clause in the past, an attitude verb in the past is the
		// reporting subject's next act
		{"Mayor Lin tweeted that the plan was “a disaster” and encouraged residents to call the council.", "tweeted", "that the plan was “a disaster”"},
		// ... but not after "had", which the two verbs share, nor without
		// a quotation before "and"
		{"Police said the suspect had fled the scene and attacked a second man nearby.", "said", "the suspect had fled the scene and attacked a second man nearby"},
		{"Witnesses said the gunman was shouting and attacked people at random.", "said", "the gunman was shouting and attacked people at random"},
		// a participle clause fronted by a preposition, its subject the
		// main clause's
		{"After saying the port was “closed for good,” she left the room.", "saying", "the port was “closed for good,”"},
		// "and would" after a clause in the past goes on with the reported
		// words
		{"Mrs Markby said the group had collected 9,000 signatures and would deliver its petition next week.", "said", "the group had collected 9,000 signatures and would deliver its petition next week"},
		// "by telephone" between the cue and "that"; a subject opened by a
		// quantity
		{"Local official Petra Vance said by telephone that at least four homes had been damaged.", "said", "that at least four homes had been damaged"},
		// ", going forward," is a parenthetical inside the content
		{"The company said it would, going forward, report results quarterly.", "said", "it would, going forward, report results quarterly"},
		// ", going ..." opens a participle clause of the writer's
		{"Senator Okafor said the bill was dead, going on to praise its authors.", "said", "the bill was dead"},
		// a second verb joined by "but" has the first one's subject
		{"Her aides say it is too early to plan a run but noted that Okafor won two close races.", "noted", "that Okafor won two close races"},
		{"Her campaign later disclosed that she had pneumonia.", "disclosed", "that she had pneumonia"},
		{"The mayor continued to insist that the bridge was safe.", "continued", "to insist that the bridge was safe"},
		{"Growers argue that, while the levy may lower prices, farms will not see the savings.", "argue", "that, while the levy may lower prices, farms will not see the savings"},
		// a fronted subordinate clause ends at the main clause's subject
		{"While farmers say the drought will cut yields by a third, they disagree about what the council should do.", "say", "the drought will cut yields by a third"},
		{"Although the mayor has said that she opposes new towers in the old town, her office continues to approve them.", "said", "that she opposes new towers in the old town"},
		// a closing adjunct of the reporting verb is not what was said
		{"The ferry will not sail again this winter, the harbour master said after the storm.", "said", "The ferry will not sail again this winter"},
		{"The ferry will not sail again this winter, the harbour master said, adding that repairs would take months.", "said", "The ferry will not sail again this winter"},
	}
	for _, tc := range tests {
		var got []string
		for _, q := range f.Find(tc.in).Quotes {
			if q.Cue != nil && q.Cue.Text == tc.cue {
				got = append(got, q.Content.Text)
			}
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("Find(%q): contents of %q = %q; want %q among them", tc.in, tc.cue, got, tc.want)
		}
	}
}

// seedGolden is one expected quotation of a seed article, written from a
// careful reading of the article (not from the program's output).
type seedGolden struct {
	// Type is direct, indirect or mixed.
	Type Type `json:"type"`
	// Content is the quotation's content as the reader marked it: an exact
	// passage of the article.
	Content string `json:"content"`
	// Speaker is the canonical speaker; SpeakerAlt lists accepted variants.
	Speaker    string   `json:"speaker"`
	SpeakerAlt []string `json:"speaker_alt,omitempty"`
}

// TestSeeds checks the two seed articles of ../shared/seeds against
// testdata/seeds.golden.json. A marked quotation counts as found when the
// found content closest to it shares words with it at a Jaccard index of
// at least 0.5 (over word positions), the bar of an overlap match in
// shared/eval/score_quotes.py (which also pairs quotations one to one and
// reads discontinuous contents by fragment; the seeds' marked contents are
// whole spans). It must then have the marked type and speaker. Spans that
// match but not exactly are logged, so a content that shrinks shows.
func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("seed articles not available: %v", err)
	}
	b, err := os.ReadFile(filepath.Join("testdata", "seeds.golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	var golden map[string][]seedGolden
	if err := json.Unmarshal(b, &golden); err != nil {
		t.Fatalf("parse seeds.golden.json: %v", err)
	}
	f := newFinder(t)
	for id, want := range golden {
		t.Run(id, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, id+".txt"))
			if err != nil {
				t.Skipf("seed %s not available: %v", id, err)
			}
			text := string(b)
			got := f.Find(text).Quotes
			checkSpans(t, text, got)
			words := wordSpans(text)
			for _, w := range want {
				at := strings.Index(text, w.Content)
				if at < 0 {
					t.Fatalf("golden content %q is not in the article", w.Content)
				}
				lo := utf8.RuneCountInString(text[:at])
				gold := words.in(lo, lo+utf8.RuneCountInString(w.Content))
				var best *Quote
				bestJ := 0.0
				for i := range got {
					q := &got[i]
					if j := jaccard(gold, words.in(q.Content.Start, q.Content.End)); j > bestJ {
						best, bestJ = q, j
					}
				}
				switch {
				case bestJ < 0.5:
					t.Errorf("quotation %q not found (best word overlap %.2f; want at least 0.5)", w.Content, bestJ)
				case best.Type != w.Type:
					t.Errorf("quotation %q: type %s; want %s", w.Content, best.Type, w.Type)
				case !strings.EqualFold(best.Speaker, w.Speaker) && !contains(w.SpeakerAlt, best.Speaker):
					t.Errorf("quotation %q: speaker %q; want %q", w.Content, best.Speaker, w.Speaker)
				case bestJ < 1:
					t.Logf("quotation %q found as %q (word overlap %.2f)", w.Content, best.Content.Text, bestJ)
				}
			}
		})
	}
}

// wordPos holds the code point offsets of a text's words (runs of letters,
// digits and underscores, close to Python's \w+), start and end.
type wordPos [][2]int

func wordSpans(text string) wordPos {
	var out wordPos
	start, i := -1, 0
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
		i++
	}
	if start >= 0 {
		out = append(out, [2]int{start, i})
	}
	return out
}

// in returns the indexes of the words that overlap [lo, hi).
func (w wordPos) in(lo, hi int) map[int]bool {
	set := map[int]bool{}
	for i, p := range w {
		if p[0] < hi && p[1] > lo {
			set[i] = true
		}
	}
	return set
}

func jaccard(a, b map[int]bool) float64 {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	if u := len(a) + len(b) - n; u > 0 {
		return float64(n) / float64(u)
	}
	return 0
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func TestLinearTime(t *testing.T) {
	f := newFinder(t)
	inputs := map[string]string{
		"1 MB without punctuation": strings.Repeat("word ", 200_000),
		"cue after cue":            strings.Repeat("he said they said that ", 20_000),
		"quotes only":              strings.Repeat("“a” ", 150_000),
		"unbalanced quotes":        strings.Repeat("\"He said “so, ", 25_000),
		"roles and pronouns":       strings.Repeat("Envoy John Smith said. The envoy said it. He said so, the spokesman said. ", 8_000),
	}
	for name, s := range inputs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			qs := f.Find(s).Quotes
			if d := time.Since(start); d > 5*timeScale*time.Second {
				t.Errorf("Find of %d bytes took %v", len(s), d)
			}
			checkSpans(t, s, qs)
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`"We will stay," he said. "Forever."`,
		"“Unbalanced, he said.\n“Still open",
		"«Nous», a dit Pierre. According to , said",
		"Mixed \"straight” and “curly\" quotes, said Gen. X.",
		"''NYT style,'' said Mr. Smith.",
		"WALLACE: Hello.\n\"PENCE: Hi.",
		"― Name\n“a” ― B",
		"\xff said “\xfe",
		"FranA\u0303\u0083A\u0302\u00a7ois said,Â\u00a0police said: Report",
		"X Inc. (NASDAQ: Y), a firm, announced that (",
		"After saying “a,” she, the defender said",
		"Writing on Twitter, Marchetti called it fake.",
		// a one-word crowd quantifier that is a surname, ending the text
		"Coach Ben Few spoke on Monday. “We will win,” said Few",
		// straight single marks
		"'Tis the season, the shoppers' association said.", "'", "' '", "'a", "a'", "'" + "''", "('We,' he said)",
		// a capital outside ASCII opening a described source: its first
		// byte was once lower-cased alone
		"Élysée advisers said the president took note.",
		// an attribution with nothing before it: it once indexed token -1
		", according to him", ",According to the company's filing, sales fell",
	} {
		f.Add(s)
	}
	fd := newFinder(f)
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		checkSpans(t, s, fd.Find(s).Quotes)
	})
}

// TestFragments checks the parts of contents split by their attribution:
// the hull stays in Start/End/Text, the parts go in Fragments.
func TestFragments(t *testing.T) {
	f := newFinder(t)
	tests := []struct {
		name string
		in   string
		want [][]string // fragment texts of each quotation, nil for one span
	}{
		{
			name: "direct quotation split by its attribution",
			in:   "“We will not leave,” Mayor Ann Cole said on Friday, “until it is done.”",
			want: [][]string{{"“We will not leave,”", "“until it is done.”"}},
		},
		{
			name: "the next sentence's quotation joins though the writer's words close its sentence",
			in:   "“It is more tinkering at the edges,” said Alan Cole, an economist. “I would not call it reform. It is just a tax increase” for the top bracket.",
			want: [][]string{{"“It is more tinkering at the edges,”", "“I would not call it reform. It is just a tax increase”"}},
		},
		{
			name: "a quotation, its attribution, but and more of the quotation",
			in:   "“You know, I love Larry,” he said, but “when it comes to energy, Larry has a history.”",
			want: [][]string{{"“You know, I love Larry,”", "“when it comes to energy, Larry has a history.”"}},
		},
		{
			name: "the role before the name belongs to the attribution, not the first part",
			in:   "“We will rebuild, street by street,” the mayor, Richard Penhallow, said. “No one will be left behind.”",
			want: [][]string{{"“We will rebuild, street by street,”", "“No one will be left behind.”"}},
		},
		{
			name: "joined quotation across sentences",
			in:   "“We will not leave,” Mayor Ann Cole said. “The work is not done.”",
			want: [][]string{{"“We will not leave,”", "“The work is not done.”"}},
		},
		{
			name: "joined across an attribution that names a show in quotation marks",
			in:   "“We will not leave,” Mayor Ann Cole said on KRN’s “Morning Desk” on Sunday. “The work is not done.”",
			want: [][]string{{"“We will not leave,”", "“The work is not done.”"}},
		},
		{
			name: "indirect content around a parenthetical attribution",
			in:   "The talks, Mayor Ann Cole said on Friday, will resume in May.",
			want: [][]string{{"The talks", "will resume in May"}},
		},
		{
			name: "one span",
			in:   "Mayor Ann Cole said the talks will resume in May.",
			want: [][]string{nil},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][]string
			rs := []rune(tt.in)
			for _, q := range f.Find(tt.in).Quotes {
				if string(rs[q.Content.Start:q.Content.End]) != q.Content.Text {
					t.Errorf("hull %d:%d is not %q", q.Content.Start, q.Content.End, q.Content.Text)
				}
				var parts []string
				for _, fr := range q.Content.Fragments {
					parts = append(parts, string(rs[fr[0]:fr[1]]))
				}
				if n := len(q.Content.Fragments); n > 0 && (q.Content.Fragments[0][0] != q.Content.Start || q.Content.Fragments[n-1][1] != q.Content.End) {
					t.Errorf("fragments %v do not span the hull %d:%d", q.Content.Fragments, q.Content.Start, q.Content.End)
				}
				got = append(got, parts)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q) fragments mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestOrgDescriptions: "the ministry", "the company" name an organisation
// mentioned before only when it can be one: not the news agency or the
// police mentioned last.
func TestOrgDescriptions(t *testing.T) {
	f := newFinder(t)
	for _, tc := range []struct {
		in, cue, want string
	}{
		{"Reuters reported heavy rain. According to the ministry, 40 people died.", "According to", ""},
		{"The Health Ministry said 40 people died. The ministry added that 12 were missing.", "added", "Health Ministry"},
		{"Police closed the road. The company declined to comment.", "declined", ""},
		{"The Taliban attacked two towns. The insurgents say they want a deal.", "say", "Taliban"},
		{"The Democratic Alliance said the minister should resign. In a statement, the party added that he had misled Parliament.", "added", "Democratic Alliance"},
		{"Senate Republicans blocked the bill. Congress adjourned. The party vowed that it would try again.", "vowed", "Republican Party"},
	} {
		var got []string
		for _, q := range f.Find(tc.in).Quotes {
			if q.Cue != nil && q.Cue.Text == tc.cue {
				got = append(got, q.Speaker)
			}
		}
		if !slices.Equal(got, []string{tc.want}) {
			t.Errorf("Find(%q): speakers of %q = %q; want [%q]", tc.in, tc.cue, got, tc.want)
		}
	}
}

// TestRelativeSubject: a name with a relative clause before ", said" is the
// speaker, and what follows the cue is the content; an inverted attribution
// after a content keeps its speaker.
func TestRelativeSubject(t *testing.T) {
	f := newFinder(t)
	for _, tc := range []struct {
		in, content, speaker string
	}{
		{"Nora Wexley, 59, of Port Avel, who watched the vote from the gallery, said the result brought back memories of her father.", "the result brought back memories of her father", "Nora Wexley"},
		{"Labour economist Piet Arnaud, who studies wages at the Estrava Institute, said Mara Quill's plan did not add up.", "Mara Quill's plan did not add up", "Piet Arnaud"},
		{"The harbour will reopen in May, which pleased the traders, said Piet Arnaud.", "The harbour will reopen in May, which pleased the traders", "Piet Arnaud"},
		{"Marisol Fenn, a retired teacher who has volunteered at the branch for 11 years, said she was heartbroken.", "she was heartbroken", "Marisol Fenn"},
		// a relative clause with commas of its own
		{"Karen Whitlow, whose 81-year-old father, Dennis, was moved to a side room after testing positive last week, said the family had been told almost nothing.", "the family had been told almost nothing", "Karen Whitlow"},
		{"Priya Venkataraman, whose brother Arjun, 31, is among those held, said the families had been kept in the dark.", "the families had been kept in the dark", "Priya Venkataraman"},
		// a main verb after the relative clause: the sentence is the content
		{"President Joe Biden, who met the families on Tuesday, will sign the bill on Friday, said White House spokeswoman Karine Jean-Pierre.", "President Joe Biden, who met the families on Tuesday, will sign the bill on Friday", "Karine Jean-Pierre"},
	} {
		got := quotesByCue(f, tc.in, "said")
		if want := tc.content + " | " + tc.speaker; !slices.Contains(got, want) {
			t.Errorf("Find(%q): said-quotes = %q; want %q among them", tc.in, got, want)
		}
	}
}

// quotesByCue returns "content | speaker" for each quotation Find gives for
// in whose cue is cue ("" for a quotation without one).
func quotesByCue(f *Finder, in, cue string) []string {
	var got []string
	for _, q := range f.Find(in).Quotes {
		if q.Cue != nil && q.Cue.Text == cue || q.Cue == nil && cue == "" {
			got = append(got, q.Content.Text+" | "+q.Speaker)
		}
	}
	return got
}

// TestSpeakerForms: sources named after a headline's final colon, bodies
// speaking for someone, groups with plural verbs, and page labels that are
// not speakers.
func TestSpeakerForms(t *testing.T) {
	f := newFinder(t)
	for _, tc := range []struct {
		in, cue, content, speaker string
	}{
		// "she" is the paragraph's opening subject of unknown gender, not a
		// woman named further back
		{"Ms. Roussel-Ferrand said the committee would meet on Monday.\n\n“We have made proposals,” Mr. Benhaddou told Le Monde.\n\nIn the Lyon procession, among the banners, Sandrine Pelletier, 58, a nurse, summed up the mood. “I have been a nurse for 31 years. My back is finished,” she said.", "said", "“I have been a nurse for 31 years. My back is finished,”", "Sandrine Pelletier"},
		// a description no one was given, right after a person spoke
		{"A second witness, pensioner Gordon Pilkington, 74, said he heard shouting.\n\n“I recognised him straight away,” the retired bank manager said. “Well, she did.”", "said", "“I recognised him straight away,” the retired bank manager said. “Well, she did.”", "Gordon Pilkington"},
		// the holder named in an apposition after an inverted role speaker
		{"Mia Castellano waited outside her unit.\n\n“The old story has gone,” said the centre’s director, Dr Callum Petrakis.", "said", "“The old story has gone,”", "Callum Petrakis"},
		// a place after a preposition locates the speakers, it does not
		// speak; nor does one in the aside after a person's age
		{"Stallholders at the Mbare Musika market in Harare said on Tuesday they had all but stopped accepting the local currency.", "said", "they had all but stopped accepting the local currency", ""},
		{"A former apprentice who now runs a practice in Glasgow recalled that Dame Isobel sent corrections.", "recalled", "that Dame Isobel sent corrections", ""},
		{"Joanne Price, 44, who travels in from Stockport, said: \"I had to get a taxi at five this morning.\"", "said", "\"I had to get a taxi at five this morning.\"", "Joanne Price"},
		{"The team, led by glaciologist Maren Holtby of the Nordvik Polar Institute in Oslo, found that the glaciers shed ice.", "found", "that the glaciers shed ice", "Maren Holtby"},
		{"Joanne Price, 44, from Boston, said: \"I had to get a taxi at five this morning.\"", "said", "\"I had to get a taxi at five this morning.\"", "Joanne Price"},
		// a capitalised short form of a body named before
		{"The Election Commission of India said turnout was 71.8%. The Commission said the count would begin at 8 a.m.", "said", "the count would begin at 8 a.m.", "Election Commission of India"},
		// a speaker the text never names keeps its description, cut before
		// where and when
		{"Several reviewers at the morning screening said the film was too long.", "said", "the film was too long", "several reviewers"},
		{"Republican strategists in the state say the race has tightened.", "say", "the race has tightened", "Republican strategists"},
		// a body referred back to by the last word of its name
		{"The Heartland Athletic Conference fined the club. The conference said the fine was final.", "said", "the fine was final", "Heartland Athletic Conference"},
		// a document an outlet saw speaks, not the outlet, cited without
		// the participle
		{"Draft summit conclusions seen by POLITICO say the bloc will raise its target.", "say", "the bloc will raise its target", "Draft summit conclusions"},
		{"The draft, seen by Al-Monitor, says the two sides will meet again.", "says", "the two sides will meet again", "the draft"},
		{"An internal memo obtained by The Circuit says the company will cut 200 jobs.", "says", "the company will cut 200 jobs", "an internal memo"},
		{"The audit, dated Nov. 18 and seen by Reuters, says inspectors failed to act.", "says", "inspectors failed to act", "the audit"},
		// a share of people speaks as the text names it (not a number alone)
		{"Sixty-one percent of adults say the economy is in poor shape. Just 29 percent of voters say Democrats have a plan.", "say", "Democrats have a plan", "29 percent of voters"},
		{"Sixty-one percent of adults say the economy is in poor shape.", "say", "the economy is in poor shape", "Sixty-one percent of adults"},
		{"Rovers fan Kev Dunmore, 47, who has followed the club for 30 years, said the board had failed.", "said", "the board had failed", "Kev Dunmore"},
		{"Dockers to end strike this week: Reuters\n\nThe union will vote on Friday.", ":", "Dockers to end strike this week", "Reuters"},
		{"Foreign Minister Mara Quill met the envoy. The talks must go on, Quill’s office said.", "said", "The talks must go on", "Mara Quill's office"},
		{"The Taliban contend that the talks have stalled.", "contend", "that the talks have stalled", "Taliban"},
		{"The Taliban contend that the talks have stalled, Khalilzad said.", "contend", "that the talks have stalled", "Taliban"},
		// "the agency" is any public body named before, a council too
		{"The National Disaster Coordinating Council closed the roads. The agency said four people had been killed.", "said", "four people had been killed", "National Disaster Coordinating Council"},
		// held-out sets 76-79: a body's field in -ing joined by "and"; South
		// Asian honorifics; "Jr." as written; members of a crowd; embassies;
		// "which" after where a body is; a role's letters defined in brackets
		{"The Flood Forecasting and Warning Centre (FFWC), in its bulletin on Wednesday, said the situation might deteriorate.", "said", "the situation might deteriorate", "Flood Forecasting and Warning Centre"},
		{"Haji Moslem Uddin, an elderly resident, said the water came fast.", "said", "the water came fast", "Moslem Uddin"},
		{"Administrator Teodoro Bautista Jr. said the agency was reconciling documents.", "said", "the agency was reconciling documents", "Teodoro Bautista Jr."},
		{"Fans were split. One fan wrote that the show was a disgrace.", "wrote", "that the show was a disgrace", "one fan"},
		{"Lin said the Chinese Embassy in Laos acted at once. The embassy said two people were killed.", "said", "two people were killed", "Chinese Embassy in Laos"},
		{"The work was funded by the Callander Foundation in Toronto, which said the results were good.", "said", "the results were good", "Callander Foundation"},
		{"Boroghat deputy commissioner (DC) Mohammad Ashraful Karim said shelters had opened. The DC said rice was sent.", "said", "rice was sent", "Mohammad Ashraful Karim"},
		{"A former schoolteacher in the western city of Herat, who now embroiders scarves, said the order meant the end of her income.", "said", "the order meant the end of her income", "a former schoolteacher in the western city of Herat"},
		// a phrase of the writer's and its comma before a quotation are not
		// the quotation's; a short quotation so placed is no title when
		// little follows the verb
		{"Kunin backed her. Because of her weak support, \u201cshe does need him,\u201d Kunin said of Sanders.", "said", "\u201cshe does need him,\u201d", "Kunin"},
		{"Odell Fontaine died on Monday. In his 2009 memoir, \u201cBreath Control,\u201d he wrote that he practiced in the cellar.", "wrote", "that he practiced in the cellar", "Odell Fontaine"},
		{"Theresa May spoke on Monday. May said the vote was lost.", "said", "the vote was lost", "Theresa May"},
		// nor is a university
		{"Southvale Water Ltd hired hydrologists at the University of Westbridge. The company said all monitors had been replaced.", "said", "all monitors had been replaced", "Southvale Water Ltd"},
		// an outlet told or cited is not "the company" of the story
		{"Northmere Foods will cut 300 jobs. A spokesman told The Guardian the plans were not final. The company said demand had slumped.", "said", "demand had slumped", "Northmere Foods"},
		{"Northmere Foods will cut 300 jobs, according to the Daily Mail. The firm said demand had slumped.", "said", "demand had slumped", "Northmere Foods"},
		// "plc" alone is no body
		{"Northmere Foods floated in 2001 and became a plc two years later. The company said profits rose.", "said", "profits rose", "Northmere Foods"},
		// "the charity", "the broadcaster", "the utility" refer back to a body
		{"The BBC aired the film. The broadcaster said it would review the complaints.", "said", "it would review the complaints", "BBC"},
		// how a finding was made is not part of its name; the mention keeps it
		{"A PTC survey of 4,000 commuters conducted in June found that 91 per cent were satisfied.", "found", "that 91 per cent were satisfied", "PTC"},
		// "X's spokesperson" speaks for X, as "a spokesperson for X" does
		{"Acme Ltd cut jobs. Acme's spokesperson said the report was wrong.", "said", "the report was wrong", "Acme Ltd"},
		{"Acme Ltd cut jobs. The company's spokesman said the report was wrong.", "said", "the report was wrong", "Acme Ltd"},
		// a name with "Jr." speaks though its given name is not known
		{"Cal Ripken Jr. said the game was over.", "said", "the game was over", "Cal Ripken Jr."},
		// capitals outside ASCII open names after an inverted verb too
		{"\"We will win,\" said Éric Zemmour.", "said", "\"We will win,\"", "Éric Zemmour"},
		// businesses named with 's or & speak too
		{"McDonald's said it would cut jobs. \"Sales fell,\" it said.", "said", "\"Sales fell,\"", "McDonald's"},
		{"\"We are sorry,\" said Johnson & Johnson.", "said", "\"We are sorry,\"", "Johnson & Johnson"},
		// AP style puts the day between the subject and the verb
		{"Brightvale on Monday said it would cut jobs.", "said", "it would cut jobs", "Brightvale"},
		// "led" after a noun is a participle, not a clause's verb
		{"\"We will not stop,\" said a coalition led by former ministers.", "said", "\"We will not stop,\"", "a coalition led by former ministers"},
		// ... but a noun phrase or a condition before it is the speaker's
		{"Jones farms near the river. The new rules, \u201cfrankly, are a disaster for small farms,\u201d Jones said.", "said", "The new rules, \u201cfrankly, are a disaster for small farms,\u201d", "Jones"},
		// an interview printed as questions and answers: the answers are the
		// interviewee's, not the writer's
		{"By Priya Desai\n\nGoalkeeper Tom Reyes spoke to Priya Desai after the final. Tom Reyes was tired.\n\nQ: How did it feel?\n\nA: It was the best night of my life.", "A:", "It was the best night of my life", "Tom Reyes"},
		// a name, its apposition and "said:" before a quotation in the next paragraph
		{"Laura Okafor, the charity's director, said:\n\n\"We are feeding twice as many people as last year.\"", "said", "\"We are feeding twice as many people as last year.\"", "Laura Okafor"},
		// spun pages swap "said" for "mentioned": after a quotation it reports it
		{"Elin Sandqvist backed the plan. \u201cEach container is one less truck on the M7,\u201d she mentioned.", "mentioned", "\u201cEach container is one less truck on the M7,\u201d", "Elin Sandqvist"},
		{"Talks broke down. A person acquainted with the negotiations stated the session had ended badly.", "stated", "the session had ended badly", "a person acquainted with the negotiations"},
		// counsel "submitted that ..." in court reports; "submitted" with an
		// object is no statement
		{"Senior Advocate Kavita Raghunathan, appearing for the petitioner, submitted that cameras in 38 percent of stations were broken.", "submitted", "that cameras in 38 percent of stations were broken", "Kavita Raghunathan"},
		// a role with its team before a name: the name speaks
		{"Ardente argued that the release was unsafe. Ardente team principal Massimo Lenzi said the team had asked for a review.", "said", "the team had asked for a review", "Massimo Lenzi"},
		// a body's letters that spell a function word: "WHO" is no "who"
		{"The World Health Organization (WHO) sent a team. The WHO said in a statement late on Thursday that it assessed the risk as high.", "said", "that it assessed the risk as high", "World Health Organization"},
		{"WHO said the risk was low.", "said", "the risk was low", "WHO"},
		// held-out set 211: a -self pronoun after the name; unnamed
		// figures and intermediaries, then "the same source"; organisers
		{"Arjun Pillai took four wickets. Pillai himself said the surface did a bit more.", "said", "the surface did a bit more", "Arjun Pillai"},
		{"A senior figure at the club, speaking anonymously, said the board had been straight. \u201cNobody has lied,\u201d the same source said.", "said", "\u201cNobody has lied,\u201d", "a senior figure at the club"},
		{"An intermediary involved in the negotiations, who asked not to be identified, said Rheinfeld had agreed terms.", "said", "Rheinfeld had agreed terms", "an intermediary involved in the negotiations"},
		{"Tournament organisers said in a statement that play would start an hour early.", "said", "that play would start an hour early", "tournament organisers"},
		{"Organisers from the Fair Rent Coalition said about 12,000 people took part.", "said", "about 12,000 people took part", "Fair Rent Coalition"},
		// held-out set 212: a document's participle phrase in commas
		{"A 2022 internal review, tendered as evidence, warned that patients were not visible from the desk.", "warned", "that patients were not visible from the desk", "a 2022 internal review"},
		{"An internal email seen by the Guardian, sent by a senior manager in January, said the results were within the noise.", "said", "the results were within the noise", "an internal email"},
		// "the attorney general" in lower case is the holder of that office
		{"Attorney General Maria Lopez said the state would sue. The attorney general said the law was unconstitutional.", "said", "the law was unconstitutional", "Maria Lopez"},
		// the holder of one "X General" office is not another's
		{"Inspector General of Police Japhet Koome said the roads were shut. The Attorney General of Canada said no deal was near.", "said", "no deal was near", ""},
		{"Maj. Gen. Ali Khan spoke on Monday. The general said the roads were shut.", "said", "the roads were shut", "Ali Khan"},
		// held-out sets 210 and 213: a participle phrase in commas between
		// a document and its verb, "also" before it
		{"An NPTAJ survey of 600 parents, conducted in August, found that nearly six in 10 had borrowed money.", "found", "that nearly six in 10 had borrowed money", "NPTAJ"},
		{"The Torsa Community Ferry Survey, carried out by the users' group in March, found that 87 per cent had missed an appointment.", "found", "that 87 per cent had missed an appointment", "Torsa Community Ferry Survey"},
		{"The Ferry Users Group met on Monday. The group's survey, also released on Monday, said most had missed a shift.", "said", "most had missed a shift", "the group's survey"},
		// court titles before a name; two fields of a commission's name
		{"He appeared before Milimani Chief Magistrate Celestine Atieno Oduor. In her ruling, Ms Oduor said bail was a right.", "said", "bail was a right", "Celestine Atieno Oduor"},
		{"But Senior Counsel Philip Otieno Magare told the court that the charges were politically motivated.", "told", "that the charges were politically motivated", "Philip Otieno Magare"},
		{"The Ethics and Anti-Corruption Commission (EACC) said the governor had been arrested.", "said", "the governor had been arrested", "Ethics and Anti-Corruption Commission"},
		// documents: a body's records are no body's words; a participle
		// aside is not the subject; "the report" is the report cited before
		{"Court filings show the heirs sued in May.", "show", "the heirs sued in May", "court filings"},
		{"The report, released at a briefing in Geneva, says prices rose.", "says", "prices rose", "the report"},
		{"A report by the Kestrel Institute said prices rose. The report said rents would rise.", "said", "rents would rise", "Kestrel Institute"},
		// an Irish police rank; a mission named with the country it is in
		{"Garda Declan Hession told the court he had needed two operations.", "told", "he had needed two operations", "Declan Hession"},
		{"Fighting rose, the UN Support Mission in Libya said. The mission said it was worried.", "said", "it was worried", "UN Support Mission in Libya"},
		// a coroner's office; sources of a body written with "+"
		{"The victim died, the Halverson County Coroner's Office said.", "said", "The victim died", "Halverson County Coroner's Office"},
		{"Three OPEC+ sources told Reuters the group was leaning towards holding output.", "told", "the group was leaning towards holding output", "three OPEC+ sources"},
		// those who speak for someone are not part of the name
		{"Kiki Marlowe said she was hurt. Representatives for Kiki have been contacted for comment. Kiki said she was fine.", "said", "she was fine", "Kiki Marlowe"},
		// "the military" is the armed forces named before
		{"The Israel Defense Forces said two were killed. Israeli troops thwarted an infiltration, the military said.", "said", "Israeli troops thwarted an infiltration", "Israel Defense Forces"},
		// held-out set 83 (peace talks): sources described and referred back
		// to; religious titles; a demonym opening a ministry's name; "the
		// movement" is no department; a special representative is "the
		// envoy"; a mission in a country the gazetteer does not know
		{"Qatari mediators proposed a plan, according to diplomatic sources in Doha. The sources said neither side had accepted it.", "said", "neither side had accepted it", "diplomatic sources in Doha"},
		{"Mawlawi Nurullah Sharifi said his delegation had shown patience.", "said", "his delegation had shown patience", "Nurullah Sharifi"},
		{"The Qatari Ministry of Foreign Affairs, which is hosting the talks, said it hoped for progress.", "said", "it hoped for progress", "Qatari Ministry of Foreign Affairs"},
		{"The Nusrat Islamic Movement said it was committed. State Department spokesman Jonah Whitfield said the talks were useful. The movement said the delay violated the deal.", "said", "the delay violated the deal", "Nusrat Islamic Movement"},
		{"Negotiator Nurullah Sharifi spoke first. US Special Representative Richard Callister struck a cautious note. In a post on Twitter, the envoy said the talks had been frank.", "said", "the talks had been frank", "Richard Callister"},
		{"More than 1,200 civilians were killed, according to the UN Assistance Mission in Zardistan (UNAMZ).", "according to", "More than 1,200 civilians were killed", "UN Assistance Mission in Zardistan"},
		// held-out set 80: a title with its field before the name, and its
		// letters; a company's first word; press secretaries
		{"Chief Justice of Pakistan Qazi Ahsan Farooqui observed that elections were required. The CJP said the schedule had been changed.", "said", "the schedule had been changed", "Qazi Ahsan Farooqui"},
		{"Attorney General for Pakistan Rashid Mehmood Chattha said he needed time. The AGP said the ministry would decide.", "said", "the ministry would decide", "Rashid Mehmood Chattha"},
		{"Corvane Chemicals is in talks to buy Altherm Industries. Altherm said it had received a proposal.", "said", "it had received a proposal", "Altherm Industries"},
		{"The Speaker's Chief Press Secretary, Mr. Dapo Ilesanmi, said the claim was blackmail.", "said", "the claim was blackmail", "Dapo Ilesanmi"},
		{"Minister for Housing Fergal Tierney resigned. A spokesman for the Department of Housing said the tender had been paused.", "said", "the tender had been paused", "Department of Housing"},
		{"Diplomatic sources in Doha said the talks would resume.", "said", "the talks would resume", "diplomatic sources in Doha"},
		{"The National Federation of Rice Growers' Cooperatives said direct sales could distort prices.", "said", "direct sales could distort prices", "National Federation of Rice Growers' Cooperatives"},
		// a country's government named by the country; "the government"
		// refers back, "the US government" names its body
		{"A spokesperson for the UK government said ministers were watching.", "said", "ministers were watching", "UK government"},
		{"The UK government said it was watching. The US government said it agreed.", "said", "it agreed", "US government"},
		{"The US embassy in Kabul said Washington remained committed.", "said", "Washington remained committed", "US embassy in Kabul"},
		// held-out set 85: South Indian initials before the name; hyphenated
		// law officers; unnamed workers; crowds with a participle after them
		{"Party general secretary E. Paramasivam said the government was staging a row. Mr. Paramasivam said more.", "said", "more", "E. Paramasivam"},
		{"Its founder-president A. Vanniarasu said universities belong to the state.", "said", "universities belong to the state", "A. Vanniarasu"},
		{"The court had ruled, said former Advocate-General V. Sambandamurthy.", "said", "The court had ruled", "V. Sambandamurthy"},
		{"A Filipino housemaid in Riyadh, who asked not to be named, said she had waited three months.", "said", "she had waited three months", "a Filipino housemaid in Riyadh"},
		{"Scientists not involved in the research said it was a significant advance.", "said", "it was a significant advance", "Scientists not involved in the research"},
		{"Three residents of Debre Selam reached by phone said there had been heavy shelling.", "said", "there had been heavy shelling", "three residents of Debre Selam reached by phone"},
		// held-out set 84: crowds with a time, a count or a party before
		// them; a UN office's full name
		{"Government sources last night said the count had changed.", "said", "the count had changed", "government sources"},
		{"A number of Fianna Fáil backbenchers said the department had been caught out.", "said", "the department had been caught out", "a number of Fianna Fáil backbenchers"},
		{"Rights groups said both sides had carried out killings.", "said", "both sides had carried out killings", "rights groups"},
		{"The U.N. Office for the Coordination of Humanitarian Affairs said 38,000 people had been displaced.", "said", "38,000 people had been displaced", "U.N. Office for the Coordination of Humanitarian Affairs"},
		// held-out set 87: a body named by its initials in brackets, then in
		// full with an aside before the cue; "the insurgents" are no department
		{"Meanwhile, the Tehreek-e-Nijat Kharistan (TNK), in a statement issued from its political office in Doha, said it would not accept any deal.", "said", "it would not accept any deal", "Tehreek-e-Nijat Kharistan"},
		{"The Tehreek-e-Nijat Kharistan (TNK) said it would fight. State Department spokesman Ned Price said the talks were useful. The insurgents have warned that any delay would violate the deal.", "warned", "that any delay would violate the deal", "Tehreek-e-Nijat Kharistan"},
		// from a review of the session's rules: fields that go on past a
		// place; "the military" is no armed group; "the agency" prefers an
		// agency; the document cited last with "a"; no document inside a
		// longer description; the crowd described last; people acting for
		// someone; who is no city
		{"Mayor of Kansas City Quinton Lucas said the city would help.", "said", "the city would help", "Quinton Lucas"},
		{"Governor of Lagos State Babajide Sanwo-Olu said the roads were open.", "said", "the roads were open", "Babajide Sanwo-Olu"},
		{"The Rapid Support Forces shelled the camp. The military said the camp was a base.", "said", "the camp was a base", ""},
		{"The International Atomic Energy Agency said the site was sealed. The UN Security Council will meet on Friday. The agency said inspectors had left.", "said", "inspectors had left", "International Atomic Energy Agency"},
		{"A report by the Kestrel Institute said prices rose. A report by Amnesty International said abuses rose. The report said more.", "said", "more", "Amnesty International"},
		{"A spokesman for the review panel said the hearing would resume. The review said the rules were broken.", "said", "the rules were broken", "the review"},
		{"Israeli officials said talks went on. Palestinian officials said they stalled. The officials said more.", "said", "more", "Palestinian officials"},
		{"Allies of Donald Trump said the race was close.", "said", "the race was close", "allies of Donald Trump"},
		{"Tom Hale's lawyers said he was innocent.", "said", "he was innocent", "Tom Hale's lawyers"},
		{"Hamas negotiators met Egyptian mediators in Cairo, who said the talks were useful.", "said", "the talks were useful", ""},
		// "General" opening a body's name is no rank; MEPs as a crowd
		{"The General Civil Aviation Authority said aviation contributes 18 per cent.", "said", "aviation contributes 18 per cent", "General Civil Aviation Authority"},
		{"General Petraeus said the war was lost.", "said", "the war was lost", "Petraeus"},
		{"Green MEPs said the rule was too weak.", "said", "the rule was too weak", "green MEPs"},
		// one person with and without a middle name; a bare surname stays
		// with the person it has named so far, not a relative named since
		{"Governor Grace Njeri Mbugua presented the budget. Grace Mbugua said the hospitals needed drugs.", "said", "the hospitals needed drugs", "Grace Njeri Mbugua"},
		{"Grace Mbugua presented the budget. Governor Grace Njeri Mbugua spoke. Grace Mbugua said the hospitals needed drugs.", "said", "the hospitals needed drugs", "Grace Njeri Mbugua"},
		{"Dolores Ruvalcaba retires on Friday. Ruvalcaba, 71, said she was ready. Ruvalcaba led three strikes. Her husband, Ernesto Ruvalcaba, said he was glad. Ruvalcaba said the union was strong.", "said", "the union was strong", "Dolores Ruvalcaba"},
		// held-out sets 88-91: a title of two words after its field and its
		// letters; Thai usage ("Mr Thanakorn"); two places opening a body's
		// name; a body and then its spokesman in one run of capitals
		{"Agriculture Cabinet Secretary Daniel Kiprotich Rono yesterday faced MPs. The CS said the tender was clean.", "said", "the tender was clean", "Daniel Kiprotich Rono"},
		{"Protest leader Thanakorn Sirirat, 24, spoke first. Mr Thanakorn said the bill was wrong.", "said", "the bill was wrong", "Thanakorn Sirirat"},
		{"The England and Wales Cricket Board (ECB) said scans revealed a strain.", "said", "scans revealed a strain", "England and Wales Cricket Board"},
		{"Hotak, the spokesman of the Sarhad Movement Abdul Rauf Hotak, said the team had clarified the points.", "said", "the team had clarified the points", "Abdul Rauf Hotak"},
		{"Founded in 2021 by Ritika Sharma and Anand Venkatraman, KhetiLink runs a platform. KhetiLink chief executive Sharma told ET the funds would help.", "told", "the funds would help", "Ritika Sharma"},
		// a description whose apposition names its holder; sources aware of
		// something; "the army"
		{"NLC President Danjuma Akpan said the strike would go on. Also speaking, the TUC President, Comrade Bayo Ogundipe, insisted that the government must revert.", "insisted", "that the government must revert", "Bayo Ogundipe"},
		{"The round values the company at $210 million, people aware of the development said.", "said", "The round values the company at $210 million", "people aware of the development"},
		{"The Israel Defense Forces struck the camp. The army said it needs 7,000 more soldiers.", "said", "it needs 7,000 more soldiers", "Israel Defense Forces"},
		{"Some Democrats said the party was repeating old mistakes.", "said", "the party was repeating old mistakes", "some Democrats"},
		// held-out set 95: an age and a hometown after the name; tabloid
		// "Dad"; "the Dane"; councillors; an unnamed spokesman later
		{"Retired postman Geoff Hindle, 71, from Cloughton, said he was less worried.", "said", "he was less worried", "Geoff Hindle"},
		{"Dad Steve Whitlock, 50, said they wanted answers.", "said", "they wanted answers", "Steve Whitlock"},
		{"Stefan Lund spoke first. The Dane said he had one rule.", "said", "he had one rule", "Stefan Lund"},
		{"Council leader Coun Janet Ormerod spoke first. Coun Ormerod said the switch would save money.", "said", "the switch would save money", "Janet Ormerod"},
		{"A Hollinsbrook Council spokesman said the authority would write. Priya Lalwani, a resident, said she was angry. \"We understand,\" the spokesman said.", "said", "\"We understand,\"", "Hollinsbrook Council"},
		// held-out sets 93-94: a Vietnamese name after its body's name; a
		// form of address after a title's field; Singapore's DPP
		{"Vice chairman of the provincial People's Committee Đặng Văn Quý said the province had evacuated 9,200 households. Quý said more.", "said", "more", "Đặng Văn Quý"},
		{"Minister of Agriculture Dr. Girma Tesfaye Woldemariam said the government had allocated funds.", "said", "the government had allocated funds", "Girma Tesfaye Woldemariam"},
		{"Deputy Public Prosecutor Jonathan Tay asked for jail. \"This was not a lapse,\" said DPP Tay.", "said", "\"This was not a lapse,\"", "Jonathan Tay"},
		// held-out sets 97-98: a place opening a body's name with "of" in it;
		// "for ... and ..." inside a body's name; ombudsmen
		{"The Oman Chamber of Commerce and Industry said it would hold workshops.", "said", "it would hold workshops", "Oman Chamber of Commerce and Industry"},
		{"There are 1.5 million expatriates, according to the National Centre for Statistics and Information.", "according to", "There are 1.5 million expatriates", "National Centre for Statistics and Information"},
		{"Ombudsman Iris Valdeblánquez said 23 cases were documented.", "said", "23 cases were documented", "Iris Valdeblánquez"},
		// held-out set 100: Pacific and church titles
		{"Provincial police commander Chief Insp Ruben Kaiwa spoke. \"Both sides have guns,\" Chief Insp Kaiwa said.", "said", "\"Both sides have guns,\"", "Ruben Kaiwa"},
		{"Fr Simon Tonde said the women suffer most. Fr Tonde said the church needed rice.", "said", "the church needed rice", "Simon Tonde"},
		{"Opposition MP Ratu Isoa Delai said VAT should go. Ratu Isoa said the economy was not booming.", "said", "the economy was not booming", "Isoa Delai"},
		// a tribunal named before; court papers as sources
		{"The Waitangi Tribunal released its report on Monday. The tribunal said the Crown's actions left the iwi landless.", "said", "the Crown's actions left the iwi landless", "Waitangi Tribunal"},
		{"Voss broke projects into pieces, the indictment says.", "says", "Voss broke projects into pieces", "the indictment"},
		{"The Fijian Competition and Consumer Commission said fuel prices would rise.", "said", "fuel prices would rise", "Fijian Competition and Consumer Commission"},
		// held-out set 103: a possessed role in apposition is no subject; a
		// campaign named after its candidate speaks as itself
		{"Catherine Voss spoke. Paul Okafor, Ms. Voss’s running mate, said on CNN that Hollister was wrong.", "said", "that Hollister was wrong", "Paul Okafor"},
		{"Catherine Voss spoke. The Voss campaign said the version had been altered.", "said", "the version had been altered", "the Voss campaign"},
		// held-out sets 105-107: a demonym opening a body's name with its
		// head later, and its letters without the place; companies' first
		// words
		{"The American Civil Liberties Union of Ohio said the policy was unconstitutional. The ACLU said more.", "said", "more", "American Civil Liberties Union of Ohio"},
		{"Northfield Power & Light said a higher return was needed. Northfield said it would appeal.", "said", "it would appeal", "Northfield Power & Light"},
		{"Crestline Residential Partners plans 80 units. Crestline said construction could begin next summer.", "said", "construction could begin next summer", "Crestline Residential Partners"},
		// held-out sets 104 and 106: Mama and Papa before names; team principals
		{"Mama Josephine Ngalula, 54, who sells vegetables, said prices had doubled.", "said", "prices had doubled", "Josephine Ngalula"},
		{"The penalty was inconsistent, Brandt team principal Markus Feldhaus said.", "said", "The penalty was inconsistent", "Markus Feldhaus"},
		// an office's holder named in apposition at the sentence's end
		{"The rebuilding will take two years, according to the Prime Minister, Tualaulelei Misa Fonoti. Tualaulelei said the first priority was housing.", "said", "the first priority was housing", "Tualaulelei Misa Fonoti"},
		// unnamed callers, men and women as sources
		{"A 911 caller reported that a man was waving a gun around.", "reported", "that a man was waving a gun around", "a 911 caller"},
		{"A man who lives across the street said Talbert had been having a hard time.", "said", "Talbert had been having a hard time", "a man who lives across the street"},
		{"The National Energy Regulatory Authority (ANRE) capped prices. The regulator fined three suppliers, according to an ANRE press release.", "according to", "The regulator fined three suppliers", "National Energy Regulatory Authority"},
		// held-out set 110: an office's field ends at a word no field has,
		// when no given name follows
		{"Minister of Finance Aliya Kenzhebayeva said control would be strict.", "said", "control would be strict", "Aliya Kenzhebayeva"},
		{"Minister of Peace Affairs Nasrullah Jawhari said the talks stalled. Jawhari said more.", "said", "more", "Nasrullah Jawhari"},
		{"Cabinet Secretary for Transport Rhian Pritchard-Evans said the change was big.", "said", "the change was big", "Rhian Pritchard-Evans"},
		// a country's body with a modifier; a platform is no group
		{"Zambia's health ministry said it had opened 14 new treatment centres.", "said", "it had opened 14 new treatment centres", "Zambia's health ministry"},
		{"The Desert Shield Forces posted on Twitter. \"We remain committed,\" the group said.", "said", "\"We remain committed,\"", "Desert Shield Forces"},
		// datelines in capitals are no speakers: with a region and a dash, or
		// as the one capitals label of a text
		{"HARLOW, Tenn. — A federal judge on Thursday struck down the law, ruling that the legislature passed it with intent.", "ruling", "that the legislature passed it with intent", ""},
		{"QALJAR: US Special Envoy Daniel Whitcombe returned to the capital on Sunday to break the deadlock. He said the talks would go on.", "said", "the talks would go on", "Daniel Whitcombe"},
		// held-out set 114: Dutch and French particles
		{"Farmer Jan-Willem ter Horst, 56, spoke first. Ter Horst said the plan would end family farms.", "said", "the plan would end family farms", "Jan-Willem ter Horst"},
		{"Minister Femke van der Meulen said the rulings left no choice. Van der Meulen said her door was open.", "said", "her door was open", "Femke van der Meulen"},
		{"Bertrand d’Aurignac, the group's leader, said they did not save him. D’Aurignac said more.", "said", "more", "Bertrand d’Aurignac"},
		{"The Liberal Democrats said they had gained three seats in Devon.", "said", "they had gained three seats in Devon", "Liberal Democrats"},
		// held-out set 118: a field word after the country of an office
		{"US Special Representative for Zardistan Reconciliation Harlan Weisz said the talks were over. Weisz added that he would go.", "added", "that he would go", "Harlan Weisz"},
		// held-out sets 116-119: Swahili and Sudanese titles; a metro and a
		// school district as bodies; crowds of engineers; a ward in
		// brackets with a comma; the named spokeswoman after "according to"
		{"Mzee Athumani Selemani, a 67-year-old fisherman, said he was not against the investor.", "said", "he was not against the investor", "Athumani Selemani"},
		{"Omda Haroun Adam Bashar, the head of the camp's northern sector, spoke. Bashar said women were attacked.", "said", "women were attacked", "Haroun Adam Bashar"},
		{"Parts of the Nkanyezi Metropolitan Municipality are dry. The metro says a burst bulk main is to blame.", "says", "a burst bulk main is to blame", "Nkanyezi Metropolitan Municipality"},
		{"Lakeport Public Schools and the union agreed. Lakeport Families for Public Schools welcomed it. The district said classes will be held.", "said", "classes will be held", "Lakeport Public Schools"},
		{"Engineers say the rot runs much deeper.", "say", "the rot runs much deeper", "engineers"},
		{"Coun. Sandra Pike (Ward 3, Harwood Park), one of Marchetti’s closest allies on council, said she had heard from owners.", "said", "she had heard from owners", "Sandra Pike"},
		{"Dale Ferreira, 58, a grower whose family has farmed 1,200 acres outside Olivar since 1938, said he had not slept much.", "said", "he had not slept much", "Dale Ferreira"},
		{"Whitaker was briefed by phone throughout the night, according to his spokeswoman, Janelle Ortiz.", "according to", "Whitaker was briefed by phone throughout the night", "Janelle Ortiz"},
		{"Former prime minister Abdallah Mzee Juma said the observers could not yet say.", "said", "the observers could not yet say", "Abdallah Mzee Juma"},
		// held-out sets 120-123: a given name that is also a nationality;
		// initials after a country's or a company form's letters
		{"Finn Rawiri-Doyle took five wickets. \"It's the best rhythm,\" Rawiri-Doyle said.", "said", "\"It's the best rhythm,\"", "Finn Rawiri-Doyle"},
		{"The US Consumer Product Safety Commission issued a notice. A CPSC spokesperson said the agency is looking closely.", "said", "the agency is looking closely", "US Consumer Product Safety Commission"},
		{"PT Halmahera Sinar Logam (HSL) got a permit. The company said it was committed.", "said", "it was committed", "PT Halmahera Sinar Logam"},
		// held-out sets 124-125: a governor by her middle name; a body after
		// a description of its kind; a country or a compass word in a
		// body's name; Oba; a nickname inside a name; accented given
		// names; "Co."; a party label between commas; a field in a title
		{"Governor Grace Akinyi Otieno was impeached. Governor Akinyi, who did not appear, said the impeachment was a witch-hunt.", "said", "the impeachment was a witch-hunt", "Grace Akinyi Otieno"},
		{"A policy think tank, the Centre for Public Debt Watch (CPDW), said new borrowing must be tied to projects.", "said", "new borrowing must be tied to projects", "Centre for Public Debt Watch"},
		{"The Electoral Commission of South Africa said results were final.", "said", "results were final", "Electoral Commission of South Africa"},
		{"The University of South Florida said it was closed.", "said", "it was closed", "University of South Florida"},
		{"The Lakes Humanitarian Forum criticised the plan. The forum said the mission was weak.", "said", "the mission was weak", "Lakes Humanitarian Forum"},
		{"The Olupele of Ipele-Odo, Oba Adekunle Ajayi-Fasanmi, said farming had stopped.", "said", "farming had stopped", "Adekunle Ajayi-Fasanmi"},
		{"\"Six months is gone,\" said Clement \"Spider\" Auguste, 58. Auguste said more.", "said", "more", "Clement Auguste"},
		{"The head of the commission, Efraín Santoyo Lugo, spoke. Santoyo said the government would invest.", "said", "the government would invest", "Efraín Santoyo Lugo"},
		{"Brightwater Brands Co. said it was in talks.", "said", "it was in talks", "Brightwater Brands Co."},
		{"House Minority Leader Rachel Dunleavy, D-Fenwick Hills, said Democrats were open to an override.", "said", "Democrats were open to an override", "Rachel Dunleavy"},
		{"Deputy Foreign Minister Ilse Brandvold of Norrland has proposed a committee. Ms. Brandvold said the sequencing matters.", "said", "the sequencing matters", "Ilse Brandvold"},
		// held-out set 127: a charity named "Home ..."; a body's head inside
		// its name; lawmakers as titles, not companies; a Hong Kong name
		{"The homelessness charity Home Ground said the figures were damning.", "said", "the figures were damning", "Home Ground"},
		{"The IDF Home Front Command said there will be no change. It said residents should stay.", "said", "residents should stay", "IDF Home Front Command"},
		{"The Independent Commission Against Corruption said it received complaints. The ICAC said more.", "said", "more", "Independent Commission Against Corruption"},
		{"Lawmaker Doreen Kwok Mei-ling of the Federation of Trade Unions spoke. \"I have met a widow,\" Kwok said.", "said", "\"I have met a widow,\"", "Doreen Kwok Mei-ling"},
		{"Zheng Xiaowen, a lawmaker, spoke first. \"I accept the result,\" Zheng said.", "said", "\"I accept the result,\"", "Zheng Xiaowen"},
		// held-out set 126: a town named in a headline as if it spoke; a
		// ministry is no rebel group
		{"What Kisari said\n\nWhen Ingrid Solvang announced talks in the Lomarian town of Kisari, she was careful. “That is not yet a ceasefire,” the UN special envoy said then.", "said", "“That is not yet a ceasefire,”", "Ingrid Solvang"},
		{"The Northern Forces Alliance met. The Ministry of Justice released a list. The rebels said the army had bombed their positions.", "said", "the army had bombed their positions", "Northern Forces Alliance"},
		{"Fighting hit the town of Halim. Residents reached by phone in Halim said the nights had been quieter.", "said", "the nights had been quieter", "residents reached by phone in Halim"},
		// company forms and datelines: "Ltd", "TOKYO --", "Mumbai:"; a
		// technical acronym is no company; two plural fields joined
		{"TOKYO -- Tosei Devices will spend 520 billion yen, the company said.", "said", "Tosei Devices will spend 520 billion yen", "Tosei Devices"},
		{"Mumbai: Sampark Telecom Ltd on Tuesday announced increases. The company said plans will cost more.", "said", "plans will cost more", "Sampark Telecom Ltd"},
		{"Halvern Bio said the drug degrades the toxic RNA in muscle cells. The company said the price was fair.", "said", "the price was fair", "Halvern Bio"},
		{"Calder will apply to the Medicines and Therapeutic Products Agency for approval. A spokesperson for the agency said any decision will be based on evidence.", "said", "any decision will be based on evidence", "Medicines and Therapeutic Products Agency"},
		// "who" after an apposition ending in a body, or after a bracket;
		// a reputation ("is regarded as") is no statement
		{"The trigger was a speech by Gerald Okonjo, deputy governor of the Bank of Norland, who told an audience that inflation in services remained sticky.", "told", "that inflation in services remained sticky", "Gerald Okonjo"},
		{"The motion was sponsored by Ibrahim Danjuma-Kwarra (APC, Niger East), who told the chamber that at least 41 contracts were void.", "told", "that at least 41 contracts were void", "Ibrahim Danjuma-Kwarra"},
		{"Caroline Ashdown spoke. Ashdown, 51, who is regarded at Westminster as a potential leadership contender, told The Times yesterday that she welcomed the inquiry.", "told", "that she welcomed the inquiry", "Caroline Ashdown"},
		// "It said" after a document is the document; a place in its title
		// is not its author
		{"The Defense of Japan white paper said China's budget lacks transparency. It said Chinese aircraft entered Taiwan's zone 300 times.", "said", "Chinese aircraft entered Taiwan's zone 300 times", "the Defense of Japan white paper"},
		// held-out sets 129-131: a rare given name as the first of two
		// surnames; a party label in brackets after a name; a secretariat
		// with two fields; a role with modifiers and its body in apposition
		{"The park's chief ranger, José Pablo Mora Castillo, has worked there for 20 years. \"On a Saturday we can have 2,000 people,\" Mora said.", "said", "\"On a Saturday we can have 2,000 people,\"", "José Pablo Mora Castillo"},
		{"A senator from Minas Gerais, Wanderley Campos Sobrinho (PL-MG), said the justices had trampled on federalism.", "said", "the justices had trampled on federalism", "Wanderley Campos Sobrinho"},
		{"The Minas Gerais State Secretariat for Environment and Sustainable Development said 137 dams had been certified.", "said", "137 dams had been certified", "Minas Gerais State Secretariat for Environment and Sustainable Development"},
		{"Dr Rajan Mehta-Cole, regional medical director for NHS England in the South East, said emergency departments were already busy.", "said", "emergency departments were already busy", "Rajan Mehta-Cole"},
		// held-out set 128: a list of fields in a ministry's name; a body's
		// name without its place; a company's representative
		{"The Ministry of Economy, Trade and Industry will cover the cost, the ministry said.", "said", "The Ministry of Economy, Trade and Industry will cover the cost", "Ministry of Economy, Trade and Industry"},
		{"The Dong Lam People's Committee approved the plan. Dong Lam attracted investment, the provincial People's Committee said.", "said", "Dong Lam attracted investment", "Dong Lam People's Committee"},
		{"Sao Viet Investment JSC is the developer. A representative of the company, who asked not to be named, said the firm had paid.", "said", "the firm had paid", "Sao Viet Investment JSC"},
		// held-out set 130: a retired rank in brackets; elders as a crowd
		{"Security analyst Brigadier (retd) Saad Mehmood Qazi said Pakistan's influence was overestimated. Qazi said more.", "said", "Pakistan's influence was overestimated", "Saad Mehmood Qazi"},
		{"Tribal elders in southern Qalandar province said a ceasefire must be announced before Eid.", "said", "a ceasefire must be announced before Eid", "tribal elders in southern Qalandar province"},
		// an unnamed source called "the insider" later; a description cut
		// before its relative clause keeps no "who"
		{"A source close to the couple told the paper they were engaged. \"They are thrilled,\" the insider said.", "said", "\"They are thrilled,\"", "a source close to the couple"},
		{"A Western diplomat in Doha who spoke on condition of anonymity said the list was long. \"They see the list as a test,\" the diplomat said.", "said", "\"They see the list as a test,\"", "a Western diplomat in Doha"},
		// "they" after unnamed sources are those sources
		{"Two security officials said the district fell overnight. About 70 policemen surrendered to the Taliban, they said.", "said", "About 70 policemen surrendered to the Taliban", "two security officials"},
		// a group the story names only by a description with a name in it
		// keeps it, and so does "the statement" it issued; "the army" alone
		// does not (see TestOrgDescriptions)
		{"The Libyan coast guard rejected the accusations in a statement released on Tuesday evening.\n\n\"The ships are a pull factor,\" the statement said.", "said", "\"The ships are a pull factor,\"", "the Libyan coast guard"},
		{"The Pellow family said in a statement that they had decided to give the painting away.", "said", "that they had decided to give the painting away", "the Pellow family"},
		// held-out sets 132-135: a name in a title-case headline that the
		// story gives in full; given names that are also English words
		{"Dale Harrow Says Immigrants Are Bleeding Dry Their Town\n\nWEXLER, Ohio — Dale Harrow told supporters that 40 percent of the budget goes to immigrants.", "Says", "Immigrants Are Bleeding Dry Their Town", "Dale Harrow"},
		{"He watched Dale Harrow’s speeches. Harrow said he had won.", "said", "he had won", "Dale Harrow"},
		// "..., as a report warns CLAUSE": the "as" clause reports its own
		{"Prices rose again, as a new report warns one in five families are behind on bills.", "warns", "one in five families are behind on bills", "a new report"},
		{"Prices rose again, as the minister said on Tuesday.", "said", "Prices rose again", ""},
		// held-out set 134: the Amharic "Ato" before two names; "who"
		// after a party in brackets
		{"State Minister at the Government Communication Service, Ato Kebede Woldemichael, said the area was stable. Kebede said the government remained committed.", "said", "the government remained committed", "Kebede Woldemichael"},
		{"Ato Forson said the budget was weak.", "said", "the budget was weak", "Ato Forson"},
		{"The assurance did not go down well with Special Seats MP Ms Neema Lyimo (Chadema), who said in a supplementary question that similar promises had been made.", "said", "that similar promises had been made", "Neema Lyimo"},
		// held-out set 132: Welsh given names; "MS" after a member of the
		// Senedd (not "Ms"); a constituency with a compass word; co-leaders
		{"For Sioned Harries, the news has come too late. Sioned, 52, said: \"Dad worked underground for 30 years.\"", "said", "\"Dad worked underground for 30 years.\"", "Sioned Harries"},
		{"Senedd member for South Wales West Gareth Bevan MS said it was late. He added that it was bad.", "added", "that it was bad", "Gareth Bevan"},
		{"Plaid Cymru's health spokesperson Llinos Prys MS said it was overdue.", "said", "it was overdue", "Llinos Prys"},
		{"Scottish Greens co-leader Morven Baillie said it was a clear signal.", "said", "it was a clear signal", "Morven Baillie"},
		// occupations in an apposition name their holder later ("the
		// retired cabbie"); a bank named as a financial group
		{"Gary Marchetti, a retired cabbie, lives alone. \"It was cold,\" the retired cabbie said.", "said", "\"It was cold,\"", "Gary Marchetti"},
		{"Ashbury Financial Group reported profits. The bank said costs fell.", "said", "costs fell", "Ashbury Financial Group"},
		// held-out sets 136-137: hyphenated ranks and offices; a field in
		// -ing joined by "and"; a title's possessive opening a body's name;
		// SA and other company forms; Cal Fire
		{"Colonel-Major Issa Kondombo read the statement. Kondombo said the borders were closed.", "said", "the borders were closed", "Issa Kondombo"},
		{"BGMEA Vice-President Anwarul Kabir Tuhin said owners will not be shielded.", "said", "owners will not be shielded", "Anwarul Kabir Tuhin"},
		{"The Betting and Gaming Council said the rise would drive punters away.", "said", "the rise would drive punters away", "Betting and Gaming Council"},
		{"Sri Lanka reached a deal, the President's Media Division (PMD) said. The PMD said talks went well.", "said", "talks went well", "President's Media Division"},
		{"Minera Altoandina SA said it had offered a raise. Minera Altoandina said it would report blockades.", "said", "it would report blockades", "Minera Altoandina SA"},
		{"Cal Fire said the blaze was 10 percent contained.", "said", "the blaze was 10 percent contained", "Cal Fire"},
		// a name its bracketed initials spell across "and"; regional blocs;
		// a name of two words shortening one of three
		{"His party, the Rally for Democracy and Progress (RDP), said a handful of adventurers had tried to seize power.", "said", "a handful of adventurers had tried to seize power", "Rally for Democracy and Progress"},
		{"ECOWAS said it condemned the attempt. The regional bloc, which has been shaken by coups, said it would impose sanctions.", "said", "it would impose sanctions", "Economic Community of West African States"},
		{"Lt Col Shamsul Arefin Bhuiyan, director of the service, spoke. Lt Col Shamsul Arefin said the gate was locked.", "said", "the gate was locked", "Shamsul Arefin Bhuiyan"},
		{"Buck Hanrahan hosts The Buck Hanrahan Show. Hanrahan said the crowds were huge.", "said", "the crowds were huge", "Buck Hanrahan"},
		// authorities as a crowd; people "on" a street are no street
		{"The home was heavily damaged, authorities said.", "said", "The home was heavily damaged", "authorities"},
		{"Neighbors on County Road 218 said they were still shaken Monday.", "said", "they were still shaken Monday", "neighbors on County Road 218"},
		// a quoted fragment, "and" and the speaker's next act end the
		// content: "... “does not make a trend” and predicted ..."
		{"He told reporters that one poll \"does not make a trend\" and predicted that her ground operation would carry her.", "told", "that one poll \"does not make a trend\"", ""},
		{"Samuel Okello-Banda rejected the result, stating the tally was “stolen in broad daylight” and vowing to challenge it at the Supreme Court.", "stating", "the tally was “stolen in broad daylight”", "Samuel Okello-Banda"},
		// held-out set 143: Arabic and Berber compound surnames used alone;
		// an office's list of fields before the holder's name
		{"Minister of Supply and Internal Trade Sherif Abdel Ghaffar said the system would change. Abdel Ghaffar said no one would be left behind.", "said", "no one would be left behind", "Sherif Abdel Ghaffar"},
		{"Minister of Youth, Culture and Communication Hicham Ouazzani said the project goes beyond football. Ouazzani said more.", "said", "more", "Hicham Ouazzani"},
		{"FRMF president Abdellatif Ait Lahcen spoke. Ait Lahcen said the stadium will be ready.", "said", "the stadium will be ready", "Abdellatif Ait Lahcen"},
		// held-out sets 140-142: "who" after a name and an age; an agency
		// named as an office; organisations as a crowd; "the center"
		{"Reinaldo Fuentes, 52, who said he needed gas for the generator, waited.", "said", "he needed gas for the generator", "Reinaldo Fuentes"},
		{"The Texas Office of Rural Water Planning said it would need staff. The agency said it would need 14 employees.", "said", "it would need 14 employees", "Texas Office of Rural Water Planning"},
		{"More than 60 civil society organisations said the regulation would lead to more detention.", "said", "the regulation would lead to more detention", "60 civil society organisations"},
		{"The National Hurricane Center issued a warning. The hurricane center said rain could cause flooding.", "said", "rain could cause flooding", "National Hurricane Center"},
		// an aside between dashes after the subject
		{"In a statement broadcast on Radio Uhuru, KPF commander Gen Baraka Lomuria – popularly known as \"Jenerali Mzee\" among his fighters – said the exchange was \"a test of trust\".", "said", "the exchange was \"a test of trust\"", "Baraka Lomuria"},
		// held-out set 146: "TD" after a TD's name; national bodies named
		// with a nation; a trade union named as an organisation
		{"Sinn Féin health spokesperson Niamh Garvey TD said the response was tired. Deputy Garvey said more.", "said", "more", "Niamh Garvey"},
		{"Audit Scotland said ministers failed to grip costs.", "said", "ministers failed to grip costs", "Audit Scotland"},
		{"The Irish Nurses and Midwives Organisation (INMO) said 612 patients were on trolleys. The union said it would publish an analysis.", "said", "it would publish an analysis", "Irish Nurses and Midwives Organisation"},
		// held-out set 144: an office's fields ending after "and" before a
		// Chinese name; Indonesian forms of address and regents
		{"Minister of State for Digital Development and Information Tan Kah Meng said 38 police reports had been lodged. Dr Tan said more.", "said", "more", "Tan Kah Meng"},
		{"Regent Ikram Sangadji said the ban came too fast. Pak Ikram said the budget would suffer.", "said", "the budget would suffer", "Ikram Sangadji"},
		// held-out set 145: Qari as a title; a wire dateline without a dash
		{"Azadgan spokesman Qari Yusuf Hamdard said the soldiers had been handed over. Hamdard said more.", "said", "more", "Yusuf Hamdard"},
		{"New Delhi, Jun 4 (PTI) India on Thursday asserted that any peace process must be led by the people.", "asserted", "that any peace process must be led by the people", "India"},
		// held-out sets 141 and 147: a plural title before two names; a
		// given name that is also a country after a role
		{"Two Democrats, state Sens. Ramona Quintanilla of Bexley and Victor Ambrose of Harwood, voted against it. Quintanilla said the cost would rise.", "said", "the cost would rise", "Ramona Quintanilla"},
		{"Democrat Eleanor Strand leads. \"He is lying,\" Strand campaign spokesman Jordan Pike said.", "said", "\"He is lying,\"", "Jordan Pike"},
		// held-out sets 148-150: a form of address with a surname written
		// first; an Australian councillor; a party named with its country;
		// a region opening a body's name; a bloc named by two fields; a
		// role the lexicon lacks, held in a named place
		{"Retiree Lee Siew Lan, 71, lives alone. “It is too big,” said Madam Lee.", "said", "“It is too big,”", "Lee Siew Lan"},
		{"Councillor Rob Pennington spoke first. \"This is a beautiful place,\" Cr Pennington said.", "said", "\"This is a beautiful place,\"", "Rob Pennington"},
		{"A Reform UK spokesperson said the party would now target every seat.", "said", "the party would now target every seat", "Reform UK"},
		{"The Sahel Security Observatory said attacks rose by a third.", "said", "attacks rose by a third", "Sahel Security Observatory"},
		{"The West African Economic and Security Community (Waesc) held a summit. In a communique, the bloc said the coup was illegal.", "said", "the coup was illegal", "West African Economic and Security Community"},
		{"In a statement, the Hospitality Workers’ Solidarity Network said the attack was shocking. “No worker should fear,” the network said.", "said", "“No worker should fear,”", "Hospitality Workers’ Solidarity Network"},
		{"Callum Drysdale, warden of the Kerrow Bird Observatory, said he spotted the bird at dawn.", "said", "he spotted the bird at dawn", "Callum Drysdale"},
		// an irregular past verb makes the words after a cue a clause, not
		// an inverted speaker; an unnamed source
		// where they work, then a relative clause
		{"The report, tabled in March, said the county lost money.", "said", "the county lost money", "the report"},
		{"A senior official at the Senate who asked not to be named said the House would opt for a committee.", "said", "the House would opt for a committee", "a senior official at the Senate"},
		// held-out set 151: "Police" opening a sentence is the force named before
		{"A student was hurt, according to the Linwood Police Department. Police say the injured student will survive.", "say", "the injured student will survive", "Linwood Police Department"},
		// held-out set 153: an unnamed source by what they know, then a
		// relative clause; bankers; "this person" for the source before
		{"A Western diplomat familiar with the talks, who spoke on condition of anonymity, said the envoy was tired.", "said", "the envoy was tired", "a Western diplomat familiar with the talks"},
		{"Privately they are scathing. “Every week we lose a client,” says one banker.", "says", "“Every week we lose a client,”", "one banker"},
		{"A person close to the governor says she will stay. “She will leave when her term ends,” this person says.", "says", "“She will leave when her term ends,”", "a person close to the governor"},
		// a ministry of two fields, Japanese style; a confederation of unions
		{"The Internal Affairs and Communications Ministry said turnout fell.", "said", "turnout fell", "Internal Affairs and Communications Ministry"},
		{"The German Trade Union Confederation (DGB) said wages must rise.", "said", "wages must rise", "German Trade Union Confederation"},
		// held-out sets 149 and 155: Hafiz is a given name, kept as
		// written ("Mr Hafiz Rahman"), not a title to drop
		{"Ministry spokesman Hafiz Ziaullah Rahmani said the talks would go on. Rahmani said more.", "said", "more", "Hafiz Ziaullah Rahmani"},
		// held-out set 155: a place before a role in an apposition; a
		// witness named by surname only, as Hong Kong papers write
		{"Lorna McPhee, Scotland secretary of the Scottish Midwives’ Association, said staff were exhausted.", "said", "staff were exhausted", "Lorna McPhee"},
		{"One victim, a 58-year-old cleaner surnamed Wong, said she lost her savings.", "said", "she lost her savings", "Wong"},
		// ", who" after an apposition of several commas; a surname that is
		// also a place after a title and an unknown given name
		{"Among those surveyed was Gary Prewitt, 44, a truck driver from Bluefield, W.Va., who said he would vote for Harrigan.", "said", "he would vote for Harrigan", "Gary Prewitt"},
		{"Among the resource persons was Atty. Melchor Santiago, former regional director for Bicol, who told senators that he had been instructed to sign.", "told", "that he had been instructed to sign", "Melchor Santiago"},
		// "according to him": the object pronoun resolves as "he" would
		{"Managing director Sanjay Kulkarni said the line would open in May. According to him, feeder buses would run on three routes.", "According to", "feeder buses would run on three routes", "Sanjay Kulkarni"},
		// ", adding that" after a quotation of several sentences: its speaker
		{"Police spokeswoman Funmi Bello spoke. She said, \"We are not against protest. But we will act,\" adding that 23 suspects had been arrested.", "adding", "that 23 suspects had been arrested", "Funmi Bello"},
		// "the statement" introduced in an attribution's own sentence is its
		// issuer's; a given name that is also a place before a possessive
		{"In a statement read by police, Jordan Mercer's family said he was a loving son.\n\n\"He was the heart of our family,\" the statement said.", "said", "\"He was the heart of our family,\"", "Jordan Mercer's family"},
		// held-out sets 157 and 158: "the head of" in an apposition makes a
		// person; a fronted participle clause holds no subject
		{"A drone struck a building, killing two people, according to Vadym Kostiuk, the head of the regional military administration.", "according to", "A drone struck a building, killing two people", "Vadym Kostiuk"},
		{"Asked whether his party had dropped its demand for the Interior Ministry, Mr Chaiwat smiled and said: \"You can say we were flexible.\"", "said", "\"You can say we were flexible.\"", "Chaiwat"},
		// a ministry of two fields, the second a company word too
		{"The Ministry of Water and Energy said the talks had failed.", "said", "the talks had failed", "Ministry of Water and Energy"},
		// a council named for two districts
		{"A spokesperson for Ryedale and Wolds Council said repairs were scheduled.", "said", "repairs were scheduled", "Ryedale and Wolds Council"},
		// held-out sets 158 and 159: a body's spokesman before an aside; a
		// statement issued by a body named before
		{"A Pentagon spokesman, reached Friday, said the department does not comment on retired officers.", "said", "the department does not comment on retired officers", "Pentagon"},
		{"The Ghana Cocoa Pricing Board met on Monday. A statement issued by the board said prices would hold.", "said", "prices would hold", "Ghana Cocoa Pricing Board"},
		// people described by what a thing is theirs: no name fits them
		{"The restaurant’s owner, who spoke on condition that he was not named, said staff were in shock.", "said", "staff were in shock", "the restaurant’s owner"},
		{"The bill’s opponents said it was unfair.", "said", "it was unfair", "the bill’s opponents"},
		// held-out set 160: a body named "X on Y"
		{"The Commission on Human Rights (CHR) said it was alarmed. The commission said it would investigate.", "said", "it would investigate", "Commission on Human Rights"},
		// held-out set 163: MK as a title; a national body of a long field
		{"Coalition whip MK Orit Levanon (Derech) said the vote was fair. Levanon said the opposition had walked out.", "said", "the opposition had walked out", "Orit Levanon"},
		{"The National Disaster Risk Reduction and Management Authority said 14 people had died.", "said", "14 people had died", "National Disaster Risk Reduction and Management Authority"},
		// a name after an age written as an adjective
		{"Her son, 19-year-old Bikash Tamang, said the water came at night.", "said", "the water came at night", "Bikash Tamang"},
		// held-out set 160: a delegate unnamed, as oil wires quote them
		{"OPEC+ delegates met on Sunday. Another delegate said the group would wait.", "said", "the group would wait", "another delegate"},
		// held-out set 153: national agencies named for field and country
		{"Public Safety Canada said the fires had spread overnight.", "said", "the fires had spread overnight", "Public Safety Canada"},
		{"Environment and Climate Change Canada said rain would come on Friday.", "said", "rain would come on Friday", "Environment and Climate Change Canada"},
		// the prosecution: its one named prosecutor, else the side itself
		{"Prosecutor Dimitra Kouris opposed bail. The prosecution said he was a flight risk.", "said", "he was a flight risk", "Dimitra Kouris"},
		{"According to the prosecution, Vella walked away from the restaurant.", "According to", "Vella walked away from the restaurant", "the prosecution"},
		// a description after a legislator's party label
		{"Appearing later, Rep. Yvonne Castellanos, D-N.M., the House minority whip, said Democrats would supply votes.", "said", "Democrats would supply votes", "Yvonne Castellanos"},
		// a role before the name whose field names its body: "the chairman"
		{"At a press conference, the National Chairman of the union, Nana Kwadwo Boateng-Sarpong, said the price was low.\n\n\"Nobody can force a farmer to sell,\" the chairman stated.", "stated", "\"Nobody can force a farmer to sell,\"", "Kwadwo Boateng-Sarpong"},
		// held-out set 167: an occupation before a full name as a title; a
		// spokesman "for that department"
		{"Meteorologist Alexander Tsai said winds would ease. Tsai said the fire could double.", "said", "the fire could double", "Alexander Tsai"},
		{"The Riverside County Emergency Management Department opened shelters. A spokesman for that department said 400 people had arrived.", "said", "400 people had arrived", "Riverside County Emergency Management Department"},
		// held-out set 166: counsel "appearing for" a party, then a description of the party
		{"Senior advocate Thenmozhi Arunachalam, appearing for the Kongu Farmers' Federation, an intervenor in the case, said the farmers had no other water.", "said", "the farmers had no other water", "Thenmozhi Arunachalam"},
		// South Asian organisation words
		{"The opposition Lok Jan Morcha said the government was targeting the colony.", "said", "the government was targeting the colony", "Lok Jan Morcha"},
		// held-out set 165: a party before a candidate's name; an elections
		// supervisor; Sri Lanka's "Attorney-at-Law"
		{"Republican Trent Dawkins said the race was close. Dawkins said the count would take days.", "said", "the count would take days", "Trent Dawkins"},
		{"Hollins County Elections Supervisor Gerald Nwosu said counting was done.", "said", "counting was done", "Gerald Nwosu"},
		{"Attorney-at-Law Upul Ranaweera said the law was clear. Mr. Ranaweera said the polls were overdue.", "said", "the polls were overdue", "Upul Ranaweera"},
		// a chess title; a given name that is also a country before a
		// double-barrelled surname
		{"Grandmaster Sunil Pai lost in six hours. Pai said he would be ready.", "said", "he would be ready", "Sunil Pai"},
		{"Jordan Okafor-Hale, speaking to Match of the Day, said the dressing room never stopped believing.", "said", "the dressing room never stopped believing", "Jordan Okafor-Hale"},
		// aides to someone speak as aides, not as the one they serve
		{"Evelyn Marsh spoke in Ohio. Aides to Mrs. Marsh said she would run again.", "said", "she would run again", "aides to Mrs. Marsh"},
		// held-out set 171: Ghanaian police ranks as titles; "House" heads a body's name
		{"ASP Efua Ansah-Mensah said two men were held. ASP Ansah-Mensah said the town was calm.", "said", "the town was calm", "Efua Ansah-Mensah"},
		{"The National House of Chiefs, in a report released last year, said the dispute was old.", "said", "the dispute was old", "National House of Chiefs"},
		// held-out set 168: a statement issued by a named body; a plural
		// title inside a body's name heads no unnamed description; the DOJ;
		// Indonesian given names; a member of a named council
		{"A statement issued by the Council of Ministers said the price would rise. Minister Ashraf Zaki spoke later. The minister said the poor would be shielded.", "said", "the poor would be shielded", "Ashraf Zaki"},
		{"A statement issued by the Council of Ministers said the price would rise.", "said", "the price would rise", "Council of Ministers"},
		{"The Justice Department sued in May. The DOJ said the merger would raise prices.", "said", "the merger would raise prices", "Justice Department"},
		{"The agency moved families. The agency's head, Bambang Sutejo, said 40 families had moved.", "said", "40 families had moved", "Bambang Sutejo"},
		// held-out sets 169 and 170: a time adverb after an inverted speaker;
		// a state's commission "on" a field; a platform is no company
		{"Ollie Pennington leads England. “I am not sure,” said the England captain afterwards.", "said", "“I am not sure,”", "Ollie Pennington"},
		{"The Texas Commission on Environmental Quality said air readings were normal.", "said", "air readings were normal", "Texas Commission on Environmental Quality"},
		{"Calloway Petroleum runs the plant. Residents found out on Facebook. The company said the fire was out.", "said", "the fire was out", "Calloway Petroleum"},
		// a long relative clause set off by commas before the cue
		{"Matt Kereama took four wickets. Kereama, who finished with four for 71 and bowled unchanged for 14 overs after lunch, said: “I thought I had him.”", "said", "“I thought I had him.”", "Matt Kereama"},
		// "Relations" ends a minister's field before the holder's name
		{"Minister for Māori Crown Relations Hēmi Kerehoma signed the deed. Kerehoma said it was overdue.", "said", "it was overdue", "Hēmi Kerehoma"},
		// a cleric's title says the holder is a man (his middle names may be
		// his father's, which say nothing: "Sadia Farooq Lodhi")
		{"Envoy Daniel Whitcombe met the Taliban. Their negotiator, Mawlawi Sher Ahmad Zadran, said the movement would wait. \"A ceasefire is the fruit of an agreement,\" Zadran told reporters.\n\nHe said foreign troops had no business deciding the agenda.", "said", "foreign troops had no business deciding the agenda", "Sher Ahmad Zadran"},
		// held-out set 175: a rare given name as a surname after "Jordan"; a
		// body's role of two words in an apposition makes a person; a
		// hyphenated title after an acronym
		{"“You lost,” said Jordan Ellery, a spokesman for the campaign.", "said", "“You lost,”", "Jordan Ellery"},
		{"Rails wore thin, according to Grant Ketterman, Sound Transit’s deputy CEO for operations.", "according to", "Rails wore thin", "Grant Ketterman"},
		{"CA Director-General Daniel Cheruiyot told the Nation that the regulator was watching. Mr Cheruiyot said the tariff was legal.", "said", "the tariff was legal", "Daniel Cheruiyot"},
		// a company the recogniser does not know, before its spokesperson
		{"An Uber spokesperson said the fee would hurt drivers.", "said", "the fee would hurt drivers", "Uber"},
		{"A Russian spokesman said the talks had failed.", "said", "the talks had failed", "a Russian spokesman"},
		// "he" after a sentence whose subject is named in commas after a
		// description, not the one who spoke before it
		{"The Secretary of the Buyers Association, Mr Ebenezer Tetteh-Quarshie, told the Graphic that his members were ready.\n\nThe Deputy Minister for Food and Agriculture, Mr Isaac Ayitey-Lamptey, appealed for calm. \"The doors of the ministry remain open,\" he said in a statement.", "said", "\"The doors of the ministry remain open,\"", "Isaac Ayitey-Lamptey"},
		// from a review of the session's rules: a name opening a sentence is
		// no fronted participle; "the defence" is no trial's side unless
		// the story says so; a platform the story is about is the company
		{"Ahmed, a shopkeeper in the market, shrugged and said prices had doubled.", "said", "prices had doubled", "Ahmed"},
		{"Facebook announced new rules. The company said they would apply worldwide.", "said", "they would apply worldwide", "Facebook"},
		// held-out set 178: a body's national branch; "Monitor" as a body's word
		{"A spokesperson for Clean Rivers Ireland said nitrate levels were rising.", "said", "nitrate levels were rising", "Clean Rivers Ireland"},
		{"The Afghan Rights Monitor, a Vienna-based research group, said 40 people died.", "said", "40 people died", "Afghan Rights Monitor"},
		// held-out sets 176 and 177: Welsh "ap" inside a name; a sentence
		// adverb before an unnamed source is no part of it
		{"Llinos ap Dafydd said fares would fall. Ms ap Dafydd said the scheme would be reviewed.", "said", "the scheme would be reviewed", "Llinos ap Dafydd"},
		{"Separately, a person familiar with the company’s plans, who asked not to be identified, said a plant was planned.", "said", "a plant was planned", "a person familiar with the company’s plans"},
		// a rank makes its holder "the officer"
		{"The head of the police region, General Walter Alcázar Medina, reported that 350 officers were deployed. The officer said five people were hurt.", "said", "five people were hurt", "Walter Alcázar Medina"},
		// the subject opening a sentence, not its object, for "she" after
		// "though"; a place ending an apposition is no subject
		{"Democrat Celeste Vandermeer leads. Sheila Dunmore, 58, a retired teacher from Kettering, Ohio, is voting for Vandermeer, though she said her vote was \"more against him than for her.\"", "said", "her vote was \"more against him than for her.\"", "Sheila Dunmore"},
		// ", who" after an apposition ending in a place is the person described
		{"His target was retired Army Gen. Thomas Halvorsen, a four-star general and former commander of U.S. forces in the Middle East, who told an interviewer that Rutherford was unfit.", "told", "that Rutherford was unfit", "Thomas Halvorsen"},
		// held-out sets 180 and 183: Canadian parties and a state before a
		// party as titles; Malaysian "Datuk Seri" and "Nik X" for "Nik X Nik
		// Y"; a shipping line
		{"New Democrat Aisha Bello-Grant, a nurse, said the hospital was full. Bello-Grant said the wait was long.", "said", "the wait was long", "Aisha Bello-Grant"},
		{"The committee chair, the Wyoming Republican Lyle Whitacre, said the bill would pass. Whitacre said the vote was close.", "said", "the vote was close", "Lyle Whitacre"},
		{"Mentri Besar Datuk Seri Nik Amran Nik Yusof said the floods were the worst. Nik Amran said aid was coming.", "said", "aid was coming", "Nik Amran Nik Yusof"},
		{"Orient Meridian Line, one of the port's largest customers, said delays were costly.", "said", "delays were costly", "Orient Meridian Line"},
		// a nickname in curly single quotes is no part of the name
		{"Dorothy ‘Dot’ Kessler led the town for 20 years. Kessler said she loved it.", "said", "she loved it", "Dorothy Kessler"},
		// a conjunction or a time after a name is no part of the speaker
		{"The minister spoke. But allies of the minister said she would stay.", "said", "she would stay", "allies of the minister"},
		// "the coast guard" after the Hellenic Coast Guard
		{"The Hellenic Coast Guard said 40 people were rescued. Later the coast guard said the search went on.", "said", "the search went on", "Hellenic Coast Guard"},
		// held-out set 189: "the spokesperson" after an unknown company's
		{"A Kestrel Iron spokesperson said the site was safe. The company would consult, the spokesperson said.", "said", "The company would consult", "Kestrel Iron"},
		// "the company said" closing a sentence that a company opens
		{"Halvorsen Foods agreed to buy Pinecrest Brands. Halvorsen will pay a 29% premium to Pinecrest’s closing price, the Chicago-based company said.", "said", "Halvorsen will pay a 29% premium to Pinecrest’s closing price", "Halvorsen Foods"},
		// unnamed members and legislators; a news release is its issuer's
		{"\"Nobody wants to be the MLA who let the water go,\" a senior legislator said.", "said", "\"Nobody wants to be the MLA who let the water go,\"", "a senior legislator"},
		{"The talks went on, a member of the government delegation in Abu Dhabi said.", "said", "The talks went on", "a member of the government delegation in Abu Dhabi"},
		{"According to a news release from the Larkspur Falls Fire Department, crews arrived within six minutes. The flames were out in 20 minutes, the release said.", "said", "The flames were out in 20 minutes", "Larkspur Falls Fire Department"},
		// a time phrase or a parenthetical between the subject and the cue
		{"Vindhara's envoy to Kesaria, Arvind Raghunathan, on Thursday said that both sides must resume the talks.", "said", "that both sides must resume the talks", "Arvind Raghunathan"},
		{"The Ministry of External Affairs, in a statement issued late on Wednesday, had said that the border would reopen.", "said", "that the border would reopen", "Ministry of External Affairs"},
		// titles abbreviated with a full stop; offices as abbreviations
		{"\"The water rose one metre,\" said Engr. Celso Marquez, the office's chief.", "said", "\"The water rose one metre,\"", "Celso Marquez"},
		{"Finance CEC Dennis Mutua Kilonzo defended the plan. \"It was explained,\" Mr Kilonzo said.", "said", "\"It was explained,\"", "Dennis Mutua Kilonzo"},
		{"Parent Darnell Phipps said the vote was rushed.", "said", "the vote was rushed", "Darnell Phipps"},
		{"Kingsmere boss Dariusz Wróbel, speaking earlier on Friday, said Harbridge were dangerous.", "said", "Harbridge were dangerous", "Dariusz Wróbel"},
		// an aside on the occasion between the subject and the cue
		{"Emeka Oduya, while speaking with journalists at the Labour House in Okpara, said the union would go on.", "said", "the union would go on", "Emeka Oduya"},
		// surnames of several words and regnal numbers
		{"Iwi chair Aroha Te Whetū said the rules were late. Te Whetū said the consultation was wrong.", "said", "the consultation was wrong", "Aroha Te Whetū"},
		{"Nana Kwaku Boakye Dankwa II, the Omanhene, spoke first. Nana Dankwa II said the land was theirs.", "said", "the land was theirs", "Kwaku Boakye Dankwa II"},
		// Irish offices and surnames of several words
		{"Taoiseach Fergal Mac Giolla Rua defended the plan. Mr Mac Giolla Rua told the chamber the plan would work.", "told", "the plan would work", "Fergal Mac Giolla Rua"},
		{"Social Democrats TD Pádraig Ó Séaghdha spoke first. Mr Ó Séaghdha said rents must fall.", "said", "rents must fall", "Pádraig Ó Séaghdha"},
		// the writer of a byline is no one the story's pronouns refer to
		{"A novelist comes home\n\nBy Clare Holloway\n\n“It was cold,” she says.", "says", "“It was cold,”", ""},
		// honorifics of South Asia and East Africa; a role a person here holds
		{"Chaudhry Muhammad Afzal Warraich spoke first. Chaudhry Warraich said the price was unfair.", "said", "the price was unfair", "Muhammad Afzal Warraich"},
		{"Mzee Kipkorir arap Tuwei, 72, waited. Tuwei said the clinic was shut.", "said", "the clinic was shut", "Kipkorir arap Tuwei"},
		{"Kanyuni Ward MCA Omar Abdalla Bakari spoke first. The MCA said the annex cost too much.", "said", "the annex cost too much", "Omar Abdalla Bakari"},
		{"Members walked out, and the Speaker, Sardar Nadeem Akhtar Bhutta, suspended the sitting. The Speaker warned that members would be expelled.", "warned", "that members would be expelled", "Nadeem Akhtar Bhutta"},
		// "Sheikh X" takes a given name; a relative leaves the surname to the subject
		{"Sheikh Hamdan bin Saif Al Mazrouei chaired the talks. Sheikh Mansour bin Hamdan attended. Sheikh Hamdan told reporters the pact was ready.", "told", "the pact was ready", "Hamdan bin Saif Al Mazrouei"},
		{"Adaeze Lindqvist keeps the ashes. Birgitta Lindqvist, the novelist's mother, says she has not read it. Lindqvist insists the book is not a memoir.", "insists", "the book is not a memoir", "Adaeze Lindqvist"},
		{"Mateus Carvalho, Renewal's campaign director, cautioned that the exit poll was wrong.", "cautioned", "that the exit poll was wrong", "Mateus Carvalho"},
		{"Santiago Ferreyra, the chief executive, said demand was strong. Ferreyra said margins would rise.", "said", "margins would rise", "Santiago Ferreyra"},
		{"The Premier League said the decision was correct.", "said", "the decision was correct", "Premier League"},
		{"Nguyen Van Hung, chairman of the provincial People's Committee, said 12 people died. The chairman said more rain was coming.", "said", "more rain was coming", "Nguyen Van Hung"},
		{"Finance Minister Cde Blessing Chikowore spoke first. Cde Chikowore said the budget was balanced.", "said", "the budget was balanced", "Blessing Chikowore"},
		{"Opposition Spokesman on National Security Lenworth Barrett warned that the bill was flawed. Barrett said the powers went too far.", "said", "the powers went too far", "Lenworth Barrett"},
		{"Minister of Water and Energy Engineer Alemitu Desta opened the talks. Engineer Alemitu said the dam was safe.", "said", "the dam was safe", "Alemitu Desta"},
		{"\"We are not there yet,\" Khalid bin Nasser al-Mahmoud, Qatar's chief negotiator, told reporters. Al-Mahmoud said a deal was near.", "said", "a deal was near", "Khalid bin Nasser al-Mahmoud"},
		{"\"We are not there yet,\" Khalid bin Nasser al-Mahmoud, Qatar's chief negotiator, told reporters.", "told", "\"We are not there yet,\"", "Khalid bin Nasser al-Mahmoud"},
		{"North Coast Police closed the road. The force said two men were hurt.", "said", "two men were hurt", "North Coast Police"},
		{"Cyclist Dennis Okoro-Hales says he will ride again.", "says", "he will ride again", "Dennis Okoro-Hales"},
		{"Miss Priya Raghunathan, prosecuting, spoke first. Miss Raghunathan said the van was speeding.", "said", "the van was speeding", "Priya Raghunathan"},
		{"Tavanu PM says pledge is a good start\n\nPrime Minister Feleti Maka'afu said the money was welcome.", "says", "pledge is a good start", "Feleti Maka'afu"},
		// an unnamed spokesperson named by the body's kind or name speaks for it
		{"Acme Corp cut 4,000 jobs on Monday. A company spokesman said the plan was final.", "said", "the plan was final", "Acme Corp"},
		{"The Ministry of Health issued a warning. A ministry spokeswoman said cases rose.", "said", "cases rose", "Ministry of Health"},
		{"Acme Pacific Railroad Corp ran the train. An Acme Pacific spokesperson said the line was safe.", "said", "the line was safe", "Acme Pacific Railroad Corp"},
		{"Sawahil Airways ordered 60 jets from Valtaire Aerospace. The carrier said deliveries start in 2028.", "said", "deliveries start in 2028", "Sawahil Airways"},
		{"Pals say she was devastated.", "say", "she was devastated", "pals"},
		{"Pentagon spokesman Cmdr. Ellis Marquardt said the review was ongoing.", "said", "the review was ongoing", "Ellis Marquardt"},
		{"Indigenous leader says the forest is recovering\n\nThe Yanomara leader Iracema Awaruná said the land was healing.", "says", "the forest is recovering", "Iracema Awaruná"},
		{"\"The karv is oversold,\" Oskar Whitfield, head of currency strategy at Meridian Nord Securities, said.", "said", "\"The karv is oversold,\"", "Oskar Whitfield"},
		{"The Foreign Office spokesperson said the deportations were lawful.", "said", "the deportations were lawful", "Foreign Office"},
		{"The Australian Medical Guild said waits were unsafe.", "said", "waits were unsafe", "Australian Medical Guild"},
		{"The National Cricket Board dropped the opener. The NCB said form mattered.", "said", "form mattered", "National Cricket Board"},
		{"The HSA said it was under pressure. The Health Service Authority runs 40 hospitals.", "said", "it was under pressure", "Health Service Authority"},
		{"Vale Rider Buses will cut the 42 route. Vale Rider says the route lost money.", "says", "the route lost money", "Vale Rider Buses"},
		{"Vale Rider Buses will cut the 42 route. The operator said it was sorry.", "said", "it was sorry", "Vale Rider Buses"},
		{"Garrett Whitcombe met them. Whitcombe, who has shuttled between Doha, Kabul and Islamabad since January, said Washington remained committed.", "said", "Washington remained committed", "Garrett Whitcombe"},
		{"Chairman of the State Duma Committee on International Affairs Leonid Sergeyevich Markelov said the visit was useful.", "said", "the visit was useful", "Leonid Sergeyevich Markelov"},
		{"Monsignor Héctor Jaramillo Ossa, bishop of Puerto Lindo, said both sides had kept their word.", "said", "both sides had kept their word", "Héctor Jaramillo Ossa"},
		{"Nightjar captain Dae-ho \"Ravel\" Shin said the ruling was unfair. Ravel, 23, added that the team would appeal.", "added", "that the team would appeal", "Dae-ho Shin"},
		{"Mayor Ernesto \"Boy\" Villaruel said the river rose. Boy said the town was safe.", "said", "the town was safe", "Ernesto Villaruel"},
		{"Det Supt Joanne Kowalczyk said the boy was stabbed. Det Supt Kowalczyk said arrests would follow.", "said", "arrests would follow", "Joanne Kowalczyk"},
		{"The Office for the Coordination of Humanitarian Affairs (OCHA) said 40,000 people had fled. OCHA said aid was blocked.", "said", "aid was blocked", "Office for the Coordination of Humanitarian Affairs"},
		// from a review of the session's rules: none of these may fire
		{"By Friday, Maria Ortega had resigned.\n\n\"It is over,\" she said.", "said", "\"It is over,\"", "Maria Ortega"},
		{"Attorney General Letitia James sued. \"We will fight,\" Siemens AG said.", "said", "\"We will fight,\"", "Siemens AG"},
		{"George Wallace was mentioned.\n\nCHRIS WALLACE: Will you run?\n\nMIKE PENCE: No.\n\nWALLACE: Why not?", ":", "Why not", "Chris Wallace"},
		{"\"We disagree,\" said Roseanne Barr. Critics said the show was cancelled.", "said", "\"We disagree,\"", "Roseanne Barr"},
		// a role's letters name its holder
		{"Additional Solicitor General Kaveri Deshpande argued the order was lawful. The ASG said the inputs were secret.", "said", "the inputs were secret", "Kaveri Deshpande"},
		{"CM says wheat price will hold\n\nChief Minister Sardar Nauman Ali Khetran told the assembly the price would hold.", "says", "wheat price will hold", "Nauman Ali Khetran"},
		{"The Rajnagar Metro Rail Corporation managing director Sanjay Kulkarni said the line was late. The MD said December was firm.", "said", "December was firm", "Sanjay Kulkarni"},
		// a transcript's labels in capitals name people
		{"MIKE PENCE: We will win the state.\n\nCHRIS WALLACE: Will you run again?\n\nPENCE: Not this time.", ":", "Not this time", "Mike Pence"},
		{"Mike Pence spoke to Fox.\n\nWALLACE: Will you run again?\n\nPENCE: Not this time.", ":", "Not this time", "Mike Pence"},
		// given names of Africa and South Asia the lexicon now has
		{"DSP Efua Amoako-Mensah confirmed the arrests. She said calm had returned.", "said", "calm had returned", "Efua Amoako-Mensah"},
		// a titled name and where the person works
		{"State Opposition leader Datuk Chong Mei Ling of Parti Harapan Progresif (PHP) said the count was flawed.", "said", "the count was flawed", "Chong Mei Ling"},
		// a dateline in capitals before a colon is no transcript's speaker
		{"KOTA SARI: Chief Minister Datuk Seri Haris Kamaruddin said the party would retain the state.", "said", "the party would retain the state", "Haris Kamaruddin"},
		// the body a role is held in is no person, whatever its words
		{"\"This wage is an insult,\" Rokeya Sultana Mitu, president of Jatiya Garment Sramik Sanghati, told this correspondent yesterday.", "told", "\"This wage is an insult,\"", "Rokeya Sultana Mitu"},
		{"Nomsa Sithole, chairperson of the Mooiwater Residents' Association, said the taps were dry.", "said", "the taps were dry", "Nomsa Sithole"},
		// a name apposed to a plain description of its person
		{"Residents queued for water. The woman, Gulshan Temirova, said she had been asleep.", "said", "she had been asleep", "Gulshan Temirova"},
		{"Kiambogo Budget Watch criticised both sides. The group's coordinator, Faith Achieng Odhiambo, said residents were never invited.", "said", "residents were never invited", "Faith Achieng Odhiambo"},
		// the judges of a court
		{"The Surajpradesh High Court on Tuesday heard the petition. \"The State must explain,\" the bench observed.", "observed", "\"The State must explain,\"", "Surajpradesh High Court"},
		// a person described instead of named
		{"Lukas Brandtner scored twice. “We were poor,” the defender said.", "said", "“We were poor,”", "Lukas Brandtner"},
		{"Iñaki Zubeldia said his side were ready. ‘We freeze,’ the Spaniard said.", "said", "‘We freeze,’", "Iñaki Zubeldia"},
		{"Marco Dellapiana watched from the stand. The Italian said changes would come.", "said", "changes would come", "Marco Dellapiana"},
		// an apposition led by a title; letters after a name
		{"Bogdan Ilić, general secretary of the National Union of Water Workers, said 1,900 jobs had gone.", "said", "1,900 jobs had gone", "Bogdan Ilić"},
		{"Prosecutor Priyanka Sethi KC said the scheme was planned. Ms Sethi added that the money was gone.", "added", "that the money was gone", "Priyanka Sethi"},
		// a company with its stock listing and an apposition
		{"Northmere Systems Inc. (NASDAQ: NMRS), a provider of planning software, announced that it would buy Veridian. The company said the deal would close soon.", "said", "the deal would close soon", "Northmere Systems Inc."},
		// a public role nobody in the text holds is the last speaker's
		{"Anouk Servaes met the convoy. Mara Quill said the truce could work. \"This is what a ceasefire looks like,\" the envoy said.", "said", "\"This is what a ceasefire looks like,\"", "Mara Quill"},
		// a tagged headline keeps its own attribution
		{"Mayor Lin says she will veto the budget: Report\n\nThe council meets today.", "says", "she will veto the budget", "Lin"},
		{"Mayor Lin says she will veto the budget: Report\n\nThe council meets today.", ":", "Mayor Lin says she will veto the budget", ""},
		// unnamed sources keep their description, and the definite form
		// refers back to it; the governor the story is about is not them
		{"Governor Haruto Mizuno met the envoy. A senior official said the talks would resume. The official added that no date was set.", "said", "the talks would resume", "a senior official"},
		{"Governor Haruto Mizuno met the envoy. A senior official said the talks would resume. The official added that no date was set.", "added", "that no date was set", "a senior official"},
		{"Mayor Dariusz Kowalczyk spoke first. A person briefed on the matter said the deal was close. The person said the mayor knew.", "said", "the mayor knew", "a person briefed on the matter"},
		{"Two officials involved in the talks said they would resume. The official said a date was near.", "said", "a date was near", "two officials involved in the talks"},
		// a role given by a predicate; "the company" is not a deal's
		// target; "It" after a body spoke is that body
		{"Ines Calloway toured the depot. Calloway, 52, has been mayor for three years. Desmond Fairlie, who leads the opposition, disagreed. The mayor said the reserves were idle.", "said", "the reserves were idle", "Ines Calloway"},
		{"Shares in Veltrane Systems fell after the company cut its forecast and a review of its takeover of rival Corbel Energy opened.\n\nThe company said profit would fall. It said orders were weak.", "said", "profit would fall", "Veltrane Systems"},
		{"Shares in Veltrane Systems fell after the company cut its forecast and a review of its takeover of rival Corbel Energy opened.\n\nThe company said profit would fall. It said orders were weak.", "said", "orders were weak", "Veltrane Systems"},
		// a clause after "said" is the content, not an inverted speaker
		{"Petra Lindqvist, an analyst at Holmgate Securities, said the warning raised questions.", "said", "the warning raised questions", "Petra Lindqvist"},
		// a role named only later is not who "the defender" is once
		// people have been named
		{"Captain Jamie Okafor scored the equaliser. \"We keep going,\" the 29-year-old defender said.\n\nThe club said defender Marco Pelle was hurt.", "said", "\"We keep going,\"", "Jamie Okafor"},
		// "the club" is the club last named
		{"Castlegate Wanderers lost again.\n\nCastlegate Wanderers said in a statement that the manager would stay. The club said it would not speculate.", "said", "it would not speculate", "Castlegate Wanderers"},
		// an unnamed analyst keeps the description, without the relative
		// clause, and the definite form refers back to it
		{"An analyst at Brenner & Vos, who spoke on condition of anonymity, said the cut was no surprise. The analyst said the risk was the regulator.", "said", "the risk was the regulator", "an analyst at Brenner & Vos"},
		// a role with a participle after it; a newspaper named after
		// its kind
		{"Talks opened on Tuesday, and the foreign envoy mediating the talks said a ceasefire was on the agenda.\n\nHenrik Saldanor, the special envoy, spoke later.", "said", "a ceasefire was on the agenda", "Henrik Saldanor"},
		{"The talks resumed. According to a report in the daily Nova Tribuna, an amnesty is on the table.", "According to", "an amnesty is on the table", "Nova Tribuna"},
		// an apposition that holds an organisation's name
		{"Tomas Elvander, the Concord of Nations special envoy, opened the talks. A spokesman for the ministry, Arvid Kallen, spoke next.\n\nLate on Monday, the envoy said he would meet both sides.", "said", "he would meet both sides", "Tomas Elvander"},
		// a document or the police with no force named speak as themselves;
		// a body's figures are the body's
		{"The agency met on Monday. The study found that walking helped memory.", "found", "that walking helped memory", "the study"},
		{"The fire spread fast. A neighbour raised the alarm, according to police.", "according to", "A neighbour raised the alarm", "police"},
		{"More than a million people have fled, according to World Bank figures.", "according to", "More than a million people have fled", "World Bank"},
		// "the spokesperson" after "a spokesperson for X" speaks for X,
		// not for the person quoted last
		{"Dr Mireille Santander led the study. A spokesperson for the Harrow Health Trust said the trust welcomed it.\n\n“Dementia is a challenge,” the spokesperson said.", "said", "“Dementia is a challenge,”", "Harrow Health Trust"},
		// a description in commas before the name belongs to the speaker;
		// the person named, not the body the description names, speaks;
		// a clause of the writer's after the adjunct is not the content
		{"Facebook created the tool, a spokeswoman, Anna White, said on Saturday, and it has used it five times.", "said", "Facebook created the tool", "Anna White"},
		{"Mayor Adaeze Morrow spoke first. Crime had fallen, a spokeswoman for the mayor, Tanisha Greer, said.", "said", "Crime had fallen", "Tanisha Greer"},
		// negotiators as a group; "the union"; a regulator's office is
		// no company
		{"Talks dragged on. Negotiators said the dispute had narrowed to one paragraph.", "said", "the dispute had narrowed to one paragraph", "negotiators"},
		{"The walkout was called by the Harbour Workers' Union. The union says wages have fallen.", "says", "wages have fallen", "Harbour Workers' Union"},
		{"Nimbra Motors unveiled the update. The Federal Office for Vehicle Safety wrote to Nimbra Motors on Monday.\n\nThe company said the issue had been fixed.", "said", "the issue had been fixed", "Nimbra Motors"},
		// an unnamed trader keeps the description; observers "from" a
		// body are a crowd, not the body
		{"A currency trader at a foreign bank in Castellane said funds had been selling. “It was a crowded trade,” the trader said.", "said", "“It was a crowded trade,”", "a currency trader at a foreign bank in Castellane"},
		// an apposition opened by an adjective and a title belongs to the
		// name before it
		{"Samuel Okonjo-Reed, medical director of Wexmoor Valley NHS Foundation Trust, said the trust accepted the findings.", "said", "the trust accepted the findings", "Samuel Okonjo-Reed"},
		// "she" after an unnamed source spoke, with no one named since, is
		// that source; a group is not "he"
		{"Mayor Dariusz Kowalczyk opened the hearing.\n\nA senior official said the talks would resume. She said a date was near.", "said", "a date was near", "a senior official"},
		// a document an outlet obtained is not the outlet's word; a crowd
		// named with its body in brackets stays a crowd
		{"The quarry exceeded its limits for three years, according to internal documents leaked to the Harbour Courier.", "according to", "The quarry exceeded its limits for three years", "internal documents leaked to the Harbour Courier"},
		{"The talks will resume in May, according to a draft seen by Reuters.", "according to", "The talks will resume in May", "a draft"},
		{"Observers from the East Savanna Community (ESC), a regional bloc, said voting had been peaceful.", "said", "voting had been peaceful", "observers from the East Savanna Community"},
		// "the statement said" after a body spoke is the body's; a museum
		{"The Calloway Museum of Art said in a statement that the gift was welcome. “We are grateful,” the statement said. The museum said the work would go on show in May.", "said", "“We are grateful,”", "Calloway Museum of Art"},
		{"The Calloway Museum of Art said in a statement that the gift was welcome. “We are grateful,” the statement said. The museum said the work would go on show in May.", "said", "the work would go on show in May", "Calloway Museum of Art"},
		// "the source" refers to one the text introduced without a quote
		{"But a source close to the minister painted a different picture. “We need to act,” the source said.", "said", "“We need to act,”", "a source close to the minister"},
		// an inverted unnamed source with what it knows
		{"“The choice is between two bad options,” said one person with knowledge of the mayor's thinking.", "said", "“The choice is between two bad options,”", "one person with knowledge of the mayor's thinking"},
		{"“We are close,” said a person familiar with the talks, who asked not to be named.", "said", "“We are close,”", "a person familiar with the talks"},
		{"A senior official warned that the deal was off.", "warned", "that the deal was off", "a senior official"},
		{"A senior official, who asked not to be named, said the talks failed.", "said", "the talks failed", "a senior official"},
		// an age between the name and its apposition; a relative pronoun
		// after an apposition; a name after a lower-case role
		{"Linda Szymanski, 54, a school bus driver from Oakes Ferry, said she liked Varga.", "said", "she liked Varga", "Linda Szymanski"},
		{"The sharpest exchanges came with Senator Dean Kowalczyk, a National Party member who has called for Pickett's resignation.", "called for", "Pickett's resignation", "Dean Kowalczyk"},
		{"Estrella del Sur president Joaquín Ferreyra said the sale would fund an academy.", "said", "the sale would fund an academy", "Joaquín Ferreyra"},
		// a possessive pronoun's body; a poll is its maker's; a former
		// office holder described
		{"Grace Okafor spoke in Carrow. Her campaign said the ad was false.", "said", "the ad was false", "Grace Okafor's campaign"},
		{"A Brightwater University survey found Okafor ahead by two points.", "found", "Okafor ahead by two points", "Brightwater University"},
		{"Brendan Halloran has made crime his theme. At a rally in Ashby Crossing, the former congressman told supporters that crime had doubled.", "told", "that crime had doubled", "Brendan Halloran"},
		// a surname alone that the text capitalises mid-sentence too; a
		// plural common noun opening the sentence is no name
		{"Halvorsen pointed out that the deficit had grown. Voters trust Halvorsen.", "pointed out", "that the deficit had grown", "Halvorsen"},
		{"Teachers chanted that the schools needed money. The union backed them.", "chanted", "that the schools needed money", "teachers"},
		// a group quoted together, unnamed: described as the text does
		{"Analysts said the deal was risky. Some critics argue the plan is flawed.", "argue", "the plan is flawed", "some critics"},
		{"Diplomats in Port Sabel said the vote was fair.", "said", "the vote was fair", "diplomats in Port Sabel"},
		{"A hospital ward is to close because there are not enough nurses, health bosses have said.", "said", "A hospital ward is to close because there are not enough nurses", "health bosses"},
		{"Severnmoor is not the only company under scrutiny, and people who study the sector say that is precisely the point.", "say", "that is precisely the point", "people who study the sector"},
		{"Industry observers said the film would flop.", "said", "the film would flop", "industry observers"},
		// "according to" at the end names the source of a sourceless
		// passive; a body's weak verb before "to"
		{"The senator is expected to announce her decision next week, according to two people familiar with her thinking.", "according to", "The senator is expected to announce her decision next week", "two people familiar with her thinking"},
		{"The campaign hopes to win Ohio in November.", "hopes", "to win Ohio in November", ""},
		// from a review: a full name after "into"; a place or party before
		// a capitalised title; the last speaker, named last, keeps "he";
		// a surname alone gives no gender; an age after a lone surname
		{"The Senate opened an inquiry into Pete Hegseth. Hegseth said the inquiry was a witch hunt.", "said", "the inquiry was a witch hunt", "Pete Hegseth"},
		{"Tory MP Jacob Rees-Mogg said the plan was fair.", "said", "the plan was fair", "Jacob Rees-Mogg"},
		{"Harris County Judge Lina Hidalgo said the shelters were full.", "said", "the shelters were full", "Lina Hidalgo"},
		{"Kingston Mayor Andrew Swaby said the roads were clear.", "said", "the roads were clear", "Andrew Swaby"},
		{"Sen. John Thune opposed the bill. Rep. Okonjo, who chairs the committee, said the vote would go ahead. The committee meets at 9 a.m. Twelve members have signed on. \"We have the votes,\" he said.", "said", "\"We have the votes,\"", "Okonjo"},
		{"Justice Ketanji Brown Jackson wrote the dissent. Jackson wrote that the ruling ignored history. \"This is a grave error,\" she said.", "said", "\"This is a grave error,\"", "Ketanji Brown Jackson"},
		{"Fares rose. Okafor, 61, a retired teacher, said she agreed.", "said", "she agreed", "Okafor"},
		{"Police in Austin said the suspect fled.", "said", "the suspect fled", "Police"},
		// a modified title in an inversion; an age for a person; an
		// unnamed spokesman; a participle aside before the verb
		{"\"We intend to do it,\" said co-author Dr. Anselm Ford, a statistician.", "said", "\"We intend to do it,\"", "Anselm Ford"},
		{"Imogen Sands cut 400 jobs. The 51-year-old, who took over in 2021, said the stores were too big.", "said", "the stores were too big", "Imogen Sands"},
		{"Dashiell Young scored 30. Young played well. A team spokesman said the injury was minor.", "said", "the injury was minor", "a team spokesman"},
		{"A league official, speaking on condition of anonymity, said the review was under way.", "said", "the review was under way", "a league official"},
		// a long apposition; a name inside the last speaker's apposition
		// is no rival for "he"
		{"Commissioner Benedikt Marsh, the only board member to vote against the draft budget in committee, said the county could wait. He told the audience that the project can wait.", "told", "that the project can wait", "Benedikt Marsh"},
		{"Clement Oduya, an analyst at the broker Harcourt Lyle, said the results were weak. \"It only works for so long,\" he wrote in a note to clients.", "wrote", "\"It only works for so long,\"", "Clement Oduya"},
		// titles of other English presses; a company described in an
		// apposition is no person; a name after a description; where
		// someone works, between commas
		{"Senior advocate Shri Mahendra Pratap Dwivedi argued the case. Dwivedi said the order was illegal.", "said", "the order was illegal", "Mahendra Pratap Dwivedi"},
		{"Premier Danielle Whitcombe toured the fire ground. She said the town would be rebuilt.", "said", "the town would be rebuilt", "Danielle Whitcombe"},
		{"Recorder Alan Stone jailed Carver for six years. The judge said the crash was avoidable.", "said", "the crash was avoidable", "Alan Stone"},
		{"Tessellate, the medical transcription startup, has raised $210m. Tessellate said it was cooperating with the commission.", "said", "it was cooperating with the commission", "Tessellate"},
		{"Another resident, Ramesh Kushwaha, said the water was dirty.", "said", "the water was dirty", "Ramesh Kushwaha"},
		{"Detective Sergeant Helen Moss, of Castlebridge Police's collision unit, said the crash was avoidable.", "said", "the crash was avoidable", "Helen Moss"},
		// from a second review: a place is not a company's short name; the
		// age decides which person "the 34-year-old" is; a body speaks
		// through its unnamed spokesman; an unknown name's apposition is
		// not the speaker
		{"Kenya Airways cut flights. Kenya said it would send inspectors.", "said", "it would send inspectors", "Kenya"},
		{"The Trump Organization was fined. Trump said the ruling was unfair.", "said", "the ruling was unfair", "Trump"},
		{"Maddox Pharmaceuticals makes the drug. Maddox said the study was flawed.", "said", "the study was flawed", "Maddox Pharmaceuticals"},
		{"Mark Dunn, 34, was stabbed. Police arrested Karl Whitby, 29. The 34-year-old said he did not know his attacker.", "said", "he did not know his attacker", "Mark Dunn"},
		{"A Kremlin spokesman said Moscow was ready to talk.", "said", "Moscow was ready to talk", "Kremlin"},
		{"Pfizer, the drugmaker, said its pill worked.", "said", "its pill worked", "Pfizer"},
		{"The U.S. Securities and Exchange Commission (SEC) fined the bank. The SEC said the bank had misled investors.", "said", "the bank had misled investors", "Securities and Exchange Commission"},
		{"Unite, a member of the TUC, said the strike would go ahead.", "said", "the strike would go ahead", ""},
		// a ninth set: a capitalised particle opening a sentence; "-man"
		// demonyms; an age with a noun; a party tag in brackets; a police
		// force named once; an apostrophe inside a body's name
		{"Dunmere manager Erik van Dijkstra was furious. Van Dijkstra said the referee was wrong.", "said", "the referee was wrong", "Erik van Dijkstra"},
		{"Erik van Dijkstra was furious. The Dutchman said the referee was wrong.", "said", "the referee was wrong", "Erik van Dijkstra"},
		{"Sofia Brandt has studied the glacier for years. The 46-year-old scientist says the ice is thinning.", "says", "the ice is thinning", "Sofia Brandt"},
		{"Sen. Dana Whitfield (D-Ore.), who spent three weeks negotiating the package, said the bill would pass.", "said", "the bill would pass", "Dana Whitfield"},
		{"The Carrow Falls Police Department arrested a man. The man fled, police said.", "said", "The man fled", "Carrow Falls Police Department"},
		{"The Western Governors' Recovery Council said aid was slow.", "said", "aid was slow", "Western Governors' Recovery Council"},
		{"Van Morrison said he liked the song.", "said", "he liked the song", "Van Morrison"},
		// from a third review: police qualified or a body about the police
		// is not the force (they are named as written); a company's
		// lawsuit; an unnamed man of an age;
		// the woman of "-woman"; a name after a particle
		{"Chicago Police Department officers were called. A man was charged, police said.", "said", "A man was charged", "Chicago Police Department"},
		{"Springfield Police Department officers responded. The driver fled, state police said.", "said", "The driver fled", "state police"},
		{"The Police Federation said officers were exhausted. Two officers were injured, police said.", "said", "Two officers were injured", "police"},
		{"Orbital Systems sued rival Kestrel Technologies. Orbital Systems said the patents were stolen. Kestrel Technologies denied the claims. The company said it would fight the lawsuit.", "said", "it would fight the lawsuit", "Kestrel Technologies"},
		{"A 35-year-old man was arrested. Detective Inspector James Holt said inquiries continued. The 35-year-old man told officers he had been at home.", "told", "he had been at home", ""},
		{"Caroline Garcia lost in three sets, with her coach Bertrand Perret watching. \"I was tired,\" the Frenchwoman said.", "said", "\"I was tired,\"", "Caroline Garcia"},
		{"Shares of Fresh del Monte rose. Del Monte said sales had risen.", "said", "sales had risen", "Del Monte"},
		// a tenth set: occupations given in an apposition refer back; an
		// absolute clause after "with"
		{"Priya Ramaswamy, a 34-year-old nurse in Eastbrook, said she used the app. Nadia Ferreira said the company was sorry. The nurse said she was angry.", "said", "she was angry", "Priya Ramaswamy"},
		{"The exposure was spotted by an independent security researcher, Jonas Whitlock, who found the database. Nadia Ferreira said the company was reviewing it. The researcher said the data was exposed for weeks.", "said", "the data was exposed for weeks", "Jonas Whitlock"},
		{"Leaders failed to agree, with the chancellor warning that her country would not pay and several southern governments insisting the bloc could not wait.", "insisting", "the bloc could not wait", "several southern governments"},
		{"Leaders failed to agree, with the chancellor warning that her country would not pay and several southern governments insisting the bloc could not wait.", "warning", "her country would not pay", ""},
		// an eleventh set: the first of two surnames is the short form;
		// a name with particles after titles; a studio's short name
		{"President Marisol Ibarra Montoya spoke on Tuesday. Ibarra said the motion was a coup.", "said", "the motion was a coup", "Marisol Ibarra Montoya"},
		{"Vice President Lucía Fernández de la Vega, who has kept a low profile, broke her silence on Monday. Fernández said the vote would go ahead.", "said", "the vote would go ahead", "Lucía Fernández de la Vega"},
		{"Halverson Pictures paid for the reshoots. Halverson said the film would open in spring.", "said", "the film would open in spring", "Halverson Pictures"},
		// from a fourth review: a description ends at a verb or an
		// article; an occupation before "of" or a noun is someone else's;
		// a goal is not a statement; a newcomer introduced mid-paragraph
		// takes the pronoun; "the police"; a fronted phrase ending in a
		// name is no apposition
		{"Helen Cole, a nurse, said it was dire.\n\nThe trust said the nurse had been offered support.", "said", "the nurse had been offered support", ""},
		{"Bill Marsh, the owner of the bakery, said trade had halved.\n\nThe owner of the neighbouring florist said she might close.", "said", "she might close", ""},
		{"Amira Hassan, a student, said rents had doubled.\n\nThe student union said it would protest.", "said", "it would protest", ""},
		{"Mark Dunn said the fire began in the kitchen.\n\nFirefighters arrived. Tom Harrow, who lives next door, remembers it differently. \"It started in the garage,\" he said.", "said", "\"It started in the garage,\"", "Tom Harrow"},
		{"A man was arrested, Kent Police said.\n\nThe police said he was 34.", "said", "he was 34", "Kent Police"},
		{"In a letter to Sam Altman, Anthropic's chief executive said the proposal was flawed.", "said", "the proposal was flawed", ""},
		// from a fifth review: a crowd keeps a proper first word and is
		// not the place or person after it; a survey is no crowd; a
		// passive addressee says nothing; an absolute clause with an
		// article opening it; a newcomer things happen to, or a newcomer
		// in the last speaker's paragraph, does not take "he"; a
		// description after a possessive
		{"U.S. officials said the strike had killed a commander.", "said", "the strike had killed a commander", "U.S. officials"},
		{"Diplomats in Brussels said the talks had stalled.", "said", "the talks had stalled", "diplomats in Brussels"},
		{"Critics of Prime Minister Keir Starmer said the plan was unworkable.", "said", "the plan was unworkable", "critics of Prime Minister Keir Starmer"},
		// a survey keeps its description, as polls of readers do
		{"A survey of 2,000 parents found that most wanted shorter holidays.", "found", "that most wanted shorter holidays", "a survey of 2,000 parents"},
		{"Parents were told that the school would close in July.", "told", "that the school would close in July", ""},
		{"The summit ended without agreement, with Emmanuel Macron saying a deal was still possible.", "saying", "a deal was still possible", "Emmanuel Macron"},
		{"Detective Inspector Paul Grant said the victim had been stabbed once. John Carter, 19, of Salford, was arrested at the scene. He said officers were not looking for anyone else.", "said", "officers were not looking for anyone else", "Paul Grant"},
		{"Sam Reed was charged. His lawyer, Jane Fox, said he would plead not guilty. The lawyer said the evidence was thin.", "said", "the evidence was thin", "Jane Fox"},
		{"Isabel Díaz Ayuso called the strike political. Isabel Díaz Ayuso has clashed with the government before. Yolanda Díaz, the labour minister, said the strike was justified. \"Workers have waited long enough,\" Díaz said.", "said", "\"Workers have waited long enough,\"", "Yolanda Díaz"},
		// a thirteenth set: "Cllr"; a role with "of" before the name; sport
		// descriptions
		{"Council leader Cllr Helen Thwaite (Lab) said the libraries would close. Cllr Thwaite added that money was short.", "added", "that money was short", "Helen Thwaite"},
		{"Marlow Heath director of cricket Claire Hollis said the club would appeal.", "said", "the club would appeal", "Claire Hollis"},
		{"Toby Lennox made 40. The left-hander said he enjoyed it.", "said", "he enjoyed it", "Toby Lennox"},
		// a party before an abbreviated title, and a state after the name
		{"Republican Sen. Ted Cruz of Texas said the bill was dead.", "said", "the bill was dead", "Ted Cruz"},
		// a twelfth set: "Speaker" is a title; "pushed for"
		{"Speaker Thomas Garrity (R-Wis.) said the bill would pass.", "said", "the bill would pass", "Thomas Garrity"},
		{"Reese has pushed for an immediate $8 million ad buy in the suburbs.", "pushed for", "an immediate $8 million ad buy in the suburbs", "Reese"},
		// two titles joined before the name
		{"\"This funding lets us give them back the hours,\" chief executive and co-founder Mira Okonkwo wrote in the post.", "wrote", "\"This funding lets us give them back the hours,\"", "Mira Okonkwo"},
		// a surname that is also a title
		{"Comets coach Lonnie Bishop was angry. Bishop said the referees were poor.", "said", "the referees were poor", "Lonnie Bishop"},
		// someone else named as a sentence's subject after the last
		// speaker is the new topic (not a possessor opening a sentence)
		{"\"I've made peace with it,\" Nell Harrow says.\n\nAgnes Byrne, reached by phone, remembers it differently. She says her friend was climbing the walls.", "says", "her friend was climbing the walls", "Agnes Byrne"},
		{"\"I've made peace with it,\" Nell Harrow says.\n\nAgnes Byrne's album came out later. She says the record is honest.", "says", "the record is honest", "Nell Harrow"},
		// but not a name inside the pronoun's own sentence, nor a
		// background sentence in the middle of the speaker's paragraph
		// (from a review)
		{"Striker Tom Reed scored twice. Manager Mike Hale said the win was deserved. Reed had been superb all season, he said.", "said", "Reed had been superb all season", "Mike Hale"},
		{"Striker Tom Reed scored twice.\n\nCoach Mike Hale said his side had been the better team. Reed has now scored 12 goals this season. \"He is in the form of his life,\" he said.", "said", "\"He is in the form of his life,\"", "Mike Hale"},
		{"Chidi Okafor denies fraud.\n\nProsecutor Sarah Collins said the evidence was overwhelming. Okafor was arrested in March. \"The defendant lied,\" she said.", "said", "\"The defendant lied,\"", "Sarah Collins"},
		// a known gender beats an unknown one, however recent
		{"Brendan Halloran spoke after Mayor Quorin Vasht left the stage. The crowd cheered. Asked about the figures, he said voters did not care.", "said", "voters did not care", "Brendan Halloran"},
		{"A person who saw the arrest said the man was shouting.", "said", "the man was shouting", "a person who saw the arrest"},
		{"An aide, Jane Roewick, said it was over.", "said", "it was over", "Jane Roewick"},
		{"A person close to Donald Trump said the campaign would go on.", "said", "the campaign would go on", "a person close to Donald Trump"},
		{"People familiar with the matter said Apple was in talks.", "said", "Apple was in talks", "people familiar with the matter"},
		{"A senior official briefed reporters on Monday and said the talks would resume.", "said", "the talks would resume", "a senior official"},
		// "the company" is the company named last, except where someone works
		{"Tessaro Systems cut its forecast. Tessaro Systems blamed chip costs. \"It was a hard quarter,\" said Nadia Farouk of Kestrel Capital. The company said prices would ease.", "said", "prices would ease", "Tessaro Systems"},
		{"Google was fined by the EU. Separately, Amazon said it would hire 10,000 workers. The company said the jobs would be in logistics.", "said", "the jobs would be in logistics", "Amazon"},
		// a title's common noun refers back to its holder; a group is not
		// the court it went to
		{"Justice Efua Mensah-Asante read the verdict. \"The evidence is overwhelming,\" the judge said.", "said", "\"The evidence is overwhelming,\"", "Efua Mensah-Asante"},
		{"Anti-corruption group Clear Harbour brought the case to the High Court of Port Sable on Monday. The group said the sentence was too light.", "said", "the sentence was too light", "Clear Harbour"},
		{"Manager Olusegun Adeyemi said the club had followed him for two years.", "said", "the club had followed him for two years", "Olusegun Adeyemi"},
		// a person introduced in the paragraph before a quotation whose
		// pronoun follows its first sentence is its speaker, not the last
		{"\"It is worse every year,\" said Isabel Fuentes, a climatologist.\n\nRosa Catalan, 52, who raises goats, is one of them.\n\n\"The truck comes twice a week. Fifty liters is not enough,\" she said.", "said", "\"The truck comes twice a week. Fifty liters is not enough,\"", "Rosa Catalan"},
		// a crowd's members in an apposition are not the speakers; a parent
		// who asks not to be named keeps the description, and her pronoun
		{"The board voted 4-3. Opponents, many of them teachers and students, said the policy is vague.", "said", "the policy is vague", "opponents"},
		{"One parent, who asked not to be identified because she feared abuse, said she supports the policy.\n\n\"People were screaming,\" she said.", "said", "\"People were screaming,\"", "one parent"},
		// how a body spoke is not part of its mention; a company the
		// recogniser does not know keeps its name
		{"The Ghana Cocoa Produce Board set the price. The board, in a statement issued on Wednesday, said that smugglers would be punished.", "said", "that smugglers would be punished", "Ghana Cocoa Produce Board"},
		{"Gold Meridian Builders, in a letter sent to the paper, said the projects had been completed.", "said", "the projects had been completed", "Gold Meridian Builders"},
		// an inverted speaker after a quotation may trail a phrase or a
		// clause, carry a place and a title, or follow "asked"/"warned"
		{"The rally ended. “We will win,” said Sanders as he closed out.", "said", "“We will win,”", "Sanders"},
		{"The rally ended. “We will win,” said former Wisconsin Gov. Jim Doyle.", "said", "“We will win,”", "Jim Doyle"},
		{"The vote was close. “Do you want them at a convention?” asked Sen. Maria Cantwell of Washington.", "asked", "“Do you want them at a convention?”", "Maria Cantwell"},
		{"Hillary Clinton spoke in Ohio. “That means a loose cannon is within reach,” warned Clinton.", "warned", "“That means a loose cannon is within reach,”", "Hillary Clinton"},
		{"The talks stalled. \"The gap is not that big,\" said a person close to the union's negotiating committee.", "said", "\"The gap is not that big,\"", "a person close to the union's negotiating committee"},
		// manner-of-speaking verbs after a quotation; an unnamed source by
		// what it was involved in
		{"The vote failed. “If they were serious, they would have gone to the bill,” Pat Toomey fumed on Tuesday.", "fumed", "“If they were serious, they would have gone to the bill,”", "Pat Toomey"},
		{"The race was tight. “It’s a way to participate,” says a source involved in the super-PAC’s creation.", "says", "“It’s a way to participate,”", "a source involved in the super-PAC’s creation"},
		// a document or a crowd the story names no other way keeps its
		// description; a time phrase before a speaker is not part of it
		{"The company issued a recall. The recall notice said two infants had died.", "said", "two infants had died", "the recall notice"},
		{"The boat sank on Sunday. Survivors said more than 80 people were on board.", "said", "more than 80 people were on board", "Survivors"},
		{"The study was published. Last year a Rest Easy survey found that 58% of adults slept late.", "found", "that 58% of adults slept late", "Rest Easy"},
		// a role with a possessive or a lower-case field before the name in
		// commas: the sentence's subject, which the next pronoun takes
		{"“We were a bit too pleased with ourselves,” Declan Fairweather added.\n\nThe Knights’ captain, Sam Oduro-Kellett, was also quick to praise the visitors. “Fair play to Caldermoor,” he told TNT Sports.", "told", "“Fair play to Caldermoor,”", "Sam Oduro-Kellett"},
		// an inverted role whose holder is named in an apposition
		{"The regulator’s chief executive, Priya Halvorsen-Reid, said the firm failed.\n\n“We know we have fallen short,” said the chief executive, Gareth Pennock-Lowe.", "said", "“We know we have fallen short,”", "Gareth Pennock-Lowe"},
		// a party label in commas after the subject of a colon quotation
		{"The meeting ended. Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: \"It's time to quit attacking various people.\"", "delivered a blunt message to Trump", "\"It's time to quit attacking various people.\"", "Mitch McConnell"},
		// "the fund" and "the supermarket" are the body named before
		{"The International Monetary Fund met on Monday. The fund said a haircut was needed.", "said", "a haircut was needed", "International Monetary Fund"},
		{"Fresh Value Stores Ltd was sued. The supermarket argued that it operated a reasonable system.", "argued", "that it operated a reasonable system", "Fresh Value Stores Ltd"},
		// guests, pals and onlookers are unnamed sources of their own
		{"The row broke out at midnight. A pal of both women said cracks had started to show. ‘It’s been brewing for months,’ the pal said.", "said", "‘It’s been brewing for months,’", "a pal of both women"},
		{"The row broke out at midnight, onlookers said.", "said", "The row broke out at midnight", "onlookers"},
		// a signature needs its dash; a name opening the next paragraph is
		// no signature (from a review)
		{"“We have trained for this moment for years,” Smith said.\n\n“Now it is time to win it.”\n\nMike Jones, the captain, agreed.", "", "“Now it is time to win it.”", "Smith"},
		// a fronted "Asked ..." clause before the subject of a colon quotation
		{"Ruth Pargeter has baked for 40 years.\n\nAsked what she will miss most, she does not hesitate: “The people. Not the bread.”", "does not hesitate", "“The people. Not the bread.”", "Ruth Pargeter"},
		// a name the recogniser does not know, apposed to its role after a
		// body's bracketed letters; a role after its holder's name
		{"The head of the World Health Organization (WHO), Tedros Adhanom Ghebreyesus, said the pandemic was not over.", "said", "the pandemic was not over", "Tedros Adhanom Ghebreyesus"},
		{"Patrick Dumoulin, leader of the Fédération ouvrière solidaire (FOS), the second-largest union, said a new day of strikes would be held.", "said", "a new day of strikes would be held", "Patrick Dumoulin"},
		// a fronted reporting verb before its speaker, the quotation after a
		// relative clause or in the next paragraph; manner verbs after one
		{"The show aired on Friday.\n\nStated Stone:\n\n“I think that the stakes are so high.”", "Stated", "“I think that the stakes are so high.”", "Stone"},
		{"The museum opened. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”", "Said", "“We were all so proud of him.”", "Dorothy Poynter"},
		{"The crowd cheered. “This is fantastic!” beamed Donald Hartley of Madison, Alabama.", "beamed", "“This is fantastic!”", "Donald Hartley"},
		// a quotation signed by the next paragraph, as analysts' boxes are
		{"What Bloomberg Economics Says...\n\"The bank chose the currency over growth. We still expect easing.\"\n-- Elif Durmaz, EMEA economist\n\nThe lira fell.", "", "\"The bank chose the currency over growth. We still expect easing.\"", "Elif Durmaz"},
		// "was quoted as saying" after a quotation
		{"The mine was closed. \"The safety of our people is our first value,\" chief executive Hennie Pretorius was quoted as saying in the statement.", "quoted", "\"The safety of our people is our first value,\"", "Hennie Pretorius"},
		// "quoted" naming the outlet first, after an apposition, and active
		// with the one quoted as its object
		{"Mayor Lena Ortiz toured the town. The mayor was quoted by local radio as saying the roads were clear.", "quoted by local radio as saying", "the roads were clear", "Lena Ortiz"},
		{"Oil fell. Okafor was quoted by Reuters as saying the deal was done.", "quoted by Reuters as saying", "the deal was done", "Okafor"},
		{"Floods hit the town. Jones, the treasurer, was quoted by the Gazette as saying costs had doubled.", "quoted by the Gazette as saying", "costs had doubled", "Jones"},
		{"Oil rose. Russia's RIA news agency quoted an unnamed Russian government official as saying that Moscow supported the decision.", "quoted", "that Moscow supported the decision", "an unnamed Russian government official"},
		{"President Ann Obi spoke. \"We are done,\" the statement quoted the President as saying.", "quoted", "\"We are done,\"", "Ann Obi"},
		// an inquiry finds and speaks as a document does
		{"Poor care left babies dead, an independent inquiry has found.\n\nThe inquiry found that the board had been misled.", "found", "that the board had been misled", "an independent inquiry"},
		// a shared surname opening a sentence is the namesake the pronoun fits
		{"Rachel Ashdown and her husband, Tom Ashdown, spoke outside. Dame Helen Prosser, who chaired the inquiry, said the trust had failed. Tom Ashdown said the trust had lied.\n\nAshdown was unmoved. She said apologies were cheap.", "said", "apologies were cheap", "Rachel Ashdown"},
		// two relative clauses, the first without commas
		{"A midwife who worked on the ward until 2022, and who asked not to be named, said staff had stopped reporting incidents.\n\n\"Nothing ever came back,\" she said.", "said", "\"Nothing ever came back,\"", "a midwife who worked on the ward until 2022"},
		// a body named as the object of a relative clause is not the subject
		{"Elizabeth Arnold spoke first. Ms. Arnold, who helped found EDGE, an environmental justice group based in Philadelphia, said she did not condone violence.", "said", "she did not condone violence", "Elizabeth Arnold"},
		// an attitude verb after a quotation reports it
		{"Paul Manafort joined the campaign. \"My job is to secure the nomination,\" Manafort vowed.", "vowed", "\"My job is to secure the nomination,\"", "Paul Manafort"},
		// a record company is "the label"
		{"Kalle Rautio recorded four albums for Polar Night Records. The label said it would reissue them.", "said", "it would reissue them", "Polar Night Records"},
	} {
		got := quotesByCue(f, tc.in, tc.cue)
		if want := tc.content + " | " + tc.speaker; !slices.Contains(got, want) {
			t.Errorf("Find(%q): %q-quotes = %q; want %q among them", tc.in, tc.cue, got, want)
		}
	}
	// not quotations: furniture, captions, a group inside a phrase, an
	// infinitive, a discovery of things
	for _, in := range []string{
		"ALSO READ: Storm closes the port for a week: Report\n\nThe union will vote on Friday.",
		"WATCH: Storm hits the coast\n\nWinds reached 120 km/h.",
		"LIVE UPDATES: Storm hits the coast\n\nWinds reached 120 km/h.",
		"Most valuable player of the final: Patrick Mahomes\n\nHe threw three touchdowns.",
		"Afghan forces patrol in Kandahar on Friday Photograph: Reuters\n\nFighting went on.",
		"Police searched the house but discovered no weapons.",
		"Northmere will buy Veridian.\n\nMedia Contact: Priya Anand-Holt, Northmere Systems, press@northmere.example",
		"The official, who asked not to be named, was at the meeting.",
		"The aide spoke on condition of anonymity because the talks were private.",
		"Writing on Twitter, the mayor was in good spirits after the flood.",
		"His hopes to win were dashed in the final round.",
		"Covid fears kept shoppers away from the high street.",
		"Ceasefire hopes faded as the shelling went on.",
		"A spokesman, who did not wish to be named, was at the meeting.",
		"A rescuer, who declined to be named, was at the scene.",
		"John Smith told reporters about it on Monday.",
		"Responding to a query from the press, the minister was brief.",
		"Arsenal won, with Kai Havertz adding a second before half-time.",
		"The FTSE 100 rose, with banks adding the most points.",
		"The campaign will begin polling in traditional battleground states like Ohio and Florida.",
		// (from a review: manner-of-speaking verbs before "and" or "then")
		"She sighed and shook her head.",
		"He fumed and stormed off the set.",
		"He scoffed at the idea, then left.",
	} {
		for _, q := range f.Find(in).Quotes {
			t.Errorf("Find(%q): page furniture read as a quotation: %q by %q", in, q.Content.Text, q.SpeakerMention.Text)
		}
	}
}

// TestNotTheLastPerson: descriptions and roles that name someone other than
// the person mentioned last (from a review of the description rules).
func TestNotTheLastPerson(t *testing.T) {
	f := newFinder(t)
	for _, tc := range []struct{ in, cue, not string }{
		{"Michael Brown, 18, was shot on Saturday. The officer said he feared for his life.", "said", "Michael Brown"},
		{"After meeting Education Secretary Gillian Keegan, teacher union leaders said pay must rise.", "said", "Gillian Keegan"},
		{"“We saw it,” said Linda Moore, who lives nearby. A police spokesman said the road was closed.", "said", "Linda Moore"},
		{"Olaf Scholz met the press on Monday. The French said the plan was too costly.", "said", "Olaf Scholz"},
		// from a review of this session's rules: someone holding another
		// office; "who" belonging to the nearer noun; a place is no "she"
		{"Rep. Adam Schiff questioned the witness. The former attorney general said the inquiry was partisan.", "said", "Adam Schiff"},
		{"The letter was signed by Maria Diaz, an aide to the governor who announced the policy last year.", "announced", "Maria Diaz"},
		{"Downing Street denied the report. The prime minister was abroad. Asked about it, she said it was \"nonsense\".", "said", "Downing Street"},
		{"Nvidia denied the report. Analysts were surprised. \"Nvidia is not for sale,\" he said.", "said", "Nvidia"},
		// "her lawyer, X": X is not the "she" of the same sentence
		{"Tatenda Moyo denied the allegations. In a statement issued through her lawyer, Advocate Mary Mpofu, she said she would clear her name.", "said", "Mary Mpofu"},
	} {
		got := quotesByCue(f, tc.in, tc.cue)
		if len(got) == 0 {
			continue
		}
		if last := got[len(got)-1]; strings.HasSuffix(last, " | "+tc.not) {
			t.Errorf("Find(%q): the last %q quotation is %q; its speaker is not %s", tc.in, tc.cue, last, tc.not)
		}
	}
}

// TestNarrowRules holds inputs on which rules of the twenty-third session
// first fired wider than they meant (found by a review): each row is a
// quotation Find must give, with its speaker ("" for none).
func TestNarrowRules(t *testing.T) {
	f := newFinder(t)
	for _, tc := range []struct {
		in, cue, content, speaker string
	}{
		// a person seen by others is no document
		{"Finance Minister Jane Doe met donors on Monday. The minister, seen by many as a rival of the premier, said the budget was balanced.", "said", "the budget was balanced", "Jane Doe"},
		// the apposition names the holder only when the role is the head
		{"Tom Reyes waited outside.\n\n“She was fearless,” said the son of the former president, Dr Mary Obi.", "said", "“She was fearless,”", ""},
		// a bare office is not the last speaker who holds another role
		{"Defence lawyer Tom Reyes said his client was innocent. The judge said the trial would resume on Monday.", "said", "the trial would resume on Monday", ""},
		// "the state", "The Independent": not a word of a body's name
		{"Islamic State claimed the bombing. The state said it would pay compensation.", "said", "it would pay compensation", ""},
		{"The Independent Electoral Commission will announce results on Friday. The Independent reported that turnout was low.", "reported", "that turnout was low", ""},
		// a base form before "services" is a verb when no article precedes it
		{"Residents fear services will be cut again next year.", "fear", "services will be cut again next year", "residents"},
		// a person's relative clause in commas after a fronted clause is not the subject's
		{"After Ann Lee, who chairs the board, resigned, Tom Reyes, speaking to reporters on Monday, said he would take over.", "said", "he would take over", "Tom Reyes"},
		// no description for a clause's tail, nor for a body named elsewhere
		{"The ministry said 900 recruits would start in May. The army said the plan was sound.", "said", "the plan was sound", ""},
		// "that" opening a clause with its own subject is no relative clause of the word before
		{"A source told Al-Monitor that Bahraini officials insisted that talks resume.", "insisted", "that talks resume", "Bahraini officials"},
		// a participle other than "addressing" keeps its clause
		{"Telling the crowd at the rally that the election had been stolen, Trump urged supporters to march.", "Telling", "the crowd at the rally that the election had been stolen", "Trump"},
	} {
		got := quotesByCue(f, tc.in, tc.cue)
		if want := tc.content + " | " + tc.speaker; !slices.Contains(got, want) {
			t.Errorf("Find(%q): %q-quotes = %q; want %q among them", tc.in, tc.cue, got, want)
		}
	}
}

// TestNoQuotation holds sentences in which nothing is reported.
func TestNoQuotation(t *testing.T) {
	f := newFinder(t)
	for _, in := range []string{
		"In a statement on Monday, the council warned of delays.",
		"In a statement signed by its spokesman, Okwudili Nnaji, the council warned of delays.",
	} {
		for _, q := range f.Find(in).Quotes {
			if strings.HasPrefix(in, q.Content.Text) {
				t.Errorf("Find(%q): the fronted phrase %q taken as content", in, q.Content.Text)
			}
		}
	}
}
