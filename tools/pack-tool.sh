#!/usr/bin/env bash
# Packs the newsextract tool as it ships: the pointer package, this platform's NativeAOT package, and the portable
# (framework-dependent) fallback for every other platform. NativeAOT needs clang and zlib (Debian: clang zlib1g-dev)
# and does not cross-compile: run this on each platform of ToolPackageRuntimeIdentifiers (src/NewsExtract.Cli) to add
# its package. Usage: tools/pack-tool.sh [OUT_DIR] (default artifacts/tool).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/tool}
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
project=src/NewsExtract.Cli/NewsExtract.Cli.csproj
# A tool package takes every file in the publish folder: leftovers of an earlier publish (symbols, docs) must not ride along.
rm -rf src/NewsExtract.Cli/bin/Release/net10.0/publish src/NewsExtract.Cli/bin/Release/net10.0/*/publish
dotnet pack "$project" -c Release -p:NativeAotTool=true -o "$out"
dotnet pack "$project" -c Release -p:NativeAotTool=true -r "$rid" -o "$out"
dotnet pack "$project" -c Release -p:NativeAotTool=true -r any -p:PublishAot=false -o "$out"
ls -l "$out"
