"""Fixes of the eleventh session's build review (s12rev2): SIGTERM stops a build as Ctrl-C does, a malformed origin
record fails before any source is processed, numpy is part of the build key."""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path

import pytest

from imcovid import cli
from imcovid.cache import _LIBRARIES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_sigterm_raises_keyboard_interrupt_in_the_main_process_and_a_forked_child_gets_the_default():
    before = cli._terminate_as_interrupt()
    try:
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # a pool's worker: the default disposition, so a pool's terminate stops it at once
            os.write(write, b"1" if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL else b"0")
            os._exit(0)
        os.waitpid(child, 0)
        assert os.read(read, 1) == b"1"
    finally:
        signal.signal(signal.SIGTERM, before if before is not None else signal.SIG_DFL)


def test_main_puts_the_previous_handler_back(tmp_path):
    before = signal.getsignal(signal.SIGTERM)
    cli.main(["build", "--seeds", str(tmp_path / "missing"), "--out", str(tmp_path / "out")])
    assert signal.getsignal(signal.SIGTERM) == before


@pytest.mark.parametrize("change, message", [
    (lambda o: o.update(places="150000 内蒙古"), "places must be a list of strings"),
    (lambda o: o.update(focus="place"), "focus must be"),
    (lambda o: o.update(covid_terms=[1, 2]), "covid_terms must be a list of strings"),
])
def test_a_malformed_origin_fails_the_build_in_one_line(tmp_path, capsys, change, message):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    lines = (seeds / "ORIGINS.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    change(first)
    lines[0] = json.dumps(first, ensure_ascii=False)
    (seeds / "ORIGINS.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = cli.main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--jobs", "1", "--no-cache"])
    err = capsys.readouterr().err.strip()
    assert code != 0 and message in err and len(err.splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_numpy_is_in_the_build_key():
    assert "numpy" in _LIBRARIES
