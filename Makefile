# micropy build.  `make` translates the plain interpreter, `make jit` the JIT one,
# `make test` runs the whole suite.  Everything the build needs is bootstrapped
# under build/ (a Python 2.7 package dir with rpython, Python 3 test deps).

PORT      ?= unix
BUILD     := build
PY27_DIR  := $(BUILD)/py27
PY27      := $(shell ls $${PYENV_ROOT:-$$HOME/.pyenv}/versions/2.7.*/bin/python2.7 2>/dev/null | tail -1)
ifeq ($(PY27),)
PY27      := $(shell command -v python2.7 2>/dev/null)
endif
PY3       ?= python3
RPY       := PYTHONPATH=$(abspath $(PY27_DIR)):$(CURDIR) $(PY27)
SOURCES   := targetmicropy.py $(shell find interp hal ports lib -name '*.py' -o -name '*.c' -o -name '*.h' 2>/dev/null)
MICROPY   ?= $(CURDIR)/$(BUILD)/micropy

.PHONY: all jit run test test-unit test-cases test-jit bench env clean

all: $(BUILD)/micropy

env: $(PY27_DIR)/.stamp $(BUILD)/py3.stamp $(BUILD)/debs.stamp

# Debian packages the C code links with: OpenSSL for the tls/ssl modules
$(BUILD)/debs.stamp:
	mkdir -p $(BUILD)
	@if [ ! -f /usr/include/openssl/ssl.h ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q libssl-dev; fi
	touch $@

# RPython runs on CPython 2.7 only: use pyenv's 2.7 (installing it with pyenv
# if pyenv is there but 2.7 is not), or a python2.7 on PATH.
$(PY27_DIR)/.stamp:
	@if [ -z "$(PY27)" ]; then \
	  if command -v pyenv >/dev/null; then pyenv install -s 2.7.18; \
	  else echo "error: no Python 2.7 found (pyenv 2.7.x or python2.7 on PATH)"; exit 1; fi; fi
	mkdir -p $(PY27_DIR)
	py27=$${PY27:-$(PY27)}; [ -n "$$py27" ] || py27=$$(ls $${PYENV_ROOT:-$$HOME/.pyenv}/versions/2.7.*/bin/python2.7 | tail -1); \
	$$py27 -m pip --version >/dev/null 2>&1 || $$py27 -m ensurepip; \
	$$py27 -m pip install -q --disable-pip-version-check --target=$(PY27_DIR) 'rpython==0.2.1' 'pytest<3'
	touch $@

# Python 3 test dependencies: pytest, cffi (the C code's own tests), pyte (a
# terminal emulator: the REPL tests read the screen), mpremote (a real board
# tool driving micropy --board)
PY3_DEPS  := pytest cffi pyte==0.8.2 mpremote==1.29.0
$(BUILD)/py3.stamp:
	mkdir -p $(BUILD)
	$(PY3) -c 'import pytest, cffi, pyte, mpremote' 2>/dev/null || $(PY3) -m pip install -q $(PY3_DEPS) \
	  || $(PY3) -m pip install -q --break-system-packages $(PY3_DEPS)
	touch $@

$(BUILD)/micropy: $(PY27_DIR)/.stamp $(BUILD)/debs.stamp $(SOURCES)
	mkdir -p $(BUILD)/usession
	cd $(BUILD) && MICROPY_PORT=$(PORT) PYPY_USESSION_DIR=$(CURDIR)/$(BUILD)/usession \
	  PYTHONPATH=$(abspath $(PY27_DIR)):$(CURDIR) $(PY27) -m rpython \
	  --batch -O2 --output=micropy $(CURDIR)/targetmicropy.py

$(BUILD)/micropy-jit: $(PY27_DIR)/.stamp $(BUILD)/debs.stamp $(SOURCES)
	mkdir -p $(BUILD)/usession-jit
	cd $(BUILD) && MICROPY_PORT=$(PORT) PYPY_USESSION_DIR=$(CURDIR)/$(BUILD)/usession-jit \
	  PYTHONPATH=$(abspath $(PY27_DIR)):$(CURDIR) $(PY27) -m rpython \
	  --batch -Ojit --output=micropy-jit $(CURDIR)/targetmicropy.py

jit: $(BUILD)/micropy-jit

run: $(BUILD)/micropy
	$(BUILD)/micropy examples/hello.py

# Benchmarks (bench/README.md): micropy and micropy-jit against CPython 3 and
# PyPy 3; installs PyPy 3 and GNU time (peak memory) from Debian's packages and
# matplotlib (the chart) when missing.  BENCH_ARGS, e.g. BENCH_ARGS="-n 3 nbody".
BENCH_ARGS ?=
bench: $(BUILD)/micropy $(BUILD)/micropy-jit
	@if ! command -v pypy3 >/dev/null || [ ! -x /usr/bin/time ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q pypy3 time; fi
	$(PY3) -c 'import matplotlib' 2>/dev/null || $(PY3) -m pip install -q matplotlib \
	  || $(PY3) -m pip install -q --break-system-packages matplotlib
	$(PY3) bench/run.py $(BENCH_ARGS)

test-unit: env
	$(RPY) -m pytest -q tests/unit

test-cases: env $(BUILD)/micropy
	MICROPY=$(MICROPY) $(PY3) -m pytest -q tests --ignore=tests/unit

test: test-unit test-cases

test-jit: env $(BUILD)/micropy-jit
	MICROPY=$(CURDIR)/$(BUILD)/micropy-jit $(PY3) -m pytest -q tests --ignore=tests/unit

clean:
	rm -rf $(BUILD)/micropy $(BUILD)/micropy-jit $(BUILD)/usession*
