"""Page chrome known by its markup (extraction/chrome.py), on real pages copied into tests/data/corpus."""

from __future__ import annotations

from narrate.extraction import extract
from narrate.models import Page, Story

from .conftest import CORPUS


def _story(name: str) -> Story:
    path = CORPUS / f"{name}.html"
    return extract(Page(source=str(path), url=None, content=path.read_text(encoding="utf-8"), kind="html"))


def _texts(story: Story) -> list[str]:
    return [
        t for s in story.sections for t in ([s.title] if s.title else []) + [p.text for p in s.paragraphs]
    ]


def test_a_comment_counter_is_not_spoken() -> None:
    """eldiario.es sets the comment count in the story's header, <p class="comments" id="comments-number">
    47</p>: it was the first paragraph spoken ("47") and so chapter 1's title."""
    texts = _texts(_story("fundus-es-ElDiario-2025_05_29"))
    assert "47" not in texts
    assert texts[0].startswith("La situación humanitaria “trágica” en Gaza")


def test_photo_captions_and_credits_are_not_spoken() -> None:
    """Kommersant's photos each carry a <figcaption>: a caption and "Фото: Дмитрий Азаров, Коммерсантъ".
    Both were spoken in the story (the credit three times); neither is in the page's expected body."""
    story = _story("fundus-ru-Kommersant-2025_05_14")
    texts = _texts(story)
    assert not [t for t in texts if "Фото:" in t]
    assert "Российские переговорщики объяснялись за закрытыми ртами" not in texts
    assert (
        story.sections[0].paragraphs[0].text.startswith("14 мая президент России Владимир Путин встретился")
    )
    assert len(texts) > 30


def test_a_read_more_box_of_links_to_other_stories_is_not_spoken() -> None:
    """National Post's "Read More" carousel (two headlines, each a link to its story, and an ad slot with
    its labels) sits between two paragraphs of the story; its headlines were spoken as paragraphs, and so
    was its ad's label, "Advertisement embed-more-topicStory continues below"."""
    texts = _texts(_story("fundus-ca-NationalPost-2025_05_08"))
    assert not [t for t in texts if t.startswith(("India shoots missiles", "Seven non-Trump challenges"))]
    assert not [t for t in texts if "Advertisement" in t or "continues below" in t]
    at = texts.index("Pakistan’s prime minister praises military response to Indian jets")
    assert texts[at + 2].startswith("In a speech to Parliament, Sharif said")
    assert texts[at + 3].startswith("He said that though he offered an international probe")


def test_an_also_read_teaser_is_not_a_section_heading() -> None:
    """heise's "Lesen Sie auch" box (its label and a teaser's headline, both <h3>, the headline inside a
    link to that story) was spoken as a section heading, "Lesen Sie auch: Europol nimmt ...", and became a
    chapter; the story's paragraph after it stays."""
    story = _story("fundus-de-Heise-2024_04_19")
    assert not [s.title for s in story.sections if s.title and "Lesen Sie auch" in s.title]
    assert not [t for t in _texts(story) if "Europol nimmt" in t]
    last = story.sections[-1]
    assert last.title == 'Phishing-Masche "Zustimmung zu neuen EU-Richtlinien"'
    assert [p.text for p in last.paragraphs if p.text.startswith("Am Donnerstag dieser Woche")]


def test_an_editors_initials_are_not_spoken() -> None:
    """heise's story ends with its editor's initials, "(dmk)" (a mailto link to the editor)."""
    story = _story("fundus-de-Heise-2024_04_19")
    assert story.sections[-1].paragraphs[-1].text.endswith("wieder etwas seltener werden.")
    assert "(dmk)" not in _texts(story)
