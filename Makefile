# Statecraft: the two commands of the README.
#   make run   — install what is missing, build, build the graph from Data/articles, write Graphs/, print the strongest ties
#   make test  — install what is missing, run the test suite (and the Spark job on PySpark local mode)
#   make model — retrain the tagger and parser (Data/parser.model) from ../shared/data/treebanks; prints dev and test scores
#   make install [PREFIX=/usr/local] — the release binary and its data, usable from any directory without the checkout
#   make bench-tools — statecraft-bench (the benchmarks) with statecraft beside it

SWIFT ?= swift
# Extra flags for the release build (e.g. SWIFT_BUILD_FLAGS="--scratch-path .build-rel" RELEASE_DIR=.build-rel/release).
SWIFT_BUILD_FLAGS ?=
RELEASE_DIR ?= .build/release
BIN := $(RELEASE_DIR)/statecraft
PREFIX ?= /usr/local
# Where the binary lives with its resource bundles (SwiftPM looks for them beside the executable).
LIBEXEC = $(DESTDIR)$(PREFIX)/libexec/statecraft
BUNDLES := Statecraft_StatecraftData.resources Statecraft_StatecraftExplorer.resources
DB ?= statecraft.sqlite
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
# PySpark for the Spark job's test (Scripts/spark): a virtual environment of its own.
SPARK_VENV ?= .venv-spark
PYSPARK_VERSION ?= 4.3.0

TREEBANKS ?= ../shared/data/treebanks
SEED ?= 1

.PHONY: run test deps spark-deps build graphs clean model install uninstall install-check bench-tools

deps:
	@missing=""; \
	pkg-config --exists libgvc 2>/dev/null || missing="$$missing libgraphviz-dev"; \
	command -v dot >/dev/null 2>&1 || missing="$$missing graphviz"; \
	[ -f /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf ] || missing="$$missing fonts-liberation2"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v java >/dev/null 2>&1 || missing="$$missing openjdk-17-jre-headless"; \
	python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

# pyspark from PyPI into $(SPARK_VENV) (Java comes from deps).
spark-deps: deps
	@[ -x $(SPARK_VENV)/bin/spark-submit ] || { \
	  echo "Installing pyspark $(PYSPARK_VERSION) into $(SPARK_VENV)"; \
	  python3 -m venv $(SPARK_VENV) && $(SPARK_VENV)/bin/pip install -q "pyspark==$(PYSPARK_VERSION)"; }

build: deps
	$(SWIFT) build -c release --product statecraft $(SWIFT_BUILD_FLAGS)

graphs:
	@mkdir -p Graphs
	$(BIN) render --db $(DB) --format dot -o Graphs/seed.dot
	$(BIN) render --db $(DB) --format svg -o Graphs/seed.svg
	$(BIN) render --db $(DB) --format svg --layout geo -o Graphs/seed-geo.svg
	$(BIN) render --db $(DB) --format svg --dyad Russia "North Korea" -o Graphs/seed-dyad-rus-prk.svg

run: build
	$(BIN) build Data/articles --db $(DB)
	@$(MAKE) --no-print-directory graphs
	$(BIN) ties --db $(DB) --top 10
	$(BIN) relations Russia "North Korea" --db $(DB)
	@echo; echo "Browse it: $(BIN) serve --db $(DB)   (then open http://127.0.0.1:8080/)"

test: deps spark-deps
	@out=$$(python3 Scripts/check_dictionary.py) || { echo "$$out"; exit 1; }; echo "$$out" | tail -n 1
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-swift-testing
	$(SPARK_VENV)/bin/python Scripts/spark/test_code_corpus.py --statecraft .build/debug/statecraft

bench-tools: deps
	$(SWIFT) build -c release --product statecraft $(SWIFT_BUILD_FLAGS)
	$(SWIFT) build -c release --product statecraft-bench $(SWIFT_BUILD_FLAGS)

# The binary and its bundles in $(LIBEXEC), linked from $(PREFIX)/bin (the link is resolved to find the bundles).
install: build
	install -d $(LIBEXEC) $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BIN) $(LIBEXEC)/statecraft
	for b in $(BUNDLES); do rm -rf $(LIBEXEC)/$$b; cp -R $(RELEASE_DIR)/$$b $(LIBEXEC)/$$b; done
	ln -sfn ../libexec/statecraft/statecraft $(DESTDIR)$(PREFIX)/bin/statecraft
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/statecraft"; $(DESTDIR)$(PREFIX)/bin/statecraft --version

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/statecraft
	rm -rf $(LIBEXEC)

# Installs into a temporary prefix and runs the installed tool from another directory with the checkout's
# build products and Data/ out of reach (renamed for the duration), as after deleting the checkout.
install-check: build
	@set -e; tmp=$$(mktemp -d); rel=$$(cd $(RELEASE_DIR) && pwd -P); root=$$(pwd -P); \
	trap 'mv -T "'"$$rel"'.hidden" "'"$$rel"'" 2>/dev/null || true; mv -T "'"$$root"'/Data.hidden" "'"$$root"'/Data" 2>/dev/null || true; rm -rf "'"$$tmp"'"' EXIT; \
	$(MAKE) --no-print-directory install PREFIX=$$tmp/prefix >/dev/null; \
	cp Data/articles/*.txt $$tmp/ 2>/dev/null || true; \
	mv -T $$rel $$rel.hidden; mv -T Data Data.hidden; \
	( cd $$tmp && $$tmp/prefix/bin/statecraft --version && \
	printf '%s\n' '{"id":"x","date":"2024-06-19","text":"Russia and North Korea signed a mutual defence pact."}' | $$tmp/prefix/bin/statecraft extract - && \
	$$tmp/prefix/bin/statecraft build $$tmp/*.txt --db $$tmp/s.sqlite >/dev/null && \
	$$tmp/prefix/bin/statecraft render --db $$tmp/s.sqlite -o $$tmp/map.svg && test -s $$tmp/map.svg && \
	echo "install-check: the installed statecraft works without its checkout" )

model: build
	$(BIN) train-parser --treebanks $(TREEBANKS) --seed $(SEED) -o Data/parser.model

clean:
	rm -rf .build $(DB) $(SPARK_VENV)
