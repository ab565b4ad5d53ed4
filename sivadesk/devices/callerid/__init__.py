"""Sans-IO caller-ID decoders: feed bytes with ``receive_data(data, now)``, read ``next_event()`` until None.

- :mod:`.mdmf` - Bellcore/ETSI SDMF (0x04) and MDMF (0x80) frames, raw binary or as one hex line.
- :mod:`.modem_text` - modem formatted text after ``AT+VCID=1`` / ``AT#CID=1`` (and ``AT+VCID=2`` hex lines).
- :mod:`.whozz` - CallerID.com "Whozz Calling?" serial records.
- :mod:`.tci` - TCI fixed 70-column records.
- :mod:`.netcid` - NetCallerID ``###DATE...NMBR...NAME...+++`` records.
- :mod:`.cnfsk` - Chinese FSK module lines (``ATF``, ``ATRING``, ``ATLINKOK``).
- :mod:`.detect` - per-port format auto-detection (:class:`FormatDetector`) with a manual override.
- :mod:`.dtmf` - DTMF caller ID (``A…C``, ``D…#``, ``B00``/``B10`` information codes) from received digits.

No I/O and no clock: time is passed in, so partial input times out deterministically.
"""

from sivadesk.devices.callerid.detect import FORMATS, FormatDetector
from sivadesk.devices.callerid.events import (
    CallerIdEvent,
    Event,
    LineEvent,
    ProtocolError,
    RingEvent,
    StatusEvent,
)

__all__ = [
    "FORMATS",
    "CallerIdEvent",
    "Event",
    "FormatDetector",
    "LineEvent",
    "ProtocolError",
    "RingEvent",
    "StatusEvent",
]
