"""The batch folder: its file names, its lock, and manifest.json as a typed record (one reader, one writer).

`narrate batch` writes OUTDIR; `narrate feed`, `serve`, `script` and `say` read it. All of them go through
this module: `Record` is one story's line in the manifest, `read_manifest` / `write_manifest` the only way to
read or write the file, `folder_lock` the only lock. A record read from disk is checked: a file name that
would leave OUTDIR, or a field of the wrong type, is dropped (the story is then narrated again).
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import json
import os
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from narrate.errors import BusyError, ManifestError, NarrateError, OutputError, SourceNotFoundError
from narrate.files import read_regular, write_text, xml_text

# bump when a change in narrate makes old files wrong: every story is then narrated again (2: .timings.json)
FORMAT_VERSION = 2
MANIFEST_NAME = "manifest.json"
LOCK_NAME = ".narrate.lock"
WORK_NAME = ".narrate-work"  # stories are rendered here, then moved into OUTDIR
FEED_NAME = "feed.xml"
SETTINGS_NAME = "podcast.toml"
STORIES_DIR = "stories"  # the listener pages (narrate.podcast.site)
MANIFEST_MAX_BYTES = 100_000_000  # some 50,000 stories
Status = Literal["ok", "failed"]


@dataclass(frozen=True)
class Record:
    """One source's entry in manifest.json: its files and what they hold."""

    source: str
    guid: str
    status: Status = "ok"
    error: str | None = None
    mp3: str | None = None  # file name inside OUTDIR
    title: str | None = None
    byline: str | None = None
    station: str | None = None
    date: str | None = None  # the story's date, ISO 8601, as the page gave it
    duration: float | None = None  # seconds
    bytes: int | None = None
    url: str | None = None
    language: str | None = None
    summary: str | None = None
    sidecars: dict[str, str] = field(default_factory=dict)  # kind -> file name inside OUTDIR
    content_hash: str | None = None
    narrated_at: str | None = None
    clips_reused: int = 0
    clips_synthesized: int = 0
    input_hash: str | None = None
    warnings: tuple[str, ...] = ()  # paragraphs left out of the audio, and why
    notes: tuple[str, ...] = ()  # for the listener's information: a passage read by another voice

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["warnings"] = list(self.warnings)
        data["notes"] = list(self.notes)
        return data

    def replace(self, **changes: Any) -> Record:
        return dataclasses.replace(self, **changes)


_TEXT: tuple[str, ...] = ("error", "mp3", "title", "byline", "station", "date", "url", "language")
_TEXT += ("summary", "content_hash", "narrated_at", "input_hash")


def record_from_json(data: object) -> Record | None:
    """A Record from one manifest item; None when it is not one (no source or guid)."""
    if not isinstance(data, dict):
        return None
    source, guid = data.get("source"), data.get("guid")
    if not isinstance(source, str) or not isinstance(guid, str) or not source or not guid:
        return None
    # text XML 1.0 can carry: the feed and the listener pages are written from these fields
    values: dict[str, Any] = {k: xml_text(v) for k in _TEXT if isinstance(v := data.get(k), str)}
    values["status"] = "failed" if data.get("status") == "failed" else "ok"
    for key, kind in (("duration", float), ("bytes", int), ("clips_reused", int), ("clips_synthesized", int)):
        number = data.get(key)
        if isinstance(number, int | float) and not isinstance(number, bool) and number >= 0:
            values[key] = kind(number)
    sidecars = data.get("sidecars")
    if isinstance(sidecars, dict):
        values["sidecars"] = {str(k): v for k, v in sidecars.items() if isinstance(v, str) and inside(v)}
    for key in ("warnings", "notes"):
        lines = data.get(key)
        if isinstance(lines, list):
            values[key] = tuple(xml_text(str(w)) for w in lines)
    if "mp3" in values and not inside(values["mp3"]):
        del values["mp3"]  # a name that leaves OUTDIR is no file of ours
    return Record(source=source, guid=guid, **values)


def inside(name: str) -> bool:
    """True for a plain file name in OUTDIR (no folder, no "..", not hidden).

    >>> inside("story.mp3"), inside("../x.mp3"), inside("/etc/passwd"), inside("a/b.mp3")
    (True, False, False, False)
    """
    path = PurePosixPath(name)
    return bool(name) and len(path.parts) == 1 and "\\" not in name and not name.startswith(".")


def check_folder(outdir: Path, error: type[NarrateError]) -> None:
    """OUTDIR is an existing folder; else ERROR saying whether it is missing or something else."""
    hint = "Give the folder that `narrate batch -d` wrote."
    try:
        if outdir.is_dir():
            return
        exists = outdir.exists()
    except OSError as exc:  # a name too long, a loop of links
        raise error(f"{outdir}: cannot be used as a folder ({exc.strerror})", hint=hint) from exc
    raise error(f"{outdir}: {'not a folder' if exists else 'no such folder'}", hint=hint)


def read_manifest(outdir: Path) -> list[Record]:
    """The records of OUTDIR/manifest.json ([] when there is none).

    A manifest that is not a regular file, is over MANIFEST_MAX_BYTES, or is not a manifest raises
    ManifestError (exit 20), whichever command reads it.
    """
    path = outdir / MANIFEST_NAME
    hint = "Move it out of the way; the next batch run narrates every story again."
    try:
        data = read_regular(path, MANIFEST_MAX_BYTES, what="manifest")
    except SourceNotFoundError:
        return []
    except NarrateError as exc:
        raise ManifestError(str(exc), hint=hint) from exc
    try:
        doc = json.loads(data.decode("utf-8"))
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise ManifestError(f"{path}: not a readable manifest ({exc})", hint=hint) from exc
    items = doc.get("items") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise ManifestError(f'{path}: the manifest has no "items" list', hint=hint)
    return [r for r in map(record_from_json, items) if r is not None]


def write_manifest(outdir: Path, records: Sequence[Record]) -> Path:
    """Write OUTDIR/manifest.json whole (atomically)."""
    path = outdir / MANIFEST_NAME
    doc = {"format": FORMAT_VERSION, "items": [r.to_json() for r in records]}
    write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    return path


def record_sizes(outdir: Path) -> None:
    """Put the MP3s' sizes back into the manifest after they were rewritten (a cover embedded)."""
    records = read_manifest(outdir)
    updated = [
        r.replace(bytes=(outdir / r.mp3).stat().st_size)
        if r.status == "ok" and r.mp3 and (outdir / r.mp3).is_file()
        else r
        for r in records
    ]
    if updated != records:
        write_manifest(outdir, updated)


def files_present(outdir: Path, record: Record) -> bool:
    """The record's MP3 (at its recorded size) and sidecars are all in OUTDIR."""
    if not record.mp3 or not (outdir / record.mp3).is_file():
        return False
    if (outdir / record.mp3).stat().st_size != record.bytes:
        return False
    return all((outdir / name).is_file() for name in record.sidecars.values())


@contextlib.contextmanager
def folder_lock(outdir: Path) -> Iterator[None]:
    """Hold OUTDIR/.narrate.lock (flock) for the block; if another run holds it, raise BusyError."""
    path = outdir / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise OutputError(f"{outdir}: cannot write to the output folder ({exc.strerror})") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BusyError(
                f"{outdir}: folder is busy (another narrate batch is running)",
                hint="Wait for it to finish, or give another -d folder.",
            ) from exc
        yield
    finally:
        os.close(fd)  # releases the lock; the file stays (removing it would race with a waiting run)


def remove_partials(outdir: Path) -> None:
    """What a stopped or killed run left unfinished: staged files (.NAME.part) and the stories that were
    rendered but not yet moved in (WORK_NAME). Never a finished file."""
    for part in [*outdir.glob(".*.part"), *(outdir / STORIES_DIR).glob(".*.part")]:
        part.unlink(missing_ok=True)
    shutil.rmtree(outdir / WORK_NAME, ignore_errors=True)


def work_folder(outdir: Path, guid: str) -> Path:
    """A fresh, empty folder where one story's files are rendered before they are moved in."""
    work = outdir / WORK_NAME / guid
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    return work


def move_in(outdir: Path, guid: str, mp3: str) -> None:
    """Move a rendered story's files from its work folder into OUTDIR, sidecars first, the MP3 last."""
    work = outdir / WORK_NAME / guid
    for path in sorted(work.iterdir(), key=lambda p: p.name == mp3):
        path.replace(outdir / path.name)
    work.rmdir()
