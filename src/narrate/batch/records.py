"""What a batch worker hands back to the parent: a story read and scripted (Prepared), or rendered (Rendered).

Plain records, light to import: the parent's bookkeeping (run.py) needs them without loading the stages.
"""

from __future__ import annotations

from dataclasses import dataclass

from narrate.models import Story, Utterance, VoiceSettings


@dataclass(frozen=True)
class Prepared:
    """A story read and scripted, not yet spoken."""

    story: Story
    voice: VoiceSettings
    utterances: tuple[Utterance, ...]
    content_hash: str

    @property
    def words(self) -> int:
        return sum(len(u.spoken.split()) for u in self.utterances)

    @property
    def characters(self) -> int:
        """The characters spoken: what the story's speaking and encoding time follow most closely."""
        return sum(len(u.spoken) for u in self.utterances)


@dataclass(frozen=True)
class Rendered:
    """What render_story wrote and measured."""

    duration_ms: int
    bytes: int
    sidecars: dict[str, str]  # kind -> file name beside the MP3
    clips_reused: int
    clips_synthesized: int
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. a passage read by another engine's voice than the one chosen
