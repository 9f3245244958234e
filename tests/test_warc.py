"""Web archives: each archived HTML page is an article; everything else in a crawl file is passed over."""
import gzip
import io
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from bangiao.extract import pipeline
from bangiao.errors import InputError
from bangiao.reading.read import read
from bangiao.reading.warc import is_warc, read_again, read_warc
from conftest import SAMPLES

PAGE = next(SAMPLES.glob("*.html")).read_bytes()


def write_warc(path: Path, responses: list[tuple[str, str, str, bytes]], gzip: bool = True) -> Path:
    """A WARC file of HTTP responses (uri, status, content type, body), a request record before each."""
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        for uri, status, ctype, body in responses:
            writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    return path


def offsets(path: Path) -> list[int]:
    """Where each record starts in the archive's uncompressed stream (warcio's own count): the inputs' lines."""
    with (gzip.open(path) if path.suffix == ".gz" else path.open("rb")) as f:
        records = ArchiveIterator(f)
        return [records.get_record_offset() for _ in records]


CRAWL = [
    ("https://tin.example.vn/bai-viet.html", "200 OK", "text/html; charset=utf-8", PAGE),
    ("https://tin.example.vn/moved", "301 Moved Permanently", "text/html", b"<html>moved</html>"),
    ("https://tin.example.vn/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
    ("https://tin.example.vn/trong", "200 OK", "text/html", b"   "),
]


@pytest.mark.parametrize("gzip,name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_warc_pages_become_articles_and_the_rest_is_passed_over(tmp_path, gzip, name):
    path = write_warc(tmp_path / name, CRAWL, gzip)
    items = list(read([str(path)]))
    articles = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [a.url for a in articles] == ["https://tin.example.vn/bai-viet.html"]
    starts = offsets(path)
    assert articles[0].is_html and articles[0].line == starts[1]  # the request record is record 1
    assert [(e.line, e.problem) for e in errors] == [(starts[7], "empty file: nothing to read")]


def test_warc_record_of_a_page_gives_the_pages_document(tmp_path):
    path = write_warc(tmp_path / "one.warc.gz", CRAWL[:1])
    (doc,) = [d for _, d in pipeline.extract_paths([str(path)])]
    (saved,) = [d for _, d in pipeline.extract_paths([str(next(SAMPLES.glob("*.html")))])]
    assert (doc.id, doc.text, doc.published) == (saved.id, saved.text, saved.published)
    assert doc.source.url in (saved.source.url, CRAWL[0][0])


@pytest.mark.parametrize("cut", [0.005, 0.02, 0.1, 0.5, 0.99])
@pytest.mark.parametrize("gzip", [True, False])
def test_warc_damaged_file_is_an_error_not_a_crash(tmp_path, cut, gzip):
    name = "whole.warc.gz" if gzip else "whole.warc"
    whole = write_warc(tmp_path / name, CRAWL[:1], gzip).read_bytes()
    items = list(read_warc(io.BytesIO(whole[:int(len(whole) * cut)]), name, 2**20))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert any(words in items[0].problem for words in ("cut short", "not a readable web archive", "not a web archive"))


def test_warc_page_over_the_limit_is_an_error(tmp_path):
    path = write_warc(tmp_path / "big.warc.gz", CRAWL[:1])
    with path.open("rb") as stream:
        (item,) = list(read_warc(stream, str(path), 1000))
    assert isinstance(item, InputError) and "limit" in item.problem and item.line == offsets(path)[1]


def test_warc_files_are_found_in_folders(tmp_path):
    write_warc(tmp_path / "a.warc.gz", CRAWL[:1])
    assert [Path(str(i.path)).name for i in read([str(tmp_path)])] == ["a.warc.gz"]
    assert is_warc("X.WARC.GZ") and not is_warc("x.warc.gz.txt")


@pytest.mark.parametrize("gzip,name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_warc_read_again_gives_the_records_at_their_offsets(tmp_path, gzip, name):
    """``bangiao reprocess --from-source``: the pages at stored offsets read again as ``read`` read them; an offset
    holding no page is an error, one the file does not hold gives nothing; a damaged file ends quietly (the
    records past the damage, and those read with it into warcio's buffer, are not found)."""
    path = write_warc(tmp_path / name, CRAWL * 2, gzip)
    starts = offsets(path)
    (first, second) = [a for a in read([str(path)]) if not isinstance(a, InputError)]
    again = list(read_again(str(path), {second.line, starts[3], first.line, 10**9}, 2**20))
    assert again[0] == first and again[2] == second
    assert isinstance(again[1], InputError) and again[1].line == starts[3] and "no Vietnamese page" in again[1].problem
    cut = tmp_path / ("cut-" + name)
    cut.write_bytes(path.read_bytes()[:len(path.read_bytes()) // 2])
    assert {a.line for a in read_again(str(cut), {first.line, second.line}, 2**20)} <= {first.line}  # no crash
