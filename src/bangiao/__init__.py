"""bangiao: who met whom, when and where, in Vietnamese news on Vietnam's foreign relations.

The public surface is small: ``bangiao.extract(text)`` gives the extraction
record (``bangiao.Document``) of one article; the ``bangiao`` command line and
the HTTP API do the rest.
"""
from bangiao.errors import BangiaoError, DataFileError, InputError, StoreError
from bangiao.model import Document, to_dict
from bangiao import extract  # the extract stage's package, callable as the function (see bangiao/extract)

__version__ = "0.1.0"
__all__ = ["extract", "Document", "to_dict", "BangiaoError", "InputError", "DataFileError", "StoreError"]
