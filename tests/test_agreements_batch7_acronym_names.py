"""Batch 7: a name written in full and introduced with an acronym the data file knows ("Hiệp định thương mại tự do
Việt Nam – EU (EVFTA)") is recorded by the data file's name, however it is spelled (our own sentences)."""
import pytest

from bangiao.extract.agreements import find_agreements


@pytest.mark.parametrize("text, wanted", [
    ("Hai bên nhất trí tận dụng hiệu quả Hiệp định thương mại tự do Việt Nam – EU (EVFTA) để tăng kim ngạch.",
     ["Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu"]),
    ("Thủ tướng đề nghị Bỉ sớm phê chuẩn Hiệp định Bảo hộ đầu tư giữa Việt Nam và EU (EVIPA).",
     ["Hiệp định Bảo hộ đầu tư Việt Nam - Liên minh châu Âu"]),
    # near-misses: an acronym the data file does not know keeps the name as written; no acronym, as written
    ("Hai bên nhất trí tận dụng hiệu quả Hiệp định thương mại tự do Việt Nam – Israel (VIFTA) để tăng kim ngạch.",
     ["Hiệp định thương mại tự do Việt Nam – Israel"]),
    ("Hai bên nhất trí tận dụng Hiệp định Thương mại tự do Việt Nam – EU để tăng kim ngạch.",
     ["Hiệp định Thương mại tự do Việt Nam – EU"]),
])
def test_agreements_names_introduced_with_a_known_acronym(text, wanted):
    assert [a.name for a in find_agreements(text, ())] == wanted
