"""Regenerate the encoding fixtures in this folder and the TCVN3 demo sample.

Run from the repository root:  PYTHONPATH=src:tests .venv/bin/python tests/data/encodings/make_fixtures.py
The Vietnamese sentences are the team's own.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import legacy_encode as L  # noqa: E402

# One text every encoding can carry: no capitals with tone marks (TCVN3 has none).
SAMPLE = (
    "Thủ tướng Lào thăm chính thức Việt Nam\n"
    "Ngày 6-1, tại Hà Nội, hai Thủ tướng đã đồng chủ trì kỳ họp thường niên của ủy ban "
    "liên Chính phủ hai nước. Hai bên nhất trí đưa kim ngạch thương mại song phương tăng "
    "ít nhất 10% trong năm 2019, đẩy mạnh hợp tác đầu tư, giao thông, năng lượng và giáo dục.\n"
    "Phía Lào cảm ơn sự giúp đỡ quý báu, thủy chung của Đảng, Nhà nước và nhân dân Việt Nam.\n"
)

FIXTURES: dict[str, bytes] = {
    "sample.utf8.txt": SAMPLE.encode("utf-8"),
    "sample.utf8-bom.txt": b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
    "sample.utf16le-bom.txt": b"\xff\xfe" + SAMPLE.encode("utf-16-le"),
    "sample.utf16be-bom.txt": b"\xfe\xff" + SAMPLE.encode("utf-16-be"),
    "sample.utf16le.txt": SAMPLE.encode("utf-16-le"),
    "sample.utf16be.txt": SAMPLE.encode("utf-16-be"),
    "sample.cp1258.txt": L.encode_cp1258(SAMPLE),
    "sample.tcvn3.txt": L.encode_tcvn3(SAMPLE),
    "sample.vni.txt": L.encode_vni(SAMPLE),
    "sample.mojibake.txt": L.mojibake(SAMPLE).encode("utf-8"),
    "sample.tcvn3-glyphs.txt": L.glyph_text(L.encode_tcvn3(SAMPLE)).encode("utf-8"),
    "sample.vni-glyphs.txt": L.glyph_text(L.encode_vni(SAMPLE)).encode("utf-8"),
    # UTF-8 with one stray byte after the headline (1 of 1,003 bytes)
    "few-invalid.txt": (SAMPLE * 2).encode("utf-8").replace(b"Nam\n", b"Nam\xff\n", 1),
    "empty.txt": b"",
    "blank.txt": b"  \n\t\r\n",
    "binary.bin": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    # Russian in Windows-1251: not UTF-8 and not Vietnamese in any legacy reading
    "garbage.txt": ("Это короткий текст на русском языке, записанный в старой кодировке. " * 3).encode("cp1251"),
}


def main() -> None:
    for name, data in FIXTURES.items():
        (HERE / name).write_bytes(data)
    article = (HERE / "legacy_tcvn3_vn_la_2019.utf8.txt").read_text("utf-8")
    sample = ROOT / "src" / "bangiao" / "data" / "samples" / "legacy_tcvn3_vn_la_2019.txt"
    sample.write_bytes(L.encode_tcvn3(article))


if __name__ == "__main__":
    main()
