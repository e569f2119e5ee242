"""Minimal Word and OpenDocument files built in memory for reader tests: paragraphs of plain text (a tab as
Word's own tab), "# " lines as headings, or a body given as XML."""

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


ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def odt_of_text(body: str, *, kind: str = "text", manifest: str = "") -> bytes:
    """An .odt whose office:text holds the OpenDocument XML ``body`` (paragraphs, headings, tables, frames, links,
    notes) as given, the mimetype first and stored as an office suite writes it; ``kind`` names another body
    ("spreadsheet"), ``manifest`` adds a META-INF/manifest.xml."""
    content = f"<office:document-content {ODT_NAMESPACES}><office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", content)
        if manifest:
            package.writestr("META-INF/manifest.xml", manifest)
    return buffer.getvalue()


def odt(*blocks: str) -> bytes:
    """An .odt of ``blocks`` in order: a paragraph each, a block starting "# " a level-1 heading."""
    return odt_of_text("".join(
        f'<text:h text:outline-level="1">{escape(b[2:])}</text:h>' if b.startswith("# ") else f"<text:p>{escape(b)}</text:p>"
        for b in blocks
    ))  # fmt: skip
