"""Whole-word alternations written for speed: the same matches as ``(?<!\\w)(?:a|b|…)``, in a form the regex engine
looks for in C.

A pattern that opens with a look-behind is tried at every character of the text; one whose every alternative opens
with a literal character is scanned for those characters first. So the alternatives are grouped by their first
character (in their order: at one place only one group can match, so the first alternative that matches is the
same one) and the look-behind stands after that character, taking it in: ``(?<!\\w[\\s\\S])``.
"""
from __future__ import annotations

from collections.abc import Iterable

_BEHIND = r"(?<!\w)"
_BEHIND_AFTER_HEAD = r"(?<!\w[\s\S])"


def _head(alternative: str) -> str | None:
    """The alternative's first character as a literal of the pattern ("k", or an escaped mark "\\-"), None when it
    opens with anything else (a class, a group, an empty alternative)."""
    if alternative.startswith("\\"):
        return alternative[:2] if len(alternative) > 1 and not alternative[1].isalnum() else None
    if not alternative or alternative[0] in ".^$*+?{}[]()|":
        return None
    return alternative[0]


def whole_words(alternatives: Iterable[str]) -> str:
    """``(?<!\\w)(?:alternatives)``, each alternative a regex (as ``re.escape`` writes words), with the same matches:
    grouped by first character when every alternative opens with a literal one, else as written. For a
    case-sensitive pattern only (an ignore-case one could match two groups at one place)."""
    alternatives = list(alternatives)
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        head = _head(alternative)
        if head is None:
            return f"{_BEHIND}(?:{'|'.join(alternatives)})"
        groups.setdefault(head, []).append(alternative[len(head):])
    return "(?:" + "|".join(f"{head}{_BEHIND_AFTER_HEAD}(?:{'|'.join(rests)})" for head, rests in groups.items()) + ")"
