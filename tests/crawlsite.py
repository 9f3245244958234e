"""A news site for the crawl tests and the crawl benchmark: article pages written from the bundled samples, RSS
feeds, sitemaps, a sources file naming the site as an outlet. Served on 127.0.0.1 only."""
from __future__ import annotations

from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from pathlib import Path

from bangiao.reading import sources

SAMPLES = sorted(p for p in (Path(__file__).resolve().parents[1] / "src" / "bangiao" / "data" / "samples").glob("*.txt")
                 if not p.name.startswith("legacy"))


def sample_article(n: int) -> tuple[str, list[str]]:
    """(headline, paragraphs) of the n-th bundled sample (modulo their number)."""
    lines = [ln.strip() for ln in SAMPLES[n % len(SAMPLES)].read_text("utf-8").splitlines() if ln.strip()]
    lines = [ln for ln in lines if len(ln.split()) >= 6 and "»" not in ln and " > " not in ln]
    return lines[0], lines[1:]


# The day each sample's text gives (bangiao's reading of it), so that a page's metadata agrees with its text.
SAMPLE_DATES = ["2017-02-08", "2020-01-04", "2022-08-09", "2022-07-18", "2024-07-11", "2025-12-02", "2023-12-11",
                "2022-10-31", "2023-12-13", "2022-12-05", "2020-11-15", "2018-03-31", None]


def sample_date(n: int) -> str | None:
    return SAMPLE_DATES[n % len(SAMPLES)]


def page(title: str, paragraphs: list[str], published: str | None = "2024-01-10", charset: str | None = "utf-8",
         site: str = "Tin Đối Ngoại") -> str:
    """An article page: headline, paragraphs, the publication time in the page's metadata."""
    meta = f'<meta charset="{charset}">' if charset else ""
    date = f'<meta property="article:published_time" content="{published}T08:00:00+07:00">' if published else ""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html>\n<html lang="vi"><head>{meta}<title>{escape(title)}</title>{date}'
            f'<meta property="og:site_name" content="{escape(site)}"></head>\n<body><nav><a href="/">Trang chủ</a></nav>'
            f"<article><h1>{escape(title)}</h1>\n{body}\n</article></body></html>\n")


def sample_page(n: int, charset: str | None = "utf-8") -> str:
    """The n-th sample as a page whose metadata gives the day its text gives."""
    title, paragraphs = sample_article(n)
    return page(title, paragraphs, sample_date(n), charset)


def rss(items: list[tuple[str, str | None]], title: str = "Thời sự") -> str:
    """An RSS 2.0 feed of (url, YYYY-MM-DD or None) items."""
    entries = []
    for url, day in items:
        when = f"<pubDate>{format_datetime(datetime.fromisoformat(day).replace(tzinfo=timezone.utc))}</pubDate>" if day else ""
        entries.append(f"<item><title>Tin {escape(url)}</title><link>{escape(url)}</link>{when}</item>")
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{title}</title>'
            f'<link>http://127.0.0.1/</link>{"".join(entries)}</channel></rss>\n')


def sitemap(items: list[tuple[str, str | None]], index: bool = False) -> str:
    """A news sitemap of (url, YYYY-MM-DD or None), or a sitemap index of child sitemaps."""
    tag, ns = ("sitemap", "") if index else ("url", ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')
    rows = []
    for url, day in items:
        when = (f"<lastmod>{day}</lastmod>" if index else
                f"<news:news><news:publication_date>{day}</news:publication_date></news:news>") if day else ""
        rows.append(f"<{tag}><loc>{escape(url)}</loc>{when}</{tag}>")
    root = "sitemapindex" if index else "urlset"
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>'
            f'{"".join(rows)}</{root}>\n')


def sources_file(folder: Path, hosts: list[str], home: str, *, feeds=(), sitemaps=(), sections=(),
                 robots_sitemaps: bool = False, crawl: dict | None = None, outlet_id: str = "local",
                 extra: str = "") -> Path:
    """A user sources file with one outlet (the local site) and fast, test-sized politeness settings."""
    settings = {"delay": 0.0, "backoff": 0.05, "retries": 2, "timeout": 5.0, "max_mb": 1.0, "max_wait": 5.0}
    settings |= crawl or {}
    lines = ["[meta]", "version = 1", 'kind = "sources"', "", "[crawl]"]
    lines += [f"{k} = {v!r}" if not isinstance(v, str) else f'{k} = "{v}"' for k, v in settings.items()]
    quoted = lambda xs: "[" + ", ".join(f'"{x}"' for x in xs) + "]"  # noqa: E731
    lines += ["", "[[outlet]]", f'id = "{outlet_id}"', 'name = "Tin Đối Ngoại"', f'homepage = "{home}"',
              f"hosts = {quoted(hosts)}", 'language = "vi"', f"feeds = {quoted(feeds)}", f"sitemaps = {quoted(sitemaps)}",
              f"sections = {quoted(sections)}", f"robots_sitemaps = {str(robots_sitemaps).lower()}", extra]
    path = folder / f"sources-{outlet_id}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def load_sources(path: Path) -> sources.Sources:
    return sources.load(path, user=False)
