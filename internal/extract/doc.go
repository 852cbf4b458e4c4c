// Package extract turns a web page into a Document: the article's main text
// without page furniture, and its metadata.
//
// HTML decodes the page to UTF-8 (package charset), empties the bodies of
// <script> and <style> elements except JSON-LD, parses the page once with
// golang.org/x/net/html, hands the tree to package metadata, and then
// finds the main text in four steps on the same tree:
//
//  1. clean: remove elements that never hold article text (scripts, forms,
//     navigation, hidden elements, framework hiding classes) and elements
//     whose class or id words name page furniture (share bars, comments,
//     related links, bylines), unless they hold much of the page's text;
//  2. root: choose the element(s) holding the article, first by article
//     markup (itemprop="articleBody", article-body class names, <article>),
//     cross-checked against Readability-style paragraph scoring, which is
//     also the fallback; the Rule that decided is kept as provenance;
//  3. collect: flatten the root into lines at block boundaries and <br>
//     (table rows read as one line), counting each line's link text;
//  4. filter: drop runs of links and link lists, furniture phrases
//     (datelines, credits, share and subscribe prompts), the headline
//     repeated as text, and headings or labels that introduce nothing
//     but furniture.
//
// The approach follows published ideas of Mozilla Readability (scoring
// paragraphs by length and commas, propagating scores to ancestors,
// scaling by link density) and trafilatura (Barbaresi 2021: article-body
// and boilerplate class/id vocabularies, line-level filtering of the
// chosen subtree); the code and word lists are storyline's own.
package extract
