"""Generate a benchmark corpus from the bundled samples: articles of shuffled sample paragraphs with noise."""
from __future__ import annotations

import random
from importlib import resources
from pathlib import Path

NOISE = [
    "Tin cùng chuyên mục\n{h}\n{h}\nChiều 18/12, {p}",
    "Ảnh: TTXVN",
    "fb yt zl tw",
    "Untitled-{n}.jpg",
    "Tối đa: 1500 ký tự\nHiện chưa có bình luận nào, hãy là người đầu tiên bình luận",
    "Trang chủ » Thời sự » Đối ngoại",
]


def sample_paragraphs() -> tuple[list[str], list[str]]:
    """(paragraphs, headlines) of the bundled .txt samples."""
    folder = resources.files("bangiao").joinpath("data", "samples")
    paragraphs, headlines = [], []
    for f in sorted(folder.iterdir(), key=lambda f: f.name):
        if not f.name.endswith(".txt") or f.name.startswith("legacy"):
            continue
        lines = [ln.strip() for ln in f.read_text("utf-8").splitlines() if ln.strip()]
        headlines.append(lines[0])
        paragraphs += [ln for ln in lines[1:] if len(ln.split()) >= 15]
    return paragraphs, headlines


def article(rng: random.Random, paragraphs: list[str], headlines: list[str]) -> str:
    body = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(6, 12)))
    parts = [rng.choice(headlines), *body]
    for _ in range(rng.randint(0, 3)):
        noise = rng.choice(NOISE).format(h=rng.choice(headlines), p=rng.choice(paragraphs), n=rng.randint(1, 9))
        parts.insert(rng.randint(1, len(parts)), noise)
    return "\n".join(parts) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 1) -> int:
    """Write ``count`` articles as .txt files; returns the total bytes written."""
    rng = random.Random(seed)
    paragraphs, headlines = sample_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(count):
        data = article(rng, paragraphs, headlines).encode("utf-8")
        (folder / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total
