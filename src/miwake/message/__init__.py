"""Mail parsing: raw bytes in, a bounded, decoded `ParsedMessage` out (see parse.py)."""

from miwake.message.parse import looks_like_mail, parse_file, parse_message
from miwake.message.types import (
    Address,
    Attachment,
    Defect,
    Form,
    Image,
    Link,
    ParsedMessage,
    TextPart,
)

__all__ = [
    "Address",
    "Attachment",
    "Defect",
    "Form",
    "Image",
    "Link",
    "ParsedMessage",
    "TextPart",
    "looks_like_mail",
    "parse_file",
    "parse_message",
]
