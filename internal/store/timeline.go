package store

// Timeline builds a story's timeline and outlet counts from its documents,
// given oldest first: one entry per publication day, headed by the day's
// first document that is not a duplicate (or the first one, if all are).
// Undated documents are left out of the timeline but counted as outlets.
func Timeline(docs []DocumentSummary) ([]TimelineEntry, []Count) {
	timeline := []TimelineEntry{}
	outlets := []Count{}
	siteIndex := map[string]int{}
	for _, d := range docs {
		if d.Site != "" {
			i, ok := siteIndex[d.Site]
			if !ok {
				i = len(outlets)
				siteIndex[d.Site] = i
				outlets = append(outlets, Count{Key: d.Site})
			}
			outlets[i].Count++
		}
		if len(d.Date) < 10 {
			continue
		}
		day := d.Date[:10]
		n := len(timeline)
		if n == 0 || timeline[n-1].Date != day {
			timeline = append(timeline, TimelineEntry{Date: day, Headline: d.Title, Document: d.ID, Site: d.Site})
			n++
		} else if timeline[n-1].Document != "" && d.DuplicateOf == "" && isDup(docs, timeline[n-1].Document) {
			timeline[n-1].Headline, timeline[n-1].Document, timeline[n-1].Site = d.Title, d.ID, d.Site
		}
		timeline[n-1].Documents++
	}
	// Largest outlet first, stable for ties.
	for i := 1; i < len(outlets); i++ {
		for j := i; j > 0 && outlets[j].Count > outlets[j-1].Count; j-- {
			outlets[j], outlets[j-1] = outlets[j-1], outlets[j]
		}
	}
	return timeline, outlets
}

func isDup(docs []DocumentSummary, id string) bool {
	for _, d := range docs {
		if d.ID == id {
			return d.DuplicateOf != ""
		}
	}
	return false
}
