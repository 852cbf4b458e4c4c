// Package crawl fetches web pages politely and turns URL sources — article
// pages, RSS/Atom feeds, sitemaps and URL-list files — into fetched article
// pages for ingestion.
//
// A Fetcher obeys robots.txt (RFC 9309; fetched once per host and cached),
// spaces requests to each host at least Options.HostInterval apart (or the
// site's Crawl-delay), bounds concurrency per host and in total, makes
// conditional GETs from saved validators, retries 429/5xx/timeouts with
// exponential backoff and jitter while honouring Retry-After, and bounds
// each request in time (total and per read, against slow servers), in size
// (after decompression, against gzip bombs) and in redirects (with loop
// detection). Every fetch produces a FetchRecord.
//
// A Crawler uses a Fetcher to read sources (Crawl) and to keep polling them
// (Watch). Parsing of feeds and sitemaps is left to packages feed and
// sitemap; decoding bodies to UTF-8 to package charset.
//
// There is no package-level state; the clock and sleep function are
// injectable through Options.
package crawl
