"""Batch 6, class 5 (610): a visit owned by someone ("sau chuyến thăm Pháp của Tổng Bí thư X (tháng 10/2024)") is
theirs alone when the sentence names no one else: not the article's protagonist's too (the announced visit of the
article was merged into the recalled one); a visit word as the subject of a statement ("coi chuyến thăm là dịp …")
is the one told before, no visit of its own (our own sentences)."""
import pytest

import bangiao


def _visits(text: str) -> list[tuple[tuple[str, ...], str, str | None]]:
    return [(e.participants, e.status, e.date.value if e.date else None)
            for e in bangiao.extract(text, published="2025-01-14").events if e.type == "VISIT"]


@pytest.mark.parametrize("text, wanted", [
    ("Ngoại trưởng Pháp Jean-Noël Barrot sẽ dẫn đầu một phái đoàn doanh nghiệp tới thăm Việt Nam trong hai ngày. Quan "
     "hệ hai nước phát triển mạnh sau chuyến thăm Pháp của Tổng Bí thư Tô Lâm (tháng 10/2024).",
     [(("person:jean-noel-barrot",), "planned", None), (("person:to-lam",), "happened", "2024-10")]),
    ("Chiều 14/1, Thủ tướng Nga Mikhail Mishustin bắt đầu chuyến thăm chính thức Việt Nam. Đại sứ Nga cho biết, phía "
     "Nga coi chuyến thăm là dịp cụ thể hóa các thỏa thuận đạt được trong chuyến thăm cấp Nhà nước Việt Nam của Tổng "
     "thống Vladimir Putin tháng 6/2024.",
     [(("person:mikhail-mishustin",), "happened", "2025-01-14"), (("person:vladimir-putin",), "happened", "2024-06")]),
    # near-miss: the owner's visit in a sentence naming its host keeps the owner first
    ("Chiều 14/1, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone nhân chuyến thăm chính thức "
     "Việt Nam của Thủ tướng Sonexay Siphandone.",
     [(("person:sonexay-siphandone",), "happened", "2025-01-14")]),
])
def test_events_owned_visit_is_the_owners(text, wanted):
    assert _visits(text) == wanted
