// Package extract turns a web page into a Document: the article's main text
// without page furniture, and its metadata.
//
// HTML parses a page once with golang.org/x/net/html and works on the node
// tree in four steps:
//
//  1. clean: drop elements that never hold article text (scripts, forms,
//     navigation, hidden elements) and elements whose class or id names
//     page furniture (share bars, comments, related links, bylines);
//  2. root: choose the element that holds the article, first by well-known
//     article-body markup, then by readability-style paragraph scoring;
//  3. collect: flatten the root into lines at block boundaries and <br>,
//     keeping track of how much of each line is link text;
//  4. filter: drop link lists, boilerplate phrases, the repeated headline
//     and headings that introduce nothing.
//
// The approach follows the published ideas of Mozilla Readability (scoring
// paragraphs and propagating scores to ancestors, link density) and of
// trafilatura (Barbaresi 2021: lists of article-body and boilerplate
// class/id names, line-level filtering); the code and the word lists are
// storyline's own.
package extract
