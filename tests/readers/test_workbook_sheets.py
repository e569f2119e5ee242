"""Readers: every workbook format (.xlsx, .xls, .ods) reads its sheets one way: a refusal names the
sheet at fault by the name the user sees on its tab."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.readers import ReadError, read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
# A worksheet's BIFF8 opening record (BOF, version 0x0600, stream type 0x0010 = worksheet).
WORKSHEET_BOF = b"\x09\x08\x10\x00\x00\x06\x10\x00"


@pytest.mark.parametrize("damage", [b"\x09\x08\x10\x00\x00\x06\x99\x00", b"\xff" * 8])
def test_a_damaged_sheet_of_an_old_excel_workbook_is_refused_by_its_name(damage):
    data = (FIXTURES / "harbour_monitor_libreoffice.xls").read_bytes()
    assert data.count(WORKSHEET_BOF) == 1  # one worksheet, on the tab "harbour_monitor"
    with pytest.raises(ReadError) as caught:
        read_document(data.replace(WORKSHEET_BOF, damage), "monitor.xls", reference_date=dt.date(2025, 1, 1))
    assert caught.value.reason.startswith("sheet 'harbour_monitor' cannot be read")
