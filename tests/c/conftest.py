"""Building the C code under test with cffi (-Wall -Wextra -Werror), once per
session, and the `hal` fixture: the host board's HAL, freshly initialised."""
import os

import pytest

from cbuild import compile_cffi, header_cdef

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
HAL_DIR = os.path.join(REPO, 'hal')


@pytest.fixture(scope='session')
def hal_built(tmp_path_factory):
    return compile_cffi(tmp_path_factory, '_hal_host_test',
                        header_cdef(os.path.join(HAL_DIR, 'hal.h')),
                        '#include "host/hal_host.c"', [HAL_DIR])


@pytest.fixture
def built(hal_built):
    return hal_built


@pytest.fixture
def hal(hal_built):
    lib = hal_built.lib
    assert lib.mp_hal_init() == 0
    yield lib
    lib.mp_hal_deinit()
