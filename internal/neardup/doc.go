// Package neardup finds exact copies, near-duplicates and partial text reuse
// between news articles, online: each new article is compared only with the
// earlier articles that share fingerprints with it, never with everything.
//
// Text is cut into word shingles (k consecutive words), hashed, and thinned
// out by winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: Local
// Algorithms for Document Fingerprinting", SIGMOD 2003): from every window of
// w consecutive shingle hashes the smallest is kept. Winnowing guarantees that
// any run of at least w+k-1 shared words yields at least one shared
// fingerprint, so a single reused paragraph is found as surely as a whole
// copied article, which banded MinHash (Broder 1997; LSH banding as in
// Leskovec, Rajaraman and Ullman, "Mining of Massive Datasets", ch. 3) cannot
// promise for small overlaps. The fingerprints of earlier articles are kept
// in an inverted index whose posting lists hold only the earliest few
// articles, so that the earliest copy is always the one found and a flood of
// copies cannot make lookups quadratic. Articles leave the index when they
// fall out of a time window or when the index holds too many, so memory is
// bounded by the window, not by the corpus.
//
// A candidate is verified by the containment of fingerprint sets in both
// directions (Broder, "On the resemblance and containment of documents",
// 1997): most of the new article comes from the earlier one, and a good part
// of the earlier one reappears. That accepts wire copies with a new headline,
// byline and footer, lightly edited copies and truncated copies, and rejects
// two different articles on the same story, which share a few phrases at
// most. Paragraphs that match an earlier article although the whole does not
// are reported as partial reuse, each with its source.
//
// The package is pure: no I/O, no logging; time comes from the caller.
package neardup
