"""Zip archives of dumps, read in memory with hard limits.

Nothing is extracted to disk. Limits hold against lying headers: declared sizes
are summed and capped before reading, and each entry is streamed with a byte
budget, so a zip bomb stops at the cap whatever its headers say.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath

from tracker.readers.errors import FormatError

MAX_ENTRIES = 2_000
MAX_MEMBER_BYTES = 25 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024
# Uncompressed/compressed ratio above which an entry is a bomb; news text compresses
# about 3-10x, so 200x leaves room for repetitive pages. Small entries are exempt.
MAX_RATIO = 200
RATIO_EXEMPT_BYTES = 1024 * 1024
CHUNK = 64 * 1024

NESTED_ARCHIVE_EXTENSIONS = (".zip", ".gz", ".tgz", ".tar", ".bz2", ".xz", ".7z", ".rar", ".zst", ".jar")
# Files archivers and desktops add on their own; never news.
_IGNORED_PARTS = ("__MACOSX",)


def _unsafe(name: str) -> bool:
    normalized = name.replace("\\", "/")
    if normalized.startswith("/") or (len(normalized) > 1 and normalized[1] == ":"):
        return True
    return any(part == ".." for part in normalized.split("/"))


def _ignored(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return any(p in _IGNORED_PARTS for p in parts) or parts[-1].startswith(".")


def _read_limited(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """An entry's bytes, refusing it as soon as it passes its declared size or ``budget``."""
    limit = min(info.file_size, budget)
    chunks = []
    size = 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > limit:
                if size > info.file_size:
                    raise FormatError(f"member {info.filename!r} is larger than its header says (corrupt or hostile archive)")
                raise FormatError(f"member {info.filename!r} is over the size limit")
            chunks.append(chunk)
    return b"".join(chunks)


def open_zip(data: bytes, *, invalid: str) -> zipfile.ZipFile:
    """The zip archive or office package ``data`` holds; refused as ``invalid`` ("not a valid zip
    archive"), with the zip module's reason, when it is none."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise FormatError(f"{invalid} ({exc})") from None


def check_member(info: zipfile.ZipInfo, *, what: str, encrypted: str) -> None:
    """Refuse a package's or archive's entry that is encrypted (``encrypted`` the reason) or whose
    declared size or compression ratio is over the caps (``what`` names it: "member 'a.txt'",
    "the workbook's part 'xl/sharedStrings.xml'")."""
    if info.flag_bits & 0x1:
        raise FormatError(encrypted)
    if info.file_size > MAX_MEMBER_BYTES:
        raise FormatError(f"{what} declares {info.file_size} bytes, over the limit of {MAX_MEMBER_BYTES}")
    if info.file_size > RATIO_EXEMPT_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise FormatError(f"{what} compresses {info.file_size // max(info.compress_size, 1)}:1 (zip bomb?)")


def iter_members(data: bytes, *, accepted: tuple[str, ...], extension_of: Callable[[str], str]) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of each readable entry, in archive order.

    Refuses the whole archive for: too many entries, unsafe names (``../``,
    absolute), nested archives, encryption, declared or actual sizes over the
    caps, and bomb-like compression ratios. Directories, dot-files and types
    other than ``accepted`` are skipped.
    """
    with open_zip(data, invalid="not a valid zip archive") as archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise FormatError(f"archive has {len(infos)} entries, more than the limit of {MAX_ENTRIES}")
        selected = []
        declared_total = 0
        for info in infos:
            name = info.filename
            if _unsafe(name):
                raise FormatError(f"unsafe member name {name!r} (absolute path or '..')")
            if info.is_dir() or _ignored(name):
                continue
            extension = extension_of(name)
            if extension in NESTED_ARCHIVE_EXTENSIONS:
                raise FormatError(f"nested archive {name!r} (archives inside archives are refused)")
            if extension not in accepted:
                continue
            check_member(info, what=f"member {name!r}", encrypted=f"member {name!r} is encrypted")
            declared_total += info.file_size
            selected.append(info)
        if declared_total > MAX_TOTAL_BYTES:
            raise FormatError(f"archive declares {declared_total} uncompressed bytes, over the limit of {MAX_TOTAL_BYTES}")
        budget = MAX_TOTAL_BYTES
        for info in selected:
            try:
                content = _read_limited(archive, info, min(budget, MAX_MEMBER_BYTES))
            except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, ValueError) as exc:
                raise FormatError(f"member {info.filename!r} cannot be read ({exc})") from None
            budget -= len(content)
            yield info.filename, content
