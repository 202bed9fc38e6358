# NewsKB — `make run` builds, ingests Seeds/ into ./kb.sqlite and shows a few answers;
# `make test` builds and runs the whole test suite.
SHELL := /bin/bash
KB_RELEASE := .build/release/kb
KB_DEBUG := .build/debug/kb
DB ?= kb.sqlite

.PHONY: all build deps run tour test docs clean bench bench-text fuzz stress

all: build

# The C header of SQLite (Debian: libsqlite3-dev), the sqlite3 shell and Python 3
# (used by tests and benchmarks). Installed when running as root, else explained.
deps:
	@missing=(); \
	[ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev); \
	command -v pkg-config >/dev/null || missing+=(pkg-config); \
	command -v sqlite3 >/dev/null || missing+=(sqlite3); \
	command -v python3 >/dev/null || missing+=(python3); \
	if [ $${#missing[@]} -gt 0 ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing $${missing[*]}"; \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$${missing[@]}" >/dev/null; \
	  else \
	    echo "missing: $${missing[*]}; install with: sudo apt-get install -y $${missing[*]}" >&2; exit 1; \
	  fi; \
	fi

# The Swift runtime and Foundation are linked statically: a process starts in ~6 ms instead
# of ~15 ms (most of that was resolving the shared libraries' symbols), which every `kb query`
# and `kb search` pays, and the ingest's resident memory is ~7 MB smaller.
build: deps
	swift build -c release --product kb --static-swift-stdlib

run: build
	$(KB_RELEASE) --db $(DB) ingest Seeds
	@$(MAKE) --no-print-directory tour

# A short tour of the knowledge base that `make run` built.
tour:
	@echo; echo "== What is in $(DB)"
	@$(KB_RELEASE) --db $(DB) query "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM blocks) AS blocks, (SELECT count(*) FROM sentences) AS sentences, (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM roles) AS roles, (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM milestones) AS milestones"
	@echo; echo "== Who holds which office, according to which source"
	@$(KB_RELEASE) --db $(DB) query "SELECT p.name, r.title, r.organization, d.source FROM roles r JOIN people p ON p.id = r.person_id JOIN documents d ON d.id = r.document_id ORDER BY p.name LIMIT 8"
	@echo; echo "== Where the sources disagree"
	@$(KB_RELEASE) --db $(DB) query "SELECT kind, subject, detail FROM conflicts"
	@echo; echo "== Full-text search: troops withdrawal"
	@$(KB_RELEASE) --db $(DB) search troops withdrawal --limit 3
	@echo; echo "Try: $(KB_RELEASE) --db $(DB) query \"SELECT * FROM statements LIMIT 5\" --format csv"

test: deps
	swift build
	swift test

# Regenerates the command reference in README.md from `kb --help`.
docs:
	swift build --product kb
	python3 scripts/update_readme.py $(KB_DEBUG)

clean:
	rm -rf .build Benchmarks/.build Fuzz/.build
	rm -f $(DB) $(DB)-wal $(DB)-shm

# libFuzzer over the whole text pipeline (FUZZ_SECONDS, default 600). Crashing inputs
# land in Fuzz/artifacts/; add each to Tests/ExtractionTests/FuzzRegressions/ (replayed by a test).
FUZZ_SECONDS ?= 600
fuzz: deps
	cd Fuzz && swift build -c release --product FuzzPipeline -Xswiftc -sanitize=fuzzer,address --sanitize=fuzzer --sanitize=address
	mkdir -p Fuzz/corpus Fuzz/artifacts
	cp -n Seeds/*.txt Tests/NewsTextTests/Fixtures/*.txt Tests/NewsTextTests/Fixtures/*.md Fuzz/corpus/ 2>/dev/null || true
	cd Fuzz && SWIFT_BACKTRACE=enable=no ./.build/release/FuzzPipeline corpus -artifact_prefix=artifacts/ -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -print_final_stats=1

# Benchmarks print figures; nothing here is a test. N articles (default 2,000; 20,000 for
# the full run). `make bench-text` measures the text pipeline alone (MB/s over 50 MB).
N ?= 2000
bench: build
	bash Benchmarks/bench.sh $(N)

bench-text:
	cd Benchmarks && swift build -c release --product TextBench && ./.build/release/TextBench ..

# Full-size reliability checks (minutes): hostile files, kill -9 during ingest, concurrency.
stress: build
	bash scripts/stress.sh
