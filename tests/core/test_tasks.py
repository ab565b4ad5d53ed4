"""Tasks on SQLite and PostgreSQL through the real services: creating and referring in one go, who may
edit/delete (creator or current holder only), return to the referrer, circular referral flagged,
done with a note, the cartable, the contact timeline, links to other items, due reminders after a
restart."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from sivadesk.db import Database
from sivadesk.errors import NotFound, PermissionDenied, ValidationError
from sivadesk.models import AuditLog, ReferralStep, Role, utcnow
from sivadesk.models.tasks import Task
from sivadesk.ops import activity, contacts, letters, referrals, registers, tasks, users
from sivadesk.ops.context import Actor
from sivadesk.ops.referrals import Target

PASSWORD = "correct horse"


def _user(db: Database, admin: Actor, name: str, role: Role = Role.AGENT, dept: int | None = None) -> Actor:
    with db.session() as s:
        info = users.create_user(s, admin, name, name.title(), PASSWORD, role, department_id=dept)
    return Actor(info.id, info.username, role, info.full_name, dept)


def _uid(a: Actor) -> int:
    assert a.user_id is not None
    return a.user_id


def _task(db: Database, actor: Actor, *to: Actor, **kw: object) -> tasks.TaskInfo:
    with db.session() as s:
        return tasks.create_task(
            s,
            actor,
            str(kw.pop("title", "Rappeler M. Dupont")),
            targets=[Target.user(_uid(a)) for a in to],
            **kw,
        )  # type: ignore[arg-type]


def _steps(db: Database, task_id: int) -> list[ReferralStep]:
    with db.session() as s:
        q = select(ReferralStep).where(ReferralStep.item_type == "task", ReferralStep.item_id == task_id)
        rows = list(s.scalars(q.order_by(ReferralStep.id)))
        s.expunge_all()
        return rows


def test_create_refer_and_who_may_edit_or_delete(db: Database, admin: Actor) -> None:
    ali, sara, reza = (_user(db, admin, n) for n in ("ali", "sara", "reza"))
    due = utcnow() + dt.timedelta(days=2)
    t = _task(db, ali, sara, description="Envoyer le devis", priority="high", due_at=due)
    assert (t.title, t.priority, t.status, t.created_by_name) == ("Rappeler M. Dupont", "high", "open", "Ali")
    assert t.holder_names == ("Sara",) and t.may_edit
    (step,) = _steps(db, t.id)
    assert (step.from_user_id, step.to_user_id, step.instruction, step.deadline) == (
        ali.user_id,
        sara.user_id,
        "action",
        due,
    )
    # creator and holder may edit; a third user cannot even see it; a manager sees it but may not edit
    with db.session() as s:
        assert tasks.update_task(s, sara, t.id, title="Rappeler Dupont").title == "Rappeler Dupont"
        assert tasks.update_task(s, ali, t.id, priority="urgent").priority == "urgent"
        assert tasks.get_task(s, sara, t.id).may_edit
    with db.session() as s, pytest.raises(NotFound):
        tasks.update_task(s, reza, t.id, title="x")
    boss = _user(db, admin, "boss", Role.MANAGER)
    with db.session() as s:
        assert not tasks.get_task(s, boss, t.id).may_edit
    with db.session() as s, pytest.raises(PermissionDenied):
        tasks.update_task(s, boss, t.id, title="x")
    with db.session() as s, pytest.raises(PermissionDenied):
        tasks.delete_task(s, boss, t.id)
    # Sara refers it on to Reza: she no longer holds it once she closes her step, Reza does
    with db.session() as s:
        referrals.refer(s, sara, "task", t.id, [Target.user(_uid(reza))], "action", parent_step_id=step.id)
        referrals.close(s, sara, step.id)
    with db.session() as s, pytest.raises(PermissionDenied):
        tasks.update_task(s, sara, t.id, title="y")
    with db.session() as s:
        assert tasks.update_task(s, reza, t.id, description="fait à moitié").description == "fait à moitié"
    with db.session() as s, pytest.raises(PermissionDenied):
        tasks.delete_task(s, sara, t.id)
    with db.session() as s:
        tasks.delete_task(s, reza, t.id)
    assert _steps(db, t.id) == []
    with db.session() as s:
        assert s.get(Task, t.id) is None
        actions = set(s.scalars(select(AuditLog.action).where(AuditLog.entity == "task")))
    assert {"create", "update", "delete"} <= actions


def test_bad_input(db: Database, admin: Actor) -> None:
    ali = _user(db, admin, "ali")
    with db.session() as s, pytest.raises(ValidationError):
        tasks.create_task(s, ali, "  ")
    with db.session() as s, pytest.raises(ValidationError):
        tasks.create_task(s, ali, "x", priority="whenever")
    with db.session() as s, pytest.raises(ValidationError):
        tasks.create_task(s, ali, "x", due_at=utcnow() - dt.timedelta(hours=1))
    with db.session() as s, pytest.raises(ValueError):
        tasks.create_task(s, ali, "x", due_at=dt.datetime(2030, 1, 1))
    with db.session() as s, pytest.raises(NotFound):
        tasks.create_task(s, ali, "x", contact_id=999_999)
    with db.session() as s, pytest.raises(ValidationError):
        tasks.create_task(s, ali, "x", link_type="spaceship", link_id=1)
    with db.session() as s, pytest.raises(ValidationError):
        tasks.list_tasks(s, ali, "someday")


def test_return_creates_a_step_and_circular_referral_is_flagged(db: Database, admin: Actor) -> None:
    ali, sara, reza = (_user(db, admin, n) for n in ("ali", "sara", "reza"))
    t = _task(db, ali, sara)
    (first,) = _steps(db, t.id)
    with db.session() as s, pytest.raises(ValidationError):
        referrals.return_to_sender(s, sara, first.id, "  ")
    with db.session() as s:
        back = referrals.return_to_sender(s, sara, first.id, "Le numéro est faux")
    assert (back.kind, back.from_user_id, back.to_user_id, back.note, back.parent_step_id) == (
        "return",
        sara.user_id,
        ali.user_id,
        "Le numéro est faux",
        first.id,
    )
    steps = _steps(db, t.id)
    assert [x.status for x in steps] == ["closed", "open"]
    # Ali (creator, now holding the return) refers to Reza, Reza back to Sara, Sara back to Ali: circles
    with db.session() as s:
        (to_reza,) = referrals.refer(
            s, ali, "task", t.id, [Target.user(_uid(reza))], "action", parent_step_id=back.id
        )
        (to_sara,) = referrals.refer(
            s, reza, "task", t.id, [Target.user(_uid(sara))], "opinion", parent_step_id=to_reza.id
        )
        (to_ali,) = referrals.refer(
            s, sara, "task", t.id, [Target.user(_uid(ali))], "action", parent_step_id=to_sara.id
        )
    assert not to_reza.circular
    assert to_sara.circular and to_sara.flagged  # Sara was on the path already
    assert to_ali.circular and to_ali.already_open  # Ali still holds the returned step
    with db.session() as s:
        tree = referrals.history(s, ali, "task", t.id)
    assert len(tree) == 1 and tree[0].children[0].step.kind == "return"


def test_done_with_a_note_closes_pending_steps_and_reopen(db: Database, admin: Actor) -> None:
    ali, sara, reza = (_user(db, admin, n) for n in ("ali", "sara", "reza"))
    t = _task(db, ali, sara, reza)
    with db.session() as s, pytest.raises(ValidationError):
        tasks.complete_task(s, sara, t.id, "")
    other = _user(db, admin, "other")
    with db.session() as s, pytest.raises(NotFound):
        tasks.complete_task(s, other, t.id, "fait")
    with db.session() as s:
        done = tasks.complete_task(s, sara, t.id, "Client rappelé, devis envoyé")
    assert (done.status, done.done_note, done.holder_ids) == ("done", "Client rappelé, devis envoyé", ())
    steps = _steps(db, t.id)
    assert {x.status for x in steps} == {"closed"}
    mine = next(x for x in steps if x.to_user_id == sara.user_id)
    assert mine.action_note == "Client rappelé, devis envoyé" and mine.acted_at is not None
    with db.session() as s, pytest.raises(ValidationError):
        tasks.complete_task(s, ali, t.id, "encore")
    with db.session() as s, pytest.raises(PermissionDenied):
        tasks.reopen_task(s, sara, t.id)
    with db.session() as s:
        assert tasks.reopen_task(s, ali, t.id).status == "open"


def test_boxes_cartable_timeline_and_links(db: Database, admin: Actor) -> None:
    ali, sara = _user(db, admin, "ali"), _user(db, admin, "sara")
    with db.session() as s:
        cid = contacts.create_contact(
            s, admin, contacts.ContactInput(kind="company", organization="Pars Co")
        ).id
        rid = registers.create_register(s, admin, "Arrivée", "IN", "inbound", "A-{year}-{seq}").id
    with db.session() as s:
        lid = letters.create_draft(s, ali, rid, "Demande de devis").id
    referred = _task(db, ali, sara, contact_id=cid, link_type="letter", link_id=lid)
    alone = _task(db, ali, title="Préparer la réunion", contact_id=cid)
    assert (referred.link_type, referred.link_id, referred.contact_name) == ("letter", lid, "Pars Co")
    with db.session() as s:
        assert [x.id for x in tasks.list_tasks(s, ali, "created")] == [alone.id, referred.id]
        assert [x.id for x in tasks.list_tasks(s, sara, "held")] == [referred.id]
        assert [x.id for x in tasks.list_tasks(s, sara, "mine")] == [referred.id]
        assert tasks.list_tasks(s, sara, "created") == []
        assert {x.id for x in tasks.list_tasks(s, admin, "all")} == {referred.id, alone.id}
        assert [x.id for x in tasks.list_tasks(s, sara, "all")] == [referred.id]
        box = referrals.cartable(s, sara, "received")
        assert [(e.step.item_type, e.item and e.item.title) for e in box] == [("task", "Rappeler M. Dupont")]
        timeline = activity.timeline(s, admin, cid)
    assert {(a.kind, a.item_type, a.item_id) for a in timeline} >= {
        ("task", "task", referred.id),
        ("task", "task", alone.id),
    }
    # Sara may not link a letter she cannot see
    with db.session() as s, pytest.raises(NotFound):
        tasks.update_task(s, sara, referred.id, link=("letter", lid + 1000))
    # late box
    with db.session() as s:
        s.execute(update(Task).where(Task.id == referred.id).values(due_at=utcnow() - dt.timedelta(hours=1)))
    with db.session() as s:
        assert [x.id for x in tasks.list_tasks(s, sara, "late")] == [referred.id]
        assert tasks.get_task(s, sara, referred.id).overdue()


def test_due_reminders_after_a_restart_are_late(db: Database, admin: Actor) -> None:
    ali, sara = _user(db, admin, "ali"), _user(db, admin, "sara")
    t = _task(db, ali, sara, due_at=utcnow() + dt.timedelta(hours=1))
    with db.session() as s:
        assert tasks.due_reminders(s, ali, utcnow()) == []
    # the app was closed while the task fell due two hours ago: at the next start it shows, late
    due = utcnow() - dt.timedelta(hours=2)
    with db.session() as s:
        s.execute(update(Task).where(Task.id == t.id).values(due_at=due))
    now = utcnow()
    with db.session() as s:
        (r,) = tasks.due_reminders(s, ali, now)
        (r2,) = tasks.due_reminders(s, sara, now)
    assert (r.item_type, r.item_id, r.at, r.late) == ("task", t.id, due, True)
    assert r2.item_id == t.id
    # on time (within a minute): not late
    with db.session() as s:
        assert not tasks.due_reminders(s, ali, due + dt.timedelta(seconds=30))[0].late
    # Ali snoozes, Sara dismisses
    with db.session() as s:
        tasks.ack_reminder(s, ali, "task", t.id, r.at, snooze_until=now + dt.timedelta(minutes=10))
        tasks.ack_reminder(s, sara, "task", t.id, r.at)
    with db.session() as s:
        assert tasks.due_reminders(s, ali, now) == []
        assert [x.item_id for x in tasks.due_reminders(s, ali, now + dt.timedelta(minutes=11))] == [t.id]
        assert tasks.due_reminders(s, sara, now + dt.timedelta(days=1)) == []
    # done tasks do not remind
    with db.session() as s:
        tasks.complete_task(s, ali, t.id, "fait")
    with db.session() as s:
        assert tasks.due_reminders(s, ali, now + dt.timedelta(minutes=11)) == []


def test_referred_to_a_department_every_member_holds_it(db: Database, admin: Actor) -> None:
    with db.session() as s:
        dept = users.create_department(s, admin, "Ventes", "VEN").id
    ali = _user(db, admin, "ali")
    sara, reza = _user(db, admin, "sara", dept=dept), _user(db, admin, "reza", dept=dept)
    with db.session() as s:
        t = tasks.create_task(s, ali, "Offre salon", targets=[Target.department(dept)])
    assert set(t.holder_ids) == {sara.user_id, reza.user_id}
    assert {x.to_department_id for x in _steps(db, t.id)} == {dept}
    (sara_step,) = [x for x in _steps(db, t.id) if x.to_user_id == sara.user_id]
    with db.session() as s:
        assert tasks.update_task(s, reza, t.id, priority="low").priority == "low"
        # Sara is done with her step (acted): she no longer holds it, Reza still does
        referrals.act(s, sara, sara_step.id, "Prix envoyés")
    with db.session() as s:
        assert tasks.get_task(s, ali, t.id).holder_ids == (reza.user_id,)
        with pytest.raises(PermissionDenied):
            tasks.update_task(s, sara, t.id, priority="high")
        assert [x.id for x in tasks.list_tasks(s, sara, "all")] == [t.id]  # she still sees it
        assert tasks.list_tasks(s, sara, "held") == []


def test_workload_report_and_csv(db: Database, admin: Actor) -> None:
    from sivadesk.ops import task_reports

    ali, sara = _user(db, admin, "ali"), _user(db, admin, "sara")
    start = utcnow() - dt.timedelta(days=1)
    late = _task(db, ali, sara, title="En retard", due_at=utcnow() + dt.timedelta(hours=1))
    done = _task(db, ali, sara, title="Faite")
    with db.session() as s:  # the first one's deadline has passed; the second took two hours
        s.execute(
            update(ReferralStep)
            .where(ReferralStep.item_type == "task", ReferralStep.item_id == late.id)
            .values(deadline=utcnow() - dt.timedelta(minutes=5))
        )
        s.execute(
            update(ReferralStep)
            .where(ReferralStep.item_type == "task", ReferralStep.item_id == done.id)
            .values(sent_at=utcnow() - dt.timedelta(hours=2))
        )
    (step,) = _steps(db, done.id)
    with db.session() as s:
        referrals.act(s, sara, step.id, "Fait")
    with db.session() as s, pytest.raises(PermissionDenied):
        task_reports.workload(s, sara, start)
    with db.session() as s:
        rows = {r.name: r for r in task_reports.workload(s, admin, start)}
    r = rows["Sara"]
    assert (r.open_steps, r.overdue_steps, r.finished_steps) == (1, 1, 1)
    assert r.average_dwell is not None and abs(r.average_dwell - dt.timedelta(hours=2)) < dt.timedelta(
        minutes=1
    )
    assert rows["Ali"].open_tasks_created == 2 and rows["Ali"].average_dwell is None
    text = task_reports.workload_csv(list(rows.values()))
    lines = text.splitlines()
    assert lines[0].startswith("user,open_steps,overdue_steps") and "Sara,1,1,1,2.0,0" in lines
