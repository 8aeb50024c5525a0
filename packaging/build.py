"""`make package`: the one-folder build (PyInstaller, packaging/casebook.spec), its tarball and checksum.

Writes build/dist/casebook/ (run build/dist/casebook/casebook), build/casebook-VERSION-linux-x86_64.tar.gz
and its .sha256 (`sha256sum -c` reads it), and prints the folder's unpacked size, which must stay
within MAX_MB. The tarball holds the .desktop file, the metainfo and the icon at its top, beside
the folder, for a desktop that wants them (README: "Install without Python").
"""

import hashlib
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = BUILD / "dist" / "casebook"
APP_ID = "org.casebook.Casebook"
MAX_MB = 150
# What a desktop needs beside the folder, by the names it looks for (the icon under the application's id).
DESKTOP_FILES = {f"{APP_ID}.desktop": ROOT / "resources" / f"{APP_ID}.desktop",
                 f"{APP_ID}.metainfo.xml": ROOT / "resources" / f"{APP_ID}.metainfo.xml",
                 f"{APP_ID}.svg": ROOT / "resources" / "icons" / "casebook.svg"}


def folder_size(folder: Path) -> int:
    """Bytes of every file under `folder`, as it takes once unpacked (symbolic links count nothing)."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def freeze() -> float:
    """Run PyInstaller on the spec; the seconds it took."""
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST.parent), "--workpath", str(BUILD / "work"), str(ROOT / "packaging" / "casebook.spec")],
                   check=True, cwd=ROOT)
    return time.monotonic() - started


def tarball(version: str) -> Path:
    """build/casebook-VERSION-linux-ARCH.tar.gz: casebook-VERSION/ holding the folder and the desktop files."""
    name = f"casebook-{version}-{platform.system().lower()}-{platform.machine()}"
    top = f"casebook-{version}"
    path = BUILD / f"{name}.tar.gz"

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(path, "w:gz", compresslevel=6) as archive:
        archive.add(DIST, arcname=f"{top}/casebook", filter=owned_by_root)
        for arcname, source in DESKTOP_FILES.items():
            archive.add(source, arcname=f"{top}/{arcname}", filter=owned_by_root)
    return path


def checksum(path: Path) -> Path:
    """PATH.sha256 in `sha256sum` format, so `sha256sum -c PATH.sha256` checks the copy."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    line = path.with_name(path.name + ".sha256")
    line.write_text(f"{digest.hexdigest()}  {path.name}\n", encoding="ascii")
    return line


def main() -> int:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    shutil.rmtree(DIST, ignore_errors=True)
    seconds = freeze()
    size = folder_size(DIST)
    archive = tarball(version)
    digest_file = checksum(archive)
    mb = size / 1e6
    print(f"Built {DIST.relative_to(ROOT)}/ in {seconds:.0f} s: {mb:.1f} MB unpacked (target ≤ {MAX_MB} MB)")
    print(f"Tarball {archive.relative_to(ROOT)}: {archive.stat().st_size / 1e6:.1f} MB")
    print(f"Checksum {digest_file.relative_to(ROOT)}: {digest_file.read_text(encoding='ascii').split()[0]}")
    if mb > MAX_MB:
        print(f"The build is {mb:.1f} MB, over the {MAX_MB} MB it must stay within: see what packaging/casebook.spec lets in.",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
