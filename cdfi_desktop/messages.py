"""Texts for error codes, in Thai and English, shared by the command line and the screens."""

from __future__ import annotations

_TEXTS: dict[str, tuple[str, str]] = {
    "db_not_sqlite": (
        "ไฟล์ {location} ไม่ใช่ฐานข้อมูลของโปรแกรมนี้ (ไม่ใช่ไฟล์ SQLite) โปรแกรมไม่ได้แก้ไขไฟล์นี้",
        "{location} is not a database of this app (not an SQLite file). The file was not changed.",
    ),
    "db_corrupt": (
        "ฐานข้อมูล {location} เสียหาย เปิดใช้ไม่ได้ โปรแกรมไม่ได้แก้ไขไฟล์นี้ กรุณาใช้ไฟล์สำรองในโฟลเดอร์ backups หรือติดต่อผู้ดูแลระบบ",
        "The database {location} is damaged and cannot be opened. It was not changed. "
        "Use a copy from the backups folder or ask your administrator.",
    ),
    "db_foreign": (
        "ฐานข้อมูล {location} เป็นของโปรแกรมอื่น โปรแกรมไม่ได้แก้ไขไฟล์นี้",
        "The database {location} belongs to another program. It was not changed.",
    ),
    "db_newer": (
        "ฐานข้อมูล {location} สร้างด้วยโปรแกรมรุ่นที่ใหม่กว่า กรุณาปรับปรุงโปรแกรมก่อนเปิดใช้ โปรแกรมไม่ได้แก้ไขไฟล์นี้",
        "The database {location} was written by a newer release of this app. Update the app to open it. "
        "It was not changed.",
    ),
    "db_unreadable": (
        "อ่านฐานข้อมูล {location} ไม่ได้: {detail}",
        "The database {location} cannot be read: {detail}",
    ),
    "demo_not_empty": (
        "ฐานข้อมูลนี้มีข้อมูลสถาบันอยู่แล้ว จึงไม่สร้างข้อมูลตัวอย่างทับ",
        "This database already holds an institute; demo data is only made in an empty database.",
    ),
}


def message(code: str, language: str = "th", **params: object) -> str:
    """The text for ``code`` in ``language`` ("th" or "en"), with ``params`` filled in."""
    th, en = _TEXTS.get(code, (code, code))
    template = en if language == "en" else th
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
