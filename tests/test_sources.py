"""The outlets to follow: the packaged sources.toml, a user's file over it, validation, `bangiao sources`."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bangiao.cli import app
from bangiao.errors import SourcesError
from bangiao.reading import sources

runner = CliRunner()
NAMED = {"nhandan", "vietnamplus", "baotintuc", "baoquocte", "vov", "tuoitre", "vnexpress", "baochinhphu", "kpl", "akp"}


def test_sources_packaged_file_names_the_outlets_of_the_issue():
    loaded = sources.load(user=False)
    assert set(loaded.outlets) == NAMED
    for outlet in loaded.outlets.values():
        assert outlet.language == "vi" and outlet.hosts
        assert outlet.feeds or outlet.sitemaps or outlet.sections or outlet.robots_sitemaps
        assert all(outlet.owns(u) for u in outlet.feeds + outlet.sitemaps + outlet.sections)
    assert {o.id for o in loaded.pick(None)} == NAMED - {"kpl", "akp"}  # unconfirmed editions: only when named
    assert loaded.settings.delay >= 1 and "bangiao" in loaded.settings.user_agent


def write(tmp_path, body: str, name="sources.toml"):
    path = tmp_path / name
    path.write_text('[meta]\nversion = 1\nkind = "sources"\n' + body, encoding="utf-8")
    return path


OUTLET = '[[outlet]]\nid = "{id}"\nname = "X"\nhomepage = "https://x.vn/"\nhosts = ["x.vn"]\nfeeds = ["https://x.vn/rss"]\n'


def test_sources_user_file_adds_replaces_disables_and_tunes(tmp_path):
    body = ("[crawl]\ndelay = 5\n[language]\nmin_share = 0.2\n" + OUTLET.format(id="moi")
            + '[[outlet]]\nid = "vov"\nname = "VOV"\nhomepage = "https://vov.vn/"\nhosts = ["vov.vn"]\n'
              'feeds = ["https://vov.vn/rss/the-gioi.rss"]\nenabled = false\n')
    loaded = sources.load(write(tmp_path, body), user=False)
    assert loaded.settings.delay == 5.0 and loaded.settings.timeout == 20.0 and loaded.language.min_share == 0.2
    assert loaded.outlets["moi"].feeds == ("https://x.vn/rss",)
    assert loaded.outlets["vov"].feeds == ("https://vov.vn/rss/the-gioi.rss",)
    picked = {o.id for o in loaded.pick(None)}
    assert "moi" in picked and "vov" not in picked
    assert [o.id for o in loaded.pick(["vov"])] == ["vov"]


def test_sources_user_config_folder_file_is_read(tmp_path, monkeypatch):
    path = write(tmp_path, OUTLET.format(id="cua-toi"))
    monkeypatch.setattr(sources, "user_file", lambda: path)
    assert "cua-toi" in sources.load().outlets
    assert "cua-toi" not in sources.load(user=False).outlets


@pytest.mark.parametrize("body,problem", [
    ("[crawl]\ndelay = -1\n", "delay must be a non-negative float"),
    ("[crawl]\ndelai = 1\n", "unknown key 'delai'"),
    ("[crawl]\nretries = 1.5\n", "retries must be a non-negative int"),
    ("[crowl]\n", "unknown table"),
    (OUTLET.format(id="Bad Id"), "id must be a lower-case slug"),
    (OUTLET.format(id="a") + OUTLET.format(id="a"), "listed twice"),
    (OUTLET.format(id="a").replace('feeds = ["https://x.vn/rss"]', 'feeds = ["https://y.vn/rss"]'), "not on one of its hosts"),
    (OUTLET.format(id="a").replace('feeds = ["https://x.vn/rss"]', 'feeds = ["ftp://x.vn/rss"]'), "not an http(s) URL"),
    (OUTLET.format(id="a").replace('feeds = ["https://x.vn/rss"]', ""), "nothing to crawl"),
    (OUTLET.format(id="a").replace('hosts = ["x.vn"]', 'hosts = ["X.VN"]'), "lower-case host names"),
    (OUTLET.format(id="a") + 'include = ["("]\n', "not a regular expression"),
    (OUTLET.format(id="a") + 'drop = ["//div[@class="]\n', "not an XPath"),
    (OUTLET.format(id="a") + 'feed = ["https://x.vn/rss"]\n', "unknown key(s) ['feed']"),
    (OUTLET.format(id="a") + "enabled = 1\n", "enabled must be true or false"),
    (OUTLET.format(id="a").replace('name = "X"\n', ""), "has no 'name'"),
])
def test_sources_bad_user_file_names_the_problem(tmp_path, body, problem):
    with pytest.raises(SourcesError) as caught:
        sources.load(write(tmp_path, body), user=False)
    assert problem in str(caught.value) and "sources.toml" in str(caught.value)


def test_sources_user_file_needs_its_header(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text(OUTLET.format(id="a"), encoding="utf-8")
    with pytest.raises(SourcesError, match="no \\[meta\\] table"):
        sources.load(path, user=False)
    with pytest.raises(SourcesError, match="no such file"):
        sources.load(tmp_path / "missing.toml", user=False)


def test_sources_unknown_outlet_is_named():
    with pytest.raises(SourcesError, match="no outlet nobody"):
        sources.load(user=False).pick(["nobody"])


@pytest.mark.parametrize("url,outlet", [("https://vnexpress.net/a-1.html", "vnexpress"),
                                        ("https://www.vietnamplus.vn/x.vnp", "vietnamplus"),
                                        ("https://example.com/", None)])
def test_sources_outlet_of_a_url(url, outlet):
    found = sources.load(user=False).outlet_of(url)
    assert (found.id if found else None) == outlet


def test_sources_include_and_exclude_patterns():
    outlet = sources.Outlet("a", "A", "https://x.vn/", ("x.vn",), include=(r"^/the-gioi/",), exclude=(r"/video/",))
    assert outlet.wants("https://x.vn/the-gioi/bai.html")
    assert not outlet.wants("https://x.vn/the-thao/bai.html") and not outlet.wants("https://x.vn/the-gioi/video/1")


def test_sources_command_lists_the_outlets(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "user_file", lambda: tmp_path / "none.toml")
    result = runner.invoke(app, ["sources", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["id"] for r in rows} == NAMED
    assert next(r for r in rows if r["id"] == "vnexpress")["feeds"]
    table = runner.invoke(app, ["sources"])
    assert "vov" in table.stdout and "kpl" in table.stdout
    bad = runner.invoke(app, ["sources", "--sources", str(tmp_path / "missing.toml")])
    assert bad.exit_code == 2 and "no such file" in bad.output
