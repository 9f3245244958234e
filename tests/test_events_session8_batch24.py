"""Session 8, batch 24 (issue 12; our own sentences, with near-misses): a guest received and introduced with a title
and "đang có chuyến thăm" is the visitor even when the second comma is left out, and "thăm, làm việc tại X" is one
visit, not a second one of the host."""
import pytest

import bangiao


@pytest.mark.parametrize("guest, visitors", [
    ("ông Roh Tae Moon, Chủ tịch Tập đoàn Samsung đang có chuyến thăm, làm việc tại Việt Nam",
     [("person:roh-tae-moon",)]),
    ("ông Roh Tae Moon, Chủ tịch Tập đoàn Samsung, đang có chuyến thăm và làm việc tại Việt Nam",
     [("person:roh-tae-moon",)]),
    # near-miss: a guest received with no visit told
    ("ông Roh Tae Moon, Chủ tịch Tập đoàn Samsung", []),
])
def test_events_guest_with_a_title_is_the_visitor(guest, visitors):
    text = f"Sáng 12/4, tại Hà Nội, Phó Thủ tướng Trần Hồng Hà tiếp {guest}."
    events = bangiao.extract(text, published="2024-04-12").events
    assert [tuple(sorted(e.participants)) for e in events if e.type == "VISIT"] == visitors
