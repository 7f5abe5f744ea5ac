"""A throw-away PostgreSQL cluster for the test suite (initdb in a temporary folder).

initdb and postgres refuse to run as root, and CI runs as root: then the cluster folder is
given to the `postgres` user and the server runs as that user, listening only on a unix
socket in that folder.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def _bin_dir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresCluster:
    """``durable`` keeps fsync and synchronous commit on (the tests turn them off for
    speed; a benchmark must not); ``tcp`` listens on 127.0.0.1 besides the socket, as a
    counter on another PC reaches its server over the network."""

    max_connections = 60  # ten counter processes of the load benchmark, and their pools

    def __init__(self, *, durable: bool = False, tcp: bool = False) -> None:
        self.durable = durable
        self.tcp = tcp
        self.listen = "127.0.0.1" if tcp else ""  # never another address
        bin_dir = _bin_dir()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL server programs (initdb) are not installed")
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="loyaltydesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self.user = "postgres" if self.as_root else os.environ.get("USER", "postgres")

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True)

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        os.chmod(self.root, 0o755)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            self.user,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        self.start_server()

    def server_options(self) -> str:
        """What pg_ctl hands the server: its port, its socket folder, where it listens,
        and (unless durable) no waiting for the disk."""
        options = [f"-p {self.port}", f"-k {self.root}", f"-c listen_addresses='{self.listen}'"]
        if not self.durable:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        options.append(f"-c max_connections={self.max_connections}")
        return " ".join(options)

    def start_server(self) -> None:
        """Start (or start again, after stop_server) the server on the same folder and port."""
        options = self.server_options()
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        deadline = time.monotonic() + 30
        while not (self.root / f".s.PGSQL.{self.port}").exists():
            if time.monotonic() > deadline:
                raise RuntimeError("PostgreSQL did not start: " + self.log())
            time.sleep(0.1)

    def log(self) -> str:
        path = self.root / "log"
        return path.read_text() if path.exists() else ""

    def url(self, database: str = "postgres") -> str:
        host = "127.0.0.1" if self.tcp else self.root
        return f"postgresql+psycopg://{self.user}@/{database}?host={host}&port={self.port}"

    def stop_server(self, mode: str = "fast") -> None:
        """Stop the server but keep its data: a server that is down or restarting
        ("immediate": as a crash or a pulled plug leaves it, recovering at the next start)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


class TcpCluster(PostgresCluster):
    """A cluster that listens on 127.0.0.1 (never another address) with password (scram)
    authentication, and TLS with a certificate of the given CA when ``tls`` holds the
    server's certificate and key (PEM). The superuser's password is ``password``; the unix
    socket stays open without one, for the fixtures' own set-up."""

    max_connections = 40

    def __init__(self, password: str, tls: tuple[bytes, bytes] | None = None) -> None:
        super().__init__()
        self.listen = "127.0.0.1"  # besides the socket, which the fixtures use to set up
        self.password = password
        self.tls = tls

    def start(self) -> None:
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        os.chmod(self.root, 0o755)
        pwfile = self.root / "pwfile"
        pwfile.write_text(self.password + "\n")
        if self.as_root:
            shutil.chown(pwfile, "postgres", "postgres")
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            self.user,
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            f"--pwfile={pwfile}",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        pwfile.unlink()
        hba = self.data / "pg_hba.conf"
        kind = "hostssl" if self.tls else "host"
        hba.write_text(f"local all all trust\n{kind} all all 127.0.0.1/32 scram-sha-256\n")
        if self.tls:
            cert, key = self.tls
            for name, content in (("server.crt", cert), ("server.key", key)):
                path = self.data / name
                path.write_bytes(content)
                os.chmod(path, 0o600)
                if self.as_root:
                    shutil.chown(path, "postgres", "postgres")
            with (self.data / "postgresql.conf").open("a") as conf:
                conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n")
        if self.as_root:
            shutil.chown(hba, "postgres", "postgres")
        self.start_server()

    def create_database(self, name: str) -> None:
        self._run("createdb", "-h", str(self.root), "-p", str(self.port), "-U", self.user, name)

    def sql(self, database: str, statement: str) -> None:
        self._run(
            "psql",
            "-h",
            str(self.root),
            "-p",
            str(self.port),
            "-U",
            self.user,
            "-d",
            database,
            "-v",
            "ON_ERROR_STOP=1",
            "-c",
            statement,
        )


def make_tls_files(folder: Path) -> tuple[Path, Path, tuple[bytes, bytes]]:
    """A self-signed CA, another CA nobody trusts, and a server certificate of the first
    for the address 127.0.0.1 only (so "localhost" is a name it does not hold): the CA's
    file, the stranger's file, and the server's (certificate, key) in PEM."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    def authority(label: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder()
            .subject_name(name(label))
            .issuer_name(name(label))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(key, hashes.SHA256())
        )
        return key, cert

    ca_key, ca_cert = authority("LoyaltyDesk test CA")
    _, stranger = authority("Someone else's CA")
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(name("127.0.0.1"))
        .issuer_name(ca_cert.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    ca_file = folder / "ca.pem"
    ca_file.write_bytes(ca_cert.public_bytes(pem))
    stranger_file = folder / "stranger-ca.pem"
    stranger_file.write_bytes(stranger.public_bytes(pem))
    key_pem = server_key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return ca_file, stranger_file, (server_cert.public_bytes(pem), key_pem)
