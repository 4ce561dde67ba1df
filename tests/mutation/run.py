"""Mutation testing (``make mutation``): cosmic-ray on the modules where a silent bug costs most.

Each module in MODULES is mutated one change at a time in a throw-away copy of this working
tree (never in the checkout itself), and the given tests run against each mutant; a mutant the
tests still pass is a *survivor*. Prints the score (killed / mutants) per module and writes each
module's survivors, with their diffs, to ``<copy>/survivors-<name>.txt``.

    python -m tests.mutation.run [name ...]     # default: every module below
    python -m tests.mutation.run --recheck <copy> name   # survivors of an earlier run only

Runs under ``nice -n 19``; the tests use SQLite unless DATABASE_URL is set. Not part of CI.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTEST = "python -m pytest -p no:xdist -p no:cacheprovider -x -q --no-header --reuse-db"

# name -> (module, tests that speak for it). Tests are the fast ones that call the module
# directly; each mutant costs one pytest start (a few seconds) plus these tests.
MODULES = {
    "query": (
        "search/query.py",
        "search/tests/test_query.py search/tests/test_elastic.py"
        " -k 'query or nothing_to_search or hostile or phrase or term or words or text'",
    ),
    "uploads": (
        "portal/security/uploads.py",
        "portal/tests/test_uploads.py resources/tests/test_zip_limits.py"
        " portal/tests/test_input_limits.py -k 'not memory_limit and not time_limit'",
    ),
    "ratelimit": (
        "portal/security/ratelimit.py",
        "portal/tests/test_ratelimit.py portal/tests/test_operations.py -k 'ratelimit or rate_limit'",
    ),
    "access": (
        "community/discussions/access.py",
        "community/tests/test_access.py community/tests/test_permissions.py",
    ),
    "registration": (
        "learning/webinars/registration.py",
        "learning/tests/test_registration.py learning/tests/test_webinars.py",
    ),
}

# Left out to keep a run short, as they say nothing the others do not: replacing an operator by
# an arithmetic operator's rarer siblings (shifts, bitwise, power, floor division); ``%``, which in these modules only
# formats messages (any replacement is a TypeError on a path the other mutants already cover);
# and ``is``/``is not`` in place of a value comparison.
EXCLUDED_OPERATORS = [
    r"core/ReplaceBinaryOperator_(Add|Sub|Mul|Div|FloorDiv|Pow)_(Pow|LShift|RShift|BitOr|BitXor|BitAnd|FloorDiv)$",
    r"core/ReplaceBinaryOperator_Mod_",
    r"core/ReplaceComparisonOperator_(Eq|NotEq|Lt|LtE|Gt|GtE)_(Is|IsNot)$",
]

CONFIG = """[cosmic-ray]
module-path = "{module}"
timeout = 300.0
excluded-modules = []
test-command = "{command}"

[cosmic-ray.distributor]
name = "local"

[cosmic-ray.filters.operators-filter]
exclude-operators = {excluded}
"""


def copy_tree(target):
    """The working tree as it is (tracked and new files, not ignored ones), .venv linked."""
    files = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, files):
        source = ROOT / os.fsdecode(name)
        if source.is_file():
            (target / os.fsdecode(name)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / os.fsdecode(name))
    (target / ".venv").symlink_to(ROOT / ".venv")


SURVIVORS = (
    "SELECT m.operator_name, m.occurrence, r.diff FROM work_results r"
    " JOIN mutation_specs m USING (job_id)"
    " WHERE lower(r.worker_outcome) = 'normal' AND lower(r.test_outcome) = 'survived'"
)


def score(session):
    """(killed, survived, other) from a cosmic-ray session database."""
    with sqlite3.connect(session) as db:
        rows = db.execute("SELECT worker_outcome, test_outcome FROM work_results").fetchall()
    rows = [(str(w).lower(), str(t).lower()) for w, t in rows]
    killed = sum(1 for w, t in rows if w == "normal" and t in ("killed", "incompetent"))
    survived = sum(1 for w, t in rows if w == "normal" and t == "survived")
    return killed, survived, len(rows) - killed - survived


def run_module(copy, name, module, tests):
    bin_ = copy / ".venv" / "bin"
    # A test file not written yet (measuring an older tree) is left out, not an error.
    tests = " ".join(t for t in tests.split() if not t.endswith(".py") or (copy / t).exists())
    config, session = copy / f"mutation-{name}.toml", copy / f"mutation-{name}.sqlite"
    config.write_text(
        CONFIG.format(
            module=module,
            command=f"{PYTEST} {tests}".replace('"', '\\"'),
            excluded=repr(EXCLUDED_OPERATORS).replace("'", '"'),
        )
    )
    env = {**os.environ, "PATH": f"{bin_}:{os.environ['PATH']}"}
    env.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

    def cr(*args):
        subprocess.run(["nice", "-n", "19", *map(str, args)], cwd=copy, env=env, check=True)

    cr(bin_ / "cosmic-ray", "init", config, session)
    cr(bin_ / "cr-filter-operators", session, config)
    cr(bin_ / "cr-filter-pragma", session)
    baseline = subprocess.run(
        f"nice -n 19 {PYTEST} {tests}", shell=True, cwd=copy, env=env, capture_output=True
    )
    summary = baseline.stdout.decode().strip().splitlines()[-1:]
    if baseline.returncode or not summary or " passed" not in summary[0]:
        # Skipped tests (PostgreSQL-only ones on SQLite) would let every mutant "survive".
        print(f"{name}: not measured, the tests do not pass unmutated:\n{baseline.stdout.decode()}")
        return None
    print(f"{name}: {module}, {summary[0]}", flush=True)
    cr(bin_ / "cosmic-ray", "exec", config, session)
    report = subprocess.run(
        [bin_ / "cr-report", session, "--surviving-only"], cwd=copy, env=env, capture_output=True
    ).stdout.decode()
    (copy / f"survivors-{name}.txt").write_text(report)
    return score(session)


def recheck(old_copy, name):
    """Run the current tests against the survivors of an earlier run (after adding tests)."""
    module, tests = MODULES[name]
    copy = Path(tempfile.mkdtemp(prefix="rrhub-mutation-"))
    copy_tree(copy)
    env = {**os.environ, "PATH": f"{copy / '.venv' / 'bin'}:{os.environ['PATH']}"}
    env.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    with sqlite3.connect(Path(old_copy) / f"mutation-{name}.sqlite") as db:
        survivors = db.execute(SURVIVORS).fetchall()
    original = (copy / module).read_bytes()
    left = []
    for operator, occurrence, diff in survivors:
        apply = [copy / ".venv" / "bin" / "cosmic-ray", "apply", module, operator, str(occurrence)]
        subprocess.run(apply, cwd=copy, env=env, check=True)
        run = subprocess.run(
            f"nice -n 19 {PYTEST} {tests}", shell=True, cwd=copy, env=env, capture_output=True
        )
        (copy / module).write_bytes(original)
        if run.returncode == 0:
            left.append(diff)
    print(f"{name}: {len(survivors) - len(left)} of {len(survivors)} survivors now killed")
    (copy / f"survivors-{name}.txt").write_text("\n".join(left))
    print(f"Still surviving: {copy}/survivors-{name}.txt")


def main(names):
    copy = Path(tempfile.mkdtemp(prefix="rrhub-mutation-"))
    copy_tree(copy)
    print(f"Working copy: {copy}")
    results = {}
    for name in names or MODULES:
        module, tests = MODULES[name]
        result = run_module(copy, name, module, tests)
        if result:
            results[name] = result
            print(f"{name}: {result[0]}/{result[0] + result[1]} killed", flush=True)
    print("\nmodule         killed  survived  skipped/other  score")
    for name, (killed, survived, other) in results.items():
        total = killed + survived
        print(
            f"{MODULES[name][0]:<36} {killed:>4} {survived:>6} {other:>6}"
            f"  {100 * killed / max(total, 1):5.1f}%"
        )
    print(f"Survivors and their diffs: {copy}/survivors-<name>.txt")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--recheck"]:
        recheck(*sys.argv[2:4])
    else:
        main(sys.argv[1:])
