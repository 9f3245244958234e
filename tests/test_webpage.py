import pytest

from bangiao.extract import pipeline
from bangiao.errors import InputError
from bangiao.reading.webpage import read_page

PAGE = """<!doctype html><html><head><title>Thủ tướng hội đàm | Báo Nhân Dân</title>
<meta property="og:title" content="Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet">
<meta property="og:site_name" content="Báo Nhân Dân">
<meta property="og:url" content="https://nhandan.vn/thu-tuong-hoi-dam.html">
<meta property="article:published_time" content="2023-12-11T18:30:00+07:00">
</head><body>
<nav class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/chinhtri">Chính trị</a></nav>
<article>
<h1>Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet</h1>
<p class="sapo">Sáng 11-12, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính chủ trì lễ đón và hội đàm với Thủ tướng Campuchia Hun Manet, nhân chuyến thăm chính thức Việt Nam đầu tiên của ông.</p>
<figure><img src="hoi-dam-01.jpg"><figcaption>Hai Thủ tướng tại lễ đón. Ảnh: Trần Hải</figcaption></figure>
<p>Hai Thủ tướng nhất trí phấn đấu đưa kim ngạch thương mại song phương lên 20 tỷ USD trong thời gian tới, tăng cường kết nối hạ tầng giao thông giữa hai nước.</p>
<div class="box-related"><h3>Tin cùng chuyên mục</h3>
<p><a href="/a">Chủ tịch Quốc hội tiếp Đại sứ Nhật Bản</a></p>
<p><a href="/b">Phó Thủ tướng làm việc với đoàn doanh nghiệp Hàn Quốc tại Seoul</a></p></div>
<p>Sau hội đàm, hai Thủ tướng đã chứng kiến lễ ký kết các văn kiện hợp tác trong lĩnh vực giáo dục, y tế và thương mại biên giới.</p>
</article>
<div class="share">Chia sẻ Facebook Zalo</div>
<div id="comments"><h4>Ý kiến bạn đọc</h4><p>Tối đa: 1500 ký tự</p></div>
<footer><p>Bản quyền thuộc về Báo Nhân Dân. Tòa soạn: 71 Hàng Trống, Hà Nội.</p></footer>
</body></html>"""


def test_webpage_main_text_and_metadata():
    page = read_page(PAGE)
    assert page.title == "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia Hun Manet"
    assert page.published == "2023-12-11"
    assert page.source.name == "Báo Nhân Dân" and page.source.url == "https://nhandan.vn/thu-tuong-hoi-dam.html"
    assert "20 tỷ USD" in page.cleaned.text and "chứng kiến lễ ký kết" in page.cleaned.text


def test_webpage_inline_related_block_does_not_leak():
    page = read_page(PAGE)
    assert "Tin cùng chuyên mục" not in page.cleaned.text
    assert "Đại sứ Nhật Bản" not in page.cleaned.text and "Seoul" not in page.cleaned.text
    related = " ".join(r.text for r in page.cleaned.removed if r.kind == "related")
    assert "Đại sứ Nhật Bản" in related


def test_webpage_dropped_furniture_is_kept_in_removed():
    removed = {r.kind: r.text for r in read_page(PAGE).cleaned.removed}
    everything = " ".join(removed.values())
    assert "Tối đa: 1500 ký tự" in removed.get("comments", "")
    assert "Chia sẻ Facebook Zalo" in removed.get("share", "")
    assert "Ảnh: Trần Hải" in everything and "Bản quyền" in everything


@pytest.mark.parametrize("html", [
    "<html><body><nav>Trang chủ</nav><footer>Liên hệ</footer></body></html>",
    "<html><head><title>x</title></head><body></body></html>",
    "<<<>>>",
])
def test_webpage_without_article_is_an_input_error(html):
    with pytest.raises(InputError, match="no article text"):
        read_page(html, "page.html")


def test_webpage_through_pipeline_sets_published_and_source():
    doc = pipeline.extract(PAGE)
    assert doc.published is not None and doc.published.value == "2023-12-11" and doc.published.basis == "stated"
    assert doc.source.name == "Báo Nhân Dân"
    assert doc.title.startswith("Thủ tướng Phạm Minh Chính hội đàm")


def test_webpage_figcaption_is_a_caption_placed_before_the_next_paragraph():
    page = read_page(PAGE.replace("Hai Thủ tướng tại lễ đón. Ảnh: Trần Hải", "Hai Thủ tướng duyệt đội danh dự tại Trụ sở Chính phủ"))
    cut = next(c for c in page.cleaned.cuts if "duyệt đội danh dự" in c.text)
    assert cut.kind == "caption" and cut.start == -1
    assert page.cleaned.text[cut.at:].startswith("Hai Thủ tướng nhất trí phấn đấu")
    assert [(c.kind, c.text) for c in page.cleaned.cuts] == [(r.kind, r.text) for r in page.cleaned.removed]
