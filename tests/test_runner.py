"""The garbage collector is tuned for the length of a run and put back afterwards."""

import gc

import pytest

from crawler.runner import collector_tuned


def test_a_run_raises_the_young_threshold_and_freezes_startup_objects():
    before = gc.get_threshold()
    with collector_tuned(5000):
        assert gc.get_threshold() == (5000, *before[1:])
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_collector_is_restored_when_the_run_fails():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), collector_tuned(5000):
        raise RuntimeError("crawl failed")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_zero_leaves_the_collector_alone():
    before = gc.get_threshold()
    with collector_tuned(0):
        assert gc.get_threshold() == before
        assert gc.get_freeze_count() == 0
