"""Numbers as Chinese newspapers write them: ``12``, ``１２``, ``十二``, ``二十``, ``二〇二二``."""

from __future__ import annotations

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_FULL_WIDTH = {ord(c): ord("0") + i for i, c in enumerate("０１２３４５６７８９")}


def parse_number(text: str | None) -> int | None:
    """The value of a written number up to 99 (or a four-digit year in characters); ``None`` if
    ``text`` is not one."""
    if not text:
        return None
    text = text.translate(_FULL_WIDTH)
    if text.isdigit():
        return int(text)
    if all(c in CN_DIGITS for c in text) and len(text) == 4:  # 二〇二二
        return int("".join(str(CN_DIGITS[c]) for c in text))
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)
    if len(text) == 1 and text in CN_DIGITS:
        return CN_DIGITS[text]
    return None
