"""Every spider callback passes Scrapy's generator-return check, which settings turn off at run time."""

import inspect

import pytest
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.misc import is_generator_with_return_value

from crawler.runner import project_settings


def _spider_methods():
    loader = SpiderLoader.from_settings(project_settings())
    for name in loader.list():
        spider = loader.load(name)
        for attr, method in inspect.getmembers(spider, inspect.isfunction):
            if inspect.isgeneratorfunction(method):
                yield pytest.param(method, id=f"{name}.{attr}")


def test_the_runtime_check_is_off():
    assert project_settings().getbool("WARN_ON_GENERATOR_RETURN_VALUE") is False


@pytest.mark.parametrize("method", list(_spider_methods()))
def test_generator_callbacks_return_no_value(method):
    assert not is_generator_with_return_value(method)


def test_the_check_catches_a_returned_value():
    def callback(response):
        yield response
        return "lost"

    assert is_generator_with_return_value(callback)
