"""The wording rules stay at least as accurate as recorded on both labelled corpora.

bench/accuracy.py lints every statement of tests/accuracy/corpus.yaml (and of
the held-out set tests/accuracy/heldout.yaml, never used for tuning) once and
counts, per rule, the statements it rightly fires on, fires on wrongly and
misses. A rule whose precision or recall falls below the figure recorded in
tests/accuracy/recorded.json fails here; an improvement is kept by running
``python bench/accuracy.py --record`` and committing the new figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import accuracy

#: Only float rounding may pass for "not lower": the figures are stored to 4 places.
TOLERANCE = 1e-4


@pytest.fixture(scope="module")
def statements():
    return accuracy.load_corpus()


CORPORA = (accuracy.CORPUS, accuracy.HELDOUT)


def _run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "bench" / "accuracy.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


@pytest.fixture(scope="module", params=CORPORA, ids=lambda path: path.name)
def corpus(request):
    return request.param


@pytest.fixture(scope="module")
def measured(corpus):
    """The figures from one run of the script, as a user or CI would run it."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "accuracy.py"), "--json", "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_corpus_is_large_and_ids_are_unique(statements):
    assert len(statements) >= 400
    repeated = [id_ for id_, count in Counter(s.id for s in statements).items() if count > 1]
    assert repeated == []
    assert len({s.text for s in statements}) == len(statements), "a statement appears twice"


def test_labels_name_rules_the_guide_defines(statements):
    known = set(accuracy.guide_codes())
    assert {f"RK{n}" for n in range(101, 118)} <= known
    unknown = {(s.id, code) for s in statements for code in s.expect if code not in known}
    assert unknown == set()


def test_every_statement_says_what_and_where_from(statements):
    for statement in statements:
        assert statement.text.strip(), statement.id
        assert statement.kind in accuracy.KINDS, statement.id
        assert statement.source, statement.id


def test_each_rule_has_enough_positive_examples(statements):
    positives = Counter(code for s in statements for code in s.expect)
    thin = {code: positives[code] for code in accuracy.guide_codes() if positives[code] < 20}
    assert thin == {}


def test_heldout_set_is_labelled_like_the_corpus():
    heldout = accuracy.load_corpus(accuracy.HELDOUT)
    assert len(heldout) >= 200
    assert len({s.id for s in heldout}) == len(heldout)
    known = set(accuracy.guide_codes())
    assert {code for s in heldout for code in s.expect} <= known
    assert {s.kind for s in heldout} <= set(accuracy.KINDS)


def test_no_rule_is_less_accurate_than_recorded(measured, corpus):
    recorded = accuracy.read_recorded()[corpus.name]
    assert measured["statements"] == recorded["statements"]
    worse = []
    for code, before in recorded["rules"].items():
        now = measured["rules"].get(code)
        assert now is not None, f"{code} is no longer measured"
        for figure in ("precision", "recall"):
            if before[figure] is None:
                continue
            if now[figure] is None or now[figure] < before[figure] - TOLERANCE:
                worse.append(f"{code} {figure}: {now[figure]} < recorded {before[figure]}")
    assert worse == [], "\n".join(worse)


def test_counts_add_up_to_the_labels(measured, corpus):
    labelled = Counter(code for s in accuracy.load_corpus(corpus) for code in s.expect)
    for code, figures in measured["rules"].items():
        assert figures["tp"] + figures["fn"] == labelled[code], code


def test_show_lists_false_alarms_and_misses_with_their_text(capsys):
    statements = accuracy.load_corpus()
    found = accuracy.findings_per_statement(statements)
    scores, _ = accuracy.score(statements, found)
    code = max(scores, key=lambda c: len(scores[c].fp) + len(scores[c].fn))
    assert accuracy.main(["--show", code.lower()]) == 0
    shown = capsys.readouterr().out
    by_id = {s.id: s for s in statements}
    for id_ in scores[code].fp + scores[code].fn:
        assert f"{id_}  {by_id[id_].text}" in shown
    for id_ in scores[code].tp:
        assert f"{id_}  " not in shown


def test_score_counts_each_statement_once_per_rule():
    statement = accuracy.Statement("X1", "text", frozenset({"RK101"}), "it", "reqkit")
    other = accuracy.Statement("X2", "text", frozenset(), "it", "reqkit")
    scores, overall = accuracy.score(
        [statement, other], [{"RK101": ["a", "b"]}, {"RK101": ["c"], "RK102": ["d"]}]
    )
    assert (scores["RK101"].tp, scores["RK101"].fp, scores["RK101"].fn) == (["X1"], ["X2"], [])
    assert scores["RK102"].precision == 0.0
    assert scores["RK101"].precision == 0.5
    assert scores["RK101"].recall == 1.0
    assert len(overall.tp) == 1 and len(overall.fp) == 2


def test_show_refuses_a_rule_it_does_not_measure(capsys):
    with pytest.raises(SystemExit) as stopped:
        accuracy.main(["--show", "RK999"])
    assert stopped.value.code == 2
    assert "no wording rule 'RK999'" in capsys.readouterr().err


def test_record_keeps_each_corpus_under_its_own_name(tmp_path):
    recorded = tmp_path / "recorded.json"
    old = {"statements": 1, "rules": {}, "overall": {"tp": 1}}
    recorded.write_text(json.dumps(old), encoding="utf-8")
    assert accuracy.read_recorded(recorded) == {"corpus.yaml": old}
    new = {"statements": 2, "rules": {}, "overall": {"tp": 2}}
    accuracy.record(accuracy.HELDOUT, new, recorded)
    kept = json.loads(recorded.read_text(encoding="utf-8"))
    assert list(kept) == ["corpus.yaml", "heldout.yaml"]
    assert kept == {"corpus.yaml": old, "heldout.yaml": new}


def test_table_names_the_corpus_it_measured(tmp_path):
    done = _run_script("--corpus", str(accuracy.HELDOUT))
    assert done.returncode == 0, done.stderr
    assert "statements in tests/accuracy/heldout.yaml" in done.stdout
    missing = _run_script("--corpus", str(tmp_path / "none.yaml"))
    assert missing.returncode == 2
    assert "no corpus at" in missing.stderr and "Traceback" not in missing.stderr
