# Claimdesk — the two commands a new user needs:
#   make run    install missing system packages, build and start the app
#   make test   the same package check, then gofmt, go vet, go test -race (with a throw-away
#               PostgreSQL server for its backend), dependency check
# (make bench SIZE=1000000: the scale benchmark of BENCHMARKS.md; make models: refit the
#  extractor's model files from ../shared; make seedwords: no word of the sample article in
#  the extractor's hand-written lists; none of them is part of make test)
SHELL := /bin/bash
export PATH := $(PATH):/usr/local/go/bin
# Fyne logs an error for the C locale; use a real one unless the user has one.
LANG_OK := $(filter-out C C.UTF-8 POSIX,$(LANG))
export LANG := $(if $(LANG_OK),$(LANG),en_US.UTF-8)

.PHONY: run build test deps fmt-check vet race depcheck claimctl package bench models seedwords

run: build
	./bin/claimdesk $(ARGS)

build: deps
	go build -o bin/claimdesk .

claimctl:
	CGO_ENABLED=0 go build -o bin/claimctl ./cmd/claimctl

deps:
	@scripts/system-deps.sh

test: fmt-check vet race depcheck
	@echo "make test: all checks passed"

fmt-check:
	@scripts/system-deps.sh --test
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	@echo "gofmt: OK"

vet:
	go vet ./...

# The PostgreSQL backend's tests run against a throw-away local server that
# scripts/with-postgres.sh starts and removes (CLAIMDESK_TEST_POSTGRES=skip: none).
# -timeout: a test binary on a loaded 2-core CI machine may need more than the
# default 10 minutes (storage/sqlite and app take 3-4 minutes when idle).
race:
	scripts/with-postgres.sh go test -race -count=1 -timeout 40m ./...

# models: refit the extractor's three model files, in the order they read each
# other (the comment model reads model.tsv's thresholds), from ../shared and the
# news labels; the files must come out byte for byte as committed (BENCHMARKS.md).
SHARED ?= ../shared
models:
	go run ./claims/extract/internal/fit -shared $(SHARED) -labels data/newslabels
	go run ./claims/extract/internal/fitcomments -shared $(SHARED) -labels data/newslabels
	go run ./claims/extract/internal/fitclaimant -shared $(SHARED) -labels data/newslabels
	git diff --stat -- claims/extract/model.tsv claims/extract/comments.tsv claims/extract/claimant.tsv

seedwords:
	python3 scripts/seedwords.py $(SHARED)/samples/seed-article-de.txt

depcheck:
	@scripts/depcheck.sh
	@CGO_ENABLED=0 go build -o /dev/null ./cmd/claimctl && echo "claimctl builds with CGO_ENABLED=0"

# package: a Linux archive with icon and .desktop entry, made from a copy of
# FyneApp.toml so that the checkout stays unmodified (see README).
package: build
	scripts/package.sh

# bench: the scale benchmark (scripts/bench.sh), 100,000 claims unless SIZE
# is given; BENCH_DIR keeps the generated databases between runs.
SIZE ?= 100000
bench:
	scripts/bench.sh $(SIZE)
