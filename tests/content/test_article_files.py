"""Article file operations on real folders: references follow a rename, nothing is ever lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kbassist.common.atomicfile import backup_path
from kbassist.content.article_files import (
    ApplyPlanError,
    ArticleFileError,
    FilePlan,
    Reference,
    apply_plan,
    check_new_id,
    new_article_source,
    plan_delete,
    plan_duplicate,
    plan_rename,
    references_to,
)
from kbassist.content.folder import Content, load_content
from tests.contentkit import article, load_clean, write

REFUND_POLICY = """\
---
title: Refund policy
summary: Refunds go back to the original payment method.
# Keep the closest topics first.
related:
  - refunds/refund-methods  # how the money comes back
  - returns/returns-policy
translations:
  sl: refunds/refund-policy.sl
---
# Refund policy

See refunds/refund-methods for the ways we pay back.
"""


def _folder(root: Path) -> Content:
    write(root, "articles/refunds/refund-policy.md", REFUND_POLICY)
    article(
        root,
        "refunds/refund-policy.sl",
        "Politika vračil",
        language="sl",
        translations="{en: refunds/refund-policy}",
    )
    article(root, "refunds/refund-methods", "Refund methods", related="[refunds/refund-policy]")
    article(root, "returns/returns-policy", "Returns policy", related="[refunds/refund-methods]")
    return load_clean(root)


def test_rename_moves_the_file_and_rewrites_every_reference(tmp_path: Path) -> None:
    content = _folder(tmp_path)
    plan = plan_rename(content, "refunds/refund-methods", "payments/ways-to-refund")
    assert plan.describe() == [
        "Rename articles/refunds/refund-methods.md → articles/payments/ways-to-refund.md",
        "Update related: in articles/refunds/refund-policy.md line 6",
        "Update related: in articles/returns/returns-policy.md line 3",
    ]
    apply_plan(plan)
    after = load_clean(tmp_path)
    assert "refunds/refund-methods" not in after.articles
    assert after.articles["payments/ways-to-refund"].title == "Refund methods"
    assert after.articles["payments/ways-to-refund"].related == ("refunds/refund-policy",)
    assert after.articles["refunds/refund-policy"].related == (
        "payments/ways-to-refund",
        "returns/returns-policy",
    )
    assert after.articles["returns/returns-policy"].related == ("payments/ways-to-refund",)
    text = (tmp_path / "articles/refunds/refund-policy.md").read_text("utf-8")
    # Only the entry changed; its comment stays on its line (ruamel moves it to fit).
    assert text == REFUND_POLICY.replace(
        "  - refunds/refund-methods  #", "  - payments/ways-to-refund #"
    )
    assert not (tmp_path / "articles/refunds/refund-methods.md").exists()


def test_rename_rewrites_translations_and_a_self_reference(tmp_path: Path) -> None:
    content = _folder(tmp_path)
    apply_plan(plan_rename(content, "refunds/refund-policy", "refunds/refunds"))
    after = load_clean(tmp_path)
    assert after.articles["refunds/refund-policy.sl"].translations == {"en": "refunds/refunds"}
    assert after.articles["refunds/refund-methods"].related == ("refunds/refunds",)
    moved = (tmp_path / "articles/refunds/refunds.md").read_text("utf-8")
    assert moved == REFUND_POLICY  # it named only others, so it moved byte for byte


@pytest.mark.parametrize(
    ("new_id", "words"),
    [
        ("Returns/Returns-Policy", "already exists"),
        ("refunds/refund-methods", "only in case"),
        ("", "empty"),
        ("../outside", "'..'"),
        ("refunds//twice", "empty"),
        ("/etc/passwd", "absolute"),
        ("C:/refunds", "absolute"),
        ("refunds/what?", "'?'"),
        ("refunds\\win", "'\\'"),
        ("refunds/con", "not a file or folder name"),
        ("refunds/trailing.", "not a file or folder name"),
    ],
)
def test_rename_refuses_an_id_that_cannot_be_used(tmp_path: Path, new_id: str, words: str) -> None:
    content = _folder(tmp_path)
    with pytest.raises(ArticleFileError) as caught:
        plan_rename(content, "refunds/refund-methods", new_id)
    assert words in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_rename_refuses_a_file_the_loader_did_not_take(tmp_path: Path) -> None:
    content = _folder(tmp_path)
    write(tmp_path, "articles/refunds/Broken.md", "---\ntitle: [\n---\n")
    with pytest.raises(ArticleFileError, match="already exists"):
        plan_rename(content, "refunds/refund-methods", "refunds/broken")


def test_rename_of_a_missing_article_says_so(tmp_path: Path) -> None:
    content = _folder(tmp_path)
    with pytest.raises(ArticleFileError, match="no article 'nope'"):
        plan_rename(content, "nope", "other")


def test_rename_refuses_when_a_referring_file_became_unreadable_yaml(tmp_path: Path) -> None:
    content = _folder(tmp_path)
    # Broken after loading (edited outside): the rename must stop and name the file.
    write(tmp_path, "articles/returns/returns-policy.md", "---\nrelated: [\n---\n")
    with pytest.raises(ArticleFileError) as caught:
        plan_rename(content, "refunds/refund-methods", "refunds/methods")
    assert "articles/returns/returns-policy.md line 2" in str(caught.value)


def test_duplicate_is_a_draft_copy_without_translations(tmp_path: Path) -> None:
    content = _folder(tmp_path)
    plan = plan_duplicate(content, "refunds/refund-policy", "refunds/refund-policy-2027")
    assert plan.removals == []
    assert plan.describe() == [
        "Copy articles/refunds/refund-policy.md → articles/refunds/refund-policy-2027.md "
        "(as a draft)"
    ]
    apply_plan(plan)
    after = load_clean(tmp_path)
    copy = after.articles["refunds/refund-policy-2027"]
    assert copy.title == "Refund policy (copy)"
    assert copy.status == "draft"
    assert copy.translations == {}
    assert copy.related == after.articles["refunds/refund-policy"].related
    assert "# Keep the closest topics first." in copy.path.read_text("utf-8")
    assert after.articles["refunds/refund-policy"].status == "published"


def test_references_name_file_line_and_field(tmp_path: Path) -> None:
    content = _folder(tmp_path)
    assert references_to(content, "refunds/refund-policy") == [
        Reference(tmp_path / "articles/refunds/refund-methods.md", 3, "related"),
        Reference(tmp_path / "articles/refunds/refund-policy.sl.md", 4, "translations"),
    ]
    assert references_to(content, "refunds/refund-policy.sl") == [
        Reference(tmp_path / "articles/refunds/refund-policy.md", 9, "translations"),
    ]


def test_delete_moves_the_file_aside_and_lists_what_still_points_at_it(tmp_path: Path) -> None:
    content = _folder(tmp_path / "content")
    deleted = tmp_path / "deleted"
    plan = plan_delete(content, "refunds/refund-methods", deleted_folder=deleted)
    [kept] = plan.copies
    assert kept.is_relative_to(deleted)
    assert kept.as_posix().endswith("/articles/refunds/refund-methods.md")
    lines = plan.describe()
    assert lines[0].startswith("Delete articles/refunds/refund-methods.md (a copy is kept as ")
    assert str(kept) in lines[0]
    assert lines[1:] == [
        "Still pointing at it: related: in articles/refunds/refund-policy.md line 6",
        "Still pointing at it: related: in articles/returns/returns-policy.md line 3",
    ]
    original = (tmp_path / "content/articles/refunds/refund-methods.md").read_bytes()
    apply_plan(plan)
    assert kept.read_bytes() == original
    after = load_content(tmp_path / "content")
    assert "refunds/refund-methods" not in after.articles
    assert {p.code for p in after.problems} == {"unknown-related"}


def test_delete_keeps_the_copy_in_the_data_folder_by_default(
    tmp_path: Path, user_dirs: Path
) -> None:
    content = _folder(tmp_path)
    plan = plan_delete(content, "returns/returns-policy")
    [kept] = plan.copies
    assert kept.is_relative_to(user_dirs)
    assert not kept.is_relative_to(tmp_path)


def test_a_failed_write_puts_back_what_was_written(tmp_path: Path) -> None:
    first = write(tmp_path, "articles/a.md", "old a\n")
    blocker = write(tmp_path, "articles/blocker", "a file where a folder should be\n")
    plan = FilePlan(
        writes={first: "new a\n", tmp_path / "articles/new.md": "new\n", blocker / "x.md": "x"},
        removals=[first],
    )
    with pytest.raises(ApplyPlanError) as caught:
        apply_plan(plan)
    assert caught.value.path == blocker / "x.md"
    assert str(blocker / "x.md") in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert first.read_text("utf-8") == "old a\n"
    assert not (tmp_path / "articles/new.md").exists()


def test_apply_keeps_a_backup_of_each_rewritten_file(tmp_path: Path) -> None:
    content = _folder(tmp_path)
    policy = tmp_path / "articles/returns/returns-policy.md"
    before = policy.read_text("utf-8")
    apply_plan(plan_rename(content, "refunds/refund-methods", "refunds/methods"))
    assert backup_path(policy).read_text("utf-8") == before


def test_a_plan_built_by_hand_describes_itself() -> None:
    plan = FilePlan(writes={Path("a.md"): "x"}, removals=[Path("b.md")])
    assert plan.describe() == ["Write a.md", "Remove b.md"]


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "## Questions to ask"), ("sl", "## Vprašanja za stranko")]
)
def test_a_new_article_is_a_draft_in_the_house_structure(
    tmp_path: Path, language: str, heading: str
) -> None:
    source = new_article_source("Late returns", language=language, owner="Returns Team")
    write(tmp_path, "articles/returns/late-returns.md", source)
    content = load_content(tmp_path)
    assert [p.message for p in content.problems] == []
    new = content.articles["returns/late-returns"]
    assert (new.title, new.status, new.language, new.owner) == (
        "Late returns",
        "draft",
        language,
        "Returns Team",
    )
    assert new.summary == ""
    assert new.review_by is not None and new.review_by > dt.date.today()
    assert new.body.startswith("# Late returns\n")
    assert heading in new.body


def test_delete_keeps_the_file_as_it_is_when_applied(tmp_path: Path) -> None:
    content = _folder(tmp_path / "content")
    plan = plan_delete(content, "refunds/refund-methods", deleted_folder=tmp_path / "deleted")
    source = tmp_path / "content/articles/refunds/refund-methods.md"
    source.write_text(source.read_text("utf-8") + "\nSaved after planning.\n", "utf-8")
    apply_plan(plan)
    [kept] = plan.copies
    assert kept.read_text("utf-8").endswith("Saved after planning.\n")
    assert not source.exists()


def test_rename_moves_the_file_as_it_is_when_applied(tmp_path: Path) -> None:
    content = _folder(tmp_path)
    plan = plan_rename(content, "returns/returns-policy", "returns/policy")
    source = tmp_path / "articles/returns/returns-policy.md"
    source.write_text(source.read_text("utf-8") + "\nSaved after planning.\n", "utf-8")
    apply_plan(plan)
    moved = (tmp_path / "articles/returns/policy.md").read_text("utf-8")
    assert moved.endswith("Saved after planning.\n")


def test_a_reference_field_that_is_not_a_list_is_passed_over(tmp_path: Path) -> None:
    content = _folder(tmp_path)
    # Changed on disk after loading: the lines are read from the file as it is now.
    write(tmp_path, "articles/returns/returns-policy.md", "---\ntitle: R\nrelated: 5\n---\n# R\n")
    found = references_to(content, "refunds/refund-methods")
    path = tmp_path / "articles/returns/returns-policy.md"
    assert [r.field for r in found if r.path == path] == ["related"]


def test_an_id_through_a_symlinked_folder_is_refused(tmp_path: Path) -> None:
    content = _folder(tmp_path / "content")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (tmp_path / "content/articles/linked").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ArticleFileError, match="symbolic link"):
        check_new_id(content, "linked/late-returns")
    with pytest.raises(ArticleFileError, match="symbolic link"):
        plan_duplicate(content, "refunds/refund-methods", "linked/copy")
    with pytest.raises(ArticleFileError, match="symbolic link"):
        plan_rename(content, "refunds/refund-methods", "linked/moved")
    assert list(outside.iterdir()) == []
    # A real folder of the same kind is fine.
    assert check_new_id(content, "refunds/late-returns") == "refunds/late-returns"
