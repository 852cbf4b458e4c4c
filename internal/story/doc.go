// Package story groups news articles into stories online, the way a
// long-running ingester sees them: one article at a time, in publication
// order, each either joining an open story or opening a new one, and stories
// that go quiet are closed so the working set stays bounded.
//
// An article is represented by a TF-IDF vector over the words of its lead
// (the first ~250 words; light plural stemming, stop words removed, the
// headline counted twice) plus "entity" features from capitalised phrases,
// weighted by an online inverse
// document frequency whose vocabulary is bounded by periodic halving (a
// forgetting scheme in the spirit of the decayed counts of Allan, Papka and
// Lavrenko, "On-line new event detection and tracking", SIGIR 1998). A story
// is the centroid of its members, trimmed to its strongest terms. The
// candidates for an article come from an inverted index over the open
// stories' centroids, so an article is never compared with every story.
// Terms are interned to small integer IDs once per article (the one
// string lookup per distinct term); vectors, centroids and the inverted
// index are keyed by ID.
//
// The join score is the cosine between article and centroid, damped by the
// time since the story was last active (half-life HalfLife). Short texts
// get chance matches: a headline of six words that shares one word with a
// story can have a high cosine, so an article must share at least two
// distinct terms with a story to join it; see Threshold. How alike an
// article and its story must be depends on whether the stream is dated: a
// dated article joins the story of its event (a fire, the arrests and the
// inquiry that follow it), an undated one the story of its topic, because
// without dates nothing tells two events on one subject apart. When an
// article matches a second story as well and the two centroids have become
// alike, the stories merge (Assignment.Merged), which repairs stories split
// by early decisions. Exact and near copies (package neardup) join the story
// of their original. Every decision keeps its score, the threshold, the
// runner-up and the terms that contributed most, so it can be explained.
//
// Story records carry a label, key entities, first and last seen times,
// outlets, a timeline of dated new facts (sentences not seen before in the
// story, with the earliest source) and statements (sentences with a
// reporting verb, with the speaker when a capitalised name is next to it).
//
// The package is pure: no I/O, no logging; time comes from the documents.
package story
