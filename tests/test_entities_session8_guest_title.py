"""Session 8 (issue 12): a title alone that Việt Nam's holder would take, in a text that never names that holder but
names one foreigner with the title, is the foreigner's ("Chủ tịch nước … hội kiến Thủ tướng Lào X … hoan nghênh Thủ
tướng thăm Việt Nam"). Our own sentences, with near-misses that stay Việt Nam's or both sides'."""
import pytest

import bangiao


def _people(text: str, published: str = "2024-03-05") -> set[str]:
    return {e.id for e in bangiao.extract(text, published=published).entities if e.type == "PERSON"}


@pytest.mark.parametrize("text, people", [
    ("Chiều 5/3, Chủ tịch nước Võ Văn Thưởng tiếp Thủ tướng Lào Sonexay Siphandone. Chủ tịch nước hoan nghênh Thủ "
     "tướng sang thăm Việt Nam.", {"person:vo-van-thuong", "person:sonexay-siphandone"}),
    ("Chủ tịch Quốc hội Vương Đình Huệ hội kiến Thủ tướng Campuchia Hun Manet. Thủ tướng cảm ơn sự đón tiếp.",
     {"person:vuong-dinh-hue", "person:hun-manet"}),
    # near-misses: Việt Nam's holder named in the text keeps the title; "hai Thủ tướng" is both; nobody foreign
    # with the title leaves Việt Nam's holder; two foreigners with it leave Việt Nam's holder too
    ("Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone. Thủ tướng nhấn mạnh quan hệ đặc biệt.",
     {"person:pham-minh-chinh", "person:sonexay-siphandone"}),
    ("Chủ tịch nước Võ Văn Thưởng tiếp Thủ tướng Lào Sonexay Siphandone. Hai Thủ tướng sẽ đồng chủ trì kỳ họp.",
     {"person:vo-van-thuong", "person:sonexay-siphandone", "person:pham-minh-chinh"}),
    ("Chủ tịch nước Võ Văn Thưởng tiếp Tổng thống Lào Thongloun Sisoulith. Thủ tướng sẽ dự lễ.",
     {"person:vo-van-thuong", "person:thongloun-sisoulith", "person:pham-minh-chinh"}),
])
def test_entities_title_alone_of_the_one_foreigner_named_with_it(text, people):
    assert _people(text) == people
