"""Issue 12, round 3: events classes seen on real reports, each with our own sentences and near-misses."""
import pytest

import bangiao


def _events(text, published="2020-11-19"):
    doc = bangiao.extract(text, published=published)
    return [(e.type, list(e.participants), e.status) for e in doc.events]


@pytest.mark.parametrize("text, kinds", [
    # a summary of the year's meetings with examples after "như" is no conference
    ("Trong năm nay, Việt Nam đã tham dự hầu hết các hội nghị quan trọng của G20 như hội nghị cấp bộ trưởng về tài "
     "chính và nông nghiệp.", []),
    # near-miss: a conference attended is one
    ("Sáng 19/11, Thủ tướng Nguyễn Xuân Phúc dự hội nghị cấp bộ trưởng về tài chính.", ["CONFERENCE"]),
])
def test_events_round3_a_summary_is_no_conference(text, kinds):
    assert [k for k, _, _ in _events(text)] == kinds
