"""A counter opened while its server did not answer checks the club's schema when the server
first answers, before it sends its queue: a database a newer program has changed is not
written to, and the counter says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from loyaltydesk.bootstrap import build_services
from loyaltydesk.persistence.database import HEAD_REVISION, normalise_url
from loyaltydesk.settings import Settings
from tests.conftest import LIGHT_HASHER, FakeClock
from tests.integration.helpers import been_online
from tests.pgserver import PostgresCluster

pytestmark = pytest.mark.postgres


def _set_revision(url: str, revision: str) -> None:
    engine = create_engine(normalise_url(url))
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


def test_a_newer_programs_database_found_at_the_first_answer_gets_nothing_sent(
    own_cluster: PostgresCluster, tmp_path: Path, clock: FakeClock
) -> None:
    url = own_cluster.url()
    settings = Settings(data_dir=tmp_path / "data", language="en", counter="counter-1")
    s = build_services(settings, url, clock=clock, hasher=LIGHT_HASHER)
    try:
        member = been_online(s)
    finally:
        s.close()
    own_cluster.stop_server()
    offline = build_services(settings, url, clock=clock, hasher=LIGHT_HASHER, offline_start=True)
    try:
        assert offline.started_offline and offline.link.online is False
        nima = offline.staff.sign_in("Nima", "1111", "counter-1")
        assert nima.offline
        offline.link.credit("kept-1", member.id, 1_000_000, nima)
        own_cluster.start_server()
        _set_revision(url, "9999")  # a newer program upgraded the club meanwhile
        assert not offline.link.probe()
        assert offline.link.problem is not None
        assert offline.link.problem.code == "database.too_new"
        report = offline.link.sync()
        assert report is not None and (report.sent, report.left) == (0, 1)
        _set_revision(url, HEAD_REVISION)  # this program's own again (the newer one rolled back)
        assert offline.link.probe() and offline.link.problem is None
        report = offline.link.sync()
        assert report is not None and (report.sent, report.left) == (1, 0)
        assert offline.membership.get(member.id).balance == 10
    finally:
        offline.close()
