# mutagen's frame classes and ID3 methods carry no annotations:
# mypy: disable-error-code="no-untyped-call"
"""ID3v2.3 tags for a narrated MP3: metadata, chapters (CHAP + CTOC), transcript (USLT), cover (APIC).

ID3v2.3, not 2.4: Windows Explorer, older iTunes and many car and hardware players read 2.4 badly.  Every
mutagen call goes through `_editing`, which turns mutagen's and the file system's errors into EncodeError
"<file>: <what went wrong>".
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from mutagen import MutagenError
from mutagen.id3 import (
    APIC,
    CHAP,
    COMM,
    CTOC,
    ID3,
    TALB,
    TCON,
    TDRC,
    TENC,
    TIT2,
    TLAN,
    TLEN,
    TPE1,
    TPUB,
    USLT,
    WOAS,
    CTOCFlags,
    Encoding,
    ID3NoHeaderError,
    PictureType,
)
from mutagen.id3._tags import save_frame  # for _ChronologicalID3 (there since mutagen 1.3x)

from narrate import __version__
from narrate.errors import EncodeError, PublishError
from narrate.images import read_cover
from narrate.models import Audio, Chapter, Story

GENRE = "Speech"  # ID3v1 genre 101
NO_OFFSET = 0xFFFFFFFF  # CHAP: "byte offsets not used" (times are what players use)
TOC_ID = "toc"
_OURS = (
    "TIT2",
    "TPE1",
    "TALB",
    "TPUB",
    "TDRC",
    "TYER",
    "TDAT",
    "TIME",
    "TLAN",
    "TCON",
    "COMM",
    "WOAS",
    "TLEN",
    "TENC",
    "USLT",
    "CHAP",
    "CTOC",
)
HINT = "Check that the file is a writable MP3."

# ISO 639-1 -> ISO 639-2/T (ID3's TLAN, COMM and USLT take 3 letters), from Debian's iso-codes.
_ISO639 = (
    "aaaar ababk aeave afafr akaka amamh anarg arara asasm avava ayaym azaze babak bebel bgbul bhbih bibis "
    "bmbam bnben bobod brbre bsbos cacat ceche chcha cocos crcre csces cuchu cvchv cycym dadan dedeu dvdiv "
    "dzdzo eeewe elell eneng eoepo esspa etest eueus fafas ffful fifin fjfij fofao frfra fyfry gagle gdgla "
    "glglg gngrn guguj gvglv hahau heheb hihin hohmo hrhrv hthat huhun hyhye hzher iaina idind ieile igibo "
    "iiiii ikipk ioido isisl itita iuiku jajpn jvjav kakat kgkon kikik kjkua kkkaz klkal kmkhm knkan kokor "
    "krkau kskas kukur kvkom kwcor kykir lalat lbltz lglug lilim lnlin lolao ltlit lulub lvlav mgmlg mhmah "
    "mimri mkmkd mlmal mnmon mrmar msmsa mtmlt mymya nanau nbnob ndnde nenep ngndo nlnld nnnno nonor nrnbl "
    "nvnav nynya ococi ojoji omorm orori ososs papan pipli plpol pspus ptpor quque rmroh rnrun roron rurus "
    "rwkin sasan scsrd sdsnd sesme sgsag sisin skslk slslv smsmo snsna sosom sqsqi srsrp ssssw stsot susun "
    "svswe swswa tatam tetel tgtgk ththa titir tktuk tltgl tntsn toton trtur tstso tttat twtwi tytah uguig "
    "ukukr ururd uzuzb veven vivie vovol wawln wowol xhxho yiyid yoyor zazha zhzho zuzul"
)
ISO639_2 = {pair[:2]: pair[2:] for pair in _ISO639.split()}


def language_code(language: str | None) -> str:
    """ID3's three-letter language code for a BCP 47 tag; "und" (undetermined) when unknown.

    >>> language_code("en-US"), language_code("es"), language_code("fr-CA"), language_code(None)
    ('eng', 'spa', 'fra', 'und')
    """
    primary = (language or "").strip().lower().replace("_", "-").split("-")[0]
    if len(primary) == 3 and primary.isalpha():
        return primary
    return ISO639_2.get(primary, "und")


def id3_date(date: str | None) -> str | None:
    """The ISO 8601 date (and time) ID3 can hold, without time zone or fractions.

    >>> id3_date("2020-06-10T21:07:00-04:00"), id3_date("2020-06-10"), id3_date("June"), id3_date(None)
    ('2020-06-10T21:07:00', '2020-06-10', None, None)
    """
    match = re.match(r"(\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)?)?)", (date or "").strip())
    return match.group(1).replace(" ", "T") if match else None


class _ChronologicalID3(ID3):
    """mutagen writes frames smallest first; CHAP frames are kept in time order instead (last in the tag).

    ffprobe, and players that ignore the CTOC, list chapters in the order their frames appear in the file.
    """

    def _write(self, config: Any) -> bytearray:
        chapters = sorted(self.getall("CHAP"), key=lambda frame: (frame.start_time, frame.element_id))
        self.delall("CHAP")
        try:
            rest: bytearray = super()._write(config)
        finally:
            for frame in chapters:
                self.add(frame)
        return rest + b"".join(save_frame(frame, config=config) for frame in chapters)


@contextlib.contextmanager
def _editing(mp3: Path) -> Iterator[ID3]:
    """The file's ID3 tag (a new one if it has none), saved as ID3v2.3 when the block ends."""
    try:
        try:
            tags = _ChronologicalID3(str(mp3), v2_version=3)
        except ID3NoHeaderError:
            tags = _ChronologicalID3()
        yield tags
        tags.update_to_v23()  # mutagen converts frames (TDRC -> TYER, TDAT, TIME) only when asked
        tags.save(str(mp3), v2_version=3)
    except (MutagenError, OSError, ValueError) as exc:
        raise EncodeError(f"{mp3}: cannot write ID3 tags ({exc})", hint=HINT) from exc


def tag(
    mp3: Path,
    story: Story,
    audio: Audio,
    chapters: Sequence[Chapter],
    *,
    transcript: str,
    image: Path | None = None,
) -> None:
    """Write the story's metadata, chapters and transcript into MP3 (and the cover, when given)."""
    lang = language_code(story.language)
    with _editing(mp3) as tags:
        for frame_id in _OURS:  # a re-run replaces what narrate wrote; other frames (a cover) stay
            tags.delall(frame_id)
        tags.add(TIT2(encoding=Encoding.UTF8, text=[story.title]))
        artist = story.byline or story.station  # no byline: the station, never a player's "Unknown artist"
        if artist:
            tags.add(TPE1(encoding=Encoding.UTF8, text=[artist]))
        if story.station:
            tags.add(TALB(encoding=Encoding.UTF8, text=[story.station]))
            tags.add(TPUB(encoding=Encoding.UTF8, text=[story.station]))
        date = id3_date(story.date)
        if date:
            tags.add(TDRC(encoding=Encoding.UTF8, text=[date]))  # saved as TYER (+TDAT, TIME) in v2.3
        tags.add(TLAN(encoding=Encoding.UTF8, text=[lang]))
        tags.add(TCON(encoding=Encoding.UTF8, text=[GENRE]))
        if story.summary:
            tags.add(COMM(encoding=Encoding.UTF8, lang=lang, desc="", text=[story.summary]))
        if story.url:
            tags.add(WOAS(url=story.url))
        tags.add(TLEN(encoding=Encoding.UTF8, text=[str(audio.duration_ms)]))
        tags.add(TENC(encoding=Encoding.UTF8, text=[f"narrate {__version__}"]))
        if transcript:
            tags.add(USLT(encoding=Encoding.UTF8, lang=lang, desc="", text=transcript))
        _add_chapters(tags, chapters)
    if image is not None:
        set_cover(mp3, image)


def _add_chapters(tags: ID3, chapters: Sequence[Chapter]) -> None:
    """One CHAP per chapter and a top-level, ordered CTOC listing them (players skip CHAPs without it)."""
    if not chapters:
        return
    ids = [f"chp{i}" for i in range(len(chapters))]
    for element_id, chapter in zip(ids, chapters, strict=True):
        tags.add(
            CHAP(
                element_id=element_id,
                start_time=int(chapter.start_ms),
                end_time=int(chapter.end_ms),
                start_offset=NO_OFFSET,
                end_offset=NO_OFFSET,
                sub_frames=[TIT2(encoding=Encoding.UTF8, text=[chapter.title])],
            )
        )
    tags.add(
        CTOC(
            element_id=TOC_ID,
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=Encoding.UTF8, text=["Chapters"])],
        )
    )


def set_cover(mp3: Path, image: Path) -> None:
    """Embed IMAGE (JPEG or PNG) as the MP3's front cover (APIC), replacing any other cover."""
    try:
        data, mime = read_cover(image)
    except PublishError as exc:  # found while tagging: an encoding failure (callers check it earlier)
        raise EncodeError(str(exc), hint=exc.hint) from exc
    with _editing(mp3) as tags:
        tags.delall("APIC")
        cover = APIC(encoding=Encoding.UTF8, mime=mime, type=PictureType.COVER_FRONT, desc="Cover", data=data)
        tags.add(cover)
