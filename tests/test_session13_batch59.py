"""Session 13, the classes batch 59 showed (issue 12; our own sentences, with near-misses)."""
import pytest

import bangiao
from tests.extracted import named, published


@pytest.mark.parametrize("text, day", [
    # the only day written in full, months before the page's stamp, is a day the text recalls: the stamp's day
    ("date 2025-10-13 Hội đàm giữa hai tỉnh\nHai tỉnh nhất trí tăng cường hợp tác. Từ ngày 1/7/2025, tỉnh Lai Châu "
     "chính thức vận hành chính quyền hai cấp.", "2025-10-13"),
    # near-miss: a full day days before the stamp is the report's own
    ("date 2025-10-13 Hội đàm giữa hai tỉnh\nNgày 11/10/2025, hai tỉnh nhất trí tăng cường hợp tác.", "2025-10-11"),
])
def test_dating_a_recalled_day_under_a_stamp(text, day):
    assert published(text) == day


@pytest.mark.parametrize("text, day", [
    # a season across two years told in May: its second year
    ("Chiều 21/5, hai tỉnh bàn giao hài cốt liệt sĩ quân tình nguyện cất bốc trong mùa khô 2022 - 2023.", "2023-05-21"),
    # near-miss: told in November, the season's first year
    ("Chiều 21/11, hai tỉnh ra quân cất bốc hài cốt liệt sĩ quân tình nguyện trong mùa khô 2022 - 2023.", "2022-11-21"),
])
def test_dating_a_season_across_two_years(text, day):
    assert published(text) == day


@pytest.mark.parametrize("text, year", [
    # an anniversary's year told with its preparation after it, and again in an invitation: the year before or its
    # own, not pinned
    ("Chiều 26/10, Thủ tướng Nguyễn Tấn Dũng tiếp Bộ trưởng Pháp. Thủ tướng nhấn mạnh năm 2013 là năm kỷ niệm 40 năm "
     "thiết lập quan hệ ngoại giao Việt Nam - Pháp, do vậy hai bên cần phối hợp để tổ chức tốt các hoạt động kỷ niệm. "
     "Thủ tướng mời Tổng thống Pháp sang thăm Việt Nam vào năm 2013.", None),
    # near-miss: the anniversary told as this year's
    ("Chiều 26/10, Thủ tướng Nguyễn Tấn Dũng tiếp Bộ trưởng Pháp. Năm nay hai nước kỷ niệm 40 năm thiết lập quan hệ "
     "ngoại giao Việt Nam - Pháp.", "2013-10-26"),
])
def test_anniversaries_prepared_after_it_and_a_year_invited_to(text, year):
    assert published(text) == year


@pytest.mark.parametrize("text, year", [
    # relations written without "quan hệ"
    ("Chiều 26/10, Thủ tướng Nguyễn Tấn Dũng tiếp Bộ trưởng Pháp. Năm nay hai nước kỷ niệm 40 năm thiết lập ngoại "
     "giao Việt Nam - Pháp.", "2013-10-26"),
    # near-miss: years of cooperation count from nothing the knowledge base dates
    ("Chiều 26/10, Thủ tướng Nguyễn Tấn Dũng tiếp Bộ trưởng Pháp. Năm nay hai nước kỷ niệm 40 năm hợp tác giáo dục "
     "Việt Nam - Pháp.", None),
])
def test_anniversaries_relations_without_their_word(text, year):
    assert published(text) == year


@pytest.mark.parametrize("text, people", [
    # the next of a former holder's titles is his too, no one holds it now
    ("Dự lễ có nhiều vị khách quý, trong đó có vị nguyên Chủ tịch Đảng, Chủ tịch nước CHDCND Lào.", []),
    # near-miss: the titles held now name their holder
    ("Dự lễ có nhiều vị khách quý, trong đó có Tổng Bí thư, Chủ tịch nước CHDCND Lào.", ["Choummaly Sayasone"]),
])
def test_titles_alone_a_former_holders_list(text, people):
    doc, _ = named(text, "2012-07-01")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == people


@pytest.mark.parametrize("text, people", [
    # titles joined with a party's name between belong to the name after them
    ("Đồng chí Phan Diễn đã hội kiến với Thủ tướng kiêm Chủ tịch Đảng Nhân dân Cách mạng Mông Cổ N. Enkhbayar.",
     ["Phan Diễn", "N. Enkhbayar"]),
    # near-miss: a delegating title before a comma stays the holder's
    ("Thừa ủy nhiệm của Chủ tịch nước, Chủ tịch UBND tỉnh Quảng Nam Lê Phước Thanh trao Huân chương.",
     ["Trương Tấn Sang", "Lê Phước Thanh"]),
])
def test_titles_alone_joined_titles_name_the_one_after(text, people):
    doc, _ = named(text, "2013-05-01")
    assert [e.name for e in doc.entities if e.type == "PERSON"] == people


@pytest.mark.parametrize("text, people", [
    # a box of profiles above the text is page furniture
    ("Tổng Bí thư tiếp Tổng thống Romania\n\nNhân vật liên quan\n\n• Chủ tịch Quốc hội (9/1997 - 6/2001)\n\nHà Nội "
     "(TTXVN 18/2/2002) Ngày 18/2, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nông Đức Mạnh đã tiếp thân mật Tổng thống "
     "Romania Ion Iliescu và các vị cùng đi đang thăm hữu nghị chính thức nước ta. Hai bên đã trao đổi về quan hệ "
     "hữu nghị truyền thống giữa hai nước và nhất trí tăng cường hợp tác trên nhiều lĩnh vực.",
     ["Nông Đức Mạnh", "Ion Iliescu"]),
    # near-miss: the title in the text itself still names its holder
    ("Ngày 18/2/2002, tại Hà Nội, Chủ tịch Quốc hội đã tiếp Tổng thống Romania Ion Iliescu.",
     ["Nguyễn Văn An", "Ion Iliescu"]),
])
def test_clean_a_box_of_profiles(text, people):
    doc = bangiao.extract(text)
    assert [e.name for e in doc.entities if e.type == "PERSON"] == people


@pytest.mark.parametrize("text, kinds", [
    ("Ông Southideth Phommalat, Tổng lãnh sự Lào tại TP.Hồ Chí Minh, phát biểu.", ["PERSON", "COUNTRY", "PLACE"]),
    ("Ông Southideth Phommalat, Tổng lãnh sự Lào tại TP. Hồ Chí Minh, phát biểu.", ["PERSON", "COUNTRY", "PLACE"]),
])
def test_entities_the_city_written_close(text, kinds):
    doc, _ = named(text, "2012-07-01")
    assert [e.type for e in doc.entities] == kinds
