"""Calls: record_event's state machine, contact matching, feed events, the log, pop-up facts, line
states and watched lines, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sivadesk.db import Database
from sivadesk.devices.callerid.events import CallerIdEvent, LineEvent, ProtocolError, RingEvent, StatusEvent
from sivadesk.errors import NotFound, PermissionDenied
from sivadesk.models import Activity, Event, Role
from sivadesk.models.calls import Call
from sivadesk.ops import calls, office, users
from sivadesk.ops.contact_search import PhoneDirectory
from sivadesk.ops.contacts import ContactInput, PhoneInput, create_contact
from sivadesk.ops.context import Actor

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def cid(number: str | None, *, line: int | None = 1, name: str | None = None, **kw: object) -> CallerIdEvent:
    return CallerIdEvent(number=number, name=name, date=None, time=None, line=line, format="test", **kw)  # type: ignore[arg-type]


def contact(db: Database, admin: Actor, first: str, last: str, *numbers: str, org: str = "") -> int:
    with db.session() as s:
        data = ContactInput(
            first_name=first, last_name=last, organization=org, phones=tuple(PhoneInput(n) for n in numbers)
        )
        return create_contact(s, admin, data, allow_duplicate=True).id


def rec(db: Database, event: object, t: float, **kw: object) -> calls.CallInfo | None:
    with db.session() as s:
        return calls.record_event(s, event, received_at=at(t), **kw)  # type: ignore[arg-type]


def feed(db: Database, topic: str) -> list[dict[str, object]]:
    with db.session() as s:
        return [
            dict(e.payload) for e in s.scalars(select(Event).where(Event.topic == topic).order_by(Event.id))
        ]


def test_e164_match_answered_call_with_duration_and_feed(db: Database, admin: Actor) -> None:
    cid_ = contact(db, admin, "Claire", "Martin", "+33 6 12 34 56 78", org="Atelier Martin")
    rec(db, RingEvent(line=1), 0)
    info = rec(db, cid("0612345678", name="MARTIN C"), 2)
    assert info is not None and info.contact_id == cid_ and not info.unknown
    assert info.number_e164 == "+33612345678" and info.contact_name == "Claire Martin"
    assert info.company_name == "Atelier Martin" and info.state == "ringing"
    rec(db, RingEvent(line=1), 6)  # second ring: same call
    answered = rec(db, LineEvent(1, "off_hook"), 8)
    assert answered is not None and answered.id == info.id and answered.answer_at == at(8)
    ended = rec(db, LineEvent(1, "on_hook"), 68)
    assert ended is not None and ended.id == info.id
    assert ended.duration_s == 60 and not ended.missed and ended.end_at == at(68) and ended.rings == 2
    states = [p["state"] for p in feed(db, "call")]
    assert states == ["ringing", "ringing", "answered", "ended"]
    assert feed(db, "call")[1] == {
        "call_id": info.id,
        "line": "1",
        "number": "0612345678",
        "contact_id": cid_,
        "state": "ringing",
        "direction": "in",
    }
    assert [p["state"] for p in feed(db, "line")] == ["ringing", "on_call", "idle"]
    with db.session() as s:
        acts = list(s.scalars(select(Activity).where(Activity.contact_id == cid_)))
        assert len(acts) == 1 and acts[0].kind == "call" and acts[0].item_id == info.id
        assert s.scalar(select(func.count()).select_from(Call)) == 1


def test_rightmost_digits_match_and_placeholders_never_match(db: Database, admin: Actor) -> None:
    # Stored without the trunk prefix and not valid for the office's region: only the suffix finds it.
    cid_ = contact(db, admin, "Reza", "Ahmadi", "98 21 8888 7777 x")
    with db.session() as s:
        office.set_value(s, admin, "phone_region", "IR")
    hit = rec(db, cid("00982188887777"), 0)
    assert hit is not None and hit.contact_id == cid_
    rec(db, LineEvent(1, "on_hook"), 5)
    contact(db, admin, "Zero", "Zero", "0000000000")
    for t, number in enumerate(("0000000000", "123456", None), start=1):
        info = rec(db, cid(number, line=2), 100 * t)
        assert info is not None and info.contact_id is None and info.unknown
        rec(db, LineEvent(2, "on_hook"), 100 * t + 1)
    private = rec(db, cid(None, line=3, reason="private"), 1000)
    assert private is not None and private.private and private.contact_id is None


def test_missed_call_by_on_hook_and_by_silence(db: Database, admin: Actor) -> None:
    first = rec(db, cid("0145678901"), 0)
    rec(db, RingEvent(line=1), 4)
    missed = rec(db, LineEvent(1, "on_hook"), 10)
    assert first is not None and missed is not None and missed.missed and missed.duration_s == 0
    # A modem reports no hook state: the call ends when the rings stop.
    second = rec(db, cid("0145678902"), 100)
    assert second is not None
    with db.session() as s:
        assert calls.expire_lines(s, at(105)) == 0 and not calls.has_stale_lines(s, at(105))
        assert calls.has_stale_lines(s, at(130))
        assert calls.expire_lines(s, at(130)) == 1
        got = calls.get_call(s, admin, second.id)
        assert got.missed and got.end_at == at(100)
        assert [ls.state for ls in calls.line_states(s, admin)] == ["idle"]


def test_outgoing_call_from_off_hook_and_dialled_number(db: Database, admin: Actor) -> None:
    cid_ = contact(db, admin, "Paul", "Durand", "01 45 67 89 01")
    rec(db, LineEvent(2, "off_hook", direction="out"), 0)
    info = rec(db, cid("0145678901", line=2, direction="out"), 5)
    assert info is not None and info.direction == "out" and info.contact_id == cid_
    ended = rec(db, LineEvent(2, "on_hook"), 65)
    assert ended is not None and ended.duration_s == 65 and not ended.missed
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Call)) == 1


def test_desk_from_unit_and_i_took_it(db: Database, admin: Actor) -> None:
    rec(db, cid("0145678903", line=5), 0)
    answered = rec(db, LineEvent(5, "off_hook", desk="12", direction="in"), 3)
    assert answered is not None and answered.answered_desk == "12"
    with db.session() as s:
        agent = users.create_user(s, admin, "agent1", "Agent One", "pw-agent-123")
        agent_actor = Actor(agent.id, "agent1", Role.AGENT, "Agent One")
        taken = calls.take_call(s, agent_actor, answered.id)
    assert taken.answered_by_id == agent.id and taken.answered_by_name == "Agent One"
    with db.session() as s:
        (board,) = calls.line_states(s, admin)
        assert board.state == "on_call" and board.user_name == "Agent One" and board.number == "0145678903"
    assert feed(db, "call")[-1]["state"] == "taken"


def test_end_of_call_record_with_duration(db: Database, admin: Actor) -> None:
    rec(db, cid("0145678904", kind="call_start"), 0)
    ended = rec(db, cid("0145678904", kind="call_end", duration_s=42), 50)
    assert ended is not None and ended.duration_s == 42 and not ended.missed and ended.answer_at == at(8)
    unanswered = rec(db, cid("0145678905", kind="call_end", duration_s=0), 200)
    assert unanswered is not None and unanswered.missed
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Call)) == 2


def test_memory_dump_backfills_once_and_never_pops_up(db: Database, admin: Actor) -> None:
    old = CallerIdEvent(
        number="0145678906",
        name=None,
        date="0301",
        time="1430",
        line=1,
        popup=False,
        kind="call_end",
        duration_s=30,
        format="whozz-memory",
    )
    a = rec(db, old, 0)
    b = rec(db, old, 10)
    assert a is not None and b is not None and a.id == b.id and a.state == "ended" and a.duration_s == 30
    assert [p["state"] for p in feed(db, "call")] == ["logged"]
    assert feed(db, "line") == []


def test_errors_and_notices_are_not_calls(db: Database) -> None:
    assert rec(db, ProtocolError("bad checksum"), 0) is None
    assert rec(db, StatusEvent("mwi_on"), 0) is None


def test_log_filters_count_and_text(db: Database, admin: Actor) -> None:
    cid_ = contact(db, admin, "Claire", "Martin", "+33 6 12 34 56 78")
    rec(db, cid("0612345678"), 0)
    rec(db, LineEvent(1, "off_hook"), 3)
    rec(db, LineEvent(1, "on_hook"), 30)
    rec(db, cid("0799999999", line=2, name="INCONNU"), 100)
    rec(db, LineEvent(2, "on_hook"), 110)
    with db.session() as s:
        assert calls.count_calls(s, admin) == 2
        assert [c.number_raw for c in calls.list_calls(s, admin)] == ["0799999999", "0612345678"]
        assert [c.contact_id for c in calls.list_calls(s, admin, calls.CallFilter(missed=False))] == [cid_]
        assert calls.count_calls(s, admin, calls.CallFilter(unknown=True)) == 1
        assert calls.count_calls(s, admin, calls.CallFilter(line="2")) == 1
        assert calls.count_calls(s, admin, calls.CallFilter(text="martin")) == 1
        assert calls.count_calls(s, admin, calls.CallFilter(text="inconnu")) == 1
        assert calls.count_calls(s, admin, calls.CallFilter(text="9999")) == 1
        assert calls.count_calls(s, admin, calls.CallFilter(date_from=at(50), date_to=at(200))) == 1
        assert calls.count_calls(s, admin, calls.CallFilter(date_from=T0.date(), date_to=T0.date())) == 2
        assert calls.count_calls(s, admin, calls.CallFilter(direction="out")) == 0
        assert [c.number_raw for c in calls.missed_calls(s, admin)] == ["0799999999"]


def test_missed_call_called_back_leaves_the_list(db: Database, admin: Actor) -> None:
    rec(db, cid("0145678907"), 0)
    rec(db, LineEvent(1, "on_hook"), 5)
    with db.session() as s:
        assert len(calls.missed_calls(s, admin)) == 1
    rec(db, cid("0145678907", direction="out"), 100)
    with db.session() as s:
        assert calls.missed_calls(s, admin) == []
        assert len(calls.missed_calls(s, admin, include_called_back=True)) == 1


def test_link_unknown_caller_links_all_calls_from_that_number(db: Database, admin: Actor) -> None:
    ids = []
    for t in (0, 100, 200):
        info = rec(db, cid("0145678908"), t)
        assert info is not None and info.unknown
        ids.append(info.id)
        rec(db, LineEvent(1, "on_hook"), t + 5)
    cid_ = contact(db, admin, "Nouveau", "Client", "0145678908")
    with db.session() as s:
        assert calls.link_call_to_contact(s, admin, ids[0], cid_) == 3
    with db.session() as s:
        assert all(c.contact_id == cid_ and not c.unknown for c in calls.list_calls(s, admin))
        with pytest.raises(NotFound):
            calls.link_call_to_contact(s, admin, 99999, cid_)


def test_popup_info(db: Database, admin: Actor) -> None:
    cid_ = contact(db, admin, "Claire", "Martin", "+33 6 12 34 56 78")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with db.session() as s:
        first = calls.record_event(s, cid("0612345678"), received_at=now - dt.timedelta(minutes=30))
        calls.record_event(s, LineEvent(1, "on_hook"), received_at=now - dt.timedelta(minutes=29))
        second = calls.record_event(s, cid("0612345678"), received_at=now)
    assert first is not None and second is not None
    with db.session() as s:
        p = calls.popup_info(s, admin, second.id)
    assert p.contact_id == cid_ and p.contact_name == "Claire Martin" and p.number == "06 12 34 56 78"
    assert p.last_call_at == first.ring_at and p.open_letters == 0
    # Today's count includes this call and the earlier one when both fall on the local day.
    assert p.calls_today == (2 if first.ring_at.astimezone().date() == now.astimezone().date() else 1)


def test_watched_lines_and_permissions(db: Database, admin: Actor) -> None:
    with db.session() as s:
        assert calls.watched_lines(s, admin.user_id or 0) == []
        assert calls.set_watched_lines(s, admin, ["2", " 1 ", "2", ""]) == ["1", "2"]
    with db.session() as s:
        watched = calls.watched_lines(s, admin.user_id or 0)
    assert watched == ["1", "2"] and calls.watches(watched, "1") and not calls.watches(watched, "3")
    assert calls.watches([], "3")
    with db.session() as s:
        agent = users.create_user(s, admin, "recep", "Recep", "pw-recep-123", role="receptionist")
        nobody = Actor(agent.id, "recep", Role.RECEPTIONIST)
        with pytest.raises(PermissionDenied):
            from sivadesk.ops import call_reports

            call_reports.calls_per_day(s, nobody, T0.date(), T0.date())


def test_directory_lookup_used_when_given(db: Database, admin: Actor) -> None:
    cid_ = contact(db, admin, "Claire", "Martin", "+33 6 12 34 56 78")
    directory = PhoneDirectory(db)
    try:
        info = rec(db, cid("0612345678"), 0, directory=directory)
    finally:
        directory.close()
    assert info is not None and info.contact_id == cid_


def test_line_names() -> None:
    assert calls.line_name(None, None) == "1"
    assert calls.line_name(None, 3) == "3"
    assert calls.line_name("Accueil", 1) == "Accueil"
    assert calls.line_name("Front {n}", 2) == "Front 2"


def test_call_waiting_is_logged_missed_and_the_line_stays_on_the_call(db: Database, admin: Actor) -> None:
    first = rec(db, cid("0145678910"), 0)
    rec(db, LineEvent(1, "off_hook"), 3)
    waiting = rec(db, cid("0145678911"), 20)
    assert first is not None and waiting is not None and waiting.id != first.id
    assert waiting.missed and waiting.state == "ended"
    with db.session() as s:
        (board,) = calls.line_states(s, admin)
        assert board.state == "on_call" and board.call_id == first.id
        assert not calls.take_call(s, admin, waiting.id).missed  # switched over to it
    assert [p["state"] for p in feed(db, "call")][-1] == "taken"


def test_timeline_title_is_language_neutral(db: Database, admin: Actor) -> None:
    cid_ = contact(db, admin, "Claire", "Martin", "+33 6 12 34 56 78")
    rec(db, cid("0612345678"), 0)
    with db.session() as s:
        (act,) = s.scalars(select(Activity).where(Activity.contact_id == cid_))
        assert act.title == "↙ 06 12 34 56 78" and act.body == "1"


def _report_data(db: Database, admin: Actor) -> tuple[int, int]:
    cid_ = contact(db, admin, "Claire", "Martin", "+33 6 12 34 56 78", org="=Atelier")
    quiet = contact(db, admin, "Silent", "Sam", "+33 1 45 67 89 00")
    with db.session() as s:
        agent = users.create_user(s, admin, "agent2", "Agent Two", "pw-agent-123")
    base = dt.datetime(2026, 3, 2, 10, 0).astimezone()
    with db.session() as s:
        first = calls.record_event(s, cid("0612345678"), received_at=base)
        calls.record_event(s, LineEvent(1, "off_hook"), received_at=base + dt.timedelta(seconds=5))
        calls.record_event(s, LineEvent(1, "on_hook"), received_at=base + dt.timedelta(seconds=65))
        assert first is not None
        calls.take_call(s, Actor(agent.id, "agent2", Role.AGENT, "Agent Two"), first.id)
        calls.record_event(s, cid("0612345678"), received_at=base + dt.timedelta(hours=1))
        calls.record_event(s, LineEvent(1, "on_hook"), received_at=base + dt.timedelta(hours=1, seconds=9))
        calls.record_event(s, cid("0799999999", direction="out"), received_at=base + dt.timedelta(days=1))
    return cid_, quiet


def test_reports(db: Database, admin: Actor, tmp_path: Path) -> None:
    from sivadesk.ops import call_reports as r

    cid_, quiet = _report_data(db, admin)
    d0, d1 = dt.date(2026, 3, 2), dt.date(2026, 3, 4)
    with db.session() as s:
        days = r.calls_per_day(s, admin, d0, d1)
        hours = r.calls_per_hour(s, admin, d0, d1)
        per_contact = r.calls_per_contact(s, admin, d0, d1)
        per_agent = r.calls_per_agent(s, admin, d0, d1)
        outcome = r.missed_vs_answered(s, admin, d0, d1)
        silent = r.contacts_without_call_since(s, admin, d0)
    assert [(x.day.day, x.incoming, x.outgoing, x.answered, x.missed) for x in days] == [
        (2, 2, 0, 1, 1),
        (3, 0, 1, 0, 0),
        (4, 0, 0, 0, 0),
    ]
    assert [(h.hour, h.calls, h.missed) for h in hours if h.calls] == [(10, 1, 0), (11, 1, 1)]
    assert r.peak_hours(hours) == [10, 11]
    assert [(c.contact_id, c.calls, c.missed, c.talk_s) for c in per_contact] == [(cid_, 2, 1, 60)]
    assert [(a.name, a.answered, a.talk_s, a.average_s) for a in per_agent] == [("Agent Two", 1, 60, 60)]
    assert {o.outcome: o.calls for o in outcome} == {"answered": 1, "missed": 1, "outgoing": 1}
    assert [q.contact_id for q in silent] == [quiet]
    with db.session() as s:
        assert [q.contact_id for q in r.contacts_without_call_since(s, admin, dt.date(2026, 4, 1))] == [
            quiet,
            cid_,
        ]
    text = r.to_csv(per_contact, tmp_path / "contacts.csv")
    assert text.splitlines()[0] == "contact_id,name,organization,calls,missed,talk_s,last_call_at"
    assert "'=Atelier" in text  # formula injection quoted
    assert (tmp_path / "contacts.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert r.to_csv([]) == ""


def test_desk_reported_by_the_unit_names_the_agent(db: Database, admin: Actor) -> None:
    with db.session() as s:
        agent = users.create_user(s, admin, "desk12", "Desk Twelve", "pw-agent-123")
        calls.assign_desk(s, admin, " 12 ", agent.id)
        assert [(d.desk, d.user_name) for d in calls.desk_assignments(s, admin)] == [("12", "Desk Twelve")]
        with pytest.raises(PermissionDenied):
            calls.assign_desk(s, Actor(agent.id, "desk12", Role.AGENT), "13", agent.id)
        with pytest.raises(NotFound):
            calls.assign_desk(s, admin, "14", 9999)
    rec(db, cid("0145678912", line=4), 0)
    answered = rec(db, LineEvent(4, "off_hook", desk="12", direction="in"), 2)
    assert answered is not None and answered.answered_by_name == "Desk Twelve"
    with db.session() as s:
        assert calls.line_states(s)[0].user_name == "Desk Twelve"
        calls.assign_desk(s, admin, "12", None)
        assert calls.desk_assignments(s, admin) == []


# -- every (line state, event) pair: random event sequences keep the books straight --------------

_events = st.one_of(
    st.builds(RingEvent, line=st.sampled_from([1, 2])),
    st.builds(
        LineEvent,
        line=st.sampled_from([1, 2]),
        state=st.sampled_from(["ring", "off_hook", "on_hook", "hook_flash"]),
        desk=st.sampled_from([None, "12"]),
        direction=st.sampled_from([None, "in", "out"]),
    ),
    st.builds(
        cid,
        st.sampled_from(["0612345678", "0145678901", None, "0000000000"]),
        line=st.sampled_from([1, 2]),
        direction=st.sampled_from(["in", "out"]),
        kind=st.sampled_from(["call", "call_start", "call_end"]),
        duration_s=st.sampled_from([None, 0, 30]),
        popup=st.booleans(),
    ),
)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(_events, st.floats(0, 30)), min_size=1, max_size=12))
def test_any_event_sequence_keeps_lines_and_calls_consistent(
    db: Database, admin: Actor, steps: list[tuple[object, float]]
) -> None:
    with db.session() as s:
        t = s.scalar(select(func.max(Call.ring_at)))
    clock = max(T0, t or T0) + dt.timedelta(hours=1)
    for event, gap in steps:
        clock += dt.timedelta(seconds=gap)
        with db.session() as s:
            calls.record_event(s, event, received_at=clock)  # type: ignore[arg-type]
            calls.expire_lines(s, clock)
    with db.session() as s:
        states = calls.line_states(s, admin)
        for ls in states:
            open_calls = s.scalars(
                select(Call).where(Call.line == ls.line, Call.state != "ended", Call.ring_at >= T0)
            ).all()
            if ls.state == "idle":
                assert ls.call_id is None
            else:
                assert ls.call_id is not None and ls.call_id in {c.id for c in open_calls}
            # a call left open is always the one its line is on
            assert {c.id for c in open_calls} <= {ls.call_id}
        for c in s.scalars(select(Call)):
            if c.state == "ended":
                assert c.end_at is not None and c.duration_s is not None and c.duration_s >= 0
            assert not (c.missed and c.direction == "out")
            assert not (c.missed and c.answer_at is not None and c.answered_by_id is not None)
            assert c.contact_id is None  # no contact exists: nothing may match, placeholders least of all


def test_two_listeners_on_a_new_line_at_once(db: Database) -> None:
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def ring() -> None:
        try:
            barrier.wait(5)
            with db.session() as s:
                calls.record_event(s, RingEvent(line=7), received_at=at(0))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=ring) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert errors == []
    with db.session() as s:
        (call,) = s.scalars(select(Call))
        assert call.rings == 2 and [ls.state for ls in calls.line_states(s)] == ["ringing"]


def test_a_call_can_be_referred_and_counts_as_an_open_task(db: Database, admin: Actor) -> None:
    from sivadesk.ops import referrals

    cid_ = contact(db, admin, "Claire", "Martin", "+33 6 12 34 56 78")
    info = rec(db, cid("0612345678"), 0)
    assert info is not None
    with db.session() as s:
        agent = users.create_user(s, admin, "callback", "Call Back", "pw-agent-123")
        (step,) = referrals.refer(
            s, admin, "call", info.id, [referrals.Target.user(agent.id)], "action", "call her back"
        )
        assert step.item_type == "call"
        summary = referrals.ITEM_TYPES["call"].describe(s, [info.id])[info.id]
        assert (summary.number, summary.title, summary.contact_id) == (
            "06 12 34 56 78",
            "Claire Martin",
            cid_,
        )
        assert calls.popup_info(s, admin, info.id).open_tasks == 1
        with pytest.raises(NotFound):
            referrals.refer(s, admin, "call", 99999, [referrals.Target.user(agent.id)], "action")
