"""Generated texts of the shapes that make a text pipeline slow, at any size (for tests/test_growth.py and
bench/worst_case.py): one long line, many short lines, no punctuation, thousands of dates, trigger words and names.

Every shape is built from the bundled samples' own sentences and words, repeated with a counter so that no two
pieces are the same (a cache or a duplicate check cannot make the work disappear).
"""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources

SHAPES = ("one_line", "short_lines", "no_punctuation", "dates", "triggers_names")


@cache
def _sentences() -> tuple[str, ...]:
    folder = resources.files("bangiao").joinpath("data", "samples")
    found = []
    for f in sorted(folder.iterdir(), key=lambda f: f.name):
        if f.name.endswith(".txt") and not f.name.startswith("legacy"):
            text = f.read_text("utf-8")
            found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 8]
    return tuple(found)


@cache
def _words() -> tuple[str, ...]:
    return tuple(w for s in _sentences() for w in re.findall(r"\w+", s))


def _one_line(n: int) -> str:
    return f"{_sentences()[n % len(_sentences())]} ({n})"


def _short_line(n: int) -> str:
    words = _words()
    return " ".join(words[(n * 3 + i) % len(words)] for i in range(1 + n % 3)) + f" {n}"


def _no_punctuation(n: int) -> str:
    words = _words()
    return " ".join(words[(n * 7 + i) % len(words)] for i in range(12)) + f" {n}"


_DATES = ("ngày {d}/{m}/{y}", "ngày {d}-{m}", "tháng {m}/{y}", "sáng {d}/{m}", "năm {y}", "từ {d} đến {e}/{m}/{y}",
          "ngày {d} tháng {m} năm {y}", "quý {q} năm {y}", "cùng kỳ năm {y}")


def _date(n: int) -> str:
    form = _DATES[n % len(_DATES)]
    d, m = 1 + n % 27, 1 + n % 12
    return form.format(d=d, e=d + 1, m=m, y=2000 + n % 30, q=1 + n % 4)


def _dates_sentence(n: int) -> str:
    return f"Ngày {1 + n % 28}/{1 + n % 12}, " + ", ".join(_date(n * 4 + i) for i in range(4)) + " hai bên đã gặp."


_PEOPLE = ("Chủ tịch nước Tô Lâm", "Thủ tướng Phạm Minh Chính", "Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith",
           "Thủ tướng Lào Sonexay Siphandon", "Thủ tướng Hun Manet", "Chủ tịch Tập Cận Bình", "Bộ trưởng Ngoại giao",
           "Chủ tịch Quốc hội Lào Saysomphone Phomvihane", "Đại sứ Việt Nam tại Nhật Bản")
_TRIGGERS = ("hội đàm với", "hội kiến", "tiếp", "điện đàm với", "thăm chính thức", "chứng kiến lễ ký", "trao tặng huân "
             "chương cho", "đồng chủ trì hội nghị với", "gặp")


def _trigger_sentence(n: int) -> str:
    a, b = _PEOPLE[n % len(_PEOPLE)], _PEOPLE[(n * 5 + 3) % len(_PEOPLE)]
    return f"{a} {_TRIGGERS[n % len(_TRIGGERS)]} {b} tại Hà Nội, Vientiane và Phnom Penh (lần {n})."


_PIECES: dict[str, tuple[Callable[[int], str], str]] = {  # a piece and what joins two
    "one_line": (_one_line, " "),
    "short_lines": (_short_line, "\n"),
    "no_punctuation": (_no_punctuation, " "),
    "dates": (_dates_sentence, " "),
    "triggers_names": (_trigger_sentence, "\n"),
}


def pieces(shape: str) -> Iterator[str]:
    make, _ = _PIECES[shape]
    return (make(n) for n in itertools.count())


def text(shape: str, size: int) -> str:
    """About ``size`` bytes (UTF-8) of the shape: a headline line, then the pieces."""
    make, joiner = _PIECES[shape]
    parts, total = ["Việt Nam và Lào tăng cường hợp tác toàn diện"], 0
    for n in itertools.count():
        piece = make(n)
        parts.append(piece)
        total += len(piece.encode("utf-8")) + 1
        if total >= size:
            break
    return parts[0] + "\n" + joiner.join(parts[1:]) + "\n"


def write(shape: str, size: int, path) -> None:
    """The text of ``text(shape, size)`` written to ``path`` a piece at a time (no copy of it held: what a
    process measures after this is its own work)."""
    make, joiner = _PIECES[shape]
    total = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("Việt Nam và Lào tăng cường hợp tác toàn diện\n")
        for n in itertools.count():
            piece = make(n)
            out.write(piece if n == 0 else joiner + piece)
            total += len(piece.encode("utf-8")) + 1
            if total >= size:
                break
        out.write("\n")


def page(blocks: int) -> str:
    """A saved page of ``blocks`` paragraphs, each after a captioned photo, between two lists of as many links (the
    page furniture the page stage sets aside and places)."""
    links = "".join(f'<li><a href="/tin-{n}">Tin liên quan số {n} về hợp tác hai nước</a></li>' for n in range(blocks))
    body = "".join(f"<figure><img src='anh-{n}.jpg'><figcaption>Ảnh {n}: lễ ký kết</figcaption></figure><p>{p}</p>"
                   for n, p in zip(range(blocks), pieces("one_line")))
    return (f"<html><head><title>Việt Nam và Lào</title></head><body><nav><ul>{links}</ul></nav><article>"
            f"<h1>Việt Nam và Lào tăng cường hợp tác toàn diện</h1>{body}</article><aside><ul>{links}</ul></aside>"
            "</body></html>")
