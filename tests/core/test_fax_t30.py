"""T.30 frames and fields in modem byte order (first bit on the line = LSB)."""

from __future__ import annotations

import pytest

from sivadesk.fax import t30
from sivadesk.fax.modem import reverse_bits

# FCF values as T.30 writes them (first bit on the left), which is how HylaFAX's t.30.h and efax keep
# them: reversing each gives the modem byte.
T30_WRITTEN = {
    "DIS": 0x01,
    "CSI": 0x02,
    "NSF": 0x04,
    "DCS": 0x41,
    "TSI": 0x42,
    "CFR": 0x21,
    "FTT": 0x22,
    "MCF": 0x31,
    "RTN": 0x32,
    "RTP": 0x33,
    "MPS": 0x72,
    "EOM": 0x71,
    "EOP": 0x74,
    "DCN": 0x5F,
    "CRP": 0x58,
}


@pytest.mark.parametrize(("name", "written"), sorted(T30_WRITTEN.items()))
def test_fcf_is_the_bit_reversed_t30_value(name: str, written: int) -> None:
    ours = getattr(t30, name)
    assert reverse_bits(bytes([written]))[0] == ours
    assert t30.fcf_name(ours) == name
    # The X bit is T.30's first bit: 0x80 as written, the LSB in modem order.
    with_x = reverse_bits(bytes([written | 0x80]))[0]
    assert with_x == ours | t30.X_BIT
    assert t30.fcf_name(with_x) == name


def test_modem_order_values_from_the_research_trace() -> None:
    assert (t30.DIS, t30.CSI, t30.DCS, t30.CFR, t30.MCF, t30.EOP, t30.DCN) == (
        0x80,
        0x40,
        0x82,
        0x84,
        0x8C,
        0x2E,
        0xFA,
    )
    # efax logged "ff c8 f4" (its reversed bytes) for the final EOP frame from the sender.
    frame = t30.command(t30.EOP, x=True)
    assert frame.encode() == reverse_bits(bytes.fromhex("ffc8f4")) == bytes([0xFF, 0x13, 0x2F])


def test_frame_encode_decode() -> None:
    frame = t30.command(t30.TSI, t30.encode_id("+33 478"), x=True, final=False)
    raw = frame.encode()
    assert raw[:3] == bytes([0xFF, 0x03, 0x43])
    back = t30.Frame.decode(raw)
    assert back == frame and back.name == "TSI" and back.x and not back.final
    assert t30.Frame.decode(bytes([0xFF, 0x13, 0x8C])).name == "MCF"
    with pytest.raises(t30.T30Error):
        t30.Frame.decode(b"\x00\x13\x8c")
    with pytest.raises(t30.T30Error):
        t30.Frame.decode(b"\xff")
    assert t30.fcf_name(0x00) == ""


def test_ids_are_20_characters_last_first() -> None:
    fif = t30.encode_id("+33 4 78 12 34 56")
    assert len(fif) == 20
    assert fif == b"65 43 21 87 4 33+   "
    assert t30.decode_id(fif) == "+33 4 78 12 34 56"
    # Letters and punctuation are not allowed in an ID; more than 20 characters are cut.
    assert t30.decode_id(t30.encode_id("Tel: 01-23")) == "0123"
    assert t30.encode_id("1" * 30) == b"1" * 20
    assert t30.encode_id("") == b" " * 20
    assert t30.decode_id(b"\x0021  ") == "12"


def test_bits_are_numbered_from_one_lsb_first() -> None:
    fif = bytes([0b0000_0001, 0b1000_0000, 0])
    assert t30.get_bit(fif, 1) and t30.get_bit(fif, 16)
    assert not t30.get_bit(fif, 2) and not t30.get_bit(fif, 9) and not t30.get_bit(fif, 40)


def _fif(*bits: int) -> bytes:
    buf = bytearray(4)
    for n in bits:
        buf[(n - 1) // 8] |= 1 << ((n - 1) % 8)
    return bytes(buf)


def test_parse_dis_modulations() -> None:
    v17 = t30.parse_dis(_fif(10, 11, 12, 14))
    assert (v17.v17, v17.v29, v17.v27) == (True, True, True)
    assert v17.modes()[0] == ("V17", 14400) and v17.modes()[-1] == ("V27", 2400)
    assert [m[1] for m in v17.modes()] == [14400, 12000, 9600, 9600, 7200, 7200, 4800, 2400]
    v29 = t30.parse_dis(_fif(10, 11))
    assert (v29.v17, v29.v29, v29.v27) == (False, True, False)
    assert v29.modes() == [("V29", 9600), ("V29", 7200)]
    v27 = t30.parse_dis(_fif(10, 12))
    assert v27.modes() == [("V27", 4800), ("V27", 2400)]
    both = t30.parse_dis(_fif(10, 11, 12))
    assert both.modes() == [("V29", 9600), ("V29", 7200), ("V27", 4800), ("V27", 2400)]
    fallback = t30.parse_dis(_fif(10))
    assert fallback.modes() == [("V27", 2400)] and fallback.receiver


def test_parse_dis_fields() -> None:
    dis = t30.parse_dis(_fif(10, 11, 12, 14, 15, 16, 17, 20, 21, 23, 27))
    assert dis.fine and dis.mr and dis.ecm and dis.receiver and not dis.polling
    assert dis.width == 2048 and dis.length == "unlimited"
    assert dis.scan_ms == (40, 20)
    plain = t30.parse_dis(_fif(9))
    assert not plain.fine and not plain.mr and plain.width == 1728 and plain.length == "A4"
    assert plain.scan_ms == (20, 20) and plain.polling and not plain.receiver
    assert t30.parse_dis(_fif(18, 19)).width == 2432
    assert t30.parse_dis(_fif(19)).length == "B4"


@pytest.mark.parametrize(
    ("bits", "times"),
    [
        ((), (20, 20)),
        ((23,), (40, 40)),
        ((22,), (10, 10)),
        ((21,), (5, 5)),
        ((21, 22, 23), (0, 0)),
        ((22, 23), (10, 5)),
        ((21, 22), (20, 10)),
        ((21, 23), (40, 20)),
    ],
)
def test_scan_time_codes(bits: tuple[int, ...], times: tuple[int, int]) -> None:
    assert t30.parse_dis(_fif(*bits)).scan_ms == times


def test_encode_dis() -> None:
    ours = t30.encode_dis()
    assert len(ours) == 3
    dis = t30.parse_dis(ours)
    assert dis.v17 and dis.fine and dis.mr and dis.receiver and dis.length == "unlimited"
    assert dis.scan_ms == (0, 0) and not dis.ecm and dis.width == 1728
    assert t30.parse_dis(t30.encode_dis(max_rate=9600)).modes()[0] == ("V29", 9600)
    assert t30.parse_dis(t30.encode_dis(max_rate=4800)).modes() == [("V27", 4800), ("V27", 2400)]
    assert t30.parse_dis(t30.encode_dis(max_rate=2400)).modes() == [("V27", 2400)]
    low = t30.parse_dis(t30.encode_dis(fine=False, mr=False, scan_ms=7))
    assert not low.fine and not low.mr and low.scan_ms == (10, 10)


@pytest.mark.parametrize(("mode", "bits"), sorted(t30.DCS_RATE_BITS.items()))
def test_dcs_rate_bits_round_trip(mode: tuple[str, int], bits: tuple[int, ...]) -> None:
    dcs = t30.Dcs(mode[0], mode[1], fine=True, mr=True, scan_ms=10)
    fif = dcs.encode()
    assert tuple(int(t30.get_bit(fif, n)) for n in range(11, 15)) == bits
    assert t30.get_bit(fif, 10) and t30.get_bit(fif, 15) and t30.get_bit(fif, 16)
    assert t30.Dcs.decode(fif) == dcs


def test_dcs_known_bytes() -> None:
    # V.17 14400, fine, MR, A4, unlimited length, 0 ms: bit 10; 14; 15, 16; 20; 21, 22, 23.
    fif = t30.Dcs("V17", 14400, fine=True, mr=True, scan_ms=0).encode()
    assert fif == bytes([0x00, 0b1110_0010, 0b0111_1000])
    # V.27ter 4800, standard, MH, 20 ms: bits 10 and 12, unlimited length.
    assert t30.Dcs("V27", 4800, fine=False, mr=False, scan_ms=20).encode() == bytes([0x00, 0x0A, 0x08])
    assert t30.Dcs("V29", 9600, scan_ms=5).min_bits == 48
    assert t30.Dcs("V17", 14400, scan_ms=10).min_bits == 144
    assert (t30.Dcs("V17", 14400).long_code, t30.Dcs("V17", 14400).short_code) == (145, 146)
    assert (t30.Dcs("V29", 7200).long_code, t30.Dcs("V29", 7200).short_code) == (72, 72)
    assert t30.Dcs.decode(t30.Dcs(width=2432, length="B4").encode()).width == 2432


def test_choose_dcs_from_dis_and_settings() -> None:
    dis = t30.parse_dis(_fif(10, 11, 12, 14, 15, 16, 20, 22, 23))  # V.17, fine, 2-D, 10/5 ms
    dcs = t30.choose_dcs(dis)
    assert dcs == t30.Dcs("V17", 14400, fine=True, mr=True, scan_ms=5)
    standard = t30.choose_dcs(dis, fine=False, mr=False, max_rate=9600)
    assert standard == t30.Dcs("V17", 9600, fine=False, mr=False, scan_ms=10)
    # A receiver without fine or 2-D gets standard MH whatever we prefer.
    basic = t30.parse_dis(_fif(10, 11))
    chosen = t30.choose_dcs(basic)
    assert chosen is not None and (chosen.modulation, chosen.rate, chosen.fine, chosen.mr) == (
        "V29",
        9600,
        False,
        False,
    )
    assert chosen.scan_ms == 20
    # Our modem's +FTM=? codes limit the choice too.
    no_v17 = t30.choose_dcs(dis, modem_codes=frozenset({24, 48, 72, 96}))
    assert no_v17 is not None and (no_v17.modulation, no_v17.rate) == ("V29", 9600)
    assert t30.choose_dcs(basic, modem_codes=frozenset({24, 48})) is None


def test_fallback_order() -> None:
    dis = t30.parse_dis(_fif(10, 11, 12, 14))
    dcs = t30.choose_dcs(dis)
    seen = []
    while dcs is not None:
        seen.append(dcs.rate)
        dcs = t30.fallback_after(dcs, dis)
    assert seen == [14400, 12000, 9600, 7200, 4800, 2400]
    assert t30.fallback_after(t30.Dcs("V27", 2400), dis) is None


def test_tcf() -> None:
    assert t30.tcf_length(14400) == 2700 and t30.tcf_length(2400) == 450
    assert t30.tcf_ok(b"\xff" * 10 + bytes(2700), 14400)
    assert not t30.tcf_ok(bytes(500) + b"\x01" + bytes(500), 14400)
    assert not t30.tcf_ok(b"", 9600)
