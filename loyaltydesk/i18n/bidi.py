"""Direction of mixed Persian/Latin text on screen (Unicode bidirectional isolates and marks).

A sentence takes its direction from its first strong letter, so a Persian sentence that
starts with a Latin reward name ("Free meal به ۱۰۰ امتیاز…") would be laid out left to right.
Text that comes from a person (a name, a code, what was typed) is isolated, and a sentence
starts with the mark of its own language.
"""

from __future__ import annotations

LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE
FSI = "\u2068"  # FIRST STRONG ISOLATE: the isolate takes the direction of its own text
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
LRM = "\u200e"
RLM = "\u200f"


def isolate(text: str) -> str:
    """``text`` as one unit with its own direction, whatever surrounds it."""
    return f"{FSI}{text}{PDI}" if text else text


def paragraph(text: str, language: str) -> str:
    """A whole sentence laid out in its language's direction, whatever letter it starts with."""
    mark = RLM if language == "fa" else LRM
    return text if not text or text.startswith(mark) else mark + text
