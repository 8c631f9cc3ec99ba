"""The client's inputs, carried with a cluster task (narrate batch --cluster), so that every worker reads what
the client would: its config folder (voice and station profiles, lexicon), the files its options name, and a
local story file's bytes.

The client collects them once (collect_inputs: the files input_fingerprint hashes besides narrate's own, read
with the same caps); a worker writes them into a fresh folder for one task and points XDG_CONFIG_HOME and
NARRATE_LEXICON there for that task (materialised). Plain data and the standard library only: both sides
import it, neither loads a stage for it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from narrate import __version__, config
from narrate.batch.fingerprint import FINGERPRINT_MAX_BYTES
from narrate.batch.records import Prepared
from narrate.errors import NarrateError
from narrate.files import read_regular, user_path
from narrate.options import ArticleOptions
from narrate.speak.clips import engine_id

XDG_CONFIG = "XDG_CONFIG_HOME"


@dataclass(frozen=True)
class Inputs:
    """Files to lay out in a task's folder (relative path -> bytes), and where the options then point."""

    files: tuple[tuple[str, bytes], ...] = ()
    lexicon: str | None = None  # $NARRATE_LEXICON inside the folder; None: it was not set
    voice: str | None = None  # --voice PROFILE.toml inside the folder; None: the option as it was
    station_profile: str | None = None  # --profile FILE or FOLDER inside the folder; None: as it was
    image: str | None = None  # the cover inside the folder; None: as it was

    @property
    def size(self) -> int:
        return sum(len(data) for _, data in self.files)


@dataclass(frozen=True)
class RemoteTask:
    """One step of one story, as shipped to a cluster worker."""

    step: Literal["prepare", "render"]
    identity: tuple[str, ...]  # the client's narrate and engine versions: a worker must have the same
    inputs: Inputs
    options: ArticleOptions
    source: str = ""  # prepare: the source as given
    data: bytes | None = None  # prepare: a local story file's bytes (a URL is fetched by the worker)
    prepared: Prepared | None = None  # render: the story read and scripted
    mp3: str = ""  # render: the MP3's file name (its sidecars are named after it)
    use_cache: bool = True  # render: through the worker's own clip cache
    cache_limit: int | None = None  # render: the worker's clip cache is pruned to this


def identity() -> tuple[str, ...]:
    """This installation's narrate and engine versions (what input_fingerprint takes besides the files)."""
    return (f"narrate {__version__}", engine_id(), engine_id("piper"))


def _read(path: Path) -> bytes | None:
    with contextlib.suppress(OSError, NarrateError):
        return read_regular(path, FINGERPRINT_MAX_BYTES)
    return None


def _tree(root: Path, into: str) -> list[tuple[str, bytes]]:
    """Every readable regular file under ROOT (as input_fingerprint takes them), at INTO/<relative path>."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = _read(path)
        if data is not None:
            found.append((f"{into}/{path.relative_to(root).as_posix()}", data))
    return found


def collect_inputs(options: ArticleOptions) -> Inputs:
    """What a worker needs besides narrate itself to read and render a story as this process would: the
    config folder, $NARRATE_LEXICON's file, and the voice profile, station profile(s) and cover the options
    name as files. Names (a profile name, an eSpeak NG voice id) stay as they are."""
    files: list[tuple[str, bytes]] = []
    root = config.config_dir()
    if root.is_dir():
        files += _tree(root, f"config/{config.APP}")
    changes: dict[str, str] = {}
    chosen = os.environ.get(config.LEXICON_ENV)
    if chosen:  # a lexicon that is missing stays missing (the worker's path names no file either)
        path = config.lexicon_path()
        changes["lexicon"] = f"lexicon/{path.name or 'lexicon.toml'}"
        if (data := _read(path)) is not None:
            files.append((changes["lexicon"], data))
    voice = user_path(options.voice) if options.voice else None
    if voice is not None and voice.suffix == ".toml" and (data := _read(voice)) is not None:
        changes["voice"] = f"voice/{voice.name}"  # a profile by path (voices._profile_path's rule)
        files.append((changes["voice"], data))
    if options.station_profile:
        path = Path(options.station_profile).expanduser()  # extraction.profile's reading of --profile
        if path.is_dir():
            changes["station_profile"] = "stations"
            files += [f for f in _tree(path, "stations") if "/" not in f[0][len("stations/") :]]
        elif path.is_file() and (data := _read(path)) is not None:
            changes["station_profile"] = f"station/{path.name}"
            files.append((changes["station_profile"], data))
    if options.image is not None and (data := _read(user_path(options.image))) is not None:
        changes["image"] = f"image/{user_path(options.image).name}"
        files.append((changes["image"], data))
    return Inputs(files=tuple(files), **changes)


def _inside(folder: Path, name: str) -> Path:
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or ".." in parts:
        raise ValueError(f"not a relative path: {name!r}")
    return folder.joinpath(*parts)


@contextlib.contextmanager
def materialised(inputs: Inputs, options: ArticleOptions, folder: Path) -> Iterator[ArticleOptions]:
    """Lay INPUTS out in FOLDER and, for the block, point XDG_CONFIG_HOME and NARRATE_LEXICON there; yield
    OPTIONS with the files they name moved there. The caller runs one task at a time in this process."""
    for name, data in inputs.files:
        path = _inside(folder, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (folder / "config").mkdir(exist_ok=True)

    def here(name: str | None, before: str | None) -> str | None:
        return str(_inside(folder, name)) if name is not None else before

    voice, station_profile = (
        here(inputs.voice, options.voice),
        here(inputs.station_profile, options.station_profile),
    )
    image = _inside(folder, inputs.image) if inputs.image is not None else options.image
    env = {XDG_CONFIG: str(folder / "config")}
    env[config.LEXICON_ENV] = str(_inside(folder, inputs.lexicon)) if inputs.lexicon else ""
    before = {key: os.environ.get(key) for key in env}
    try:
        for key, value in env.items():
            if value:
                os.environ[key] = value
            else:
                os.environ.pop(key, None)
        yield dataclasses.replace(options, voice=voice, station_profile=station_profile, image=image)
    finally:
        for key, old in before.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old
