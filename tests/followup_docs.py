"""Documents made by hand with projects, commitments and target figures (our own sentences), for the store, CLI,
API and browser tests of projects and commitments across documents: one project followed from its study to its
groundbreaking and inauguration, a commitment said again a year later, a trade target and the results for it."""
from __future__ import annotations

import hashlib

from bangiao.model import About, Amount, Commitment, Date, Document, Entity, Figure, Project, Span

ROAD = "project:cao-toc-vieng-chan-ha-noi"
LAOS = ("country:VN", "country:LA")


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def _countries(text: str, *codes: str) -> tuple[Entity, ...]:
    names = {"VN": "Việt Nam", "LA": "Lào", "KH": "Campuchia"}
    return tuple(Entity(f"country:{c}", "COUNTRY", names[c], c, (), (_span(text, names[c]),)) for c in codes
                 if names[c] in text)


def document(text: str, day: str, *, projects=(), commitments=(), figures=(), countries=("VN", "LA"),
             title: str | None = None) -> Document:
    """A document of ``text`` published on ``day``; each item a function of the text giving the model object."""
    return Document(id=hashlib.sha1(text.encode()).hexdigest()[:16], text=text, title=title or text.split(".")[0],
                    published=Date(day, "day"), entities=_countries(text, *countries),
                    projects=tuple(p(text) for p in projects), commitments=tuple(c(text) for c in commitments),
                    figures=tuple(f(text) for f in figures))


def project(sentence: str, stage: str | None, day: str | None, *, pid: str = ROAD, name: str = "cao tốc Viêng Chăn – Hà Nội",
            kind: str = "road", places=("place:vientiane",), value: Amount | None = None):
    return lambda text: Project(pid, name, kind, _span(text, sentence), LAOS, places, value, stage,
                                Date(day, "day" if len(day) == 10 else "year") if day else None)


def commitment(cid: str, sentence: str, what: str, *, kind: str = "agree", topic: str = "connectivity",
               projects=(), figures=(), deadline: str | None = None, day: str | None = None, by=LAOS):
    return lambda text: Commitment(cid, kind, _span(text, what), _span(text, sentence), "030", topic, by, (),
                                   About(tuple(projects), (), tuple(figures)),
                                   Date(deadline, "year") if deadline else None, Date(day, "day") if day else None)


def figure(sentence: str, value: float, period: str | None, *, target: bool = False, kind: str = "trade_turnover",
           parties=LAOS):
    return lambda text: Figure(kind, value, "USD", _span(text, sentence), target, None,
                               Date(period, "year") if period else None, parties)


S1 = "Hai bên nhất trí nghiên cứu dự án cao tốc Viêng Chăn – Hà Nội."
S2 = "Hai bên phấn đấu đưa kim ngạch thương mại song phương lên 5 tỷ USD vào năm 2025."
DOC_2016 = (f"Thủ tướng Việt Nam hội đàm với Thủ tướng Lào. {S1} {S2}", "2016-05-10")
S3 = "Hai bên nhất trí đẩy nhanh tiến độ cao tốc Viêng Chăn – Hà Nội trong năm nay."
S4 = "Ngày 12-3, cao tốc Viêng Chăn – Hà Nội được khởi công tại Viêng Chăn."
DOC_2020 = (f"Việt Nam và Lào khởi công tuyến đường. {S4} {S3}", "2020-03-12")
S5 = "Kim ngạch thương mại Việt Nam – Lào năm 2025 đạt 5,2 tỷ USD."
S6 = "Đoạn đầu của cao tốc Viêng Chăn – Hà Nội đã được khánh thành ngày 20-8."
DOC_2026 = (f"Việt Nam và Lào tổng kết hợp tác. {S5} {S6}", "2026-01-15")
S7 = "Hai bên nhất trí tăng cường giao lưu văn hóa và thể thao giữa thanh niên."
DOC_OTHER = (f"Việt Nam và Lào ký kế hoạch văn hóa. {S7}", "2020-03-12")


def corpus() -> list[Document]:
    """The four documents, oldest first."""
    return [
        document(*DOC_2016, projects=[project(S1, "studying", None)],
                 commitments=[commitment("c1", S1, "nghiên cứu dự án cao tốc Viêng Chăn – Hà Nội", projects=[ROAD]),
                              commitment("c2", S2, "đưa kim ngạch thương mại song phương lên 5 tỷ USD", kind="target",
                                         topic="economy_trade", figures=[0], deadline="2025")],
                 figures=[figure(S2, 5e9, None, target=True)]),
        document(*DOC_2020, projects=[project(S4, "building", "2020-03-12", value=Amount(5.2e9, "USD")),
                                      project(S3, None, None)],
                 commitments=[commitment("c1", S3, "đẩy nhanh tiến độ cao tốc Viêng Chăn – Hà Nội trong năm nay",
                                         projects=[ROAD], day="2020-03-12")]),
        document(*DOC_2026, projects=[project(S6, "inaugurated", "2025-08-20")],
                 figures=[figure(S5, 5.2e9, "2025")]),
        document(*DOC_OTHER, commitments=[commitment("c1", S7, "tăng cường giao lưu văn hóa và thể thao giữa thanh niên",
                                                     topic="culture_people")]),
    ]
