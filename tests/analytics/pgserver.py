"""A real PostgreSQL server for the tests: initdb in a temporary folder, pg_ctl on a free port."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg

# Debian's postgresql package puts the server programs here, one folder per major version.
DEBIAN_ROOT = Path("/usr/lib/postgresql")
# initdb refuses to run as root; as root the server runs as this user.
SERVER_USER = "postgres"
SUPERUSER = "test"
# Connections over TCP need it (scram-sha-256), so the keyring's password is really used.
PASSWORD = "kbassist-test-pw"
START_TIMEOUT_S = 60


class PostgresUnavailableError(RuntimeError):
    """The server programs are not installed, or cannot be run here."""


def find_binaries() -> Path:
    """The folder with initdb and pg_ctl: the newest Debian version, else on PATH."""
    folders = sorted(DEBIAN_ROOT.glob("*/bin"), key=_version, reverse=True)
    for folder in folders:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    raise PostgresUnavailableError(
        "The PostgreSQL server programs (initdb, pg_ctl) are not installed, and the analytics "
        "tests need a real server. Install them with "
        "`apt-get install -y --no-install-recommends postgresql` (Debian) and run the tests again."
    )


def _version(folder: Path) -> int:
    name = folder.parent.name
    return int(name) if name.isdigit() else 0


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PostgresServer:
    """One throwaway server: start(), stop(), start() again on the same data and port."""

    def __init__(self) -> None:
        self.binaries = find_binaries()
        self.user = self._server_user()
        # Not under pytest's temporary folders: those are private to root, and the server
        # runs as another user.
        self.folder = Path(tempfile.mkdtemp(prefix="kbassist-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        if self.user is not None:
            os.chown(self.folder, self.user.pw_uid, self.user.pw_gid)
        password_file = self.folder / "password"
        password_file.write_text(PASSWORD + "\n", "utf-8")
        self._run(
            "initdb",
            *("-D", str(self.data), "-U", SUPERUSER, "-E", "UTF8"),
            *("--auth-local=trust", "--auth-host=scram-sha-256", f"--pwfile={password_file}"),
        )
        self.running = False

    def _server_user(self) -> pwd.struct_passwd | None:
        if os.geteuid() != 0:
            return None
        try:
            return pwd.getpwnam(SERVER_USER)
        except KeyError:
            raise PostgresUnavailableError(
                f"The tests run as root, and PostgreSQL refuses to; there is no '{SERVER_USER}' "
                f"user to run it as. Create one (`useradd --system {SERVER_USER}`) or install "
                "Debian's postgresql package, which does."
            ) from None

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.binaries / program), *args]
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S,
            user=self.user.pw_uid if self.user is not None else None,
            cwd=self.folder,
            check=False,
        )
        if result.returncode != 0:
            raise PostgresUnavailableError(
                f"{program} failed ({result.returncode}): {result.stderr.strip() or result.stdout}"
            )

    @property
    def admin_url(self) -> str:
        """The server's own database, as the superuser."""
        return self.url("postgres")

    def url(self, database: str, *, with_password: bool = True) -> str:
        """The address of database on this server (with the password in it, or not)."""
        login = f"{SUPERUSER}:{PASSWORD}" if with_password else SUPERUSER
        return f"postgresql://{login}@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        """Start the server (waits until it accepts connections)."""
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")
        self.running = True

    def stop(self) -> None:
        """Stop the server at once (connections are cut, as when a server goes down)."""
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.running = False

    def new_database(self) -> str:
        """A fresh, empty database; its address."""
        name = f"kb_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_url, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def remove(self) -> None:
        """Stop the server and delete its folder."""
        try:
            self.stop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
