"""The documentation stays true to the repository: the tests, modules and files it names exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted((ROOT / "docs").glob("*.md"))
PAGES = [ROOT / "README.md", *DOCS]
TEST_REF = re.compile(r"tests/([\w/]+\.py)::(\w+)")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _text(page: Path) -> str:
    return page.read_text(encoding="utf-8")


def _slug(heading: str) -> str:
    """The anchor GitHub makes of a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    return {_slug(line.lstrip("#")) for line in _text(page).splitlines() if line.startswith("#")}


def test_every_test_the_docs_name_exists() -> None:
    missing = []
    for page in PAGES:
        for file, name in TEST_REF.findall(_text(page)):
            path = ROOT / "tests" / file
            source = path.read_text(encoding="utf-8") if path.is_file() else ""
            if not re.search(rf"^(?:async )?def {name}\(", source, re.M):
                missing.append(f"{page.name}: tests/{file}::{name}")
    assert missing == []


def test_the_design_is_read_from_the_repository_not_from_outside_it() -> None:
    assert (ROOT / "docs" / "design.md").is_file()
    pointing_out = [p.name for p in PAGES if re.search(r"shared/DESIGN\.md", _text(p))]
    assert pointing_out == []


def test_every_link_between_the_docs_leads_to_a_file_and_heading_that_exist() -> None:
    broken = []
    for page in PAGES:
        for target in LINK.findall(_text(page)):
            if re.match(r"[a-z]+:", target):
                continue  # a web address
            file, _, anchor = target.partition("#")
            path = (page.parent / file).resolve() if file else page
            if not path.exists() or (anchor and anchor not in _anchors(path)):
                broken.append(f"{page.name}: {target}")
    assert broken == []


def test_the_architecture_map_names_every_module() -> None:
    package = ROOT / "src" / "ipom_mail"
    text = _text(ROOT / "docs" / "architecture.md")
    unnamed = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        if f"`{path.relative_to(package)}`" not in text
        and f"`{path.relative_to(package).with_suffix('')}`" not in text
    ]
    assert unnamed == []


def test_the_evaluation_case_contributing_shows_is_read_right_by_the_code() -> None:
    import tomllib

    from tests.pipeline.evaluation_scoring import FIELDS, run_case, score_case

    text = _text(ROOT / "docs" / "contributing.md")
    block = re.search(r"```toml\n(\[\[case\]\].*?)```", text, re.S)
    assert block is not None
    case = tomllib.loads(block.group(1))["case"][0]
    score = score_case(case, run_case(case))
    assert [w for name in FIELDS for w in score.wrong[name]] == []
    assert all(score.found[name] == score.expected[name] for name in FIELDS)


def test_the_readme_counts_the_evaluation_set_as_it_is() -> None:
    from tests.pipeline.evaluation_scoring import load_cases

    cases = load_cases()
    blind = sum(1 for case in cases if case["file"].startswith("batch-"))
    languages = len({case["lang"] for case in cases})
    said = f"{len(cases):,} labelled cases in {languages} languages, {blind:,} of them blind"
    assert said in _text(ROOT / "README.md")
