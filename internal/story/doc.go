// Package story groups news articles into stories online, the way a
// long-running ingester sees them: one article at a time, in publication
// order, each either joining an open story or opening a new one, and stories
// that go quiet are closed so the working set stays bounded.
//
// An article is represented by a TF-IDF vector over its words (light
// plural stemming, stop words removed, the headline counted twice) plus
// "entity" features from capitalised phrases, weighted by an online inverse
// document frequency whose vocabulary is bounded by periodic halving (a
// forgetting scheme in the spirit of the decayed counts of Allan, Papka and
// Lavrenko, "On-line new event detection and tracking", SIGIR 1998). A story
// is the centroid of its members, trimmed to its strongest terms. The
// candidates for an article come from an inverted index over the open
// stories' centroids, so an article is never compared with every story.
//
// The join score is the cosine between article and centroid, damped by the
// time since the story was last active. The threshold adapts to the length
// of the article in a principled way: the expected cosine of two unrelated
// texts grows as they get shorter (they have few terms, so one shared word
// weighs a lot), so the threshold rises for short texts such as headlines;
// see Threshold. Exact and near copies (package neardup) join the story of
// their original. Every decision keeps its score and the terms that
// contributed most to it, so it can be explained.
//
// Story records carry a label, key entities, first and last seen times,
// outlets, a timeline of dated new facts (sentences not seen before in the
// story, with the earliest source) and statements (sentences with a
// reporting verb, with the speaker when a capitalised name is next to it).
//
// The package is pure: no I/O, no logging; time comes from the documents.
package story
