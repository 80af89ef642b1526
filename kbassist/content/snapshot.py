"""The content folder as last loaded, brought up to date by re-reading only what changed.

A reload after an edit or a git pull reads again only the files whose size or modification
time moved (and parses only those whose text really changed), and re-checks only what
depends on them: references between articles, shared questions, the reply templates that
read an article's facts. The whole snapshot is kept in the user's cache folder, so the app
starts from the last load and only compares the files with it, in the background.

Every file is still loaded in isolation and distrusted, with the same loaders, listing and
last-valid-version rules as `load_content`: the result equals a fresh load of the folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import pickle
import secrets
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kbassist.common.textfile import read_text
from kbassist.content.articles import Article, item_id, parse_article
from kbassist.content.files import (
    ARTICLES_DIR,
    FACILITIES_DIR,
    REPLIES_DIR,
    ContentFile,
    list_content_files,
    list_files_under,
    safe_file,
    without_case_clashes,
)
from kbassist.content.folder import (
    Content,
    _add_unique,
    _kept_article,
    _load_facilities,
    check_references,
    question_key,
    shared_question_warning,
)
from kbassist.content.last_good import LastGoodSession, LastGoodStore, article_source, source_sha
from kbassist.content.replies import ReplyTemplate, load_reply
from kbassist.content.settings import SETTINGS_FILE, ContentSettings, load_settings
from kbassist.content.synonyms import SYNONYMS_FILE, load_synonyms
from kbassist.facilities.locate import PlaceSource
from kbassist.facilities.model import Facility, Place
from kbassist.paths import cache_dir, folder_key
from kbassist.problems import Problem, ProblemList

log = logging.getLogger(__name__)

SNAPSHOT_FOLDER = "content"
SNAPSHOT_SUFFIX = ".snapshot"
# Bumped whenever what a snapshot holds changes shape: an older one is ignored.
SNAPSHOT_VERSION = 1

# Checks that need more than the content package (the reply templates' own checks, public
# holidays): passed in by the caller, so content knows nothing of replies or facilities rules.
ReplyCheck = Callable[[ReplyTemplate, Mapping[str, Article], ProblemList], None]
ContentCheck = Callable[[Content, dt.date, ProblemList], None]
FileKey = tuple[int, int]  # size, mtime_ns


@dataclass
class _Loaded:
    """One file as last read: its version and what it loaded to, with its own problems."""

    key: FileKey
    sha: str
    item: Article | ReplyTemplate | None
    problems: list[Problem]


@dataclass
class _ReplyCheck:
    """A reply template's check result and the article ids it looked at (None: all)."""

    problems: list[Problem]
    looked_at: frozenset[str] | None


class _Recording(Mapping[str, Article]):
    """The articles as a template check sees them, noting which ids it asks for."""

    def __init__(self, articles: Mapping[str, Article]) -> None:
        self._articles = articles
        self.asked: set[str] = set()
        self.everything = False

    def __getitem__(self, key: str) -> Article:
        self.asked.add(key)
        return self._articles[key]

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.asked.add(key)
        return key in self._articles

    def __iter__(self) -> Iterator[str]:
        self.everything = True
        return iter(self._articles)

    def __len__(self) -> int:
        self.everything = True
        return len(self._articles)


@dataclass
class _State:
    """What a snapshot keeps between loads (and in the cache file)."""

    settings_key: FileKey | None = None
    settings: ContentSettings = field(default_factory=ContentSettings)
    settings_problems: list[Problem] = field(default_factory=list)
    synonyms_key: FileKey | None = None
    synonyms: list[tuple[str, ...]] = field(default_factory=list)
    synonyms_problems: list[Problem] = field(default_factory=list)
    # Every file the listing found (case clashes included), by path under the folder.
    listed: dict[str, ContentFile] = field(default_factory=dict)
    # What the listing reported, by the path it is about.
    listing_problems: dict[str, list[Problem]] = field(default_factory=dict)
    # The files in use, sorted, case clashes left out; and what the clashes said.
    files: list[ContentFile] = field(default_factory=list)
    clash_problems: list[Problem] = field(default_factory=list)
    loaded: dict[str, _Loaded] = field(default_factory=dict)
    # Kept articles whose file is there but not listed (unreadable, a bad link), by id.
    unlisted: dict[str, tuple[Article, list[Problem]]] = field(default_factory=dict)
    facility_keys: dict[str, FileKey] = field(default_factory=dict)
    facilities_of: int = -1
    facilities: dict[str, Facility] = field(default_factory=dict)
    places: list[Place] = field(default_factory=list)
    facility_problems: list[Problem] = field(default_factory=list)
    reply_checks: dict[str, _ReplyCheck] = field(default_factory=dict)
    # The cross-checks of each article, valid while it is the same object, the same set of
    # ids and the same day; and each caller's question with the articles that list it.
    checked_ids_of: int = -1
    checked_day: dt.date | None = None
    references: dict[str, list[Problem]] = field(default_factory=dict)
    questions: dict[str, tuple[Article, tuple[tuple[str, str], ...]]] = field(default_factory=dict)
    askers: dict[str, set[str]] = field(default_factory=dict)
    shared: set[str] = field(default_factory=set)  # the questions with two askers or more
    # The problems of each file that has some (few do), by path under the folder.
    noisy: dict[str, list[Problem]] = field(default_factory=dict)
    # The articles last put together, and from which listing and unlisted versions.
    articles: dict[str, Article] = field(default_factory=dict)
    articles_of: int = -1
    # Counts each new listing or set of unlisted versions: what articles_of refers to.
    generation: int = 0
    unlisted_problems: list[Problem] = field(default_factory=list)
    reply_files: list[ContentFile] = field(default_factory=list)
    reply_files_of: int = -1
    in_use: frozenset[str] = frozenset()
    file_keys: dict[str, FileKey] = field(default_factory=dict)
    file_keys_of: int = -1
    in_use_of: int = -1
    # The ids of the listed article files, and the listing they were taken from.
    listed_ids: frozenset[str] = frozenset()
    listed_ids_of: list[ContentFile] | None = None


class ContentSnapshot:
    """One content folder, loaded once and then refreshed file by file.

    Not thread-safe: one thread (the app's index thread, or a command) uses it."""

    def __init__(
        self,
        root: Path,
        *,
        last_good: LastGoodStore | None = None,
        places: PlaceSource | None = None,
        reply_check: ReplyCheck | None = None,
        content_checks: Sequence[ContentCheck] = (),
        cache_root: Path | None = None,
    ) -> None:
        self.root = root
        self.last_good = last_good
        self.places = places
        self.reply_check = reply_check
        # Cheap checks over the whole content (public holidays, reply variants): run each time.
        self.content_checks = tuple(content_checks)
        # Kept open between refreshes (one thread uses it); opened again by a full refresh,
        # which so also sees what another process kept meanwhile.
        self._kept: LastGoodSession | None = None
        self._present: frozenset[str] | set[str] | None = None
        folder = cache_root if cache_root is not None else cache_dir() / SNAPSHOT_FOLDER
        self.path = folder / f"{folder_key(root)}{SNAPSHOT_SUFFIX}"
        self._state = _State()
        self._loaded_once = False
        # Article ids whose loaded version changed in the last refresh (for the dependants).
        self.changed_ids: set[str] = set()
        # Files re-read (parsed) by the last refresh: what a benchmark or a test looks at.
        self.reread: list[str] = []
        # Whether the last articles put together have the same ids as the ones before.
        self._same_ids = False

    # -- the cache file ---------------------------------------------------------------------

    def restore(self, today: dt.date | None = None) -> Content | None:
        """The content as the last saved load had it, without reading the folder; None when
        there is no usable snapshot, or when this one has loaded already (its own state is
        newer). refresh() afterwards compares it with the files."""
        if self._loaded_once:
            return None
        try:
            with self.path.open("rb") as stream:
                saved = pickle.load(stream)  # the user's own cache folder
        except FileNotFoundError:
            return None
        except Exception as exc:  # a damaged cache costs one full load, nothing more
            log.warning("Ignoring the content snapshot %s: %r", self.path, exc)
            return None
        if (
            not isinstance(saved, dict)
            or saved.get("version") != SNAPSHOT_VERSION
            or saved.get("root") != str(self.root)
            or not isinstance(saved.get("state"), _State)
        ):
            return None
        self._state = saved["state"]
        self._loaded_once = True
        return self._assemble(today or dt.date.today(), set(), all_replies=False)

    def save(self) -> None:
        """Write the snapshot to the cache folder (atomically); failures are only logged."""
        data = {"version": SNAPSHOT_VERSION, "root": str(self.root), "state": self._state}
        temp = self.path.with_name(f"{self.path.name}.{secrets.token_hex(4)}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with temp.open("wb") as stream:
                pickle.dump(data, stream, protocol=pickle.HIGHEST_PROTOCOL)
            temp.replace(self.path)
        except OSError as exc:
            log.warning("Cannot save the content snapshot %s: %s", self.path, exc)
            with contextlib.suppress(OSError):
                temp.unlink()

    # -- loading ----------------------------------------------------------------------------

    def refresh(
        self, changed: Collection[Path] | None = None, today: dt.date | None = None
    ) -> Content:
        """The content now. With changed (paths a watcher saw change), only those files and
        folders are looked at again; without, every file is compared with the last load."""
        day = today or dt.date.today()
        self.reread = []
        self.changed_ids = set()
        root = self.root
        if not root.is_dir():
            from kbassist.content.folder import load_content

            self._state, self._loaded_once = _State(), False
            return load_content(root, day)
        state = self._state
        settings_changed = self._refresh_settings()
        if settings_changed:
            state.loaded.clear()  # the default language applies to every file
        self._refresh_synonyms()
        dirty = None
        if changed is not None and self._loaded_once and not settings_changed:
            dirty = self._list_some(changed)
        full = dirty is None
        if dirty is None:
            dirty = self._list_all()
        all_replies = self._read(dirty, full)
        self._loaded_once = True
        return self._assemble(day, self.changed_ids, all_replies=all_replies)

    def _refresh_settings(self) -> bool:
        state = self._state
        key = _key_of(self.root / SETTINGS_FILE)
        if key == state.settings_key and self._loaded_once:
            return False
        problems = ProblemList()
        settings = (
            load_settings(self.root, problems)
            if safe_file(self.root, self.root / SETTINGS_FILE, problems)
            else ContentSettings()
        )
        before = state.settings.default_language
        state.settings_key, state.settings, state.settings_problems = key, settings, problems
        return not self._loaded_once or settings.default_language != before

    def _refresh_synonyms(self) -> None:
        state = self._state
        path = self.root / SYNONYMS_FILE
        key = _key_of(path)
        if key == state.synonyms_key and self._loaded_once:
            return
        problems = ProblemList()
        state.synonyms = (
            load_synonyms(path, problems) if safe_file(self.root, path, problems) else []
        )
        state.synonyms_key, state.synonyms_problems = key, problems

    def _list_all(self) -> set[str]:
        """List every file; the paths whose size or time differ from the last load, or gone."""
        state = self._state
        problems = ProblemList()
        files = list_content_files(self.root, problems)
        state.listing_problems = _by_path(self.root, problems)
        state.listed = {f.rel: f for f in files}
        # list_content_files left the clashes out already and reported them above.
        state.files, state.clash_problems = files, []
        state.generation += 1
        current = {f.rel for f in files}
        return self._differing(files) | {r for r in state.loaded if r not in current}

    def _list_some(self, changed: Collection[Path]) -> set[str] | None:
        """Look again at the changed paths only; None when the whole folder must be listed
        (the folder itself or one of its top folders changed)."""
        state = self._state
        root = self.root
        relisted: list[ContentFile] = []
        gone: set[str] = set()
        paths_changed = False
        for path in changed:
            rel = _relative(root, path)
            if rel is None or rel in (SETTINGS_FILE, SYNONYMS_FILE):
                continue  # outside the folder, or read on every refresh anyway
            problems = ProblemList()
            found = list_files_under(root, rel, problems)
            if found is None:
                if rel.split("/", 1)[0] in ("", ARTICLES_DIR, REPLIES_DIR, FACILITIES_DIR):
                    return None
                continue  # not content (a README, .git)
            prefix = f"{rel}/"
            if rel in state.listed or any(f.rel == rel for f in found):
                before = {rel} & state.listed.keys()  # one file
            else:
                before = {r for r in state.listed if r.startswith(prefix)}
            for old in before:
                del state.listed[old]
            for old in [r for r in state.listing_problems if r == rel or r.startswith(prefix)]:
                del state.listing_problems[old]
            state.listed.update((f.rel, f) for f in found)
            state.listing_problems.update(_by_path(root, problems))
            now = {f.rel for f in found}
            gone |= before - now
            paths_changed = paths_changed or before != now
            relisted.extend(found)
        if paths_changed:
            clashes = ProblemList()
            ordered = sorted(state.listed.values(), key=lambda f: f.rel)
            state.files, state.clash_problems = without_case_clashes(ordered, clashes), clashes
            state.generation += 1
            current = {f.rel for f in state.files}
            # A clash decided the other way, or files gone: compare everything in use.
            return self._differing(state.files) | {r for r in state.loaded if r not in current}
        # The same paths: keep the order and the clash choice, with the new sizes and times.
        in_use = {f.rel for f in relisted} & self._in_use()
        if in_use:
            for n, file in enumerate(state.files):
                if file.rel in in_use:
                    state.files[n] = newer = state.listed[file.rel]
                    if state.file_keys_of == state.generation:
                        state.file_keys[newer.rel] = (newer.size, newer.mtime_ns)
        return self._differing(f for f in relisted if f.rel in in_use) | gone

    def _differing(self, files: Iterable[ContentFile]) -> set[str]:
        loaded = self._state.loaded
        facility_keys = self._state.facility_keys
        dirty: set[str] = set()
        for f in files:
            if f.rel.startswith(f"{FACILITIES_DIR}/"):
                if facility_keys.get(f.rel) != (f.size, f.mtime_ns):
                    dirty.add(f.rel)
            elif (entry := loaded.get(f.rel)) is None or entry.key != (f.size, f.mtime_ns):
                dirty.add(f.rel)
        return dirty

    def _read(self, dirty: set[str], full: bool) -> bool:
        """Re-read the dirty files; True when a reply template changed (all are re-checked)."""
        state = self._state
        root = self.root
        in_use = self._in_use()
        replies_changed = False
        facilities_changed = not self._loaded_once
        article_work: list[tuple[str, ContentFile | None]] = []
        for rel in sorted(dirty):
            top = rel.split("/", 1)[0]
            file = state.listed.get(rel) if rel in in_use else None
            if top == FACILITIES_DIR:
                facilities_changed = facilities_changed or file is not None
                state.facilities_of = -1  # compare the facility files again
                continue
            if top == ARTICLES_DIR:
                article_work.append((rel, file))
                continue
            replies_changed = True
            old = self._drop(rel)
            if file is None:
                continue
            sha = _file_sha(file.path)
            key = (file.size, file.mtime_ns)
            if old is not None and old.sha == sha and sha:
                self._store(rel, _Loaded(key, sha, old.item, old.problems))
                continue
            problems = ProblemList()
            language = state.settings.default_language
            reply = load_reply(file.path, root / REPLIES_DIR, language, problems)
            self._store(rel, _Loaded(key, sha, reply, list(problems)))
            self.reread.append(rel)
        if facilities_changed or state.facilities_of != state.generation:
            facility_files = [
                state.listed[rel] for rel in in_use if rel.startswith(f"{FACILITIES_DIR}/")
            ]
            facility_files.sort(key=lambda f: f.rel)
            keys = {f.rel: (f.size, f.mtime_ns) for f in facility_files}
            if facilities_changed or keys != state.facility_keys:
                self._read_facilities(facility_files)
                state.facility_keys = keys
            state.facilities_of = state.generation
        if article_work or (full and self.last_good is not None):
            self._read_articles(article_work, full)
        return replies_changed

    def close(self) -> None:
        """Write and close the store of last valid versions (the snapshot may still be
        refreshed: it opens the store again)."""
        self.save_kept()
        if self._kept is not None:
            self._kept.close()
            self._kept = None

    def _store(self, rel: str, entry: _Loaded) -> None:
        state = self._state
        state.loaded[rel] = entry
        if entry.problems:
            state.noisy[rel] = entry.problems
        else:
            state.noisy.pop(rel, None)

    def _drop(self, rel: str) -> _Loaded | None:
        self._state.noisy.pop(rel, None)
        return self._state.loaded.pop(rel, None)

    def _file_keys(self) -> dict[str, FileKey]:
        """The size and time of each file in use, by path (kept up to date, not remade)."""
        state = self._state
        if state.file_keys_of != state.generation:
            state.file_keys = {f.rel: (f.size, f.mtime_ns) for f in state.files}
            state.file_keys_of = state.generation
        return state.file_keys

    def _in_use(self) -> frozenset[str]:
        """The paths of the files in use (listed, and not left out for a case clash)."""
        state = self._state
        if state.in_use_of != state.generation:
            state.in_use = frozenset(f.rel for f in state.files)
            state.in_use_of = state.generation
        return state.in_use

    def _listed_article_ids(self) -> frozenset[str]:
        state = self._state
        if state.listed_ids_of is not state.files:
            prefix = f"{ARTICLES_DIR}/"
            state.listed_ids = frozenset(
                _article_id(f.rel) for f in state.files if f.rel.startswith(prefix)
            )
            state.listed_ids_of = state.files
        return state.listed_ids

    def _read_articles(self, work: list[tuple[str, ContentFile | None]], full: bool) -> None:
        state = self._state
        if self.last_good is None:
            for rel, file in work:
                self._read_article(rel, file, None)
            return
        if self._kept is None or full:
            self.close()
            self._kept = LastGoodSession(self.last_good.path, self.last_good.clock)
        kept = self._kept
        for rel, file in work:
            self._read_article(rel, file, kept)
        listed = self._listed_article_ids()
        self._find_unlisted(kept, listed)
        # Every listed article file counts as present, loaded or not (as in load_content).
        self._present = listed | set(state.unlisted)
        if full:
            self.save_kept()

    def save_kept(self) -> None:
        """Write the last valid versions the refreshes since the last call have seen.

        A full refresh writes them itself; after a refresh for a few changed files the
        caller may write them once the changed text is searchable, off the critical path."""
        if self._kept is not None and self._present is not None:
            self._kept.finish(self._present)
            self._present = None

    def _read_article(
        self, rel: str, file: ContentFile | None, kept: LastGoodSession | None
    ) -> None:
        state = self._state
        old = self._drop(rel)
        old_id = old.item.id if old is not None and old.item is not None else _article_id(rel)
        if file is None:
            self.changed_ids.add(old_id)
            return
        own = ProblemList()
        text = read_text(file.path, own)
        sha = source_sha(text) if text is not None else ""
        key = (file.size, file.mtime_ns)
        if old is not None and sha and old.sha == sha:
            self._store(rel, _Loaded(key, sha, old.item, old.problems))
            return
        folder = self.root / ARTICLES_DIR
        language = state.settings.default_language
        article = (
            parse_article(text, file.path, folder, language, own) if text is not None else None
        )
        ident = article.id if article is not None else item_id(file.path, folder)
        if kept is not None:
            if article is not None and text is not None and not own.has_errors:
                kept.remember(ident, text)
            else:
                scratch = Content(root=self.root, settings=state.settings)
                article = _kept_article(scratch, kept, ident, file.path, own) or article
        self._store(rel, _Loaded(key, sha, article, list(own)))
        self.reread.append(rel)
        self.changed_ids.add(ident)
        if old_id != ident:
            self.changed_ids.add(old_id)

    def _find_unlisted(self, kept: LastGoodSession, listed_ids: frozenset[str]) -> None:
        """Kept articles whose file is there but not listed: still being fixed, still shown."""
        state = self._state
        before = state.unlisted
        state.unlisted = {}
        for ident in sorted(kept.ids - listed_ids):
            path = article_source(self.root, ARTICLES_DIR, ident)
            if path is None or not os.path.lexists(path):
                continue
            own = ProblemList()
            scratch = Content(root=self.root, settings=state.settings)
            article = _kept_article(scratch, kept, ident, path, own)
            if article is not None:
                state.unlisted[ident] = (article, list(own))
        same = {i: a.kept_from for i, (a, _p) in before.items()} == {
            i: a.kept_from for i, (a, _p) in state.unlisted.items()
        }
        if same:
            state.unlisted = before  # the same versions: what was assembled from them holds
        else:
            self.changed_ids |= set(before) ^ set(state.unlisted)
            state.generation += 1

    def _read_facilities(self, files: list[ContentFile]) -> None:
        state = self._state
        scratch = Content(root=self.root, settings=state.settings)
        _load_facilities(scratch, files, self.places)
        state.facilities, state.places = scratch.facilities, scratch.places
        state.facility_problems = list(scratch.problems)
        self.reread.extend(f.rel for f in files)

    # -- putting it together ----------------------------------------------------------------

    def _assemble(self, today: dt.date, changed_ids: set[str], *, all_replies: bool) -> Content:
        state = self._state
        content = Content(root=self.root, settings=state.settings, synonyms=state.synonyms)
        content.files = dict(self._file_keys())  # a copy: the index reads it on this thread
        problems = content.problems
        problems.extend(state.settings_problems)
        for found in state.listing_problems.values():
            problems.extend(found)
        problems.extend(state.clash_problems)
        content.articles = self._articles(problems)
        reply_taken: dict[str, str] = {}
        reply_rels: dict[str, str] = {}
        for rel in sorted(state.noisy):
            if rel.startswith(f"{REPLIES_DIR}/"):
                problems.extend(state.noisy[rel])
        if state.reply_files_of != state.generation:
            prefix = f"{REPLIES_DIR}/"
            state.reply_files = [f for f in state.files if f.rel.startswith(prefix)]
            state.reply_files_of = state.generation
        for file in state.reply_files:
            entry = state.loaded.get(file.rel)
            reply = entry.item if entry is not None else None
            if isinstance(reply, ReplyTemplate) and _add_unique(
                content.replies, reply_taken, reply.id, reply, file.path, problems
            ):
                reply_rels[reply.id] = file.rel
        content.facilities, content.places = state.facilities, state.places
        problems.extend(state.facility_problems)
        problems.extend(state.synonyms_problems)
        self._cross_check(content, today)
        self._check_replies(content, reply_rels, changed_ids, all_replies)
        for check in self.content_checks:
            check(content, today, problems)
        return content

    def _articles(self, problems: ProblemList) -> dict[str, Article]:
        """The articles in listing order (with their files' problems added to problems).

        After a refresh that changed files but no paths, the last result is copied with the
        re-read articles in place: no pass over every file."""
        state = self._state
        prefix = f"{ARTICLES_DIR}/"
        for rel in sorted(state.noisy):
            if rel.startswith(prefix):
                problems.extend(state.noisy[rel])
        if state.generation == state.articles_of:
            articles = dict(state.articles)
            for rel in self.reread:
                entry = state.loaded.get(rel) if rel.startswith(prefix) else None
                item = entry.item if entry is not None else None
                if not rel.startswith(prefix):
                    continue
                if not isinstance(item, Article) or item.id not in articles:
                    break  # an article appeared or went: put them together again
                articles[item.id] = item
            else:
                state.articles = articles
                problems.extend(state.unlisted_problems)
                self._same_ids = True
                return articles
        self._same_ids = False
        articles = {}
        taken: dict[str, str] = {}
        for file in state.files:
            if not file.rel.startswith(prefix):
                continue
            entry = state.loaded.get(file.rel)
            if entry is not None and isinstance(entry.item, Article):
                article = entry.item
                _add_unique(articles, taken, article.id, article, file.path, problems)
        unlisted = ProblemList()
        for ident, (article, found) in state.unlisted.items():
            if taken.get(ident.lower(), ident) != ident:
                continue  # its id clashes with a file in use: that one wins
            unlisted.extend(found)
            _add_unique(articles, taken, ident, article, article.path, unlisted)
        problems.extend(unlisted)
        state.articles, state.articles_of = articles, state.generation
        state.unlisted_problems = list(unlisted)
        return articles

    def _cross_check(self, content: Content, today: dt.date) -> None:
        """cross_check(), again only for the articles that changed (all of them when an id
        came or went, or the day changed, as references and review dates depend on those)."""
        state = self._state
        articles = content.articles
        same_ids = self._same_ids and state.checked_ids_of == state.articles_of
        if same_ids and today == state.checked_day:
            changed: Iterable[str] = [i for i in self._reread_ids() if i in articles]
        else:
            changed = articles
            state.references.clear()
        for ident in changed:
            found = ProblemList()
            check_references(articles[ident], articles, today, found)
            if found:
                state.references[ident] = list(found)
            else:
                state.references.pop(ident, None)
        state.checked_day, state.checked_ids_of = today, state.articles_of
        content.problems.extend(self._shared_questions(articles, same_ids))
        for ident in sorted(state.references):
            content.problems.extend(state.references[ident])

    def _reread_ids(self) -> list[str]:
        prefix = f"{ARTICLES_DIR}/"
        return [_article_id(rel) for rel in self.reread if rel.startswith(prefix)]

    def _shared_questions(self, articles: Mapping[str, Article], same_ids: bool) -> list[Problem]:
        """The shared-question warnings, from each question's askers kept up to date."""
        state = self._state
        askers = state.askers
        touched: set[str] = set()
        if not same_ids:
            for ident in [i for i in state.questions if i not in articles]:
                for key, _question in state.questions.pop(ident)[1]:
                    askers[key].discard(ident)
                    touched.add(key)
        candidates = [i for i in self._reread_ids() if i in articles] if same_ids else articles
        for ident in candidates:
            article = articles[ident]
            before = state.questions.get(ident)
            if before is not None and before[0] is article:
                continue
            for key, _question in before[1] if before is not None else ():
                askers[key].discard(ident)
                touched.add(key)
            keys = tuple((question_key(q), q) for q in article.questions)
            state.questions[ident] = (article, keys)
            for key, _question in keys:
                askers.setdefault(key, set()).add(ident)
                touched.add(key)
        for key in touched:
            count = len(askers.get(key, ()))
            if not count:
                askers.pop(key, None)
            if count >= 2:
                state.shared.add(key)
            else:
                state.shared.discard(key)
        warnings: list[tuple[str, int, Problem]] = []
        for key in state.shared:
            owners = askers[key]
            first = min(owners)
            for ident in owners - {first}:
                article = articles[ident]
                if article.kept_from is not None:
                    continue
                for n, (own_key, question) in enumerate(state.questions[ident][1]):
                    if own_key == key:
                        warnings.append(
                            (ident, n, shared_question_warning(article, question, first))
                        )
        return [problem for _i, _n, problem in sorted(warnings, key=lambda w: (w[0], w[1]))]

    def _check_replies(
        self,
        content: Content,
        reply_rels: dict[str, str],
        changed_ids: set[str],
        all_replies: bool,
    ) -> None:
        """The template checks, again only for templates that changed or read a changed article."""
        if self.reply_check is None:
            return
        state = self._state
        done: dict[str, _ReplyCheck] = {}
        for ident, reply in content.replies.items():
            rel = reply_rels[ident]
            before = state.reply_checks.get(rel)
            if (
                before is not None
                and not all_replies
                and not (
                    changed_ids and (before.looked_at is None or before.looked_at & changed_ids)
                )
            ):
                done[rel] = before
            else:
                found = ProblemList()
                recording = _Recording(content.articles)
                self.reply_check(reply, recording, found)
                looked_at = None if recording.everything else frozenset(recording.asked)
                done[rel] = _ReplyCheck(list(found), looked_at)
            content.problems.extend(done[rel].problems)
        state.reply_checks = done


def _key_of(path: Path) -> FileKey | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def _file_sha(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError:
        return ""
    return source_sha(data.decode("utf-8", "surrogateescape"))


def _relative(root: Path, path: Path) -> str | None:
    """path under root with / separators ("" for root itself); None when outside it."""
    full = os.path.normpath(root / path)
    base = os.path.normpath(root)
    if full == base:
        return ""
    if not full.startswith(base + os.sep):
        return None
    return full[len(base) + 1 :].replace(os.sep, "/")


def _article_id(rel: str) -> str:
    return rel[len(ARTICLES_DIR) + 1 :].removesuffix(".md")


def _by_path(root: Path, problems: ProblemList) -> dict[str, list[Problem]]:
    grouped: dict[str, list[Problem]] = {}
    for problem in problems:
        rel = _relative(root, problem.path)
        grouped.setdefault(rel if rel is not None else str(problem.path), []).append(problem)
    return grouped
