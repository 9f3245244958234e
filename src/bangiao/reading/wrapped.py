"""Hard-wrapped paragraphs read as paragraphs.

Some pages break every paragraph into lines of about the same width ("… Chủ tịch nước Trần Đại Quang đã có
buổi\\ntiếp Cố vấn Nhà nước Myanmar …", "Tổng Bí thư Nguyễn Phú\\nTrọng"): each line would be read as a sentence
of its own, a name cut in two. Such a break is read as a space when it sits in a run of three or more lines of
wrapping width, does not follow a sentence's end, and most breaks of the run go on in lower case (the middle of a
sentence) — or, in a run of four or more lines of nearly one width, at least one does (a paragraph of names wrapped at
a fixed width), or, in a run of three or more lines most of them near the longest one's width, one goes on with a
lower-case letter. A list of headlines, names or documents starts each line with a capital and keeps its breaks; so
does a title before its paragraph. The text keeps its length (one character for one), so every offset stays valid.
"""
from __future__ import annotations

_END = (".", "!", "?", "…", ":", ";", '"', "”", ")", "|")
_WIDTH = (40, 100)  # characters of a wrapped line (all but a paragraph's last)


def unwrap(text: str) -> str:
    """``text`` with the line breaks inside hard-wrapped paragraphs made spaces (see the module)."""
    lines = text.split("\n")
    if len(lines) < 3:
        return text
    joins: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _WIDTH[0] <= len(lines[j].strip()) <= _WIDTH[1]:
            j += 1
        last = j if j < len(lines) and lines[j].strip() else j - 1  # a paragraph's last line may be any length
        breaks = [k for k in range(i, last) if not lines[k].rstrip().endswith(_END)]
        going_on = sum(_goes_on(lines[k + 1]) for k in breaks)
        if last - i >= 2 and breaks and (2 * going_on >= len(breaks) or going_on and _one_width(lines[i:last])
                                         or _lower_going_on(lines, breaks) and _mostly_full(lines[i:last])):
            joins.update(breaks)
        i = max(j, i + 1)
    if not joins:
        return text
    return "".join(line + (" " if k in joins else "\n") for k, line in enumerate(lines))[:-1]


_BAND = 10  # characters between the shortest and the longest line of a run wrapped at one width


def _near_longest(lines: list[str], band: int) -> int:
    """How many of ``lines`` are within ``band`` characters of the longest one's width."""
    widths = [len(line.strip()) for line in lines]
    return sum(w >= max(widths) - band for w in widths) if widths else 0


def _one_width(lines: list[str]) -> bool:
    """Four lines or more, three in four of nearly the longest one's width (a paragraph wrapped at a fixed width, its
    breaks often before a capital: a list of names, "Bộ trưởng … Bendito dos Santos\nFreitas; …"), not a list of
    headlines of any length."""
    return len(lines) >= 4 and 4 * _near_longest(lines, _BAND) >= 3 * len(lines)


def _mostly_full(lines: list[str]) -> bool:
    """Three lines or more, most of them near the longest one's width (a paragraph wrapped at one width, its breaks
    often before a capital: "… Tổng thống nước Cộng hòa Dân chủ\nTimor-Leste Jose Ramos-Horta …")."""
    return len(lines) >= 3 and 2 * _near_longest(lines, 2 * _BAND) > len(lines)


def _lower_going_on(lines: list[str], breaks: list[int]) -> bool:
    """Whether a break of the run goes on with a lower-case letter (a sentence cut, never a headline's start)."""
    return any(lines[k + 1].lstrip()[:1].islower() for k in breaks)


def _goes_on(line: str) -> bool:
    """A line that goes on with a sentence: its first character a lower-case letter, a digit or a bracket."""
    first = line.lstrip()[:1]
    return first.islower() or first.isdigit() or first == "("
