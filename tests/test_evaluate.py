"""The evaluation's scoring, on small hand-made cases."""
import pytest

from bangiao.evaluate import Counts, Predicted, _spans_of, score_entities

GOLD = [
    {"type": "PERSON", "name": "Sonexay Siphandone", "surfaces": ["Sonexay Siphandon", "Sonexay Siphandone"]},
    {"type": "PERSON", "name": "Phạm Minh Chính", "surfaces": ["Phạm Minh Chính"]},
    {"type": "ORG", "name": "Bộ Ngoại giao Việt Nam", "surfaces": ["Bộ Ngoại giao"]},
    {"type": "ORG", "name": "Bộ Ngoại giao Lào", "surfaces": ["Bộ Ngoại giao"]},
]


def P(t, name, *surfaces):
    return Predicted(t, name, frozenset(surfaces or (name,)))


@pytest.mark.parametrize("predicted, etype, tp, fp, fn", [
    ([P("PERSON", "Sonexay Siphandone"), P("PERSON", "Phạm Minh Chính")], "PERSON", 2, 0, 0),
    ([P("PERSON", "x", "SONEXAY SIPHANDON")], "PERSON", 1, 0, 1),                 # by surface, case folded
    ([P("PERSON", "Tô Lâm")], "PERSON", 0, 1, 2),
    ([P("PLACE", "Phạm Minh Chính")], "PERSON", 0, 0, 2),                          # wrong type is not a hit
    ([P("ORG", "Bộ Ngoại giao Việt Nam", "Bộ Ngoại giao"), P("ORG", "Bộ Ngoại giao Lào", "Bộ Ngoại giao")], "ORG", 2, 0, 0),
    ([P("PERSON", "Sonexay Siphandone"), P("PERSON", "Sonexay", "Sonexay Siphandon")], "PERSON", 1, 0, 1),
])
def test_evaluate_score_entities(predicted, etype, tp, fp, fn):
    c = score_entities(predicted, GOLD, etype)
    assert (c.tp, c.fp, c.fn) == (tp, fp, fn)


def test_evaluate_counts_precision_recall_f1():
    c = Counts(tp=8, fp=2, fn=8)
    assert c.precision == 0.8 and c.recall == 0.5 and abs(c.f1 - 2 * 0.8 * 0.5 / 1.3) < 1e-9
    assert Counts().f1 == 1.0


def test_evaluate_underthesea_tags_to_spans():
    tagged = [("Thủ tướng", "N", "B-NP", "B-PER"), ("Phạm Minh Chính", "Np", "B-NP", "I-PER"), ("tại", "E", "B-PP", "O"),
              ("Hà Nội", "Np", "B-NP", "B-LOC"), ("và", "C", "O", "O"), ("Lào", "Np", "B-NP", "B-LOC")]
    assert _spans_of(tagged) == [("PER", "Thủ tướng Phạm Minh Chính"), ("LOC", "Hà Nội"), ("LOC", "Lào")]


def test_evaluate_event_dates_count_left_undated_and_dated_wrongly():
    from bangiao import extract
    from bangiao.evaluate import Case, evaluate_events

    text = ("Sáng 6/1, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone. "
            "Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane.")
    doc = extract(text, published="2024-01-06")
    gold = {"events": [
        {"type": "TALKS", "participants": ["Phạm Minh Chính", "Sonexay Siphandone"], "date": "2024-01-07",
         "evidence": "Sáng 6/1, Thủ tướng Phạm Minh Chính hội đàm"},  # dated wrongly by the extractor (6 ≠ 7)
        {"type": "MEET", "participants": ["Phạm Minh Chính", "Thongsavanh Phomvihane"], "date": "2024-01-06",
         "evidence": "Thủ tướng Phạm Minh Chính tiếp"},
    ]}
    found, dates = evaluate_events([Case("x", doc, gold)])
    assert (found.tp, dates.total, dates.wrong) == (2, 2, 1)
    assert dates.undated == sum(1 for e in doc.events if e.date is None)


def test_evaluate_figure_periods_a_span_as_the_gold_writes_it():
    from bangiao import extract
    from bangiao.evaluate import Case, evaluate_figure_periods, evaluate_figures

    doc = extract("Trong 10 tháng đầu năm 2024, kim ngạch thương mại Việt Nam - Lào đạt 1,9 tỷ USD. Năm 2023, kim ngạch "
                  "thương mại Việt Nam - Lào đạt 2,2 tỷ USD.", published="2024-11-15")
    gold = {"figures": [{"value": 1.9e9, "unit": "USD", "is_target": False, "period": "2024-01/2024-10"},
                        {"value": 2.2e9, "unit": "USD", "is_target": False, "period": "2022"},  # said otherwise
                        {"value": 9e9, "unit": "USD", "is_target": True, "period": "2030"}]}  # not found: not counted
    periods = evaluate_figure_periods([Case("x", doc, gold)])
    assert (periods.right, periods.total) == (1, 2) and "period 2023 (gold 2022)" in periods.errors[0]
    assert evaluate_figures([Case("x", doc, gold)]).tp == 2
