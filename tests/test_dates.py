"""Vietnamese temporal expressions, table-driven, against a pinned reference date."""
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from bangiao.extract.dates import find, resolve
from bangiao.reading.normalize import normalize

REF = date(2024, 12, 20)

# (text, kind, value, precision, end, basis)
FORMS = [
    ("Ngày 6-1, hai bên hội đàm", "day", "2024-01-06", "day", None, "inferred"),
    ("chiều 6-11", "day", "2024-11-06", "day", None, "inferred"),
    ("sáng 19/10", "day", "2024-10-19", "day", None, "inferred"),
    ("Trưa 1-12", "day", "2024-12-01", "day", None, "inferred"),
    ("Rạng sáng 2/12", "day", "2024-12-02", "day", None, "inferred"),
    ("tối 31.12", "day", "2024-12-31", "day", None, "inferred"),
    ("Thứ Năm, 05/12/2024", "day", "2024-12-05", "day", None, "stated"),
    ("chiều thứ Sáu (6/12)", "day", "2024-12-06", "day", None, "inferred"),
    ("ngày 6 tháng 1 năm 2024", "day", "2024-01-06", "day", None, "stated"),
    ("Sáng 2/12/2025, đoàn tới", "day", "2025-12-02", "day", None, "stated"),
    ("từ ngày 16-18/12", "day-range", "2024-12-16", "day", "2024-12-18", "inferred"),
    ("16 - 18/12/2024", "day-range", "2024-12-16", "day", "2024-12-18", "stated"),
    ("từ 8 đến 10/1", "day-range", "2024-01-08", "day", "2024-01-10", "inferred"),
    ("từ ngày 30/11 đến 2/12", "day-range", "2024-11-30", "day", "2024-12-02", "inferred"),
    ("trong hai ngày 25 và 26-3", "day-range", "2024-03-25", "day", "2024-03-26", "inferred"),
    ("từ ngày 11-13/1/2024", "day-range", "2024-01-11", "day", "2024-01-13", "stated"),
    ("tháng 9/2023", "month", "2023-09", "month", None, "stated"),
    ("(tháng 11.2021)", "month", "2021-11", "month", None, "stated"),  # the year after a dot (session 7, batch 12)
    ("tháng 9 năm 2023", "month", "2023-09", "month", None, "stated"),
    ("tháng 5-2021", "month", "2021-05", "month", None, "stated"),
    ("quý IV/2024", "quarter", "2024-10", "month", "2024-12", "stated"),
    ("quý 2 năm 2023", "quarter", "2023-04", "month", "2023-06", "stated"),
    ("10 tháng đầu năm 2024", "months", "2024-01", "month", "2024-10", "stated"),
    ("6 tháng đầu năm nay", "months", "2024-01", "month", "2024-06", "inferred"),
    ("năm 2024", "year", "2024", "year", None, "stated"),
    ("giai đoạn 2021-2030", "year-range", "2021", "year", "2030", "stated"),
    ("2021 - 2025", "year-range", "2021", "year", "2025", "stated"),
    ("hôm qua", "relative-day", "2024-12-19", "day", None, "inferred"),
    ("hôm nay", "relative-day", "2024-12-20", "day", None, "inferred"),
    ("ngày mai", "relative-day", "2024-12-21", "day", None, "inferred"),
    ("tuần tới", "relative-week", "2024-12-23", "day", "2024-12-29", "inferred"),
    ("năm ngoái", "relative-year", "2023", "year", None, "inferred"),
    ("năm nay", "relative-year", "2024", "year", None, "inferred"),
    ("tháng tới", "relative-month", "2025-01", "month", None, "inferred"),
    ("Giáp Thìn 2024", "year", "2024", "year", None, "stated"),
    # a month with its year in brackets after a person (real batch 4: "Tổng Bí thư Nguyễn Phú Trọng (8/2017)")
    ("Thủ tướng Nguyễn Tấn Dũng (3/2009)", "month", "2009-03", "month", None, "stated"),
]


@pytest.mark.parametrize("text, kind, value, precision, end, basis", FORMS, ids=[f[0] for f in FORMS])
def test_dates_forms(text, kind, value, precision, end, basis):
    exprs = find(text)
    assert exprs and exprs[0].kind == kind
    got = resolve(exprs[0], REF)
    assert (got.value, got.precision, got.end, got.basis) == (value, precision, end, basis)
    assert text[exprs[0].start:exprs[0].end] == exprs[0].text
    if basis == "inferred":
        assert got.reason


@pytest.mark.parametrize("text", [
    "Kỳ họp lần thứ 11", "Kỳ họp 48", "khóa XIII", "1,7 tỷ USD", "tăng 28,26%", "tăng 8-9%", "lên 19.5 điểm",
    "với 2024 dự án", "Nghị định 30/2020/NĐ-CP", "số 12", "3.500 người",
    # near-misses of the bracketed month: no month 13, a document number, two months in one bracket
    "(13/2017)", "Nghị định số 8/2017/NĐ-CP", "(8/2017 và 9/2018)",
])
def test_dates_not_dates(text):
    assert [e for e in find(text) if e.kind not in ("year", "year-range")] == []


def test_dates_anniversary_span_is_not_a_day():
    exprs = find("kỷ niệm 50 năm Quốc khánh (2/12/1975 - 2/12/2025)")
    assert [e.kind for e in exprs] == ["anniversary"]


def test_dates_past_month_read_early_in_the_year():
    exprs = find("hồi tháng 11 vừa qua")
    assert resolve(exprs[0], date(2025, 2, 1)).value == "2024-11"


def test_dates_without_reference_year_stays_unresolved():
    assert resolve(find("Ngày 6-1")[0], None) is None
    assert resolve(find("hôm qua")[0], None) is None
    assert resolve(find("ngày 6/1/2024")[0], None).value == "2024-01-06"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/-.,: ()ngàytháăâmquýIVhôqsáchiềuđếnvà")), max_size=60))
def test_dates_parsing_never_raises(text):
    for e in find(text):
        assert text[e.start:e.end] == e.text
        resolve(e, REF)
        resolve(e, None)


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.sampled_from(["/", "-", "."]),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)))
def test_dates_fully_stated_date_is_never_changed_by_the_reference(day, sep, reference):
    text = f"Ngày {day.day}{sep}{day.month}{sep}{day.year}"
    got = resolve(find(text)[0], reference)
    assert got.value == day.isoformat() and got.basis == "stated"


@pytest.mark.parametrize("text, value, end", [
    ("từ ngày 3 đến 4/11 năm ngoái", "2023-11-03", "2023-11-04"),
    ("ngày 6/1 năm tới", "2025-01-06", None),
    ("chiều 2/12 năm nay", "2024-12-02", None),
])
def test_dates_day_with_a_relative_year_after_it(text, value, end):
    [e] = find(text)
    got = resolve(e, REF)
    assert (got.value, got.end) == (value, end) and e.text == text


_WORDS = ["ngày", "tháng", "năm", "quý", "IV", "giai đoạn", "từ", "đến", "và", "hôm qua", "sáng nay", "năm nay",
          "sáu tháng đầu năm", "trong", "Xuân", "APEC", "lần thứ", "(", ")", "-", "/", ".", ",", "%"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.integers(0, 2100).map(str)), max_size=14),
       st.lists(st.sampled_from([" ", "", "  ", "\n"]), min_size=14, max_size=14))
def test_dates_scan_at_the_possible_starts_finds_what_a_scan_of_every_place_finds(tokens, gaps):
    """The grammar is tried only where a digit run or a lead word starts (for speed); it must find exactly what
    trying it at every place of the (normalized, single-spaced) text finds."""
    from bangiao.extract.dates import _DIGITS, _grammar, _matches
    text = normalize(" ".join("".join(p) for p in zip(tokens, gaps))).lower()
    grammar = _grammar()
    everywhere = [m.span() for m in grammar.combined.finditer(text)]
    for digits in (list(_DIGITS.finditer(text)), None):  # a short text's digit runs kept, a long one's read as needed
        assert [m.span() for m in _matches(grammar, text, digits)] == everywhere


@pytest.mark.parametrize("text, found", [
    ("từ ngày 7 đến 9.3", ("2024-03-07", "2024-03-09")),
    ("trong hai ngày 5 và 6.3", ("2024-03-05", "2024-03-06")),
    ("tăng từ 7 đến 9.3 điểm", None),  # numbers, not days: no "ngày" before them
])
def test_dates_day_range_with_a_dot_needs_its_day_words(text, found):
    got = [resolve(e, REF) for e in find(text) if e.kind == "day-range"]
    assert ((got[0].value, got[0].end) if got else None) == found


def test_dates_month_then_a_sentence_of_a_year_stays_yearless():
    # near-miss of "tháng 11.2021": a month ending its sentence, then a year opening the next
    text = normalize("Hội nghị diễn ra vào tháng 9. Năm 2021 là năm khó khăn.")
    months = [e for e in find(text) if e.kind == "month"]
    assert [(m.month, m.year) for m in months] == [(9, None)]
