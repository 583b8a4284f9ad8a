"""Decoding pages whose charset labels lie."""

from crawler.parsers.document import decode

CYRILLIC = "Цены на бруснику выросли, — сказала «Вера Сидорова». " * 4


def test_header_charset_is_used():
    assert decode("Café “x”".encode("cp1252"), "text/html; charset=windows-1252") == "Café “x”"


def test_windows_1251_labelled_utf8_is_redetected():
    assert decode(CYRILLIC.encode("cp1251"), "text/html; charset=utf-8") == CYRILLIC


def test_windows_1252_labelled_utf8_is_redetected_as_windows_1252_not_a_lookalike():
    """Found by the soak: a few accented letters fit cp1250 as well, and it came first (ï -> ď)."""
    page = "<html><body><p>" + "The council met on Tuesday to discuss the budget and the new rail line. " * 20
    page += "Story 27: the café “Zürich” on the naïve façade — reported here.</p></body></html>"
    assert decode(page.encode("cp1252"), "text/html; charset=utf-8") == page


def test_utf8_labelled_windows_1251_is_read_as_utf8():
    assert decode(CYRILLIC.encode("utf-8"), "text/html; charset=windows-1251") == CYRILLIC


def test_a_few_bad_bytes_in_utf8_stay_utf8_with_replacements():
    text = decode("“Quoted” words ".encode() * 10 + b"\xff\xfe", "text/html; charset=utf-8")
    assert text.startswith("“Quoted” words")
    assert text.endswith("\ufffd\ufffd")


def test_meta_charset_without_header():
    page = '<html><head><meta charset="windows-1251"></head><body><p>“Привет”</p></body></html>'
    assert "“Привет”" in decode(page.encode("cp1251"), None)


def test_byte_order_mark_is_dropped():
    assert decode("\ufeff<p>é</p>".encode("utf-8"), None) == "<p>é</p>"
