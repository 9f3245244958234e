"""Batch 7: an agreement acted on, told as existing ("tận dụng hiệu quả Chương trình hợp tác …"), is referenced
whatever else the sentence trades or signs; a signing still ahead and then ratified ("sớm ký kết và phê chuẩn Hiệp
định X") is drafting (our own sentences)."""
import pytest

from bangiao.extract.agreements import find_agreements


@pytest.mark.parametrize("text, wanted", [
    ("Hai nước nhất trí đẩy mạnh trao đổi đoàn và tận dụng hiệu quả Chương trình hợp tác giai đoạn 2022 – 2025 giữa "
     "Việt Nam và Đức.", "referenced"),
    ("Phó Thủ tướng mong Bỉ ủng hộ để hai bên sớm ký kết và phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam - Bỉ.",
     "drafting"),
    # near-misses: a ratification alone is referenced; a signing told is signed; one ahead is drafting
    ("Thủ tướng đề nghị Bỉ sớm phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam - EU.", "referenced"),
    ("Hai bên đã ký Chương trình hành động triển khai quan hệ Đối tác chiến lược 2022 – 2025 giữa Việt Nam và Đức.",
     "signed"),
    ("Hai bên sẽ ký Hiệp định Bảo hộ đầu tư Việt Nam - Bỉ.", "drafting"),
])
def test_agreements_status_as_told(text, wanted):
    assert [a.status for a in find_agreements(text, ())] == [wanted]
