import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bangiao.extract import pipeline
from bangiao.errors import StoreError
from bangiao.store import dedupe
from bangiao.store.store import Store

BODY = (
    "Chiều 19/10, tại Bắc Kinh, Chủ tịch nước Võ Văn Thưởng đã gặp Tổng Bí thư, Chủ tịch nước Lào Thongloun "
    "Sisoulith nhân dịp hai nhà lãnh đạo dự Diễn đàn cấp cao hợp tác quốc tế Vành đai và Con đường lần thứ ba.\n"
    "Hai bên nhất trí tiếp tục thúc đẩy hòa bình, ổn định và hợp tác trong khu vực, triển khai hiệu quả các thỏa "
    "thuận cấp cao giữa hai Đảng, hai Nhà nước, nhất là trong các lĩnh vực kinh tế, giáo dục và quốc phòng.\n"
    "Chủ tịch nước khẳng định Việt Nam luôn dành ưu tiên cao nhất cho quan hệ đặc biệt với Lào anh em."
)
OTHER = (
    "Sáng 9-1, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Nhật Bản đang thăm Việt Nam.\n"
    "Hai bên trao đổi về hợp tác đầu tư, lao động và chuyển đổi số, cùng các vấn đề khu vực cùng quan tâm."
)


def _doc(text, path="a.txt"):
    return pipeline.extract(text, path=path)


def test_store_migrations_create_schema_once(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        assert s.version >= 1
        version = s.version
    with Store(path) as s:
        assert s.version == version


def test_store_rejects_a_file_that_is_not_a_database(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="bad.db"):
        Store(bad)


def test_store_exact_duplicate_adds_no_document(store):
    assert store.add(_doc(BODY)).status == "new"
    again = store.add(_doc(BODY, path="copy.txt"))
    assert again.status == "duplicate"
    assert store.stats()["documents"] == 1
    record = store.get(again.doc_id)
    assert [i["path"] for i in record["inputs"]] == ["a.txt", "copy.txt"]


def test_store_same_input_twice_is_idempotent(store):
    doc = _doc(BODY)
    store.add(doc)
    store.add(doc)
    assert store.stats()["inputs"] == 1


def test_store_near_duplicate_with_other_boilerplate_and_whitespace(store):
    first = store.add(_doc("Lãnh đạo hai nước gặp nhau tại Bắc Kinh\n" + BODY + "\nTTXVN"))
    rescrape = ("Trang chủ » Thời sự\nLãnh đạo hai nước gặp nhau tại Bắc Kinh\n\n" + BODY.replace(". ", ".  ")
                + "\nChia sẻ bài viết\nTin liên quan\nThủ tướng tiếp Đại sứ Hàn Quốc\nvietnamplus.vn")
    second = store.add(_doc(rescrape, path="b.html"))
    assert second.status == "duplicate" or second.status == "near-duplicate"
    assert second.doc_id == first.doc_id
    assert store.stats()["documents"] == 1


def test_store_near_duplicate_with_an_extra_sentence(store):
    first = store.add(_doc(BODY))
    second = store.add(_doc(BODY + " Chuyến thăm góp phần thắt chặt hơn nữa quan hệ hữu nghị.", path="b.txt"))
    assert second.status == "near-duplicate" and second.doc_id == first.doc_id
    assert 0.8 <= second.similarity < 1.0


@pytest.mark.parametrize("change", [
    ("Chiều 19/10", "Chiều 9/10"),                       # another day
    ("lần thứ ba", "lần thứ 3 năm 2023"),                # a number written
    ("Võ Văn Thưởng", "Nguyễn Xuân Phúc"),               # another person
])
def test_store_near_duplicate_needs_the_same_facts(store, change):
    """Alike in words but not in a date, a number or a person named: two reports, both kept."""
    first = store.add(_doc(BODY))
    second = store.add(_doc(BODY.replace(*change), path="b.txt"))
    assert second.status == "new" and second.doc_id != first.doc_id
    assert store.stats()["documents"] == 2


def test_store_short_reports_a_day_apart_are_both_kept(store):
    day = ("Ngày {}-1, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Đại sứ Lào tại Việt Nam Khamphao Ernthavanh.\n"
           "Hai bên trao đổi về hợp tác đầu tư, giáo dục, giao thông và các dự án kết nối giữa hai nước.")
    assert dedupe.similarity(dedupe.signature(day.format(9)), dedupe.signature(day.format(19))) >= dedupe.THRESHOLD
    assert store.add(_doc(day.format(9))).status == "new"
    assert store.add(_doc(day.format(19), path="b.txt")).status == "new"


@pytest.mark.parametrize("a,b,same", [
    (("9-1", "p"), ("9-1", "p"), True),
    (("9-1", "p"), ("19-1", "p"), False),
    (("1,7 tỷ", "p"), ("1,8 tỷ", "p"), False),
    (("9-1", "p"), ("9-1", "q"), False),
])
def test_dedupe_same_facts(a, b, same):
    fa, fb = dedupe.facts(a[0], {a[1]}, None), dedupe.facts(b[0], {b[1]}, "2024-01-09")
    assert dedupe.same_facts(fa, fb) is same


def test_store_different_articles_are_both_kept(store):
    store.add(_doc(BODY))
    assert store.add(_doc(OTHER, path="o.txt")).status == "new"
    assert store.stats()["documents"] == 2


@pytest.mark.parametrize("query", ["to lam", "Tô Lâm", "TÔ LÂM", "tô lâm"])
def test_store_search_is_diacritic_insensitive(store, query):
    store.add(_doc("Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Lào tại Viêng Chăn."))
    hits = store.search(query)
    assert len(hits) == 1
    marked = [hits[0].snippet.text[a:b] for a, b in hits[0].snippet.marks]
    assert marked == ["Tô", "Lâm"]


@pytest.mark.parametrize("stored", ["hòa bình", "hoà bình", "HÒA BÌNH"])
def test_store_search_tone_style_insensitive(store, stored):
    store.add(_doc(f"Hai bên cam kết giữ gìn {stored} và ổn định ở khu vực Đông Nam Á, tăng cường hợp tác."))
    assert len(store.search("hoa binh")) == 1
    assert len(store.search("hoà bình")) == 1


def test_store_search_d_with_stroke(store):
    store.add(_doc("Phó Thủ tướng tới Đà Nẵng dự hội nghị về hợp tác kinh tế với các đối tác ASEAN."))
    assert len(store.search("da nang")) == 1


def test_store_search_ranks_more_relevant_first(store):
    store.add(_doc(OTHER, path="o.txt"))
    store.add(_doc(BODY))
    hits = store.search("Lào")
    assert hits[0].title is None or "Lào" in hits[0].snippet.text
    assert store.search("Thongloun")[0].doc_id == store.search("Sisoulith")[0].doc_id


def test_store_search_phrase_and_empty_query(store):
    store.add(_doc(BODY))
    assert len(store.search('"vanh dai va con duong"')) == 1
    assert store.search('"con duong vanh dai"') == []
    assert store.search("   ") == [] and store.search("!!!") == []


def test_store_get_by_prefix_and_unknown(store):
    out = store.add(_doc(BODY))
    assert store.get(out.doc_id[:6])["id"] == out.doc_id
    assert store.get("zzzzzz") is None and store.get("ab") is None


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=300))
def test_store_round_trip_keeps_the_record(text):
    words = " ".join(text.split())
    if not words:
        return
    doc = _doc("Bài viết về đối ngoại: " + words)  # (an article has a sentence: 4 words in a row at least)
    with Store(":memory:") as s:
        s.add(doc)
        record = s.get(doc.id)
    assert record["text"] == doc.text and record["id"] == doc.id


def test_store_file_is_valid_sqlite(tmp_path):
    path = tmp_path / "x.db"
    with Store(path) as s:
        s.add(_doc(BODY))
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_store_search_ranks_a_very_common_query_among_the_newest_matches(monkeypatch):
    from bangiao.store import store as store_module

    s = Store(":memory:")
    texts = ["Đoàn đại biểu Lào thăm tỉnh Nghệ An và làm việc với lãnh đạo tỉnh về hợp tác giáo dục.",
             "Hai bên ký biên bản hợp tác về đào tạo cán bộ giữa Bộ Giáo dục Việt Nam và Lào trong năm học mới.",
             "Lễ khai giảng lớp tiếng Việt cho học viên Lào được tổ chức tại Học viện Chính trị khu vực."]
    ids = [s.add(pipeline.extract(t, published="2024-05-01")).doc_id for t in texts]
    assert {h.doc_id for h in s.search("lao")} == set(ids)
    monkeypatch.setattr(store_module, "RANK_WINDOW", 2)
    assert {h.doc_id for h in s.search("lao")} == set(ids[1:])
    assert [h.doc_id for h in s.search("nghe an")] == ids[:1]       # fewer matches than the window: all ranked
