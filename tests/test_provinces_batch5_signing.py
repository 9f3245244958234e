"""Batch 5, class 6: a signing between provinces, no person named, has the provinces as its sides; the headline's
restatement of it is no second SIGN (our own sentences)."""
import bangiao

_HEAD = "Nghệ An: Hội đàm và ký kết biên bản hợp tác với tỉnh Xiêng Khoảng\n"
_BODY = ("Ngày 20/12, tỉnh Nghệ An (Việt Nam) và đoàn đại biểu tỉnh Xiêng Khoảng (Lào) tổ chức hội đàm và ký kết "
         "biên bản hợp tác.\nĐồng chí Nguyễn Đức Trung, Bí thư Tỉnh ủy Nghệ An, dẫn đầu đoàn Việt Nam.\n")


def _signs(text: str):
    return [e for e in bangiao.extract(text, published="2024-12-21").events if e.type == "SIGN"]


def test_provinces_are_the_sides_of_their_signing():
    signs = _signs(_HEAD + _BODY)
    assert len(signs) == 1
    assert set(signs[0].participants) == {"place:nghe-an", "place:xieng-khouang"}
    assert signs[0].evidence.text.startswith("Ngày 20/12")


def test_provinces_a_signing_with_its_signatories_named_keeps_them():
    """Near-miss: a person named as signing in the sentence stays the signatory."""
    signs = _signs("Ngày 20/12, Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Đệ và Tỉnh trưởng tỉnh Xiêng Khoảng "
                   "Xaysomphone Phomvihane đã ký kết biên bản hợp tác.")
    assert signs and all(any(p.startswith("person:") for p in s.participants) for s in signs)


def test_provinces_countries_signing_are_not_touched():
    """Near-miss: no province among the sides."""
    signs = _signs("Ngày 20/12, Việt Nam và Lào đã ký kết biên bản hợp tác về giáo dục.")
    assert all(not any(p.startswith("place:") for p in s.participants) for s in signs)


def test_provinces_named_after_the_signing_word_leave_its_signatories():
    """Near-miss: "lãnh đạo hai tỉnh đã ký … giữa tỉnh A và tỉnh B": the provinces name the document, the leaders sign."""
    signs = _signs("Chiều 20/12, Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung hội đàm với Bí thư Tỉnh ủy Xiêng Khoảng "
                   "Xaysomphone Phomvihane. Sau hội đàm, lãnh đạo hai tỉnh đã ký kết Thỏa thuận hợp tác giữa tỉnh Nghệ "
                   "An và tỉnh Xiêng Khoảng.")
    assert all(not any(p.startswith("place:") for p in s.participants) for s in signs)
