"""DOCX -> PDF through LibreOffice headless, when it is installed.

Each conversion runs ``soffice --headless --convert-to pdf`` in a private temporary folder with its
own LibreOffice profile (``-env:UserInstallation``), so it neither waits for nor disturbs a
LibreOffice the user has open, and two conversions at once do not share a profile. A conversion
that takes longer than the timeout is killed; a missing or failing LibreOffice is a
:class:`~sivadesk.errors.ConversionFailed` with the reason.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from sivadesk.errors import ConversionFailed

log = logging.getLogger("sivadesk.letters.office")

#: Seconds a conversion may take (the first run of a fresh profile takes a few seconds).
TIMEOUT_S = 90.0
_CANDIDATES = (
    "soffice",
    "libreoffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)


def soffice_path() -> str | None:
    """The LibreOffice program (``SIVADESK_SOFFICE`` overrides), or None when not installed."""
    override = os.environ.get("SIVADESK_SOFFICE")
    if override is not None:  # "" turns LibreOffice off
        if not override:
            return None
        return shutil.which(override) or (override if Path(override).exists() else None)
    for name in _CANDIDATES:
        found = shutil.which(name) or (name if os.path.isabs(name) and Path(name).exists() else None)
        if found:
            return found
    return None


def available() -> bool:
    return soffice_path() is not None


def docx_to_pdf(data: bytes, timeout: float = TIMEOUT_S) -> bytes:
    """The PDF LibreOffice makes of the .docx ``data``."""
    soffice = soffice_path()
    if soffice is None:
        raise ConversionFailed(ConversionFailed.missing)
    with tempfile.TemporaryDirectory(prefix="sivadesk-soffice-") as tmp:
        work = Path(tmp)
        src = work / "letter.docx"
        src.write_bytes(data)
        profile = (work / "profile").as_uri()
        cmd = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(work),
            str(src),
        ]
        log.info("converting a letter with %s", soffice)
        try:
            proc = subprocess.Popen(
                cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=work, start_new_session=True
            )
        except OSError as exc:
            raise ConversionFailed(reason=str(exc)) from exc
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            _kill(proc)
            log.error("LibreOffice did not finish within %.0f s", timeout)
            raise ConversionFailed(ConversionFailed.timeout, seconds=round(timeout)) from exc
        pdf = work / "letter.pdf"
        if proc.returncode != 0 or not pdf.exists():
            detail = (err or out).decode("utf-8", "replace").strip().splitlines()
            reason = detail[-1] if detail else f"exit code {proc.returncode}"
            log.error("LibreOffice conversion failed (%s): %s", proc.returncode, reason)
            raise ConversionFailed(reason=reason)
        return pdf.read_bytes()


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """Stop the conversion and the processes it started (its own session)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (AttributeError, OSError):
        proc.kill()
    proc.communicate()
