"""Beyond one machine: the extractor as an Apache Spark job (``bangiao spark extract``) and the loading of its
output into a store (``bangiao load``). Needs the ``spark`` extra: ``pip install 'bangiao[spark]'``."""
