"""Printing letters: the merge context, DOCX through docxtpl, PDF through LibreOffice and through the
built-in renderer (Persian joined, right to left, digits in order), images only after approval,
pre-printed paper, print settings, signature ownership. Real stores (SQLite and PostgreSQL), real
files: text is checked as pdftotext extracts it."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest

from core.letter_samples import (
    FA_SUBJECT,
    FR_SUBJECT,
    make_letter,
    pdf_pages,
    pdf_text,
    png,
)
from sivadesk.calendars import to_jalali
from sivadesk.db import Database
from sivadesk.errors import ConversionFailed, NotFound, PermissionDenied, ValidationError
from sivadesk.letters import office_convert, pdf_out
from sivadesk.letters.render import (
    build_context,
    check_print_settings,
    print_settings,
    render_letter,
)
from sivadesk.models import Attachment, Letter, Register, Role
from sivadesk.ops import attachments, letterhead, users
from sivadesk.ops.context import Actor
from sivadesk.textnorm import to_persian_digits


def squash(text: str) -> str:
    """Text without white space and colons (pdftotext places a colon beside a Persian label on
    either side)."""
    return re.sub(r"[\s:]", "", text)


def _docx_text(data: bytes) -> tuple[str, str]:
    """(body text, header text) of a .docx, as python-docx reads them (tables included)."""
    d = docx.Document(io.BytesIO(data))
    body = "\n".join(p.text for p in d.paragraphs)
    head = ""
    for header in (d.sections[0].first_page_header, d.sections[0].header):
        head += "\n".join(p.text for p in header.paragraphs)
        for table in header.tables:
            for cell in table._cells:
                head += "\n" + "\n".join(p.text for p in cell.paragraphs)
    return body, head


def _media(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return sorted(n for n in z.namelist() if n.startswith("word/media/"))


def _need_persian_font() -> None:
    fa, _latin = pdf_out.fonts()
    if fa is None:
        pytest.skip("no Persian font installed (fonts-noto-core)")


def test_context_has_numbers_dates_parties_and_copies(db: Database, admin: Actor) -> None:
    sample = make_letter(db, admin, "fa", qr=True)
    with db.read_session() as s:
        c = build_context(s, admin, sample.letter_id)
        registered = c.registered_at
        m = c.as_mapping()
    assert registered is not None
    local = registered.astimezone().date()
    y, mo, d = to_jalali(local)
    assert m["number_latin"] == sample.number and sample.number.endswith("/ص/00001")
    assert m["number"] == m["number_fa"] == to_persian_digits(sample.number)
    assert m["date_gregorian"] == f"{local.day:02d}/{local.month:02d}/{local.year:04d}"
    assert m["date_jalali"] == f"{y:04d}/{mo:02d}/{d:02d}"
    assert m["date_jalali_fa"] == to_persian_digits(m["date_jalali"]) == m["date"]
    assert m["subject"] == FA_SUBJECT
    assert len(m["body_paragraphs"]) == 3 and m["body_paragraphs"][0].startswith("بدین وسیله")
    assert m["recipient"]["name"] == "علی رضایی" and m["recipient"]["organization"] == "شرکت نمونه"
    assert m["signer"] == {**m["signer"], "name": "مریم احمدی", "position": "معاون اداری"}
    assert [cp["name"] for cp in m["copies"]] == ["واحد مالی", "مریم احمدی"]
    assert m["copies"][0]["purpose"] == "جهت اطلاع"
    assert m["urgency_label"] == "فوری" and m["classification_label"] == ""
    assert m["attachments"] == "ندارد" and m["attachment_count"] == 0
    assert m["office_name"] == "شرکت سیوا دسک" and m["office_address"] == "تهران، میدان ونک"
    assert c.qr_png is not None and c.qr_png.startswith(b"\x89PNG")
    assert c.qr_text.split("\n")[0] == sample.number and c.qr_text.split("\n")[2] == c.guid
    assert c.signature is not None and c.seal is not None and c.logo is not None

    # attachments are counted; French context of the same letter: Latin digits, dd/mm/yyyy
    with db.session() as s:
        attachments.add_attachment(s, admin, "letter", sample.letter_id, "annexe.pdf", b"%PDF-1.4 x")
        attachments.add_attachment(s, admin, "letter", sample.letter_id, "scan.png", png(20, 20, (0, 0, 0)))
    with db.read_session() as s:
        fr = build_context(s, admin, sample.letter_id, "fr").as_mapping()
        fa = build_context(s, admin, sample.letter_id).as_mapping()
    assert fr["number"] == sample.number and fr["date"] == fr["date_gregorian"]
    assert fr["attachments"] == "2" and fa["attachments"] == "۲"
    assert fr["urgency_label"] == "Urgent"


def test_context_respects_classification(db: Database, admin: Actor) -> None:
    sample = make_letter(db, admin, "fr")
    with db.session() as s:
        agent = users.create_user(s, admin, "agent", "Agent", "agent-password", Role.AGENT)
        letter = s.get(Letter, sample.letter_id)
        assert letter is not None
        letter.classification = "secret"
    other = Actor(agent.id, agent.username, Role.AGENT)
    with db.read_session() as s, pytest.raises(NotFound):
        build_context(s, other, sample.letter_id)
    with db.read_session() as s, pytest.raises(NotFound):
        render_letter(s, other, sample.letter_id, "docx")


def test_docx_opens_with_the_merged_fields(db: Database, admin: Actor) -> None:
    sample = make_letter(db, admin, "fr")
    with db.read_session() as s:
        out = render_letter(s, admin, sample.letter_id, "docx")
    assert out.format == "docx" and out.filename == "2025-D-00001.docx"
    body, head = _docx_text(out.data)
    assert "{{" not in body + head and "{%" not in body + head
    assert f"Objet : {FR_SUBJECT}" in body
    assert "Destinataire : Jean Dupont" in body and "Société Exemple" in body
    assert "Marie Martin" in body and "Directrice administrative" in body
    assert (
        "Copies :" in body
        and "– Service financier (" not in body
        and "– Service financier — pour information" in body
    )
    assert "Nous avons l'honneur" in body
    assert f"N° : {sample.number}" in head and "SivaDesk SARL" in head and "75003 Paris" in head
    assert "Pièces jointes : néant" in head
    assert f"SivaDesk SARL — {sample.number}" in head  # the running head of the following pages


def test_persian_docx_is_right_to_left(db: Database, admin: Actor) -> None:
    sample = make_letter(db, admin, "fa")
    with db.read_session() as s:
        out = render_letter(s, admin, sample.letter_id, "docx")
    body, head = _docx_text(out.data)
    assert f"موضوع: {FA_SUBJECT}" in body and "به: علی رضایی" in body and "رونوشت:" in body
    assert f"شماره: {to_persian_digits(sample.number)}" in head
    with zipfile.ZipFile(io.BytesIO(out.data)) as z:
        document = z.read("word/document.xml").decode()
        header = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/header"))
    assert document.count("<w:bidi/>") > 10 and "<w:bidiVisual/>" in header
    assert 'w:cs="Noto Naskh Arabic"' in z_styles(out.data)


def z_styles(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/styles.xml").decode()


def test_signature_and_seal_only_after_approval(db: Database, admin: Actor) -> None:
    sample = make_letter(db, admin, "fr", approve=False)
    with db.read_session() as s:
        before = render_letter(s, admin, sample.letter_id, "docx").data
        ctx = build_context(s, admin, sample.letter_id)
    assert ctx.signature is None and ctx.seal is None and not ctx.approved
    assert len(_media(before)) == 1  # the logo only
    from sivadesk.ops.letter_workflow import approve_letter

    with db.session() as s:
        approve_letter(s, sample.signer, sample.letter_id)
    with db.read_session() as s:
        after = render_letter(s, admin, sample.letter_id, "docx").data
    assert len(_media(after)) == 3  # logo, signature, seal
    # the seal can be turned off per register
    with db.session() as s:
        letterhead.set_print_settings(s, admin, sample.register_id, {"seal": False})
    with db.read_session() as s:
        assert len(_media(render_letter(s, admin, sample.letter_id, "docx").data)) == 2


def test_builtin_pdf_persian_joined_in_order(db: Database, admin: Actor, tmp_path: Path) -> None:
    _need_persian_font()
    sample = make_letter(db, admin, "fa", paragraphs=6, qr=True)
    with db.read_session() as s:
        out = render_letter(s, admin, sample.letter_id, "pdf", engine="builtin")
    assert out.engine == "builtin" and out.data.startswith(b"%PDF")
    assert pdf_pages(out.data) == 2
    text = pdf_text(out.data, tmp_path)
    # joined letters extract as the base letters, in logical order
    assert FA_SUBJECT in text
    # (pdftotext puts a colon next to a Persian label on either side: compare without them)
    assert "بهعلیرضایی" in squash(text) and "مریم احمدی" in text and "رونوشت" in text
    assert "بدین وسیله به استحضار" in text
    # the number's digit groups in reading order, never reversed
    year, _sad, seq = to_persian_digits(sample.number).split("/")
    assert year in text and seq in text
    assert year[::-1] not in text and seq[::-1] not in text
    assert "۱۴۰۴/۰۱/۱۵" in text  # a date inside the body
    assert "1,250,000" in text and "ERP 2.1" in text
    assert "صفحه" in text and "۱از۲" in squash(text)  # "page 1 of 2" in Persian digits


def test_builtin_pdf_french_and_english(db: Database, admin: Actor, tmp_path: Path) -> None:
    sample = make_letter(db, admin, "fr", paragraphs=6)
    with db.read_session() as s:
        fr = render_letter(s, admin, sample.letter_id, "pdf", engine="builtin")
        en = render_letter(s, admin, sample.letter_id, "pdf", engine="builtin", template="en")
    text = pdf_text(fr.data, tmp_path)
    assert f"Objet : {FR_SUBJECT}" in text and sample.number in text and "Page 1 / 2" in text
    assert "Destinataire : Jean Dupont" in text and "Marie Martin" in text
    assert b"DejaVuSansBold" in fr.data  # office name, addressee, subject and signer are bold
    en_text = pdf_text(en.data, tmp_path)
    assert f"Subject: {FR_SUBJECT}" in en_text and "Page 1 of 2" in en_text


@pytest.mark.slow
def test_libreoffice_pdf_persian_joined_in_order(db: Database, admin: Actor, tmp_path: Path) -> None:
    if not office_convert.available():
        pytest.skip("LibreOffice (soffice) is not installed")
    sample = make_letter(db, admin, "fa")
    with db.read_session() as s:
        out = render_letter(s, admin, sample.letter_id, "pdf", engine="libreoffice")
    assert out.engine == "libreoffice"
    text = pdf_text(out.data, tmp_path)
    assert FA_SUBJECT in text and "بهعلیرضایی" in squash(text) and "مریم احمدی" in text
    year, _sad, seq = to_persian_digits(sample.number).split("/")
    assert year in text and seq in text and seq[::-1] not in text
    assert "1,250,000" in text


def test_missing_libreoffice_is_a_clear_error(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = make_letter(db, admin, "fr", paragraphs=1)
    monkeypatch.setenv("SIVADESK_SOFFICE", "")
    assert not office_convert.available()
    with db.read_session() as s:
        with pytest.raises(ConversionFailed, match="not installed"):
            render_letter(s, admin, sample.letter_id, "pdf", engine="libreoffice")
        auto = render_letter(s, admin, sample.letter_id, "pdf")  # auto: the built-in renderer
    assert auto.engine == "builtin"
    monkeypatch.setenv("SIVADESK_SOFFICE", "/bin/false")
    with pytest.raises(ConversionFailed):
        office_convert.docx_to_pdf(b"not a document")


def test_preprinted_prints_only_the_fields(db: Database, admin: Actor, tmp_path: Path) -> None:
    _need_persian_font()
    sample = make_letter(db, admin, "fa", paragraphs=1)
    with db.session() as s:
        letterhead.set_print_settings(
            s,
            admin,
            sample.register_id,
            {
                "preprinted": {
                    "enabled": True,
                    "fields": {"copies": {"x": 20, "y": 270, "w": 170, "on": False}},
                }
            },
        )
    with db.read_session() as s:
        out = render_letter(s, admin, sample.letter_id, "pdf")
        with pytest.raises(ValidationError):
            render_letter(s, admin, sample.letter_id, "docx", preprinted=True)
    text = pdf_text(out.data, tmp_path)
    year, _sad, seq = to_persian_digits(sample.number).split("/")
    assert year in text and seq in text and FA_SUBJECT in text and "مریم احمدی" in text
    assert "بدین وسیله به استحضار" in text and "علی رضایی" in text
    # no letterhead, no labels, no copies, no page furniture
    for absent in ("شرکت سیوا دسک", "شماره:", "موضوع:", "رونوشت", "واحد مالی", "صفحه"):
        assert absent not in text, absent
    # the positions are honoured: the number is drawn where the settings say (pdfium text boxes)
    import pypdfium2

    doc = pypdfium2.PdfDocument(out.data)
    page = doc[0]
    textpage = page.get_textpage()
    found = textpage.search(seq, match_case=True)
    hit = found.get_next()
    assert hit is not None
    _left, _bottom, _right, top = textpage.get_charbox(hit[0])
    height_pt = page.get_height()
    y_mm = (height_pt - top) * 25.4 / 72
    assert 28 <= y_mm <= 40, y_mm  # the default number position is y = 30 mm
    doc.close()


def test_body_runs_from_plain_and_rich_text() -> None:
    from sivadesk.letters.render import Run, body_runs

    assert body_runs("Ligne 1\n\n  Ligne 2  \n") == ((Run("Ligne 1"),), (Run("Ligne 2"),))
    rich = "<html><head><style>p {}</style></head><body><p>a <u>b</u><br>c <strong>d <i>e</i></strong></p></body></html>"
    assert body_runs(rich) == (
        (Run("a "), Run("b", underline=True)),
        (Run("c "), Run("d ", bold=True), Run("e", bold=True, italic=True)),
    )


def test_print_settings_defaults_and_checks() -> None:
    s = print_settings(Register(print_settings={"qr": True}))
    assert s["qr"] is True and s["template"] == "auto" and s["preprinted"]["enabled"] is False
    assert s["preprinted"]["fields"]["number"] == {"x": 20.0, "y": 30.0, "w": 60.0, "on": True}
    # settings written around check_print_settings are read leniently: defaults replace bad values
    odd = print_settings(
        Register(
            id=1,
            print_settings={
                "template": "de",
                "engine": 3,
                "preprinted": {"enabled": "yes", "fields": {"date": {"x": "a", "y": "41"}, "nope": 1}},
            },
        )
    )
    assert odd["template"] == "auto" and odd["engine"] == "auto" and odd["preprinted"]["enabled"] is True
    assert odd["preprinted"]["fields"]["date"] == {"x": 20.0, "y": 41.0, "w": 60.0, "on": True}
    assert "nope" not in odd["preprinted"]["fields"]
    with pytest.raises(ValidationError):
        check_print_settings({"template": "de"})
    with pytest.raises(ValidationError):
        check_print_settings({"template": "custom"})
    with pytest.raises(ValidationError):
        check_print_settings({"engine": "word"})
    with pytest.raises(ValidationError):
        check_print_settings({"preprinted": {"fields": {"number": {"x": "a", "y": 1}}}})
    with pytest.raises(ValidationError):
        check_print_settings({"preprinted": {"fields": {"number": {"x": 900, "y": 1}}}})
    ok = check_print_settings({"preprinted": {"enabled": 1, "fields": {"date": {"x": "12.5", "y": 40}}}})
    assert ok["preprinted"] == {
        "enabled": True,
        "fields": {"date": {"x": 12.5, "y": 40.0, "w": 60.0, "on": True}},
    }


def test_custom_template_per_register(db: Database, admin: Actor) -> None:
    sample = make_letter(db, admin, "fr", paragraphs=1)
    d = docx.Document()
    d.add_paragraph("Réf. {{ number }} — {{ subject|upper }} — {{ date_jalali }}")
    buf = io.BytesIO()
    d.save(buf)
    with db.session() as s:
        with pytest.raises(ValidationError):
            letterhead.set_custom_template(s, admin, sample.register_id, "x.docx", b"not a zip")
        settings = letterhead.set_custom_template(s, admin, sample.register_id, "maison.docx", buf.getvalue())
    assert settings["template"] == "custom" and settings["custom_template"]["filename"] == "maison.docx"
    with db.read_session() as s:
        out = render_letter(s, admin, sample.letter_id, "docx")
        shipped = render_letter(s, admin, sample.letter_id, "docx", template="fr")
    body, _ = _docx_text(out.data)
    assert body.startswith(f"Réf. {sample.number} — {FR_SUBJECT.upper()} — 1")
    assert "Objet :" in _docx_text(shipped.data)[0]
    # a broken template is a clear error, not a crash
    bad = docx.Document()
    bad.add_paragraph("{{ number ")
    buf = io.BytesIO()
    bad.save(buf)
    with db.session() as s:
        letterhead.set_custom_template(s, admin, sample.register_id, "bad.docx", buf.getvalue())
    with db.read_session() as s, pytest.raises(ValidationError, match="template"):
        render_letter(s, admin, sample.letter_id, "docx")
    agent = _agent(db, admin)
    with db.session() as s, pytest.raises(PermissionDenied):
        letterhead.set_print_settings(s, agent, sample.register_id, {"qr": True})


def _agent(db: Database, admin: Actor, name: str = "agent") -> Actor:
    with db.session() as s:
        info = users.create_user(s, admin, name, name.title(), "agent-password", Role.AGENT)
    return Actor(info.id, info.username, Role.AGENT, info.full_name)


def test_signature_belongs_to_its_user(db: Database, admin: Actor) -> None:
    sample = make_letter(db, admin, "fr", paragraphs=1)
    agent = _agent(db, admin)
    signer_id = sample.signer.user_id
    assert signer_id is not None
    with db.session() as s:
        with pytest.raises(PermissionDenied):
            letterhead.set_signature(s, agent, signer_id, "fake.png", png(50, 20, (0, 0, 0)))
        with pytest.raises(PermissionDenied):
            letterhead.get_signature(s, agent, signer_id)
        with pytest.raises(ValidationError):
            letterhead.set_signature(s, agent, agent.user_id or 0, "sig.gif", b"GIF89a....")
        own = s.query(Attachment).filter_by(owner_type="user_signature", owner_id=signer_id).one()
        with pytest.raises(PermissionDenied):
            attachments.read_attachment(s, agent, own.id)
        with pytest.raises(PermissionDenied):
            attachments.list_attachments(s, agent, "user_signature", signer_id)
        assert letterhead.get_signature(s, sample.signer, signer_id) is not None
    # nobody else attaches a "signature" for the user through the generic attachments API...
    with db.session() as s, pytest.raises(PermissionDenied):
        attachments.add_attachment(
            s, agent, "user_signature", signer_id, "forged.png", png(60, 20, (9, 9, 9))
        )
    # ...and a row that got in some other way (say, an older version) is never printed
    with db.session() as s:
        letterhead.remove_signature(s, sample.signer, signer_id)
        forged = png(60, 20, (9, 9, 9))
        s.add(
            Attachment(
                sha256=attachments.put_blob(s, forged),
                filename="forged.png",
                mime_type="image/png",
                size=len(forged),
                owner_type="user_signature",
                owner_id=signer_id,
                created_by=agent.user_id,
            )
        )
    with db.read_session() as s:
        assert letterhead.signature_bytes(s, signer_id) is None
        assert build_context(s, admin, sample.letter_id).signature is None


def test_font_missing_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from sivadesk.errors import FontMissing

    monkeypatch.setattr(pdf_out, "fonts", lambda: (None, None))
    with pytest.raises(FontMissing, match="No Persian font") as persian:
        pdf_out._require_fonts("fa")
    assert persian.value.params == {"package": "fonts-noto-core"}
    with pytest.raises(FontMissing, match="fonts-dejavu-core"):
        pdf_out._require_fonts("fr")


def test_cli_render_docx_and_pdf(db: Database, db_url: str, admin: Actor, tmp_path: Path) -> None:
    from sivadesk import cli

    sample = make_letter(db, admin, "fr", paragraphs=1)
    out_docx, out_pdf = tmp_path / "lettre.docx", tmp_path / "lettre.pdf"
    assert (
        cli.main(
            [
                "letters",
                "render",
                str(sample.letter_id),
                "--db",
                db_url,
                "--format",
                "docx",
                "-o",
                str(out_docx),
            ]
        )
        == 0
    )
    assert f"Objet : {FR_SUBJECT}" in _docx_text(out_docx.read_bytes())[0]
    assert (
        cli.main(
            [
                "letters",
                "render",
                str(sample.letter_id),
                "--db",
                db_url,
                "-o",
                str(out_pdf),
                "--engine",
                "builtin",
            ]
        )
        == 0
    )
    assert sample.number in pdf_text(out_pdf.read_bytes(), tmp_path)
    # a letter that does not exist, or a file name that says no format: clear failures
    assert cli.main(["letters", "render", "999999", "--db", db_url, "-o", str(out_pdf)]) == 1
    assert (
        cli.main(["letters", "render", str(sample.letter_id), "--db", db_url, "-o", str(tmp_path / "x.txt")])
        == 2
    )


def test_merge_fields_in_body_and_templates(db: Database, admin: Actor, tmp_path: Path) -> None:
    sample = make_letter(db, admin, "fr", paragraphs=1)
    with db.session() as s:
        letter = s.get(Letter, sample.letter_id)
        assert letter is not None
        letter.body = (
            "<p>Cher {{contact.last_name}},</p><p>Réf. {{letter.number}} &amp; suite.</p>"
            '<p>Un point <b>important</b> et <span style=" font-style:italic;">nuancé</span>.</p>'
        )
    with db.read_session() as s:
        ctx = build_context(s, admin, sample.letter_id)
        docx_out = render_letter(s, admin, sample.letter_id, "docx")
        pdf = render_letter(s, admin, sample.letter_id, "pdf", engine="builtin")
    assert ctx.body_paragraphs == (
        "Cher Dupont,",
        f"Réf. {sample.number} & suite.",
        "Un point important et nuancé.",
    )
    assert [(r.text, r.bold, r.italic) for r in ctx.body_runs[2]] == [
        ("Un point ", False, False),
        ("important", True, False),
        (" et ", False, False),
        ("nuancé", False, True),
        (".", False, False),
    ]
    mapping = ctx.as_mapping()
    assert mapping["contact"]["last_name"] == "Dupont" and mapping["letter"]["number"] == sample.number
    assert (
        mapping["signer"]["name"] == "Marie Martin"
        and mapping["signer"]["title"] == "Directrice administrative"
    )
    body, _ = _docx_text(docx_out.data)
    assert "Cher Dupont," in body and f"Réf. {sample.number} & suite." in body
    runs = [r for p in docx.Document(io.BytesIO(docx_out.data)).paragraphs for r in p.runs]
    assert any(r.text == "important" and r.bold for r in runs)
    assert any(r.text == "nuancé" and r.italic for r in runs)
    assert not any(r.text == "Un point " and r.bold for r in runs)
    text = pdf_text(pdf.data, tmp_path)
    assert "Cher Dupont," in text and "Un point important et nuancé." in text
    # the built-in renderer keeps the emphasis too: the bold and the oblique faces are embedded
    assert b"DejaVuSansBold" in pdf.data and b"DejaVuSansOblique" in pdf.data


def test_builtin_pdf_prints_markdown_like_text_literally(db: Database, admin: Actor, tmp_path: Path) -> None:
    """Emphasis goes through fpdf2 markdown: the letter's own "--", "**", "__" and "[x](y)" must
    stay text, in both directions."""
    _need_persian_font()
    sample = make_letter(db, admin, "fa", paragraphs=1)
    with db.session() as s:
        letter = s.get(Letter, sample.letter_id)
        assert letter is not None
        letter.body = "<p>بازه x--y و a__b و c**d و [پیوند](http://x) و <b>مهم</b> و back\\slash</p>"
    with db.read_session() as s:
        pdf = render_letter(s, admin, sample.letter_id, "pdf", engine="builtin")
    text = pdf_text(pdf.data, tmp_path)
    for literal in ("x--y", "a__b", "c**d", "http://x", "پیوند", "مهم", "back\\slash"):
        assert literal in text, literal
    assert b"NotoNaskhArabicBold" in pdf.data


def test_fonts_found_without_fontconfig_tools(monkeypatch: pytest.MonkeyPatch) -> None:
    if pdf_out.fonts()[0] is None:
        pytest.skip("no Persian font installed (fonts-noto-core)")
    monkeypatch.setattr(pdf_out, "_fc", lambda _args: "")
    pdf_out.fonts.cache_clear()
    try:
        fa, latin = pdf_out.fonts()
        assert fa is not None and fa.regular.endswith(".ttf") and fa.family in pdf_out.PERSIAN_FAMILIES
        assert latin is not None and latin.family in pdf_out.LATIN_FAMILIES
        assert pdf_out._find_file(("No Such Font",)) is None
    finally:
        pdf_out.fonts.cache_clear()
