# Readouts: the two commands a new user needs are `make run` and `make test`.
SHELL := /bin/bash
export PATH := $(PATH):/usr/local/go/bin:$(HOME)/go/bin
# Fyne reads the locale from LANG; without one it logs an error at start.
export LANG ?= en_US.UTF-8
GO ?= go
BIN := readouts
# fyne.io/tools, pinned: the fyne command that packages the app.
FYNE_TOOLS := fyne.io/tools/cmd/fyne@v1.7.4

.PHONY: run build deps test unit e2e hostile bench eval screenshot package clean

## run: install what is missing, build, and open the app on the built-in article
run: build
	./$(BIN)

## build: compile the readouts binary
build: deps
	$(GO) build -o $(BIN) .

## deps: install the missing Debian packages
deps:
	@bash .ci/install-deps

## test: every test: vet, unit tests (headless), and the real window under Xvfb
test: deps unit e2e

unit:
	$(GO) vet -tags ci ./...
	$(GO) test -tags ci -count=1 ./...

# The end-to-end test builds the real binary and drives its window; it starts
# its own Xvfb, so it needs no display.
e2e:
	$(GO) test -tags e2e -count=1 -run 'TestEndToEnd' ./views/

## hostile: what a hostile user does to the command line, on the built binary (issue 8's bars)
hostile: build
	@bash .ci/hostile

## bench: every benchmark (the first-frame one needs Xvfb, which it starts)
bench: deps
	$(GO) test -tags ci -run '^$$' -bench . -benchmem ./...
	$(GO) test -tags e2e -run '^$$' -bench 'FirstFrame' -benchtime 5x ./views/

## eval: score the analysis against human readings in ../shared (developer target; make test never reads ../shared)
eval: build
	@bash .ci/eval

## screenshot: regenerate the screenshots in docs/ (offscreen, no display needed): a pair and All three, light and dark, on the built-in article and on one whose accounts share a speaker
SHARED_SPEAKER := views/testdata/shared-speaker.md
screenshot: deps
	$(GO) build -o $(BIN) .
	./$(BIN) --screenshot docs/screenshot.png --size 1400x900 --theme light
	./$(BIN) --screenshot docs/screenshot-dark.png --size 1400x900 --theme dark
	./$(BIN) --screenshot docs/screenshot-all.png --pair all --size 1400x900 --theme light
	./$(BIN) --screenshot docs/screenshot-all-dark.png --pair all --size 1400x900 --theme dark
	./$(BIN) --screenshot docs/screenshot-shared-speaker.png --pair whitfield,whitfield-oval --size 1400x900 --theme light $(SHARED_SPEAKER)
	./$(BIN) --screenshot docs/screenshot-shared-speaker-dark.png --pair whitfield,whitfield-oval --size 1400x900 --theme dark $(SHARED_SPEAKER)
	./$(BIN) --screenshot docs/screenshot-shared-speaker-all.png --pair all --size 1400x900 --theme light $(SHARED_SPEAKER)
	./$(BIN) --screenshot docs/screenshot-shared-speaker-all-dark.png --pair all --size 1400x900 --theme dark $(SHARED_SPEAKER)

## package: a Linux bundle (.tar.xz with .desktop entry and icon)
package: deps
	$(GO) install $(FYNE_TOOLS)
	fyne package -os linux --release

clean:
	rm -f $(BIN) *.tar.xz
