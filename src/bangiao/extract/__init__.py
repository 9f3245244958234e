"""Stage 2, extract: a clean text to a ``Document`` of facts (entities, dates, events, agreements, figures).

The stage's modules are ``bangiao.extract.<module>``; the package itself is also the public function:
``bangiao.extract(text, ...)`` runs ``bangiao.extract.pipeline.extract`` (one name for the stage and the act,
without the function shadowing the package).
"""
from __future__ import annotations

import sys
import types
from typing import Any


class _Stage(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from bangiao.extract.pipeline import extract

        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _Stage
