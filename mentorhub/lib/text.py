"""Text compared the way people expect: "São Paulo" finds "sao paulo", "Ärzte" finds "arzte".

No Django import, so the pure modules (matching score, coaches) can use it.
"""

import unicodedata

__all__ = ["fold"]


def fold(text) -> str:
    """Text for comparing, never for showing: compatibility forms unfolded (NFKD: "ﬁ" is "fi", "²" is "2"), accents
    dropped and case folded ("ß" is "ss")."""
    text = str(text)
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
