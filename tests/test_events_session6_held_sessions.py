"""Session 6, issue 12, class 2: a session whose sentence names no person has the bodies and countries it names as
participants, not the article's protagonist; our own sentences, with near-misses where the people stay."""
import pytest

import bangiao

_LEAD = "Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone tại Hà Nội ngày 2/3.\n"

_CASES = [
    # (sentence, participants wanted: exactly these, or (must have, must also have a person))
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 dự kiến diễn ra vào tháng 7 tới, do Malaysia chủ trì.",
     {"org:asean", "country:MY"}),
    ("Khu hội nghị mới dự kiến được đưa vào phục vụ Kỳ họp thứ hai Quốc hội Lào vào cuối năm.",
     {"org:la-national-assembly", "country:LA"}),
    # near-misses: the protagonist is told to attend, a person is named, or no body is named
    ("Chuyến công tác kết hợp việc tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN tại Kuala Lumpur.",
     ("org:asean", "person:pham-minh-chinh")),
    ("Ngày 5/3, Thủ tướng sẽ dự Hội nghị Cấp cao ASEAN tại Viêng Chăn.", (None, "person:pham-minh-chinh")),
    ("Hội nghị hợp tác các tỉnh biên giới Việt Nam - Lào lần thứ 10 đã diễn ra ngày 4/3.", (None, "person:")),
]


def _sessions(text: str):
    return [e for e in bangiao.extract(_LEAD + text, published="2025-03-05").events
            if e.type == "CONFERENCE" and e.evidence.start >= len(_LEAD)]


@pytest.mark.parametrize(("text", "wanted"), _CASES)
def test_held_sessions_participants(text, wanted):
    sessions = _sessions(text)
    assert len(sessions) == 1
    participants = sessions[0].participants
    if isinstance(wanted, set):
        assert set(participants) == wanted
    else:
        body, person = wanted
        assert body is None or body in participants
        assert any(p.startswith(person) for p in participants)
