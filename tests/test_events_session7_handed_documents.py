"""A document handed over by its kind is a signing ("trao Thỏa thuận hợp tác … dưới sự chứng kiến của A và B", "chứng
kiến trao Bản ghi nhớ"): a SIGN of the leaders who witness it (tests/dev/README.md, Banquets are ceremonies: "chứng
kiến lễ ký" is a SIGN of the leaders who witness it). Session 7, batch 8; our own sentences. Near-misses: minutes of a
hand-over ("trao biên bản bàn giao") and a gift are no signing."""
import pytest

import bangiao

_LEAD = ("Chiều 5/12, tại Viêng Chăn, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước CHDCND Lào Thongloun "
         "Sisoulith.\n\n")
_PAIR = ("person:thongloun-sisoulith", "person:to-lam")


def _signs(text: str) -> list[tuple[str, ...]]:
    doc = bangiao.extract(_LEAD + text, published="2025-12-05")
    return [tuple(sorted(p for p in e.participants if p.startswith("person:"))) for e in doc.events if e.type == "SIGN"]


@pytest.mark.parametrize("text", [
    "Lãnh đạo hai tỉnh biên giới trao Thỏa thuận hợp tác cho 5 năm 2026-2030 dưới sự chứng kiến của hai nhà lãnh đạo "
    "cao nhất, Tổng Bí thư, Chủ tịch nước CHDCND Lào Thongloun Sisoulith và Tổng Bí thư Tô Lâm.",
    "Sau hội đàm, hai nhà lãnh đạo chứng kiến hai Bộ trưởng trao Biên bản ghi nhớ về hợp tác giáo dục.",
    "Hai nhà lãnh đạo đã chứng kiến đại diện hai bộ trao đổi văn kiện hợp tác về y tế.",
    "Khi hội đàm kết thúc, Tổng Bí thư, Chủ tịch nước CHDCND Lào Thongloun Sisoulith và Tổng Bí thư Tô Lâm trao Biên "
    "bản Kỳ họp lần thứ 47 Ủy ban liên Chính phủ.",
])
def test_events_handed_document_is_a_sign_of_its_witnesses(text):
    assert _PAIR in _signs(text)


@pytest.mark.parametrize("text", [
    "Đại diện Đại sứ quán trao biên bản bàn giao công trình cho phía Lào.",
    "Tổng Bí thư Tô Lâm trao tặng 20 chiếc xe cứu thương cho tỉnh Hủa Phăn.",
])
def test_events_handed_minutes_or_gift_is_no_sign(text):
    assert _signs(text) == []
