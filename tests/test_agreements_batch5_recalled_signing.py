"""Batch 5, class 4: a signing told as a thing ("Việc ký Hiệp định X đã mở ra …", "ủng hộ việc ký kết Hiệp định X")
is a past signing recalled: the agreement is referenced and no SIGN is made; "Hiệp định có thể đem lại" is no name
(our own sentences)."""
import pytest

import bangiao


def _doc(text: str):
    return bangiao.extract(text, published="2021-02-03")


@pytest.mark.parametrize("text, status, sign", [
    ("Việc ký Hiệp định Thương mại tự do Việt Nam - Anh đã mở ra cơ hội mới cho doanh nghiệp hai nước.",
     "referenced", False),
    ("Thủ tướng Phạm Minh Chính cảm ơn Anh đã ủng hộ việc ký kết Hiệp định Thương mại tự do Việt Nam - Anh.",
     "referenced", False),
    # near-misses: a signing witnessed, a signing told with its verb
    ("Hai Thủ tướng đã chứng kiến việc ký kết Hiệp định Thương mại tự do Việt Nam - Anh.", "signed", True),
    ("Hai Bộ trưởng đã ký Hiệp định Thương mại tự do Việt Nam - Anh.", "signed", True),
])
def test_agreements_a_signing_told_as_a_thing_is_recalled(text, status, sign):
    doc = _doc(text)
    assert [a.status for a in doc.agreements] == [status]
    assert any(e.type == "SIGN" for e in doc.events) is sign


def test_agreements_what_a_document_may_do_is_no_name():
    doc = _doc("Hai bên nhất trí tận dụng các lợi ích mà Hiệp định có thể đem lại cho doanh nghiệp.")
    assert not doc.agreements


def test_agreements_a_signing_prepared_stays_drafting():
    """Near-miss: "chuẩn bị cho việc ký Hiệp định X" is a signing ahead, not one recalled."""
    doc = _doc("Hai Bộ trưởng trao đổi các bước chuẩn bị cho việc ký Hiệp định Thương mại tự do Việt Nam - Anh.")
    assert [a.status for a in doc.agreements] == ["drafting"]
