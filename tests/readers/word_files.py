"""A minimal Word file built in memory for reader tests: paragraphs of plain text, a tab as Word's own tab."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape


def docx(paragraphs: list[str]) -> bytes:
    """A .docx holding ``paragraphs`` in order, each one run; "\\t" in a paragraph becomes a <w:tab/>."""

    def run(text: str) -> str:
        pieces = [f'<w:t xml:space="preserve">{escape(piece)}</w:t>' for piece in text.split("\t")]
        return "<w:r>" + "<w:tab/>".join(pieces) + "</w:r>"

    return docx_of_body("".join(f"<w:p>{run(p)}</w:p>" for p in paragraphs))


def docx_of_body(body: str) -> bytes:
    """A .docx whose document body is the WordprocessingML ``body`` (paragraphs, tables) as given."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        package.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>",
        )
    return buffer.getvalue()
