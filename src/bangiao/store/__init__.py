"""Stage 3, store: documents kept, near-duplicates found, events fused across articles, searched and queried.

The rest of the code talks to a store through ``bangiao.store.store.Store`` only, never to a database driver.
"""
