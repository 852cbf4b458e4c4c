package quote

import (
	"fmt"
	"strings"
	"testing"
)

// benchArticles builds n distinct articles of about 700 words from
// hand-written paragraph templates (names, numbers and order vary).
func benchArticles(n int) []string {
	people := []string{"Marta Lindqvist", "Daniel Okafor", "Helen Osei", "Raj Patel", "Ana Ruiz", "Tomas Berg", "Ruth Adeyemi", "Zalmay Khalilzad"}
	paras := []string{
		"%[1]s, the regional envoy, said on Tuesday that talks with the union had stalled over quotas and that a deal before spring was unlikely.",
		"“We are at the beginning of a long process,” %[2]s told the Coastal Policy Forum. “Nobody should expect a breakthrough this month.”",
		"The harbour authority and the union remain far apart on the share of the catch, according to the Ministry of Fisheries, which said the catch fell by %[3]d per cent last year.",
		"Ambassador %[4]s added that both sides had agreed to keep talking, and warned that the U.S. and the European Union were watching closely.",
		"The union said it would not accept “quotas written in a back office” and called for an independent review of the data.",
		"Port Authority spokesman %[2]s said in a statement that the authority “remains committed to a fair outcome for every family in the region.”",
		"“We hear the fishermen,” he said. “But the stocks are not infinite, and the science is clear about what happens if we do nothing.”",
		"In Kabul and Doha, officials followed the negotiations; Gen. %[1]s, the former coast guard commander, has told local radio that patrols would be doubled.",
		"Residents who attended the meeting on Jan. %[3]d said they were frustrated by the delay, and several of them demanded that the council publish its figures.",
		"The talks, %[4]s said, will resume after the holidays, when a new round is planned in Bergen with observers from Norway, Denmark and Iceland.",
		"Boats lined the quay on Friday morning as crews repaired nets and waited for news from the capital, where ministers met late into the night.",
		"“If the quotas stay as they are, half of the boats in this town will be gone in five years,” said %[1]s, who chairs the union's northern branch.",
	}
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		fmt.Fprintf(&b, "Harbour talks stall as envoy warns of long road %d\n\n", i)
		words := 0
		for k := 0; words < 700; k++ {
			p := fmt.Sprintf(paras[(i+k*5)%len(paras)], people[(i+k)%len(people)], people[(i+2*k+1)%len(people)], 10+(i+k)%20, people[(i*3+k)%len(people)])
			b.WriteString(p)
			b.WriteString("\n\n")
			words += len(strings.Fields(p))
		}
		out[i] = b.String()
	}
	return out
}

// BenchmarkQuotesEntities measures sentence splitting, entity recognition
// and quote finding together on ~700-word articles, as `storyline quotes`
// runs them; it reports articles per second on one core.
func BenchmarkQuotesEntities(b *testing.B) {
	f := newFinder(b)
	arts := benchArticles(64)
	words := 0
	for _, a := range arts {
		words += len(strings.Fields(a))
	}
	b.ReportAllocs()
	b.ResetTimer()
	quotes := 0
	for i := 0; b.Loop(); i++ {
		quotes += len(f.Find(arts[i%len(arts)]).Quotes)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(words)/float64(len(arts)), "words/article")
	if quotes == 0 {
		b.Fatal("no quotes found in the benchmark articles")
	}
}
