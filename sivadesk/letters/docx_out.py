"""A letter as a Word document: a .docx template (shipped or the register's own) filled by docxtpl.

The shipped templates are ``resources/letters/{fr,fa,en}.docx`` (built by
``scripts/make-letter-templates.py``). Besides the fields of
:meth:`~sivadesk.letters.render.LetterContext.as_mapping`, a template may place the images
``logo_image``, ``signature_image``, ``seal_image`` and ``qr_image``: each is an inline picture, or
empty text when there is none (the signature and the seal exist only once the signer approved);
and ``body_rich``, the body's paragraphs with their bold / italic / underline, for
``{%p for para in body_rich %}{{r para }}{%p endfor %}``.
"""

from __future__ import annotations

import io
import logging
import zipfile
from typing import Any

from sivadesk.assets import resource
from sivadesk.errors import QT_TRANSLATE_NOOP, ValidationError
from sivadesk.letters.render import LetterContext, Run

log = logging.getLogger("sivadesk.letters.docx")

#: Printed widths of the images, in millimetres.
IMAGE_WIDTHS_MM = {"logo_image": 28.0, "signature_image": 40.0, "seal_image": 30.0, "qr_image": 22.0}


def shipped_template(language: str) -> bytes:
    return resource("letters", f"{language}.docx").read_bytes()


def _image(tpl: Any, data: bytes | None, width_mm: float) -> Any:
    if not data:
        return ""
    from docx.shared import Mm
    from docxtpl import InlineImage

    return InlineImage(tpl, io.BytesIO(data), width=Mm(width_mm))


def _rich_paragraphs(ctx: LetterContext) -> list[Any]:
    """The body's paragraphs as docxtpl RichText (bold, italic, underline kept), for ``{{r para }}``."""
    from docxtpl import RichText

    paragraphs = ctx.body_runs or tuple((Run(p),) for p in ctx.body_paragraphs)
    out = []
    for runs in paragraphs:
        rich = RichText()
        for r in runs:
            rich.add(r.text, bold=r.bold, italic=r.italic, underline=r.underline, rtl=ctx.rtl)
        out.append(rich)
    return out


def render_docx(ctx: LetterContext, template: bytes | None = None) -> bytes:
    """The filled document. ``template``: a .docx with docxtpl fields (default: the shipped one of
    the letter's language). A template that does not parse is a :class:`ValidationError`."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError

    source = template if template is not None else shipped_template(ctx.language)
    try:
        tpl = DocxTemplate(io.BytesIO(source))
        tpl.init_docx()
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        log.error("letter template does not open: %s", exc)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is not a Word (.docx) document."),
            field="template",
            name="template",
        ) from exc
    values = ctx.as_mapping()
    values["logo_image"] = _image(tpl, ctx.logo, IMAGE_WIDTHS_MM["logo_image"])
    values["signature_image"] = _image(tpl, ctx.signature, IMAGE_WIDTHS_MM["signature_image"])
    values["seal_image"] = _image(tpl, ctx.seal, IMAGE_WIDTHS_MM["seal_image"])
    values["qr_image"] = _image(tpl, ctx.qr_png, IMAGE_WIDTHS_MM["qr_image"])
    values["body_rich"] = _rich_paragraphs(ctx)
    try:
        tpl.render(values, autoescape=True)
    except TemplateError as exc:
        log.error("letter template %s: %s", getattr(exc, "lineno", ""), exc)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The letter template has an error: {error}"),
            field="template",
            error=str(exc),
        ) from exc
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()
