"""Patterns, small helpers and the per-sentence record that several parts of the statement extractor (statements, resolution, attribution, rows ...) share."""

from __future__ import annotations

import re

_LABEL_PLACE_RE = re.compile("^\\W*([A-Z][^,;:#]{1,40}?)\\s*(?::|\\s[-\u2013\u2014]+)\\s*$")

