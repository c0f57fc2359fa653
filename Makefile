# Developer shortcuts. Optional: the README gives the plain commands these run.
# Every target uses the project venv (.venv); override with `make VENV=/path/to/venv ...`.

VENV    ?= .venv
BIN     := $(VENV)/bin
CORPUS  ?= ../shared/corpus
SPLIT   ?= dev
N       ?= 1000

.PHONY: test lint bench eval fuzz corpus-all

test:
	$(BIN)/pytest

lint:
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/mypy

# Throughput vs bare stdlib parsing, and peak RSS (needs the corpus).
bench:
	$(BIN)/python bench/speed.py --corpus $(CORPUS) --n $(N)

# Catch / false-alarm rates. Tune only on dev; `make eval SPLIT=test` for the final number.
eval:
	$(BIN)/miwake eval $(CORPUS) --split $(SPLIT)

# Longer fuzz run of the whole judgement (default examples keep `make test` fast).
fuzz:
	MIWAKE_FUZZ_EXAMPLES=3000 $(BIN)/pytest tests/test_fuzz_check.py

# Every corpus message through check_bytes (the default test run samples 3,000).
corpus-all:
	MIWAKE_CORPUS_FULL=1 $(BIN)/pytest -s tests/test_corpus_all.py
