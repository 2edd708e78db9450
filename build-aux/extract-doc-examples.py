#!/usr/bin/env python3
"""Copy the API documentation's example payloads, verbatim, into tests/data/.

The parsers are tested on exactly what the documentation shows, quirks and
all (comments, trailing commas, single quotes), so this script copies text
and never reformats it. Run it from the repository root:

    build-aux/extract-doc-examples.py ../shared/api tests/data

Each example is found by the line that introduces it and runs from the next
line that starts with "{" to the brace that closes it.
"""

import pathlib
import sys

# (document, marker line prefix, occurrence of the marker, output file)
EXAMPLES = [
    ("paylogic-shopping-api-overview.txt", "[GET] https://shopping-api.paylogic.com/events", 1, "doc-events.json"),
    ("paylogic-shopping-api-overview.txt", "  • We use CURIES", 1, "doc-order-links.json"),
    ("paylogic-shopping-api-overview.txt", "Any values that are internationalized", 1, "doc-i18n.json"),
    ("paylogic-shopping-api-overview.txt", "The format of our dates", 1, "doc-dates.json"),
    ("paylogic-shopping-api-overview.txt", "All fields with type amount", 1, "doc-amount.json"),
    ("paylogic-shopping-api-overview.txt", "To communicate country codes", 1, "doc-country.json"),
    ("paylogic-shopping-api-overview.txt", "For objects and integer fields", 1, "doc-empty-values.json"),
    ("paylogic-shopping-api-overview.txt", "Please note that if you check only", 1, "doc-error.json"),
    ("paylogic-shopping-api-overview.txt", "[POST] https://shopping-api.paylogic.com/consumers", 1, "doc-post-consumers-overview.json"),
    ("paylogic-shopping-api-overview.txt", "[POST] https://shopping-api.paylogic.com/orders", 2, "doc-post-reissue.json"),
    ("paylogic-tickets.txt", "[GET] https://shopping-api.paylogic.com/tickets/", 1, "doc-ticket.json"),
    ("paylogic-tickets.txt", "[GET] https://shopping-api.paylogic.com/tickets?code=", 1, "doc-tickets-by-code.json"),
    ("paylogic-tickets.txt", "[GET] https://shopping-api.paylogic.com/tickets", 3, "doc-tickets-cognito.json"),
    ("paylogic-personalization.txt", "[POST] https://shopping-api.paylogic.com/personalization", 1, "doc-post-personalization-order.json"),
    ("paylogic-personalization.txt", "[POST] https://shopping-api.paylogic.com/personalization", 2, "doc-post-personalization-request.json"),
    ("paylogic-personalization.txt", "[GET] https://shopping-api.paylogic.com/personalization/0c", 1, "doc-personalization.json"),
    ("paylogic-personalization.txt", "[GET] https://shopping-api.paylogic.com/personalization/?order", 1, "doc-personalizations.json"),
    ("paylogic-consumers.txt", "[GET] https://shopping-api.paylogic.com/consumers?page=2", 1, "doc-consumers.json"),
    ("paylogic-consumers.txt", "[POST] https://shopping-api.paylogic.com/consumers", 1, "doc-post-consumers.json"),
]


def block_after(lines, start):
    i = start
    while not lines[i].startswith("{"):
        i += 1
    depth, in_string, quote, escaped = 0, False, "", False
    out = []
    for line in lines[i:]:
        out.append(line)
        for ch in line:
            if in_string:
                if escaped:
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == quote:
                    in_string = False
            elif ch in "\"'":
                in_string, quote = True, ch
            elif ch in "{[":
                depth += 1
            elif ch in "}]":
                depth -= 1
        if depth == 0:
            return "".join(out)
    raise SystemExit("unterminated example at line %d" % (i + 1))


def main():
    source, dest = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    for document, marker, occurrence, name in EXAMPLES:
        lines = (source / document).read_text(encoding="utf-8").splitlines(keepends=True)
        hits = [n for n, line in enumerate(lines) if line.startswith(marker)]
        if len(hits) < occurrence:
            raise SystemExit("%s: marker %r not found %d times" % (document, marker, occurrence))
        (dest / name).write_text(block_after(lines, hits[occurrence - 1] + 1), encoding="utf-8")
        print(name)


if __name__ == "__main__":
    main()
