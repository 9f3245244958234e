"""The JSON twins of the web UI's newer pages: the home page, the event list with its filters, the network of who
met whom, the map and the search page (``serve/api.py`` has the others). The same views as the pages, so they never
disagree.
"""
from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from bangiao.serve import maps, views
from bangiao.serve.access import reading
from bangiao.serve.api import JSON
from bangiao.serve.filters import Filters

router = APIRouter(prefix="/api")
FILTERS = ("Filters in the query string: since, until (YYYY, YYYY-MM or YYYY-MM-DD), type, actor, participant, "
           "country, pair, location (a place id), status (happened/planned), min_sources, undated=1; sort (-date, date,"
           " sources), page.")


def _filters(request: Request) -> Filters:
    try:
        return Filters.read(request.query_params)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None


@router.get("/home", summary="What the store holds and every partner of Việt Nam by number of events")
def api_home(request: Request) -> JSON:
    return JSON(reading(request, views.home))


@router.get("/event-list", summary="A page of filtered events with the total", description=FILTERS)
def api_event_list(request: Request) -> JSON:
    return JSON(reading(request, views.event_list, _filters(request)))


@router.get("/network", summary="Who met whom: pairs of people and countries with their events together",
            description=FILTERS)
def api_network(request: Request) -> JSON:
    return JSON(reading(request, views.network, _filters(request).event_filter()))


@router.get("/map", summary="Where the filtered events took place: places with their events and coordinates",
            description=FILTERS)
def api_map(request: Request) -> JSON:
    return JSON(reading(request, maps.places, _filters(request)))


@router.get("/find", summary="The search page: entities named, a page of articles, the count")
def api_find(request: Request, q: str, page: int = 1) -> JSON:
    return JSON(reading(request, views.find, q, max(page, 1)))
