"""The map of where events took place: the shipped outlines, coordinates of places, the drawing, the store's count of
events by place (both backends), the location filter, and the page with its JSON twin."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from fastapi.testclient import TestClient

from bangiao.errors import DataFileError
from bangiao.extract import pipeline
from bangiao.serve import maps
from bangiao.serve.app import create_app
from bangiao.serve.filters import Filters
from bangiao.store.store import EventFilter, Store

LAOS = ("Chủ tịch nước thăm Lào\nNgày 12-8, tại Viêng Chăn, Chủ tịch nước Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch "
        "nước Lào Thongloun Sisoulith. Hai bên nhất trí tăng cường hợp tác.")
HANOI = ("Thủ tướng hội đàm với Thủ tướng Lào\nNgày 6-1, tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính hội đàm với Thủ "
         "tướng Lào Sonexay Siphandone. Hai bên nhất trí thúc đẩy quan hệ kinh tế.")
HANOI_AGAIN = ("Ngày 20-3, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản Ito Naoki, hai bên trao "
               "đổi về hợp tác đầu tư.")
NOWHERE = ("Thủ tướng điện đàm với Thủ tướng Campuchia\nChiều 3-2, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng "
           "Campuchia Hun Manet về hợp tác kinh tế.")


def _fill(store: Store) -> Store:
    for i, (text, day) in enumerate([(LAOS, "2024-08-12"), (HANOI, "2024-01-06"), (HANOI_AGAIN, "2024-03-20"),
                                     (NOWHERE, "2023-02-03")]):
        store.add(pipeline.extract(text, published=day, path=f"{i}.txt"))
    return store


@pytest.fixture
def filled(make_store):
    return _fill(make_store())


def test_maps_world_outlines_are_shipped_with_their_source():
    outlines = maps.world()
    codes = {o.code for o in outlines}
    assert len(outlines) > 170 and {"VN", "LA", "KH", "CN", "US", "FR"} <= codes
    vietnam = next(o for o in outlines if o.code == "VN")
    west, south, east, north = vietnam.box
    assert 102 < west < 103 and 8 < south < 9 and 109 < east < 110 and 23 < north < 24


def test_maps_world_file_with_a_bad_feature_is_refused():
    with pytest.raises(DataFileError, match="MultiPolygon"):
        maps._outline({"properties": {"name": "X"}, "geometry": {"type": "Point", "coordinates": [0, 0]}})


@pytest.mark.parametrize("place, expected", [
    ("place:ha-noi", (21.0285, 105.8542)),
    ("place:trung-tam-hoi-nghi-quoc-gia", (21.0065, 105.7866)),  # a venue: its own, when the KB has it
    ("place:nha-quoc-hoi-lao", "parent"),  # a venue without: the city it lies in
    ("place:chau-a", None),  # a continent has no point
    ("place:no-such-place", None),
])
def test_maps_coordinates_of_places(place, expected):
    found = maps.coordinates(place)
    if expected == "parent":
        assert found == maps.coordinates("place:vientiane")
    else:
        assert found == expected


def test_maps_frame_fits_the_points_and_is_wide():
    assert maps.frame([]) == maps.WHOLE
    west, south, east, north = maps.frame([maps.MapPoint(17.97, 102.6)])
    assert west < 102.6 < east and south < 17.97 < north and east - west >= maps.LEAST_SPAN
    points = [maps.MapPoint(21.0, 105.8), maps.MapPoint(39.9, 116.4), maps.MapPoint(1.3, 103.8)]
    box = maps.frame(points)
    assert all(box[0] < p.lon < box[2] and box[1] < p.lat < box[3] for p in points)
    drawn = maps._Projection(box, 720)
    assert drawn.width >= drawn.height * (maps.WIDE - 0.01)


def test_maps_svg_map_draws_points_as_links_sized_by_events():
    points = [maps.MapPoint(21.03, 105.85, 20, "Hà Nội", "/events?location=place:ha-noi&a=<b>"),
              maps.MapPoint(17.97, 102.6, 5, "Viêng Chăn", "/events?location=place:vientiane"),
              maps.MapPoint(11.56, 104.92, 1, "Phnôm Pênh")]
    svg = str(maps.svg_map(points, highlight=("VN", "LA"), title="Nơi diễn ra", labels=2))
    radii = [float(r) for r in re.findall(r'<circle [^>]*r="([\d.]+)"', svg)]
    assert radii == sorted(radii, reverse=True) and len(radii) == 3  # the largest drawn first, the small on top
    assert radii[0] / radii[1] == pytest.approx((3 + 13) / (3 + 13 * 0.5), rel=0.01)
    assert svg.count("<a ") == 2 and "&lt;b&gt;" in svg and "<b>" not in svg  # a point without a link is no link
    assert svg.count('class="land chosen"') == 2 and svg.count("<text") == 2
    assert '<title id="map-title">Nơi diễn ra</title>' in svg and 'aria-label="Hà Nội: 20"' in svg
    width, height = map(float, re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())
    for x, y in re.findall(r'cx="([\d.-]+)" cy="([\d.-]+)"', svg):
        assert 0 < float(x) < width and 0 < float(y) < height


def test_maps_svg_map_one_small_point_for_another_page():
    svg = str(maps.svg_map([maps.MapPoint(17.97, 102.6, 1, "Viêng Chăn")], width=240, ident="project-map", labels=0))
    assert 'viewBox="0 0 240 ' in svg and 'aria-labelledby="project-map-title"' in svg and "<text" not in svg
    assert svg.count("<circle") == 1 and "<path" in svg


def test_maps_store_counts_events_by_place_and_filters_by_place(filled):
    places = dict(filled.places())
    assert places["place:ha-noi"] == 2 and places["place:vientiane"] >= 1 and None not in places
    assert filled.places(EventFilter(pair=("VN", "JP"))) == [("place:ha-noi", 1)]
    assert dict(filled.places(EventFilter(since="2024-08"))).keys() == {"place:vientiane"}
    for place, n in places.items():
        chosen = EventFilter(location=place)
        assert filled.count_events(chosen) == n == len(filled.event_page(chosen, "date"))
        assert all(e["location"] == place for e in filled.events(chosen))
    assert filled.count_events(EventFilter(location="place:ha-noi", pair=("VN", "LA"))) == 1


def test_maps_location_filter_read_from_the_url():
    f = Filters.read({"location": "place:vientiane", "pair": "vn-la"})
    assert f.event_filter().location == "place:vientiane" and "location=place%3Avientiane" in f.query()
    assert f.active() and not Filters.read({"page": "2"}).active()
    with pytest.raises(ValueError, match="place id"):
        Filters.read({"location": "Vientiane"})


@pytest.fixture
def client():
    store = _fill(Store(":memory:", shared=True))
    yield TestClient(create_app(store=store))
    store.close()


def test_maps_page_points_and_table_link_to_the_filtered_list(client):
    page = client.get("/map?pair=VN-LA")
    assert page.status_code == 200 and "<svg class=\"map\"" in page.text
    links = [unquote(h).replace("&amp;", "&") for h in re.findall(r'<a href="(/events\?[^"]+)" aria-label', page.text)]
    assert links and all("pair=VN-LA" in h and "location=place:" in h for h in links)
    for href in links:
        query = parse_qs(urlsplit(href).query)
        listed = client.get(href)
        total = int(re.search(r'id="total-count">(\d+)', listed.text).group(1))
        label = re.search(rf'<a href="{re.escape(href.replace("&", "&amp;").replace(":", "%3A"))}" aria-label="[^"]*: '
                          r'(\d+)"', page.text)
        assert total == int(label.group(1)) and query["location"][0] in listed.text
    assert re.search(r'id="placed">\d+ trong \d+ sự kiện', page.text)


def test_maps_page_in_english_and_bad_place(client):
    page = client.get("/map?lang=en")
    assert "Where events took place" in page.text and "Hanoi" in page.text and "Vientiane" in page.text
    assert client.get("/map?location=Hanoi").status_code == 400


def test_maps_json_twin_returns_the_places(client):
    data = client.get("/api/map?since=2024").json()
    assert data["total"] >= data["placed"] >= 3
    hanoi = next(p for p in data["places"] if p["id"] == "place:ha-noi")
    assert hanoi["events"] == 2 and hanoi["country"] == "VN" and hanoi["coordinates"] == [21.0285, 105.8542]
    assert client.get("/api/map?location=x").status_code == 422


TRADE = ("Thương mại Việt Nam - Lào\nKim ngạch thương mại song phương Việt Nam - Lào 10 tháng đầu năm 2025 đạt 2,5 "
         "tỷ USD, tăng 50% so với cùng kỳ năm 2024.")


def test_maps_dashboard_figures_say_their_months_in_english():
    store = Store(":memory:", shared=True)
    store.add(pipeline.extract(TRADE, published="2025-11-20", path="t.txt"))
    figure = next(f for f in store.pair_figures(("VN", "LA")) if f["kind"] == "trade_turnover")
    assert figure["period"] == "2025-01/2025-10"  # the span, not its first month
    client = TestClient(create_app(store=store))
    english, vietnamese = client.get("/?pair=VN-LA&lang=en").text, client.get("/?pair=VN-LA").text
    assert "Jan–Oct 2025" in english and ">10 tháng đầu năm 2025<" not in english  # only in its evidence sentence
    assert ">10 tháng đầu năm 2025<" in vietnamese
    store.close()
