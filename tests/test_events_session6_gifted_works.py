"""Session 6, issue 12, class 1: the ceremony of works one country gives another has the two countries as its
participants when its sentence names no principal person (tests/dev/README.md: attendance is not participation);
our own sentences, with near-misses where a person stays."""
import pytest

import bangiao

_LEAD = "Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone tại Hà Nội ngày 2/3.\n"

_CASES = [
    # (text, participants wanted, or None when a person must stay)
    ("Sáng 5/3, tại tỉnh Luông Pha Băng, lễ khánh thành Trường Hữu nghị Lào - Việt Nam, công trình do Chính phủ "
     "Việt Nam viện trợ cho Chính phủ Lào, đã được tổ chức trọng thể.", {"country:VN", "country:LA"}),
    ("Sáng 5/3, tại Viêng Chăn, lễ khởi công Thư viện Quốc gia Lào đã diễn ra. Đây là công trình do nhân dân "
     "Việt Nam tặng nhân dân Lào.", {"country:VN", "country:LA"}),
    ("Ngày 5/3, Phó Thủ tướng Trần Hồng Hà và Phó Thủ tướng Lào Saleumxay Kommasith đã dự lễ bàn giao Bệnh viện "
     "Hữu nghị tỉnh Xê Kông, món quà của Việt Nam tặng Lào.", {"country:VN", "country:LA"}),
    # near-misses: a principal person named, or no gift told
    ("Ngày 5/3, Phó Thủ tướng Trần Hồng Hà và Phó Thủ tướng Lào Saleumxay Kommasith đồng chủ trì lễ bàn giao Bệnh "
     "viện Hữu nghị tỉnh Xê Kông, món quà của Việt Nam tặng Lào.", None),
    ("Ngày 5/3, Phó Thủ tướng Trần Hồng Hà sẽ dự lễ khởi công Thư viện Quốc gia Lào tại Viêng Chăn.", None),
    ("Sáng 5/3, lễ khánh thành Bệnh viện Hữu nghị tỉnh Xê Kông, món quà của Việt Nam tặng Lào, do Phó Thủ tướng "
     "Trần Hồng Hà chủ trì.", None),
]


def _ceremonies(text: str):
    return [e for e in bangiao.extract(_LEAD + text, published="2025-03-05").events
            if e.type == "CEREMONY" and e.evidence.start >= len(_LEAD)]


@pytest.mark.parametrize(("text", "wanted"), _CASES)
def test_gifted_works_ceremony_participants(text, wanted):
    ceremonies = _ceremonies(text)
    assert len(ceremonies) == 1
    if wanted is None:
        assert any(p.startswith("person:") for p in ceremonies[0].participants)
    else:
        assert set(ceremonies[0].participants) == wanted
