# Statecraft: the two commands of the README.
#   make run   — install what is missing, build, build the graph from Data/articles, write Graphs/, print the strongest ties
#   make test  — install what is missing, run the test suite (and the Spark job on PySpark local mode)
#   make model — retrain the tagger and parser (Data/parser.model) from ../shared/data/treebanks; prints dev and test scores

SWIFT ?= swift
BIN := .build/release/statecraft
DB ?= statecraft.sqlite
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
# PySpark for the Spark job's test (Scripts/spark): a virtual environment of its own.
SPARK_VENV ?= .venv-spark
PYSPARK_VERSION ?= 4.3.0

TREEBANKS ?= ../shared/data/treebanks
SEED ?= 1

.PHONY: run test deps spark-deps build graphs clean model

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
	$(SWIFT) build -c release --product statecraft

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

model: build
	$(BIN) train-parser --treebanks $(TREEBANKS) --seed $(SEED) -o Data/parser.model

clean:
	rm -rf .build $(DB) $(SPARK_VENV)
