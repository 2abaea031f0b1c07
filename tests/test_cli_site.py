"""``articlekit site new`` / ``site check``, and plain page arguments still working beside them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articlekit.cli.main import main
from articlekit.sites import load_rule

PAGE = b"""<html><head><title>Pier reopens - Harbour Times</title></head><body>
<nav><a href="/">Home</a></nav>
<div class="head"><span class="kicker">Local</span><h1 class="title">Pier reopens after repairs</h1>
<div class="by"><span class="name">Ann Lee</span><time datetime="2025-03-11T08:42:00+01:00">11 March</time></div></div>
<div class="story"><p>The pier reopened on Tuesday after a month of repairs to its wooden deck and railings.</p>
<p>Anglers returned within the hour, and the cafe at its end expects a busy spring season.</p></div>
</body></html>"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE)
    return path


def test_site_new_leaves_what_the_generic_extractor_gets_to_it(page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["site", "new", "harbour.example", str(page), "--out", str(tmp_path / "sites")]) == 0
    folder = tmp_path / "sites" / "harbour_example"
    rule = load_rule(folder / "rule.toml")
    assert rule.domains == ("harbour.example",)
    assert rule.fields == () and rule.body.containers == ()  # nothing the generic extractor misses
    text = (folder / "rule.toml").read_text(encoding="utf-8")
    assert "# headline: the generic extractor handles it (same value on 1/1 page(s)); not drafted" in text
    assert '# selectors = ["h1"]' in text
    assert (folder / "fixture.html").read_bytes() == PAGE
    assert not (folder / "fixture-2.html").exists()
    assert "selectors checked on 1 page(s)" in capsys.readouterr().out


def test_site_new_drafts_the_fields_asked_for(page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "sites")
    keep = ["--keep", "headline", "--keep", "published", "--keep", "body"]
    assert main(["site", "new", "harbour.example", str(page), "--out", out, *keep, "--expect", "authors=Ann Lee"]) == 0
    folder = tmp_path / "sites" / "harbour_example"
    rule = load_rule(folder / "rule.toml")
    fields = rule.field_rules()
    assert str(fields["headline"].selectors[0]) == "h1"
    assert str(fields["published"].selectors[0]) == "time@datetime"
    assert str(fields["authors"].selectors[0]) == "span.name"
    assert [str(s) for s in rule.body.containers] == ["div.story"]
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert expected["headline"] == "Pier reopens after repairs"
    assert expected["authors"] == ["Ann Lee"]
    assert expected["provenance"]["headline"] == "site:harbour_example:h1"
    assert main(["site", "new", "harbour.example", str(page), "--out", out]) == 1  # no overwrite


def test_site_check_reports_matches_and_warnings(page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rule = tmp_path / "rule.toml"
    rule.write_text(
        'name = "harbour"\ndomains = ["harbour.example"]\n'
        '[fields.headline]\nselectors = ["h2.none", "h1.title"]\n'
        '[fields.section]\nselectors = ["div.head span"]\n'
        '[body]\ncontainers = ["div.story"]\n',
        encoding="utf-8",
    )
    assert main(["site", "check", "harbour.example", str(page), "--rule", str(rule)]) == 1  # gates a CI job
    out = capsys.readouterr().out
    assert "headline: from h1.title -> Pier reopens after repairs" in out
    assert "0 x h2.none  (matches nothing)" in out  # a fallback: shown, not a warning
    assert "2 x div.head span  WARNING: matches several nodes" in out
    assert "body:   1 x div.story" in out
    assert "1 warning(s)" in out


def test_site_check_passes_a_clean_rule_and_fails_a_field_that_matches_nothing(
    page: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rule = tmp_path / "rule.toml"
    rule.write_text(
        'name = "harbour"\ndomains = ["harbour.example"]\n[fields.headline]\nselectors = ["h1.title"]\n'
        '[body]\ncontainers = ["div.story"]\n',
        encoding="utf-8",
    )
    assert main(["site", "check", "harbour.example", str(page), "--rule", str(rule)]) == 0
    assert "0 warning(s)" in capsys.readouterr().out
    rule.write_text(
        'name = "harbour"\ndomains = ["harbour.example"]\n[fields.headline]\nselectors = ["h2.gone"]\n'
        '[body]\ncontainers = ["div.gone"]\n',
        encoding="utf-8",
    )
    assert main(["site", "check", "harbour.example", str(page), "--rule", str(rule)]) == 1
    out = capsys.readouterr().out
    assert "headline: WARNING: NO MATCH (generic value kept)" in out
    assert "body: WARNING: no container matched (generic body kept)" in out
    assert "2 warning(s)" in out


def test_site_check_without_rule_is_an_error(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["site", "check", "unknown.example", str(page)]) == 1
    assert "no rule serves unknown.example" in capsys.readouterr().err


def test_plain_pages_still_work_including_a_file_named_site(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == "Pier reopens after repairs"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "site").write_bytes(PAGE)
    assert main(["site"]) == 2  # the command: its usage
    assert "new" in capsys.readouterr().err
    assert main(["./site"]) == 0
    assert json.loads(capsys.readouterr().out)["headline"] == "Pier reopens after repairs"
    assert main(["./site", str(page)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2  # one JSON line per page
