"""Loads Tagwright's spaCy export (`tagwright export P --format spacy --out export.jsonl`) into a
spaCy DocBin, losing no span: every span goes in the span group doc.spans["tagwright"] (span groups
may overlap), and the spans that overlap no other also in doc.ents (which may not overlap).
An export of several annotators' work (`--layer all`) has a span group per annotator instead
(`"spans": {"ana": [...], "ben": [...]}`): each goes in doc.spans[<annotator id>], and doc.ents
stays empty (several annotators' spans are not one set of entities).

    python spacy_docbin.py export.jsonl corpus.spacy [language]   # language: a spaCy code, default "xx"

Offsets are code points, as doc.char_span takes them. spaCy tokenises the text its own way, so a
span's edges may fall inside one of its tokens: char_span then returns None (its default
alignment_mode "strict"). This script takes the tokens the span touches instead
(alignment_mode="expand": the span grows to whole tokens) and counts it; use "contract" to keep
only the tokens wholly inside, or report such spans and fix the tokenizer. A span over spaces only
has no token at all: it is reported, never dropped silently. The run ends with the counts.
"""
import json
import sys

import spacy
from spacy.tokens import DocBin

GROUP = "tagwright"


def placed_span(doc, record_span, counts):
    start, end, label = record_span["start"], record_span["end"], record_span["label"]
    span = doc.char_span(start, end, label=label)
    if span is None:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            counts["expanded"] += 1
    if span is None:
        counts["unplaced"] += 1
        print(f"no spaCy token in {label} {start}-{end}: {doc.text[start:end]!r}", file=sys.stderr)
    return span


def alone(spans):
    """The spans that share no token with another: what doc.ents can hold."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    kept = []
    for i, span in enumerate(ordered):
        before = any(other.end > span.start for other in ordered[:i])
        after = i + 1 < len(ordered) and ordered[i + 1].start < span.end
        if not before and not after:
            kept.append(span)
    return kept


def main(source, target, language="xx"):
    nlp = spacy.blank(language)
    docbin = DocBin(store_user_data=True)
    counts = {"spans": 0, "ents": 0, "expanded": 0, "unplaced": 0}
    with open(source, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            doc = nlp.make_doc(record["text"])
            # A list: one annotator's spans (or everyone's mixed); an object: a span group per annotator.
            groups = record["spans"] if isinstance(record["spans"], dict) else {GROUP: record["spans"]}
            for key, spans in groups.items():
                doc.spans[key] = [s for s in (placed_span(doc, r, counts) for r in spans) if s is not None]
                counts["spans"] += len(doc.spans[key])
            if not isinstance(record["spans"], dict):
                doc.ents = alone(doc.spans[GROUP])
            doc.user_data["tagwright"] = record.get("meta", {})
            counts["ents"] += len(doc.ents)
            docbin.add(doc)
    docbin.to_disk(target)
    # Read it back: the DocBin holds every placed span.
    held = sum(len(group) for doc in DocBin().from_disk(target).get_docs(nlp.vocab) for group in doc.spans.values())
    assert held == counts["spans"], f"the DocBin holds {held} of {counts['spans']} spans"
    print(
        f"{counts['spans']} spans in span groups, {counts['ents']} of them in doc.ents "
        f"(the others overlap another, or are in one of several annotators' groups), {counts['expanded']} expanded to spaCy's tokens, "
        f"{counts['unplaced']} with no token"
    )
    return 1 if counts["unplaced"] else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
