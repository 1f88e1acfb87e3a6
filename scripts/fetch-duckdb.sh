#!/usr/bin/env bash
# Fetches libduckdb.so from the pinned npm package into a cache folder, verifying its SHA-256.
# Usage: fetch-duckdb.sh PACKAGE VERSION SHA256 DEST_DIR   (idempotent; safe under concurrent builds)
set -euo pipefail
pkg="$1" version="$2" sha="$3" dest="$4"
lib="$dest/libduckdb.so"
mkdir -p "$dest"
exec 9>"$dest/.lock"
flock 9
if [ -f "$lib" ] && echo "$sha  $lib" | sha256sum -c --status; then exit 0; fi
command -v npm >/dev/null || { echo "fetch-duckdb: npm is required to fetch $pkg@$version (apt-get install npm)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "$pkg@$version" >/dev/null 2>"$tmp/npm.err") || { cat "$tmp/npm.err" >&2; exit 1; }
tar -xzf "$tmp"/*.tgz -C "$tmp" package/libduckdb.so
if ! echo "$sha  $tmp/package/libduckdb.so" | sha256sum -c --status; then
  echo "fetch-duckdb: SHA-256 mismatch for $pkg@$version libduckdb.so (expected $sha)" >&2; exit 1
fi
mv -f "$tmp/package/libduckdb.so" "$lib"
echo "fetch-duckdb: $pkg@$version -> $lib"
