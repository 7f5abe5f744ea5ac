"""The test clusters' server options are made in one place, for every kind of cluster."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from tests.pgserver import PostgresCluster, TcpCluster, _bin_dir

pytestmark = pytest.mark.skipif(_bin_dir() is None, reason="PostgreSQL is not installed")


@pytest.fixture
def made() -> Iterator[list[PostgresCluster]]:
    clusters: list[PostgresCluster] = []
    yield clusters
    for cluster in clusters:  # never started: only their folders to remove
        shutil.rmtree(cluster.root, ignore_errors=True)


def test_each_cluster_starts_with_its_own_options_from_one_place(
    made: list[PostgresCluster],
) -> None:
    quick, durable, tcp = (
        PostgresCluster(),
        PostgresCluster(durable=True, tcp=True),
        TcpCluster("pw"),
    )
    made += [quick, durable, tcp]
    fast = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    assert quick.server_options() == (
        f"-p {quick.port} -k {quick.root} -c listen_addresses='' {fast} -c max_connections=60"
    )
    assert durable.server_options() == (
        f"-p {durable.port} -k {durable.root} -c listen_addresses='127.0.0.1' -c max_connections=60"
    )
    assert tcp.server_options() == (
        f"-p {tcp.port} -k {tcp.root} -c listen_addresses='127.0.0.1' {fast} -c max_connections=40"
    )
    assert "start_server" not in vars(TcpCluster)
    # A password cluster's own set-up still goes through its socket, without a password.
    assert f"host={tcp.root}&" in tcp.url()
