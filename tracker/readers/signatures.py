"""What a file's bytes are, by their signature: for a file named for another format, or for none.

A PDF starts with ``%PDF-``, an RTF document with ``{\\rtf``; Office Open XML, OpenDocument and
EPUB files are zip packages told apart by the parts they hold (``word/document.xml``, the
``mimetype`` entry, ``META-INF/container.xml``); old Office files (.xls, .doc, .ppt, Outlook's .msg)
and password-protected Office Open XML files are OLE compound files told apart by their streams
(read with xlrd's compound-document reader, which the .xls reader already uses). Only a certain
answer is given: a damaged package or an unreadable compound file gives None, and the reader its
name picks reports what is wrong with it.
"""

from __future__ import annotations

import io
import re
import zipfile

from tracker.readers.archive import MAX_ENTRIES

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An Office Open XML document saved with a password: an OLE file holding the encrypted package.
ENCRYPTED_OFFICE = "encrypted office document"
_RTF_START = re.compile(rb"(?:\xef\xbb\xbf)?\s{0,100}\{\\rtf")
# Office Open XML packages: the part that says which one, beside [Content_Types].xml.
_OOXML_PARTS = (("word/document.xml", ".docx"), ("xl/workbook.xml", ".xlsx"), ("ppt/presentation.xml", ".pptx"))
_OPENDOCUMENT_TYPES = {
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/epub+zip": ".epub",
}
# Parts of an office package or e-book: a zip holding one of them but no part above is a damaged
# document, not an archive of files.
_PACKAGE_PREFIXES = ("[Content_Types].xml", "word/", "xl/", "ppt/", "mimetype", "META-INF/", "content.xml", "_rels/")
# OLE streams that say which old Office file it is.
_OLE_STREAMS = (("Workbook", ".xls"), ("Book", ".xls"), ("WordDocument", ".doc"), ("PowerPoint Document", ".ppt"), ("EncryptedPackage", ENCRYPTED_OFFICE))
_MSG_STREAM_PREFIX = "__substg1.0_"


def content_extension(data: bytes) -> str | None:
    """The extension of the format ``data`` is (``.pdf``, ``.docx``, ``.xls``, ``.zip``, ``.msg``...,
    or ``ENCRYPTED_OFFICE``), when its signature says so for certain; else None."""
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    if data.startswith(OLE_MAGIC):
        return _ole_kind(data)
    if _RTF_START.match(data[:128]):
        return ".rtf"
    return None


def _zip_kind(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            if len(infos) > MAX_ENTRIES:
                return None  # the reader its name picks refuses it with the count
            names = {info.filename for info in infos}
            mimetype = package.getinfo("mimetype") if "mimetype" in names else None
            declared = package.read(mimetype)[:100].decode("ascii", "replace").strip() if mimetype and mimetype.file_size <= 100 else ""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, NotImplementedError, RuntimeError):
        return None
    if declared in _OPENDOCUMENT_TYPES:
        return _OPENDOCUMENT_TYPES[declared]
    if "[Content_Types].xml" in names:
        found = next((extension for part, extension in _OOXML_PARTS if part in names), None)
        if found:
            return found
    if "META-INF/container.xml" in names and not declared:
        return ".epub"
    if any(name.startswith(_PACKAGE_PREFIXES) for name in names):
        return None
    return ".zip"


def _ole_kind(data: bytes) -> str | None:
    import xlrd.compdoc  # the compound-document reader xlrd reads .xls files with

    try:
        names = [entry.name for entry in xlrd.compdoc.CompDoc(data, logfile=io.StringIO()).dirlist]
    except Exception:  # noqa: BLE001 - xlrd on a damaged or hostile compound file raises many kinds
        return None
    found = next((extension for stream, extension in _OLE_STREAMS if stream in names), None)
    if found:
        return found
    return ".msg" if any(name.startswith(_MSG_STREAM_PREFIX) for name in names) else None
