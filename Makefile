# Manchette: `make serve` to read the sample feed locally, `make test` to run every test layer.
# Both install whatever is missing first (scripts/setup.sh), at pinned versions.
SHELL := bash
# Trunk and the tests use npm's binaryen (wasm-opt 132) and cargo's tools, before the system's.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve test build publish unpublish bench setup setup-test test-native test-browser test-e2e test-engines lint

## serve: build, publish and serve the sample feed's paper on http://127.0.0.1:8080, rebuilt
##        and reloaded after each change (COMMENTS=isso also runs a real Isso on 127.0.0.1:8081)
serve: setup
	@scripts/serve.sh

## test: every layer (native, browser, e2e, engines, lint), stopping at the first failure
test: setup-test
	@scripts/test.sh

## build: the release build in dist/, as a CDN would host it (then `make publish`)
build: setup
	scripts/release-build.sh

## publish: write every page of the paper into dist/ from FEED (a file or an http(s) URL;
##          by default the feed config.json names, the sample's), and from the archive of
##          every item published before: ARCHIVE (by default .cache/archive/SITE.sqlite).
##          SITE_URL overrides config.json's site_url; PRUNE=1 removes the pages of articles
##          neither the feed nor the archive holds. An RSS or Atom FEED is imported first;
##          BRIEFS="Fil info" names its briefs' category and SECTIONS="Politique,Économie" its
##          sections. Pictures' variants are kept in IMAGE_CACHE (by default .cache/images).
PUBLISH_OPTIONS = $(if $(SITE_URL),--site-url $(SITE_URL)) $(if $(PRUNE),--prune) \
	$(if $(IMAGE_CACHE),--image-cache "$(IMAGE_CACHE)") $(if $(ARCHIVE),--archive "$(ARCHIVE)") \
	$(if $(BRIEFS),--briefs-category "$(BRIEFS)") $(if $(SECTIONS),--sections "$(SECTIONS)")
publish: setup
	@[ -f dist/404.html ] || scripts/release-build.sh
	@cargo build --profile tools --quiet --bin publish
	target/tools/publish $(PUBLISH_OPTIONS) $(FEED)

## unpublish: take the item ID (or the items "ID1 ID2") and its page down for good, then
##            publish again as `make publish` does (same variables)
unpublish: setup
	@[ -n "$(ID)" ] || { echo 'make unpublish ID=…: which item? (its "id" in the feed)'; exit 2; }
	@[ -f dist/404.html ] || scripts/release-build.sh
	@cargo build --profile tools --quiet --bin publish
	target/tools/publish $(PUBLISH_OPTIONS) $(foreach id,$(ID),--unpublish "$(id)") $(FEED)

## bench: measure size, render speed against a plain-DOM reference, route switches, parsing,
##        memory and Lighthouse, in one table (bench/results.json; see bench/README.md)
bench: setup-test
	@cmp -s bench/package-lock.json bench/node_modules/.installed-lock.json || \
		{ (cd bench && npm ci --no-audit --no-fund >/dev/null) && cp bench/package-lock.json bench/node_modules/.installed-lock.json; }
	cargo build --profile tools --bin gen-feed --bin gen-photos --bin import --bin publish
	scripts/release-build.sh
	target/tools/publish --dist dist
	node bench/run.mjs

test-native test-browser test-e2e test-engines lint: setup-test
	@scripts/test.sh $(patsubst test-%,%,$@)

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test
