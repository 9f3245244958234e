"""Related-news teasers: blocks under a header ("Tin liên quan", "Đọc thêm"), "- headline" lists after the
body, and runs of headlines left between the body's paragraphs.

A header opens a block whose extent is read from the shape of the lines after it: headlines (short, no
closing full stop), each maybe repeated or followed by a dated lead, until a paragraph of the article
comes back. Without a header, only lists that cannot be the article's own are cut: no line ending in ":"
announces them, and they do not read as a list of documents ("- Bản ghi nhớ về …").
"""
from __future__ import annotations

import re

from bangiao.reading.boilerplate import Vocab, folded, headline_like, key, words
from bangiao.reading.captions import Pairs

LEAD = re.compile(
    r"^(?:\([^)]{1,30}\)\s*[-–]?\s*)?(?:(?:rang sang|sang|chieu|toi|trua|dem|ngay|hom nay|hom qua)(?: nay| qua)?\s*(?:thu \w+|chu nhat)?,?\s*(?:ngay\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"|ngay \d{1,2}\s*(?:thang|[/.-])\s*\d{1,2}|(?:thu \w+|chu nhat),?\s*\d{1,2}[/.-]\d{1,2})"
)
# A headline opened by its own day and a colon ("Trưa 9/11: Giá vàng tăng mạnh"): how sites title day-by-day news.
_DATED_HEADLINE = re.compile(LEAD.pattern + r"\s*:\s*\S")
_BULLET = re.compile(r"^\s*[-–•*+]\s+(?=\S)")
_BODY_END = (".", "!", "?", "…", "”", '"', ")")


_ALT_PREFIX = re.compile(r"^(?:[a-z0-9]+\s+){4,}(?=[^\x00-\x7f]|[A-Z])")  # "dich covid 19 thu tuong … an do Thủ tướng …"


def without_alt(line: str) -> str:
    """A teaser whose image's unaccented alt text runs into its headline, the headline alone (else the line)."""
    prefix = _ALT_PREFIX.match(line.strip())
    return line.strip()[prefix.end():] if prefix else line


_STAMPED_BYLINE = re.compile(r"\|\s*\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}\s*$")  # "Hải Anh LDO | 10/05/2019 13:36"


def related_end(lines: list[str], kinds: list[str | None], start: int) -> int:
    """Index after the related-news block whose header is at ``start``."""
    body = [i for i in range(start + 1, len(lines)) if lines[i].strip() and kinds[i] is None]
    if teasers_to_end(lines, body):
        return len(lines)
    end, after_headline, last_headline = start + 1, True, None
    while end < len(lines):
        line = lines[end]
        if kinds[end] == "comments-header":
            break
        if _STAMPED_BYLINE.search(line) and last_headline is not None:
            return last_headline  # "Hải Anh | 10/05/2019 13:36" under a headline: the article's own head
        if line.strip() and kinds[end] is None and headline_like(line):
            last_headline = end
        if not line.strip() or kinds[end] not in (None, "related-header"):
            end += 1
        elif kinds[end] == "related-header" or headline_like(line) or headline_like(without_alt(line)):
            end, after_headline = end + 1, True
        elif after_headline and LEAD.match(folded(line).lstrip()):
            end, after_headline = end + 1, False
        else:
            break
    return end


def teasers_to_end(lines: list[str], body: list[int]) -> bool:
    """True when everything left is headline, [repeated headline], [lead] ... as teaser lists are."""
    paragraphs = leads = repeats = 0
    after_headline, previous = True, ""
    for i in body:
        line = lines[i]
        if _STAMPED_BYLINE.search(line):
            return False  # an article's byline with its day and time: the article, not teasers
        if headline_like(line):
            repeats += line == previous
            after_headline, previous = True, line
            continue
        if not after_headline:
            return False
        paragraphs += 1
        leads += bool(LEAD.match(folded(line).lstrip()))
        after_headline, previous = False, line
    return paragraphs == 0 or repeats > 0 or leads * 2 >= paragraphs


def mark_blocks(lines: list[str], kinds: list[str | None]) -> None:
    """Related-news and comment blocks, each from its header."""
    i = 0
    while i < len(lines):
        kind = kinds[i]
        if kind == "related-header":
            end = related_end(lines, kinds, i)
            for j in range(i, end):
                if kinds[j] is None or kinds[j] == "related-header":
                    kinds[j] = "related"
            i = end
        elif kind == "comments-header":
            j = i
            while j < len(lines) and kinds[j] in (None, "comments", "comments-header"):
                kinds[j] = "comments"
                j += 1
            i = j
        else:
            i += 1
    for i, kind in enumerate(kinds):
        if kind in ("related-header", "comments-header"):
            kinds[i] = kind.removesuffix("-header")


def _teaser(v: Vocab, line: str, least: int = 4) -> bool:
    """A headline that is not an item of the article's own list of documents or points."""
    bare = _BULLET.sub("", line).strip()
    return words(bare) >= least and headline_like(bare) and not v.list_items.match(key(bare))


def _headline_in_body(v: Vocab, line: str) -> bool:
    """A teaser or an uncredited caption between paragraphs: seven words or more, naming someone or something
    (a capital after the first word); a section heading ("Triển vọng hợp tác") is shorter or names nothing."""
    return _teaser(v, line, least=7) and any(w[0].isupper() for w in line.split()[1:])


def _announced(lines: list[str], previous: int | None) -> bool:
    """The line before a list ends in ":" (it announces the list) or does not end a paragraph."""
    if previous is None:
        return True
    last = lines[previous].rstrip()
    return last.endswith(":") or not last.endswith(_BODY_END)


def mark_dash_teasers(v: Vocab, lines: list[str], kinds: list[str | None]) -> None:
    """ "- headline" lines after the body's last paragraph, not announced by a line ending in ":" (a caption or a
    byline between the body and the list also says that the body has ended)."""
    content = [i for i, k in enumerate(kinds) if k is None and lines[i].strip()]
    run = []
    for i in reversed(content):
        if not (_BULLET.match(lines[i]) and _teaser(v, lines[i])):
            break
        run.append(i)
    if not run:
        return
    previous = content[-len(run) - 1] if len(run) < len(content) else None
    cut_between = previous is not None and any(kinds[j] is not None for j in range(previous + 1, run[-1]))
    if not _announced(lines, previous) or cut_between and not lines[previous].rstrip().endswith(":"):
        for i in run:
            kinds[i] = "related"


_DASH_END = re.compile(r"\s[-–]\s*$")


def mark_trailing_dash_teasers(v: Vocab, lines: list[str], kinds: list[str | None]) -> None:
    """A teaser list flattened with a dash after each headline ("Cần Thơ phấn đấu tăng trưởng 8,5% -", "Thị trường
    điện … còn nhiều trở ngại -", …), anywhere in the page: two or more such headlines in a row, the lone "-" that
    may open the list and the headline right after the last dash (the list's last item has none)."""
    content = [i for i, k in enumerate(kinds) if k is None and lines[i].strip()]
    n = 0
    while n < len(content):
        end = n
        while end < len(content) and _dash_item(v, lines[content[end]]):
            end += 1
        dashed = sum(1 for i in content[n:end] if _DASH_END.search(lines[i]))
        if dashed >= 2:
            last = end < len(content) and _teaser(v, lines[content[end]]) and not _DASH_END.search(lines[content[end]])
            for i in content[n:end + last]:
                kinds[i] = "related"
        n = max(end, n + 1)


def _dash_item(v: Vocab, line: str) -> bool:
    """A lone dash, or a headline that ends with one."""
    bare = line.strip()
    return bare in ("-", "–") or bool(_DASH_END.search(line)) and _teaser(v, _DASH_END.sub("", line))


def _first_paragraph(lines: list[str], content: list[int]) -> int | None:
    """The index in ``content`` of the article's first paragraph (twenty words or more, not a headline), or None."""
    return next((n for n, i in enumerate(content) if words(lines[i]) >= 20 and not headline_like(lines[i])), None)


def mark_teaser_runs(v: Vocab, lines: list[str], kinds: list[str | None]) -> None:
    """Two or more headlines in a row between the body's paragraphs: teasers the page put inside the
    article, or captions of photos without credits when they restate the article ("Hai nhà lãnh đạo duyệt
    đội danh dự"). Headings of the article's own sections come one at a time, each before its paragraph."""
    content = [i for i, k in enumerate(kinds) if k is None and lines[i].strip()]
    first = _first_paragraph(lines, content)
    if first is None:
        return
    n, pairs = first + 1, Pairs(lines)
    while n < len(content):
        end = n
        while end < len(content) and _headline_in_body(v, lines[content[end]]):
            end += 1
        if end - n >= 2 and not _announced(lines, content[n - 1]):
            for i in content[n:end]:
                kinds[i] = "caption" if pairs.repeats_elsewhere(i, 0.6) else "related"
        n = max(end, n + 1)


def _dated_headline(v: Vocab, line: str) -> bool:
    return _DATED_HEADLINE.match(folded(line).lstrip()) is not None and _teaser(v, line)


def mark_dated_teasers(v: Vocab, lines: list[str], kinds: list[str | None]) -> None:
    """A headline opened by its own day and a colon, alone after the article's first paragraph ("Trưa 9/11: Giá
    vàng tăng mạnh, …" between two paragraphs or after the last): a teaser the page left in the body; its day is
    not the article's. An itinerary's lines ("Sáng 9/11: Thăm khu công nghệ cao") come after a line announcing
    them or in a run, and stay; so does a title, which comes before the first paragraph."""
    content = [i for i, k in enumerate(kinds) if k is None and lines[i].strip()]
    first = _first_paragraph(lines, content)
    if first is None:
        return
    dated = [_dated_headline(v, lines[i]) for i in content]
    for n in range(first + 1, len(content)):
        alone = not dated[n - 1] and not (n + 1 < len(content) and dated[n + 1])
        if dated[n] and alone and not _announced(lines, content[n - 1]):
            kinds[content[n]] = "related"


_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")
_NUMBERED_LEAST = 3  # the fewest items of a site's numbered list of topics


def _numbered(line: str) -> int | None:
    """The number a short numbered line opens with ("2. Chiến sự Nga - Ukraine"), else None."""
    found = _NUMBERED.match(line)
    return int(found.group(1)) if found and words(line) <= 15 and not line.rstrip().endswith(_BODY_END) else None


def mark_numbered_topics(v: Vocab, lines: list[str], kinds: list[str | None]) -> None:
    """A site's numbered list of trending topics above the article ("1. Dòng sự kiện:", "2. …", "3. …"): three or
    more short lines numbered from 1 in order, before the first paragraph. A list the article writes (the documents
    signed, the points agreed) comes after its first paragraph, and stays."""
    content = [i for i, k in enumerate(kinds) if k is None and lines[i].strip()]
    first = _first_paragraph(lines, content)  # (None: no paragraph, every line before it)
    run: list[int] = []
    for i in content[:first]:
        number = _numbered(lines[i])
        if number == len(run) + 1 and not v.list_items.match(key(_NUMBERED.sub("", lines[i]).strip())):
            run.append(i)
        elif len(run) >= _NUMBERED_LEAST:
            break
        else:
            run = [i] if number == 1 else []
    if len(run) >= _NUMBERED_LEAST:
        for i in run:
            kinds[i] = "related"


_DOUBLED_WORDS = 5  # the fewest words of a headline a link writes twice


def doubled(line: str) -> bool:
    """A line that is one headline written twice ("Lễ kỷ niệm … Hà Lan Lễ kỷ niệm … Hà Lan": a link's image title and
    its text, run together): a teaser, never a sentence of the article."""
    words = line.split()
    half = len(words) // 2
    return len(words) % 2 == 0 and half >= _DOUBLED_WORDS and words[:half] == words[half:]


def mark_doubled(lines: list[str], kinds: list[str | None]) -> None:
    """Mark every line that is one headline written twice as a teaser of related news."""
    for i, line in enumerate(lines):
        if kinds[i] is None and doubled(line):
            kinds[i] = "related"
